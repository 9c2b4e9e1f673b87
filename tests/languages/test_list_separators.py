"""Lists of places and names use the visitor's language's separator: "دبلن، أيرلندا" on /ar/,
never a Latin comma inside Arabic text (issue 17's review of the Arabic story page)."""

import pytest

from tests.factories import PartnerPageFactory, StoryPageFactory
from tests.html import parse, visible_text

from .test_visitor_language import translate

pytestmark = pytest.mark.django_db

ARABIC_COMMA = "\u060c"


def facts(doc):
    """The story's facts as (term, value) pairs, as a screen reader reads the list."""
    return {
        dt.get_text(" ", strip=True): dt.find_next_sibling("dd").get_text(" ", strip=True)
        for dt in doc.find("main").find_all("dt")
    }


def test_the_arabic_story_page_joins_city_and_country_with_the_arabic_comma(client):
    story = StoryPageFactory(title="Soup on Tuesdays in Dublin", city="Dublin", country="IE")
    arabic = translate(story, "ar", title="حساء أيام الثلاثاء في دبلن", city="دبلن")

    doc = parse(client.get(arabic.get_url()))

    assert doc.html["lang"] == "ar"
    # (The term is matched in either language: its Arabic translation is another matter.)
    place = facts(doc).get("المكان") or facts(doc)["Place"]
    assert place == f"دبلن{ARABIC_COMMA} أيرلندا"
    assert "دبلن, " not in visible_text(doc)
    # The English page keeps the Latin comma.
    english = parse(client.get(story.get_url()))
    assert facts(english)["Place"] == "Dublin, Ireland"


def test_an_arabic_partner_page_lists_countries_and_cities_with_the_arabic_comma(client):
    partner = PartnerPageFactory(countries=["IE", "BE"], cities="Dublin, Mechelen")
    # An editor types the cities with a comma, as the field's help asks.
    arabic = translate(partner, "ar", cities="دبلن, ميخلن")

    text = visible_text(parse(client.get(arabic.get_url())))

    assert f"بلجيكا{ARABIC_COMMA} أيرلندا" in text or f"أيرلندا{ARABIC_COMMA} بلجيكا" in text
    assert f"دبلن{ARABIC_COMMA} ميخلن" in text
