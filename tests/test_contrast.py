"""Every colour pair the stylesheet makes is readable, and every focus ring is visible.

Reads static/css/itac.css itself (its colour tokens and rules): text on its own background or on
the surface it sits in reaches 4.5:1 (WCAG 2.2 1.4.3), and the focus ring reaches 3:1 against
each surface it is drawn on (2.4.13 / 1.4.11). A new rule with a weak pair fails here, no
browser needed.
"""

import re
from pathlib import Path

import pytest

CSS = Path(__file__).resolve().parent.parent / "static" / "css" / "itac.css"
BODY_TEXT, NON_TEXT = 4.5, 3.0
# Controls draw their focus ring outside themselves, on the surface around them, so their own
# background is not where the ring sits.
CONTROLS = re.compile(
    r"button|input|summary|\.tag|::|\[aria-current\]|__count|__now|\.language|(^|\s)a(:[\w-]+)*$"
)


def stylesheet():
    text = re.sub(r"/\*.*?\*/", "", CSS.read_text(), flags=re.S)
    rules = []
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", text):
        declarations = {
            name.strip(): value.strip()
            for name, value in re.findall(r"([\w-]+)\s*:\s*([^;]+)", body)
        }
        for selector in selectors.split(","):
            rules.append((" ".join(selector.split()), declarations))
    return rules


RULES = stylesheet()
TOKENS = next(d for s, d in RULES if s == ":root")


def resolve(value, scope=None):
    """A hex colour for a CSS value (tokens followed), or None when it is not one solid colour."""
    scope = {**TOKENS, **(scope or {})}
    for _ in range(5):
        match = re.fullmatch(r"var\((--[\w-]+)(?:,[^)]*)?\)", value.strip())
        if not match:
            break
        value = scope.get(match.group(1), "")
    value = value.strip()
    if re.fullmatch(r"#[0-9a-fA-F]{3}", value):
        value = "#" + "".join(c * 2 for c in value[1:])
    return value.lower() if re.fullmatch(r"#[0-9a-fA-F]{6}", value) else None


def background(declarations, scope=None):
    value = declarations.get("background-color") or declarations.get("background")
    return resolve(value, scope) if value else None


def luminance(colour):
    def channel(c):
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a, b):
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def surfaces():
    """Selectors that paint a background, with the custom properties they set for what's inside."""
    found = {}
    for selector, declarations in RULES:
        if background(declarations) and not CONTROLS.search(selector):
            found[selector] = declarations
    return found


SURFACES = surfaces()


def enclosing_surface(selector):
    """The longest surface selector this selector sits inside ("".site-header a" -> header)."""
    inside = [s for s in SURFACES if selector.startswith(s + " ") and s != selector]
    return max(inside, key=len) if inside else None


def scope_of(selector):
    """Custom properties in force for `selector`: its surface's overrides, then its own."""
    scope = {}
    surface = enclosing_surface(selector)
    if surface:
        scope.update({k: v for k, v in SURFACES[surface].items() if k.startswith("--")})
    own = dict(next((d for s, d in RULES if s == selector), {}))
    scope.update({k: v for k, v in own.items() if k.startswith("--")})
    return scope


def text_pairs():
    """(selector, text colour, background colour) for every rule that sets a text colour."""
    pairs = []
    for selector, declarations in RULES:
        if "color" not in declarations or selector.startswith("@"):
            continue
        scope = scope_of(selector)
        text = resolve(declarations["color"], scope)
        if text is None:
            continue
        behind = background(declarations, scope)
        if behind is None:
            surface = enclosing_surface(selector)
            behind = background(SURFACES[surface], scope) if surface else resolve("var(--paper)")
        pairs.append((selector, text, behind))
    return pairs


def focus_pairs():
    """(surface, focus ring colour, surface colour): the page and every painted surface."""
    pairs = [(":root", resolve("var(--focus)"), resolve("var(--paper)"))]
    for selector, declarations in SURFACES.items():
        scope = scope_of(selector)
        pairs.append((selector, resolve("var(--focus)", scope), background(declarations, scope)))
    return pairs


def test_the_stylesheet_defines_its_colours_as_tokens():
    for token in ("--ink", "--paper", "--brand", "--accent", "--focus", "--focus-on-dark"):
        assert resolve(f"var({token})"), token
    assert len(text_pairs()) > 30 and len(focus_pairs()) > 10


@pytest.mark.parametrize(("selector", "text", "behind"), text_pairs(), ids=lambda v: str(v))
def test_text_is_readable_on_its_background(selector, text, behind):
    ratio = contrast(text, behind)
    assert ratio >= BODY_TEXT, f"{selector}: {text} on {behind} is {ratio:.2f}:1"


@pytest.mark.parametrize(("surface", "ring", "behind"), focus_pairs(), ids=lambda v: str(v))
def test_the_focus_ring_is_visible_on_every_surface(surface, ring, behind):
    ratio = contrast(ring, behind)
    assert ratio >= NON_TEXT, f"focus ring {ring} on {surface} ({behind}) is {ratio:.2f}:1"


def test_the_dark_header_had_a_ring_too_faint_to_see():
    # The failure this test exists for (issue 19): the blue ring on the dark teal header.
    assert contrast(resolve("var(--focus)"), resolve("var(--brand-dark)")) < NON_TEXT
    header = scope_of(".site-header")
    assert contrast(resolve("var(--focus)", header), resolve("var(--brand-dark)")) >= NON_TEXT
