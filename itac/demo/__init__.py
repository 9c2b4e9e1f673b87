"""Building blocks for the demo content that `make run` loads (nothing is downloaded)."""

import io
import random

from PIL import Image as PILImage
from PIL import ImageDraw

from django.core.files.images import ImageFile

from wagtail.images import get_image_model
from wagtail.models import Collection, Page

PALETTE = [
    ("#0b5d63", "#f2c14e"),
    ("#a33e00", "#fbe6d6"),
    ("#1d2433", "#7fd1b9"),
    ("#5b2a86", "#f7b2bd"),
    ("#2f6f3e", "#f4e285"),
    ("#1a4dd6", "#ffd6a5"),
]


def draw_picture(seed, size=(1200, 800), label=""):
    """A simple abstract picture (circles on a colour field), the same for the same seed."""
    rng = random.Random(seed)
    background, foreground = PALETTE[rng.randrange(len(PALETTE))]
    picture = PILImage.new("RGB", size, background)
    draw = ImageDraw.Draw(picture)
    width, height = size
    for _ in range(7):
        radius = rng.randint(height // 10, height // 3)
        x, y = rng.randint(0, width), rng.randint(0, height)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), outline=foreground, width=12)
    if label:
        draw.rectangle((0, height - 110, width, height), fill=foreground)
        draw.text((40, height - 85), label, fill=background, font_size=56)
    return picture


def picture_bytes(picture, image_format="PNG"):
    buffer = io.BytesIO()
    picture.save(buffer, format=image_format)
    return buffer.getvalue()


def demo_image(title, seed=None, size=(1200, 800), label="", collection=None):
    """The Wagtail image with this title, drawn and saved the first time it is asked for."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing:
        return existing
    content = picture_bytes(draw_picture(seed or title, size, label), "JPEG")
    file_name = "demo-" + "".join(c if c.isalnum() else "-" for c in title.lower())[:60] + ".jpg"
    image = image_model(
        title=title,
        collection=collection or Collection.get_first_root_node(),
    )
    image.file = ImageFile(io.BytesIO(content), name=file_name)
    image.save()
    return image


def child_page(parent, page, slug):
    """The live child of `parent` with this slug, created from `page` when it is missing.

    Returns (page, created) so callers know whether to add things that hang off it.
    """
    existing = Page.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing.specific, False
    page.slug = slug
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True
