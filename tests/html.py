"""Find what a person sees in a response: elements by role, accessible name, label and text.

Tests assert on these instead of substrings of markup, so an accessibility fix that changes
the markup but not what people meet does not break them.
"""

import re

from bs4 import BeautifulSoup

SECTIONING = ["article", "aside", "main", "nav", "section"]
# Elements whose role is implicit in HTML (the subset the portal's templates use).
IMPLICIT_ROLES = {
    "link": lambda el: el.name == "a" and el.has_attr("href"),
    "button": lambda el: (
        el.name == "button"
        or (el.name == "input" and el.get("type") in {"submit", "button", "reset"})
    ),
    "heading": lambda el: el.name in {"h1", "h2", "h3", "h4", "h5", "h6"},
    "navigation": lambda el: el.name == "nav",
    "main": lambda el: el.name == "main",
    # The page's own header and footer (not those of an article or a section inside it).
    "banner": lambda el: el.name == "header" and not el.find_parent(SECTIONING),
    "contentinfo": lambda el: el.name == "footer" and not el.find_parent(SECTIONING),
    "list": lambda el: el.name in {"ul", "ol"},
    "listitem": lambda el: el.name == "li",
    "img": lambda el: el.name == "img" and el.get("alt") != "",
    "textbox": lambda el: (
        (el.name == "input" and el.get("type", "text") in {"text", "email", "search", "url", "tel"})
        or el.name == "textarea"
    ),
    "checkbox": lambda el: el.name == "input" and el.get("type") == "checkbox",
    "radio": lambda el: el.name == "input" and el.get("type") == "radio",
    "combobox": lambda el: el.name == "select",
}


def squash(text):
    return re.sub(r"\s+", " ", text or "").strip()


def parse(response_or_html):
    """The document of a test client response (or an HTML string)."""
    html = getattr(response_or_html, "content", response_or_html)
    if isinstance(html, bytes):
        html = html.decode()
    return BeautifulSoup(html, "html.parser")


def accessible_name(el):
    """aria-label, then aria-labelledby, then a <label>, then alt, then the visible text."""
    if el.get("aria-label"):
        return squash(el["aria-label"])
    root = el.find_parent("html") or el.find_parent() or el
    if el.get("aria-labelledby"):
        parts = [root.find(id=ref) for ref in el["aria-labelledby"].split()]
        return squash(" ".join(part.get_text(" ") for part in parts if part))
    if el.get("id"):
        label = root.find("label", attrs={"for": el["id"]})
        if label:
            return squash(label.get_text(" "))
    if el.name == "img":
        return squash(el.get("alt"))
    if el.name == "input" and el.get("value"):
        return squash(el["value"])
    return squash(el.get_text(" "))


def has_role(el, role):
    if el.get("role"):
        return role in el["role"].split()
    matches = IMPLICIT_ROLES.get(role)
    return bool(matches and matches(el))


def all_by_role(doc, role, name=None):
    """Every element of `role` whose accessible name is `name` (a string, or a compiled regex)."""
    found = []
    for el in doc.find_all(True):
        if el.get("hidden") is not None or el.get("aria-hidden") == "true":
            continue
        if not has_role(el, role):
            continue
        if name is None:
            found.append(el)
            continue
        label = accessible_name(el)
        if name.search(label) if hasattr(name, "search") else label == name:
            found.append(el)
    return found


def by_role(doc, role, name=None):
    """The one element of `role` named `name`; fails the test when there is none or several."""
    found = all_by_role(doc, role, name)
    assert len(found) == 1, f"expected one {role} named {name!r}, found {len(found)}: " + ", ".join(
        repr(accessible_name(el)) for el in all_by_role(doc, role)
    )
    return found[0]


def by_label(doc, label):
    """The form control a person finds by its label text (exact, whitespace squashed)."""
    for tag in doc.find_all("label"):
        if squash(tag.get_text(" ")) == label or squash(tag.get_text(" ")).rstrip(" *") == label:
            control = doc.find(id=tag.get("for")) if tag.get("for") else None
            control = control or tag.find(["input", "select", "textarea"])
            if control is not None:
                return control
    raise AssertionError(f"no form control labelled {label!r}")


def texts(elements):
    return [squash(el.get_text(" ")) for el in elements]


def visible_text(doc):
    """The page's text as a person reads it (scripts, styles and hidden parts left out)."""
    doc = parse(str(doc))
    for el in doc.find_all(["script", "style", "template"]):
        el.decompose()
    for el in doc.find_all(attrs={"hidden": True}):
        el.decompose()
    return squash(doc.get_text(" "))
