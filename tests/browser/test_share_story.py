"""Sharing a story in a real browser: with a photo, up to a moderator's approval, and with the
keyboard only, through an error and its summary.

Every story sent here counts toward the live site's limit of 5 an hour from one address
(stories/submissions/views.py), shared by the whole browser suite: keep the total at 5 or fewer.
"""

import re
import time

from PIL import Image
from playwright.sync_api import expect

from .conftest import broken_images, load_images
from .helpers import MODERATOR, log_in_to_admin, tab_to, wait_until_form_may_be_sent
from .site_content import THEME_NAMES
from .test_public_pages import AXE_OPTIONS, axe

STORY_TEXT = (
    "Every Saturday morning the repair café opens its doors in an old fire station. "
    "Newcomers who were mechanics at home teach their neighbours to true a wheel, and "
    "the neighbours teach them the words for every part of a bicycle."
)


def make_photo(folder):
    """A small JPEG made on the spot: a blue sky over a green field."""
    path = folder / "saturday.jpg"
    picture = Image.new("RGB", (320, 240), (70, 130, 200))
    picture.paste((60, 150, 70), (0, 150, 320, 240))
    picture.save(path, "JPEG", quality=85)
    return path


def test_visitor_shares_a_story_with_a_photo_and_a_moderator_publishes_it(page, tmp_path):
    title = "It Takes A Community to mend bicycles on Saturday mornings"
    slug = "it-takes-a-community-to-mend-bicycles-on-saturday-mornings"
    page.goto("/share-your-story/")
    shown_at = time.monotonic()

    page.get_by_label("Title of your story").fill(title)
    page.get_by_role("textbox", name="Your story", exact=True).fill(STORY_TEXT)
    page.get_by_role("checkbox", name=THEME_NAMES["work-and-trades"]).check()
    page.get_by_role("radio", name="It is my own story").check()
    page.get_by_role("radio", name="A pseudonym").check()
    page.get_by_label("The name to show").fill("Spoke")
    page.get_by_label("City or town").fill("Mechelen")
    page.get_by_label("Country", exact=True).select_option(label="Belgium")
    page.get_by_label("A photo").set_input_files(make_photo(tmp_path))
    page.get_by_label("Describe the photo").fill("A blue sky over a green field")
    page.get_by_role("checkbox", name="may publish this story").check()
    page.get_by_role("checkbox", name="the photo I send may be published").check()
    wait_until_form_may_be_sent(shown_at)
    page.get_by_role("button", name="Send my story").click()

    expect(page).to_have_url(re.compile(r"/share-your-story/thanks/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for your story")
    expect(page.get_by_role("status")).to_contain_text("Nothing is published yet")
    expect(page.get_by_role("heading", name="What happens next")).to_be_visible()
    assert page.goto(f"/stories/{slug}/").status == 404  # nothing public before approval

    log_in_to_admin(page, *MODERATOR)
    awaiting = page.get_by_role("region", name="Awaiting your review")
    awaiting.get_by_role("link", name=title).first.click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Approve and Publish", exact=True).click()
    # Back to the story library's listing in the admin, with word of the change.
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/$"))
    expect(page.get_by_text(f"Page '{title}' has been updated.")).to_be_visible()

    # A visitor (no admin session) finds the story public, with its photo.
    page.context.clear_cookies()
    assert page.goto(f"/stories/{slug}/").status == 200
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.locator(".story__facts")).to_contain_text("Spoke (a pseudonym)")
    photo = page.get_by_role("img", name="A blue sky over a green field")
    expect(photo).to_be_visible()
    load_images(page)
    assert broken_images(page) == []
    assert photo.evaluate("image => image.naturalWidth") > 0
    assert "saturday" not in photo.get_attribute("src")  # stored under a random name
    assert page.failed_requests == []
    assert page.console_errors == []


def test_keyboard_only_visitor_fixes_an_error_from_the_summary_and_sends_a_story(page):
    title = "It Takes A Community to teach chess in the library"
    page.goto("/share-your-story/")
    shown_at = time.monotonic()
    keyboard = page.keyboard

    tab_to(page, page.get_by_label("Title of your story"))
    keyboard.type(title)
    keyboard.press("Tab")
    expect(page.get_by_role("textbox", name="Your story", exact=True)).to_be_focused()
    keyboard.type(STORY_TEXT.replace("repair café", "chess club").replace("a bicycle", "chess"))
    theme = page.get_by_role("checkbox", name=THEME_NAMES["learning-together"])
    tab_to(page, theme)
    keyboard.press("Space")
    expect(theme).to_be_checked()
    tab_to(page, page.get_by_role("radio", name="It is my own story"))
    keyboard.press("Space")
    # A radio group is one Tab stop; the arrow keys choose within it.
    keyboard.press("Tab")
    expect(page.get_by_role("radio", name="Full name")).to_be_focused()
    keyboard.press("ArrowDown")
    keyboard.press("ArrowDown")
    expect(page.get_by_role("radio", name="A pseudonym")).to_be_checked()
    keyboard.press("Tab")
    expect(page.get_by_label("The name to show")).to_be_focused()
    keyboard.type("Rook")
    # Shift+Tab goes back to the chosen radio, not to the first of the group.
    keyboard.press("Shift+Tab")
    expect(page.get_by_role("radio", name="A pseudonym")).to_be_focused()
    tab_to(page, page.get_by_label("Country", exact=True))
    keyboard.type("Ireland")  # a closed list picks the option typed
    expect(page.get_by_label("Country", exact=True)).to_have_value("IE")

    # Sent without agreeing to publication: the form comes back with an error summary.
    tab_to(page, page.get_by_role("button", name="Send my story"))
    # Not sent faster than a person can (that would ask to send it again, with a new start).
    wait_until_form_may_be_sent(shown_at)
    keyboard.press("Enter")
    expect(page).to_have_title(re.compile(r"^Error: "))
    summary = page.get_by_role("alert")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("There is a problem")
    expect(page.get_by_label("Title of your story")).to_have_value(title)
    expect(page.get_by_label("Country", exact=True)).to_have_value("IE")
    results = axe.run(page, options=AXE_OPTIONS)  # the form with its errors, too
    assert results.violations_count == 0, results.generate_report()

    keyboard.press("Tab")
    error_link = summary.get_by_role("link", name="agree that we may publish it")
    expect(error_link).to_be_focused()
    keyboard.press("Enter")
    consent = page.get_by_role("checkbox", name="may publish this story")
    expect(consent).to_be_focused()
    keyboard.press("Space")
    expect(consent).to_be_checked()

    tab_to(page, page.get_by_role("button", name="Send my story"))
    wait_until_form_may_be_sent(shown_at)
    keyboard.press("Enter")
    # The browser keeps the address's #fragment (the field last followed) through the redirect.
    expect(page).to_have_url(re.compile(r"/share-your-story/thanks/(#[\w-]*)?$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for your story")

    # The story really arrived (a too-fast form is dropped as spam behind the same page).
    log_in_to_admin(page, *MODERATOR)
    awaiting = page.get_by_role("region", name="Awaiting your review")
    expect(awaiting.get_by_role("link", name=title).first).to_be_visible()
