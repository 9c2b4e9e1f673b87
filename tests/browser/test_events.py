"""Events in a real browser: from the list to an upcoming event, and its calendar file."""

import re

from playwright.sync_api import expect

from .site_content import SOONEST_EVENT, SOONEST_EVENT_SLUG, UPCOMING_EVENT_SLUGS


def test_visitor_downloads_an_upcoming_events_calendar_file(page):
    page.goto("/")
    page.get_by_role("navigation", name="Main").locator("a[href='/events/']").click()
    expect(page).to_have_url(re.compile(r"/events/$"))
    # Upcoming events come first, soonest first.
    first_event = page.locator(".event-card .card__title a").first
    expect(first_event).to_have_text(SOONEST_EVENT["title"])
    first_event.click()
    expect(page).to_have_url(re.compile(rf"/events/{SOONEST_EVENT_SLUG}/$"))
    title = page.get_by_role("heading", level=1).inner_text()
    assert title == SOONEST_EVENT["title"]

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Add to your calendar (.ics)").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    calendar = download.path().read_text(encoding="utf-8")

    assert calendar.startswith("BEGIN:VCALENDAR")
    assert "BEGIN:VEVENT" in calendar and "END:VEVENT" in calendar
    assert calendar.rstrip().endswith("END:VCALENDAR")
    unfolded = calendar.replace("\r\n ", "").replace("\n ", "")
    assert re.search(r"^DTSTART:\d{8}T\d{6}Z\r?$", unfolded, re.MULTILINE)
    assert re.search(r"^UID:.+$", unfolded, re.MULTILINE)
    summary = re.search(r"^SUMMARY:(.*?)\r?$", unfolded, re.MULTILINE).group(1)
    assert summary.replace("\\,", ",").replace("\\;", ";") == title
    assert page.console_errors == []


def test_the_calendar_feed_lists_the_upcoming_events(page):
    page.goto("/events/")
    link = page.get_by_role("link", name="Subscribe to the calendar of upcoming events (.ics)")
    feed = page.request.get(link.get_attribute("href"))
    assert feed.status == 200
    assert feed.headers["content-type"].startswith("text/calendar")
    text = feed.text()
    assert text.startswith("BEGIN:VCALENDAR")
    assert text.count("BEGIN:VEVENT") == len(UPCOMING_EVENT_SLUGS)
