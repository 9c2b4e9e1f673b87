"""The campaign mark, drawn from one description: the SVG icon, favicon.ico, the touch and
manifest icons and the mark on share cards all come from here.

A new identity changes this module only: every icon is generated from it when first asked for.
"""

import io
import math
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw

# Fonts of the share cards (Pillow needs TrueType files; pages use static/fonts/).
FONTS_DIR = Path(__file__).resolve().parent / "fonts"

# The mark: the hashtag of #ITAC drawn as four rounded strokes on a teal tile, the square they
# hold between them filled in warm orange (the shared place a community makes). One geometry,
# on a 64-unit grid, draws the SVG and every raster icon.
MARK_COLOUR = "#0b5d63"
MARK_STROKE_COLOUR = "#ffffff"
MARK_CENTRE_COLOUR = "#f4a259"
BACKGROUND_COLOUR = "#ffffff"
GRID = 64
TILE_RADIUS = 14
STROKE_WIDTH = 6.5
# Two vertical and two horizontal strokes: (x1, y1, x2, y2) on the grid.
STROKES = (
    (24, 13, 24, 51),
    (40, 13, 40, 51),
    (13, 24, 51, 24),
    (13, 40, 51, 40),
)
CENTRE = (24, 24, 40, 40)

TOUCH_ICON_SIZE = 180
MANIFEST_ICON_SIZES = (192, 512)
FAVICON_SIZES = (16, 32, 48)


def mark_svg(label="#ITAC It Takes A Community"):
    """The mark as a scalable image (the browser tab's icon, the header and footer).

    With an empty `label` it is decorative (hidden from assistive technology)."""
    naming = f'role="img" aria-label="{label}"' if label else 'aria-hidden="true" focusable="false"'
    x1, y1, x2, y2 = CENTRE
    lines = "".join(f'<line x1="{a}" y1="{b}" x2="{c}" y2="{d}"/>' for a, b, c, d in STROKES)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {GRID} {GRID}" {naming}>'
        f'<rect width="{GRID}" height="{GRID}" rx="{TILE_RADIUS}" fill="{MARK_COLOUR}"/>'
        f'<rect x="{x1}" y="{y1}" width="{x2 - x1}" height="{y2 - y1}" '
        f'fill="{MARK_CENTRE_COLOUR}"/>'
        f'<g stroke="{MARK_STROKE_COLOUR}" stroke-width="{STROKE_WIDTH}" stroke-linecap="round">'
        f"{lines}</g></svg>"
    )


def draw_mark(size):
    """The mark as a `size` x `size` RGBA image, drawn at four times the size and reduced."""
    large = size * 4
    unit = large / GRID
    image = Image.new("RGBA", (large, large), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle(
        (0, 0, large - 1, large - 1), radius=round(TILE_RADIUS * unit), fill=MARK_COLOUR
    )
    draw.rectangle([round(v * unit) for v in CENTRE], fill=MARK_CENTRE_COLOUR)
    width = round(STROKE_WIDTH * unit)
    for x1, y1, x2, y2 in STROKES:
        start, end = (x1 * unit, y1 * unit), (x2 * unit, y2 * unit)
        draw.line((start, end), fill=MARK_STROKE_COLOUR, width=width)
        for cx, cy in (start, end):  # round caps
            draw.ellipse(
                (cx - width / 2, cy - width / 2, cx + width / 2, cy + width / 2),
                fill=MARK_STROKE_COLOUR,
            )
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


def community_ring_svg(countries, css_class="pledge-counter__visual"):
    """A decorative picture of the live count: the mark ringed by one dot per country that has
    pledged (up to 128, four rings filled from the outside): the circle fills as the campaign
    grows."""
    size, centre, spacing = 160, 80, 9
    dots = []
    remaining = max(int(countries), 0)
    # From the outer ring inwards, so even a few countries circle the whole mark.
    for ring in (4, 3, 2, 1):
        if not remaining:
            break
        radius = 24 + spacing * ring
        capacity = int(2 * math.pi * radius / spacing)
        count = min(remaining, capacity)
        for i in range(count):
            angle = 2 * math.pi * i / count - math.pi / 2
            x, y = centre + radius * math.cos(angle), centre + radius * math.sin(angle)
            dots.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.2"/>')
        remaining -= count
    tile = 40
    offset = centre - tile / 2
    mark = mark_svg(label="").replace(
        "<svg ", f'<svg x="{offset}" y="{offset}" width="{tile}" height="{tile}" ', 1
    )
    return (
        f'<svg class="{css_class}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" '
        'aria-hidden="true" focusable="false">'
        f'<circle cx="{centre}" cy="{centre}" r="{centre - 1}" fill="none" '
        f'stroke="#ffffff" stroke-opacity="0.25"/>{mark}'
        f'<g fill="{MARK_CENTRE_COLOUR}">{"".join(dots)}</g></svg>'
    )
