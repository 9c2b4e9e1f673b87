"""Stories and events on paper, and the Wagtail userbar for signed-in editors only."""

import re

from playwright.sync_api import expect

from .helpers import EDITOR, log_in_to_admin

AFTER_CONTENT = "element => getComputedStyle(element, '::after').content"


def first_link(page, pattern):
    return (
        page.locator("main a")
        .filter(has_text=re.compile("."))
        .evaluate_all(
            f"links => links.map(l => l.getAttribute('href')).filter(h => /{pattern}/.test(h))[0]"
        )
    )


def test_a_story_and_an_event_print_without_navigation_and_with_their_links(page):
    page.goto("/stories/")
    story = first_link(page, r"^\/stories\/(?!map\/)[\w-]+\/$")
    page.goto("/events/")
    event = first_link(page, r"^\/events\/[\w-]+\/$")
    for path in (story, event):
        page.goto(path)
        page.emulate_media(media="print")
        expect(page.get_by_role("navigation", name="Main")).to_be_hidden()
        expect(page.locator(".site-footer")).to_be_hidden()
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        # The page's own address is printed, and each link's address after it.
        expect(page.locator(".print-only")).to_have_text(re.compile(re.escape(path) + "$"))
        links = page.locator("main a[href^='/'], main a[href^='http']")
        if links.count():
            after = links.first.evaluate(AFTER_CONTENT)
            assert links.first.get_attribute("href") in after
        page.emulate_media(media="screen")
        expect(page.get_by_role("navigation", name="Main")).to_be_visible()
    assert page.console_errors == []


def test_editors_get_the_userbar_and_visitors_do_not(page, live_site):
    page.goto("/stories/")
    story = first_link(page, r"^\/stories\/(?!map\/)[\w-]+\/$")
    page.goto(story)
    assert page.locator("wagtail-userbar").count() == 0
    assert "wagtail-userbar" not in page.content()

    log_in_to_admin(page, *EDITOR)
    page.goto(story)
    userbar = page.locator("wagtail-userbar")
    expect(userbar).to_have_count(1)
    page.get_by_role("button", name=re.compile("View Wagtail quick links|Wagtail")).first.click()
    expect(page.get_by_role("menuitem", name=re.compile("Edit this page"))).to_be_visible()
    # The strict public policy holds: nothing the userbar loads is refused. (The userbar's
    # accessibility checker logs its report as a console error; that report is no failure.)
    errors = [error for error in page.console_errors if not error.startswith("axe.run results")]
    assert errors == [] and page.failed_requests == []
