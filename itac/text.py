"""Text hygiene at the boundary: what every public form does to the words people send.

One place decides it, so a story title, a pledge name and a removal request are all treated
alike: Unicode NFC (one spelling for each accented letter), no invisible characters that
reorder or hide text, and for email addresses one identity however they are typed.
"""

import re
import unicodedata

from django.utils.translation import get_language

# Characters that change the direction text is shown in (U+202E turns "gpj.exe" around).
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# Characters that take no space: they hide inside names and make look-alikes.
ZERO_WIDTH = "\u200b\u2060\u180e\ufeff"
# The joiners shape Persian, Arabic-script and Indic words and join emoji; they are kept
# between two non-ASCII characters (where they mean something) and dropped elsewhere.
JOINERS = "\u200c\u200d"

_INVISIBLE = re.compile(f"[{BIDI_CONTROLS}{ZERO_WIDTH}]")
_STRAY_JOINER = re.compile(
    f"(?:(?<=[\\x00-\\x7f])|^)[{JOINERS}]+|[{JOINERS}]+(?=[\\x00-\\x7f]|$)", re.MULTILINE
)
# Every way of breaking a line, for output formats where a field must stay on one line.
_LINE_BREAKS = re.compile(r"[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")
# Control characters XML 1.0 and calendar files cannot carry.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


# Where a word starts inside a hashtag written in camel case: before a capital that follows a
# small letter or a digit (It|Takes), and before the last capital of a run (A|Community).
_HASHTAG_WORD_START = re.compile(r"(?<=[^\W_A-Z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def hashtag_words(tag):
    """The words of a camel-case hashtag: "#ItTakesACommunity" -> "#It", "Takes", "A",
    "Community". Any other text comes back whole."""
    return _HASHTAG_WORD_START.split(tag)


def normalise_text(value):
    """NFC, without bidi controls or zero-width characters. NUL is left for validation to
    refuse with a message (silently removing it would change what the person sent)."""
    if not isinstance(value, str):
        return value
    value = unicodedata.normalize("NFC", value)
    value = _INVISIBLE.sub("", value)
    return _STRAY_JOINER.sub("", value)


def email_identity(value):
    """An email address as one identity: NFKC (a fullwidth "ｅ" is an "e") and case folded."""
    value = normalise_text(value or "").strip()
    return unicodedata.normalize("NFKC", value).casefold()


def one_line(value):
    """`value` on a single line, without control characters (calendar and feed fields)."""
    value = _CONTROL.sub("", _LINE_BREAKS.sub(" ", str(value or "")))
    return " ".join(value.split())


# The separator between the items of a list, where a language's differs from ", " (CLDR).
LIST_SEPARATORS = {"ar": "\u060c "}


def list_separator(language=None):
    language = (language or get_language() or "en").split("-")[0]
    return LIST_SEPARATORS.get(language, ", ")


def join_list(parts, language=None):
    """Join places, names or themes with the language's list separator ("، " in Arabic);
    the active language unless one is named. Empty parts are left out."""
    return list_separator(language).join(str(part) for part in parts if part)
