"""What several journeys do: log in to the admin, move through a page with the keyboard."""

import re
import time

from playwright.sync_api import expect

from django.utils import translation

# The live site's accounts, one per admin role, for the journeys (tests/browser/site_content.py).
from .site_content import ADMINISTRATOR, EDITOR, MODERATOR, PARTNER, totp_code  # noqa: F401

# The story form drops, as spam, what is sent sooner than this after it was shown
# (itac/forms.py MINIMUM_FILL_SECONDS is 3); the margin keeps a slow machine on the right side.
FORM_FILL_SECONDS = 3.5


def open_menu(page):
    """Open the header's menu when it is folded behind its button (phones), as a visitor would:
    on a wide screen the menu shows without one."""
    button = page.get_by_role("banner").locator("summary")
    if button.is_visible():
        button.click()


def open_filters(page):
    """Unfold a listing's filters when they are folded (phones); they show on a wide screen."""
    fold = page.get_by_role("main").locator("summary.filters-fold__summary")
    if fold.is_visible():
        fold.click()


def log_in_to_admin(page, username, password):
    """Sign in through the real form, with the second step when the account has one."""
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    for _attempt in range(2):
        if not re.search(r"/admin/two-factor/", page.url):
            break
        if _attempt:
            # A code is good once: an account that signed in moments ago waits for the next
            # one, as a person watching their authenticator app would.
            time.sleep(30 - time.time() % 30 + 1)
        page.get_by_label("Code from your authenticator app, or a recovery code").fill(
            totp_code(username)
        )
        page.get_by_role("button", name="Verify").click()
        page.wait_for_load_state()
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
