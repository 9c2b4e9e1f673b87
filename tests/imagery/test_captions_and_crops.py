"""Captions are HTML under the picture, and every crop in the templates keeps the focal point."""

import re

import pytest

from tests.factories import ImageFactory, StoryPageFactory
from tests.html import parse, squash
from tests.test_renditions import template_specs

pytestmark = pytest.mark.django_db


def test_a_story_hero_caption_is_a_figcaption_under_the_picture(client):
    image = ImageFactory(file__width=1200, file__height=800)
    story = StoryPageFactory(
        hero_image=image, hero_image_decorative=True, hero_caption="Quito, at the language café"
    )
    doc = parse(client.get(story.url))
    figure = doc.select_one("figure.story__hero")
    assert figure.find("img") is not None
    assert squash(figure.find("figcaption").get_text()) == "Quito, at the language café"


def test_a_story_without_a_caption_shows_no_empty_figcaption(client):
    image = ImageFactory(file__width=1200, file__height=800)
    story = StoryPageFactory(hero_image=image, hero_image_decorative=True)
    doc = parse(client.get(story.url))
    assert doc.select_one("figure.story__hero figcaption") is None


def test_every_crop_in_the_templates_is_a_fill_that_respects_the_focal_point():
    """Wagtail's `fill` crops around the image's focal point; any other cropping (a bare
    `crop`, or a closeness past the focal point's edge) could cut what the editor marked."""
    specs = [(str(path), spec.split("|")[0]) for path, spec in template_specs()]
    crops = [(name, spec) for name, spec in specs if spec.split("-")[0] in {"fill", "crop"}]
    assert crops, "the templates crop pictures somewhere"
    for name, spec in crops:
        assert spec.startswith("fill-"), (name, spec)
        assert not re.search(r"-c\d+", spec), (name, spec)
