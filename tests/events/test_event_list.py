"""/events/: upcoming before past, filters, pagination and a fixed number of queries."""

import pytest

from django.utils import timezone

from events.models import EventPage
from tests.factories import ImageFactory
from tests.html import (
    accessible_name,
    all_by_role,
    by_role,
    hrefs,
    parse,
    squash,
    texts,
    visible_text,
)
from tests.queries import queries_to_draw, queries_to_get

from .conftest import aware


def card_titles(page):
    """The event named by each card: a list item whose heading links to the event's page."""
    titles = []
    for item in all_by_role(parse(page), "listitem"):
        headings = all_by_role(item, "heading")
        if len(headings) == 1 and all_by_role(headings[0], "link"):
            titles.append(accessible_name(by_role(headings[0], "link")))
    return titles


def section(page, name):
    """The region of the page named `name` (by its heading)."""
    return by_role(parse(page), "region", name)


@pytest.mark.django_db
class TestEventList:
    @pytest.fixture(autouse=True)
    def past_events(self, make_event):
        """The campaign's past: a launch, an expert dialogue in New York's time and three live
        chats, in English and Spanish."""
        for title, event_type, start, zone in [
            ("Soft launch on International Migrants Day", "launch", (2020, 12, 18, 15), "UTC"),
            (
                "Live chat: an introduction to the global dialogue",
                "live-chat",
                (2021, 3, 1, 15),
                "UTC",
            ),
            (
                "Live chat with the director of a Venezuelan diaspora organisation",
                "live-chat",
                (2021, 9, 1, 15),
                "UTC",
            ),
            (
                "Live chat with the GFMD Business Mechanism and youth representatives",
                "live-chat",
                (2022, 3, 1, 15),
                "UTC",
            ),
            (
                "Expert dialogue: cities that welcome",
                "expert-dialogue",
                (2023, 6, 14, 15),
                "America/New_York",
            ),
        ]:
            make_event(
                title,
                event_type=event_type,
                start=aware(*start, 0, zone),
                time_zone=zone,
                languages="en,es",
            )

    def test_upcoming_come_first_soonest_first_then_past_newest_first(self, client, make_event):
        later = make_event("Later online chat", days=20)
        sooner = make_event("Sooner online chat", days=2)
        recent = make_event("Recent past chat", days=-2)
        doc = parse(client.get("/events/"))
        titles = card_titles(doc)
        assert titles.index(sooner.title) < titles.index(later.title) < titles.index(recent.title)
        upcoming = card_titles(section(doc, "Upcoming events"))
        past = card_titles(section(doc, "Past events"))
        assert set(upcoming) == set(
            EventPage.objects.live()
            .filter(end__gte=timezone.now(), locale__language_code="en")
            .values_list("title", flat=True)
        )
        assert recent.title in past and sooner.title not in past
        past_starts = [EventPage.objects.get(title=title).start for title in past]
        assert past_starts == sorted(past_starts, reverse=True)
        # The first event, the 2020 soft launch, is the oldest: last in the list.
        assert past[-1] == "Soft launch on International Migrants Day"

    def test_each_card_shows_type_languages_and_time_with_offset(self, client):
        doc = parse(client.get("/events/"))
        tags = texts(all_by_role(doc, "list", "About this event"))
        times = texts(doc.find_all("time"))
        assert "14 June 2023, 15:00–16:00 (UTC-04:00)" in times
        assert any("Live chat" in tag for tag in tags) and any("Expert dialogue" in t for t in tags)
        # The language's name is marked up in that language, for screen readers.
        spanish = [el for el in doc.find_all(lang="es") if squash(el.get_text(" ")) == "Spanish"]
        assert spanish

    def test_filter_by_type(self, client, make_event):
        make_event("A webinar for the filter", days=3, event_type="webinar")
        titles = card_titles(client.get("/events/", {"type": "expert-dialogue"}))
        assert titles
        assert all(EventPage.objects.get(title=t).event_type == "expert-dialogue" for t in titles)
        assert "A webinar for the filter" not in titles

    def test_filter_by_language(self, client, make_event):
        make_event("Une causerie en français", days=3, languages="fr")
        make_event("Bilingual chat", days=4, languages="en,fr")
        titles = card_titles(client.get("/events/", {"language": "fr"}))
        assert sorted(titles) == ["Bilingual chat", "Une causerie en français"]
        spanish = card_titles(client.get("/events/", {"language": "es"}))
        assert "Une causerie en français" not in spanish
        assert "Live chat: an introduction to the global dialogue" in spanish

    @pytest.mark.parametrize(
        "query",
        [
            {"type": "rave"},
            {"language": "xx"},
            {"type": ["live-chat", "<script>"]},
            {"language": "es)|(.*"},
        ],
    )
    def test_unknown_filter_values_give_a_clear_empty_result(self, client, query):
        response = client.get("/events/", query)
        assert response.status_code == 200
        doc = parse(response)
        assert card_titles(doc) == []
        statuses = [visible_text(status) for status in all_by_role(doc, "status")]
        assert any("one of the filters is not one we know" in status for status in statuses)
        form = by_role(doc, "form", "Filter events")
        assert form.find(attrs={"aria-invalid": "true"}) is not None
        # What was sent is never run: no bare script element from the main content onwards.
        main = by_role(doc, "main")
        assert [script for script in main.find_all_next("script") if not script.attrs] == []

    def test_filters_that_match_nothing_say_so(self, client):
        doc = parse(client.get("/events/", {"type": "takeover", "language": "ar"}))
        assert card_titles(doc) == []
        upcoming = visible_text(section(doc, "Upcoming events"))
        assert "No upcoming events match these filters." in upcoming
        assert "No past events match these filters." in visible_text(section(doc, "Past events"))

    def test_past_events_are_paginated_and_keep_the_filters(self, client, make_event):
        for number in range(12):
            make_event(f"Old webinar {number}", days=-100 - number, event_type="live-chat")
        first = parse(client.get("/events/", {"type": "live-chat"}))
        assert len(card_titles(section(first, "Past events"))) == 12
        assert "?type=live-chat&page=2" in hrefs(first)
        second = parse(client.get("/events/", {"type": "live-chat", "page": "2"}))
        past = card_titles(section(second, "Past events"))
        # 3 live chats in the past + 12 here = 15: the 3 oldest on the second page.
        assert past == [
            "Live chat with the GFMD Business Mechanism and youth representatives",
            "Live chat with the director of a Venezuelan diaspora organisation",
            "Live chat: an introduction to the global dialogue",
        ]
        assert all_by_role(second, "region", "Upcoming events") == []
        assert second.find(id="upcoming-heading") is None
        assert "Page 2 of 2" in visible_text(second)

    @pytest.mark.parametrize("page", ["abc", "-1", "9999", "1e9"])
    def test_odd_page_numbers_never_fail(self, client, page):
        assert client.get("/events/", {"page": page}).status_code == 200

    def test_query_count_stays_flat_with_many_events(self, client, make_event):
        image = ImageFactory()

        def add_two(number):
            """One event to come and one past, each with its picture."""
            make_event(days=number + 1, listing_image=image, languages="en,es,ar")
            make_event(days=-number - 1, listing_image=image)

        add_two(0)
        few = queries_to_draw(client, "/events/")
        for number in range(1, 8):
            add_two(number)
        many = queries_to_draw(client, "/events/")
        # Every upcoming event, a page of the past.
        assert len(card_titles(client.get("/events/"))) == 8 + 12
        assert many == few
        assert queries_to_get(client, "/events/") == 0  # kept until a page changes

    def test_the_list_links_its_calendar_feed(self, client):
        doc = parse(client.get("/events/"))
        link = by_role(doc, "link", "Subscribe to the calendar of upcoming events (.ics)")
        assert link["href"] == "/events/feed.ics"
