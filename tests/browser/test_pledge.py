"""Taking the pledge in a real browser: the counter on the pledge page and the home page moves.

The counter is cached for up to 60 s but forgotten when a pledge is committed, so the new
number shows on the very next page. Every pledge sent here counts toward the live site's
per-address pledge limit (actions/views.py PLEDGE_RATE), shared by the whole browser suite.
"""

import re
import time

from playwright.sync_api import expect

from .helpers import wait_until_form_may_be_sent


def pledge_count(page):
    counter = page.locator(".pledge-counter")
    expect(counter).to_have_count(1)
    return int(re.sub(r"\D", "", counter.locator(".pledge-counter__number").inner_text()))


def test_visitor_pledges_and_sees_the_counter_move(page):
    page.goto("/")
    before = pledge_count(page)
    # The counter's link carries the pledge's own button text, which the pledge form shows too.
    to_the_pledge = page.locator(".pledge-counter").get_by_role("link")
    expect(to_the_pledge).to_have_count(1)
    button_text = to_the_pledge.inner_text().strip()
    assert button_text
    to_the_pledge.click()
    expect(page).to_have_url(re.compile(r"/pledge/$"))
    shown_at = time.monotonic()
    assert pledge_count(page) == before

    page.get_by_role("radio", name="An organisation").check()
    page.get_by_label("Your name, or your organisation's").fill("The Harbour Street Bicycle Café")
    page.get_by_label("Country", exact=True).select_option(label="Portugal")
    page.get_by_role("checkbox", name="Show my name in the public list").check()
    wait_until_form_may_be_sent(shown_at)
    page.get_by_role("button", name=button_text, exact=True).click()

    expect(page).to_have_url(re.compile(r"/pledge/thanks/$"))
    expect(page.get_by_role("status")).to_contain_text("Your pledge is counted")
    assert pledge_count(page) == before + 1

    page.goto("/")
    assert pledge_count(page) == before + 1
    page.goto("/pledge/")
    assert pledge_count(page) == before + 1
    page.get_by_role("link", name="See who has pledged").click()
    expect(page.get_by_text("The Harbour Street Bicycle Café")).to_be_visible()
    assert page.console_errors == []
