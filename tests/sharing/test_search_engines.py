"""What search engines, browsers and phones are given: sitemap, robots.txt, icons, manifest."""

import io
import json
import xml.etree.ElementTree as ET

import pytest
from PIL import Image, ImageColor

from django.test import override_settings

from wagtail.models import Locale, Page, PageViewRestriction, Site

from itac import brand

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
BASE = "https://itac.example.org"

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("public_address"),
]


@pytest.fixture
def public_address():
    with override_settings(PUBLIC_BASE_URL=BASE):
        yield


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert "public" in response["Cache-Control"]
    root = ET.fromstring(response.content)  # noqa: S314  (our own response)
    entries = {}
    for url in root.iter(f"{SITEMAP}url"):
        alternates = {link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")}
        entries[url.findtext(f"{SITEMAP}loc")] = {
            "lastmod": url.findtext(f"{SITEMAP}lastmod"),
            "alternates": alternates,
        }
    return entries


def spanish_translation(page, title):
    spanish = page.copy_for_translation(Locale.objects.get(language_code="es"), copy_parents=True)
    spanish.title = title
    spanish.save_revision().publish()
    spanish.refresh_from_db()
    return spanish


def test_the_sitemap_lists_every_live_page_of_every_language(client):
    homes = Site.objects.get(is_default_site=True).root_page.get_translations(inclusive=True)
    expected = set()
    for home in homes.live():
        for page in Page.objects.descendant_of(home, inclusive=True).live().public().specific():
            if not getattr(page, "hide_from_search_engines", False):
                expected.add(page.get_full_url())
    listed = sitemap(client)
    assert set(listed) == expected
    assert f"{BASE}/" in listed and f"{BASE}/ar/" in listed and f"{BASE}/es/" in listed
    assert all(entry["lastmod"] for entry in listed.values())


def test_a_translated_story_names_its_translations_and_nothing_else(client, make_story):
    # The slug is shared by translations and must be made of the title's words (StoryPage.clean).
    story = make_story(title="Bakery of three neighbours", slug="bakery")
    spanish = spanish_translation(story, "Bakery: la panadería de tres vecinos")
    lonely = make_story(title="A choir that sings in nine languages")
    listed = sitemap(client)

    story_entry = listed[story.get_full_url()]
    assert story_entry["alternates"] == {
        "en": story.get_full_url(),
        "es": spanish.get_full_url(),
        "x-default": story.get_full_url(),
    }
    assert spanish.get_full_url() == f"{BASE}/es/stories/bakery/"
    assert listed[spanish.get_full_url()]["alternates"]["en"] == story.get_full_url()
    # An untranslated story has no alternates: its English fallback under /ar/ is no translation.
    assert listed[lonely.get_full_url()]["alternates"] == {}
    assert story_entry["lastmod"] == story.last_published_at.date().isoformat()


def test_the_sitemap_leaves_out_drafts_removed_hidden_and_private_pages(client, make_story):
    draft = make_story(title="A draft about a library", publish=False)
    removed = make_story(title="A garden taken down on request")
    removed.unpublish()
    hidden = make_story(title="A clinic that asked not to be found", hide_from_search_engines=True)
    private = make_story(title="A story for members only")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    listed = sitemap(client)
    addresses = "\n".join(listed)
    for page in (draft, removed, hidden, private):
        assert page.slug not in addresses
    assert "/admin/" not in addresses


def test_robots_keeps_crawlers_out_of_the_admin_and_thank_you_pages(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    for path in (
        "/admin/",
        "/share-your-story/thanks/",
        "/ar/share-your-story/thanks/",
        "/pledge/thanks/",
    ):
        assert f"Disallow: {path}" in lines
    assert f"Sitemap: {BASE}/sitemap.xml" in lines
    # Public pages stay open to crawlers.
    assert "Disallow: /stories/" not in lines and "Disallow: /" not in lines


def image_of(response, format_name):
    assert response.status_code == 200
    image = Image.open(io.BytesIO(response.content))
    assert image.format == format_name
    return image


def test_favicon_touch_icon_and_manifest_icons_come_from_the_mark(client):
    favicon = image_of(client.get("/favicon.ico"), "ICO")
    assert {(16, 16), (32, 32), (48, 48)} <= set(favicon.info["sizes"])
    touch = image_of(client.get("/apple-touch-icon.png"), "PNG")
    assert touch.size == (180, 180)
    # The mark's teal tile, and at the very centre the orange square its strokes hold.
    pixels = touch.convert("RGB")
    assert pixels.getpixel((30, 90)) == ImageColor.getrgb(brand.MARK_COLOUR)
    assert pixels.getpixel((90, 90)) == ImageColor.getrgb(brand.MARK_CENTRE_COLOUR)

    manifest = json.loads(client.get("/manifest.webmanifest").content)
    assert manifest["name"] == "It Takes A Community"
    assert manifest["start_url"] == "/"
    for icon in manifest["icons"]:
        response = client.get(icon["src"])
        assert response.status_code == 200
        if icon["type"] == "image/png":
            width, height = image_of(response, "PNG").size
            assert icon["sizes"] == f"{width}x{height}"
    assert client.get("/icons/icon-7.png").status_code == 404


def test_every_page_names_its_icons_and_manifest(client, make_story):
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(client.get(make_story().url).content, "html.parser")
    hrefs = {
        link.get("href")
        for link in soup.select("link[rel~=icon], link[rel=apple-touch-icon], link[rel=manifest]")
    }
    assert {"/favicon.ico", "/apple-touch-icon.png", "/manifest.webmanifest"} <= hrefs
    for href in hrefs:
        assert client.get(href).status_code == 200
