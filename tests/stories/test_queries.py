"""Query counts: fixed whatever the number of stories, and what the story library adds itself."""

import pytest

from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from stories.models import StoryPage
from tests.factories import ImageFactory, PartnerPageFactory, StoryPageFactory, ThemeFactory
from tests.html import all_by_role, by_role, parse, texts
from tests.queries import queries_to_get

SOUP_RUN = "/stories/it-takes-a-community-to-fill-a-bowl/"
# A content page: what routing, privacy checks and the shared layout cost on every page.
LAYOUT = "/about/"
# The issue's limits for the whole page (layout included).
LIMITS = {
    "/": 12,
    "/stories/": 12,
    "/stories/?country=CA&theme=night-classes&page=1": 12,
    "/stories/?q=community&theme=night-classes": 12,
    SOUP_RUN: 10,
}
# What the story library adds on top of the layout: results, count, images, themes; the
# story page's own route replaces Wagtail's two routing queries with one.
OWN_QUERIES = {
    "/stories/": 4,
    "/stories/?country=CA&theme=night-classes&page=1": 4,
    "/stories/?q=community&theme=night-classes": 4,
    SOUP_RUN: 4,
}


@pytest.fixture(autouse=True)
def stories(db):
    """Five featured stories from Canada with a photo, a theme and a partner with a logo (all
    a card or a story page shows), one of them the soup run."""
    theme = ThemeFactory(name="Night classes", slug="night-classes")
    partner = PartnerPageFactory(logo=ImageFactory())
    photo = ImageFactory(file__width=1600, file__height=1067)
    titles = [f"It Takes A Community, story {number}" for number in range(4)]
    for title in [*titles, "It Takes A Community to fill a bowl"]:
        StoryPageFactory(
            title=title,
            country="CA",
            themes=[theme],
            partner=partner,
            featured=True,
            hero_image=photo,
            hero_image_decorative=True,
        )


def query_count(client, url):
    client.get(url)  # warm-up: site root paths, filter options and renditions are cached
    return queries_to_get(client, url)


@pytest.mark.django_db
@pytest.mark.parametrize(("url", "own"), OWN_QUERIES.items())
def test_story_pages_add_few_queries_to_the_layout(client, url, own):
    assert query_count(client, url) - query_count(client, LAYOUT) <= own


@pytest.mark.django_db
def test_featured_stories_cost_two_queries():
    request = RequestFactory().get("/")
    template = Template("{% load story_tags %}{% featured_stories %}")
    template.render(Context({"request": request}))
    with CaptureQueriesContext(connection) as captured:
        html = template.render(Context({"request": request}))
    assert by_role(parse(html), "heading", "Stories from the community")
    assert len(captured.captured_queries) <= 2


@pytest.mark.django_db
def test_query_counts_do_not_grow_with_the_number_of_stories(client, many_stories):
    few = {url: query_count(client, url) for url in LIMITS}
    many_stories(300)
    many = {url: query_count(client, url) for url in LIMITS}
    assert many == few


@pytest.mark.django_db
@pytest.mark.parametrize(("url", "limit"), LIMITS.items())
def test_whole_pages_within_the_issue_limits(client, url, limit):
    assert query_count(client, url) <= limit


@pytest.mark.django_db
def test_a_story_page_drawn_anew_loads_its_themes_once(client):
    """The themes a story page lists are the ones its related stories are found by: one query."""
    story = StoryPage.objects.get(title="It Takes A Community to fill a bowl")
    with CaptureQueriesContext(connection) as captured:
        doc = parse(client.get(story.url))
    assert texts(all_by_role(by_role(doc, "list", "Themes"), "listitem")) == ["Night classes"]
    assert by_role(doc, "heading", "More stories like this")
    its_themes = 'FROM "stories_theme" INNER JOIN "stories_storypage_themes"'
    assert sum(its_themes in q["sql"] for q in captured.captured_queries) == 1
