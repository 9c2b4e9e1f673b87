"""A story page: the story, who told it and where, themes, partner, related stories, sharing."""

import re
from html import unescape

import pytest

from stories.models import StoryPage

SOUP_RUN = "/stories/it-takes-a-community-to-fill-a-bowl-on-a-winter-night/"


@pytest.fixture
def soup_run(db):
    return StoryPage.objects.get(
        locale__language_code="en", slug="it-takes-a-community-to-fill-a-bowl-on-a-winter-night"
    )


@pytest.mark.django_db
class TestStoryPage:
    def test_shows_the_story_its_byline_and_place(self, client):
        response = client.get(SOUP_RUN)
        assert response.status_code == 200
        html = response.content.decode()
        assert "<h1>It Takes A Community to fill a bowl on a winter night</h1>" in html
        assert "Nkechi" in html
        assert "Dublin, Ireland" in html
        assert "pepper soup" in html

    def test_anonymous_stories_name_nobody(self, client):
        html = client.get("/stories/it-takes-a-community-to-map-every-open-door/").content.decode()
        assert "Anonymous storyteller" in html

    def test_pseudonyms_are_marked(self, client):
        html = client.get("/stories/it-takes-a-community-to-learn-a-language-together/")
        assert (
            '<bdi>Samir</bdi> <span class="story__note">(a pseudonym)</span>'
            in html.content.decode()
        )

    def test_themes_link_to_the_filtered_library(self, client, soup_run):
        html = client.get(SOUP_RUN).content.decode()
        for theme in soup_run.themes.all():
            assert f'href="/stories/?theme={theme.slug}"' in html
        assert client.get(f"/stories/?theme={soup_run.themes.first().slug}").status_code == 200

    def test_partner_card_links_to_the_partner(self, client, soup_run):
        html = client.get(SOUP_RUN).content.decode()
        assert "Shared with the campaign by" in html
        assert f'href="{soup_run.partner.url}"' in html

    def test_up_to_three_related_stories_share_a_theme_or_the_country(self, client, soup_run):
        related = client.get(SOUP_RUN).context["related_stories"]
        assert 1 <= len(related) <= 3
        theme_ids = {theme.pk for theme in soup_run.themes.all()}
        for story in related:
            assert story.pk != soup_run.pk
            shared = {theme.pk for theme in story.themes.all()} & theme_ids
            assert shared or story.country == soup_run.country

    def test_share_links_are_plain_links_and_copy_link_waits_for_javascript(self, client, soup_run):
        html = unescape(client.get(SOUP_RUN).content.decode())
        page_url = soup_run.full_url
        hosts = ["https://x.com/", "https://www.facebook.com/", "https://www.linkedin.com/"]
        for host in [*hosts, "https://wa.me/"]:
            assert re.search(rf'href="{re.escape(host)}[^"]+"', html), host
        assert "mailto:?subject=" in html
        button = re.search(r"<button[^>]*data-copy-link[^>]*>", html).group(0)
        assert " hidden" in button and page_url in button
        assert "<script" not in html.split("</head>")[1]

    def test_invites_readers_to_share_their_story(self, client):
        html = client.get(SOUP_RUN).content.decode()
        assert 'href="/share-your-story/"' in html

    def test_decorative_hero_has_empty_alt_and_described_hero_has_its_text(self, client, soup_run):
        html = client.get(SOUP_RUN).content.decode()
        hero = re.search(r'<figure class="story__hero">.*?<img [^>]*>', html, re.S).group(0)
        assert 'alt=""' in hero
        soup_run.hero_image_decorative = False
        soup_run.hero_image_alt = "Volunteers ladle soup into bowls"
        soup_run.save_revision().publish()
        html = client.get(SOUP_RUN).content.decode()
        assert 'alt="Volunteers ladle soup into bowls"' in html

    def test_unknown_story_is_a_404(self, client):
        assert client.get("/stories/it-takes-a-community-to-nothing/").status_code == 404


@pytest.mark.django_db
def test_partner_page_lists_the_stories_it_shared(client):
    html = client.get("/partners/montreal/").content.decode()
    assert "Stories shared by City of Montreal" in html
    assert "It Takes A Community to share a recipe and a microphone" in html
    assert 'href="/stories/?partner=montreal"' in html
