"""Editors' story listing (filters, CSV export), theme snippets, and the scale loader."""

import csv
import io

import pytest

from django.core.management import call_command

from wagtail.models import Page

from stories.models import StoryIndexPage, StoryPage
from tests.factories import PartnerPageFactory, StoryPageFactory, ThemeFactory
from tests.html import parse, rows_text

from .conftest import story_count


@pytest.mark.django_db
class TestAdmin:
    @pytest.fixture(autouse=True)
    def stories(self):
        """Four stories from four countries, with their themes, a partner and a draft."""
        housing = ThemeFactory(name="Homes for all")
        StoryPageFactory(
            title="It Takes A Community to fill a bowl on a winter night",
            country="IE",
            storyteller_display="first-name",
            storyteller_name="Nkechi",
            themes=[ThemeFactory(name="Women's empowerment"), housing],
        )
        StoryPageFactory(
            title="It Takes A Community to make One City", country="GB", themes=[housing]
        )
        StoryPageFactory(title="It Takes A Community to make new discoveries", country="CA")
        StoryPageFactory(
            title="It Takes A Community to learn a language together",
            country="BR",
            partner=PartnerPageFactory(),
        )
        return {"housing": housing}

    def test_editors_list_stories_filtered_by_country_and_theme(self, client, editor, stories):
        client.force_login(editor)
        response = client.get("/admin/stories/?locale=en")
        assert response.status_code == 200
        rows = rows_text(parse(response))
        assert "It Takes A Community to fill a bowl on a winter night" in rows
        housing = stories["housing"]
        filtered = client.get(f"/admin/stories/?locale=en&country=GB&themes={housing.pk}")
        filtered = rows_text(parse(filtered))
        assert "It Takes A Community to make One City" in filtered
        assert "fill a bowl" not in filtered

    def test_status_and_partner_filters(self, client, editor):
        client.force_login(editor)
        draft_page = StoryPage.objects.get(
            locale__language_code="en", slug="it-takes-a-community-to-make-new-discoveries"
        )
        draft_page.unpublish()
        drafts = rows_text(parse(client.get("/admin/stories/?locale=en&live=false")))
        assert "make new discoveries" in drafts and "fill a bowl" not in drafts
        language_story = "it-takes-a-community-to-learn-a-language-together"
        partner = StoryPage.objects.get(locale__language_code="en", slug=language_story).partner
        by_partner = rows_text(parse(client.get(f"/admin/stories/?locale=en&partner={partner.pk}")))
        assert "learn a language together" in by_partner and "fill a bowl" not in by_partner

    def test_csv_export_lists_public_fields(self, client, editor):
        client.force_login(editor)
        response = client.get("/admin/stories/?locale=en&export=csv&country=IE")
        assert response.status_code == 200
        text = b"".join(response.streaming_content).decode()
        rows = list(csv.DictReader(io.StringIO(text)))
        assert [row["Title"] for row in rows] == [
            "It Takes A Community to fill a bowl on a winter night"
        ]
        assert rows[0]["Byline"] == "Nkechi"
        assert "Women's empowerment" in rows[0]["Themes"]

    def test_editors_manage_themes(self, client, editor, administrator):
        client.force_login(administrator)
        response = client.get("/admin/snippets/stories/theme/", {"locale": "en"})
        assert response.status_code == 200
        assert "Homes for all" in rows_text(parse(response))


@pytest.mark.django_db
class TestScaleLoader:
    def test_adds_published_stories_that_list_search_and_open(self, client, many_stories):
        library = StoryIndexPage.objects.get(locale__language_code="en", slug="stories")
        # The English library's own stories (the demo's translations live in other libraries).
        before = StoryPage.objects.live().child_of(library).count()
        many_stories(50)
        assert StoryPage.objects.live().child_of(library).count() == before + 50
        library.refresh_from_db()
        assert library.numchild == library.get_children().count()
        assert story_count(client.get("/stories/")) == before + 50
        newest = StoryPage.objects.live().order_by("-pk").first()
        assert client.get(newest.url).status_code == 200
        found = client.get("/stories/", {"q": newest.city}).context["paginator"].count
        assert found >= 1
        # Wagtail can still add pages to the tree afterwards.
        page = StoryPage(
            title="It Takes A Community to add one more",
            summary="One more.",
            body=[{"type": "paragraph", "value": "<p>More.</p>"}],
        )
        library.add_child(instance=page)
        assert Page.find_problems() == ([], [], [], [], [])

    def test_the_demo_loader_adds_stories_at_scale_and_says_how_it_went(self):
        call_command("load_demo_content", stdout=io.StringIO())
        library = StoryIndexPage.objects.get(locale__language_code="en", slug="stories")
        before = StoryPage.objects.live().child_of(library).count()
        out = io.StringIO()
        # Run again (it adds only what is missing), with stories at scale.
        call_command("load_demo_content", "--stories", "5", stdout=out)
        assert StoryPage.objects.live().child_of(library).count() == before + 5
        assert "Added 5 synthetic published stories" in out.getvalue()
        assert "Demo content is in place." in out.getvalue()

    def test_stories_at_scale_come_from_their_own_command(self):
        before = StoryPage.objects.live().count()
        out = io.StringIO()
        call_command("generate_stories", 5, stdout=out)
        assert StoryPage.objects.live().count() == before + 5
        assert "Added 5 published stories" in out.getvalue()
