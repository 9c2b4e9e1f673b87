"""The story library at /stories/: filters, full-text search and pagination, all plain GET."""

import hashlib
from dataclasses import dataclass, field

from django_countries import countries

from django.core.cache import cache
from django.core.paginator import Paginator
from django.http import QueryDict
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from itac.page_cache import kept_listing
from partners.models import PartnerPage
from stories.forms import MAX_QUERY_LENGTH, StoryFilterForm
from stories.models import StoryPage, Theme, story_language_choices
from stories.queries import (
    SEARCH_LIMIT,
    count_library_stories,
    filter_options_key,
    library_stories,
    newest_first,
    note_theme_ids,
    options_version,
    search_stories,
    stories_in_order,
    story_rows,
)

PAGE_SIZE = 12
# Deep pages cost more the deeper they are (the database skips every story before them), so
# the listing stops at this page and asks for a filter or a search instead.
MAX_PAGES = 100
COUNT_CACHE_SECONDS = 3600
OPTIONS_CACHE_SECONDS = 600
FILTER_NAMES = ["q", "country", "theme", "partner", "language"]


@dataclass
class LibraryFilters:
    """What the visitor asked for, checked: known values, and messages about unknown ones."""

    q: str = ""
    country: str = ""
    theme: Theme | None = None
    partner: PartnerPage | None = None
    language: str = ""
    unknown: list = field(default_factory=list)
    params: dict = field(default_factory=dict)


def read_filters(query_dict, themes, partners):
    """The filters in `query_dict`; unknown values are kept so the result can say so."""
    params = {name: query_dict.get(name, "").strip()[:MAX_QUERY_LENGTH] for name in FILTER_NAMES}
    params = {name: value for name, value in params.items() if value}
    filters = LibraryFilters(q=params.get("q", ""), params=params)
    if country := params.get("country"):
        code = country.upper()
        if code in dict(countries):
            filters.country = code
            params["country"] = code
        else:
            filters.unknown.append(_("There is no country with the code “%s”.") % country)
    if slug := params.get("theme"):
        filters.theme = next((theme for theme in themes if theme.slug == slug), None)
        if filters.theme is None:
            filters.unknown.append(_("There is no theme called “%s”.") % slug)
    if slug := params.get("partner"):
        filters.partner = next((partner for partner in partners if partner.slug == slug), None)
        if filters.partner is None:
            filters.unknown.append(_("No partner called “%s” has shared stories.") % slug)
    if language := params.get("language"):
        if language in dict(story_language_choices()):
            filters.language = language
        else:
            filters.unknown.append(_("There is no language with the code “%s”.") % language)
    return filters


class CountedPaginator(Paginator):
    """A paginator told its count (cached or bounded) instead of counting the rows itself."""

    def __init__(self, object_list, per_page, count):
        super().__init__(object_list, per_page)
        self.known_count = count

    @cached_property
    def count(self):
        return self.known_count


def filter_values(filters):
    """The checked filters as `library_stories` and `search_stories` take them."""
    return {
        "country": filters.country,
        "language": filters.language,
        "partner": filters.partner,
        "theme": filters.theme,
    }


def matching_stories(index_page, filters):
    return library_stories(index_page, **filter_values(filters))


def searched_stories(index_page, filters):
    """(ids, more): the library's search for `filters.q` within the other filters, at most
    SEARCH_LIMIT ids.

    Kept until a story, theme or partner changes (the options version), so that a visitor
    paging through the answers is not ranked again on every page. The key names the words by
    their digest: nobody's words are written in the cache's keys.
    """
    asked = "&".join(f"{name}={value}" for name, value in sorted(filters.params.items()))
    digest = hashlib.sha256(asked.encode()).hexdigest()
    key = f"stories:search:{index_page.pk}:{options_version()}:{digest}"
    found = cache.get(key)
    if found is None:
        found = search_stories(index_page, filters.q, limit=SEARCH_LIMIT, **filter_values(filters))
        cache.set(key, found, COUNT_CACHE_SECONDS)
    return found


def cached_story_count(index_page, filters):
    """How many stories match the filters, up to the pages shown: (count, more).

    Counting stops past the last page that can be shown (a count of 100,000 stories costs a
    hundred times one of 1,200), and is kept until a story, theme or partner changes (the
    options version, stories.signals), so browsing does not count again on every request.
    """
    combination = ",".join(
        f"{name}={value}" for name, value in sorted(filters.params.items()) if name != "q"
    )
    key = f"stories:count:{index_page.pk}:{options_version()}:{combination}"
    count = cache.get(key)
    if count is None:
        count = count_library_stories(
            index_page, MAX_PAGES * PAGE_SIZE + 1, **filter_values(filters)
        )
        cache.set(key, count, COUNT_CACHE_SECONDS)
    return min(count, MAX_PAGES * PAGE_SIZE), count > MAX_PAGES * PAGE_SIZE


def library_results(index_page, filters, page_number):
    """(page of stories, total, `more`: the total is a lower bound, `capped`: page refused)."""
    if filters.unknown:
        # An unknown country, theme, partner or language matches nothing: say so, show none.
        paginator = CountedPaginator([], PAGE_SIZE, 0)
        return paginator.get_page(1), 0, False, False
    if filters.q:
        ids, more = searched_stories(index_page, filters)
        total = len(ids)
        paginator = CountedPaginator(ids, PAGE_SIZE, total)
        page_obj = paginator.get_page(page_number)
        page_obj.object_list = stories_in_order(list(page_obj.object_list))
        return page_obj, total, more, False
    stories = matching_stories(index_page, filters)
    total, more = cached_story_count(index_page, filters)
    paginator = CountedPaginator(story_rows(newest_first(stories)), PAGE_SIZE, total)
    capped = more and requested_page(page_number) > MAX_PAGES
    return paginator.get_page(page_number), total, more, capped


def requested_page(page_number):
    try:
        return int(page_number)
    except (TypeError, ValueError):
        return 1


def active_filters(filters, theme_names, partner_names, country_names, language_names):
    """Each filter in use, with a label and the address of the listing without it."""
    labels = {
        "q": lambda value: _("Search: “%s”") % value,
        "country": lambda value: _("Country: %s") % country_names.get(value, value),
        "theme": lambda value: _("Theme: %s") % theme_names.get(value, value),
        "partner": lambda value: _("Partner: %s") % partner_names.get(value, value),
        "language": lambda value: _("Told in: %s") % language_names.get(value, value),
    }
    links = []
    for name, value in filters.params.items():
        others = QueryDict(mutable=True)
        others.update(filters.params)
        others.pop(name)
        links.append({"label": labels[name](value), "remove_url": f"?{others.urlencode()}"})
    return links


def filter_options(index_page):
    """Themes, partners with stories, and the countries and languages stories come in.

    Worked out over the whole library, so kept until they may change (the filter options'
    version, stories.signals: not when a story like the others is published), so a listing
    costs only the queries for its results.
    """
    key = filter_options_key(index_page.pk)
    options = cache.get(key)
    if options is None:
        themes = list(Theme.objects.filter(locale_id=index_page.locale_id))
        note_theme_ids(themes)
        stories = StoryPage.objects.live().child_of(index_page)
        partners = list(
            PartnerPage.objects.live()
            .filter(pk__in=stories.values("partner_id"))
            .order_by("title")
            .only("id", "title", "slug", "translation_key", "locale_id")
        )
        name_partners_in_library_language(partners, index_page.locale_id)
        present = stories.order_by().values_list("country", "told_in_language").distinct()
        countries_present = {country for country, _language in present}
        languages_present = {language for _country, language in present}
        options = (themes, partners, countries_present, languages_present)
        cache.set(key, options, OPTIONS_CACHE_SECONDS)
    return options


def name_partners_in_library_language(partners, locale_id):
    """Show each partner by the title of its translation in the library's language, when it
    has one (the filter still matches by slug, which every translation shares)."""
    foreign = [partner.translation_key for partner in partners if partner.locale_id != locale_id]
    if not foreign:
        return
    titles = dict(
        PartnerPage.objects.live()
        .filter(locale_id=locale_id, translation_key__in=foreign)
        .values_list("translation_key", "title")
    )
    for partner in partners:
        partner.title = titles.get(partner.translation_key, partner.title)
    partners.sort(key=lambda partner: partner.title)


def library(request, index_page):
    """The library page: cards, filters, counts and pages, in a fixed number of queries.

    Its content is kept by each process per address (itac.page_cache.kept_listing) until a
    page, story, theme or partner changes: asked for again, it costs no query.
    """
    context = index_page.get_context(request)

    def draw():
        return render_to_string(
            "stories/components/library.html",
            {**context, **library_content(request, index_page)},
            request,
        )

    context["library"] = kept_listing(request, draw, versions=[options_version()])
    return TemplateResponse(request, "stories/story_index_page.html", context)


def library_content(request, index_page):
    """What the library's content shows for the request's filters, search and page."""
    themes, partners, present_countries, present_languages = filter_options(index_page)
    filters = read_filters(request.GET, themes, partners)
    page_obj, total, more, capped = library_results(
        index_page, filters, request.GET.get("page", "1")
    )

    country_names = {code: name for code, name in countries if code in present_countries}
    if filters.country:
        country_names.setdefault(filters.country, dict(countries)[filters.country])
    language_names = {
        code: name for code, name in story_language_choices() if code in present_languages
    }
    if filters.language:
        language_names.setdefault(
            filters.language, dict(story_language_choices())[filters.language]
        )
    country_choices = sorted(country_names.items(), key=lambda item: str(item[1]))
    language_choices = list(language_names.items())
    return {
        "stories": page_obj.object_list,
        "page_obj": page_obj,
        "paginator": page_obj.paginator,
        "story_total": total,
        "more_than_total": more,
        "pages_capped": capped,
        "max_pages": MAX_PAGES,
        "filters": filters,
        "filter_form": StoryFilterForm(
            filters,
            themes=themes,
            partners=partners,
            country_choices=country_choices,
            language_choices=language_choices,
        ),
        "active_filters": active_filters(
            filters,
            {theme.slug: theme.name for theme in themes},
            {partner.slug: partner.title for partner in partners},
            country_names,
            language_names,
        ),
    }
