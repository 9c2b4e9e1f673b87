"""Storytellers' photos: accept only real JPEG, PNG or WebP images, and strip everything hidden.

A photo is decoded, turned upright, rebuilt from its pixels alone and encoded again, so the
stored file carries no EXIF, GPS, XMP, IPTC, ICC or comments, and neither does any rendition
Wagtail makes from it. Its stored name is random.
"""

import io
import threading
import uuid
from contextlib import contextmanager
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_PHOTO_BYTES = 10 * 1024 * 1024
MAX_PHOTO_PIXELS = 40_000_000
# Pillow format name -> stored file extension.
ACCEPTED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
# Memory ceiling: one decode at a time per worker, each at most 40 megapixels of 4 bytes held
# twice (the decoded photo and its clean copy), about 320 MB whatever the number of requests.
PHOTO_DECODING = threading.BoundedSemaphore(1)
DECODE_WAIT_SECONDS = 20


@dataclass
class CleanPhoto:
    content: bytes
    file_name: str
    width: int
    height: int


def _rebuild_without_metadata(picture):
    """A new image holding only the pixels: nothing else survives the copy."""
    if picture.mode not in ("RGB", "RGBA", "L", "LA"):
        picture = picture.convert("RGBA" if "transparency" in picture.info else "RGB")
    # paste() copies pixels alone, without the intermediate bytes tobytes() would hold.
    clean = Image.new(picture.mode, picture.size)
    clean.paste(picture)
    return clean


def _errors():
    return {
        "too_large": ValidationError(
            _("The photo is larger than 10 MB. Choose a smaller photo."), code="too_large"
        ),
        "invalid_format": ValidationError(
            _("The file is not a JPEG, PNG or WebP photo. Choose a photo in one of these formats."),
            code="invalid_format",
        ),
        "too_many_pixels": ValidationError(
            _("The photo has more than 40 megapixels. Choose a smaller photo."),
            code="too_many_pixels",
        ),
    }


def _open_header(uploaded_file):
    """The image with only its header read; raises ValidationError for what the header shows."""
    errors = _errors()
    if uploaded_file.size > MAX_PHOTO_BYTES:
        raise errors["too_large"]
    uploaded_file.seek(0)
    try:
        # Only the three accepted decoders are tried: SVG, PDF and the rest are refused here.
        picture = Image.open(uploaded_file, formats=list(ACCEPTED_FORMATS))
    except Image.DecompressionBombError:
        raise errors["too_many_pixels"] from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        raise errors["invalid_format"] from None
    # The header gives the size before any pixel is decoded: a bomb stops here, at once.
    if picture.width * picture.height > MAX_PHOTO_PIXELS:
        raise errors["too_many_pixels"]
    return picture


def check_photo_header(uploaded_file):
    """Refuse a photo by its size and header alone, decoding no pixel (cheap for any form)."""
    # Not closed: Pillow would close the upload with it; the header object is simply dropped.
    _open_header(uploaded_file)
    uploaded_file.seek(0)


@contextmanager
def decoding_turn():
    """Wait for this worker's one decoding turn; ValidationError if it does not come soon."""
    if not PHOTO_DECODING.acquire(timeout=DECODE_WAIT_SECONDS):
        raise ValidationError(
            _(
                "We are receiving many photos right now. Wait a minute and send your story "
                "again with its photo."
            ),
            code="busy",
        )
    try:
        yield
    finally:
        PHOTO_DECODING.release()


def clean_photo(uploaded_file):
    """Check an uploaded photo and return it cleaned; raise ValidationError saying what is wrong.

    Costly (up to a few hundred MB and a second or two for 40 megapixels), so one at a time per
    worker: callers validate everything else and count the attempt first.
    """
    picture = _open_header(uploaded_file)
    file_format = picture.format
    with decoding_turn():
        clean = _decode_without_metadata(picture)
        if file_format == "JPEG" and clean.mode not in ("RGB", "L"):
            clean = clean.convert("RGB")
        output = io.BytesIO()
        save_options = {"JPEG": {"quality": 90, "optimize": True}, "WEBP": {"quality": 90}}
        clean.save(output, format=file_format, **save_options.get(file_format, {}))
    return CleanPhoto(
        content=output.getvalue(),
        file_name=f"{uuid.uuid4().hex}.{ACCEPTED_FORMATS[file_format]}",
        width=clean.width,
        height=clean.height,
    )


def _decode_without_metadata(picture):
    """Decode, turn upright and rebuild from the pixels: the costly step, one per worker."""
    try:
        picture.load()
        picture = ImageOps.exif_transpose(picture)
        return _rebuild_without_metadata(picture)
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise ValidationError(
            _("The photo could not be read; it may be damaged. Try another copy of it."),
            code="corrupt",
        ) from None
