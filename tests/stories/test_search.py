"""The public story search: each language's rules, accents, ranking, filters, bounded results.

PostgreSQL only where it is about stemming, accents and ranking (SQLite's fallback only
matches whole words); what a visitor sees in the library on either database is tested too.
"""

import datetime
from unittest import mock

import pytest
from bs4 import BeautifulSoup

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale, Page

from stories.models import StoryIndexPage, StoryPage, StorySearchDocument, StorytellerDisplay
from stories.queries import search_stories
from stories.search import ALL_CONFIGS, best_first, ranked_search
from tests.factories import PartnerPageFactory, ThemeFactory

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="Stemming, accents and ranking are PostgreSQL text search; SQLite's fallback only "
    "matches words as written.",
)


def publish_story(library, title, body, **fields):
    values = {
        "title": title,
        "summary": fields.pop("summary", "A story from the campaign."),
        "body": [{"type": "paragraph", "value": f"<p>{body}</p>"}],
        "storyteller_display": StorytellerDisplay.ANONYMOUS,
        "date_published": datetime.date(2024, 5, 1),
    }
    values.update(fields)
    story = StoryPage(**values)
    library.add_child(instance=story)
    story.save_revision().publish()
    return story


def card_titles(response):
    """The titles of the story cards a visitor sees, read from the page."""
    soup = BeautifulSoup(response.content, "html.parser")
    grid = soup.find("ul", class_="card-grid")
    if grid is None:
        return []
    return [heading.get_text(strip=True) for heading in grid.find_all(["h3"])]


def result_summary(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.find(class_="result-summary").get_text(" ", strip=True)


CONFIGS = {"es": "itac_spanish", "fr": "itac_french", "pt": "itac_portuguese", "ar": "itac_arabic"}


def library_in(language_code, english_library):
    """The library of another language: a translation of the English one, published with its
    home page."""
    locale, _created = Locale.objects.get_or_create(language_code=language_code)
    existing = StoryIndexPage.objects.filter(locale=locale).first()
    if existing is None:
        existing = english_library.copy_for_translation(locale, copy_parents=True)
    for page in existing.get_ancestors(inclusive=True).filter(depth__gte=2, live=False):
        page.specific.save_revision().publish()
    return StoryIndexPage.objects.get(pk=existing.pk)


@pytest.mark.django_db
class TestFindingStories:
    def test_a_word_finds_the_stories_that_use_it(self, client, library):
        publish_story(library, "It Takes A Community to mend bicycles", "We mend bicycles.")
        response = client.get("/stories/", {"q": "bicycles"})
        assert card_titles(response) == ["It Takes A Community to mend bicycles"]
        assert result_summary(response).startswith("1 story")

    def test_search_and_filters_combine(self, client, library):
        publish_story(library, "It Takes A Community to plant olives", "Olives.", country="GR")
        publish_story(library, "It Takes A Community to press olives", "Olives.", country="ES")
        response = client.get("/stories/", {"q": "olives", "country": "ES"})
        assert card_titles(response) == ["It Takes A Community to press olives"]

    def test_every_filter_narrows_a_search(self, client, library):
        # Words and filters are matched together (on PostgreSQL in one index): a story is found
        # only when it has the word and every filter's value.
        housing, food = ThemeFactory(slug="homes"), ThemeFactory(slug="food")
        partner = PartnerPageFactory()
        wanted = publish_story(
            library,
            "It Takes A Community to fix roofs",
            "Roofs.",
            country="KE",
            told_in_language="es",
            partner=partner,
            themes=[housing],
        )
        publish_story(library, "Roofs elsewhere", "Roofs.", country="UG", themes=[housing])
        publish_story(library, "Roofs, other theme", "Roofs.", country="KE", themes=[food])
        publish_story(library, "Roofs, other language", "Roofs.", country="KE", themes=[housing])
        publish_story(library, "Kenyan bread", "Bread.", country="KE", themes=[housing])
        filters = {
            "q": "roofs",
            "country": "KE",
            "theme": "homes",
            "language": "es",
            "partner": partner.slug,
        }
        assert card_titles(client.get("/stories/", filters)) == [wanted.title]
        found = card_titles(client.get("/stories/", {"q": "roofs", "theme": "homes"}))
        assert sorted(found) == sorted([wanted.title, "Roofs elsewhere", "Roofs, other language"])

    def test_a_search_follows_a_story_whose_themes_and_country_change(self, client, library):
        housing, food = ThemeFactory(slug="homes"), ThemeFactory(slug="food")
        story = publish_story(library, "Gardens", "Allotments.", country="KE", themes=[housing])
        story.themes = [food]
        story.country = "TZ"
        story.save_revision().publish()
        asked = {"q": "allotments", "country": "TZ", "theme": "food"}
        assert card_titles(client.get("/stories/", asked)) == ["Gardens"]
        asked = {"q": "allotments", "theme": "homes"}
        assert card_titles(client.get("/stories/", asked)) == []
        assert card_titles(client.get("/stories/", {**asked, "country": "KE"})) == []

    def test_an_unpublished_story_is_no_longer_found(self, client, library):
        first = publish_story(library, "Quilts one", "Patchwork quilts.")
        second = publish_story(library, "Quilts two", "Patchwork quilts.")
        first.unpublish()
        # Unpublished as a plain page (as a page's descendants may be), without its own save.
        Page.objects.filter(pk=second.pk).unpublish()
        assert card_titles(client.get("/stories/", {"q": "patchwork"})) == []
        second.save_revision().publish()
        assert card_titles(client.get("/stories/", {"q": "patchwork"})) == ["Quilts two"]

    def test_a_story_moved_to_another_library_is_found_there_only(self, library):
        other = library_in("es", library)
        story = publish_story(library, "Paper lanterns", "Lanterns of paper.")
        story.move(other, pos="last-child")
        assert search_stories(other, "lanterns") == ([story.pk], False)
        assert search_stories(library, "lanterns") == ([], False)

    def test_a_draft_is_never_found(self, client, library):
        story = StoryPage(
            title="It Takes A Community to keep a quiet secret",
            live=False,
            summary="Not yet public.",
            body=[{"type": "paragraph", "value": "<p>Marzipan.</p>"}],
        )
        library.add_child(instance=story)
        assert card_titles(client.get("/stories/", {"q": "marzipan"})) == []

    def test_unpublished_draft_words_stay_out_of_the_search(self, client, library):
        story = publish_story(library, "It Takes A Community to bake bread", "Sourdough.")
        story.body = [{"type": "paragraph", "value": "<p>Pumpernickel secret.</p>"}]
        story.save_revision()  # a draft of changes, not published
        assert card_titles(client.get("/stories/", {"q": "pumpernickel"})) == []
        assert card_titles(client.get("/stories/", {"q": "sourdough"})) == [story.title]


@postgresql_only
@pytest.mark.django_db
class TestLanguageRules:
    def test_english_stemming_finds_refugees_from_refugee(self, client, library):
        publish_story(library, "It Takes A Community to cook", "Refugees cooked for everyone.")
        assert "It Takes A Community to cook" in card_titles(
            client.get("/stories/", {"q": "refugee"})
        )

    def test_accents_do_not_matter(self, client, library):
        publish_story(library, "It Takes A Community to dance", "A dance school.", city="São Paulo")
        assert "It Takes A Community to dance" in card_titles(
            client.get("/stories/", {"q": "sao paulo"})
        )

    def test_the_place_is_found_by_its_country_name(self, client, library):
        publish_story(library, "It Takes A Community to row", "A rowing club.", country="NO")
        assert card_titles(client.get("/stories/", {"q": "norway"})) == [
            "It Takes A Community to row"
        ]

    def test_the_storyteller_is_found_only_by_the_name_they_chose_to_show(self, client, library):
        publish_story(
            library,
            "It Takes A Community to paint a mural",
            "Paint.",
            storyteller_display=StorytellerDisplay.PSEUDONYM,
            storyteller_name="Zephyrine",
        )
        assert card_titles(client.get("/stories/", {"q": "zephyrine"})) == [
            "It Takes A Community to paint a mural"
        ]

    @pytest.mark.parametrize(
        ("language", "title", "body", "query"),
        [
            (
                "es",
                "Hace falta una comunidad para abrir panaderías",
                "Las comunidades migrantes abrieron panaderías en el barrio.",
                "comunidad",
            ),
            (
                "fr",
                "Il faut une communauté pour ouvrir des boulangeries",
                "Les réfugiés ont ouvert des boulangeries dans le quartier.",
                "boulangerie",
            ),
            (
                "pt",
                "É preciso uma comunidade para abrir padarias",
                "Os vizinhos abriram padarias no bairro.",
                "padaria",
            ),
            (
                "ar",
                "يتطلب الأمر مجتمعًا لفتح مخبز",
                "ساعد اللاجئون الجيران في فتح مخبز في الحي.",
                "لاجئ",
            ),
        ],
    )
    def test_each_language_finds_its_stories_by_an_inflected_word(
        self, client, library, language, title, body, query
    ):
        # A title without Latin letters gets a number for its address, as submissions do.
        slug = "2024" if language == "ar" else ""
        # Told in that language, in the main library, and translated into that language's own.
        told = publish_story(library, title, body, told_in_language=language, slug=slug)
        assert told.title in card_titles(client.get("/stories/", {"q": query}))
        own_library = library_in(language, library)
        translated = publish_story(own_library, title, body, told_in_language="en", slug=slug)
        assert StorySearchDocument.objects.get(story=translated).config == CONFIGS[language]
        found = card_titles(client.get(f"/{language}/stories/", {"q": query}))
        assert translated.title in found

    def test_titles_weigh_more_than_summaries_and_bodies(self, client, library):
        in_body = publish_story(
            library,
            "It Takes A Community to light a street",
            "We talked about lanterns all night.",
            date_published=datetime.date(2025, 1, 1),
        )
        in_title = publish_story(
            library,
            "It Takes A Community to hang lanterns",
            "A festival of light.",
            date_published=datetime.date(2019, 1, 1),
        )
        found = card_titles(client.get("/stories/", {"q": "lanterns"}))
        assert found.index(in_title.title) < found.index(in_body.title)

    @pytest.fixture
    def eight_community_stories(self, library):
        for number in range(8):
            publish_story(library, f"It Takes A Community {number}", "Neighbours helped.")

    def test_a_common_word_gives_a_bounded_answer(self, library, eight_community_stories):
        everything, more = search_stories(library, "community", limit=1000)
        assert more is False
        assert len(everything) == 8
        first, more = search_stories(library, "community", limit=5)
        assert more is True
        assert len(first) == 5

    def test_more_than_the_limit_is_said_plainly(
        self, client, monkeypatch, eight_community_stories
    ):
        monkeypatch.setattr("stories.views.SEARCH_LIMIT", 5)
        response = client.get("/stories/", {"q": "community"})
        assert result_summary(response).startswith("More than 5 stories")
        assert len(card_titles(response)) == 5


@pytest.mark.django_db
@postgresql_only
class TestReadingTheWords:
    @pytest.fixture
    def bakery_and_mural(self, library):
        publish_story(library, "It Takes A Community to bake", "New neighbours opened a bakery.")
        publish_story(library, "It Takes A Community to paint", "Neighbours, new and old, painted.")

    @pytest.mark.usefixtures("bakery_and_mural")
    def test_quotes_still_mean_a_phrase_and_or_either(self, client):
        response = client.get("/stories/", {"q": '"new neighbours"'})
        assert card_titles(response) == ["It Takes A Community to bake"]
        response = client.get("/stories/", {"q": "bakery or painted"})
        assert sorted(card_titles(response)) == [
            "It Takes A Community to bake",
            "It Takes A Community to paint",
        ]

    @pytest.mark.usefixtures("bakery_and_mural")
    def test_a_word_after_a_minus_is_left_out_in_every_language(self, client):
        response = client.get("/stories/", {"q": "neighbours -bakery"})
        assert card_titles(response) == ["It Takes A Community to paint"]
        response = client.get("/stories/", {"q": "neighbours -bakeries"})
        assert card_titles(response) == ["It Takes A Community to paint"]

    def test_every_language_reads_the_words_and_a_word_read_alike_is_looked_for_once(self, library):
        # One reading per distinct way the languages read the words, worked out while the
        # query is planned: "community" is "communiti" in English and "community" elsewhere.
        explained = ranked_search(library, "community", 10).explain()
        assert "'''communiti'' | ''community'''::tsquery" in explained
        with connection.cursor() as cursor:
            cursor.execute("SELECT prosrc FROM pg_proc WHERE proname = 'itac_search_query'")
            (source,) = cursor.fetchone()
        for config in ALL_CONFIGS:
            assert f"'{config}'" in source

    def test_words_no_language_keeps_find_nothing(self, client, library):
        publish_story(library, "It Takes A Community to sing", "The choir sang.")
        response = client.get("/stories/", {"q": "-"})
        assert response.status_code == 200
        assert card_titles(response) == []


@pytest.mark.django_db
class TestPagingThroughASearch:
    @pytest.fixture
    def six_lantern_stories(self, library, monkeypatch):
        monkeypatch.setattr("stories.views.PAGE_SIZE", 3)
        for number in range(6):
            publish_story(library, f"It Takes A Community to light lantern {number}", "Paper.")

    @postgresql_only
    @pytest.mark.usefixtures("six_lantern_stories")
    def test_the_next_page_is_not_searched_again(self, client):
        first = client.get("/stories/", {"q": "lantern"})
        with CaptureQueriesContext(connection) as captured:
            second = client.get("/stories/", {"q": "lantern", "page": "2"})
        assert len(card_titles(first)) == len(card_titles(second)) == 3
        assert not set(card_titles(first)) & set(card_titles(second))
        assert not [q for q in captured.captured_queries if "search_vector" in q["sql"]]

    @pytest.mark.usefixtures("six_lantern_stories")
    def test_a_story_published_since_is_found_at_once(self, client, library):
        assert result_summary(client.get("/stories/", {"q": "lantern"})).startswith("6 stories")
        publish_story(library, "It Takes A Community to fold a lantern", "Paper.")
        assert result_summary(client.get("/stories/", {"q": "lantern"})).startswith("7 stories")

    @pytest.mark.usefixtures("six_lantern_stories")
    def test_a_story_moved_away_leaves_the_search_at_once(self, client, library):
        client.get("/stories/", {"q": "lantern"})
        story = StoryPage.objects.get(title="It Takes A Community to light lantern 0")
        story.move(library_in("es", library), pos="last-child")
        assert result_summary(client.get("/stories/", {"q": "lantern"})).startswith("5 stories")

    @pytest.mark.usefixtures("six_lantern_stories")
    def test_nobodys_words_are_written_in_the_cache_keys(self, client):
        with mock.patch.object(cache, "set", wraps=cache.set) as kept:
            client.get("/stories/", {"q": "lantern"})
        keys = [call.args[0] for call in kept.call_args_list]
        assert any(key.startswith("stories:search:") for key in keys)
        assert not [key for key in keys if "lantern" in key]


def test_the_best_answer_first_then_the_newest_of_equal_rank():
    # Rows as the search reads them (id, rank, date published), newest first; a document
    # without a date (none is written without one) comes first among equals, as in PostgreSQL.
    rows = [
        (4, 0.5, datetime.date(2026, 5, 1)),
        (3, 0.9, datetime.date(2020, 1, 1)),
        (2, 0.5, None),
        (1, 0.5, datetime.date(2026, 5, 1)),
    ]
    assert [row[0] for row in sorted(rows, key=best_first, reverse=True)] == [3, 2, 4, 1]
