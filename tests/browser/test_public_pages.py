"""Every public page type, in English and Arabic, at 320 px and 1280 px: axe-core finds no
WCAG 2.0/2.1/2.2 A or AA violation, nothing overflows sideways, the console stays clean (no
Content Security Policy violation), and a screenshot goes to test-artifacts/screenshots/.

Add a row to PAGE_TYPES for each new public page type: (name, path in English, HTTP status).
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

from .conftest import WIDTHS, screenshot

PAGE_TYPES = [
    ("home", "/", 200),
    ("standard-page", "/about/", 200),
    ("standard-page-privacy", "/privacy/", 200),
    ("not-found", "/no-such-page/", 404),
]
# Language prefixes: English unprefixed; Arabic is the right-to-left one.
LANGUAGES = {"en": "", "ar": "/ar"}

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


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("name", "path", "status"), PAGE_TYPES, ids=[p[0] for p in PAGE_TYPES])
def test_public_page(page, name, path, status, language, width):
    response = page.goto(localized(path, language))
    assert response.status == status
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")

    # Every image loads (demo images come from the media folder), lazy ones too: load them now
    # so that the full-page screenshot shows them.
    page.evaluate("for (const i of document.images) i.loading = 'eager'")
    page.wait_for_function("[...document.images].every(i => i.complete)")
    broken = page.evaluate("[...document.images].filter(i => i.naturalWidth === 0).map(i => i.src)")
    assert broken == []
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
