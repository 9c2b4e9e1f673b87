"""Storytellers' photos are real images, upright, and carry nothing but their pixels."""

import io
from unittest import mock

import pytest
from PIL import Image

from django.core.exceptions import ValidationError

from stories.submissions.photos import clean_photo

from .photo_files import (
    EXE_AS_JPEG,
    HTML_AS_JPEG,
    PDF,
    SVG,
    corrupt_jpeg,
    jpeg_with_gps,
    oversized_jpeg,
    png_bomb,
    png_with_text,
    renamed,
    webp_with_exif,
)


def assert_no_metadata(content):
    picture = Image.open(io.BytesIO(content))
    assert dict(picture.getexif()) == {}
    hidden = set(picture.info) - {"dpi", "jfif", "jfif_version", "jfif_unit", "jfif_density"}
    hidden -= {"progressive", "progression", "loop", "background", "duration", "timestamp"}
    assert hidden == set(), hidden
    assert b"Real Name" not in content and b"PhoneMaker" not in content and b"Amina" not in content


@pytest.mark.parametrize(
    ("make_file", "extension"),
    [(jpeg_with_gps, "jpg"), (png_with_text, "png"), (webp_with_exif, "webp")],
)
def test_accepted_photos_lose_every_piece_of_metadata(make_file, extension):
    uploaded = make_file()
    assert b"Real Name" in uploaded.read() or extension == "jpg"
    photo = clean_photo(uploaded)
    assert_no_metadata(photo.content)
    assert photo.file_name.endswith("." + extension)


def test_a_sideways_phone_photo_is_turned_upright():
    photo = clean_photo(jpeg_with_gps(size=(60, 40)))
    assert (photo.width, photo.height) == (40, 60)
    assert Image.open(io.BytesIO(photo.content)).size == (40, 60)


def test_stored_names_are_random_never_the_uploaded_name():
    first = clean_photo(jpeg_with_gps(name="Amina_Dublin.jpg")).file_name
    second = clean_photo(jpeg_with_gps(name="Amina_Dublin.jpg")).file_name
    assert first != second
    assert "Amina" not in first and "Dublin" not in first


@pytest.mark.parametrize(
    ("uploaded", "code"),
    [
        (renamed(EXE_AS_JPEG, "holiday.jpg"), "invalid_format"),
        (renamed(HTML_AS_JPEG, "holiday.jpg"), "invalid_format"),
        (renamed(SVG, "drawing.svg", "image/svg+xml"), "invalid_format"),
        (renamed(PDF, "letter.pdf", "application/pdf"), "invalid_format"),
        (corrupt_jpeg(), "corrupt"),
    ],
    ids=["exe-as-jpg", "html-as-jpg", "svg", "pdf", "corrupt"],
)
def test_files_that_are_not_accepted_photos_are_refused(uploaded, code):
    with pytest.raises(ValidationError) as error:
        clean_photo(uploaded)
    assert error.value.code == code


def test_a_photo_over_10_mb_is_refused():
    with pytest.raises(ValidationError) as error:
        clean_photo(oversized_jpeg())
    assert error.value.code == "too_large"


def test_a_pixel_bomb_is_refused_from_its_header_without_decoding():
    with (
        mock.patch.object(Image.Image, "load", side_effect=AssertionError("decoded")),
        pytest.raises(ValidationError) as error,
    ):
        clean_photo(png_bomb())
    assert error.value.code == "too_many_pixels"
