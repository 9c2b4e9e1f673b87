"""The demo's pictures: a motif of its own for each theme, no words drawn in, focal points set."""

import inspect
import io

import pytest
from PIL import Image

from itac.demo import demo_image
from itac.demo.illustrations import CAMPAIGN_PALETTE, MOTIFS, illustrate, partner_mark
from stories.demo import THEMES

STORY_THEMES = [slug for slug, _name, _description in THEMES]


def small(picture):
    """The picture at 60 x 40: enough to tell two compositions apart, not JPEG noise."""
    return picture.convert("RGB").resize((60, 40), Image.Resampling.BOX)


def difference(first, second):
    """The mean difference of two pictures' pixels, 0 (same) to 255."""
    a, b = small(first).tobytes(), small(second).tobytes()
    return sum(abs(x - y) for x, y in zip(a, b, strict=True)) / len(a)


def test_every_demo_theme_has_a_motif_of_its_own():
    assert set(STORY_THEMES) <= set(MOTIFS)
    motifs = [MOTIFS[slug] for slug in STORY_THEMES]
    assert len(set(motifs)) == len(motifs)


def test_each_theme_gives_a_different_picture_in_the_same_place():
    pictures = {theme: illustrate(theme, "Dublin", (360, 240)).picture for theme in STORY_THEMES}
    for index, first in enumerate(STORY_THEMES):
        for second in STORY_THEMES[index + 1 :]:
            assert difference(pictures[first], pictures[second]) > 3, (first, second)


def test_the_same_theme_and_place_draw_the_same_picture_and_places_differ():
    once = illustrate("housing", "Quito", (360, 240)).picture
    again = illustrate("housing", "Quito", (360, 240)).picture
    elsewhere = illustrate("housing", "Johannesburg", (360, 240)).picture
    assert once.tobytes() == again.tobytes()
    assert once.tobytes() != elsewhere.tobytes()


def test_the_pictures_use_the_campaign_palette():
    picture = illustrate("culture-and-food", "Dublin", (360, 240)).picture
    colours = {colour for _count, colour in picture.getcolors(360 * 240)}
    teal = tuple(int(CAMPAIGN_PALETTE.teal[i : i + 2], 16) for i in (1, 3, 5))
    orange = tuple(int(CAMPAIGN_PALETTE.orange[i : i + 2], 16) for i in (1, 3, 5))
    assert teal in colours and orange in colours


def test_the_generator_takes_no_caption_text():
    """Words are never drawn into a picture: neither generator has a parameter for them."""
    for function in (illustrate, demo_image):
        parameters = set(inspect.signature(function).parameters)
        assert not parameters & {"label", "caption", "text"}, function.__name__


def test_the_focal_point_lies_on_the_motif_inside_the_picture():
    illustration = illustrate("youth", "Montreal", (1200, 800))
    x, y, width, height = illustration.focus
    assert x - width / 2 > 0 and x + width / 2 < 1200
    assert y - height / 2 > 0 and y + height / 2 < 800
    # The motif is drawn where the focus is: several colours there, where the sky has one.
    picture = illustration.picture

    def main_colours(box):
        area = picture.crop(box)
        pixels = area.width * area.height
        return [colour for count, colour in area.getcolors(pixels) if count > pixels / 100]

    assert (
        len(main_colours((x - width // 4, y - height // 4, x + width // 4, y + height // 4))) >= 4
    )
    assert len(main_colours((0, 0, 120, 40))) <= 2


@pytest.mark.django_db
def test_demo_images_carry_a_focal_point_and_no_metadata():
    image = demo_image("Illustration test: health in Lisbon", theme="health", place="Lisbon")
    assert image.has_focal_point()
    assert image.focal_point_width < image.width
    with image.open_file() as stored:
        picture = Image.open(io.BytesIO(stored.read()))
        assert not picture.getexif()
        assert not {"exif", "comment", "xmp", "icc_profile"} & set(picture.info)
    # The focal point is the motif's: the narrowest crop Wagtail makes from it is centred there.
    focal = image.get_focal_point()
    assert abs(focal.centroid.x - illustrate("health", "Lisbon").focus[0]) <= 1


def test_partner_marks_differ_from_one_partner_to_the_next():
    names = ["Government of Canada", "Government of Ecuador", "City of Dublin", "Ville de Quito"]
    marks = [partner_mark(name, index) for index, name in enumerate(names)]
    shapes_and_colours = {small(mark).crop((0, 0, 20, 40)).tobytes() for mark in marks}
    assert len(shapes_and_colours) == len(marks)
