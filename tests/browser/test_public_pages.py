"""Every public page type, in each of the five languages: axe-core finds no WCAG 2.0/2.1/2.2 A or
AA violation, nothing overflows sideways, the console stays clean (no Content Security Policy
violation), and a screenshot goes to test-artifacts/screenshots/.

English (left to right) and Arabic (right to left) are checked at 320 px and 1280 px; Spanish,
French and Portuguese, whose layout is the English one with longer words, at 320 px, where a
long word would overflow.

Add a row to PAGE_TYPES for each new public page type: (name, path in English, HTTP status).
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

from .conftest import NARROW, WIDTHS, broken_images, load_images, screenshot
from .site_content import (
    FIRST_STORY_SLUG,
    PARTNER_CATEGORY_SLUG,
    PARTNER_SLUG,
    PAST_EVENT_SLUG,
    SOONEST_EVENT_SLUG,
)

PAGE_TYPES = [
    ("home", "/", 200),
    ("standard-page", "/about/", 200),
    ("standard-page-privacy", "/privacy/", 200),
    ("not-found", "/no-such-page/", 404),
    ("story-library", "/stories/", 200),
    ("story-page", f"/stories/{FIRST_STORY_SLUG}/", 200),
    ("partner-directory", "/partners/", 200),
    ("partner-category", f"/partners/{PARTNER_CATEGORY_SLUG}/", 200),
    ("partner-page", f"/partners/{PARTNER_SLUG}/", 200),
    ("share-story", "/share-your-story/", 200),
    ("share-story-thanks", "/share-your-story/thanks/", 200),
    ("story-removal", "/share-your-story/remove/", 200),
    ("pledge", "/pledge/", 200),
    ("pledge-thanks", "/pledge/thanks/", 200),
    ("pledge-signers", "/pledge/signers/", 200),
    ("toolkit", "/toolkit/", 200),
    ("event-index", "/events/", 200),
    ("event-page-upcoming", f"/events/{SOONEST_EVENT_SLUG}/", 200),
    ("event-page-past", f"/events/{PAST_EVENT_SLUG}/", 200),
    ("story-map", "/stories/map/", 200),
    ("story-map-by-name", "/stories/map/?sort=name", 200),
    ("story-cards-embed", f"/embed/stories/?partner={PARTNER_SLUG}&limit=3", 200),
]
# Language prefixes: English unprefixed; Arabic is the right-to-left one. Each language has its
# own words (longer in French and Portuguese, another script in Arabic), so each is checked.
LANGUAGES = {"en": "", "es": "/es", "fr": "/fr", "ar": "/ar", "pt": "/pt"}
LANGUAGES_AT_EVERY_WIDTH = {"en", "ar"}
LANGUAGE_WIDTHS = [
    (language, width)
    for language in LANGUAGES
    for width in (WIDTHS if language in LANGUAGES_AT_EVERY_WIDTH else [NARROW])
]

AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
    },
    "resultTypes": ["violations"],
}
axe = Axe()


def localized(path, language):
    return LANGUAGES[language] + path


@pytest.mark.parametrize(
    ("language", "width"), LANGUAGE_WIDTHS, ids=[f"{lang}-{w}" for lang, w in LANGUAGE_WIDTHS]
)
@pytest.mark.parametrize(("name", "path", "status"), PAGE_TYPES, ids=[p[0] for p in PAGE_TYPES])
def test_public_page(page, name, path, status, language, width):
    response = page.goto(localized(path, language))
    assert response.status == status
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")

    # Every image loads (pictures come from the media folder), lazy ones too: load them now
    # so that the full-page screenshot shows them.
    load_images(page)
    assert broken_images(page) == []
    assert page.evaluate("document.styleSheets.length") >= 1

    screenshot(page, f"{name}-{language}-{width}")

    results = axe.run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()

    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"the page scrolls sideways by {overflow} px at {width} px"
    assert page.failed_requests == []
    assert page.console_errors == []
