"""Storytellers' photos: accept only real JPEG, PNG or WebP images, and strip everything hidden.

A photo is decoded, turned upright, rebuilt from its pixels alone and encoded again, so the
stored file carries no EXIF, GPS, XMP, IPTC, ICC or comments, and neither does any rendition
Wagtail makes from it. Its stored name is random.
"""

import io
import uuid
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_PHOTO_BYTES = 10 * 1024 * 1024
MAX_PHOTO_PIXELS = 40_000_000
# Pillow format name -> stored file extension.
ACCEPTED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


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
    return Image.frombytes(picture.mode, picture.size, picture.tobytes())


def clean_photo(uploaded_file):
    """Check an uploaded photo and return it cleaned; raise ValidationError saying what is wrong."""
    if uploaded_file.size > MAX_PHOTO_BYTES:
        raise ValidationError(
            _("The photo is larger than 10 MB. Choose a smaller photo."), code="too_large"
        )
    not_a_photo = ValidationError(
        _("The file is not a JPEG, PNG or WebP photo. Choose a photo in one of these formats."),
        code="invalid_format",
    )
    too_many_pixels = ValidationError(
        _("The photo has more than 40 megapixels. Choose a smaller photo."),
        code="too_many_pixels",
    )
    uploaded_file.seek(0)
    try:
        # Only the three accepted decoders are tried: SVG, PDF and the rest are refused here.
        picture = Image.open(uploaded_file, formats=list(ACCEPTED_FORMATS))
    except Image.DecompressionBombError:
        raise too_many_pixels from None
    except (UnidentifiedImageError, OSError, ValueError):
        raise not_a_photo from None
    file_format = picture.format
    # The header gives the size before any pixel is decoded: a bomb stops here, at once.
    if picture.width * picture.height > MAX_PHOTO_PIXELS:
        raise too_many_pixels
    try:
        picture.load()
        picture = ImageOps.exif_transpose(picture)
        clean = _rebuild_without_metadata(picture)
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise ValidationError(
            _("The photo could not be read; it may be damaged. Try another copy of it."),
            code="corrupt",
        ) from None

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
