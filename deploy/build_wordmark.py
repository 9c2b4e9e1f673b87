"""Writes static/brand/wordmark.svg: the mark (itac/brand.py) beside "ITAC" drawn as outlines of
Readex Pro Bold (static/fonts/, SIL OFL 1.1), so the file needs no font to show.

Run once after a change to the mark or the face, with a throwaway venv holding fonttools:
  /tmp/ft/bin/python deploy/build_wordmark.py   (see deploy/build_fonts.sh for the venv)
"""

import re
import sys
from pathlib import Path

from fontTools.pens.svgPathPen import SVGPathPen
from fontTools.pens.transformPen import TransformPen
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from itac import brand  # noqa: E402  (the mark's geometry; itac/brand.py imports only Pillow)

WORD = "ITAC"
HEIGHT = 64  # the mark's grid
CAP_HEIGHT = 40  # the letters' cap height on that grid


def word_path(font):
    glyphs, cmap = font.getGlyphSet(), font.getBestCmap()
    cap = font["OS/2"].sCapHeight
    scale = CAP_HEIGHT / cap
    baseline = HEIGHT - (HEIGHT - CAP_HEIGHT) / 2
    pen = SVGPathPen(glyphs, ntos=lambda n: f"{n:.1f}".rstrip("0").rstrip("."))
    x = 0.0
    for char in WORD:
        name = cmap[ord(char)]
        glyphs[name].draw(TransformPen(pen, (scale, 0, 0, -scale, x, baseline)))
        x += glyphs[name].width * scale
    return pen.getCommands(), x


def main():
    font = TTFont(ROOT / "static/fonts/readex-pro-latin-700.woff2")
    path, width = word_path(font)
    gap = 12
    mark = re.sub(r"<svg[^>]*>|</svg>", "", brand.mark_svg())
    total = HEIGHT + gap + width
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {total:.0f} {HEIGHT}" '
        f'role="img" aria-label="#ITAC It Takes A Community">{mark}'
        f'<path transform="translate({HEIGHT + gap} 0)" fill="{brand.MARK_COLOUR}" d="{path}"/>'
        "</svg>\n"
    )
    out = ROOT / "static/brand/wordmark.svg"
    out.parent.mkdir(exist_ok=True)
    out.write_text(svg)
    print(f"{out}: {len(svg)} bytes")


if __name__ == "__main__":
    main()
