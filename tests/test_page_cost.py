"""What a page costs besides its queries: cache round trips, and Wagtail's privacy check.

A listing's cards come from the cache in one round trip, the cache versions are read once per
request, and a public page does not ask the database for view restrictions while no page has
one; a private page still asks for its password.
"""

from unittest import mock

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.signals import template_rendered
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from itac.page_cache import PAGES_VERSION
from tests.factories import (
    PartnerPageFactory,
    StandardPageFactory,
    StoryPageFactory,
    ThemeFactory,
)
from tests.html import all_by_role, by_role, mentions, parse, texts


class CacheReads:
    """Every key the cache is asked for during a block, one list per round trip (a backend
    that answers `get_many` key by key, as the test settings' local memory does, counts once).
    """

    def __init__(self):
        self.calls = []
        self.inside = False

    def __enter__(self):
        get, get_many = cache.get, cache.get_many

        def spy_get(key, *args, **kwargs):
            if not self.inside:
                self.calls.append([key])
            return get(key, *args, **kwargs)

        def spy_get_many(keys, *args, **kwargs):
            self.calls.append(list(keys))
            self.inside = True
            try:
                return get_many(keys, *args, **kwargs)
            finally:
                self.inside = False

        self.patches = [
            mock.patch.object(cache, "get", spy_get),
            mock.patch.object(cache, "get_many", spy_get_many),
        ]
        for patch in self.patches:
            patch.start()
        return self

    def __exit__(self, *exc):
        for patch in self.patches:
            patch.stop()

    def calls_naming(self, text):
        return [call for call in self.calls if any(text in str(key) for key in call)]


@pytest.mark.django_db
class TestCachedCards:
    def test_the_library_reads_its_cards_in_one_round_trip(self, client):
        for number in range(3):
            StoryPageFactory(title=f"Neighbours who cook together {number}")
        client.get("/stories/")  # draws the cards and keeps them
        with CacheReads() as reads:
            # Another address of the same cards: the listing drawn anew, its cards kept.
            page = parse(client.get("/stories/?page=1"))
        card_reads = reads.calls_naming(":card:story:")
        assert len(card_reads) == 1
        assert len(card_reads[0]) == len(all_by_role(by_role(page, "region", "Stories"), "article"))
        assert len(reads.calls_naming(PAGES_VERSION.key)) == 1

    def test_a_kept_card_shows_the_story_as_published_again(self, client):
        story = StoryPageFactory(summary="Neighbours opened a bakery together.")
        assert story_card(client, story).find(string="Neighbours opened a bakery together.")
        story.summary = "Neighbours and newcomers bake bread for the whole street."
        story.save_revision().publish()
        card = story_card(client, story)
        assert card.find(string="Neighbours and newcomers bake bread for the whole street.")
        assert not mentions(card, "Neighbours opened a bakery together.")

    def test_the_directory_shows_a_partner_as_published_again(self, client):
        partner = PartnerPageFactory(role_summary="Welcomes newcomers in Dublin")
        assert mentions(partner_card(client, partner), "Welcomes newcomers in Dublin")
        partner.role_summary = "Runs language cafés in Dublin"
        partner.save_revision().publish()
        card = partner_card(client, partner)
        assert mentions(card, "Runs language cafés in Dublin")
        assert not mentions(card, "Welcomes newcomers in Dublin")

    def test_publishing_a_story_keeps_the_other_stories_cards(self, client):
        for number in range(3):
            StoryPageFactory(title=f"Neighbours who cook together {number}")
        client.get("/stories/")
        StoryPageFactory(title="Neighbours who paint a mural")
        with CardsDrawn() as drawn:
            page = parse(client.get("/stories/"))
        assert by_role(page, "link", "Neighbours who paint a mural")
        assert len(all_by_role(by_role(page, "region", "Stories"), "article")) == 4
        assert drawn.titles == ["Neighbours who paint a mural"]

    def test_a_kept_card_names_its_themes_as_renamed(self, client):
        theme = ThemeFactory(name="Food and music")
        story = StoryPageFactory(themes=[theme])
        assert by_role(story_card(client, story), "list", "Themes").find(string="Food and music")
        theme.name = "Food, music and dance"
        theme.save()
        themes = by_role(story_card(client, story), "list", "Themes")
        assert texts(all_by_role(themes, "listitem")) == ["Food, music and dance"]

    def test_a_kept_card_follows_its_library_to_a_new_address(
        self, client, django_capture_on_commit_callbacks
    ):
        story = StoryPageFactory(title="Neighbours who cook together")
        assert story_card(client, story)
        library = story.get_parent().specific
        library.slug = "community-stories"
        # Wagtail says a slug changed once the change is committed.
        with django_capture_on_commit_callbacks(execute=True):
            library.save_revision().publish()
        page = parse(client.get("/community-stories/"))
        link = by_role(page, "link", "Neighbours who cook together")
        assert link["href"] == f"/community-stories/{story.slug}/"


class CardsDrawn:
    """The story cards drawn (not read from the cache) during a block, by title."""

    def __enter__(self):
        self.titles = []
        template_rendered.connect(self.drawn)
        return self

    def __exit__(self, *exc):
        template_rendered.disconnect(self.drawn)

    def drawn(self, sender, template, context, **kwargs):
        if template.name == "stories/components/story_card.html":
            self.titles.append(context["story"].title)


def story_card(client, story):
    page = parse(client.get("/stories/"))
    return by_role(page, "link", story.title).find_parent("article")


def partner_card(client, partner):
    page = parse(client.get("/partners/"))
    return by_role(page, "link", partner.title).find_parent("article")


@pytest.mark.django_db
class TestViewRestrictions:
    def test_a_public_page_does_not_ask_for_restrictions(self, client):
        page = StandardPageFactory(title="How to take part")
        client.get(page.url)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(page.url)
        assert by_role(parse(response), "heading", "How to take part")
        assert not [
            query for query in captured if "wagtailcore_pageviewrestriction" in query["sql"]
        ]

    def test_a_page_made_private_asks_for_its_password_at_once(self, client):
        page = StandardPageFactory(title="Partners' briefing")
        client.get(page.url)  # kept as public before the restriction
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="briefing-2026"
        )
        response = client.get(page.url)
        assert by_role(parse(response), "heading", "Password required")
        assert not all_by_role(parse(response), "heading", "Partners' briefing")
        restriction.delete()
        assert by_role(parse(client.get(page.url)), "heading", "Partners' briefing")
