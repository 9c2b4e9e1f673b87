"""The privacy page and the story form are chosen in the campaign settings, not written as paths:
every link to them follows an editor who renames a page, keeps the visitor's language, and is
left out (not broken) when no page is chosen or the chosen one is unpublished."""

import pytest

from django.core import mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from wagtail.models import Site

from itac.models import CampaignSettings
from tests.factories import (
    PartnerPageFactory,
    StandardPageFactory,
    StoryPageFactory,
    StorySubmissionFactory,
    StorySubmissionPageFactory,
    translate,
)
from tests.html import all_by_role, by_label, by_role, parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign():
    return CampaignSettings.for_site(Site.objects.get(is_default_site=True))


def choose(campaign, **pages):
    for field, page in pages.items():
        setattr(campaign, field, page)
    campaign.save()


def rename(page, slug):
    """What an editor does: a new slug, published."""
    page.slug = slug
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def prefix(language):
    return "" if language == "en" else f"/{language}"


def in_language(language, message):
    with translation.override(language):
        return gettext(message)


def privacy_links(client, address, language):
    response = client.get(address)
    assert response.status_code == 200, address
    footer = by_role(parse(response), "contentinfo")
    return [link["href"] for link in all_by_role(footer, "link", in_language(language, "Privacy"))]


def story_form_links(client, address, language):
    response = client.get(address)
    assert response.status_code == 200, address
    main = parse(response).find("main")
    name = in_language(language, "Share your story")
    return [link["href"] for link in all_by_role(main, "link", name)]


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_footers_privacy_link_follows_a_renamed_page(client, campaign, language):
    privacy = StandardPageFactory(title="How we look after your data", slug="data-care")
    choose(campaign, privacy_page=privacy)
    home = f"{prefix(language)}/"

    assert privacy_links(client, home, language) == [f"{prefix(language)}/data-care/"]

    rename(privacy, "your-data")
    [link] = privacy_links(client, home, language)
    assert link == f"{prefix(language)}/your-data/"
    assert client.get(link).status_code == 200


def test_the_privacy_link_leads_to_the_translation_in_the_visitors_language(client, campaign):
    privacy = StandardPageFactory(title="How we look after your data", slug="data-care")
    spanish = translate(privacy, "es")
    choose(campaign, privacy_page=privacy)

    rename(spanish, "tus-datos")

    assert privacy_links(client, "/es/", "es") == ["/es/tus-datos/"]
    assert privacy_links(client, "/", "en") == ["/data-care/"]


@pytest.mark.parametrize("language", ["en", "es"])
def test_share_your_story_buttons_follow_a_renamed_story_form(client, campaign, language):
    form = StorySubmissionPageFactory(slug="tell-us")
    choose(campaign, story_form_page=form)
    story, partner = StoryPageFactory(), PartnerPageFactory()
    pages = [f"{prefix(language)}{story.url}", f"{prefix(language)}{partner.url}"]

    for address in pages:
        assert story_form_links(client, address, language) == [f"{prefix(language)}/tell-us/"]

    rename(form, "your-story")
    for address in pages:
        [link] = story_form_links(client, address, language)
        assert link == f"{prefix(language)}/your-story/"
    # The form is there, in the visitor's language, and its removal link follows it too.
    form_page = parse(client.get(link))
    removal = by_role(form_page, "link", in_language(language, "Ask for a story to be removed"))
    assert removal["href"] == f"{prefix(language)}/your-story/remove/"


def test_the_story_form_link_leads_to_its_translation(client, campaign):
    form = StorySubmissionPageFactory(slug="tell-us")
    rename(translate(form, "es"), "cuentanos")
    choose(campaign, story_form_page=form)
    story = StoryPageFactory()

    assert story_form_links(client, f"/es{story.url}", "es") == ["/es/cuentanos/"]
    assert story_form_links(client, story.url, "en") == ["/tell-us/"]


@pytest.mark.parametrize("language", ["en", "es"])
def test_no_page_chosen_leaves_the_links_out(client, campaign, language):
    choose(campaign, privacy_page=None, story_form_page=None)
    story, partner = StoryPageFactory(), PartnerPageFactory()

    assert privacy_links(client, f"{prefix(language)}/", language) == []
    for page in (story, partner):
        assert story_form_links(client, f"{prefix(language)}{page.url}", language) == []


def test_an_unpublished_choice_leaves_the_links_out(client, campaign):
    privacy, form = StandardPageFactory(), StorySubmissionPageFactory()
    choose(campaign, privacy_page=privacy, story_form_page=form)
    story = StoryPageFactory()
    assert privacy_links(client, story.url, "en") and story_form_links(client, story.url, "en")

    privacy.unpublish()
    form.unpublish()

    assert privacy_links(client, story.url, "en") == []
    assert story_form_links(client, story.url, "en") == []


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_removal_link_a_storyteller_is_sent_follows_the_story_form(
    campaign, language, django_capture_on_commit_callbacks
):
    form = rename(StorySubmissionPageFactory(), "tell-us")
    choose(campaign, story_form_page=form)
    story = StoryPageFactory()
    StorySubmissionFactory(
        story=story,
        contact_email="amina@example.org",
        consent_contact=True,
        consent_language=language,
    )

    with django_capture_on_commit_callbacks(execute=True):
        story.save_revision().publish()

    [email] = [message for message in mail.outbox if message.to == ["amina@example.org"]]
    assert f"{prefix(language)}/tell-us/remove/?token=" in email.body


def test_an_administrator_finds_both_choosers_in_the_campaign_settings(client, administrator):
    client.force_login(administrator)
    address = reverse("wagtailsettings:edit", args=["itac", "campaignsettings"])
    response = client.get(address, follow=True)
    doc = parse(response)

    assert response.status_code == 200
    for label in ("Privacy page", "Story form page"):
        assert by_label(doc, label).get("type") == "hidden"  # the chooser's value
