"""The story library as a visitor uses it: from the home page, through the filters, to a story."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import NARROW, WIDE, broken_images, load_images
from .helpers import open_filters, open_menu


@pytest.mark.parametrize("width", [NARROW, WIDE])
def test_visitor_filters_stories_by_country_and_theme_and_opens_one(page, width):
    page.goto("/")
    open_menu(page)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Stories").click()
    expect(page).to_have_url(re.compile(r"/stories/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Stories")
    everything = page.get_by_role("status").filter(has_text="stories").inner_text()

    # The filters are a plain GET form: the address they lead to can be shared.
    filters = page.get_by_role("search", name="Find stories")
    open_filters(page)
    filters.get_by_label("Country", exact=True).select_option(label="Canada")
    filters.get_by_label("Theme", exact=True).select_option(label="Language")
    filters.get_by_role("button", name="Show stories").click()

    expect(page).to_have_url(re.compile(r"/stories/\?(?=.*\bcountry=CA\b)(?=.*\btheme=language\b)"))
    expect(page.get_by_role("status")).to_have_text("1 story")
    assert everything.strip() != "1 story"
    # The form shows what is chosen, and each filter in use can be removed on its own.
    open_filters(page)
    expect(filters.get_by_label("Country", exact=True)).to_have_value("CA")
    expect(filters.get_by_label("Theme", exact=True)).to_have_value("language")
    expect(page.get_by_role("link", name="Country: Canada")).to_be_visible()
    expect(page.get_by_role("link", name="Theme: Language")).to_be_visible()
    results = page.locator(".story-results")
    expect(results.get_by_role("article")).to_have_count(1)
    expect(results.get_by_role("link", name="fill a bowl on a winter night")).to_have_count(0)

    results.get_by_role("link", name="It Takes A Community to learn a language together").click()

    expect(page).to_have_url(
        re.compile(r"/stories/it-takes-a-community-to-learn-a-language-together/$")
    )
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "It Takes A Community to learn a language together"
    )
    expect(page.get_by_text("Montreal").first).to_be_visible()
    # Its themes lead back to the library, filtered by that theme.
    themes = page.get_by_role("list", name="Themes").first
    expect(themes.get_by_role("link", name="Language")).to_have_attribute(
        "href", re.compile(r"/stories/\?theme=language$")
    )
    load_images(page)
    assert broken_images(page) == []
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    assert page.failed_requests == []
    assert page.console_errors == []
