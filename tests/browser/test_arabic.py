"""Arabic in a real browser: switching language turns the page right to left, and the Arabic
story form sends a story, titled in Arabic or not, and thanks the storyteller in Arabic.

The Arabic words come from the project's own catalogue (locale/ar), so the journey follows
what a visitor reads. Each story sent counts toward the live site's hourly limit: see
test_share_story.py.
"""

import re
import time

from playwright.sync_api import expect

from stories.submissions.consent import CONSENT_PUBLISH_STORY

from .helpers import MODERATOR, arabic, log_in_to_admin, wait_until_form_may_be_sent

STORY_TEXT = (
    "كل يوم جمعة تفتح حديقة الحي أبوابها للجميع. يزرع الجيران الجدد والقدامى الطماطم "
    "والنعناع معًا، ويتبادلون البذور والوصفات والكلمات بلغاتهم المختلفة حتى المساء."
)


def send_arabic_story(page, title):
    """Open the English form, switch to Arabic, fill the Arabic form and send it."""
    page.goto("/share-your-story/")
    expect(page.locator("html")).to_have_attribute("dir", "ltr")
    page.get_by_role("navigation", name="Languages").get_by_role("link", name="العربيّة").click()

    expect(page).to_have_url(re.compile(r"/ar/share-your-story/$"))
    shown_at = time.monotonic()
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    assert page.evaluate("getComputedStyle(document.querySelector('main')).direction") == "rtl"
    # The layout mirrors: a radio button sits to the right of its label.
    mine = page.get_by_role("radio", name=arabic("It is my own story"))
    label = page.locator("label", has_text=arabic("It is my own story"))
    assert mine.bounding_box()["x"] > label.bounding_box()["x"]

    page.get_by_label(arabic("Title of your story")).fill(title)
    page.get_by_role("textbox", name=arabic("Your story"), exact=True).fill(STORY_TEXT)
    mine.check()
    page.get_by_role("radio", name=arabic("A pseudonym")).check()
    page.get_by_label(arabic("The name to show")).fill("زيتونة")
    page.get_by_label(arabic("Country"), exact=True).select_option("JO")
    page.get_by_role("checkbox", name=arabic(CONSENT_PUBLISH_STORY)).check()
    wait_until_form_may_be_sent(shown_at)
    page.get_by_role("button", name=arabic("Send my story")).click()

    expect(page).to_have_url(re.compile(r"/ar/share-your-story/thanks/$"))
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.get_by_role("heading", level=1)).to_have_text(arabic("Thank you for your story"))
    expect(page.get_by_role("status")).to_have_text(
        arabic("We have received it. Nothing is published yet.")
    )
    assert page.console_errors == []


def test_visitor_switches_the_story_form_to_arabic_and_sends_a_story(page):
    title = "#ItTakesACommunity: حديقة الجيران تجمعنا كل يوم جمعة"
    send_arabic_story(page, title)

    # The story really arrived, for moderators to review.
    log_in_to_admin(page, *MODERATOR)
    awaiting = page.get_by_role("region", name="Awaiting your review")
    expect(awaiting.get_by_role("link", name=title).first).to_be_visible()


def test_a_story_titled_only_in_arabic_is_received(page):
    # Its address cannot be made of Latin words: the story still arrives (a dated address).
    send_arabic_story(page, "حديقة الجيران تجمعنا كل يوم جمعة")
