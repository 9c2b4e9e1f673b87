"""An event's page, its calendar file, the feed, validation and the home page's events."""

import datetime

import icalendar
import pytest

from django.core.exceptions import ValidationError
from django.utils import timezone

from events.models import EventPage, EventPartner, EventSpeaker, Speaker
from tests import html
from tests.factories import PartnerPageFactory, SpeakerFactory

from .conftest import aware

JUNE_14 = "/events/live-chat-racial-justice-and-gender/"
RECORDING = "https://www.youtube.com/results?search_query=racial+justice"


@pytest.fixture(autouse=True)
def past_events(make_event):
    """Four past events: the 2020 launch, a live chat on 14 June 2023 in New York's time (two
    speakers, a partner, a recording) and two in 2024, the World Refugee Day chat the latest."""
    make_event("Soft launch on International Migrants Day", start=aware(2020, 12, 18, 15, 0, "UTC"))
    june_14 = make_event(
        "Live chat: racial justice and gender",
        slug="live-chat-racial-justice-and-gender",
        start=aware(2023, 6, 14, 15, 0, "America/New_York"),
        time_zone="America/New_York",
        languages="en,es",
        listing_summary="A live chat on racial justice and gender in migration.",
        recording=[{"type": "video", "value": {"url": RECORDING, "title": "Recording"}}],
    )
    june_14.save_revision().publish()
    for order, (name, role, organisation) in enumerate(
        [
            ("Nia Mensah", "Researcher", "A university"),
            ("Valentina Rojas", "Director", "A Venezuelan diaspora organisation"),
        ]
    ):
        speaker = SpeakerFactory(name=name, role=role, organisation=organisation)
        EventSpeaker.objects.create(event=june_14, speaker=speaker, sort_order=order)
    EventPartner.objects.create(event=june_14, partner=PartnerPageFactory())
    make_event("Live chat: cities that welcome", start=aware(2024, 3, 1, 15, 0, "UTC"))
    make_event(
        "Live chat: summing up the global dialogue on World Refugee Day",
        start=aware(2024, 6, 20, 15, 0, "UTC"),
    )


def parse(response):
    return icalendar.Calendar.from_ical(response.content)


def facts(response):
    """The event's facts (When, Languages, Where) as {term: description}."""
    return html.definitions(html.parse(response).find("h1").find_parent("article").find("dl"))


def card_titles(region):
    """The event named by each card: a list item whose heading links to the event."""
    titles = []
    for item in html.all_by_role(region, "listitem"):
        headings = html.all_by_role(item, "heading")
        if len(headings) == 1 and html.all_by_role(headings[0], "link"):
            titles.append(html.accessible_name(html.by_role(headings[0], "link")))
    return titles


@pytest.mark.django_db
class TestEventPage:
    def test_shows_the_time_in_its_zone_with_the_utc_offset(self, client):
        response = client.get(JUNE_14)
        when = facts(response)["When"]
        assert "14 June 2023, 15:00–16:00 (UTC-04:00)" in when
        assert "America/New_York" in when
        time = html.parse(response).find("h1").find_parent("article").find("dl").find("time")
        assert time["datetime"] in {"2023-06-14T15:00:00-04:00", "2023-06-14T19:00:00+00:00"}

    def test_a_zone_east_of_utc_shows_a_plus_offset(self, client, make_event):
        event = make_event(start=aware(2031, 3, 5, 9, 30, "Asia/Kolkata"), time_zone="Asia/Kolkata")
        assert "5 March 2031, 09:30–10:30 (UTC+05:30)" in facts(client.get(event.url))["When"]

    def test_shows_speakers_in_order_languages_partners_and_recording_as_a_link(self, client):
        event = EventPage.objects.get(
            locale__language_code="en", slug="live-chat-racial-justice-and-gender"
        )
        response = client.get(JUNE_14)
        doc = html.parse(response)
        speakers = html.texts(html.all_by_role(html.by_role(doc, "region", "Speakers"), "listitem"))
        # The researcher comes first, then the diaspora director.
        nia = next(i for i, text in enumerate(speakers) if "Nia Mensah" in text)
        valentina = next(i for i, text in enumerate(speakers) if "Valentina Rojas" in text)
        assert nia < valentina
        assert "Director, A Venezuelan diaspora organisation" in speakers[valentina]
        languages = facts(response)["Languages"]
        assert "Spanish" in languages and "English" in languages
        assert doc.find("iframe") is None
        recording = html.hrefs(html.by_role(doc, "region", "Recording"))
        assert RECORDING in recording
        partners = html.by_role(doc, "region", "With our partners")
        named = [html.accessible_name(link) for link in html.all_by_role(partners, "link")]
        for link in event.event_partners.select_related("partner"):
            assert link.partner.title in named

    def test_an_upcoming_event_offers_the_livestream(self, client, make_event):
        event = make_event(livestream_url="https://www.youtube.com/watch?v=upcoming", days=5)
        doc = html.parse(client.get(event.url))
        livestream = html.by_role(doc, "link", "Watch the livestream")
        assert livestream["href"] == "https://www.youtube.com/watch?v=upcoming"
        calendar = html.by_role(doc, "link", "Add to your calendar (.ics)")
        assert calendar["href"] == event.url + "event.ics"

    def test_costs_the_same_queries_with_more_speakers(
        self, client, make_event, django_assert_max_num_queries
    ):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        from events.models import EventSpeaker

        event = make_event(days=5)
        client.get(event.url)
        speaker = Speaker.objects.first()
        # The connection's query log keeps the last 9,000 queries (the demo load fills it):
        # empty it before each count, or a count reads 0.
        connection.queries_log.clear()
        with CaptureQueriesContext(connection) as few:
            client.get(event.url)
        few = len(few)  # read now: it is a view of the log
        assert few > 0
        for number in range(6):
            EventSpeaker.objects.create(
                event=event,
                speaker=Speaker.objects.create(name=f"Speaker {number}", locale=speaker.locale),
            )
        # A new speaker makes the layout's cached parts stale (itac.page_cache): warm them again.
        client.get(event.url)
        connection.queries_log.clear()
        with django_assert_max_num_queries(few):
            response = client.get(event.url)
        speakers = html.by_role(html.parse(response), "region", "Speakers")
        assert "Speaker 5" in html.texts(html.all_by_role(speakers, "listitem"))


@pytest.mark.django_db
class TestCalendars:
    def test_each_event_offers_a_valid_ics_download(self, client):
        response = client.get(JUNE_14 + "event.ics")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/calendar")
        assert response["Content-Disposition"] == (
            'attachment; filename="live-chat-racial-justice-and-gender.ics"'
        )
        calendar = parse(response)
        [event] = calendar.walk("VEVENT")
        page = EventPage.objects.get(
            locale__language_code="en", slug="live-chat-racial-justice-and-gender"
        )
        assert event["UID"] == f"{page.translation_key}@localhost"
        assert event["SUMMARY"] == page.title
        assert event["URL"] == "http://localhost/events/live-chat-racial-justice-and-gender/"
        assert page.listing_summary in event["DESCRIPTION"]
        assert event.decoded("DTSTART") == datetime.datetime(2023, 6, 14, 19, tzinfo=datetime.UTC)
        assert event.decoded("DTEND") == datetime.datetime(2023, 6, 14, 20, tzinfo=datetime.UTC)
        assert "DTSTAMP" in event
        raw = response.content.decode()
        assert "DTSTART:20230614T190000Z" in raw and "DTEND:20230614T200000Z" in raw

    def test_the_uid_stays_the_same_after_an_edit(self, client):
        page = EventPage.objects.get(
            locale__language_code="en", slug="live-chat-racial-justice-and-gender"
        )
        before = parse(client.get(JUNE_14 + "event.ics")).walk("VEVENT")[0]["UID"]
        page.title = "A new title"
        page.save_revision().publish()
        after = parse(client.get(JUNE_14 + "event.ics")).walk("VEVENT")[0]
        assert after["UID"] == before and after["SUMMARY"] == "A new title"

    def test_every_event_has_a_working_ics(self, client):
        events = EventPage.objects.live()
        assert events.count() == 4
        for event in events:
            response = client.get(event.url + "event.ics")
            assert response.status_code == 200, event.url
            assert len(parse(response).walk("VEVENT")) == 1

    def test_the_feed_lists_only_upcoming_events(self, client, make_event):
        soon = make_event("Feed: tomorrow", days=1)
        make_event("Feed: yesterday", days=-1)
        now_on = make_event("Feed: started an hour ago", hours=-1, minutes=120)
        response = client.get("/events/feed.ics")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/calendar")
        summaries = {str(event["SUMMARY"]) for event in parse(response).walk("VEVENT")}
        upcoming = set(
            EventPage.objects.live()
            .filter(end__gte=timezone.now(), locale__language_code="en")
            .values_list("title", flat=True)
        )
        assert summaries == upcoming
        assert {soon.title, now_on.title} <= summaries
        assert "Feed: yesterday" not in summaries
        assert "Soft launch on International Migrants Day" not in summaries

    def test_an_unpublished_event_is_not_in_the_feed(self, client, make_event):
        event = make_event("Feed: draft", days=2)
        event.unpublish()
        feed = parse(client.get("/events/feed.ics"))
        summaries = {str(e["SUMMARY"]) for e in feed.walk("VEVENT")}
        assert "Feed: draft" not in summaries


@pytest.mark.django_db
class TestValidation:
    def build(self, event_index, **fields):
        start = aware(2030, 1, 10, 10, 0, "UTC")
        values = {
            "title": "Validation",
            "slug": "validation",
            "event_type": "webinar",
            "start": start,
            "end": start + datetime.timedelta(hours=1),
            "time_zone": "Europe/Madrid",
            "languages": "en",
            "path": event_index.path + "0099",
            "depth": event_index.depth + 1,
        }
        values.update(fields)
        return EventPage(**values)

    def test_a_valid_event_passes(self, event_index):
        self.build(event_index).full_clean()

    def test_the_end_must_come_after_the_start(self, event_index):
        start = aware(2030, 1, 10, 10, 0, "UTC")
        with pytest.raises(ValidationError) as error:
            self.build(event_index, end=start - datetime.timedelta(minutes=1)).full_clean()
        assert error.value.message_dict["end"] == ["The event must end after it starts."]

    @pytest.mark.parametrize("zone", ["Mars/Olympus", "utc+2", "", "../etc/passwd"])
    def test_the_time_zone_must_be_a_real_one(self, event_index, zone):
        with pytest.raises(ValidationError) as error:
            self.build(event_index, time_zone=zone).full_clean()
        assert "time_zone" in error.value.message_dict

    def test_languages_must_be_site_languages(self, event_index):
        with pytest.raises(ValidationError) as error:
            self.build(event_index, languages="en,klingon").full_clean()
        assert "languages" in error.value.message_dict


@pytest.mark.django_db
class TestHomePage:
    def section(self, response, name):
        """The home page's events: the region named `name`."""
        return html.by_role(html.parse(response), "region", name)

    def test_shows_the_next_three_upcoming_events(self, client, make_event):
        first = make_event("Home: first", days=1)
        second = make_event("Home: second", days=2)
        third = make_event("Home: third", days=3)
        make_event("Home: fourth", hours=80)
        make_event("Home: over", days=-1)
        section = self.section(client.get("/"), "Coming up")
        titles = card_titles(section)
        assert titles == [first.title, second.title, third.title]
        assert not html.mentions(section, "Home: fourth")
        assert not html.mentions(section, "Home: over")
        assert html.by_role(section, "link", "All events")["href"] == "/events/"

    def test_shows_the_latest_past_events_when_none_is_planned(self, client):
        for event in EventPage.objects.live().filter(end__gte=timezone.now()):
            event.unpublish()
        section = self.section(client.get("/"), "Our latest events")
        titles = card_titles(section)
        assert "Live chat: summing up the global dialogue on World Refugee Day" in titles
        assert not html.mentions(section, "Soft launch")
        assert len(titles) == 3

    def test_home_page_events_cost_a_fixed_number_of_queries(self, client, make_event):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        client.get("/")
        with CaptureQueriesContext(connection) as before:
            client.get("/")
        for number in range(5):
            make_event(days=number + 1)
        client.get("/")
        with CaptureQueriesContext(connection) as after:
            client.get("/")
        assert len(after) == len(before)


@pytest.mark.django_db
@pytest.mark.urls("itac.urls")
def test_site_serves_the_calendar_files(client):
    assert client.get("/events/feed.ics").status_code == 200
    assert client.get(JUNE_14 + "event.ics").status_code == 200


@pytest.mark.django_db
class TestCalendarAddresses:
    def test_a_slash_after_ics_or_a_missing_event_is_not_found(self, client):
        assert client.get("/events/feed.ics/").status_code == 404
        assert client.get("/events/no-such-event/event.ics").status_code == 404
        assert client.get("/about/feed.ics").status_code == 404

    def test_a_draft_event_has_no_calendar_file(self, client, make_event):
        event = make_event("Draft for ics", days=3)
        event.unpublish()
        assert client.get(f"/events/{event.slug}/event.ics").status_code == 404
