"""The public story search: one weighted text vector per story, in the rules of its language.

PostgreSQL only. Each story's words go into `StorySearchDocument.search_vector` with the text
search configuration of the language its text is written in (`text_language`): title (weight
A), summary (B), storyteller's name as shown and place (C), body (D). The configurations are
the campaign's own copies of PostgreSQL's (migration 0002) with `unaccent` in front of the
stemmer, so "sao paulo" finds São Paulo and "refugee" finds "refugees".

A query is read with every configuration at once (their OR), so it finds a Spanish story by
a Spanish inflection and an English story by an English one, whichever library it is typed
in. Beside the vector, each document keeps a copy of what the library filters on (live, the
library, country, language, partner, themes, date), under the same GIN index, so a search
with filters is answered in one index scan, then only its newest matches are ranked.
"""

import datetime
import re

from django.contrib.postgres.search import SearchQuery, SearchQueryField, SearchRank
from django.db import connection
from django.db.models import BooleanField, Case, F, Func, When
from django.utils import translation

from wagtail.models import Locale

# The language a story's text is written in → the configuration its words are indexed with.
# Arabic uses PostgreSQL's Arabic stemmer (PostgreSQL 13+), which removes the article and
# plural endings (اللاجئون and لاجئ meet); every other language gets no stemming, only lower
# case and no accents.
SEARCH_CONFIGS = {
    "en": "itac_english",
    "es": "itac_spanish",
    "fr": "itac_french",
    "pt": "itac_portuguese",
    "ar": "itac_arabic",
}
SIMPLE_CONFIG = "itac_simple"
# Every configuration a search reads the words with (the function of migration 0006).
ALL_CONFIGS = [*SEARCH_CONFIGS.values(), SIMPLE_CONFIG]
# ts_rank weights for D, C, B, A: a word in the title counts ten times one in the body.
RANK_WEIGHTS = [0.1, 0.2, 0.4, 1.0]
BATCH_SIZE = 1000
# What a story's vector is made from (StoryPage.only(...) when only that is needed).
SEARCHED_COLUMNS = [
    "title",
    "summary",
    "body",
    "city",
    "country",
    "storyteller_name",
    "storyteller_display",
    "told_in_language",
    "locale",
]


def is_available():
    """Whether this database has the stored vectors (PostgreSQL); elsewhere Wagtail searches."""
    return connection.vendor == "postgresql"


def config_for(language_code):
    return SEARCH_CONFIGS.get((language_code or "").split("-")[0].lower(), SIMPLE_CONFIG)


def text_language(story, default_locale_id, locale_codes):
    """The language a story's words are in.

    A story in the default (English) library is written as it was told (a story sent in
    Arabic stays in Arabic); a story in another language's library is that language's
    translation of it.
    """
    if story.locale_id != default_locale_id:
        return locale_codes.get(story.locale_id, "")
    return story.told_in_language


def place_words(city, country, language):
    """City and country as a visitor may type them: the country in the story's language and
    in English."""
    if not country:
        return city
    with translation.override(language or "en"):
        local = str(country.name)
    with translation.override("en"):
        english = str(country.name)
    return " ".join(dict.fromkeys(part for part in (city, local, english) if part))


def searchable_row(story, language):
    """(id, language, title, summary, storyteller and place, body): what `write_rows` takes."""
    name = "" if story.storyteller_display == "anonymous" else story.storyteller_name
    place = place_words(story.city, story.country, language)
    body = " ".join(story.body.stream_block.get_searchable_content(story.body))
    return story.pk, language, story.title, story.summary, f"{name} {place}".strip(), body


def refresh_search_documents(stories):
    """Build (or rebuild) the search vectors of `stories` (model instances).

    Does nothing off PostgreSQL. Used on every full save of a story and by migrations.
    """
    if not is_available():
        return 0
    stories = list(stories)
    default_locale_id = Locale.get_default().pk
    locale_codes = {}
    if any(story.locale_id != default_locale_id for story in stories):
        locale_codes = dict(Locale.objects.values_list("pk", "language_code"))
    return write_rows(
        searchable_row(story, text_language(story, default_locale_id, locale_codes))
        for story in stories
    )


# One GIN index holds each live story's vector and what the library filters on (migration
# 0005; btree_gin indexes the plain columns), so that the words and the filters of a search
# are matched together, in one bitmap index scan.
CREATE_GIN_INDEX = (
    "CREATE INDEX IF NOT EXISTS stories_search_gin ON stories_storysearchdocument "
    "USING gin (search_vector, library_id, country, told_in_language, partner_id, theme_ids) "
    "WHERE live"
)
DROP_GIN_INDEX = "DROP INDEX IF EXISTS stories_search_gin"
# What the library filters on, read from each story's rows: live, its parent (the library: the
# page whose path is the story's less one step of Wagtail's tree, Page.steplen = 4), country,
# language, partner, the ids of its themes, and its date for the newest first.
STORY_FILTERS = (
    "SELECT page.id AS story_id, page.live, library.id AS library_id, story.country, "
    "story.told_in_language, story.partner_id, COALESCE(("
    "SELECT array_agg(link.theme_id ORDER BY link.theme_id) FROM stories_storypage_themes link "
    "WHERE link.storypage_id = page.id), '{}') AS theme_ids, story.date_published "
    "FROM wagtailcore_page page JOIN stories_storypage story ON story.page_ptr_id = page.id "
    "LEFT JOIN wagtailcore_page library ON library.path = left(page.path, -4)"
)
FILTER_COLUMNS = [
    "live",
    "library_id",
    "country",
    "told_in_language",
    "partner_id",
    "theme_ids",
    "date_published",
]
UPSERT_DOCUMENTS = (
    "INSERT INTO stories_storysearchdocument (story_id, config, search_vector, live, "
    "library_id, country, told_in_language, partner_id, theme_ids, date_published) "
    "SELECT v.id, v.config, "
    "setweight(to_tsvector(v.config::regconfig, v.title), 'A') || "
    "setweight(to_tsvector(v.config::regconfig, v.summary), 'B') || "
    "setweight(to_tsvector(v.config::regconfig, v.people_and_place), 'C') || "
    "setweight(to_tsvector(v.config::regconfig, v.body), 'D'), "
    "f.live, f.library_id, f.country, f.told_in_language, f.partner_id, f.theme_ids, "
    "f.date_published "
    "FROM ({rows}) AS v(id, config, title, summary, people_and_place, body) "
    "JOIN ({filters}) AS f ON f.story_id = v.id "
    "ON CONFLICT (story_id) DO UPDATE SET config = EXCLUDED.config, "
    "search_vector = EXCLUDED.search_vector, live = EXCLUDED.live, "
    "library_id = EXCLUDED.library_id, country = EXCLUDED.country, "
    "told_in_language = EXCLUDED.told_in_language, partner_id = EXCLUDED.partner_id, "
    "theme_ids = EXCLUDED.theme_ids, date_published = EXCLUDED.date_published"
).replace("{filters}", STORY_FILTERS)
UPDATE_FILTERS = (
    "UPDATE stories_storysearchdocument AS document SET live = f.live, "
    "library_id = f.library_id, country = f.country, told_in_language = f.told_in_language, "
    "partner_id = f.partner_id, theme_ids = f.theme_ids, date_published = f.date_published "
    "FROM ({filters}) AS f WHERE f.story_id = document.story_id"
).replace("{filters}", STORY_FILTERS)


def refresh_filters(story_ids=None):
    """Copy into the search documents of `story_ids` (all of them when None) what the library
    filters on, from the stories' rows: after a story is published, unpublished or moved
    (stories.signals), when its words need not be read again. Does nothing off PostgreSQL."""
    if not is_available():
        return
    sql, params = UPDATE_FILTERS, []
    if story_ids is not None:
        sql += " AND document.story_id = ANY(%s)"
        params = [list(story_ids)]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def write_rows(rows):
    """Store search vectors from (id, language, title, summary, storyteller and place, body)
    rows, with the filter columns read from the stories' rows (which must be saved first), a
    thousand rows per statement; the bulk story loader calls this directly."""
    rows = list(rows)
    for start in range(0, len(rows), BATCH_SIZE):
        batch = rows[start : start + BATCH_SIZE]
        params = []
        for pk, language, *texts in batch:
            params += [pk, config_for(language), *texts]
        values = ", ".join(["(%s, %s, %s, %s, %s, %s)"] * len(batch))
        # Only placeholders are formatted in; every value goes as a parameter.
        sql = UPSERT_DOCUMENTS.replace("{rows}", f"VALUES {values}")
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
    return len(rows)


class SearchWords(SearchQuery):
    """The visitor's words read with every language's rules (websearch syntax: "", or, -):
    `itac_search_query(words)`, the database function (migration 0006) that joins the
    distinct readings by OR, so a word read alike by several languages is looked for once."""

    def __init__(self, text):
        super().__init__(text)
        self.function = "itac_search_query"


# A word after a minus ("-bakery"): a word the visitor wants left out.
LEAVES_A_WORD_OUT = re.compile(r"(?:^|\s)-[^\s-]")


def read_in_its_own_language(text):
    """Whether a document matches the words as its own language reads them.

    The readings of every language joined by OR find a story by any language's inflection,
    but a word left out is then left out in one language only: "-bakery" read in Portuguese
    leaves out "bakery", and an English story about a bakery (indexed "bakeri") comes back
    through that reading. When the words leave one out, each document must match its own
    language's reading too (six constant readings, chosen per document by its configuration).
    """
    reading = Case(
        *(
            When(config=config, then=SearchQuery(text, config=config, search_type="websearch"))
            for config in ALL_CONFIGS
        ),
        output_field=SearchQueryField(),
    )
    return Func(
        F("search_vector"),
        reading,
        template="(%(expressions)s)",
        arg_joiner=" @@ ",
        output_field=BooleanField(),
    )


def matching_documents(library, *, country="", language="", partner_id=None, theme_ids=()):
    """The search documents of the live stories of `library` that match every filter given
    (unordered): the GIN index holds the library and every filter, so one scan of it finds
    them, whichever filters are combined."""
    from stories.models import StorySearchDocument

    documents = StorySearchDocument.objects.filter(live=True, library_id=library.pk)
    if country:
        documents = documents.filter(country=country)
    if language:
        documents = documents.filter(told_in_language=language)
    if partner_id:
        documents = documents.filter(partner_id=partner_id)
    if theme_ids:
        documents = documents.filter(theme_ids__overlap=list(theme_ids))
    return documents


def ranked_search(library, text, limit, *, country="", language="", partner_id=None, theme_ids=()):
    """The query behind `ranked_story_ids`, for it and for EXPLAIN: (id, rank, date published)
    of the newest `limit + 1` matches, newest first.

    The live stories of `library` matching the words and every filter given are found in one
    scan of the GIN index that holds both (words most stories use are found instead by walking
    the library's newest documents until enough match); only those newest matches are ranked,
    each as it is read, so the cost stays flat however many stories the library or the filters
    hold.
    """
    query = SearchWords(text)
    documents = matching_documents(
        library, country=country, language=language, partner_id=partner_id, theme_ids=theme_ids
    )
    # The words last: a document walked newest first is checked in this order, the cheap
    # filters before its words (about twice as fast for a common word and a theme).
    documents = documents.filter(search_vector=query)
    if LEAVES_A_WORD_OUT.search(text):
        documents = documents.filter(read_in_its_own_language(text))
    return (
        documents.annotate(rank=SearchRank(F("search_vector"), query, weights=RANK_WEIGHTS))
        .order_by("-date_published", "-story_id")
        .values_list("story_id", "rank", "date_published")[: limit + 1]
    )


def ranked_story_ids(library, text, limit, **filters):
    """Ids of the live stories of `library` matching `text` and `filters` (those of
    `ranked_search`), best first (the newest of equal rank first), in one query.

    Returns (ids, more): at most `limit` ids, and whether more stories matched.
    """
    newest = list(ranked_search(library, text, limit, **filters))
    ranked = sorted(newest, key=best_first, reverse=True)
    return [story_id for story_id, _rank, _date in ranked[:limit]], len(ranked) > limit


def best_first(row):
    """The sort key of a (id, rank, date published) row, sorted in reverse: the highest rank,
    then the newest, then the highest id (a document without a date first, as PostgreSQL
    orders them newest first)."""
    story_id, rank, date = row
    return rank, date is None, date or datetime.date.min, story_id
