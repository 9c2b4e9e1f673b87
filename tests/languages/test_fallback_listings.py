"""Listings in a language with few translations: English content, labelled and marked as such."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/ar/stories/", "/ar/events/", "/ar/partners/"])
def test_untranslated_cards_carry_a_visible_language_label(client, path):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<span class="language-label" lang="en">' in html
    assert 'class="card__body" lang="en"' in html


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
