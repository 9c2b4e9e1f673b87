"""The story library at /stories/: filters, full-text search and pagination, all plain GET."""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django_countries import countries

from django.core.cache import cache
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from partners.models import PartnerPage
from stories.models import StoryPage, Theme, story_language_choices
from stories.queries import newest_first, options_version, story_cards

PAGE_SIZE = 12
OPTIONS_CACHE_SECONDS = 600
MAX_QUERY_LENGTH = 200
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


def filtered_stories(index_page, filters):
    """The live stories of the library that match every filter (a search result when `q`)."""
    stories = StoryPage.objects.live().child_of(index_page)
    if filters.country:
        stories = stories.filter(country=filters.country)
    if filters.language:
        stories = stories.filter(told_in_language=filters.language)
    if filters.partner:
        stories = stories.filter(partner=filters.partner)
    if filters.theme:
        through = StoryPage.themes.through
        stories = stories.filter(
            # By translation key: a translated story keeps its original's themes.
            id__in=through.objects.filter(
                theme__translation_key=filters.theme.translation_key
            ).values("storypage_id")
        )
    stories = story_cards(stories)
    if filters.q:
        return stories.search(filters.q)
    return newest_first(stories)


def query_string(params, **changes):
    """`params` with `changes` applied (None removes a parameter), as "?a=b" or ""."""
    merged = {**params, **changes}
    merged = {name: value for name, value in merged.items() if value not in (None, "")}
    return "?" + urlencode(merged) if merged else "?"


def active_filters(filters, theme_names, partner_names, country_names, language_names):
    """Each filter in use, with a label and the address of the listing without it."""
    labels = {
        "q": lambda value: _("Search: “%s”") % value,
        "country": lambda value: _("Country: %s") % country_names.get(value, value),
        "theme": lambda value: _("Theme: %s") % theme_names.get(value, value),
        "partner": lambda value: _("Partner: %s") % partner_names.get(value, value),
        "language": lambda value: _("Told in: %s") % language_names.get(value, value),
    }
    return [
        {"label": labels[name](value), "remove_url": query_string(filters.params, **{name: None})}
        for name, value in filters.params.items()
    ]


def filter_options(index_page):
    """Themes, partners with stories, and the countries and languages stories come in.

    Cached until a story, theme or partner changes (stories.signals), so a listing costs
    only the queries for its results.
    """
    key = f"stories:filter-options:{index_page.pk}:{options_version()}"
    options = cache.get(key)
    if options is None:
        themes = list(Theme.objects.filter(locale_id=index_page.locale_id))
        stories = StoryPage.objects.live().child_of(index_page)
        partners = list(
            PartnerPage.objects.live()
            .filter(pk__in=stories.values("partner_id"))
            .order_by("title")
            .only("id", "title", "slug")
        )
        present = stories.order_by().values_list("country", "told_in_language").distinct()
        countries_present = {country for country, _language in present}
        languages_present = {language for _country, language in present}
        options = (themes, partners, countries_present, languages_present)
        cache.set(key, options, OPTIONS_CACHE_SECONDS)
    return options


def library(request, index_page):
    """The library page: cards, filters, counts and pages, in a fixed number of queries."""
    themes, partners, present_countries, present_languages = filter_options(index_page)
    filters = read_filters(request.GET, themes, partners)
    # An unknown country, theme, partner or language matches nothing: say so, and show none.
    stories = StoryPage.objects.none() if filters.unknown else filtered_stories(index_page, filters)
    page_number = request.GET.get("page", "1")
    paginator = Paginator(stories, PAGE_SIZE)
    page_obj = paginator.get_page(page_number)

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
    context = index_page.get_context(request)
    context.update(
        {
            "stories": page_obj.object_list,
            "page_obj": page_obj,
            "paginator": paginator,
            "filters": filters,
            "themes": themes,
            "partners": partners,
            "country_choices": sorted(country_names.items(), key=lambda item: str(item[1])),
            "language_choices": list(language_names.items()),
            "active_filters": active_filters(
                filters,
                {theme.slug: theme.name for theme in themes},
                {partner.slug: partner.title for partner in partners},
                country_names,
                language_names,
            ),
            "clear_url": query_string({}),
            "page_links": page_links(page_obj, filters.params),
        }
    )
    return TemplateResponse(request, "stories/story_index_page.html", context)


def page_links(page_obj, params):
    """Previous, numbered (a window around the current page) and next links."""
    paginator = page_obj.paginator
    current = page_obj.number
    numbers = sorted(
        {
            1,
            paginator.num_pages,
            *range(max(1, current - 2), min(paginator.num_pages, current + 2) + 1),
        }
    )
    links, previous = [], 0
    for number in numbers:
        if number - previous > 1:
            links.append({"gap": True})
        links.append(
            {
                "number": number,
                "url": query_string(params, page=number if number > 1 else None),
                "current": number == current,
            }
        )
        previous = number
    return {
        "numbers": links if paginator.num_pages > 1 else [],
        "previous": query_string(params, page=current - 1 if current > 2 else None)
        if page_obj.has_previous()
        else None,
        "next": query_string(params, page=current + 1) if page_obj.has_next() else None,
    }
