"""The campaign mark, drawn from one description: the SVG icon, favicon.ico, the touch and
manifest icons and the mark on share cards all come from here.

A new identity changes this module only: every icon is generated from it when first asked for.
"""

import io
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONTS_DIR = Path(__file__).resolve().parent / "fonts"
LATIN_BOLD = FONTS_DIR / "NotoSans-Bold.ttf"

# A filled circle in the campaign's colour carrying the hashtag sign of #ITAC.
MARK_COLOUR = "#a33e00"
MARK_GLYPH_COLOUR = "#ffffff"
MARK_GLYPH = "#"
# The glyph's height as a share of the circle's diameter.
MARK_GLYPH_SCALE = 0.56
BACKGROUND_COLOUR = "#ffffff"

TOUCH_ICON_SIZE = 180
MANIFEST_ICON_SIZES = (192, 512)
FAVICON_SIZES = (16, 32, 48)


def mark_svg():
    """The mark as a scalable image (the browser tab's icon)."""
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" role="img" '
        'aria-label="It Takes A Community">'
        f'<circle cx="32" cy="32" r="32" fill="{MARK_COLOUR}"/>'
        f'<text x="32" y="44" font-family="Noto Sans, Arial, sans-serif" '
        f'font-size="{round(64 * MARK_GLYPH_SCALE)}" font-weight="700" text-anchor="middle" '
        f'fill="{MARK_GLYPH_COLOUR}">{MARK_GLYPH}</text></svg>'
    )


def draw_mark(size):
    """The mark as a `size` x `size` RGBA image, drawn at four times the size and reduced."""
    large = size * 4
    image = Image.new("RGBA", (large, large), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((0, 0, large - 1, large - 1), fill=MARK_COLOUR)
    font = ImageFont.truetype(str(LATIN_BOLD), round(large * MARK_GLYPH_SCALE))
    draw.text((large / 2, large / 2), MARK_GLYPH, font=font, fill=MARK_GLYPH_COLOUR, anchor="mm")
    return image.resize((size, size), Image.Resampling.LANCZOS)


def _png(image):
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


@lru_cache(maxsize=8)
def icon_png(size, padded=False):
    """PNG bytes of the mark; `padded` sets it on white with a margin (touch icons, which
    platforms crop to their own shape)."""
    if not padded:
        return _png(draw_mark(size))
    canvas = Image.new("RGBA", (size, size), BACKGROUND_COLOUR)
    inner = round(size * 0.8)
    offset = (size - inner) // 2
    canvas.alpha_composite(draw_mark(inner), (offset, offset))
    return _png(canvas.convert("RGB"))


@lru_cache(maxsize=1)
def favicon_ico():
    """favicon.ico bytes holding the mark at 16, 32 and 48 pixels."""
    buffer = io.BytesIO()
    largest = max(FAVICON_SIZES)
    draw_mark(largest).save(buffer, format="ICO", sizes=[(size, size) for size in FAVICON_SIZES])
    return buffer.getvalue()
