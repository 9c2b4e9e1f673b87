"""Each factory makes content a visitor can meet: the partner in its directory, the event in
the calendar, the signature in the pledge counter, the account in its group."""

import pytest

from actions.models import PledgePage
from tests.factories import (
    EventPageFactory,
    PartnerPageFactory,
    PledgeSignatureFactory,
    UserFactory,
)
from tests.html import all_by_role, parse


@pytest.mark.django_db
def test_a_partner_is_listed_in_the_directory_under_its_category(client):
    partner = PartnerPageFactory(title="Welcoming Neighbours of Cork")

    directory = parse(client.get("/partners/")).find("main")

    assert all_by_role(directory, "link", partner.title)
    assert all_by_role(directory, "heading", partner.category.name)


@pytest.mark.django_db
def test_an_upcoming_event_is_in_the_events_listing(client):
    event = EventPageFactory(title="Cities that welcome: a live chat")

    listing = parse(client.get("/events/")).find("main")

    assert all_by_role(listing, "link", event.title)


@pytest.mark.django_db
def test_a_signature_counts_on_its_pledge():
    pledge = PledgePage.objects.get(locale__language_code="en")
    before = pledge.signatures.count()

    PledgeSignatureFactory(country="BR")

    assert pledge.signatures.count() == before + 1


@pytest.mark.django_db
def test_an_account_belongs_to_the_group_it_was_made_for():
    moderator = UserFactory(group="Moderators")

    assert list(moderator.groups.values_list("name", flat=True)) == ["Moderators"]
