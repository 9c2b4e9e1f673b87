"""Journeys over the shared pages: navigation, keyboard only, switching language.

Journeys over a feature (stories, pledge, events...) go in their own module here, one test per
journey, using the `page` and `live_site` fixtures of conftest.py.
"""

import re

import pytest
from playwright.sync_api import expect

from .conftest import NARROW
from .helpers import arabic, open_menu


@pytest.mark.parametrize("width", [NARROW, 1280])
def test_visitor_goes_from_home_to_a_page_of_the_menu_and_back(page, width):
    page.goto("/")
    home_heading = page.get_by_role("heading", level=1).inner_text()
    assert home_heading.strip()
    navigation = page.get_by_role("navigation", name="Main")
    open_menu(page)
    # The menu's last entry, whatever the editors named it: its page is titled as it is.
    link = navigation.get_by_role("link").last
    name, path = link.inner_text().strip(), link.get_attribute("href")
    link.click()

    expect(page).to_have_url(re.compile(re.escape(path) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(name)
    open_menu(page)
    expect(navigation.get_by_role("link", name=name, exact=True)).to_have_attribute(
        "aria-current", "page"
    )

    page.go_back()
    expect(page).to_have_url(re.compile(r"/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(home_heading)

    # The brand link goes home from any page.
    page.goto("/privacy/")
    page.get_by_role("link", name="It Takes A Community").first.click()
    expect(page).to_have_url(re.compile(r"^[^?#]*://[^/]+/$"))


def test_keyboard_user_skips_to_main_content(page):
    page.goto("/about/")
    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Skip to main content")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_visible()  # visible on focus, for sighted keyboard users

    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    # The next Tab continues from the main content on, never back in the header.
    page.keyboard.press("Tab")
    assert page.evaluate(
        """() => {
            const main = document.querySelector("main"), active = document.activeElement;
            return main.contains(active)
                || Boolean(main.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
        }"""
    )


def test_keyboard_user_reaches_the_navigation_with_a_visible_focus(page):
    page.goto("/")
    page.keyboard.press("Tab")  # skip link
    page.keyboard.press("Tab")  # brand link
    page.keyboard.press("Tab")
    navigation = page.get_by_role("navigation", name="Main")
    first_link = navigation.get_by_role("link").first
    expect(first_link).to_be_focused()
    focused = page.locator(":focus")
    outline = focused.evaluate("e => getComputedStyle(e).outlineStyle")
    assert outline not in ("none", ""), "a focused link must show where the focus is"


@pytest.mark.parametrize("width", [NARROW, 1280])
def test_visitor_switches_to_arabic_and_the_page_reads_right_to_left(page, width):
    page.goto("/")
    expect(page.locator("html")).to_have_attribute("dir", "ltr")

    open_menu(page)
    page.get_by_role("navigation", name="Languages").get_by_role("link", name="العربيّة").click()

    expect(page).to_have_url(re.compile(r"/ar/$"))
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.get_by_role("link", name=arabic("Skip to main content"))).to_have_count(1)
    # The layout mirrors: the brand sits at the right edge, the text starts on the right.
    brand = page.get_by_role("banner").get_by_role("link").first.bounding_box()
    assert brand["x"] + brand["width"] > width / 2
    assert page.evaluate("getComputedStyle(document.querySelector('main')).direction") == "rtl"
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert page.console_errors == []


def test_arabic_pages_keep_the_visitor_in_arabic(page):
    page.goto("/ar/")
    page.get_by_role("contentinfo").get_by_role("link", name=arabic("Privacy")).click()
    expect(page).to_have_url(re.compile(r"/ar/privacy/$"), timeout=3_000)
    expect(page.locator("html")).to_have_attribute("dir", "rtl")

    page.get_by_role("navigation", name="اللغات").get_by_role("link", name="español").click()
    expect(page).to_have_url(re.compile(r"/es/"), timeout=3_000)


def test_spanish_home_page(page):
    page.goto("/")
    page.get_by_role("navigation", name="Languages").get_by_role("link", name="español").click()
    expect(page).to_have_url(re.compile(r"/es/$"))
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.locator("html")).to_have_attribute("dir", "ltr")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert page.console_errors == []
