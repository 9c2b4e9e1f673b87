"""The library's queries are served by indexes, whatever the number of stories.

EXPLAIN on a few thousand generated stories with sequential scans disabled: the plan must use
the index meant for each query (it could not if the index did not match the query's shape).
Timings are benchmarks (bench/, docs/performance.md), not tests.
"""

import pytest

from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from stories.models import StoryIndexPage, StoryPage, StorySearchDocument, Theme
from stories.queries import (
    count_library_stories,
    library_stories,
    newest_first,
    related_stories,
    rows_for_cards,
    theme_ids,
)
from stories.search import FILTER_COLUMNS, ranked_search, refresh_filters
from stories.synthetic import add_synthetic_stories
from tests.factories import PartnerPageFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="Index use is read from PostgreSQL's EXPLAIN; SQLite has no GIN index.",
    ),
]


@pytest.fixture(scope="module")
def generated_library(django_db_setup, django_db_blocker):
    """Three thousand synthetic stories with fresh planner statistics, made once for the
    module's tests (each runs in a savepoint inside) and rolled back after the last one."""
    with django_db_blocker.unblock(), transaction.atomic():
        library = StoryIndexPage.objects.get(locale__language_code="en", slug="stories")
        themes = list(Theme.objects.filter(locale__language_code="en"))
        for _partner in range(3):  # the generated stories name a partner for some
            PartnerPageFactory()
        add_synthetic_stories(library, 3000, themes, admin_search=False)
        yield library
        transaction.set_rollback(True)


@pytest.fixture
def generated(generated_library, db):
    """The generated library, with sequential scans off for the test."""
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
    return generated_library


GIN_INDEX = "stories_search_gin"


def plan(queryset):
    return queryset.explain()


def plan_of(sql):
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN {sql}")
        return "\n".join(row[0] for row in cursor.fetchall())


def index_condition(explained, index):
    """The condition a plan's scan of `index` is asked with ("" if the plan does not use it)."""
    lines = explained.splitlines()
    for number, line in enumerate(lines):
        named = f" on {index} " in f"{line} " or f" using {index} " in line
        if named and "Scan" in line:
            following = lines[number + 1] if number + 1 < len(lines) else ""
            return following.strip() if "Index Cond" in following else line.strip()
    return ""


def test_a_search_finds_its_words_through_the_gin_index(generated):
    condition = index_condition(plan(ranked_search(generated, "zanzibar", 200)), GIN_INDEX)
    assert "search_vector @@" in condition
    assert "library_id =" in condition


@pytest.mark.parametrize("word", ["padaria", "community"])
def test_a_search_with_filters_matches_words_and_filters_in_one_index_scan(generated, word):
    # A rare word or one most stories use, with a country, a theme and a language: the GIN
    # index answers the words and every filter at once (a bitmap of the stories that have them
    # all), so only those stories' rows are read, and only the newest of them ranked.
    theme = Theme.objects.get(slug="housing", locale_id=generated.locale_id)
    query = ranked_search(
        generated, word, 200, country="BR", language="pt", theme_ids=theme_ids(theme)
    )
    explained = plan(query)
    condition = index_condition(explained, GIN_INDEX)
    assert "Bitmap Index Scan" in explained
    for searched in ("search_vector @@", "library_id =", "country", "theme_ids &&"):
        assert searched in condition
    assert "told_in_language" in condition
    assert "Seq Scan" not in explained


@pytest.mark.parametrize("word", ["padaria", "community"])
def test_a_search_ranks_its_matches_as_it_reads_them(generated, word):
    # The newest matches are ranked in the one scan that finds them: no document is read twice
    # (by its primary key, to be ranked after the newest were chosen).
    theme = Theme.objects.get(slug="housing", locale_id=generated.locale_id)
    explained = plan(ranked_search(generated, word, 200, country="BR", theme_ids=theme_ids(theme)))
    documents = [
        line for line in explained.splitlines() if " on stories_storysearchdocument" in line
    ]
    assert len(documents) == 1, explained
    assert "Seq Scan" not in explained


def test_a_common_word_with_a_theme_checks_the_theme_before_the_words(generated):
    # Walking the newest documents until enough match (a word most stories use), each one's
    # theme is checked before its words, the costlier test.
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_bitmapscan = off")
    theme = Theme.objects.get(slug="housing", locale_id=generated.locale_id)
    explained = plan(ranked_search(generated, "community", 200, theme_ids=theme_ids(theme)))
    (checked,) = [line for line in explained.splitlines() if "theme_ids &&" in line]
    assert checked.index("theme_ids &&") < checked.index("search_vector @@")


def test_a_partner_search_matches_the_partner_in_the_index(generated):
    partner_id = (
        StoryPage.objects.exclude(partner=None).values_list("partner_id", flat=True).first()
    )
    condition = index_condition(
        plan(ranked_search(generated, "padaria", 200, partner_id=partner_id)), GIN_INDEX
    )
    assert "partner_id =" in condition


def test_the_search_documents_copy_what_the_library_filters_on(generated):
    # The bulk loader writes the copies itself (COPY): they must be those the stories' rows
    # give (stories.search.refresh_filters reads them from there).
    sample = list(
        StorySearchDocument.objects.filter(story__in=library_stories(generated))
        .order_by("story_id")
        .values_list(*FILTER_COLUMNS)[:200]
    )
    refresh_filters()
    again = list(
        StorySearchDocument.objects.filter(story__in=library_stories(generated))
        .order_by("story_id")
        .values_list(*FILTER_COLUMNS)[:200]
    )
    assert len(sample) == 200
    assert sample == again


@pytest.mark.parametrize(
    ("filters", "index"),
    [
        ({}, "stories_newest"),
        ({"country": "CA"}, "stories_country_newest"),
        ({"language": "es"}, "stories_language_newest"),
    ],
)
def test_listings_read_the_newest_through_their_index(generated, filters, index):
    page = newest_first(library_stories(generated, **filters))[12:24]
    assert index in plan(page)


def test_partner_listing_uses_its_index(generated):
    partner_id = (
        StoryPage.objects.exclude(partner=None).values_list("partner_id", flat=True).first()
    )
    page = newest_first(library_stories(generated, partner=partner_id))[:12]
    assert "stories_partner_newest" in plan(page)


def test_a_country_and_a_theme_together_read_the_country_index(generated):
    # The theme is matched by the ids of its translations, so the planner knows how many
    # stories have it (a fifth here) and starts from the narrower country's index; matched by
    # the theme's translation key it expected one theme and few stories, and started from them.
    theme = Theme.objects.filter(locale_id=generated.locale_id).order_by("sort_order").first()
    page = newest_first(library_stories(generated, country="CA", theme=theme))[:12]
    explained = plan(page)
    assert "stories_country_newest" in explained
    assert "Seq Scan" not in explained


def test_the_library_counts_any_filters_in_one_scan_of_the_search_index(generated):
    # The count of a country and a theme: the search documents' GIN index answers both (and
    # the library) at once, where the stories' own indexes answer one filter each. Among a
    # few thousand stories the planner may rather walk the library's newest documents and
    # check each; with that index set aside (rolled back with the test), the GIN index
    # must answer every filter.
    with connection.cursor() as cursor:
        cursor.execute("DROP INDEX stories_search_newest")
    theme = Theme.objects.get(slug="housing", locale_id=generated.locale_id)
    with CaptureQueriesContext(connection) as captured:
        count_library_stories(generated, 1201, country="CA", theme=theme)
    (counted,) = [query["sql"] for query in captured.captured_queries if "COUNT" in query["sql"]]
    explained = plan_of(counted)
    condition = index_condition(explained, GIN_INDEX)
    for filtered in ("library_id =", "country", "theme_ids &&"):
        assert filtered in condition, explained
    assert "stories_storypage" not in explained


def test_the_library_counts_what_it_lists(generated):
    theme = Theme.objects.get(slug="housing", locale_id=generated.locale_id)
    partner_id = (
        StoryPage.objects.exclude(partner=None).values_list("partner_id", flat=True).first()
    )
    combinations = [
        {},
        {"country": "CA"},
        {"theme": theme},
        {"country": "CA", "theme": theme},
        {"language": "es"},
        {"partner": partner_id},
        {"country": "BR", "language": "pt", "theme": theme},
    ]
    for filters in combinations:
        listed = library_stories(generated, **filters).count()
        assert count_library_stories(generated, 10_000, **filters) == listed, filters
        assert count_library_stories(generated, 10, **filters) == min(listed, 10), filters


def test_a_page_finds_its_children_among_every_story_through_its_index(generated):
    # The home page's path range holds every story: its children are found by their depth
    # in the same index, not by reading every page under it.
    home = generated.get_parent()
    explained = plan(home.get_children().values_list("slug", "pk"))
    condition = index_condition(explained, "itac_page_children")
    assert "depth = " in condition and "path" in condition, explained


def test_related_stories_walk_the_newest_and_stop(generated):
    # A story's related stories: the newest of each of its themes and of its country, each
    # read through a newest-first index, never by gathering every story of a theme first, then
    # loaded by id. The newest of each are kept: the next story asks only for its own.
    story = StoryPage.objects.child_of(generated).filter(country="CA").order_by("-pk").first()
    story = StoryPage.objects.prefetch_related("themes").get(pk=story.pk)
    themes = len(story.themes.all())
    assert themes
    with CaptureQueriesContext(connection) as captured:
        related = related_stories(story)
    assert len(related) == 3
    *of_themes, of_country = [plan_of(query["sql"]) for query in captured.captured_queries]
    assert len(of_themes) == themes
    for theme_plan in of_themes:
        assert "stories_newest" in theme_plan and "hashed SubPlan" not in theme_plan
    assert "stories_country_newest" in of_country
    with CaptureQueriesContext(connection) as captured:
        assert related_stories(story) == related
    assert captured.captured_queries == []
    with CaptureQueriesContext(connection) as captured:
        rows = rows_for_cards(related)
    assert [row.pk for row in rows] == [card.pk for card in related]
    assert len(captured.captured_queries) == 1
    assert "Seq Scan" not in plan_of(captured.captured_queries[0]["sql"])
