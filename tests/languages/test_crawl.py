"""Crawl the site in each language other than English: no public link drops the prefix.

A visitor who starts at /es/ must stay under /es/ whatever they follow: cards, menus, buttons,
breadcrumbs, tags, pagination, forms and feeds. The only ways out are the language switcher
and the search engines' alternates, which exist to change language; static files, media and
documents have no language.
"""

from collections import deque
from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree

import pytest

from actions.models import ToolkitPage
from events.models import EventPartner
from stories.models import Theme
from tests.factories import (
    EventPageFactory,
    PartnerPageFactory,
    StoryPageFactory,
    ToolkitResourceFactory,
    translate,
)
from tests.html import parse

pytestmark = pytest.mark.django_db

LANGUAGES = ["es", "fr", "ar", "pt"]
# Addresses with no language of their own: files, the site's icons and manifest, and the
# machine-readable endpoints (the oEmbed link names the story's own address, prefix kept).
LANGUAGE_FREE = (
    "/static/",
    "/media/",
    "/documents/",
    "/favicon.ico",
    "/apple-touch-icon.png",
    "/icons/",
    "/manifest.webmanifest",
    "/oembed/",
    "/api/",
)
# More than the site has pages in one language here; a crawl that reaches it is running away.
MAX_PAGES = 250


def internal_path(url, base):
    """The path of `url` (as seen from `base`) when it points at this site, else None."""
    absolute = urlsplit(urljoin(base, url))
    if absolute.scheme not in {"http", "https"}:
        return None  # mailto:, tel:
    if absolute.netloc not in {"testserver", "localhost", ""}:
        return None  # another site (social networks, partners' websites)
    return absolute.path + (f"?{absolute.query}" if absolute.query else "")


def links_on(doc):
    """(element, address) of every link a visitor or a browser can follow on the page."""
    for element in doc.find_all(["a", "link", "form"]):
        if element.find_parent("nav", class_="language-switcher"):
            continue  # leaving the language is its purpose
        if element.name == "link" and element.get("hreflang"):
            continue  # alternates in other languages, for search engines
        address = element.get("action" if element.name == "form" else "href")
        if address and not address.startswith("#"):
            yield element, address


def crawl(client, language):
    """Every page reached from the language's home page by following links, and what takes
    the visitor out of the language: {page: [(link text or what, address or language)]}."""
    prefix = f"/{language}/"
    start = prefix
    seen, queue, leaks, pages = {start}, deque([start]), {}, 0
    while queue:
        path = queue.popleft()
        response = client.get(path)
        pages += 1
        assert pages <= MAX_PAGES, "the crawl does not end"
        assert response.status_code == 200, (path, response.status_code)
        content_type = response.get("Content-Type", "")
        if "html" not in content_type:
            if "xml" in content_type:  # a feed: every item's address keeps the language
                feed = ElementTree.fromstring(response.content)  # noqa: S314 (our own feed)
                for link in feed.iter("link"):
                    target = internal_path((link.text or "").strip(), "http://testserver/")
                    if target and not target.startswith(prefix):
                        leaks.setdefault(path, []).append(("feed item", target))
            continue
        doc = parse(response)
        # The interface is in the visitor's language, its menu included.
        if doc.html.get("lang") != language:
            leaks.setdefault(path, []).append(("page language", doc.html.get("lang")))
        for link in doc.select("nav.main-nav a"):
            if link.get("lang"):
                leaks.setdefault(path, []).append(("menu in another language", link.get_text()))
        for element, address in links_on(doc):
            target = internal_path(address, f"http://testserver{path}")
            if target is None or target.startswith(LANGUAGE_FREE):
                continue
            if not target.startswith(prefix):
                label = element.get_text(" ", strip=True) or element.name
                leaks.setdefault(path, []).append((label, target))
                continue
            if element.name == "form" and element.get("method", "get").lower() == "post":
                continue
            page = target.split("?")[0]
            # One visit per page: filtered and paginated variants of a list show the same cards.
            if page.endswith((".ics", "/download/")) or "/download/" in page:
                continue
            if page not in seen:
                seen.add(page)
                queue.append(page)
    return seen, leaks


def content_in(language):
    """A story told with a partner, on a theme, an event the partner runs and a guide in the
    toolkit, in English and in `language`: every kind of page and link the crawl follows."""
    partner = PartnerPageFactory()
    theme = Theme.objects.filter(locale__language_code="en").first()  # translated: the skeleton
    story = StoryPageFactory(partner=partner, themes=[theme])
    event = EventPageFactory()
    EventPartner.objects.create(event=event, partner=partner)
    for page in (partner, story, event):
        translate(page, language)
    toolkit = ToolkitPage.objects.get(locale__language_code=language)
    ToolkitResourceFactory(page=toolkit, language=language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_public_link_drops_the_language(client, language):
    content_in(language)
    pages, leaks = crawl(client, language)
    # The crawl reached the whole journey: stories, themes, partners, events, toolkit, form.
    for section in ["stories/", "partners/", "events/", "toolkit/", "share-your-story/"]:
        assert any(page.startswith(f"/{language}/{section}") for page in pages), section
    assert any(page.count("/") == 4 and "/stories/" in page for page in pages)  # a story
    assert leaks == {}
