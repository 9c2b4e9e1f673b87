"""Calendar files keep every field on one line, whatever an editor typed (issue 16)."""

import icalendar
import pytest

pytestmark = pytest.mark.django_db


class TestOneLineInCalendars:
    def test_a_line_break_in_an_event_title_keeps_the_calendar_file_valid(self, client, make_event):
        event = make_event(
            title="Kitchen night\r\nATTENDEE:mailto:x@example.org",
            listing_summary="Cook\r\ntogether\x0b",
        )
        for address in (f"/events/{event.slug}/event.ics", "/events/feed.ics"):
            response = client.get(address)
            assert response.status_code == 200
            calendar = icalendar.Calendar.from_ical(response.content)
            ours = [c for c in calendar.walk("VEVENT") if str(c["summary"]).startswith("Kitchen")]
            assert str(ours[0]["summary"]) == "Kitchen night ATTENDEE:mailto:x@example.org"
            assert "ATTENDEE" not in [name for name, _value in ours[0].property_items()]
            assert "Cook together" in str(ours[0]["description"])
