"""Listings in a language with few translations: English content, labelled and marked as such."""

import pytest

from tests.html import all_by_role, by_role, hrefs, mentions, parse, squash

pytestmark = pytest.mark.django_db


def footer_paragraphs(response):
    """The site footer's paragraphs as (text, lang, dir)."""
    footer = by_role(parse(response), "contentinfo")
    return [(squash(p.get_text(" ")), p.get("lang"), p.get("dir")) for p in footer.find_all("p")]


def test_untranslated_cards_carry_a_visible_language_label(client):
    from tests.factories import PartnerPageFactory, StoryPageFactory

    partner = PartnerPageFactory()
    StoryPageFactory(partner=partner)  # in English only, like the partner page
    response = client.get(f"/ar/partners/{partner.slug}/")
    assert response.status_code == 200
    cards = all_by_role(parse(response), "article")
    labels = [label for card in cards for label in card.find_all(class_="language-label")]
    assert any(label.get("lang") == "en" and squash(label.get_text()) for label in labels)
    # The card's words are marked as English, written left to right, inside the Arabic page.
    assert any(card.find(lang="en", dir="ltr") is not None for card in cards)


def test_english_cards_in_english_carry_no_label(client):
    assert not mentions(parse(client.get("/stories/")), "language-label")


def test_the_navigation_keeps_the_visitor_in_their_language(client):
    nav = hrefs(parse(client.get("/ar/")).find("nav", class_="main-nav"))
    assert "/ar/stories/" in nav
    assert "/stories/" not in nav


def test_the_footer_text_is_translated_like_any_snippet(client):
    from itac.models import FooterText

    english = FooterText.objects.get(locale__language_code="en")
    spanish = FooterText.objects.get(locale__language_code="es")
    assert spanish.translation_key == english.translation_key
    assert (squash(spanish.text), None, None) in footer_paragraphs(client.get("/es/"))
    # A language without a translation of it gets the English words, marked as English.
    FooterText.objects.filter(locale__language_code="fr").delete()
    assert (squash(english.text), "en", "ltr") in footer_paragraphs(client.get("/fr/"))


def test_an_edited_footer_shows_at_once(client):
    from itac.models import FooterText

    client.get("/about/")
    english = FooterText.objects.get(locale__language_code="en")
    english.text = "Welcoming communities, everywhere."
    english.save()
    footer = footer_paragraphs(client.get("/about/"))
    assert ("Welcoming communities, everywhere.", None, None) in footer
