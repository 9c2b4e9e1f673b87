"""Helpers for the events tests: the demo event list and a way to add events to it."""

import datetime
import zoneinfo

import pytest

from django.utils import timezone

from events.models import EventIndexPage, EventPage


@pytest.fixture
def event_index(db):
    return EventIndexPage.objects.get(locale__language_code="en", slug="events")


@pytest.fixture
def make_event(event_index):
    """Add a live event to /events/: starts `days` from now (negative: in the past)."""
    counter = iter(range(1000))

    def make(title=None, days=1, hours=0, minutes=60, **fields):
        number = next(counter)
        start = fields.pop("start", None) or timezone.now() + datetime.timedelta(
            days=days, hours=hours
        )
        event = EventPage(
            title=title or f"Test event {number}",
            slug=fields.pop("slug", f"test-event-{number}"),
            event_type=fields.pop("event_type", "webinar"),
            start=start,
            end=start + datetime.timedelta(minutes=minutes),
            time_zone=fields.pop("time_zone", "UTC"),
            languages=fields.pop("languages", "en"),
            listing_summary=fields.pop("listing_summary", "A test event."),
            **fields,
        )
        event_index.add_child(instance=event)
        return event

    return make


def aware(year, month, day, hour, minute, zone):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=zoneinfo.ZoneInfo(zone))
