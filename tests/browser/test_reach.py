"""Partners' sites embed the story cards; no other page lets itself be framed; the story map
works by keyboard and leads to the filtered library."""

import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from playwright.sync_api import expect

from .site_content import PARTNER_SLUG


class PartnerSite:
    """A page served from another origin (its own local port) that frames the portal."""

    def __init__(self, portal_url):
        self.portal_url = portal_url
        pages = self.pages = {}

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                body = pages.get(self.path, "").encode()
                self.send_response(200 if body else 404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def frame(self, path, portal_path):
        self.pages[path] = (
            '<!DOCTYPE html><html lang="en"><head><title>A partner site</title></head><body>'
            "<h1>Our city's news</h1>"
            f'<iframe src="{self.portal_url}{portal_path}" title="Stories" width="480" '
            'height="640"></iframe></body></html>'
        )
        return self.url + path


@pytest.fixture
def partner_site(live_site):
    site = PartnerSite(live_site.url)
    yield site
    site.server.shutdown()
    site.server.server_close()


def test_a_partner_site_shows_the_embedded_cards(page, partner_site):
    address = partner_site.frame("/news", f"/es/embed/stories/?partner={PARTNER_SLUG}&limit=2")
    assert partner_site.url != partner_site.portal_url  # another origin: another port
    page.goto(address)
    cards = page.frame_locator("iframe").locator("main li")
    expect(cards).to_have_count(2)
    story_link = cards.first.get_by_role("link")
    expect(story_link).to_have_attribute("target", "_blank")
    href = story_link.get_attribute("href")
    assert href.startswith(partner_site.portal_url + "/es/stories/")
    expect(page.frame_locator("iframe").locator("html")).to_have_attribute("lang", "es")
    assert page.failed_requests == []


@pytest.mark.parametrize(
    "portal_path", ["/stories/", f"/partners/{PARTNER_SLUG}/", "/stories/map/"]
)
def test_other_pages_refuse_to_be_framed(page, partner_site, portal_path):
    page.goto(partner_site.frame("/framed", portal_path))
    frame = page.frame_locator("iframe")
    # Refused by frame-ancestors: the frame holds none of the portal's page.
    expect(frame.get_by_role("link", name="Skip to main content")).to_have_count(0)
    expect(frame.locator("header")).to_have_count(0)
    assert any("frame" in message.lower() for message in page.console_errors)


@pytest.mark.parametrize("width", [320, 1280])
def test_the_story_map_by_keyboard(page, width):
    page.goto("/stories/map/")
    country = page.locator("svg.world-map__svg a").first
    label = country.get_attribute("aria-label")
    country.focus()
    expect(country).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/stories/\?country=[A-Z]{2}$"))
    name = label.split(":")[0]
    expect(page.get_by_text(f"Country: {name}")).to_be_visible()
    assert page.console_errors == []


def test_the_arabic_map_keeps_its_language(page):
    page.goto("/ar/stories/map/")
    link = page.locator("svg.world-map__svg a").first
    assert link.get_attribute("href").startswith("/ar/stories/?country=")
    table_link = page.locator("table.map-table thead a").first
    table_link.click()
    expect(page).to_have_url(re.compile(r"/ar/stories/map/\?sort=name"))
