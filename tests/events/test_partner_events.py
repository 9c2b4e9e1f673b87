"""A partner's page lists the events it takes part in, in a fixed number of queries."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import EventPage, EventPartner
from tests.factories import PartnerPageFactory
from tests.html import accessible_name, all_by_role, by_role, parse


def event_cards(doc, partner):
    """The titles of the event cards in the partner page's events section, in order."""
    section = by_role(doc, "region", f"Events with {partner.title}")
    return [
        accessible_name(by_role(heading, "link"))
        for item in all_by_role(section, "listitem")
        for heading in all_by_role(item, "heading")
    ]


@pytest.fixture
def linked_partner(make_event):
    """A partner in two events: one past, one in two months."""
    partner = PartnerPageFactory()
    for title, days in [("Partner: last month", -30), ("Partner: in two months", 60)]:
        EventPartner.objects.create(event=make_event(title, days=days), partner=partner)
    return partner


@pytest.mark.django_db
def test_partner_page_lists_its_events_upcoming_first(client, linked_partner, make_event):
    upcoming = make_event("Partner: next month", days=30)
    EventPartner.objects.create(event=upcoming, partner=linked_partner)
    cards = event_cards(parse(client.get(linked_partner.url)), linked_partner)
    titles = list(
        EventPage.objects.filter(event_partners__partner=linked_partner).values_list(
            "title", flat=True
        )
    )
    shown = [title for title in titles if title in cards]
    assert upcoming.title in shown and len(shown) == min(len(titles), 6)
    assert len(cards) == len(shown)
    past_title = next(t for t in titles if t != upcoming.title and t in cards)
    assert cards.index(upcoming.title) < cards.index(past_title)


@pytest.mark.django_db
def test_partner_events_cost_a_fixed_number_of_queries(client, linked_partner, make_event):
    client.get(linked_partner.url)
    with CaptureQueriesContext(connection) as before:
        client.get(linked_partner.url)
    for number in range(4):
        event = make_event(days=number + 2)
        EventPartner.objects.create(event=event, partner=linked_partner)
    client.get(linked_partner.url)
    with CaptureQueriesContext(connection) as after:
        response = client.get(linked_partner.url)
    assert len(event_cards(parse(response), linked_partner)) == 6
    assert len(after) == len(before)
