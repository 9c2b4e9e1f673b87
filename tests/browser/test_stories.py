"""The story library as a visitor uses it: from the home page, through the filters, to a story."""

import re

import pytest
from playwright.sync_api import expect

from django.utils.text import slugify

from .conftest import NARROW, WIDE, broken_images, load_images
from .helpers import open_filters, open_menu
from .site_content import (
    FILTERED_COUNTRY,
    FILTERED_STORY,
    FILTERED_THEME,
    OTHER_STORY_IN_FILTERED_COUNTRY,
    THEME_NAMES,
)


@pytest.mark.parametrize("width", [NARROW, WIDE])
def test_visitor_filters_stories_by_country_and_theme_and_opens_one(page, width):
    page.goto("/")
    open_menu(page)
    # The menu names the library as its page is titled.
    library = page.get_by_role("navigation", name="Main").locator("a[href='/stories/']")
    library_title = library.inner_text().strip()
    library.click()
    expect(page).to_have_url(re.compile(r"/stories/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(library_title)
    everything = page.get_by_role("status").filter(has_text="stories").inner_text()

    # The filters are a plain GET form: the address they lead to can be shared.
    country_code, country = FILTERED_COUNTRY
    theme = THEME_NAMES[FILTERED_THEME]
    filters = page.get_by_role("search", name="Find stories")
    open_filters(page)
    filters.get_by_label("Country", exact=True).select_option(label=country)
    filters.get_by_label("Theme", exact=True).select_option(label=theme)
    filters.get_by_role("button", name="Show stories").click()

    expect(page).to_have_url(
        re.compile(rf"/stories/\?(?=.*\bcountry={country_code}\b)(?=.*\btheme={FILTERED_THEME}\b)")
    )
    expect(page.get_by_role("status")).to_have_text("1 story")
    assert everything.strip() != "1 story"
    # The form shows what is chosen, and each filter in use can be removed on its own.
    open_filters(page)
    expect(filters.get_by_label("Country", exact=True)).to_have_value(country_code)
    expect(filters.get_by_label("Theme", exact=True)).to_have_value(FILTERED_THEME)
    expect(page.get_by_role("link", name=f"Country: {country}")).to_be_visible()
    expect(page.get_by_role("link", name=f"Theme: {theme}")).to_be_visible()
    results = page.locator(".story-results")
    expect(results.get_by_role("article")).to_have_count(1)
    # Told in the same country, on another theme: left out.
    expect(results.get_by_role("link", name=OTHER_STORY_IN_FILTERED_COUNTRY)).to_have_count(0)

    title = FILTERED_STORY["title"]
    results.get_by_role("link", name=title).click()

    expect(page).to_have_url(re.compile(rf"/stories/{slugify(title)}/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.get_by_text(FILTERED_STORY["city"]).first).to_be_visible()
    # Its themes lead back to the library, filtered by that theme.
    themes = page.get_by_role("list", name="Themes").first
    expect(themes.get_by_role("link", name=theme)).to_have_attribute(
        "href", re.compile(rf"/stories/\?theme={FILTERED_THEME}$")
    )
    load_images(page)
    assert broken_images(page) == []
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    assert page.failed_requests == []
    assert page.console_errors == []
