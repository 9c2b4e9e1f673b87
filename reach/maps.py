"""World maps drawn on the server as SVG: stories by country, pledges by country.

No tiles, no third-party script, nothing needs JavaScript. Shapes are Natural Earth's 1:110m
countries (public domain), simplified once into reach/data/country_shapes.json by
`manage.py build_country_shapes`. Each map comes with the same numbers as a table, sortable
by following its column headers' links.
"""

import json
from functools import cache as memoize
from pathlib import Path
from urllib.parse import urlencode

from django_countries import countries

from django.core.cache import cache
from django.db.models import Count
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from wagtail.models import Locale

from reach.stories import library_for, url_in_language
from stories.models import StoryPage
from stories.queries import options_version

SHAPES_FILE = Path(__file__).resolve().parent / "data" / "country_shapes.json"
# Five steps from light to dark blue; every step is at least 3:1 against the no-data grey's
# border and the darkest keeps white focus rings visible. Countries without any: grey.
SCALE_COLOURS = ["#c6dbef", "#9ecae1", "#4292c6", "#2171b5", "#08306b"]
NO_DATA_COLOUR = "#e4e4e4"
MAP_CACHE_SECONDS = 600


@memoize
def country_shapes():
    """The compact shapes: {"width", "height", "countries": {code: path}, "markers": ...}."""
    return json.loads(SHAPES_FILE.read_text())


def colour_steps(largest):
    """Upper bounds of the colour steps for counts up to `largest` (1, 2-3, 4-10, ...)."""
    if largest <= len(SCALE_COLOURS):
        return list(range(1, largest + 1))
    steps, ratio = [], largest ** (1 / len(SCALE_COLOURS))
    for number in range(1, len(SCALE_COLOURS) + 1):
        bound = max(round(ratio**number), (steps[-1] + 1) if steps else 1)
        steps.append(bound)
    steps[-1] = largest
    return steps


def world_map(counts, describe, link_for=None):
    """What the map template draws for {country code: count}.

    `describe(name, count)` says a country's figure in words (its link's or title's text);
    `link_for(code)` gives the address a country links to, or None.
    """
    shapes = country_shapes()
    steps = colour_steps(max(counts.values(), default=0))
    colours = SCALE_COLOURS[-len(steps) :] if steps else []

    def colour(count):
        return next(colours[i] for i, bound in enumerate(steps) if count <= bound)

    names = dict(countries)
    background, regions, markers = [], [], []
    for code, path in shapes["countries"].items():
        if code in counts:
            regions.append(region(code, names, counts, describe, link_for, colour, path=path))
        else:
            background.append(path)
    for code in counts:
        if code not in shapes["countries"] and code in shapes["markers"]:
            x, y = shapes["markers"][code]
            markers.append(region(code, names, counts, describe, link_for, colour, x=x, y=y))
    legend, low = [], 1
    for bound, step_colour in zip(steps, colours, strict=True):
        label = str(low) if bound == low else f"{low}–{bound}"
        legend.append({"colour": step_colour, "label": label})
        low = bound + 1
    return {
        "width": shapes["width"],
        "height": shapes["height"],
        "background": "".join(background),
        "regions": regions,
        "markers": markers,
        "legend": legend,
        "no_data_colour": NO_DATA_COLOUR,
    }


def region(code, names, counts, describe, link_for, colour, **drawing):
    name = names.get(code, code)
    return {
        "code": code,
        "name": name,
        "count": counts[code],
        "label": describe(name, counts[code]),
        "url": link_for(code) if link_for else None,
        "colour": colour(counts[code]),
        **drawing,
    }


def sorted_rows(counts, request, base_query=None):
    """The table's rows and its headers' sort links: by count (most first) or by name."""
    names = dict(countries)
    sort = request.GET.get("sort", "count")
    rows = [{"code": code, "name": names.get(code, code), "count": n} for code, n in counts.items()]
    if sort == "name":
        rows.sort(key=lambda row: str(row["name"]))
    else:
        sort = "count"
        rows.sort(key=lambda row: (-row["count"], str(row["name"])))
    query = dict(base_query or {})
    return {
        "rows": rows,
        "sort": sort,
        "by_name_url": "?" + urlencode({**query, "sort": "name"}),
        "by_count_url": "?" + urlencode({**query, "sort": "count"}),
    }


def story_counts(library):
    """{country code: live stories} of a library: one GROUP BY, cached until stories change."""
    key = f"reach:story-map:{library.pk}:{options_version()}"
    counts = cache.get(key)
    if counts is None:
        rows = (
            StoryPage.objects.live()
            .public()
            .child_of(library)
            .exclude(country="")
            .values_list("country")
            .annotate(stories=Count("pk"))
            .order_by()
        )
        counts = dict(rows)
        cache.set(key, counts, MAP_CACHE_SECONDS)
    return counts


def story_map(request):
    """/stories/map/: the library's stories by country, each country linking to its listing."""
    locale = Locale.objects.filter(language_code=get_language()).first()
    library = library_for(locale) if locale else None
    if library is None:
        raise Http404
    counts = story_counts(library)
    library_url = url_in_language(library, get_language(), request)

    def describe(name, count):
        return ngettext("%(country)s: %(count)s story", "%(country)s: %(count)s stories", count) % {
            "country": name,
            "count": count,
        }

    def link_for(code):
        return f"{library_url}?{urlencode({'country': code})}"

    # No `page` in the context: the language links then lead to the map in each language.
    return TemplateResponse(
        request,
        "reach/story_map.html",
        {
            "library": library,
            "library_url": library_url,
            "map": world_map(counts, describe, link_for),
            "table": sorted_rows(counts, request),
            "total": sum(counts.values()),
            "map_title": _("Stories by country"),
            "count_heading": _("Stories"),
        },
    )


def pledge_map_context(counts, request):
    """The pledge page's map and table, from the counts it already has (no extra query)."""
    by_code = {country.code: pledges for country, pledges in counts.by_country}

    def describe(name, count):
        return ngettext(
            "%(country)s: %(count)s pledge", "%(country)s: %(count)s pledges", count
        ) % {"country": name, "count": count}

    return {
        "map": world_map(by_code, describe),
        "table": sorted_rows(by_code, request),
        "map_title": _("Pledges by country"),
        "count_heading": _("Pledges"),
    }
