"""Each admin role's whole job in a real browser, signed in through the real form as that role
(never a superuser): an editor publishes campaign pages; a partner sends a story and follows it
through review; a moderator decides on it with the consent record in view, and erases another.

Every admin page on the way must answer without a 403 and without a console error (a Content
Security Policy violation is one), and load every script, style and image.
"""

import contextlib
import re
import time
from urllib.parse import urlencode

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect

from .conftest import CHROMIUM_ARGS, record_console_error, record_failed_request  # noqa: F401
from .helpers import (
    ADMINISTRATOR,
    EDITOR,
    MODERATOR,
    PARTNER,
    log_in_to_admin,
    wait_until_form_may_be_sent,
)
from .site_content import EDITED_PARTNER_NAME, PARTNER_NAME, PARTNERS, PAST_EVENT_TITLE


def watched(page):
    """Keep every refused response (403) of this page (the fixture keeps console errors)."""
    # Admin listings are slower than public pages on a busy machine.
    page.set_default_timeout(30_000)
    page.refused = []
    page.on(
        "response",
        lambda response: page.refused.append(response.url) if response.status == 403 else None,
    )
    return page


def new_page(browser, live_site):
    context = browser.new_context(
        base_url=live_site.url, viewport={"width": 1280, "height": 900}, locale="en-GB"
    )
    page = context.new_page()
    page.console_errors = []
    page.failed_requests = []
    page.on("console", lambda message: record_console_error(page, message))
    page.on("pageerror", lambda error: page.console_errors.append(str(error)))
    page.on("response", lambda response: record_failed_request(page, response))
    return watched(page)


def assert_clean(page):
    assert page.refused == []
    assert page.console_errors == [], "\n".join(page.console_errors)
    assert page.failed_requests == []
    expect(page.get_by_text("403 Forbidden")).to_have_count(0)


def let_autosave_finish(page):
    """Wagtail autosaves half a second after a change. A submit that overtakes that autosave
    on a slow machine makes the late autosave answer 400 ("would overwrite a newer version"):
    wait for it first, as a person reading the form back would."""
    with contextlib.suppress(PlaywrightTimeoutError):
        page.wait_for_event(
            "response",
            predicate=lambda r: r.request.method == "POST" and r.url.endswith("/edit/"),
            timeout=5_000,
        )


def publish(page):
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish", exact=True).click()
    expect(page.get_by_text(re.compile(r"has been published"))).to_be_visible()


def open_from_search(page, title):
    """Find the page titled `title` (or, once edited, starting with it) and open its editor."""
    page.goto(f"/admin/pages/search/?{urlencode({'q': title})}")
    page.get_by_role("link", name=re.compile("^" + re.escape(title))).first.click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))


def open_home_page_editor(page):
    """From the home page a signed-in editor sees, its editor (the userbar's "Edit this page")."""
    page.goto("/")
    page.get_by_role("button", name=re.compile("View Wagtail quick links|Wagtail")).first.click()
    page.get_by_role("menuitem", name=re.compile("Edit this page")).click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    expect(page.get_by_label("Hero text")).to_be_visible()


def test_editor_publishes_campaign_pages_and_sees_them_live_at_once(page):
    watched(page)
    log_in_to_admin(page, *EDITOR)

    # The pages the editor may explore, then the home page: no review in the way.
    page.goto("/admin/pages/?locale=en")
    expect(page.get_by_role("heading").first).to_be_visible()
    open_home_page_editor(page)
    lead = f"Neighbours and newcomers, side by side ({int(time.time())})"
    page.get_by_label("Hero text").fill(lead)
    publish(page)
    page.goto("/")
    expect(page.locator(".hero__lead")).to_have_text(lead)

    # An event.
    open_from_search(page, PAST_EVENT_TITLE)
    title = f"{PAST_EVENT_TITLE}, remembered {int(time.time())}"
    page.locator("#id_title").fill(title)
    publish(page)
    page.get_by_role("link", name="View live").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)

    # A partner page.
    open_from_search(page, EDITED_PARTNER_NAME)
    new_city = "Cuenca"
    assert all(new_city not in partner["cities"] for partner in PARTNERS.values())
    page.get_by_label("Cities").fill(f"Quito, {new_city}")
    publish(page)
    page.get_by_role("link", name="View live").first.click()
    expect(page.locator("main")).to_contain_text(new_city)
    assert_clean(page)


STORY_TEXT = (
    "Every Thursday the community kitchen opens at six. Newcomers cook the recipes of the "
    "places they come from, neighbours bring bread, and everyone eats at one long table."
)


def send_story(page, title, *, pseudonym="Thursday"):
    page.goto("/share-your-story/")
    shown_at = time.monotonic()
    page.get_by_label("Title of your story").fill(title)
    page.get_by_role("textbox", name="Your story", exact=True).fill(STORY_TEXT)
    page.get_by_role("radio", name="It is my own story").check()
    page.get_by_role("radio", name="A pseudonym").check()
    page.get_by_label("The name to show").fill(pseudonym)
    page.get_by_label("Country", exact=True).select_option(label="Ireland")
    page.get_by_role("checkbox", name="may publish this story").check()
    wait_until_form_may_be_sent(shown_at)
    page.get_by_role("button", name="Send my story").click()
    expect(page).to_have_url(re.compile(r"/share-your-story/thanks/$"))


def story_row(page, title):
    return page.get_by_role("row").filter(has_text=title)


def moderator_opens(page, title):
    page.goto("/admin/")
    page.get_by_role("region", name="Stories sent in").get_by_role("link", name=title).click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))


@pytest.mark.parametrize("width", [1280])
def test_partner_sends_a_story_and_a_moderator_decides(page, browser, live_site):
    stamp = int(time.time())
    title = f"It Takes A Community to cook on Thursdays {stamp}"
    partner = watched(page)
    log_in_to_admin(partner, *PARTNER)
    expect(partner.get_by_role("heading", name=f"Stories from {PARTNER_NAME}")).to_be_visible()

    # The partner sends a story for its organisation and sees it waiting.
    send_story(partner, title)
    partner.goto("/admin/")
    row = story_row(partner, title)
    expect(row).to_contain_text("Waiting for review")
    # It follows the story's history; its editor, while the story waits, shows the history
    # again with why (no 403).
    expect(row.get_by_role("link")).to_have_count(1)
    row.get_by_role("link", name=re.compile("^Follow its history")).click()
    expect(partner).to_have_url(re.compile(r"/admin/pages/\d+/history/$"))
    expect(partner).to_have_title(re.compile("History"))
    partner.goto(partner.url.replace("/history/", "/edit/"))
    expect(partner).to_have_url(re.compile(r"/admin/pages/\d+/history/$"))
    expect(partner.get_by_text("only when a moderator asks for changes")).to_be_visible()

    # The moderator reads it beside the consent record, and asks for a change.
    moderator = new_page(browser, live_site)
    log_in_to_admin(moderator, *MODERATOR)
    moderator_opens(moderator, title)
    record = moderator.get_by_role("group", name="Private record and consent")
    expect(record).to_contain_text(f"Partner: {PARTNER_NAME}")
    expect(record).to_contain_text("Consent wording shown".lower(), ignore_case=True)
    moderator.get_by_role("button", name="More actions").click()
    expect(moderator.get_by_role("button", name="Publish", exact=True)).to_have_count(0)
    moderator.get_by_role("button", name="Request changes").click()
    dialog = moderator.get_by_role("dialog")
    dialog.get_by_label("Comment").fill("Please say which city the kitchen is in.")
    dialog.get_by_role("button", name="Request changes").click()
    # Back to the story library in the admin.
    expect(moderator).to_have_url(re.compile(r"/admin/pages/\d+/$"))

    # The partner sees the request with its comment, makes the change and sends it again.
    partner.goto("/admin/")
    row = story_row(partner, title)
    expect(row).to_contain_text("Changes requested")
    expect(row).to_contain_text("Please say which city the kitchen is in.")
    row.get_by_role("link", name="Make the changes and send it again").click()
    expect(partner).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    expect(partner.get_by_label("Shared by partner")).to_have_count(0)
    expect(partner.get_by_label("Featured")).to_have_count(0)
    partner.get_by_label("City", exact=True).fill("Cork")
    let_autosave_finish(partner)
    partner.get_by_role("button", name=re.compile("^Resubmit")).click()
    expect(partner).to_have_url(re.compile(r"/admin/$"))
    expect(story_row(partner, title)).to_contain_text("Waiting for review")

    # The moderator approves: one publish button, "Approve and Publish".
    moderator_opens(moderator, title)
    moderator.get_by_role("button", name="More actions").click()
    expect(moderator.get_by_role("button", name="Publish", exact=True)).to_have_count(0)
    moderator.get_by_role("button", name="Approve and Publish").click()
    expect(moderator.get_by_text(re.compile("has been (updated|published)")).first).to_be_visible()

    # The partner finds it published, with its link.
    partner.goto("/admin/")
    row = story_row(partner, title)
    expect(row).to_contain_text("Published")
    row.get_by_role("link", name="See it on the site").click()
    expect(partner.get_by_role("heading", level=1)).to_have_text(title)

    # The partner edits its profile; it waits for an editor's approval.
    partner.goto("/admin/")
    partner.get_by_role("link", name="Edit your organisation's profile").click()
    expect(partner.get_by_label("Title")).to_have_count(0)
    partner.get_by_label("Website").fill("https://example.org/harbour-lane")
    let_autosave_finish(partner)
    partner.get_by_role("button", name=re.compile("^Submit to")).click()
    expect(partner).to_have_url(re.compile(r"/admin/$"))

    # A visitor's story, which the moderator erases completely.
    visitor = new_page(browser, live_site)
    other = f"It Takes A Community to plant a garden {stamp}"
    send_story(visitor, other, pseudonym="Gardener")
    moderator_opens(moderator, other)
    moderator.get_by_role("button", name="Actions", exact=True).click()
    moderator.get_by_role("link", name="Erase completely").click()
    moderator.get_by_role("button", name="Yes, erase it").click()
    expect(moderator.get_by_text("have been erased")).to_be_visible()
    moderator.goto("/admin/")
    expect(moderator.get_by_role("link", name=other)).to_have_count(0)

    for each in (partner, moderator, visitor):
        assert_clean(each)
    moderator.context.close()
    visitor.context.close()


# Every Content-Security-Policy violation of the page (enforced or report-only), as the
# browser reports it to the page itself: a console message can be missed, this event cannot.
WATCH_CSP = """document.addEventListener("securitypolicyviolation", (event) => {
    window.itacCspViolation([
        location.pathname, event.disposition, event.effectiveDirective,
        event.blockedURI, `${event.sourceFile}:${event.lineNumber}`, event.sample,
    ].join(" | "));
});"""


def watch_csp(page):
    page.csp_violations = []
    page.context.expose_function("itacCspViolation", lambda text: page.csp_violations.append(text))
    page.context.add_init_script(WATCH_CSP)
    return page


def visit(page, path):
    page.goto(path)
    page.wait_for_load_state("networkidle")
    # (Wagtail titles some edit screens with a level-2 heading.)
    expect(page.get_by_role("heading").first).to_be_visible()


def open_first_link(page, pattern):
    """Open the first link of the page's main content whose path matches `pattern`."""
    hrefs = page.locator("main a[href]").evaluate_all("links => links.map(link => link.pathname)")
    path = next(href for href in hrefs if re.fullmatch(pattern, href))
    visit(page, path)


def open_and_close_chooser(page):
    """Open the editor's first visible chooser (its modal loads a form and listing), close it."""
    choose = page.locator("[data-chooser-action-choose]:visible")
    if choose.count() == 0:
        return
    choose.first.click()
    dialog = page.get_by_role("dialog")
    expect(dialog.get_by_role("heading").first).to_be_visible()
    page.wait_for_load_state("networkidle")
    page.keyboard.press("Escape")
    expect(dialog).to_have_count(0)


def test_every_admin_page_of_the_journeys_keeps_to_the_admin_policy(page, browser, live_site):
    """An administrator walks the admin screens the role journeys use (sign-in, dashboard,
    page edit and create, a story in review, history, snippets, images, documents, users,
    settings) and opens a chooser: no Content-Security-Policy violation, no console error."""
    admin = watched(watch_csp(page))
    stamp = int(time.time())
    in_review = f"It Takes A Community to mend bicycles {stamp}"
    visitor = new_page(browser, live_site)
    send_story(visitor, in_review, pseudonym="Mender")
    visitor.context.close()

    visit(admin, "/admin/login/")
    log_in_to_admin(admin, *ADMINISTRATOR)
    admin.wait_for_load_state("networkidle")

    # Pages: the explorer, the home page's editor with its image chooser, its history.
    visit(admin, "/admin/pages/?locale=en")
    open_home_page_editor(admin)
    admin.wait_for_load_state("networkidle")
    home_edit = admin.url
    open_and_close_chooser(admin)
    visit(admin, home_edit.replace("/edit/", "/history/"))
    # Creating a page: the first kind the home page may hold.
    visit(admin, home_edit.replace("/edit/", "/add_subpage/"))
    if "/admin/pages/add/" not in admin.url:  # (with one kind only, Wagtail goes straight on)
        admin.locator("main a[href*='/admin/pages/add/']").first.click()
        admin.wait_for_load_state("networkidle")
    expect(admin).to_have_url(re.compile(r"/admin/pages/add/"))
    # An event, a partner page and a story in review, with its review history.
    open_from_search(admin, PAST_EVENT_TITLE)
    open_from_search(admin, EDITED_PARTNER_NAME)
    moderator_opens(admin, in_review)
    admin.wait_for_load_state("networkidle")
    admin.get_by_role("button", name="More actions").click()
    expect(admin.get_by_role("button", name="Approve and Publish")).to_be_visible()
    visit(admin, admin.url.replace("/edit/", "/workflow_history/"))

    # Snippets, images, documents, people, settings, reports.
    # The second pattern, when given, is an item of the listing to open.
    for path, item in (
        ("/admin/snippets/", None),
        ("/admin/snippets/stories/theme/", r"/admin/snippets/stories/theme/edit/\d+/"),
        (
            "/admin/snippets/story_submissions/storysubmission/",
            r"/admin/snippets/story_submissions/storysubmission/inspect/\d+/",
        ),
        ("/admin/snippets/partners/partnermembership/", None),
        ("/admin/images/", r"/admin/images/\d+/"),
        ("/admin/images/multiple/add/", None),
        ("/admin/documents/", None),
        ("/admin/users/", r"/admin/users/(edit/)?\d+/"),
        ("/admin/groups/", r"/admin/groups/edit/\d+/"),
        ("/admin/workflows/list/", None),
        ("/admin/settings/itac/campaignsettings/", None),
        ("/admin/reports/site-history/", None),
        # Not /admin/account/: this machine's chromium names its zone "localtime", which
        # Wagtail's time-zone menu rejects with a console error (the browser's, not the policy's).
    ):
        visit(admin, path)
        if item:
            open_first_link(admin, item)

    assert admin.csp_violations == [], "\n".join(sorted(set(admin.csp_violations)))
    assert_clean(admin)
