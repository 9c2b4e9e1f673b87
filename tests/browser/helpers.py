"""What several journeys do: log in to the admin, move through a page with the keyboard."""

import re
import time

from playwright.sync_api import expect

from django.utils import translation

MODERATOR = ("moderator", "itac-moderator-demo")
# The story form drops, as spam, what is sent sooner than this after it was shown
# (itac/forms.py MINIMUM_FILL_SECONDS is 3); the margin keeps a slow machine on the right side.
FORM_FILL_SECONDS = 3.5


def log_in_to_admin(page, username, password):
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def wait_until_form_may_be_sent(shown_at):
    """Sleep until the story form, shown at time.monotonic() `shown_at`, is no longer too fresh."""
    time.sleep(max(0.0, FORM_FILL_SECONDS - (time.monotonic() - shown_at)))


def tab_to(page, target, *, key="Tab", limit=60):
    """Press Tab (or `key`) until `target` has the focus, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press(key)
        if target.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError(f"{key} never reached {target} in {limit} presses")


def arabic(words):
    """The Arabic of `words` (a string, or a lazy translation) in the project's catalogue."""
    english = str(words)
    with translation.override("ar"):
        translated = translation.gettext(english)
    assert translated != english, f"no Arabic for {english!r} in locale/ar"
    return translated
