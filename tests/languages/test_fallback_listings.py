"""Listings in a language with few translations: English content, labelled and marked as such."""

import pytest

pytestmark = pytest.mark.django_db


def test_untranslated_cards_carry_a_visible_language_label(client):
    from tests.factories import PartnerPageFactory, StoryPageFactory

    partner = PartnerPageFactory()
    StoryPageFactory(partner=partner)  # in English only, like the partner page
    response = client.get(f"/ar/partners/{partner.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<span class="language-label" lang="en">' in html
    assert 'class="card__body" lang="en" dir="ltr"' in html


def test_english_cards_in_english_carry_no_label(client):
    html = client.get("/stories/").content.decode()
    assert "language-label" not in html


def test_the_navigation_keeps_the_visitor_in_their_language(client):
    html = client.get("/ar/").content.decode()
    nav = html[
        html.index('class="main-nav"') : html.index("</nav>", html.index('class="main-nav"'))
    ]
    assert 'href="/ar/stories/"' in nav
    assert 'href="/stories/"' not in nav


def test_the_footer_text_is_translated_like_any_snippet(client):
    from itac.models import FooterText

    english = FooterText.objects.get(locale__language_code="en")
    spanish = FooterText.objects.get(locale__language_code="es")
    assert spanish.translation_key == english.translation_key
    html = client.get("/es/").content.decode()
    assert f"<p>{spanish.text}</p>" in html
    # A language without a translation of it gets the English words, marked as English.
    FooterText.objects.filter(locale__language_code="fr").delete()
    assert f'<p lang="en" dir="ltr">{english.text}</p>' in client.get("/fr/").content.decode()


def test_an_edited_footer_shows_at_once(client):
    from itac.models import FooterText

    client.get("/about/")
    english = FooterText.objects.get(locale__language_code="en")
    english.text = "Welcoming communities, everywhere."
    english.save()
    assert "<p>Welcoming communities, everywhere.</p>" in client.get("/about/").content.decode()
