"""The stories the API and the embedded cards list: the story library's own filters and search.

The library (stories.views) owns what a filter means; this module only adapts its inputs, so
the API, the cards and the library always agree. It is the one place to change if the
library's filter functions move.
"""

from django.conf import settings
from django.db.models import Case, IntegerField, Value, When

from itac.paths import localize_path
from stories.models import StoryIndexPage, StoryPage
from stories.queries import newest_first, story_cards
from stories.views import filter_options, read_filters, searched_stories
from stories.views import matching_stories as library_matches

FILTERS = ("country", "theme", "partner", "language")


class StoryFilterError(ValueError):
    """A filter named something that does not exist (an unknown country, theme, ...)."""


def library_for(locale):
    """The live story library in `locale`; until it is translated, the English one (which the
    site serves under every language prefix); None if there is neither."""
    libraries = StoryIndexPage.objects.live().filter(
        locale__language_code__in=[locale.language_code, settings.LANGUAGE_CODE]
    )
    by_language = {
        library.locale.language_code: library for library in libraries.select_related("locale")
    }
    return by_language.get(locale.language_code) or by_language.get(settings.LANGUAGE_CODE)


def url_in_language(page, language, request=None):
    """A page's address as a visitor of `language` reaches it: its own when the page is in
    that language, otherwise the same path under the language's prefix (served in English)."""
    url = page.get_url(request=request)
    if page.locale.language_code == language:
        return url
    return localize_path(url, language)


def matching_stories(locale, filters, search=""):
    """Live stories of the library in `locale` matching `filters` (country, theme, partner,
    language: the language a story was told in), as the library reads them.

    Raises StoryFilterError naming each unknown value. A search result when `search`.
    """
    library = library_for(locale)
    if library is None:
        return StoryPage.objects.none()
    params = {name: filters.get(name, "") for name in FILTERS}
    params["q"] = search
    themes, partners, _countries, _languages = filter_options(library)
    filters = read_filters(params, themes, partners)
    if filters.unknown:
        raise StoryFilterError(" ".join(str(message) for message in filters.unknown))
    stories = story_cards(library_matches(library, filters))
    if not filters.q:
        return newest_first(stories)
    # The library's ranked search (its best matches, bounded), kept as a queryset in rank order.
    ids, _more = searched_stories(library, filters)
    rank = Case(
        *(When(pk=pk, then=Value(position)) for position, pk in enumerate(ids)),
        output_field=IntegerField(),
    )
    return stories.filter(pk__in=ids).order_by(rank) if ids else stories.none()
