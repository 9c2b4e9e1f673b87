"""Story, partner and event cards keep one contract (issue 13): an article whose linked title
is a heading one level under the section that lists it, wherever the cards are shown."""

import pytest

from events.models import EventPartner
from tests.factories import (
    EventPageFactory,
    ImageFactory,
    PartnerPageFactory,
    StoryPageFactory,
    ThemeFactory,
    translate,
)
from tests.html import all_by_role, by_role, parse

PAGES_WITH_CARDS = [
    "/",
    "/stories/",
    "/partners/",
    "/partners/neighbourhood-groups/",
    "/partners/montreal/",
    "/events/",
    "/stories/it-takes-a-community-to-fill-a-bowl/",
    "/ar/",
]


@pytest.fixture
def cards_of_each_kind(db):
    """A partner with a logo, two featured stories of one theme told with it (pictured), and
    an event it runs; one story in Arabic too."""
    partner = PartnerPageFactory(
        slug="montreal", category__slug="neighbourhood-groups", logo=ImageFactory()
    )
    theme = ThemeFactory()
    stories = [
        StoryPageFactory(
            title=title,
            partner=partner,
            featured=True,
            hero_image=ImageFactory(),
            hero_image_decorative=True,
            themes=[theme],
        )
        for title in ("It Takes A Community to fill a bowl", "It Takes A Community to sing")
    ]
    event = EventPageFactory(listing_image=ImageFactory())
    EventPartner.objects.create(event=event, partner=partner)
    translate(partner, "ar")
    translate(stories[0], "ar")


@pytest.mark.django_db
@pytest.mark.usefixtures("cards_of_each_kind")
@pytest.mark.parametrize("path", PAGES_WITH_CARDS)
def test_cards_are_articles_with_a_linked_heading_in_the_page_outline(client, path):
    page = parse(client.get(path))
    levels = [int(heading.name[1]) for heading in all_by_role(page, "heading")]
    assert levels[0] == 1
    skips = [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
    assert skips == [], levels
    cards = page.select(".story-card, .partner-card, .event-card")
    assert cards, "no card on the page"
    for card in cards:
        assert card.name == "article" and "card" in card["class"]
        assert card.parent.name in {"li", "div"}  # the includer's list item (or a lone card)
        heading = by_role(card, "heading")
        assert by_role(heading, "link")["href"]
        # Pictures and logos come before the heading; the summary and meta after it.
        assert all(picture.find_next(heading.name) is heading for picture in card("picture"))
