"""What the layout caches (navigation, translations, settings) follows every change at once."""

import pytest

from wagtail.models import Page

from itac.models import CampaignSettings, StandardPage
from tests.html import by_role, parse


def addresses(response):
    """Every href in the page (links, and link elements in its head)."""
    return [element["href"] for element in parse(response).find_all(href=True)]


@pytest.fixture
def about(db):
    return StandardPage.objects.live().get(slug="about", locale__language_code="en")


@pytest.mark.django_db
class TestLayoutCaches:
    def test_an_unpublished_page_leaves_the_navigation_at_once(self, client, about):
        client.get("/privacy/")  # fills the cache
        assert "/about/" in addresses(client.get("/privacy/"))
        about.unpublish()
        assert "/about/" not in addresses(client.get("/privacy/"))

    def test_a_renamed_page_is_linked_by_its_new_address(self, client, about):
        client.get("/privacy/")
        about.slug = "about-us"
        about.save_revision().publish()
        links = addresses(client.get("/privacy/"))
        assert "/about-us/" in links and "/about/" not in links

    def test_saved_campaign_settings_show_at_once(self, client, home_page):
        client.get("/about/")
        campaign = CampaignSettings.for_site(home_page.get_site())
        campaign.hashtag = "#WelcomeHere"
        campaign.save()
        footer = by_role(parse(client.get("/about/")), "contentinfo")
        assert "#WelcomeHere" in footer.get_text()

    def test_a_new_translation_joins_the_language_switcher(self, client, about):
        from wagtail.models import Locale

        french = Locale.objects.get(language_code="fr")
        # The demo translates the page: take its French version away, then make it anew.
        for existing in about.get_translations().filter(locale=french):
            existing.delete()
        client.get("/about/")
        translation = about.copy_for_translation(french, copy_parents=True)
        translation.save_revision().publish()
        doc = parse(client.get("/about/"))
        assert doc.find("a", href=translation.url, lang="fr") is not None

    def test_every_content_page_costs_the_same_few_queries(
        self, client, about, django_assert_max_num_queries
    ):
        client.get("/about/")
        with django_assert_max_num_queries(7):
            client.get("/about/")
        assert Page.objects.live().count() > 10
