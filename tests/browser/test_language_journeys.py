"""A visitor in Spanish, French, Arabic or Portuguese, in a real browser, from their language's
home page through a story, a theme, a partner, an event, the toolkit and the story form: they
never leave their language's prefix and never meet an English menu (issue 12).

Links are followed by clicking what the page shows, found by role and by the words of the
visitor's language (the project's own catalogues), not by typing addresses.
"""

import re

import pytest
from playwright.sync_api import expect

from django.utils import translation

JOURNEY_LANGUAGES = ["es", "fr", "ar", "pt"]


def words(language, english):
    with translation.override(language):
        translated = translation.gettext(english)
    assert translated != english, f"no {language} for {english!r}"
    return translated


def assert_in_language(page, language):
    """The page is in the visitor's language, and so is every way on from it."""
    prefix = f"/{language}/"
    path = page.evaluate("location.pathname")
    assert path.startswith(prefix), path
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if language == "ar" else "ltr")
    menu = page.get_by_role("navigation", name=words(language, "Main"))
    menu_links = menu.get_by_role("link")
    assert menu_links.count() >= 4
    for link in menu_links.all():
        assert link.get_attribute("href").startswith(prefix)
        assert link.get_attribute("lang") is None, link.inner_text()  # not an English label
    # Every link to this site, but the language switcher's, keeps the prefix.
    leaving = page.evaluate(
        """prefix => [...document.querySelectorAll('a[href]')]
            .filter(a => !a.closest('.language-switcher'))
            .map(a => new URL(a.href, location.href))
            .filter(url => url.origin === location.origin)
            .map(url => url.pathname)
            .filter(path => !path.startsWith(prefix) && !path.startsWith('/media/')
                && !path.startsWith('/static/') && !path.startsWith('/documents/'))""",
        prefix,
    )
    assert leaving == [], leaving
    assert page.console_errors == []


def open_from_menu(page, language, href_end):
    menu = page.get_by_role("navigation", name=words(language, "Main"))
    menu.locator(f'a[href="/{language}/{href_end}"]').click()
    expect(page).to_have_url(re.compile(f"/{language}/{href_end}$"))


@pytest.mark.parametrize("language", JOURNEY_LANGUAGES)
def test_a_visitor_stays_in_their_language_from_home_to_the_story_form(page, language):
    page.goto(f"/{language}/")
    assert_in_language(page, language)

    # A featured story, from its card.
    featured = page.get_by_role("region", name=words(language, "Stories from the community"))
    featured.locator(".card__title a").first.click()
    expect(page).to_have_url(re.compile(f"/{language}/stories/[^/]+/$"))
    assert_in_language(page, language)
    assert page.locator("main").get_attribute("lang") is None  # a story told in this language

    # One of its themes: the library, filtered.
    themes = page.get_by_role("list", name=words(language, "Themes"))
    theme = themes.get_by_role("link").first
    theme_name = theme.inner_text()
    theme.click()
    expect(page).to_have_url(re.compile(f"/{language}/stories/\\?theme="))
    assert_in_language(page, language)
    expect(page.locator(".active-filter").first).to_contain_text(theme_name)
    expect(page.locator(".story-card").first).to_be_visible()

    # A partner, from the directory.
    open_from_menu(page, language, "partners/")
    assert_in_language(page, language)
    page.locator(".partner-card .card__title a").first.click()
    expect(page).to_have_url(re.compile(f"/{language}/partners/[^/]+/$"))
    assert_in_language(page, language)

    # An event, from the list.
    open_from_menu(page, language, "events/")
    assert_in_language(page, language)
    page.locator(".event-card .card__title a").first.click()
    expect(page).to_have_url(re.compile(f"/{language}/events/[^/]+/$"))
    assert_in_language(page, language)

    # The toolkit.
    open_from_menu(page, language, "toolkit/")
    assert_in_language(page, language)
    expect(page.locator(".toolkit-resource").first).to_be_visible()

    # Back home, and the story form through the home page's call to action.
    # The campaign's mark and name, first in the header.
    page.get_by_role("banner").get_by_role("link").first.click()
    expect(page).to_have_url(re.compile(f"/{language}/$"))
    page.locator(".hero__actions").get_by_role("link").first.click()
    expect(page).to_have_url(re.compile(f"/{language}/share-your-story/$"))
    assert_in_language(page, language)
    expect(page.locator("form").first).to_be_visible()


def test_english_words_inside_arabic_pages_read_left_to_right(page):
    """The toolkit's resources are shared by every translation and written in English: on the
    Arabic page they say so, and run left to right (full stops at the right end)."""
    page.goto("/ar/toolkit/")
    assert_in_language(page, "ar")
    english_title = page.locator(".toolkit-resource .card__title[lang='en']").first
    expect(english_title).to_have_attribute("dir", "ltr")
    assert english_title.evaluate("element => getComputedStyle(element).direction") == "ltr"
    # Arabic words around them stay right to left.
    download = page.locator(".toolkit-resource .button").first
    assert download.evaluate("element => getComputedStyle(element).direction") == "rtl"


def test_the_language_label_fits_its_words(page):
    """A card's language label is a small pill beside the words, not a bar across the card."""
    page.goto("/ar/stories/")
    card_body = page.locator(".story-card .card__body").first
    # The label a card of content in another language carries (components/language_label.html).
    card_body.evaluate(
        """body => body.insertAdjacentHTML('afterbegin',
            '<span class="language-label" lang="en" id="probe">English</span>')"""
    )
    label = page.locator("#probe").bounding_box()
    body = card_body.bounding_box()
    assert label["width"] < body["width"] / 2, (label, body)
    # At the start of the line: the right edge in Arabic.
    assert abs((label["x"] + label["width"]) - (body["x"] + body["width"])) < 40


def test_event_times_also_show_in_the_visitors_time_zone(browser, live_site):
    def open_event(time_zone):
        context = browser.new_context(base_url=live_site.url, timezone_id=time_zone)
        page = context.new_page()
        page.goto("/fr/events/")
        page.locator(".event-card .card__title a").first.click()
        expect(page).to_have_url(re.compile("/fr/events/[^/]+/$"))
        return context, page

    context, page = open_event("Asia/Tokyo")
    try:
        event_time = page.locator(".event-facts time")
        event_zone = event_time.get_attribute("data-event-zone")
        note = page.locator(".event-facts .local-time")
        expect(note).to_contain_text(words("fr", "In your time zone:"))
        expect(note).to_contain_text(re.compile(r"UTC\+9|GMT\+9|JST"))
        # The server's time, in the event's own time zone, is still there first.
        expect(event_time).not_to_contain_text(words("fr", "In your time zone:"))
    finally:
        context.close()
    # A visitor whose clock is the event's sees no second time.
    context, page = open_event(event_zone)
    try:
        expect(page.locator(".event-facts time")).to_be_visible()
        assert page.locator(".event-facts .local-time").count() == 0
    finally:
        context.close()
