"""A story page: the story, who told it and where, themes, partner, related stories, sharing."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from partners.models import PartnerPage
from tests.factories import ImageFactory, PartnerPageFactory, StoryPageFactory, ThemeFactory
from tests.html import (
    accessible_name,
    all_by_role,
    by_role,
    definitions,
    hrefs,
    parse,
    squash,
    visible_text,
)

SOUP_RUN = "/stories/it-takes-a-community-to-fill-a-bowl-on-a-winter-night/"


@pytest.fixture(autouse=True)
def soup_run(db):
    """A story from Dublin with a photo, two themes and a partner; three more stories, one of
    its themes, one of its country and one of neither."""
    montreal = PartnerPageFactory(title="City of Montreal", slug="montreal")
    food, homes = ThemeFactory(name="Food and music"), ThemeFactory(name="Homes for all")
    StoryPageFactory(title="It Takes A Community to open a bakery", themes=[food], country="BE")
    StoryPageFactory(title="It Takes A Community to sing in Cork", country="IE")
    StoryPageFactory(title="It Takes A Community to paint a mural", country="KE")
    return StoryPageFactory(
        title="It Takes A Community to fill a bowl on a winter night",
        storyteller_display="first-name",
        storyteller_name="Nkechi",
        city="Dublin",
        country="IE",
        body=[("paragraph", "<p>Every Thursday we cook pepper soup for the whole street.</p>")],
        hero_image=ImageFactory(file__width=1600, file__height=1067),
        hero_image_decorative=True,
        partner=montreal,
        themes=[food, homes],
    )


@pytest.mark.django_db
class TestStoryPage:
    def test_shows_the_story_its_byline_and_place(self, client):
        response = client.get(SOUP_RUN)
        assert response.status_code == 200
        doc = parse(response)
        h1 = [accessible_name(heading) for heading in doc.find_all("h1")]
        assert h1 == ["It Takes A Community to fill a bowl on a winter night"]
        facts = definitions(doc)
        assert "Nkechi" in facts["Told by"]
        assert facts["Place"] == "Dublin, Ireland"
        assert "pepper soup" in visible_text(doc.find("h1").find_parent("article"))

    def test_anonymous_stories_name_nobody(self, client):
        story = StoryPageFactory(storyteller_display="anonymous", storyteller_name="Ayo")
        doc = parse(client.get(story.url))
        assert definitions(doc)["Told by"] == "Anonymous storyteller"

    def test_pseudonyms_are_marked(self, client):
        story = StoryPageFactory(storyteller_display="pseudonym", storyteller_name="Samir")
        doc = parse(client.get(story.url))
        assert definitions(doc)["Told by"] == "Samir (a pseudonym)"
        # The name is isolated (a right-to-left name does not reorder the note after it).
        told_by = doc.find("dt", string="Told by").find_next_sibling("dd")
        assert [squash(bdi.get_text()) for bdi in told_by.find_all("bdi")] == ["Samir"]

    def test_themes_link_to_the_filtered_library(self, client, soup_run):
        themes = hrefs(by_role(parse(client.get(SOUP_RUN)), "list", "Themes"))
        for theme in soup_run.themes.all():
            assert f"/stories/?theme={theme.slug}" in themes
        assert client.get(f"/stories/?theme={soup_run.themes.first().slug}").status_code == 200

    def test_partner_card_links_to_the_partner(self, client, soup_run):
        partner = by_role(parse(client.get(SOUP_RUN)), "region", "Shared with the campaign by")
        assert soup_run.partner.url in hrefs(partner)

    def test_stories_of_a_partner_draw_its_card_once(self, client, soup_run):
        """Another story of the same partner, drawn anew, finds the partner's card kept: it
        asks nothing of the partner or its logo."""
        client.get(SOUP_RUN)
        other = StoryPageFactory(partner=soup_run.partner)
        client.get(SOUP_RUN)  # the pages changed: the partner's card is drawn again once
        with CaptureQueriesContext(connection) as captured:
            partner = by_role(parse(client.get(other.url)), "region", "Shared with the campaign by")
        assert by_role(partner, "link", "City of Montreal")
        partner_table = f'"{PartnerPage._meta.db_table}"'
        assert not [q for q in captured.captured_queries if partner_table in q["sql"]]

    def test_the_partner_card_follows_the_partner(self, client, soup_run):
        assert by_role(parse(client.get(SOUP_RUN)), "region", "Shared with the campaign by")
        partner = soup_run.partner
        partner.title = "Ville de Montréal"
        partner.save_revision().publish()
        card = by_role(parse(client.get(SOUP_RUN)), "region", "Shared with the campaign by")
        assert by_role(card, "link", "Ville de Montréal")
        partner.unpublish()
        doc = parse(client.get(SOUP_RUN))
        assert not doc.find(string="Shared with the campaign by")
        assert by_role(doc, "heading", "More stories like this")

    def test_up_to_three_related_stories_share_a_theme_or_the_country(self, client):
        related = by_role(parse(client.get(SOUP_RUN)), "region", "More stories like this")
        headings = [accessible_name(heading) for heading in related.find_all("h3")]
        # Newest first: the story of the same country, then the one of the same theme.
        assert headings == [
            "It Takes A Community to sing in Cork",
            "It Takes A Community to open a bakery",
        ]

    def test_a_newly_published_story_joins_the_related_stories_at_once(self, client, soup_run):
        # The newest stories of each theme are kept between pages until a page is published.
        related = by_role(parse(client.get(SOUP_RUN)), "region", "More stories like this")
        assert "It Takes A Community to cook for a wedding" not in visible_text(related)
        StoryPageFactory(title="It Takes A Community to cook for a wedding", country="IE")
        other = StoryPageFactory(themes=soup_run.themes.all()[:1], country="FR")
        related = by_role(parse(client.get(other.url)), "region", "More stories like this")
        assert "It Takes A Community to fill a bowl on a winter night" in visible_text(related)
        related = by_role(parse(client.get(SOUP_RUN)), "region", "More stories like this")
        headings = [accessible_name(heading) for heading in related.find_all("h3")]
        assert headings[:2] == [other.title, "It Takes A Community to cook for a wedding"]

    def test_share_links_are_plain_links_and_copy_link_waits_for_javascript(self, client, soup_run):
        doc = parse(client.get(SOUP_RUN))
        page_url = soup_run.full_url
        share = hrefs(by_role(doc, "region", "Share this story"))
        hosts = ["https://x.com/", "https://www.facebook.com/", "https://www.linkedin.com/"]
        for host in [*hosts, "https://wa.me/"]:
            assert any(href.startswith(host) and len(href) > len(host) for href in share), host
        assert any(href.startswith("mailto:?subject=") for href in share)
        # Hidden until the script shows it: all_by_role skips hidden elements.
        assert all_by_role(doc, "button", "Copy link") == []
        button = doc.find("button", attrs={"data-copy-link": True})
        assert button.has_attr("hidden") and page_url in button["data-copy-link"]
        assert [script for script in doc.find_all("script") if not script.find_parent("head")] == []

    def test_invites_readers_to_share_their_story(self, client):
        assert "/share-your-story/" in hrefs(parse(client.get(SOUP_RUN)))

    def test_decorative_hero_has_empty_alt_and_described_hero_has_its_text(self, client, soup_run):
        story = parse(client.get(SOUP_RUN)).find("h1").find_parent("article")
        hero = story.find("figure").find("img")
        assert hero.get("alt") == ""
        assert not all_by_role(hero.parent, "img")
        soup_run.hero_image_decorative = False
        soup_run.hero_image_alt = "Volunteers ladle soup into bowls"
        soup_run.save_revision().publish()
        by_role(parse(client.get(SOUP_RUN)), "img", "Volunteers ladle soup into bowls")

    def test_unknown_story_is_a_404(self, client):
        assert client.get("/stories/it-takes-a-community-to-nothing/").status_code == 404


@pytest.mark.django_db
def test_partner_page_lists_the_stories_it_shared(client):
    doc = parse(client.get("/partners/montreal/"))
    shared = by_role(doc, "region", "Stories shared by City of Montreal")
    stories = [accessible_name(heading) for heading in all_by_role(shared, "heading")]
    assert stories[1:] == ["It Takes A Community to fill a bowl on a winter night"]
    assert "/stories/?partner=montreal" in hrefs(doc)
