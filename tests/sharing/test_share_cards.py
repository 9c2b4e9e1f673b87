"""Share cards: each story, event, partner and the pledge shows a 1200 x 630 picture when shared."""

import io
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from PIL import Image, ImageChops, ImageDraw, ImageFont, features

from django.conf import settings
from django.core.files.images import ImageFile
from django.test import override_settings

from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

from actions.models import PledgePage
from events.models import EventPage
from itac import brand, share_cards
from partners.models import PartnerPage
from tests.factories import EventPageFactory, PartnerPageFactory, english_index

pytestmark = pytest.mark.django_db
BASE = "https://itac.example.org"
ARABIC_QUOTE = "حين ينضم القادمون الجدد يكسب الشارع كله جيرانا"
ARABIC_TITLE = "مخبز الحي الذي يجمع الجيران"


@pytest.fixture(autouse=True)
def public_address():
    with override_settings(PUBLIC_BASE_URL=BASE):
        yield


def quote_body(quote, attribution=""):
    return [
        {"type": "paragraph", "value": "<p>It started with a borrowed oven.</p>"},
        {"type": "quote", "value": {"quote": quote, "attribution": attribution}},
    ]


def photo(colour=(40, 120, 200)):
    buffer = io.BytesIO()
    picture = Image.new("RGB", (1600, 1000), colour)
    ImageDraw.Draw(picture).rectangle((0, 0, 800, 1000), fill=(250, 200, 40))
    picture.save(buffer, format="JPEG")
    return get_image_model().objects.create(
        title="A street festival", file=ImageFile(buffer, name="festival.jpg")
    )


def share_meta(client, url):
    response = client.get(url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    meta = {}
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name")
        if key:
            meta[key] = tag.get("content")
    return meta


def card_file(client, meta):
    """The card the page's og:image names, fetched as a social network would, and the file
    it was stored as in the media folder."""
    url = meta["og:image"]
    assert url.startswith(f"{BASE}/share-cards/")
    response = client.get(urlsplit(url).path)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    body = b"".join(response.streaming_content)
    path = Path(settings.MEDIA_ROOT) / urlsplit(url).path.lstrip("/")
    assert path.read_bytes() == body
    return path, Image.open(io.BytesIO(body))


def assert_is_a_card(client, meta):
    path, image = card_file(client, meta)
    assert image.size == (1200, 630)
    assert (meta["og:image:width"], meta["og:image:height"]) == ("1200", "630")
    assert meta["twitter:card"] == "summary_large_image"
    assert meta["og:image:alt"]
    return path, image


def stored(meta):
    """The file the page's card is kept in, drawn or not."""
    return Path(settings.MEDIA_ROOT) / urlsplit(meta["og:image"]).path.lstrip("/")


def test_a_story_is_shared_with_its_quote_byline_and_place(client, make_story):
    story = make_story(
        title="A bakery run by three neighbours",
        body=quote_body("When newcomers join in, the whole street gains neighbours."),
        storyteller_display="first-name",
        storyteller_name="Amina",
        city="Dublin",
        country="IE",
    )
    meta = share_meta(client, story.url)
    assert meta["og:type"] == "article"
    path, image = assert_is_a_card(client, meta)
    assert "When newcomers join in" in meta["og:image:alt"]
    assert "Amina" in meta["og:image:alt"] and "Dublin, Ireland" in meta["og:image:alt"]
    # No words of the story (nor the storyteller's name) in the file's address.
    assert "amina" not in str(path).lower() and "bakery" not in str(path).lower()
    assert path.name.endswith(".jpg")


def test_the_card_shows_the_quote_it_was_given(make_story):
    """What is drawn is the quote: the card differs from one drawn with another quote."""
    content = share_cards.ShareCardContent(headline="Neighbours bake together", is_quote=True)
    first = share_cards.draw_card(content)
    other = share_cards.draw_card(
        share_cards.ShareCardContent(headline="A choir sings in nine languages", is_quote=True)
    )
    assert ImageChops.difference(first.image, other.image).getbbox() is not None
    assert first.headline_runs[0].text.startswith("“Neighbours")


def test_every_card_carries_the_same_mark_drawn_once(make_story):
    """The mark is drawn once per process and composed onto each card: a card drawn after
    others is the same picture as the first, and its corner is the mark as the brand draws it."""
    content = share_cards.ShareCardContent(headline="Neighbours bake together")
    first = share_cards.draw_card(content).image
    share_cards.draw_card(share_cards.ShareCardContent(headline="A choir sings", kicker="Events"))
    again = share_cards.draw_card(content).image
    assert ImageChops.difference(first, again).getbbox() is None
    size, top = 88, share_cards.MARGIN - 16
    expected = Image.new("RGBA", (size, size), share_cards.BACKGROUND)
    expected.alpha_composite(brand.draw_mark(size))
    corner = again.crop((share_cards.MARGIN, top, share_cards.MARGIN + size, top + size))
    assert ImageChops.difference(corner, expected.convert("RGB")).getbbox() is None


def expected_glyphs(run):
    """The run drawn alone, with its own font and direction, on the card's background."""
    canvas = Image.new("RGB", (share_cards.WIDTH, share_cards.HEIGHT), share_cards.BACKGROUND)
    font = ImageFont.truetype(str(run.font_path), run.size, layout_engine=ImageFont.Layout.RAQM)
    ImageDraw.Draw(canvas).text(
        (run.x, run.y), run.text, font=font, fill=share_cards.TEXT_COLOUR, direction=run.direction
    )
    return canvas, font.getbbox(run.text, direction=run.direction)


def test_an_arabic_story_card_is_shaped_and_right_to_left(client, make_story):
    assert features.check("raqm"), "libraqm (libfribidi) is needed to shape Arabic"
    story = make_story(
        title=ARABIC_TITLE,
        slug="20261130",
        summary="ثلاثة جيران من ثلاثة بلدان يخبزون معا.",
        body=quote_body(ARABIC_QUOTE),
        told_in_language="ar",
        city="Dublin",
        country="IE",
    )
    meta = share_meta(client, story.url)
    path, image = assert_is_a_card(client, meta)
    assert ARABIC_QUOTE in meta["og:image:alt"]

    drawn = share_cards.draw_card(story.share_card_content())
    assert drawn.direction == "rtl"
    # The quote is set in Noto Sans Arabic, right to left, against the right margin.
    first = drawn.headline_runs[0]
    assert first.direction == "rtl" and "Arabic" in Path(first.font_path).name
    assert " ".join(run.text for run in drawn.headline_runs) == ARABIC_QUOTE
    width = share_cards.load_font(first.font_path, first.size).getlength(
        first.text, direction="rtl"
    )
    assert first.x + width == pytest.approx(share_cards.WIDTH - share_cards.MARGIN, abs=1)
    # The campaign's mark and name stand on the right, where Arabic reading starts.
    assert drawn.runs[0].x > share_cards.WIDTH / 2

    # The stored card holds exactly the shaped Arabic glyphs where the quote is drawn ...
    expected, box = expected_glyphs(first)
    left, top = int(first.x) + box[0], int(first.y) + box[1]
    region = (left, top, int(first.x) + box[2], int(first.y) + box[3])
    stored = Image.open(path).convert("RGB").crop(region)
    difference = ImageChops.difference(stored, expected.crop(region)).convert("L")
    # (JPEG blurs edges a little: compare the share of pixels that differ clearly.)
    clearly_different = sum(difference.histogram()[64:])
    assert clearly_different < 0.03 * stored.width * stored.height
    # ... which are not the unshaped letters left to right (what a card without raqm shows).
    basic = ImageFont.truetype(str(first.font_path), first.size, layout_engine=0)
    unshaped = Image.new("RGB", expected.size, share_cards.BACKGROUND)
    ImageDraw.Draw(unshaped).text(
        (first.x, first.y), first.text, font=basic, fill=share_cards.TEXT_COLOUR
    )
    assert ImageChops.difference(unshaped.crop(region), expected.crop(region)).getbbox()


def test_a_mixed_line_keeps_latin_names_left_to_right(make_story):
    drawn = share_cards.draw_card(
        share_cards.ShareCardContent(headline="قالت John Smith إن الحي تغير")
    )
    texts = [(run.text, run.direction) for run in drawn.headline_runs]
    assert texts == [("قالت", "rtl"), ("John Smith", "ltr"), ("إن الحي تغير", "rtl")]
    first, name, rest = drawn.headline_runs
    # Right to left: the first words on the right, the name after them, the rest further left.
    assert first.x > name.x > rest.x


def test_a_story_with_a_hero_image_is_drawn_over_it(client, make_story):
    story = make_story(hero_image=photo(), hero_image_alt="A street festival")
    _path, image = assert_is_a_card(client, share_meta(client, story.url))
    # The photo's two colours show through the shade, left and right.
    left = image.convert("RGB").getpixel((20, 600))
    right = image.convert("RGB").getpixel((1180, 600))
    assert left != right


def test_a_new_revision_makes_a_new_card_and_removes_the_old(client, make_story):
    story = make_story(body=quote_body("The first words."))
    old_path, _image = card_file(client, share_meta(client, story.url))
    story.body = quote_body("Better words, after an edit.")
    story.save_revision().publish()
    meta = share_meta(client, story.url)
    new_path, _image = card_file(client, meta)
    assert new_path != old_path
    assert "Better words" in meta["og:image:alt"]
    assert not old_path.exists()


def test_showing_a_page_draws_no_card_until_its_address_is_fetched(client, make_story):
    story = make_story(body=quote_body("Drawn when a link is shared, not when it is read."))
    meta = share_meta(client, story.url)
    assert not stored(meta).exists()
    path, _image = card_file(client, meta)
    assert path == stored(meta)
    # Fetched again, the same card is served; nothing is drawn twice.
    modified = path.stat().st_mtime_ns
    assert card_file(client, meta)[0] == path
    assert path.stat().st_mtime_ns == modified


def test_an_address_shared_before_an_edit_leads_to_the_current_card(client, make_story):
    story = make_story(body=quote_body("The first words."))
    old_address = urlsplit(share_meta(client, story.url)["og:image"]).path
    story.body = quote_body("Better words, after an edit.")
    story.save_revision().publish()
    new_address = urlsplit(share_meta(client, story.url)["og:image"]).path
    assert new_address != old_address
    response = client.get(old_address)
    assert response.status_code == 302
    assert response["Location"] == new_address


def test_only_a_live_page_open_to_everyone_has_a_card_to_fetch(client, make_story):
    story = make_story()
    story_meta = share_meta(client, story.url)
    address = urlsplit(story_meta["og:image"]).path
    restricted = make_story(title="A choir of new neighbours")
    restricted_meta = share_meta(client, restricted.url)
    restricted_address = urlsplit(restricted_meta["og:image"]).path
    PageViewRestriction.objects.create(
        page=restricted, restriction_type=PageViewRestriction.PASSWORD, password="bakery"
    )
    story.unpublish()
    unknown = address.replace(f"/{story.pk}/", f"/{story.pk + 1000}/")
    for path in (address, restricted_address, unknown):
        assert client.get(path).status_code == 404, path
    assert not stored(story_meta).exists() and not stored(restricted_meta).exists()


def test_an_unpublished_story_leaves_no_card(client, make_story):
    story = make_story()
    path, _image = card_file(client, share_meta(client, story.url))
    story.unpublish()
    assert not path.exists()


def test_an_editors_social_image_wins(client, make_story):
    chosen = photo(colour=(10, 10, 10))
    story = make_story(social_image=chosen)
    meta = share_meta(client, story.url)
    assert "/share-cards/" not in meta["og:image"]
    assert chosen.get_rendition("fill-1200x630").url in meta["og:image"]
    assert (meta["og:image:width"], meta["og:image:height"]) == ("1200", "630")


@pytest.mark.parametrize(
    ("model", "make"),
    [
        (EventPage, EventPageFactory),
        (PartnerPage, PartnerPageFactory),
        (PledgePage, lambda: english_index(PledgePage)),
    ],
)
def test_events_partners_and_the_pledge_get_their_own_cards(client, model, make):
    page = make()
    meta = share_meta(client, page.url)
    assert meta["og:type"] == "website"
    assert_is_a_card(client, meta)
    assert page.title in meta["og:image:alt"]
    if model is EventPage:
        assert page.when.split(",")[0] in meta["og:image:alt"]


def test_an_arabic_quote_with_a_latin_place_and_a_number_reads_as_the_bidi_algorithm_says(
    make_story,
):
    """Paragraph direction from the story's language, runs in the visual order of the Unicode
    Bidirectional Algorithm: right to left, a Latin name and a number left to right inside it,
    and the full stop of the sentence at its far left (the end of a right-to-left line)."""
    story = make_story(
        title=ARABIC_TITLE,
        slug="20261131",
        body=quote_body("São Paulo علمتنا الصبر."),
        told_in_language="ar",
        city="São Paulo",
        country="BR",
    )
    drawn = share_cards.draw_card(story.share_card_content())
    # The quote starts with a Latin name, yet the card is Arabic: right to left, the name
    # first on the right, the full stop last on the left.
    assert drawn.direction == "rtl"
    name, words, stop = drawn.headline_runs
    assert [(run.text, run.direction) for run in drawn.headline_runs] == [
        ("São Paulo", "ltr"),
        ("علمتنا الصبر", "rtl"),
        (".", "rtl"),
    ]
    width = share_cards.run_width(name, name.size)
    assert name.x + width == pytest.approx(share_cards.WIDTH - share_cards.MARGIN, abs=1)
    assert name.x > words.x > stop.x

    drawn = share_cards.draw_card(
        share_cards.ShareCardContent(headline="عشنا في São Paulo 12 عاما.", direction="rtl")
    )
    assert [(run.text, run.direction) for run in drawn.headline_runs] == [
        ("عشنا في", "rtl"),
        ("São Paulo 12", "ltr"),  # the number reads with the name it follows (rule W7)
        ("عاما", "rtl"),
        (".", "rtl"),
    ]
    lived_in, place, years, stop = drawn.headline_runs
    assert lived_in.x > place.x > years.x > stop.x
    # The name is drawn left to right where the layout put it: the card holds exactly the
    # glyphs of "São Paulo 12" drawn alone there.
    expected, box = expected_glyphs(place)
    region = (
        int(place.x) + box[0],
        int(place.y) + box[1],
        int(place.x) + box[2],
        int(place.y) + box[3],
    )
    difference = ImageChops.difference(drawn.image.crop(region), expected.crop(region))
    assert difference.convert("L").getbbox() is None


def test_an_english_card_keeps_an_arabic_place_inside_its_left_to_right_line(make_story):
    drawn = share_cards.draw_card(
        share_cards.ShareCardContent(headline="We moved to دبلن in 2019.", direction="ltr")
    )
    texts = [(run.text, run.direction) for run in drawn.headline_runs]
    assert texts == [("We moved to", "ltr"), ("دبلن", "rtl"), ("in 2019.", "ltr")]
    start, place, rest = drawn.headline_runs
    assert start.x == share_cards.MARGIN and start.x < place.x < rest.x
