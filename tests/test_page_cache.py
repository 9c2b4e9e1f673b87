"""What the layout caches (navigation, translations, settings) follows every change at once."""

import datetime

import pytest

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

from itac.models import CampaignSettings, StandardPage
from itac.page_cache import KeptPages
from stories.models import StoryIndexPage, StoryPage
from tests.factories import StoryPageFactory, ThemeFactory, UserFactory
from tests.html import all_by_role, by_role, definitions, mentions, parse, visible_text


def addresses(response):
    """Every href in the page (links, and link elements in its head)."""
    return [element["href"] for element in parse(response).find_all(href=True)]


@pytest.fixture
def about(db):
    return StandardPage.objects.live().get(slug="about", locale__language_code="en")


@pytest.mark.django_db
class TestLayoutCaches:
    def test_an_unpublished_page_leaves_the_navigation_at_once(self, client, about):
        client.get("/privacy/")  # fills the cache
        assert "/about/" in addresses(client.get("/privacy/"))
        about.unpublish()
        assert "/about/" not in addresses(client.get("/privacy/"))

    def test_a_renamed_page_is_linked_by_its_new_address(self, client, about):
        client.get("/privacy/")
        about.slug = "about-us"
        about.save_revision().publish()
        links = addresses(client.get("/privacy/"))
        assert "/about-us/" in links and "/about/" not in links

    def test_saved_campaign_settings_show_at_once(self, client, home_page):
        client.get("/about/")
        campaign = CampaignSettings.for_site(home_page.get_site())
        campaign.hashtag = "#WelcomeHere"
        campaign.save()
        footer = by_role(parse(client.get("/about/")), "contentinfo")
        assert "#WelcomeHere" in footer.get_text()

    def test_a_new_translation_joins_the_language_switcher(self, client, about):
        from wagtail.models import Locale

        french = Locale.objects.get(language_code="fr")
        # The demo translates the page: take its French version away, then make it anew.
        for existing in about.get_translations().filter(locale=french):
            existing.delete()
        client.get("/about/")
        translation = about.copy_for_translation(french, copy_parents=True)
        translation.save_revision().publish()
        doc = parse(client.get("/about/"))
        assert doc.find("a", href=translation.url, lang="fr") is not None

    def test_every_content_page_costs_the_same_few_queries(
        self, client, about, django_assert_max_num_queries
    ):
        client.get("/about/")
        with django_assert_max_num_queries(7):
            client.get("/about/")
        assert Page.objects.live().count() > 10


@pytest.mark.django_db
class TestPreviewsAndTheFragmentCache:
    """The home page's sections are kept in the cache for every visitor; a preview neither
    takes them from it nor keeps its own there (`{% wagtailcache %}`).

    A change this process's cache did not hear of (published through another process, each
    with its own cache) stands for a stale copy: it reaches the story's row, not the version.
    """

    @pytest.fixture
    def featured(self, db):
        return StoryPageFactory(featured=True, title="Bakery on the corner")

    @staticmethod
    def renamed_elsewhere(story, title):
        StoryPage.objects.filter(pk=story.pk).update(
            title=title, last_published_at=story.last_published_at + datetime.timedelta(seconds=1)
        )

    @staticmethod
    def preview(home_page, **changes):
        """The home page as an editor previews it from its edit form, with `changes`."""
        editor = Client()
        editor.force_login(UserFactory(group="Editors"))
        url = f"/admin/pages/{home_page.pk}/edit/preview/"
        fields = {
            "title": home_page.title,
            "slug": home_page.slug,
            "hero_heading": home_page.hero_heading,
            "hero_text": home_page.hero_text,
            "main_actions": streamfield([]),
            "body": streamfield([]),
            **changes,
        }
        assert editor.post(url, nested_form_data(fields)).json()["is_valid"]
        response = editor.get(url)
        assert response.status_code == 200
        return visible(response)

    def test_a_preview_shows_the_draft_and_what_is_live_now_not_the_kept_copy(
        self, home_page, featured
    ):
        assert "Bakery on the corner" in visible(Client().get("/"))  # now kept in the cache
        self.renamed_elsewhere(featured, "Bakery by the station")

        previewed = self.preview(home_page, hero_text="A draft lead for the front door")
        assert "A draft lead for the front door" in previewed
        assert "Bakery by the station" in previewed and "Bakery on the corner" not in previewed
        # Visitors are still served the copy kept for them, until the version changes.
        assert "Bakery on the corner" in visible(Client().get("/"))

    def test_a_preview_keeps_nothing_for_visitors(self, home_page, featured):
        assert "Bakery on the corner" in self.preview(home_page)
        self.renamed_elsewhere(featured, "Bakery by the station")
        assert "Bakery by the station" in visible(Client().get("/"))


def visible(response):
    return visible_text(parse(response))


@pytest.mark.django_db
class TestKeptStoryContent:
    """A story's content is kept per publication and language (stories/story_page.html), so a
    second visit draws nothing of it anew; what visitors then read is still what is published."""

    @pytest.fixture
    def story(self, db):
        theme = ThemeFactory(name="Food and neighbours")
        StoryPageFactory(title="Soup for the whole street", themes=[theme])
        return StoryPageFactory(
            title="Bread at dawn", summary="Neighbours opened a bakery together.", themes=[theme]
        )

    def test_a_second_visit_draws_nothing_of_the_story_anew(self, client, story):
        client.get(story.url)
        with CaptureQueriesContext(connection) as captured:
            page = parse(client.get(story.url))
        assert by_role(page, "heading", "Bread at dawn")
        related = by_role(page, "region", "More stories like this")
        assert by_role(related, "link", "Soup for the whole street")
        asked = " ".join(query["sql"] for query in captured)
        assert "stories_storypage_themes" not in asked and "wagtailimages_rendition" not in asked

    def test_a_story_published_again_is_read_as_published(self, client, story):
        assert by_role(parse(client.get(story.url)), "heading", "Bread at dawn")
        story.summary = "Newcomers and neighbours bake for the whole street."
        story.save_revision().publish()
        page = parse(client.get(story.url))
        assert mentions(page, "Newcomers and neighbours bake for the whole street.")
        assert not mentions(page, "Neighbours opened a bakery together.")

    def test_a_preview_shows_the_draft_and_keeps_nothing_for_visitors(self, client, story):
        client.get(story.url)
        story.summary = "A draft the editor is still writing."
        preview = parse(story.make_preview_request())
        assert mentions(preview, "A draft the editor is still writing.")
        page = parse(client.get(story.url))
        assert mentions(page, "Neighbours opened a bakery together.")
        assert not mentions(page, "A draft the editor is still writing.")

    def test_each_language_keeps_its_own_copy(self, client, story):
        assert definitions(parse(client.get(story.url)))["Told by"]
        arabic = parse(client.get(f"/ar{story.url}"))
        assert "Told by" not in definitions(arabic)
        assert by_role(arabic, "heading", "Bread at dawn")


@pytest.mark.django_db
def test_the_home_page_hero_is_read_as_published(client, home_page):
    assert by_role(parse(client.get("/")), "heading", home_page.hero_heading)
    home_page.hero_heading = "Every neighbour counts"
    home_page.save_revision().publish()
    assert by_role(parse(client.get("/")), "heading", "Every neighbour counts")


@pytest.mark.django_db
class TestKeptLibrary:
    """The library's content is kept by each process per address (itac.page_cache.kept_listing):
    asked again it costs no query, and visitors still see what is published, in their language."""

    @pytest.fixture
    def library(self, db):
        return StoryIndexPage.objects.get(locale__language_code="en", slug="stories")

    def test_an_address_asked_again_costs_no_query_and_shows_the_same(self, client):
        StoryPageFactory(title="Bread at dawn")
        first = parse(client.get("/stories/?q=bread"))
        with CaptureQueriesContext(connection) as captured:
            again = parse(client.get("/stories/?q=bread"))
        assert len(captured) == 0
        assert by_role(again, "link", "Bread at dawn")
        assert visible_text(by_role(again, "status")) == visible_text(by_role(first, "status"))

    def test_each_search_and_filter_is_its_own(self, client):
        StoryPageFactory(title="Bread at dawn")
        StoryPageFactory(title="Soup for the whole street")
        client.get("/stories/?q=bread")
        page = parse(client.get("/stories/?q=soup"))
        assert by_role(page, "link", "Soup for the whole street")
        assert not all_by_role(page, "link", "Bread at dawn")

    def test_a_story_published_shows_at_once(self, client):
        client.get("/stories/")
        StoryPageFactory(title="A repair cafe on Saturdays")
        assert by_role(parse(client.get("/stories/")), "link", "A repair cafe on Saturdays")

    def test_each_language_keeps_its_own(self, client):
        english = parse(client.get("/stories/"))
        arabic = parse(client.get("/ar/stories/"))
        assert arabic.find("html")["dir"] == "rtl"
        assert visible_text(by_role(arabic, "status")) != visible_text(by_role(english, "status"))

    def test_a_preview_shows_the_draft_and_keeps_nothing_for_visitors(self, client, library):
        client.get("/stories/")
        library.introduction = "A draft introduction the editor is still writing."
        assert mentions(parse(library.make_preview_request()), "A draft introduction")
        assert not mentions(parse(client.get("/stories/")), "A draft introduction")


def test_kept_pages_forget_the_oldest_past_their_limit(db):
    kept = KeptPages(most=2)
    for number in range(3):
        assert kept.get(number, lambda number=number: f"listing {number}") == f"listing {number}"
    assert kept.get(0, lambda: "drawn anew") == "drawn anew"
    assert kept.get(2, lambda: "drawn anew") == "listing 2"
