"""Story querysets shared by the library, story pages, the home page and the feed.

Each helper costs a fixed number of queries whatever the number of stories.
"""

import datetime
from typing import NamedTuple

from django.core.cache import cache
from django.db.models import Exists, OuterRef, Prefetch, prefetch_related_objects
from django.utils.translation import gettext as _

from wagtail.images import get_image_model

from itac import cards
from itac.page_cache import (
    CACHE_SECONDS,
    CARDS_VERSION,
    CacheVersion,
    once_per_request,
    pages_version,
)
from itac.renditions import CARD_IMAGES, HERO_IMAGES
from itac.share_links import email_link, network_links
from stories import search
from stories.models import StoryPage, Theme

# The story images' renditions (itac/renditions.py); the demo loader makes them in advance.
IMAGE_SPECS = [*CARD_IMAGES, *HERO_IMAGES]


# Changes whenever stories, themes or partners change: part of cached listing data keys.
OPTIONS_VERSION = CacheVersion("stories:options-version")


def options_version():
    return OPTIONS_VERSION.get()


def bump_options_version(**kwargs):
    return OPTIONS_VERSION.bump()


# Changes when the filters a library offers may change (stories.signals): a story unpublished,
# moved or deleted, a theme or partner changed, or a story published with a country, language
# or partner its library does not offer yet. Publishing a story like the others keeps them.
FILTER_OPTIONS_VERSION = CacheVersion("stories:filter-options-version")


def filter_options_version():
    return FILTER_OPTIONS_VERSION.get()


def bump_filter_options_version(**kwargs):
    return FILTER_OPTIONS_VERSION.bump()


def filter_options_key(index_page_id):
    """The cache key of a library's filter options (stories.views.filter_options)."""
    return f"stories:filter-options:{index_page_id}:{filter_options_version()}"


def offers_the_filters_of(story):
    """Whether the kept filter options of `story`'s library offer its country, language and
    partner already (or are not kept): then publishing it changes none of them."""
    options = cache.get(filter_options_key(story.get_parent().pk))
    if options is None:
        return True
    _themes, partners, countries, languages = options
    return (
        story.country in countries
        and story.told_in_language in languages
        and (story.partner_id is None or story.partner_id in {partner.pk for partner in partners})
    )


# Changes when stories are written without their model's signals (the bulk loader): what others
# keep counted from stories one change at a time (the impact dashboard's past weeks) goes too.
LOADED_VERSION = CacheVersion("stories:loaded-version")


def loaded_version():
    return LOADED_VERSION.get()


def stories_loaded_in_bulk():
    """Called by loaders that write stories in SQL or bulk_create: nothing cached from the
    stories before survives (their cards neither: a story written so keeps its publication)."""
    bump_options_version()
    bump_filter_options_version()
    LOADED_VERSION.bump()
    CARDS_VERSION.bump()


def themes_in_language(themes, locale_id):
    """`themes` as named in the locale `locale_id`: each theme's translation there when it has
    one. Translated stories keep their original's themes (wagtail-localize copies the links),
    so the names are looked up by translation key, once per locale until themes change."""
    key = f"stories:theme-names:{locale_id}:{options_version()}"

    def read():
        translations = cache.get(key)
        if translations is None:
            translations = {
                theme.translation_key: theme for theme in Theme.objects.filter(locale_id=locale_id)
            }
            cache.set(key, translations, 600)
        return translations

    translations = once_per_request(key, read)
    return [translations.get(theme.translation_key, theme) for theme in themes]


def card_renditions():
    """Prefetch the card renditions of each story's hero image in one query."""
    return cards.card_renditions("hero_image", CARD_IMAGES)


def story_rows(queryset):
    """Stories for the cached cards (`{% story_cards %}`): the hero image joined; what else a
    card shows is loaded only for the cards not kept."""
    return queryset.select_related("hero_image")


def story_cards(queryset, with_themes=True):
    """Stories as cards drawn anew: hero image joined, its renditions and the themes prefetched."""
    queryset = queryset.select_related("hero_image").prefetch_related(card_renditions())
    if with_themes:
        queryset = queryset.prefetch_related("themes")
    return queryset


def newest_first(queryset):
    return queryset.order_by("-date_published", "-pk")


# A search ranks at most this many of the newest matches, and says "more than" beyond it.
SEARCH_LIMIT = 200


def library_stories(index_page, *, country="", language="", partner=None, theme=None):
    """The live stories of a library that match every filter given (unordered queryset).

    Each filter has an index that also gives the newest-first order (StoryPage.Meta), so
    `newest_first(library_stories(...))[:12]` reads about twelve rows at any size.
    """
    stories = StoryPage.objects.live().child_of(index_page)
    if country:
        stories = stories.filter(country=country)
    if language:
        stories = stories.filter(told_in_language=language)
    if partner:
        stories = stories.filter(partner=partner)
    if theme:
        through = StoryPage.themes.through
        # By the ids of the theme in every language (a translated story keeps its original's
        # themes), not by a join on its translation key: with the ids the planner knows how
        # many stories have the theme and starts from the most selective filter's index.
        stories = stories.filter(
            id__in=through.objects.filter(theme_id__in=theme_ids(theme)).values("storypage_id")
        )
    return stories


def count_library_stories(index_page, most, *, country="", language="", partner=None, theme=None):
    """How many live stories of the library `index_page` match every filter given (those of
    `library_stories`), counted up to `most`.

    On PostgreSQL the search documents are counted: their one GIN index holds the library and
    every filter, where the stories' own indexes answer one filter each and the rest is checked
    row by row (a country and a theme at 100,000 stories: about 1 ms against 9).
    """
    if search.is_available():
        stories = search.matching_documents(
            index_page,
            country=country,
            language=language,
            partner_id=getattr(partner, "pk", partner),
            theme_ids=theme_ids(theme) if theme else (),
        )
    else:
        stories = library_stories(
            index_page, country=country, language=language, partner=partner, theme=theme
        )
    return stories.order_by()[:most].count()


def theme_ids(theme):
    """The ids of `theme` and of its translations: noted on the themes of the library's
    filter options when they are cached (stories.views.filter_options), else one query."""
    ids = getattr(theme, "ids_in_every_language", None)
    if ids is None:
        ids = list(
            Theme.objects.filter(translation_key=theme.translation_key).values_list("pk", flat=True)
        )
    return ids


def note_theme_ids(themes):
    """Notes on each of `themes` the ids of its translations (one query for all)."""
    ids = {}
    for key, pk in Theme.objects.filter(
        translation_key__in=[theme.translation_key for theme in themes]
    ).values_list("translation_key", "pk"):
        ids.setdefault(key, []).append(pk)
    for theme in themes:
        theme.ids_in_every_language = ids.get(theme.translation_key, [theme.pk])


def search_stories(
    index_page, text, *, country="", language="", partner=None, theme=None, limit=SEARCH_LIMIT
):
    """The live stories of the library `index_page` matching the words `text` and every filter
    given (those of `library_stories`), best first.

    Returns (ids, more): at most `limit` story ids in rank order, and whether more stories
    matched. On PostgreSQL one indexed query (stories.search: the words and the filters in one
    GIN index, each story's language's rules, accents ignored, title weighing most); elsewhere
    Wagtail's search backend.
    """
    if search.is_available():
        return search.ranked_story_ids(
            index_page,
            text,
            limit,
            country=country,
            language=language,
            partner_id=getattr(partner, "pk", partner),
            theme_ids=theme_ids(theme) if theme else (),
        )
    stories = library_stories(
        index_page, country=country, language=language, partner=partner, theme=theme
    )
    found = [story.pk for story in stories.search(text)[: limit + 1]]
    return found[:limit], len(found) > limit


def stories_in_order(ids):
    """The stories with these ids for their cards, in the order of `ids` (one query)."""
    by_id = {story.pk: story for story in story_rows(StoryPage.objects.filter(pk__in=ids))}
    return [by_id[pk] for pk in ids if pk in by_id]


class StoryCard(NamedTuple):
    """A story named for its card (`{% story_cards %}`): what the kept card's key needs. Its
    row is loaded only if the card is not kept (`rows_for_cards`)."""

    pk: int
    last_published_at: datetime.datetime | None


def rows_for_cards(stories):
    """`stories` as rows, in order: rows as they are; `StoryCard`s loaded in one query (one whose
    story is gone since it was named is left out)."""
    if not any(isinstance(story, StoryCard) for story in stories):
        return stories
    return stories_in_order([story.pk for story in stories])


def related_stories(story, limit=3):
    """Up to `limit` live stories sharing a theme or the country with `story`, newest first,
    as `StoryCard`s.

    Every story of a theme (or a country) has the same newest stories of that theme beside
    it, so the newest of each theme and country are kept in the cache until pages change
    (`newest_of_groups`); the related stories are the newest of those, the story itself left
    out. Their rows and renditions are loaded only for the cards not kept.
    """
    groups = [("theme", theme.pk) for theme in story.themes.all()]
    if story.country:
        groups.append(("country", story.country))
    newest = newest_of_groups(story.locale_id, groups, limit + 1)
    found = {entry for entries in newest for entry in entries if entry[1] != story.pk}
    chosen = sorted(found, reverse=True)[:limit]
    return [StoryCard(pk, published) for _date, pk, published in chosen]


def newest_of_groups(locale_id, groups, count):
    """For each (kind, value) of `groups` ("theme" and a theme's id, or "country" and a
    country's code), the (date published, id, last published at) of the newest `count` live
    stories of that locale with it: kept in the cache until pages change, read at once; the
    ones not kept cost one query each, walking a newest-first index and stopping at `count`."""
    prefix = f"stories:newest:{pages_version()}:{locale_id}:{count}"
    keys = [f"{prefix}:{kind}:{value}" for kind, value in groups]
    found = cache.get_many(keys)
    missing = {}
    for (kind, value), key in zip(groups, keys, strict=True):
        if key not in found:
            stories = StoryPage.objects.live().filter(locale_id=locale_id)
            if kind == "theme":
                through = StoryPage.themes.through
                stories = stories.filter(
                    Exists(through.objects.filter(storypage_id=OuterRef("pk"), theme_id=value))
                )
            else:
                stories = stories.filter(country=value)
            fields = ("date_published", "pk", "last_published_at")
            missing[key] = list(newest_first(stories).values_list(*fields)[:count])
    if missing:
        cache.set_many(missing, CACHE_SECONDS)
        found.update(missing)
    return [found[key] for key in keys]


def prefetch_story_renditions(story):
    """Load in one query the renditions of a story's hero image."""
    if story.hero_image is not None:
        rendition_model = get_image_model().get_rendition_model()
        prefetch_related_objects(
            [story.hero_image],
            Prefetch(
                "renditions", queryset=rendition_model.objects.filter(filter_spec__in=HERO_IMAGES)
            ),
        )


def share_links(story, request):
    """Plain links that share the story on the major networks and by email (no scripts)."""
    url = story.get_full_url(request=request)
    text = story.title
    links = network_links(url, text)
    email = email_link(text, f"{story.summary}\n\n{url}")
    links.append({"network": "email", "name": _("Email"), "url": email})
    return {"page_url": url, "links": links}
