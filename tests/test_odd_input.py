"""Odd characters at the boundary (issue 16): one normaliser, and never a 500 from an address.

A NUL in an address or query parameter gets the 400 page in the visitor's language; bytes that
are not UTF-8 are read as U+FFFD and answered normally; calendar and feed fields stay on one
line whatever an editor typed.
"""

import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup

from itac.text import email_identity, normalise_text, one_line
from tests.factories import StoryPageFactory

pytestmark = pytest.mark.django_db


class TestTheNormaliser:
    def test_accents_are_composed_one_way(self):
        assert normalise_text("cafe\u0301") == "caf\u00e9"

    @pytest.mark.parametrize(
        "hidden",
        [
            "\u202e",
            "\u202a",
            "\u2066",
            "\u2069",
            "\u200e",
            "\u200f",
            "\u061c",
            "\u200b",
            "\ufeff",
            "\u2060",
        ],
    )
    def test_bidi_controls_and_zero_width_characters_are_removed(self, hidden):
        assert normalise_text(f"Am{hidden}ina") == "Amina"

    def test_joiners_stay_where_a_script_or_emoji_needs_them(self):
        persian = "\u0645\u06cc\u200c\u0634\u0648\u062f"
        family = "\U0001f469\u200d\U0001f467"
        assert normalise_text(persian) == persian
        assert normalise_text(family) == family
        assert normalise_text("Am\u200cina \u200d") == "Amina "

    def test_a_nul_is_left_for_validation_to_refuse(self):
        assert normalise_text("a\x00b") == "a\x00b"

    def test_an_email_is_one_identity_however_it_is_typed(self):
        assert email_identity(" KIM@\uff45xample.org ") == "kim@example.org"
        assert email_identity("Kim@Example.ORG") == email_identity("kim@example.org")

    def test_one_line_folds_every_kind_of_line_break(self):
        assert one_line("A\r\nB\nC\rD\u2028E\x0bF\x00G\tH") == "A B C D E FG H"


class TestNulInAnAddressIsA400:
    @pytest.mark.parametrize(
        "address",
        [
            "/stories/?q=a%00b",
            "/es/stories/?q=%00",
            "/stories/?country=%00",
            "/stories/?theme=a%00",
            "/stories/?partner=%00",
            "/stories/?language=%00",
            "/stories/?page=%00",
            "/stories/?%00=x",
            "/stories/feed/?theme=%00",
            "/partners/?category=%00",
            "/events/?type=%00",
            "/stories/%00/",
            "/ar/share-your-story/?x=%00",
        ],
    )
    def test_a_nul_gets_the_400_page(self, client, address):
        response = client.get(address)
        assert response.status_code == 400
        page = BeautifulSoup(response.content, "html.parser")
        assert page.find("h1").get_text(strip=True)
        assert page.find("a", class_="button")["href"].startswith("/")

    def test_the_400_page_speaks_the_visitors_language(self, client):
        response = client.get("/ar/stories/?q=%00")
        page = BeautifulSoup(response.content, "html.parser")
        assert page.html["lang"] == "ar" and page.html["dir"] == "rtl"
        assert page.find("h1").get_text(strip=True) != "We could not understand that address"

    @pytest.mark.parametrize(
        "address",
        [
            "/stories/?q=%ff%fe",
            "/stories/?q=%ED%A0%80",
            "/stories/feed/?theme=%C3",
            "/stories/?theme=%80",
        ],
    )
    def test_bytes_that_are_not_utf8_are_answered_normally(self, client, address):
        assert client.get(address).status_code in (200, 404)


class TestOneLineInFeeds:
    def test_a_control_character_in_a_story_keeps_the_feed_valid_xml(self, client):
        StoryPageFactory(
            title="Soup\r\nnight\x0b together",
            slug="soup-night-together",
            summary="Line one\r\nline two\x0c",
            storyteller_display="anonymous",
        )
        response = client.get("/stories/feed/")
        assert response.status_code == 200
        items = ET.fromstring(response.content).findall("./channel/item")  # noqa: S314 (our own feed)
        titles = [item.findtext("title") for item in items]
        assert "Soup night together" in titles
