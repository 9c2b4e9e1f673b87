"""Share cards: the 1200 x 630 picture a link to a page shows on social networks and in chats.

Each page says what its card carries (`BasePage.share_card_content`): a headline (a story's
pull quote, or the title), a line under it (the storyteller as they chose to be named and the
place, an event's date), and a background picture when it has one. The card is drawn here with
Pillow in the text's own script: Arabic is shaped and laid out right to left by libraqm, with
Noto Sans Arabic; Latin, Greek and Cyrillic words use Noto Sans (both shipped in itac/fonts).

A page names its card by an address of the app, `/share-cards/<page id>/<key>.jpg` (the key a
hash of the page's published revision, the card's words and its design), and never draws it
while it is shown: the card is drawn the first time that address is fetched (a social network
or chat looking at a shared link), stored in the media storage under the same name, and served
from there after. A new revision makes a new key, and the old card is removed when the new one
is drawn; an old address leads to the current card. Addresses and file names carry no words of
the page. Unpublishing or deleting a page removes its cards (a story erased on request leaves
none), and only a live page open to everyone has a card to fetch.
"""

import hashlib
import io
import logging
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont, ImageOps, features

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from itac import brand

logger = logging.getLogger(__name__)

WIDTH, HEIGHT = 1200, 630
MARGIN = 72
FOLDER = "share-cards"
# Change when the drawing changes: every card is then drawn again on its next view.
DESIGN_VERSION = "2"
JPEG_QUALITY = 85
BACKGROUND = (74, 28, 0)  # the mark's colour, darkened: white text reads on it
SHADE = (0, 0, 0, 165)  # over a photo, so the words stay readable
TEXT_COLOUR = (255, 255, 255)
SOFT_TEXT_COLOUR = (255, 236, 224)

LATIN_FONTS = {"bold": brand.FONTS_DIR / "NotoSans-Bold.ttf"}
LATIN_FONTS["regular"] = brand.FONTS_DIR / "NotoSans-Regular.ttf"
ARABIC_FONTS = {
    "bold": brand.FONTS_DIR / "NotoSansArabic-Bold.ttf",
    "regular": brand.FONTS_DIR / "NotoSansArabic-Regular.ttf",
}


@dataclass
class ShareCardContent:
    """What a page's card says and shows."""

    headline: str
    subline: str = ""
    kicker: str = ""
    background: object = None  # a Wagtail image, or None
    is_quote: bool = False
    alt: str = ""
    # "rtl" or "ltr": the paragraph direction of the card's language; from the text if empty.
    direction: str = ""


@dataclass
class Run:
    """A stretch of one line in one script: drawn with one font, in one direction."""

    text: str
    font_path: object
    direction: str
    x: float = 0
    y: float = 0
    size: int = 0
    gap_before: bool = False
    script: str = "latin"
    level: int = 0
    gap_level: int | None = None


@dataclass
class DrawnCard:
    image: Image.Image
    runs: list = field(default_factory=list)
    headline_runs: list = field(default_factory=list)
    direction: str = "ltr"


@dataclass
class ShareImage:
    """What the page's head needs: where the card is and how big."""

    url: str
    width: int
    height: int
    alt: str


def has_raqm():
    return features.check("raqm")


def is_arabic_char(char):
    return unicodedata.bidirectional(char) in {"R", "AL", "AN"} and not char.isdigit()


def is_strong_ltr(char):
    return unicodedata.bidirectional(char) == "L"


def text_direction(text):
    """ "rtl" when the first letter with a direction is right-to-left (Arabic, Hebrew)."""
    for char in text:
        if is_arabic_char(char):
            return "rtl"
        if is_strong_ltr(char):
            return "ltr"
    return "ltr"


@lru_cache(maxsize=32)
def load_font(path, size):
    layout = ImageFont.Layout.RAQM if has_raqm() else ImageFont.Layout.BASIC
    return ImageFont.truetype(str(path), size, layout_engine=layout)


def draw_kwargs(direction):
    # Without libraqm, Pillow can neither shape Arabic nor take a direction: draw what it can.
    return {"direction": direction} if has_raqm() else {}


def is_arabic_block(char):
    """Characters Noto Sans Arabic draws: Arabic letters, digits and punctuation (، ؛ ؟)."""
    code = ord(char)
    return (
        0x0600 <= code <= 0x06FF
        or 0x0750 <= code <= 0x077F
        or 0x08A0 <= code <= 0x08FF
        or 0xFB50 <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFF
    )


def bidi_classes(text):
    """Each character's bidirectional type, as the Unicode Bidirectional Algorithm resolves
    it for plain text (no explicit embeddings): "L", "R" (Arabic, Hebrew), "N" (a number) or
    "ON" (neutral: spaces, punctuation), with rules W1-W7 of UAX #9 applied."""
    types = []
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "NSM":  # W1: a combining mark (Arabic vowel signs) takes its base's type
            kind = types[-1] if types else "ON"
        types.append(kind)
    strong = None  # the last strong type seen: W2 and W7 look back to it
    for index, kind in enumerate(types):
        if kind in ("L", "R", "AL"):
            strong = kind
        elif kind == "EN" and strong == "AL":
            types[index] = "AN"  # W2: European digits in Arabic text are Arabic numbers
        elif kind == "EN" and strong == "L":
            types[index] = "L"  # W7: digits after Latin words read with them
    types = ["R" if kind == "AL" else kind for kind in types]  # W3
    for index in range(1, len(types) - 1):  # W4: 1,000 and 3.5 are one number
        before, kind, after = types[index - 1], types[index], types[index + 1]
        if kind in ("ES", "CS") and before == after and before in ("EN", "AN"):
            types[index] = before
    for index, kind in enumerate(types):  # W5: 50% and $5 are numbers too
        if kind == "ET" and (
            (index and types[index - 1] == "EN")
            or (index + 1 < len(types) and types[index + 1] == "EN")
        ):
            types[index] = "EN"
    return ["N" if kind in ("EN", "AN") else kind if kind in ("L", "R") else "ON" for kind in types]


def bidi_levels(text, base_direction):
    """The embedding level of each character (UAX #9 rules N1, N2, I1, I2): 0 or 2 for
    left-to-right text, 1 for right-to-left, numbers always at an even level above it."""
    paragraph = 1 if base_direction == "rtl" else 0
    types = bidi_classes(text)
    resolved = list(types)
    edge = "R" if paragraph else "L"
    index = 0
    while index < len(types):
        if types[index] != "ON":
            index += 1
            continue
        end = index
        while end < len(types) and types[end] == "ON":
            end += 1
        # N1: neutrals between two strong types of one direction (numbers count as R) take
        # it; N2: others take the paragraph's direction.
        before = types[index - 1] if index else edge
        after = types[end] if end < len(types) else edge
        before, after = ("R" if k == "N" else k for k in (before, after))
        for position in range(index, end):
            resolved[position] = before if before == after else edge
        index = end
    levels = []
    for kind in resolved:
        if paragraph == 0:
            levels.append({"L": 0, "R": 1, "N": 2}[kind])
        else:
            levels.append({"L": 2, "R": 1, "N": 2}[kind])
    return levels


def visual_order(levels):
    """Indexes of items (runs) in the order they are shown, left to right (UAX #9 rule L2)."""
    order = list(range(len(levels)))
    if not levels:
        return order
    odd = [level for level in levels if level % 2]
    lowest_odd = min(odd) if odd else 1
    for level in range(max(levels), lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if levels[order[index]] >= level:
                end = index
                while end < len(order) and levels[order[end]] >= level:
                    end += 1
                order[index:end] = reversed(order[index:end])
                index = end
            else:
                index += 1
    return order


def line_runs(words, weight, base_direction):
    """Split a line into runs of one font and one direction, in reading (logical) order.

    Directions come from the Unicode Bidirectional Algorithm with the paragraph's direction
    (the story's language): in Arabic, a Latin name or a number reads left to right inside
    the right-to-left line, and punctuation at an edge between them follows the line (the
    full stop after "São Paulo" at the end of an Arabic sentence stands at its far left).
    Arabic-script characters go to Noto Sans Arabic, everything else to Noto Sans (neither
    font has the other's letters); spaces between two runs are kept as gaps, with a level.
    """
    text = " ".join(words)
    levels = bidi_levels(text, base_direction)
    runs = []
    pending_gap = None  # the level of the space(s) before the next character
    for char, level in zip(text, levels, strict=True):
        if char == " ":
            pending_gap = level if pending_gap is None else pending_gap
            continue
        script = "arabic" if is_arabic_block(char) else "latin"
        last = runs[-1] if runs else None
        if (
            last
            and last.script == script
            and last.level == level
            and (pending_gap is None or pending_gap == level)
        ):
            last.text += (" " if pending_gap is not None else "") + char
        else:
            fonts = ARABIC_FONTS if script == "arabic" else LATIN_FONTS
            run = Run(char, fonts[weight], "rtl" if level % 2 else "ltr")
            run.script, run.level = script, level
            run.gap_before = pending_gap is not None and bool(runs)
            run.gap_level = pending_gap
            runs.append(run)
        pending_gap = None
    return runs


def run_width(run, size):
    return load_font(run.font_path, size).getlength(run.text, **draw_kwargs(run.direction))


def wrap(text, size, weight, width, base_direction):
    """Lines (each a list of runs) of `text` at `size`, each no wider than `width`."""
    space = load_font(LATIN_FONTS[weight], size).getlength(" ")
    lines, current = [], []
    for word in text.split():
        candidate = [*current, word]
        runs = line_runs(candidate, weight, base_direction)
        total = sum(run_width(run, size) + space * run.gap_before for run in runs)
        if current and total > width:
            lines.append(current)
            current = [word]
        else:
            current = candidate
    if current:
        lines.append(current)
    return [line_runs(line, weight, base_direction) for line in lines]


def fit_text(text, weight, width, max_lines, sizes, direction=None):
    """The largest size at which `text` fits in `max_lines`; the last size cuts it short."""
    direction = direction or text_direction(text)
    for size in sizes:
        lines = wrap(text, size, weight, width, direction)
        if len(lines) <= max_lines:
            return size, lines, direction
    size = sizes[-1]
    lines = wrap(text, size, weight, width, direction)[:max_lines]
    last = lines[-1][-1]
    last.text = last.text.rstrip(".,;:!?،؛ ") + "…"
    return size, lines, direction


def place_lines(lines, size, top, direction, line_height, runs_out):
    """Position each line's runs in visual order, the line against its start side (left, or
    right for right-to-left); the runs stay in reading order in `runs_out`."""
    y = top
    for line in lines:
        space = load_font(LATIN_FONTS["regular"], size).getlength(" ")
        # The spaces between runs are items too: they have a level, and move with it.
        items, levels = [], []
        for run in line:
            if run.gap_before:
                items.append(None)
                levels.append(run.gap_level)
            items.append(run)
            levels.append(run.level)
        widths = [space if item is None else run_width(item, size) for item in items]
        x = MARGIN if direction == "ltr" else WIDTH - MARGIN - sum(widths)
        for index in visual_order(levels):
            if items[index] is not None:
                items[index].x, items[index].y, items[index].size = x, y, size
            x += widths[index]
        runs_out.extend(line)
        y += line_height
    return y


def background_image(image):
    """The page's picture cropped to the card, or None when it cannot be read."""
    try:
        with image.open_file() as file:
            picture = Image.open(file, formats=["JPEG", "PNG", "WEBP", "GIF"])
            picture.draft("RGB", (WIDTH, HEIGHT))
            picture = ImageOps.exif_transpose(picture).convert("RGB")
            return ImageOps.fit(picture, (WIDTH, HEIGHT), Image.Resampling.LANCZOS)
    except (OSError, ValueError, Image.DecompressionBombError):
        logger.warning("Share card: the background image %s could not be read", image.pk)
        return None


@lru_cache(maxsize=4)
def card_mark(size):
    """The mark at `size`, drawn once per process: drawing it at four times the size and
    reducing it cost about 4 ms of every card, and composing it onto a card only reads it."""
    return brand.draw_mark(size)


def draw_card(content):
    """The card for `content`, with the runs of text as drawn (for tests and alt text)."""
    picture = background_image(content.background) if content.background else None
    if picture is None:
        canvas = Image.new("RGBA", (WIDTH, HEIGHT), BACKGROUND)
    else:
        canvas = picture.convert("RGBA")
        canvas.alpha_composite(Image.new("RGBA", (WIDTH, HEIGHT), SHADE))
    headline = content.headline.strip()
    # Quotation marks for left-to-right quotes; right-to-left ones stand without (mirrored
    # guillemets read wrongly beside a Latin name at either end).
    direction = content.direction or text_direction(headline)
    if content.is_quote and direction == "ltr":
        headline = f"“{headline}”"

    # The mark and the campaign's name on the start side of the top edge.
    mark_size = 88
    mark_x = MARGIN if direction == "ltr" else WIDTH - MARGIN - mark_size
    canvas.alpha_composite(card_mark(mark_size), (mark_x, MARGIN - 16))
    kicker_runs, headline_runs, sub_runs = [], [], []
    if content.kicker:
        kicker_lines = wrap(content.kicker, 30, "bold", WIDTH - 3 * MARGIN - mark_size, direction)
        place_lines(kicker_lines[:1], 30, MARGIN + 8, direction, 40, kicker_runs)
        shift = mark_size + 24
        for run in kicker_runs:
            run.x += shift if direction == "ltr" else -shift

    text_width = WIDTH - 2 * MARGIN
    size, lines, _direction = fit_text(
        headline,
        "bold",
        text_width,
        max_lines=4,
        sizes=(64, 58, 52, 46, 42, 38),
        direction=direction,
    )
    line_height = round(size * 1.3)
    block_top = 200 + max(0, (4 - len(lines)) * line_height // 3)
    place_lines(lines, size, block_top, direction, line_height, headline_runs)

    if content.subline:
        sub_size, sub_lines, _ = fit_text(
            content.subline,
            "regular",
            text_width,
            max_lines=1,
            sizes=(32, 28, 26),
            direction=direction,
        )
        place_lines(sub_lines, sub_size, HEIGHT - MARGIN - 40, direction, 44, sub_runs)

    draw = ImageDraw.Draw(canvas)
    for runs, colour in (
        (kicker_runs, SOFT_TEXT_COLOUR),
        (headline_runs, TEXT_COLOUR),
        (sub_runs, SOFT_TEXT_COLOUR),
    ):
        for run in runs:
            draw.text(
                (run.x, run.y),
                run.text,
                font=load_font(run.font_path, run.size),
                fill=colour,
                **draw_kwargs(run.direction),
            )
    runs = [*kicker_runs, *headline_runs, *sub_runs]
    return DrawnCard(
        image=canvas.convert("RGB"), runs=runs, headline_runs=headline_runs, direction=direction
    )


def card_key(page, content):
    """What the card depends on: the published revision, what it says, and the design.

    The words are part of the key too (hashed: the name carries none of them), so a card is
    never reused for other words, even where a database hands out an id again.
    """
    revision = page.live_revision_id or page.latest_revision_id or 0
    background = getattr(content.background, "pk", None)
    source = "\x1f".join(
        str(part)
        for part in (
            page.pk,
            revision,
            DESIGN_VERSION,
            has_raqm(),
            content.headline,
            content.subline,
            content.kicker,
            content.is_quote,
            background,
        )
    )
    return hashlib.sha256(source.encode()).hexdigest()[:20]


def card_name(page, content):
    return f"{FOLDER}/{page.pk}/{card_key(page, content)}.jpg"


def remove_cards(page_pk, keep=None):
    """Delete a page's card files, but `keep` (a storage name)."""
    folder = f"{FOLDER}/{page_pk}"
    try:
        _folders, files = default_storage.listdir(folder)
    except (FileNotFoundError, NotImplementedError, OSError):
        return
    for name in files:
        path = f"{folder}/{name}"
        if path != keep:
            default_storage.delete(path)


def share_image_for(page):
    """Where the page's card is and how big; None for a page without one. Draws nothing."""
    content = page.share_card_content()
    if content is None or not page.pk:
        return None
    return ShareImage(url=card_address(page, content), width=WIDTH, height=HEIGHT, alt=content.alt)


def card_address(page, content):
    from django.urls import reverse

    return reverse("share_card", args=[page.pk, card_key(page, content)])


def stored_card(page, content):
    """The storage name of the page's card, drawn and stored if it is not yet; None if it
    cannot be drawn."""
    name = card_name(page, content)
    try:
        if not default_storage.exists(name):
            drawn = draw_card(content)
            buffer = io.BytesIO()
            drawn.image.save(buffer, format="JPEG", quality=JPEG_QUALITY, optimize=True)
            # Saved under its exact name: a card drawn twice at once is the same picture.
            if not default_storage.exists(name):
                default_storage.save(name, ContentFile(buffer.getvalue()))
            remove_cards(page.pk, keep=name)
    except Exception:
        # A card is a nicety: a sharing preview without its picture is no failure.
        logger.exception("Share card: could not draw the card of page %s", page.pk)
        return None
    return name


def forget_cards(sender=None, instance=None, **kwargs):
    """Signal receiver: an unpublished or deleted page keeps no card."""
    if instance is not None and instance.pk:
        remove_cards(instance.pk)


def connect_signals():
    """Called once, from ItacConfig.ready()."""
    from django.db.models.signals import post_delete

    from wagtail.models import Page
    from wagtail.signals import page_unpublished

    page_unpublished.connect(forget_cards, dispatch_uid="itac.share_cards.unpublished")
    post_delete.connect(forget_cards, sender=Page, dispatch_uid="itac.share_cards.deleted")
