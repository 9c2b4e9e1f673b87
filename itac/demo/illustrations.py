"""The demo's illustrations and partner marks, drawn here with Pillow (nothing downloaded).

An illustration is a theme's motif (a shared table, a shop front, a bowl of soup, speech
bubbles, ...) set in front of a skyline drawn from the place's name, in the campaign's
palette. The same theme and place always give the same picture; no words are drawn into
it (captions belong in the page's HTML, where a crop cannot cut them).

Partner marks are typographic: the partner's initials on a shape, and its name beside it,
set in Noto Sans (itac/fonts, SIL Open Font License).
"""

import io
import math
import random
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONTS_DIR = Path(__file__).resolve().parent.parent / "fonts"
MARK_FONT = FONTS_DIR / "NotoSans-Bold.ttf"


@dataclass(frozen=True)
class Palette:
    """The campaign's colours, shared with the site's CSS tokens (static/css): change them here."""

    ink: str = "#1d2433"
    teal: str = "#0b5d63"
    teal_dark: str = "#073f43"
    orange: str = "#a33e00"
    peach: str = "#fbe6d6"
    paper: str = "#f7f3ec"
    sun: str = "#f2c14e"
    mint: str = "#7fd1b9"
    coral: str = "#e07a5f"
    sky: str = "#d8ece9"
    white: str = "#ffffff"


CAMPAIGN_PALETTE = Palette()

# Drawn at twice the size and scaled down: smooth edges at the cost of a few milliseconds.
SUPERSAMPLE = 2


def _rgb(colour):
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def mix(first, second, share):
    """`first` moved `share` of the way towards `second` (both "#rrggbb")."""
    a, b = _rgb(first), _rgb(second)
    return "#" + "".join(f"{round(x + (y - x) * share):02x}" for x, y in zip(a, b, strict=True))


class Canvas:
    """A drawing surface in output pixels; shapes are scaled to the supersampled image."""

    def __init__(self, size, background):
        self.width, self.height = size
        self.image = Image.new("RGB", (self.width * SUPERSAMPLE, self.height * SUPERSAMPLE))
        self.draw = ImageDraw.Draw(self.image)
        self.draw.rectangle((0, 0, *self.image.size), fill=background)

    @staticmethod
    def _s(values):
        return [round(v * SUPERSAMPLE) for v in values]

    def circle(self, cx, cy, r, fill):
        self.draw.ellipse(self._s((cx - r, cy - r, cx + r, cy + r)), fill=fill)

    def ellipse(self, box, fill, outline=None, width=0):
        self.draw.ellipse(self._s(box), fill=fill, outline=outline, width=width * SUPERSAMPLE)

    def rect(self, box, fill, radius=0):
        if radius:
            self.draw.rounded_rectangle(self._s(box), radius * SUPERSAMPLE, fill=fill)
        else:
            self.draw.rectangle(self._s(box), fill=fill)

    def polygon(self, points, fill):
        self.draw.polygon([tuple(self._s(p)) for p in points], fill=fill)

    def pieslice(self, box, start, end, fill):
        self.draw.pieslice(self._s(box), start, end, fill=fill)

    def arc(self, box, start, end, fill, width):
        self.draw.arc(self._s(box), start, end, fill=fill, width=round(width * SUPERSAMPLE))

    def line(self, points, fill, width):
        self.draw.line(
            [tuple(self._s(p)) for p in points], fill=fill, width=round(width * SUPERSAMPLE)
        )
        for x, y in (points[0], points[-1]):  # round caps
            self.circle(x, y, width / 2, fill)

    def finished(self):
        return self.image.reduce(SUPERSAMPLE)


# --- Motifs: each draws its theme centred on (cx, cy), `u` pixels to a unit of its size. ---


def figure(c, cx, base, u, colour, head_colour=None):
    """A person, head and shoulders, standing on `base`."""
    c.pieslice((cx - 0.5 * u, base - 0.7 * u, cx + 0.5 * u, base + 0.7 * u), 180, 360, colour)
    c.circle(cx, base - 0.95 * u, 0.27 * u, head_colour or colour)


def motif_table(c, cx, cy, u, p, rng):
    """Inclusion: room at the table for everyone, and a chair pulled out for the next one."""
    colours = [p.teal, p.orange, p.teal_dark, p.coral]
    rng.shuffle(colours)
    top = cy + 0.35 * u
    for index, colour in enumerate(colours):
        x = cx - 1.7 * u + index * 1.0 * u
        figure(c, x, top + 0.15 * u, 0.8 * u, colour, mix(colour, "#000000", 0.22))
    # the free chair at the end of the table, its back turned towards us
    c.rect((cx + 1.95 * u, top - 0.75 * u, cx + 2.15 * u, top + 1.25 * u), p.sun, 0.08 * u)
    c.rect((cx + 1.5 * u, top + 0.5 * u, cx + 2.15 * u, top + 0.66 * u), p.sun, 0.05 * u)
    c.rect((cx + 1.52 * u, top + 0.6 * u, cx + 1.66 * u, top + 1.25 * u), p.sun, 0.05 * u)
    c.rect((cx - 2.3 * u, top, cx + 1.4 * u, top + 0.35 * u), p.white, 0.08 * u)
    c.rect((cx - 2.2 * u, top + 0.35 * u, cx + 1.3 * u, top + 0.75 * u), p.peach)
    for x in (cx - 2.05 * u, cx + 1.15 * u):
        c.rect((x - 0.06 * u, top + 0.75 * u, x + 0.06 * u, top + 1.25 * u), p.teal_dark)
    for index in range(4):
        x = cx - 1.7 * u + index * 1.0 * u
        c.ellipse((x - 0.32 * u, top - 0.04 * u, x + 0.32 * u, top + 0.14 * u), p.mint)
    c.circle(cx - 1.2 * u, top - 0.1 * u, 0.1 * u, p.coral)
    c.circle(cx + 0.8 * u, top - 0.1 * u, 0.1 * u, p.sun)


def motif_shop(c, cx, cy, u, p, rng):
    """Work and business: a small shop, its awning out and its door open."""
    left, right, top, bottom = cx - 1.4 * u, cx + 1.4 * u, cy - 1.1 * u, cy + 1.3 * u
    c.rect((left, top, right, bottom), p.paper)
    c.rect((left - 0.1 * u, top - 0.25 * u, right + 0.1 * u, top + 0.05 * u), p.teal_dark, 6)
    stripes = 7
    width = (right - left + 0.3 * u) / stripes
    for index in range(stripes):
        x0 = left - 0.15 * u + index * width
        colour = p.orange if index % 2 == 0 else p.white
        c.rect((x0, top + 0.05 * u, x0 + width, top + 0.55 * u), colour)
        c.pieslice((x0, top + 0.35 * u, x0 + width, top + 0.75 * u), 0, 180, colour)
    c.rect((cx + 0.25 * u, top + 0.95 * u, right - 0.2 * u, bottom), p.teal, 4)
    c.circle(cx + 0.4 * u, cy + 0.6 * u, 0.05 * u, p.sun)
    c.rect((left + 0.2 * u, top + 0.95 * u, cx - 0.05 * u, cy + 0.7 * u), p.sky, 4)
    for index, colour in enumerate((p.sun, p.coral, p.mint)):
        x = left + 0.42 * u + index * 0.42 * u
        c.circle(x, cy + 0.5 * u, 0.16 * u, colour)
    c.rect((left + 0.2 * u, cy + 0.66 * u, cx - 0.05 * u, cy + 0.74 * u), p.teal_dark)
    c.line([(cx + 0.9 * u, top + 1.1 * u), (cx + 0.9 * u, top + 1.25 * u)], p.ink, 0.03 * u)
    c.rect((cx + 0.6 * u, top + 1.25 * u, cx + 1.2 * u, top + 1.55 * u), p.sun, 6)


def motif_book(c, cx, cy, u, p, rng):
    """Education: an open book and a pencil."""
    c.polygon(
        [
            (cx, cy - 0.8 * u),
            (cx - 1.8 * u, cy - 1.05 * u),
            (cx - 1.8 * u, cy + 0.95 * u),
            (cx, cy + 1.2 * u),
        ],
        p.white,
    )
    c.polygon(
        [
            (cx, cy - 0.8 * u),
            (cx + 1.8 * u, cy - 1.05 * u),
            (cx + 1.8 * u, cy + 0.95 * u),
            (cx, cy + 1.2 * u),
        ],
        p.paper,
    )
    c.polygon(
        [
            (cx - 1.8 * u, cy + 0.95 * u),
            (cx, cy + 1.2 * u),
            (cx + 1.8 * u, cy + 0.95 * u),
            (cx + 1.8 * u, cy + 1.1 * u),
            (cx, cy + 1.38 * u),
            (cx - 1.8 * u, cy + 1.1 * u),
        ],
        p.teal,
    )
    c.line([(cx, cy - 0.8 * u), (cx, cy + 1.2 * u)], p.teal_dark, 0.05 * u)
    for side in (-1, 1):
        for row in range(5):
            y = cy - 0.6 * u + row * 0.3 * u
            length = 1.2 if row != 4 else 0.7
            x0, x1 = cx + side * 0.25 * u, cx + side * (0.25 + length) * u
            colour = p.mint if (row + (side > 0)) % 3 else p.coral
            c.line([(min(x0, x1), y), (max(x0, x1), y)], colour, 0.09 * u)
    # the pencil, across the right page
    angle = -0.6
    dx, dy = math.cos(angle), math.sin(angle)
    nx, ny = -dy, dx
    x0, y0 = cx + 0.7 * u, cy + 1.25 * u
    length, half = 2.1 * u, 0.13 * u
    body = [
        (x0 + nx * half, y0 + ny * half),
        (x0 + dx * length + nx * half, y0 + dy * length + ny * half),
        (x0 + dx * length - nx * half, y0 + dy * length - ny * half),
        (x0 - nx * half, y0 - ny * half),
    ]
    c.polygon(body, p.sun)
    tip = (x0 - dx * 0.35 * u, y0 - dy * 0.35 * u)
    c.polygon([body[0], body[3], tip], p.peach)
    c.circle(*tip, 0.04 * u, p.ink)
    end = (x0 + dx * length, y0 + dy * length)
    c.polygon(
        [
            body[1],
            body[2],
            (end[0] + dx * 0.2 * u - nx * half, end[1] + dy * 0.2 * u - ny * half),
            (end[0] + dx * 0.2 * u + nx * half, end[1] + dy * 0.2 * u + ny * half),
        ],
        p.coral,
    )


def motif_bowl(c, cx, cy, u, p, rng):
    """Culture and food: a steaming bowl on a shared table, bread beside it."""
    c.ellipse((cx - 2.2 * u, cy + 0.75 * u, cx + 2.2 * u, cy + 1.35 * u), p.teal_dark)
    for index in range(3):
        x = cx - 0.6 * u + index * 0.6 * u
        offset = 0.12 * u if index % 2 else 0
        for step in range(2):
            y = cy - 1.55 * u + step * 0.5 * u + offset
            c.arc((x - 0.22 * u, y, x + 0.22 * u, y + 0.5 * u), 90, 270, p.white, 0.08 * u)
            c.arc(
                (x - 0.22 * u, y + 0.25 * u, x + 0.22 * u, y + 0.75 * u), 270, 90, p.white, 0.08 * u
            )
    c.pieslice((cx - 1.5 * u, cy - 1.2 * u, cx + 1.5 * u, cy + 1.2 * u), 0, 180, p.orange)
    c.rect((cx - 0.5 * u, cy + 1.05 * u, cx + 0.5 * u, cy + 1.2 * u), p.orange, 4)
    c.ellipse((cx - 1.5 * u, cy - 0.2 * u, cx + 1.5 * u, cy + 0.2 * u), p.coral)
    c.ellipse((cx - 1.35 * u, cy - 0.13 * u, cx + 1.35 * u, cy + 0.13 * u), p.sun)
    for index in range(4):
        c.circle(cx - 0.8 * u + index * 0.5 * u, cy + 0.02 * u, 0.08 * u, p.mint)
    for index in range(4):
        c.arc(
            (
                cx - 1.2 * u + index * 0.6 * u,
                cy + 0.3 * u,
                cx - 0.8 * u + index * 0.6 * u,
                cy + 0.7 * u,
            ),
            200,
            340,
            p.peach,
            0.07 * u,
        )
    # bread
    c.ellipse((cx + 1.55 * u, cy + 0.45 * u, cx + 2.35 * u, cy + 0.95 * u), p.sun)
    for index in range(3):
        x = cx + 1.75 * u + index * 0.2 * u
        c.line([(x, cy + 0.55 * u), (x + 0.08 * u, cy + 0.7 * u)], p.orange, 0.05 * u)


def bubble(c, box, tail_left, colour, radius):
    left, top, right, bottom = box
    c.rect(box, colour, radius)
    if tail_left:
        c.polygon(
            [
                (left + 0.2 * (right - left), bottom - 2),
                (left + 0.05 * (right - left), bottom + 0.25 * (bottom - top)),
                (left + 0.38 * (right - left), bottom - 2),
            ],
            colour,
        )
    else:
        c.polygon(
            [
                (right - 0.2 * (right - left), bottom - 2),
                (right - 0.05 * (right - left), bottom + 0.25 * (bottom - top)),
                (right - 0.38 * (right - left), bottom - 2),
            ],
            colour,
        )


def motif_bubbles(c, cx, cy, u, p, rng):
    """Language: two conversations crossing, words as shapes rather than letters."""
    box = (cx - 2.0 * u, cy - 1.4 * u, cx + 0.5 * u, cy + 0.1 * u)
    bubble(c, box, True, p.teal, 0.35 * u)
    for row, length in enumerate((1.8, 1.3, 1.6)):
        y = cy - 1.05 * u + row * 0.4 * u
        c.line([(cx - 1.65 * u, y), (cx - 1.65 * u + length * u, y)], p.mint, 0.14 * u)
    box = (cx - 0.4 * u, cy - 0.2 * u, cx + 2.0 * u, cy + 1.2 * u)
    bubble(c, box, False, p.orange, 0.35 * u)
    for index in range(3):
        c.circle(cx + 0.3 * u + index * 0.5 * u, cy + 0.5 * u, 0.14 * u, p.white)
    c.circle(cx + 1.55 * u, cy - 1.45 * u, 0.3 * u, p.sun)
    c.circle(cx - 1.7 * u, cy + 1.0 * u, 0.18 * u, p.coral)


def motif_megaphone(c, cx, cy, u, p, rng):
    """Women's empowerment: a raised voice, carried far."""
    cx -= 0.5 * u
    c.polygon(
        [
            (cx - 1.3 * u, cy - 0.35 * u),
            (cx + 0.6 * u, cy - 1.2 * u),
            (cx + 0.6 * u, cy + 1.2 * u),
            (cx - 1.3 * u, cy + 0.35 * u),
        ],
        p.coral,
    )
    c.ellipse((cx + 0.35 * u, cy - 1.2 * u, cx + 0.85 * u, cy + 1.2 * u), p.orange)
    c.rect((cx - 1.65 * u, cy - 0.45 * u, cx - 1.2 * u, cy + 0.45 * u), p.teal_dark, 8)
    c.rect((cx - 0.9 * u, cy + 0.25 * u, cx - 0.55 * u, cy + 1.0 * u), p.teal_dark, 8)
    for index in range(3):
        r = (1.25 + index * 0.45) * u
        c.arc(
            (cx + 0.6 * u - r, cy - r, cx + 0.6 * u + r, cy + r),
            -35,
            35,
            [p.sun, p.teal, p.orange][index],
            0.16 * u,
        )
    for x, y, colour in ((-1.0, -1.4, p.sun), (-0.2, 1.6, p.teal), (1.0, -1.75, p.coral)):
        c.circle(cx + x * u, cy + y * u, 0.12 * u, colour)


def motif_kite(c, cx, cy, u, p, rng):
    """Youth: a kite high over the town."""
    top, left, right, bottom = (
        (cx, cy - 1.6 * u),
        (cx - 1.0 * u, cy - 0.4 * u),
        (cx + 1.0 * u, cy - 0.4 * u),
        (cx, cy + 1.3 * u),
    )
    middle = (cx, cy - 0.4 * u)
    c.polygon([top, left, middle], p.orange)
    c.polygon([top, right, middle], p.sun)
    c.polygon([left, bottom, middle], p.teal)
    c.polygon([right, bottom, middle], p.coral)
    c.line([top, bottom], p.white, 0.05 * u)
    c.line([left, right], p.white, 0.05 * u)
    points = []
    for step in range(30):
        t = step / 29
        points.append(
            (cx + math.sin(t * 3 * math.pi) * 0.35 * u - t * 0.8 * u, bottom[1] + t * 1.6 * u)
        )
    c.line(points, p.ink, 0.035 * u)
    for index in (8, 16, 24):
        x, y = points[index]
        colour = [p.teal, p.orange, p.sun][index // 8 - 1]
        c.polygon([(x, y), (x - 0.2 * u, y - 0.12 * u), (x - 0.2 * u, y + 0.12 * u)], colour)
        c.polygon([(x, y), (x + 0.2 * u, y - 0.12 * u), (x + 0.2 * u, y + 0.12 * u)], colour)
    # a second, smaller kite further off
    kx, ky, k = cx + 1.7 * u, cy - 1.3 * u, 0.35 * u
    c.polygon([(kx, ky - k), (kx - 0.7 * k, ky), (kx, ky + 1.1 * k), (kx + 0.7 * k, ky)], p.teal)
    c.polygon([(kx, ky - k), (kx + 0.7 * k, ky), (kx, ky + 1.1 * k)], p.sun)


def motif_heart(c, cx, cy, u, p, rng):
    """Health: care for neighbours, a heart with a cross and a steady pulse."""
    r = 0.75 * u
    c.circle(cx - 0.68 * u, cy - 0.45 * u, r, p.coral)
    c.circle(cx + 0.68 * u, cy - 0.45 * u, r, p.coral)
    c.polygon(
        [(cx - 1.42 * u, cy - 0.2 * u), (cx + 1.42 * u, cy - 0.2 * u), (cx, cy + 1.4 * u)],
        p.coral,
    )
    c.rect((cx - 0.16 * u, cy - 0.85 * u, cx + 0.16 * u, cy + 0.25 * u), p.white, 4)
    c.rect((cx - 0.55 * u, cy - 0.46 * u, cx + 0.55 * u, cy - 0.14 * u), p.white, 4)
    pulse = [
        (-2.6, 0.6),
        (-1.7, 0.6),
        (-1.4, 0.1),
        (-1.1, 1.1),
        (-0.8, 0.6),
        (0.9, 0.6),
        (1.15, 0.2),
        (1.4, 0.95),
        (1.65, 0.6),
        (2.6, 0.6),
    ]
    c.line([(cx + x * u, cy + y * u + 0.5 * u) for x, y in pulse], p.teal_dark, 0.1 * u)


def motif_houses(c, cx, cy, u, p, rng):
    """Housing: a row of homes, lights on."""
    colours = [p.teal, p.orange, p.paper, p.coral]
    rng.shuffle(colours)
    base = cy + 1.2 * u
    for index, (offset, width, height) in enumerate(
        ((-1.55, 1.1, 1.3), (0, 1.3, 1.8), (1.55, 1.1, 1.45))
    ):
        x = cx + offset * u
        left, right, top = x - width / 2 * u, x + width / 2 * u, base - height * u
        wall = colours[index]
        c.rect((left, top, right, base), wall)
        c.polygon(
            [(left - 0.15 * u, top), (x, top - 0.75 * u), (right + 0.15 * u, top)],
            p.teal_dark if wall != p.teal_dark else p.ink,
        )
        c.rect(
            (x - 0.18 * u, base - 0.6 * u, x + 0.18 * u, base),
            p.ink if wall == p.paper else p.paper,
            6,
        )
        window = p.sun if index != 2 else p.white
        c.rect((x - 0.35 * u, top + 0.2 * u, x - 0.05 * u, top + 0.5 * u), window, 3)
        c.rect((x + 0.05 * u, top + 0.2 * u, x + 0.35 * u, top + 0.5 * u), window, 3)
    c.circle(cx, base - 2.3 * u, 0.22 * u, p.coral)
    c.circle(cx - 0.2 * u, base - 2.45 * u, 0.14 * u, p.coral)  # smoke, softly
    c.rect((cx - 2.3 * u, base, cx + 2.3 * u, base + 0.12 * u), p.teal_dark)


def motif_civic(c, cx, cy, u, p, rng):
    """City leadership: the town hall, its flag up, its door open."""
    base = cy + 1.3 * u
    c.rect((cx - 2.0 * u, base - 0.25 * u, cx + 2.0 * u, base), p.paper)
    c.rect((cx - 1.8 * u, base - 0.45 * u, cx + 1.8 * u, base - 0.25 * u), p.white)
    for index in range(5):
        x = cx - 1.4 * u + index * 0.7 * u
        c.rect((x - 0.14 * u, base - 1.7 * u, x + 0.14 * u, base - 0.45 * u), p.white)
    c.rect((cx - 1.75 * u, base - 1.9 * u, cx + 1.75 * u, base - 1.7 * u), p.white)
    c.polygon(
        [(cx - 1.95 * u, base - 1.9 * u), (cx, base - 2.75 * u), (cx + 1.95 * u, base - 1.9 * u)],
        p.orange,
    )
    c.circle(cx, base - 2.2 * u, 0.18 * u, p.sun)
    c.line([(cx, base - 2.75 * u), (cx, base - 3.5 * u)], p.white, 0.05 * u)
    c.polygon([(cx, base - 3.5 * u), (cx + 0.65 * u, base - 3.3 * u), (cx, base - 3.1 * u)], p.sun)
    c.rect((cx - 0.22 * u, base - 1.05 * u, cx + 0.22 * u, base - 0.45 * u), p.teal, 6)


def motif_community(c, cx, cy, u, p, rng):
    """The campaign itself: neighbours side by side, arms linked."""
    colours = [p.teal, p.orange, p.sun, p.coral, p.teal_dark, p.mint]
    rng.shuffle(colours)
    base = cy + 1.3 * u
    positions = [-1.9, -0.95, 0, 0.95, 1.9]
    heights = [0.95, 1.05, 1.15, 1.0, 0.9]
    for offset, height, colour in zip(positions, heights, colours, strict=False):
        figure(c, cx + offset * u, base, height * u, colour, mix(colour, "#000000", 0.25))


def motif_bunting(c, cx, cy, u, p, rng):
    """A launch or a street festival: bunting over neighbours."""
    colours = [p.orange, p.sun, p.teal, p.coral, p.mint]
    points = []
    for step in range(11):
        t = step / 10
        points.append((cx - 2.6 * u + t * 5.2 * u, cy - 1.4 * u + math.sin(t * math.pi) * 0.5 * u))
    c.line(points, p.ink, 0.03 * u)
    for index in range(10):
        (x0, y0), (x1, y1) = points[index], points[index + 1]
        c.polygon(
            [(x0, y0), (x1, y1), ((x0 + x1) / 2, (y0 + y1) / 2 + 0.45 * u)],
            colours[index % len(colours)],
        )
    motif_community(c, cx, cy + 0.25 * u, 0.85 * u, p, rng)


def motif_screen(c, cx, cy, u, p, rng):
    """Online events: a screen with faces in a live conversation."""
    c.rect((cx - 2.0 * u, cy - 1.3 * u, cx + 2.0 * u, cy + 1.1 * u), p.ink, 0.2 * u)
    c.rect((cx - 1.85 * u, cy - 1.15 * u, cx + 1.85 * u, cy + 0.95 * u), p.sky, 0.1 * u)
    colours = [(p.teal, p.peach), (p.orange, p.sky), (p.coral, p.paper), (p.teal_dark, p.sun)]
    for index, (person, tile) in enumerate(colours):
        col, row = index % 2, index // 2
        left = cx - 1.75 * u + col * 1.8 * u
        top = cy - 1.05 * u + row * 1.0 * u
        c.rect((left, top, left + 1.7 * u, top + 0.9 * u), tile, 0.08 * u)
        figure(c, left + 0.85 * u, top + 0.9 * u, 0.45 * u, person, mix(person, "#000000", 0.2))
    c.polygon(
        [
            (cx - 0.5 * u, cy + 1.1 * u),
            (cx + 0.5 * u, cy + 1.1 * u),
            (cx + 0.7 * u, cy + 1.5 * u),
            (cx - 0.7 * u, cy + 1.5 * u),
        ],
        p.teal_dark,
    )
    c.circle(cx + 1.6 * u, cy - 1.55 * u, 0.22 * u, p.coral)


def motif_microphone(c, cx, cy, u, p, rng):
    """A dialogue: a microphone on its stand, and the conversation around it."""
    c.rect((cx - 0.42 * u, cy - 1.6 * u, cx + 0.42 * u, cy - 0.2 * u), p.teal_dark, 0.42 * u)
    for row in range(4):
        y = cy - 1.25 * u + row * 0.25 * u
        c.line([(cx - 0.25 * u, y), (cx + 0.25 * u, y)], p.teal, 0.05 * u)
    c.arc((cx - 0.7 * u, cy - 1.1 * u, cx + 0.7 * u, cy + 0.15 * u), 0, 180, p.orange, 0.1 * u)
    c.line([(cx, cy + 0.15 * u), (cx, cy + 1.2 * u)], p.orange, 0.1 * u)
    c.ellipse((cx - 0.7 * u, cy + 1.1 * u, cx + 0.7 * u, cy + 1.35 * u), p.orange)
    bubble(c, (cx - 2.4 * u, cy - 1.5 * u, cx - 0.9 * u, cy - 0.6 * u), False, p.sun, 0.2 * u)
    bubble(c, (cx + 0.9 * u, cy - 0.9 * u, cx + 2.4 * u, cy + 0.0 * u), True, p.coral, 0.2 * u)
    for x in (cx - 1.65 * u, cx + 1.65 * u):
        y = cy - 1.05 * u if x < cx else cy - 0.45 * u
        for index in (-1, 0, 1):
            c.circle(x + index * 0.3 * u, y, 0.08 * u, p.white)


MOTIFS = {
    "inclusion": motif_table,
    "work-and-business": motif_shop,
    "education": motif_book,
    "culture-and-food": motif_bowl,
    "language": motif_bubbles,
    "womens-empowerment": motif_megaphone,
    "youth": motif_kite,
    "health": motif_heart,
    "housing": motif_houses,
    "city-leadership": motif_civic,
    "community": motif_community,
    "festival": motif_bunting,
    "online": motif_screen,
    "dialogue": motif_microphone,
}

# The sky behind each motif, so that themes differ at a glance as well as in their shapes.
SKIES = {
    "inclusion": "sky",
    "work-and-business": "peach",
    "education": "paper",
    "culture-and-food": "peach",
    "language": "sky",
    "womens-empowerment": "peach",
    "youth": "sky",
    "health": "paper",
    "housing": "sky",
    "city-leadership": "teal",
    "community": "peach",
    "festival": "sky",
    "online": "paper",
    "dialogue": "peach",
}

# Event types drawn with the motif that says what happens there.
EVENT_MOTIFS = {
    "launch": "festival",
    "expert-dialogue": "dialogue",
    "live-chat": "online",
    "webinar": "online",
    "takeover": "language",
    "workshop": "education",
    "other": "community",
}


def skyline(c, place, ground, colour, window, rng_place):
    """The place: a skyline of its own (heights, roofs, towers) drawn from its name."""
    x = -rng_place.randint(10, 60)
    while x < c.width:
        width = rng_place.randint(c.width // 24, c.width // 11)
        height = c.height * rng_place.uniform(0.12, 0.36)
        top = ground - height
        c.rect((x, top, x + width, ground + 1), colour)
        roof = rng_place.choice(["flat", "flat", "gable", "dome", "spire", "step"])
        if roof == "gable":
            c.polygon(
                [(x, top + 1), (x + width / 2, top - width * 0.45), (x + width, top + 1)], colour
            )
        elif roof == "dome":
            c.pieslice(
                (x + width * 0.1, top - width * 0.4, x + width * 0.9, top + width * 0.4),
                180,
                360,
                colour,
            )
        elif roof == "spire":
            c.polygon(
                [
                    (x + width * 0.35, top + 1),
                    (x + width / 2, top - height * 0.6),
                    (x + width * 0.65, top + 1),
                ],
                colour,
            )
        elif roof == "step":
            c.rect((x + width * 0.2, top - height * 0.15, x + width * 0.8, top + 1), colour)
        rows = int(height // (c.height * 0.05))
        for row in range(rows):
            for column in range(max(1, width // 28)):
                if rng_place.random() < 0.35:
                    wx = x + 10 + column * 28
                    wy = top + 12 + row * c.height * 0.05
                    if wx + 10 < x + width - 6 and wy + 14 < ground:
                        c.rect((wx, wy, wx + 10, wy + 14), window)
        x += width + rng_place.randint(0, c.width // 60)


@dataclass
class Illustration:
    """A drawn picture and where its subject sits (the focal point, in pixels)."""

    picture: Image.Image
    focus: tuple  # (x, y, width, height), centre-based like Wagtail's focal point


def illustrate(theme, place="", size=(1200, 800), variant="", palette=CAMPAIGN_PALETTE):
    """The theme's motif in front of the place's skyline; the same arguments, the same picture.

    No text is drawn: captions are the page's HTML (figcaption), never part of the image.
    """
    motif = MOTIFS.get(theme, motif_community)
    rng = random.Random(f"{theme}|{place}|{variant}")
    rng_place = random.Random(f"place|{place}")
    width, height = size
    sky = getattr(palette, SKIES.get(theme, "peach"))
    night = sky == palette.teal
    c = Canvas(size, sky)
    # the motif's place, a little off centre as the place decides
    unit = min(width, height) * 0.135
    cx = width * (0.5 + rng_place.uniform(-0.12, 0.12))
    cy = height * 0.48
    # a sun (or a moon over the town hall) in the open sky beside it
    side = 1 if cx < width / 2 else -1
    sun_x = cx + side * (unit * 2.7 + width * rng_place.uniform(0.08, 0.2))
    sun_y = height * rng_place.uniform(0.14, 0.3)
    c.circle(sun_x, sun_y, min(width, height) * 0.09, palette.paper if night else palette.sun)
    # far hills, then the skyline, then the ground
    ground = height * 0.84
    hills = mix(sky, palette.teal, 0.18 if not night else -0.0) if not night else palette.teal_dark
    for index in range(3):
        hx = width * (index / 2) + rng_place.uniform(-80, 80)
        c.ellipse(
            (hx - width * 0.45, ground - height * 0.2, hx + width * 0.45, ground + height * 0.25),
            hills,
        )
    building = mix(sky, palette.teal, 0.38) if not night else mix(sky, "#000000", 0.35)
    window = mix(sky, palette.white, 0.6) if not night else palette.sun
    skyline(c, place, ground, building, window, rng_place)
    c.rect((0, ground, width, height), palette.teal if not night else palette.ink)
    c.rect((0, ground, width, ground + height * 0.012), palette.orange)
    # the motif, on a bright disc
    c.circle(cx, cy, unit * 2.7, mix(sky, palette.white, 0.65) if not night else palette.teal_dark)
    motif(c, cx, cy, unit, palette, rng)
    # a few confetti dots in the sky, for movement
    for _ in range(6):
        dx, dy = rng.uniform(0.04, 0.96) * width, rng.uniform(0.05, 0.6) * height
        if abs(dx - cx) > unit * 3.2:
            c.circle(
                dx,
                dy,
                unit * 0.08,
                rng.choice([palette.orange, palette.teal, palette.coral, palette.sun]),
            )
    focus = (round(cx), round(cy), round(unit * 5.4), round(unit * 5.4))
    return Illustration(c.finished(), focus)


def picture_file(picture, image_format="JPEG"):
    """The picture's bytes, with nothing but pixels (no EXIF, no text chunks)."""
    buffer = io.BytesIO()
    if image_format == "JPEG":
        picture.save(buffer, format="JPEG", quality=86, optimize=True)
    else:
        picture.save(buffer, format=image_format)
    return buffer.getvalue()


# --- Partner marks ---

MARK_SHAPES = ("circle", "rounded", "hexagon", "arch", "ring", "leaf")


def _mark_colours(palette):
    return [
        (palette.teal, palette.white),
        (palette.orange, palette.white),
        (palette.teal_dark, palette.sun),
        (palette.sun, palette.ink),
        (palette.coral, palette.ink),
        (palette.mint, palette.teal_dark),
    ]


def initials(name):
    """The acronym a name gives in brackets ("... (UCLG)"), else its capitalised words'
    initials, at most three."""
    if name.endswith(")") and "(" in name:
        acronym = name[name.rindex("(") + 1 : -1]
        if acronym.isupper() and len(acronym) <= 5:
            return acronym
    cleaned = name.replace("(", " ").replace(")", " ").replace("&", " ")
    words = [word for word in cleaned.split() if word[0].isupper()]
    return "".join(word[0] for word in words[:3]) or name[:2].upper()


def _mark_shape(c, shape, box, colour):
    left, top, right, bottom = box
    cx, cy, r = (left + right) / 2, (top + bottom) / 2, (right - left) / 2
    if shape == "circle":
        c.circle(cx, cy, r, colour)
    elif shape == "rounded":
        c.rect(box, colour, r * 0.42)
    elif shape == "hexagon":
        c.polygon(
            [
                (cx + r * math.cos(a), cy + r * math.sin(a))
                for a in (math.pi / 6 + k * math.pi / 3 for k in range(6))
            ],
            colour,
        )
    elif shape == "arch":
        c.rect((left, cy, right, bottom), colour, r * 0.12)
        c.pieslice((left, top, right, bottom), 180, 360, colour)
        c.rect((left, cy - 2, right, cy + r * 0.3), colour)
    elif shape == "ring":
        c.circle(cx, cy, r, colour)
        c.circle(cx, cy, r * 0.84, "#ffffff")
    else:  # leaf: two rounded corners, two sharp
        c.rect(box, colour, r * 0.9)
        c.rect((left, top, cx, cy), colour)
        c.rect((cx, cy, right, bottom), colour)


def _wrapped(text, font, width):
    lines = [""]
    for word in text.split():
        trial = f"{lines[-1]} {word}".strip()
        if font.getlength(trial) <= width or not lines[-1]:
            lines[-1] = trial
        else:
            lines.append(word)
    return lines


def partner_mark(name, index, palette=CAMPAIGN_PALETTE, size=(720, 360)):
    """A partner's typographic mark: initials on a shape of its own, its name set beside.

    `index` picks the shape and the colours: no two of the first 36 partners share both.
    """
    shapes, colours = MARK_SHAPES, _mark_colours(palette)
    shape = shapes[index % len(shapes)]
    fill, ink = colours[(index + index // len(shapes)) % len(colours)]
    if shape == "ring":
        ink = palette.ink
    width, height = size
    c = Canvas(size, palette.white)
    side = height * 0.62
    box = (height * 0.14, (height - side) / 2, height * 0.14 + side, (height + side) / 2)
    _mark_shape(c, shape, box, fill)
    letters = initials(name)
    font_size = {1: 0.56, 2: 0.46, 3: 0.34}.get(len(letters), 0.28) * side * SUPERSAMPLE
    font = ImageFont.truetype(str(MARK_FONT), round(font_size))
    centre = ((box[0] + box[2]) / 2 * SUPERSAMPLE, (box[1] + box[3]) / 2 * SUPERSAMPLE)
    c.draw.text(centre, letters, font=font, fill=ink, anchor="mm")
    # the name, in up to three lines beside the shape
    text_left = box[2] + height * 0.1
    text_width = (width - text_left - height * 0.08) * SUPERSAMPLE
    for points in (40, 36, 32, 28, 24):
        name_font = ImageFont.truetype(str(MARK_FONT), points * SUPERSAMPLE)
        lines = _wrapped(name, name_font, text_width)
        if len(lines) <= 3 and all(name_font.getlength(line) <= text_width for line in lines):
            break
    line_height = points * 1.25
    top = height / 2 - line_height * len(lines) / 2
    for number, line in enumerate(lines[:3]):
        c.draw.text(
            (text_left * SUPERSAMPLE, (top + number * line_height) * SUPERSAMPLE),
            line,
            font=name_font,
            fill=palette.ink,
        )
    c.rect(
        (
            text_left,
            top + line_height * len(lines[:3]) + 8,
            text_left + 60,
            top + line_height * len(lines[:3]) + 14,
        ),
        fill,
    )
    return c.finished()
