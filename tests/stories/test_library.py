"""The library at /stories/: cards, combined filters, search, counts, pages, bad input."""

import datetime
from unittest import mock

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from partners.models import PartnerPage
from stories.models import StoryPage, StorytellerDisplay
from tests.factories import PartnerPageFactory, StoryPageFactory, ThemeFactory
from tests.html import (
    accessible_name,
    all_by_role,
    by_label,
    by_role,
    hrefs,
    mentions,
    parse,
    texts,
    visible_text,
)

from .conftest import story_count


def choices(select):
    return {option["value"] for option in select.find_all("option")} - {""}


def country_choices(client):
    return choices(by_label(parse(client.get("/stories/")), "Country"))


def titles(response):
    return [story.title for story in response.context["stories"]]


@pytest.fixture(autouse=True)
def stories(db):
    """Five stories from three countries, two of them told in French with the City of
    Montreal, one about soup in Dublin; two themes."""
    food = ThemeFactory(name="Food and music", slug="food-and-music")
    homes = ThemeFactory(name="Homes for all", slug="homes-for-all")
    montreal = PartnerPageFactory(title="City of Montreal", slug="montreal")
    today = datetime.date(2026, 6, 1)
    for days, title, country, city, themes, partner, language in [
        (3, "fill a bowl on a winter night", "IE", "Dublin", [homes], None, "en"),
        (1, "share a recipe and a microphone", "CA", "Montreal", [food], montreal, "fr"),
        (5, "build a skating rink", "CA", "Montreal", [homes], montreal, "fr"),
        (2, "mend a roof", "KE", "Nairobi", [homes], None, "en"),
        (4, "open a bakery", "BE", "Mechelen", [food], None, "en"),
    ]:
        StoryPageFactory(
            title=f"It Takes A Community to {title}",
            country=country,
            city=city,
            themes=themes,
            partner=partner,
            told_in_language=language,
            date_published=today - datetime.timedelta(days=days),
            body=[("paragraph", f"<p>{'A pot of soup. ' if country == 'IE' else ''}{title}.</p>")],
        )


@pytest.mark.django_db
class TestListing:
    def test_lists_the_stories_newest_first(self, client):
        response = client.get("/stories/")
        assert response.status_code == 200
        stories = list(response.context["stories"])
        assert len(stories) == 5
        dates = [story.date_published for story in stories]
        assert dates == sorted(dates, reverse=True)
        results = by_role(parse(response), "region", "Stories")
        cards = {
            accessible_name(by_role(card, "heading")): visible_text(card)
            for card in all_by_role(results, "article")
        }
        assert "Dublin, Ireland" in cards["It Takes A Community to fill a bowl on a winter night"]
        assert f"{story_count(response)} stories" in visible_text(by_role(results, "status"))

    def test_twelve_per_page_and_a_page_past_the_end_shows_the_last(
        self, client, many_stories, library
    ):
        many_stories(20)
        total = StoryPage.objects.live().child_of(library).count()
        last = (total + 11) // 12
        first = client.get("/stories/")
        assert len(first.context["stories"]) == 12
        assert parse(first).find("a", rel="next", href=True) is not None
        past = client.get("/stories/?page=999")
        assert past.status_code == 200
        assert past.context["page_obj"].number == last
        assert client.get("/stories/?page=abc").context["page_obj"].number == 1

    def test_filters_combine(self, client):
        response = client.get("/stories/?country=CA&theme=food-and-music")
        assert titles(response) == ["It Takes A Community to share a recipe and a microphone"]
        doc = parse(response)
        assert visible_text(by_role(doc, "status")).startswith("1 story")
        # Each active filter links to the listing without it.
        in_use = doc.find("h3", string="Filters in use").find_next("ul")
        assert "?theme=food-and-music" in hrefs(in_use)
        assert "?country=CA" in hrefs(in_use)

    def test_partner_and_language_filters(self, client):
        by_partner = client.get("/stories/?partner=montreal")
        assert story_count(by_partner) == 2
        assert all(story.partner.slug == "montreal" for story in by_partner.context["stories"])
        in_french = client.get("/stories/?language=fr")
        assert {story.told_in_language for story in in_french.context["stories"]} == {"fr"}
        assert story_count(in_french) == 2

    def test_country_codes_are_read_in_any_case(self, client):
        assert story_count(client.get("/stories/?country=ie")) == 1

    @pytest.mark.parametrize(
        ("query", "message"),
        [
            ("country=XX", "There is no country with the code"),
            ("theme=no-such-theme", "There is no theme called"),
            ("partner=nobody", "No partner called"),
            ("language=zz", "There is no language with the code"),
            ("theme=%FF%3Cscript%3E", "There is no theme called"),  # NUL: a 400 (test_odd_input)
        ],
    )
    def test_unknown_values_give_a_clear_empty_result(self, client, query, message):
        response = client.get(f"/stories/?{query}")
        assert response.status_code == 200
        assert story_count(response) == 0
        doc = parse(response)
        assert message in visible_text(doc)
        assert "No stories match." in visible_text(doc)
        assert [script for script in doc.find_all("script") if not script.attrs] == []

    def test_empty_state_suggests_removing_a_filter(self, client):
        response = client.get("/stories/?country=JO&theme=homes-for-all")
        doc = parse(response)
        assert "No stories match." in visible_text(doc)
        assert "Try removing a filter" in visible_text(doc)
        remove = [
            link for link in all_by_role(doc, "link") if link["href"] == "?theme=homes-for-all"
        ]
        assert any(accessible_name(link).startswith("Remove") for link in remove)

    def test_filter_form_is_plain_get_with_labels(self, client):
        doc = parse(client.get("/stories/"))
        form = by_role(doc, "search", "Find stories")
        assert form.name == "form" and form["method"] == "get"
        labels = {
            "Search stories": "q",
            "Country": "country",
            "Theme": "theme",
            "Shared by": "partner",
            "Told in": "language",
        }
        for label, name in labels.items():
            assert by_label(form, label)["name"] == name

    def test_only_countries_with_stories_are_offered(self, client):
        country = by_label(parse(client.get("/stories/")), "Country")
        choices = {option["value"] for option in country.find_all("option")}
        assert "IE" in choices and "FR" not in choices

    def test_a_story_of_a_new_country_is_offered_at_once(self, client):
        assert "FR" not in country_choices(client)
        StoryPageFactory(title="It Takes A Community to open a library in Lyon", country="FR")
        assert "FR" in country_choices(client)

    def test_a_story_of_a_new_partner_and_language_is_offered_at_once(self, client):
        doc = parse(client.get("/stories/"))
        assert "mayors" not in choices(by_label(doc, "Shared by"))
        assert "ar" not in choices(by_label(doc, "Told in"))
        mayors = PartnerPageFactory(title="Mayors Migration Council", slug="mayors")
        StoryPageFactory(country="IE", told_in_language="ar", partner=mayors)
        doc = parse(client.get("/stories/"))
        assert "mayors" in choices(by_label(doc, "Shared by"))
        assert "ar" in choices(by_label(doc, "Told in"))

    def test_a_story_like_the_others_leaves_the_filters_as_they_were(self, client):
        """The options are worked out over every story: publishing a story of a country,
        language and partner already offered does not work them out again."""
        choices = country_choices(client)
        montreal = PartnerPage.objects.get(slug="montreal")
        StoryPageFactory(country="IE", told_in_language="fr", partner=montreal)
        with CaptureQueriesContext(connection) as captured:
            assert country_choices(client) == choices
        assert not [query for query in captured.captured_queries if "DISTINCT" in query["sql"]]

    def test_the_last_story_of_a_country_unpublished_is_no_longer_offered(self, client):
        (kenyan,) = StoryPage.objects.filter(country="KE")
        assert "KE" in country_choices(client)
        kenyan.unpublish()
        assert "KE" not in country_choices(client)

    def test_drafts_are_not_listed(self, client, library):
        draft = StoryPage(
            title="It Takes A Community to keep a secret",
            summary="Not yet published.",
            body=[{"type": "paragraph", "value": "<p>Draft.</p>"}],
            storyteller_display=StorytellerDisplay.ANONYMOUS,
            live=False,
        )
        library.add_child(instance=draft)
        assert not mentions(parse(client.get("/stories/")), "keep a secret")
        assert client.get("/stories/it-takes-a-community-to-keep-a-secret/").status_code == 404


@pytest.mark.django_db
class TestSearch:
    def test_finds_stories_by_their_words(self, client):
        response = client.get("/stories/?q=soup")
        assert "It Takes A Community to fill a bowl on a winter night" in titles(response)
        assert "Search: “soup”" in visible_text(parse(response))

    def test_search_combines_with_filters(self, client):
        assert story_count(client.get("/stories/?q=soup&country=BR")) == 0

    @pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="Ranking by field weight needs PostgreSQL; SQLite's fallback only matches.",
    )
    def test_titles_weigh_more_than_body_text(self, client, library):
        body_only = StoryPage(
            title="It Takes A Community to plant trees",
            summary="A street plants trees.",
            body=[{"type": "paragraph", "value": "<p>We also talked about lanterns.</p>"}],
            date_published=datetime.date.today(),
        )
        in_title = StoryPage(
            title="It Takes A Community to light lanterns",
            summary="A street lights up.",
            body=[{"type": "paragraph", "value": "<p>A festival of light.</p>"}],
            date_published=datetime.date(2020, 1, 1),
        )
        for page in (body_only, in_title):
            library.add_child(instance=page)
            page.save_revision().publish()
        found = titles(client.get("/stories/?q=lanterns"))
        assert found.index(in_title.title) < found.index(body_only.title)

    def test_a_search_with_no_match_shows_the_empty_state(self, client):
        response = client.get("/stories/?q=zzzxqv")
        assert response.status_code == 200
        assert "No stories match." in visible_text(parse(response))


@pytest.mark.django_db
def test_themes_on_cards(client):
    doc = parse(client.get("/stories/?theme=homes-for-all"))
    card_themes = [
        texts(all_by_role(tags, "listitem")) for tags in all_by_role(doc, "list", "Themes")
    ]
    assert len(card_themes) == 3 and all("Homes for all" in themes for themes in card_themes)


@pytest.mark.django_db
def test_the_themes_names_are_read_once_for_all_the_cards(client):
    """Every card names its themes in the visitor's language: one read of the names for the
    whole listing, not one a card."""
    from django.core.cache import cache

    reads = []
    real_get = cache.get

    def counting_get(key, *args, **kwargs):
        if key.startswith("stories:theme-names:"):
            reads.append(key)
        return real_get(key, *args, **kwargs)

    with mock.patch.object(cache, "get", counting_get):
        doc = parse(client.get("/stories/"))
    assert len(all_by_role(doc, "list", "Themes")) == 5
    assert len(reads) == 1
