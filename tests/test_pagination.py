"""The one pagination component of the listings (stories, past events, pledge names): what a
visitor finds in it, whichever listing includes it."""

from django.core.paginator import Paginator
from django.template import engines
from django.test import RequestFactory
from django.utils import translation

from tests.html import all_by_role, by_role, parse, squash

STORIES = (
    '{% include "components/pagination.html" with page_obj=page_obj '
    'label=_("Pages of stories") numbered=True %}'
)
PAST_EVENTS = (
    '{% include "components/pagination.html" with page_obj=page_obj '
    'label=_("Pages of past events") previous_label=_("Newer events") '
    'next_label=_("Older events") %}'
)


def render(include, pages, query, language="en"):
    request = RequestFactory().get("/listing/", query)
    page_obj = Paginator(range(pages * 12), 12).get_page(query.get("page"))
    with translation.override(language):
        template = engines["django"].from_string("{% load i18n %}" + include)
        html = template.render({"page_obj": page_obj}, request=request)
    return parse(html)


def hrefs(doc):
    return {squash(link.get_text(" ")): link["href"] for link in all_by_role(doc, "link")}


def test_numbered_pages_show_a_window_around_the_current_one_and_keep_the_filters():
    doc = render(STORIES, 12, {"theme": "inclusion", "page": "6"})

    nav = by_role(doc, "navigation", "Pages of stories")
    assert squash(nav.find(attrs={"aria-current": "page"}).get_text(" ")) == "Page 6"
    assert hrefs(nav) == {
        "Previous": "?theme=inclusion&page=5",
        # Page 1 is the listing itself: one address for it, not two.
        "Page 1": "?theme=inclusion",
        "Page 4": "?theme=inclusion&page=4",
        "Page 5": "?theme=inclusion&page=5",
        "Page 7": "?theme=inclusion&page=7",
        "Page 8": "?theme=inclusion&page=8",
        "Page 12": "?theme=inclusion&page=12",
        "Next": "?theme=inclusion&page=7",
    }
    gaps = nav.find_all("span", attrs={"aria-hidden": "true"})
    assert [gap.get_text() for gap in gaps] == ["…", "…"]


def test_the_second_page_leads_back_to_the_bare_listing():
    assert hrefs(render(STORIES, 3, {"page": "2"}))["Previous"] == "?"


def test_one_page_needs_no_pagination():
    assert render(STORIES, 1, {}).find("nav") is None


def test_past_events_say_which_page_of_how_many_in_the_visitors_language():
    doc = render(PAST_EVENTS, 3, {"type": "webinar", "page": "2"}, language="es")

    with translation.override("es"):
        nav = by_role(doc, "navigation", translation.gettext("Pages of past events"))
        newer, older = translation.gettext("Newer events"), translation.gettext("Older events")
        page_of = translation.gettext("Page %(number)s of %(total)s") % {"number": 2, "total": 3}
    assert squash(nav.find(attrs={"aria-current": "page"}).get_text()) == page_of
    assert hrefs(nav) == {newer: "?type=webinar", older: "?type=webinar&page=3"}
