"""Editors: create events with times in the event's zone, filter and export the list, speakers."""

import datetime

import pytest

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from events.models import EventPage
from tests.factories import SpeakerFactory
from tests.html import by_label, by_role, parse, rows_text, texts, visible_text


def form_messages(response):
    """The text of the admin's form, in whichever of its tabs (those not shown are hidden)."""
    return texts([by_role(parse(response), "main")])[0]


def listed(response):
    return rows_text(parse(response))


def event_form(**fields):
    data = {
        "title": "Editors' webinar",
        "slug": "editors-webinar",
        "event_type": "webinar",
        "start": "2031-06-14 15:00",
        "end": "2031-06-14 16:30",
        "time_zone": "America/New_York",
        "livestream_url": "",
        "recording": streamfield([]),
        "background": rich_text("<p>Why we meet.</p>"),
        "event_speakers": inline_formset([]),
        "event_partners": inline_formset([]),
        "listing_summary": "An editors' webinar.",
        "action-publish": "action-publish",
    }
    data.update(fields)
    # A multiple choice posts the same name twice; nested_form_data would number the items.
    return {**nested_form_data(data), "languages": ["en", "es"]}


@pytest.mark.django_db
class TestEditingEvents:
    def add_url(self, event_index):
        return f"/admin/pages/add/events/eventpage/{event_index.pk}/"

    def test_times_are_read_in_the_events_own_zone(self, client, administrator, event_index):
        client.force_login(administrator)
        speaker = SpeakerFactory()
        response = client.post(
            self.add_url(event_index),
            event_form(event_speakers=inline_formset([{"speaker": speaker.pk}])),
        )
        assert response.status_code == 302, visible_text(parse(response))[:3000]
        event = EventPage.objects.get(locale__language_code="en", slug="editors-webinar")
        assert event.live
        assert event.start == datetime.datetime(2031, 6, 14, 19, 0, tzinfo=datetime.UTC)
        assert event.end == datetime.datetime(2031, 6, 14, 20, 30, tzinfo=datetime.UTC)
        assert event.languages == "en,es"
        assert [link.speaker for link in event.event_speakers.all()] == [speaker]
        # The edit form shows the same clock times back.
        form = parse(client.get(f"/admin/pages/{event.pk}/edit/"))
        assert by_label(form, "Starts")["value"] == "2031-06-14 15:00"
        assert by_label(form, "Ends")["value"] == "2031-06-14 16:30"

    def test_an_event_that_ends_before_it_starts_is_refused(
        self, client, administrator, event_index
    ):
        client.force_login(administrator)
        response = client.post(self.add_url(event_index), event_form(end="2031-06-14 14:00"))
        assert response.status_code == 200
        assert "The event must end after it starts." in form_messages(response)
        assert not EventPage.objects.filter(slug="editors-webinar").exists()

    def test_an_unknown_time_zone_is_refused(self, client, administrator, event_index):
        client.force_login(administrator)
        response = client.post(self.add_url(event_index), event_form(time_zone="Mars/Olympus"))
        assert response.status_code == 200
        assert "is not a time zone" in form_messages(response)
        assert not EventPage.objects.filter(slug="editors-webinar").exists()


@pytest.mark.django_db
class TestEventListingForEditors:
    @pytest.fixture(autouse=True)
    def events(self, make_event):
        """A launch past, in English only; a dialogue and a chat to come, in four languages."""
        make_event("Soft launch of the campaign", days=-400, event_type="launch")
        for title, event_type in [
            ("Dialogue: South American perspectives", "expert-dialogue"),
            ("Live chat: an introduction to welcoming cities", "live-chat"),
        ]:
            make_event(title, days=20, event_type=event_type, languages="en,es,fr,pt")

    def test_editors_filter_events_by_type_language_and_time(self, client, editor):
        client.force_login(editor)
        response = client.get("/admin/events/", {"event_type": "launch"})
        assert response.status_code == 200
        rows = listed(response)
        assert "Soft launch of the campaign" in rows
        assert "Live chat: an introduction to welcoming cities" not in rows
        upcoming = listed(client.get("/admin/events/", {"when": "upcoming"}))
        assert "Live chat: an introduction" in upcoming and "Soft launch" not in upcoming
        french = listed(client.get("/admin/events/", {"language": "fr"}))
        assert "Live chat: an introduction" in french and "Soft launch" not in french

    def test_editors_export_the_list_as_csv(self, client, editor):
        client.force_login(editor)
        response = client.get("/admin/events/", {"export": "csv", "event_type": "expert-dialogue"})
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/csv")
        lines = b"".join(response.streaming_content).decode().splitlines()
        assert lines[0].startswith("Title,Type,Starts (UTC),Ends (UTC),Time zone,Languages")
        assert any("South American perspectives" in line for line in lines[1:])
        assert not any("Live chat" in line for line in lines[1:])

    def test_editors_manage_the_speaker_library(self, client, editor):
        SpeakerFactory(name="Camila Andrade")
        client.force_login(editor)
        response = client.get("/admin/snippets/events/speaker/")
        assert response.status_code == 200
        assert "Camila Andrade" in listed(response)
        assert client.get("/admin/snippets/events/speaker/add/").status_code == 200
