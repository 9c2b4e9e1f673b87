"""The RSS feeds and the featured stories on the home page."""

import datetime
import xml.etree.ElementTree as ET

import pytest

from partners.models import PartnerPage
from stories.models import StoryPage
from tests.factories import PartnerPageFactory, StoryPageFactory, ThemeFactory
from tests.html import accessible_name, all_by_role, by_role, mentions, parse


def days_ago(days):
    return datetime.date(2026, 6, 1) - datetime.timedelta(days=days)


def feed_items(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    # Our own server's output, not untrusted input.
    return ET.fromstring(response.content).findall("./channel/item")  # noqa: S314


@pytest.mark.django_db
class TestFeed:
    @pytest.fixture(autouse=True)
    def stories(self):
        """Nine stories a day apart, told with a partner that has a contact address."""
        partner = PartnerPageFactory(contact_email="staff@partner.example.org")
        for days in range(9):
            StoryPageFactory(partner=partner, date_published=days_ago(days))

    def test_lists_the_newest_stories_with_titles_summaries_links_and_dates(self, client):
        items = feed_items(client.get("/stories/feed/"))
        assert len(items) == 9
        first = items[0]
        english = StoryPage.objects.live().filter(locale__language_code="en")
        newest = english.order_by("-date_published", "-pk").first()
        assert first.findtext("title") == newest.title
        assert first.findtext("description") == newest.summary
        assert first.findtext("link") == newest.full_url
        assert first.findtext("pubDate")

    def test_a_theme_feed_holds_only_that_theme(self, client):
        night_classes = ThemeFactory(name="Night classes", slug="night-classes")
        StoryPageFactory(title="It Takes A Community to teach at night", themes=[night_classes])
        StoryPageFactory(title="It Takes A Community to cook", themes=[ThemeFactory()])
        items = feed_items(client.get("/stories/feed/?theme=night-classes"))
        assert [item.findtext("title") for item in items] == [
            "It Takes A Community to teach at night"
        ]
        for item in items:
            assert "Night classes" in [category.text for category in item.findall("category")]

    def test_unknown_theme_is_a_404_not_an_error(self, client):
        assert client.get("/stories/feed/?theme=nope").status_code == 404

    def test_never_carries_emails(self, client):
        body = client.get("/stories/feed/").content.decode()
        assert "@" not in body
        partners = PartnerPage.objects.exclude(contact_email="")
        emails = partners.values_list("contact_email", flat=True)
        assert not any(email in body for email in emails)

    def test_library_page_advertises_the_feed(self, client):
        doc = parse(client.get("/stories/"))
        feeds = doc.find_all("link", rel="alternate", type="application/rss+xml")
        assert [feed["href"] for feed in feeds] == ["/stories/feed/"]


@pytest.mark.django_db
class TestFeaturedOnHome:
    def test_home_shows_up_to_three_featured_stories_newest_first(self, client):
        for days in (5, 1, 9, 3):
            StoryPageFactory(featured=True, date_published=days_ago(days))
        StoryPageFactory(featured=False, date_published=days_ago(0))
        response = client.get("/")
        doc = parse(response)
        featured = list(
            StoryPage.objects.live()
            .filter(featured=True, locale__language_code="en")
            .order_by("-date_published")[:3]
        )
        assert len(featured) == 3
        section = by_role(doc, "region", "Stories from the community")
        titles = [
            accessible_name(by_role(card, "heading")) for card in all_by_role(section, "article")
        ]
        assert titles == [story.title for story in featured]

    def test_unfeatured_stories_stay_off_the_home_page(self, client):
        StoryPageFactory(featured=False)
        doc = parse(client.get("/"))
        assert all_by_role(doc, "region", "Stories from the community") == []
        assert not mentions(doc, "Stories from the community")
