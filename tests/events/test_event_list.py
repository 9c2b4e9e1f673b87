"""/events/: upcoming before past, filters, pagination and a fixed number of queries."""

import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events.models import EventPage
from itac.demo import demo_image


def card_titles(html):
    return re.findall(r'class="card__title"><a href="[^"]*">([^<]+)</a>', html)


def section(html, heading_id):
    """The HTML of the section labelled by `heading_id` (up to the next section)."""
    start = html.index(f'id="{heading_id}"')
    end = html.find("</section>", start)
    return html[start:end]


@pytest.mark.django_db
class TestEventList:
    def test_upcoming_come_first_soonest_first_then_past_newest_first(self, client, make_event):
        later = make_event("Later online chat", days=20)
        sooner = make_event("Sooner online chat", days=2)
        recent = make_event("Recent past chat", days=-2)
        html = client.get("/events/").content.decode()
        titles = card_titles(html)
        assert titles.index(sooner.title) < titles.index(later.title) < titles.index(recent.title)
        upcoming = card_titles(section(html, "upcoming-heading"))
        past = card_titles(section(html, "past-heading"))
        assert set(upcoming) == set(
            EventPage.objects.live()
            .filter(end__gte=timezone.now(), locale__language_code="en")
            .values_list("title", flat=True)
        )
        assert recent.title in past and sooner.title not in past
        past_starts = [EventPage.objects.get(title=title).start for title in past]
        assert past_starts == sorted(past_starts, reverse=True)
        # The demo's first event, the 2020 soft launch, is the oldest: last in the list.
        assert past[-1] == "Soft launch on International Migrants Day"

    def test_each_card_shows_type_languages_and_time_with_offset(self, client):
        html = client.get("/events/").content.decode()
        assert "14 June 2023, 15:00–16:00 (UTC-04:00)" in html
        assert "Live chat" in html and "Expert dialogue" in html
        assert '<span class="language-label" lang="es">Spanish</span>' in html

    def test_filter_by_type(self, client, make_event):
        make_event("A webinar for the filter", days=3, event_type="webinar")
        html = client.get("/events/", {"type": "expert-dialogue"}).content.decode()
        titles = card_titles(html)
        assert titles
        assert all(EventPage.objects.get(title=t).event_type == "expert-dialogue" for t in titles)
        assert "A webinar for the filter" not in titles

    def test_filter_by_language(self, client, make_event):
        make_event("Une causerie en français", days=3, languages="fr")
        make_event("Bilingual chat", days=4, languages="en,fr")
        titles = card_titles(client.get("/events/", {"language": "fr"}).content.decode())
        assert sorted(titles) == ["Bilingual chat", "Une causerie en français"]
        spanish = card_titles(client.get("/events/", {"language": "es"}).content.decode())
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
        html = response.content.decode()
        assert card_titles(html) == []
        assert "one of the filters is not one we know" in html
        assert 'aria-invalid="true"' in html
        assert "<script>" not in html.split("<main", 1)[1]

    def test_filters_that_match_nothing_say_so(self, client):
        html = client.get("/events/", {"type": "takeover", "language": "ar"}).content.decode()
        assert card_titles(html) == []
        assert "No upcoming events match these filters." in html
        assert "No past events match these filters." in html

    def test_past_events_are_paginated_and_keep_the_filters(self, client, make_event):
        for number in range(10):
            make_event(f"Old webinar {number}", days=-100 - number, event_type="live-chat")
        first = client.get("/events/", {"type": "live-chat"}).content.decode()
        assert len(card_titles(section(first, "past-heading"))) == 12
        assert "?type=live-chat&amp;page=2" in first
        second = client.get("/events/", {"type": "live-chat", "page": "2"}).content.decode()
        past = card_titles(section(second, "past-heading"))
        # 5 demo live chats in the past + 10 here = 15: the 3 oldest on the second page.
        assert past == [
            "Live chat with the GFMD Business Mechanism and youth representatives",
            "Live chat with the director of a Venezuelan diaspora organisation",
            "Live chat: an introduction to the global dialogue",
        ]
        assert 'id="upcoming-heading"' not in second
        assert "Page 2 of 2" in second

    @pytest.mark.parametrize("page", ["abc", "-1", "9999", "1e9"])
    def test_odd_page_numbers_never_fail(self, client, page):
        assert client.get("/events/", {"page": page}).status_code == 200

    def test_query_count_stays_flat_with_many_events(self, client, make_event):
        client.get("/events/")
        with CaptureQueriesContext(connection) as few:
            client.get("/events/")
        image = demo_image("Event: test card")
        for number in range(8):
            make_event(days=number + 1, listing_image=image, languages="en,es,ar")
            make_event(days=-number - 1, listing_image=image)
        client.get("/events/")  # renders the card renditions once
        with CaptureQueriesContext(connection) as many:
            response = client.get("/events/")
        assert len(card_titles(response.content.decode())) > 20
        assert len(many) == len(few), [q["sql"] for q in many.captured_queries]

    def test_the_list_links_its_calendar_feed(self, client):
        html = client.get("/events/").content.decode()
        assert 'href="/events/feed.ics"' in html
