"""Listings stay cheap at any size: counts stop at the last page shown, deep pages are refused
with a plain message, and counts are kept until a story changes."""

import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.test.utils import CaptureQueriesContext

from stories.models import StoryPage


def summary_and_notice(response):
    soup = BeautifulSoup(response.content, "html.parser")
    summary = soup.find(class_="result-summary").get_text(" ", strip=True)
    notice = soup.find(class_="notice--warning")
    return summary, notice.get_text(" ", strip=True) if notice else ""


@pytest.fixture
def two_pages_at_most(monkeypatch):
    monkeypatch.setattr("stories.views.MAX_PAGES", 2)


@pytest.mark.django_db
def test_a_long_library_says_more_than_what_it_shows(client, many_stories, two_pages_at_most):
    many_stories(30)
    summary, notice = summary_and_notice(client.get("/stories/"))
    assert summary.startswith("More than 24 stories")
    assert "page 1 of 2" in summary
    assert notice == ""


@pytest.mark.django_db
def test_a_page_past_the_last_shown_explains_how_to_go_further(
    client, many_stories, two_pages_at_most
):
    many_stories(30)
    response = client.get("/stories/", {"page": 5})
    assert response.status_code == 200
    assert response.context["page_obj"].number == 2
    _summary, notice = summary_and_notice(response)
    assert "Only the first 2 pages can be shown" in notice
    # The way forward is there: the filter form.
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("form", class_="filters") is not None


@pytest.mark.django_db
def test_a_short_library_counts_exactly(client, library, two_pages_at_most):
    live = StoryPage.objects.live().child_of(library).count()
    summary, notice = summary_and_notice(client.get("/stories/", {"page": 9}))
    assert summary.startswith(f"{live} stories")
    assert notice == ""


@pytest.mark.django_db
def test_the_count_is_kept_until_a_story_is_published(client, library):
    client.get("/stories/?country=CA")
    with CaptureQueriesContext(connection) as captured:
        client.get("/stories/?country=CA")
    assert not any("COUNT(" in query["sql"].upper() for query in captured.captured_queries)
    story = StoryPage(
        title="It Takes A Community to paddle a canoe",
        summary="Canoes.",
        body=[{"type": "paragraph", "value": "<p>Canoes.</p>"}],
        country="CA",
    )
    before = shown_total(client.get("/stories/?country=CA"))
    library.add_child(instance=story)
    story.save_revision().publish()
    assert shown_total(client.get("/stories/?country=CA")) == before + 1


def shown_total(response):
    """The number of stories the result summary says match ("7 stories, page 1 of 2")."""
    summary, _notice = summary_and_notice(response)
    return int(summary.split()[0])
