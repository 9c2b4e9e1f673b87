"""Find what a person sees in a response: elements by role, accessible name, label and text.

Tests assert on these instead of substrings of markup, so an accessibility fix that changes
the markup but not what people meet does not break them.
"""

import json
import re

from bs4 import BeautifulSoup, Tag

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
    "article": lambda el: el.name == "article",
    "group": lambda el: el.name == "fieldset",
    # Tables: the admin's listings, one row per entry (the header row included).
    "table": lambda el: el.name == "table",
    "row": lambda el: el.name == "tr",
    # A section (or form) becomes a landmark region only when it has a name.
    "region": lambda el: el.name == "section" and _named(el),
    "form": lambda el: el.name == "form" and _named(el),
}


def _named(el):
    return bool(el.get("aria-label") or el.get("aria-labelledby"))


def squash(text):
    return re.sub(r"\s+", " ", text or "").strip()


def parse(response_or_html):
    """The document of a test client response (or an HTML string, or an already parsed one)."""
    if isinstance(response_or_html, Tag):
        return response_or_html
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
    if el.name == "fieldset" and el.find("legend"):
        return squash(el.find("legend").get_text(" "))
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
    """The form control a person finds by its label text (exact, whitespace squashed), or by a
    compiled regex searched in that text."""
    for tag in doc.find_all("label"):
        text = squash(tag.get_text(" "))
        if hasattr(label, "search"):
            matches = bool(label.search(text))
        else:
            matches = text == label or text.rstrip(" *") == label
        if matches:
            control = doc.find(id=tag.get("for")) if tag.get("for") else None
            control = control or tag.find(["input", "select", "textarea"])
            if control is not None:
                return control
    raise AssertionError(f"no form control labelled {label!r}")


def texts(elements):
    return [squash(el.get_text(" ")) for el in elements]


def rows_text(doc):
    """The rows of the tables in `doc` (an admin listing's entries) as one text, row after row:
    assert that an entry is `in` it, or not."""
    return " | ".join(texts(all_by_role(doc, "row")))


def visible_text(doc):
    """The page's text as a person reads it (scripts, styles and hidden parts left out)."""
    doc = parse(str(doc))
    for el in doc.find_all(["script", "style", "template"]):
        el.decompose()
    for el in doc.find_all(attrs={"hidden": True}):
        el.decompose()
    return squash(doc.get_text(" "))


def title(doc):
    """The document's <title>, as a browser tab shows it."""
    return squash(doc.title.get_text()) if doc.title else ""


def meta_content(doc, name):
    """The content of <meta name=...> (or property=...), None when the page has no such tag."""
    tag = doc.find("meta", attrs={"name": name}) or doc.find("meta", attrs={"property": name})
    return tag.get("content") if tag else None


def hrefs(doc):
    """The href of every link in `doc` (a page, or one part of it), in document order."""
    return [link["href"] for link in all_by_role(doc, "link")]


def options(select):
    """A select's choices as {value: visible text}."""
    return {
        option.get("value", squash(option.get_text(" "))): squash(option.get_text(" "))
        for option in select.find_all("option")
    }


def selected_values(select):
    """The values of a select's chosen options."""
    return [option.get("value") for option in select.find_all("option", selected=True)]


def attribute_values(doc):
    """Every attribute value in the document: what machines read beyond the visible text."""
    values = []
    for el in doc.find_all(True):
        for value in el.attrs.values():
            values.extend(value if isinstance(value, list) else [value])
    return values


def mentions(doc, text):
    """Whether `text` appears anywhere a person or a machine could read it: visible or hidden
    text, scripts, styles, comments and attribute values. Assert `not mentions(...)` to check
    that something (private data, say) is absent from the page."""
    strings = [str(string) for string in doc.find_all(string=True)]
    strings += [doc.get_text(), visible_text(doc)]  # text split across elements
    return any(text in value for value in strings + attribute_values(doc))


def definitions(doc):
    """A description list's terms and what follows each: {dt text: dd text}."""
    return {
        squash(term.get_text(" ")): squash(term.find_next_sibling("dd").get_text(" "))
        for term in doc.find_all("dt")
        if term.find_next_sibling("dd") is not None
    }


def admin_menu_urls(doc):
    """The address of every item of the Wagtail admin's menu, which a script draws from the JSON
    the page carries (in document order)."""
    script = doc.find("script", id="wagtail-sidebar-props")
    assert script is not None, "no admin menu on this page"
    urls = []

    def walk(value):
        if isinstance(value, dict):
            url = value.get("url")
            url = url.get("_val") if isinstance(url, dict) else url  # telepath's packed strings
            if isinstance(url, str):
                urls.append(url)
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(json.loads(script.string))
    return urls
