"""Photo files for the submission tests: real images with hidden metadata, and bad files."""

import io
import struct
import zlib

from PIL import Image

from django.core.files.uploadedfile import SimpleUploadedFile

GPS_IFD = 0x8825
ORIENTATION = 0x0112
XMP_PACKET = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/">'
    b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/">'
    b"<dc:creator>Real Name</dc:creator>"
    b"</rdf:Description></rdf:RDF></x:xmpmeta>"
)


def exif_with_gps(orientation=6):
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # camera make
    exif[0x0110] = "PhoneModel 12"  # camera model
    exif[ORIENTATION] = orientation
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (53.0, 20.0, 30.0), 3: "W", 4: (6.0, 15.0, 0.0)})
    return exif


def jpeg_with_gps(size=(60, 40), name="IMG_2024_Amina_Dublin.jpg"):
    """A landscape JPEG whose EXIF says 'rotate 90°', with GPS, camera and XMP metadata."""
    buffer = io.BytesIO()
    picture = Image.new("RGB", size, "#c04000")
    picture.save(buffer, format="JPEG", exif=exif_with_gps(), xmp=XMP_PACKET, comment=b"Amina")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def png_with_text(name="photo.png"):
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Real Name")
    info.add_text("XML:com.adobe.xmp", XMP_PACKET.decode())
    buffer = io.BytesIO()
    Image.new("RGBA", (30, 20), (10, 120, 60, 200)).save(
        buffer, format="PNG", pnginfo=info, exif=exif_with_gps(orientation=1)
    )
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def webp_with_exif(name="photo.webp"):
    buffer = io.BytesIO()
    Image.new("RGB", (30, 20), "#205080").save(
        buffer, format="WEBP", exif=exif_with_gps(orientation=1), xmp=XMP_PACKET
    )
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/webp")


def png_bomb(side=40_000):
    """A tiny PNG whose header claims side x side pixels: decoding it would need gigabytes."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
    data += chunk(b"IDAT", zlib.compress(b"\x00" * 1024)) + chunk(b"IEND", b"")
    return SimpleUploadedFile("bomb.png", data, content_type="image/png")


def renamed(content, name, content_type="image/jpeg"):
    return SimpleUploadedFile(name, content, content_type=content_type)


EXE_AS_JPEG = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200
HTML_AS_JPEG = b"<html><body><script>alert(1)</script></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10"/></svg>'
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF"


def corrupt_jpeg():
    """A JPEG whose header is sound but whose picture data is cut off and garbled."""
    import os

    buffer = io.BytesIO()
    Image.frombytes("RGB", (400, 300), os.urandom(400 * 300 * 3)).save(buffer, format="JPEG")
    content = buffer.getvalue()
    return renamed(content[: len(content) // 3] + b"\x00" * 50, "broken.jpg")


def oversized_jpeg():
    """A real JPEG just over 10 MB (noise does not compress)."""
    import os

    picture = Image.frombytes("RGB", (2000, 2000), os.urandom(2000 * 2000 * 3))
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=100)
    content = buffer.getvalue()
    while len(content) <= 10 * 1024 * 1024:
        content += b"\x00" * (10 * 1024 * 1024 - len(content) + 1)
    return renamed(content, "big.jpg")


def large_truncated_jpeg(side=4000):
    """The bytes of a large JPEG (16 megapixels by default) cut short: its header is fine, so
    only decoding finds the fault."""
    picture = Image.linear_gradient("L").resize((side, side)).convert("RGB")
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=85)
    data = buffer.getvalue()
    return data[: len(data) * 2 // 3]
