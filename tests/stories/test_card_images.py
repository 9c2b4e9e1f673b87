"""Story cards offer AVIF first where the server's Pillow writes it, WebP otherwise (issue 17)."""

from unittest import mock

import pytest

from django.template import Context, Template

from tests.factories import ImageFactory, StoryPageFactory
from tests.html import parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def story():
    """A story with a photo as wide as the widest crop its pages ask for."""
    return StoryPageFactory(
        hero_image=ImageFactory(file__width=1600, file__height=1067), hero_image_decorative=True
    )


CARD = (
    "{% load itac_images %}{% picture_avif story.hero_image fill-{400x267,600x400} "
    'format-{avif,webp} sizes="24rem" alt="" %}'
)


def card_pictures(doc):
    return [card.find("picture") for card in doc.select(".story-card") if card.find("picture")]


def test_story_cards_offer_avif_then_webp_in_two_widths(client, story):
    pictures = card_pictures(parse(client.get("/stories/")))
    assert pictures, "no story card with a picture"
    for picture in pictures:
        source = picture.find("source")
        assert source["type"] == "image/avif"
        assert [c.split()[0].rsplit(".", 1)[1] for c in source["srcset"].split(",")] == [
            "avif",
            "avif",
        ]
        assert [c.split()[1] for c in source["srcset"].split(",")] == ["400w", "600w"]
        image = picture.find("img")
        assert image["src"].endswith(".webp") and image["loading"] == "lazy"
        assert image["width"] and image["height"]


def test_without_avif_in_pillow_a_card_is_the_webp_image_alone(story):
    with mock.patch("itac.images.avif_supported", return_value=False):
        picture = parse(Template(CARD).render(Context({"story": story}))).find("picture")
    assert picture.find("source") is None
    assert picture.find("img")["src"].endswith(".webp")
    assert "400w" in picture.find("img")["srcset"]


def test_a_story_hero_offers_avif_then_webp(client, story):
    doc = parse(client.get(story.url))
    picture = doc.select_one(".story__hero picture")
    assert picture.find("source")["type"] == "image/avif"
    assert [c.split()[1] for c in picture.find("source")["srcset"].split(",")] == ["600w", "1200w"]
    assert picture.find("img")["src"].endswith(".webp")


def test_the_home_hero_offers_avif_then_webp(client):
    picture = parse(client.get("/")).select_one(".hero__image picture")
    assert picture.find("source")["type"] == "image/avif"
    assert [c.split()[1] for c in picture.find("source")["srcset"].split(",")] == ["400w", "800w"]
    assert (
        picture.find("img")["src"].endswith(".webp") and picture.find("img")["loading"] == "eager"
    )
