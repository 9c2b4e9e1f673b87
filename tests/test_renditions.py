"""The rendition specs the templates write are the named ones the prefetches and the demo loader
make (itac/renditions.py): a template that asked for another would make each image's rendition
on a visitor's first view, one query and one resize per image, instead of finding it ready."""

import re
from pathlib import Path

from django.conf import settings

from itac.images import drop_avif
from itac.renditions import PUBLIC_PAGE_IMAGES

IMAGE_TAG = re.compile(r"{%\s*(?:srcset_image|image|picture_avif)\s+\S+\s+(.*?)%}")
SPEC = re.compile(r"^(?:fill|max|min|width|height|scale)-")


def specs_in(tag_arguments):
    """The full specs of one tag: `fill-{400x267,600x400} format-webp` gives two, and
    `format-{avif,webp}` each size in both formats (WebP alone where AVIF is not written)."""
    words = drop_avif(tag_arguments).split()
    operations = [word for word in words if SPEC.match(word)]
    formats = [word for word in words if word.startswith("format-")]
    for operation in operations:
        name, _dash, sizes = operation.partition("-")
        for size in sizes.strip("{}").split(","):
            if not formats:
                yield f"{name}-{size}"
            for format_word in formats:
                for kind in format_word.removeprefix("format-").strip("{}").split(","):
                    yield f"{name}-{size}|format-{kind}"


def template_specs():
    for path in Path(settings.BASE_DIR, "templates").rglob("*.html"):
        for arguments in IMAGE_TAG.findall(path.read_text()):
            for spec in specs_in(arguments):
                yield path.relative_to(settings.BASE_DIR), spec


def test_every_spec_a_template_writes_is_a_named_one():
    found = list(template_specs())
    assert len(found) >= 8  # cards, heroes, logos, resources, body images
    unnamed = [(str(path), spec) for path, spec in found if spec not in PUBLIC_PAGE_IMAGES]
    assert unnamed == []


def test_a_picture_tag_gives_each_width_in_each_format(monkeypatch):
    monkeypatch.setattr("itac.images.avif_supported", lambda: True)
    assert list(specs_in('story.hero_image fill-{400x267,600x400} format-{avif,webp} alt=""')) == [
        "fill-400x267|format-avif",
        "fill-400x267|format-webp",
        "fill-600x400|format-avif",
        "fill-600x400|format-webp",
    ]


def test_a_srcset_tag_gives_each_of_its_widths():
    assert list(specs_in('page.hero_image fill-{600x338,1200x675} format-webp alt=""')) == [
        "fill-600x338|format-webp",
        "fill-1200x675|format-webp",
    ]
