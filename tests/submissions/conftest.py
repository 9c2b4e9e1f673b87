"""Fixtures for story submission: the form page, partner accounts, and a valid submission."""

import time

import pytest

from django.contrib.auth.models import Group
from django.core import signing

from wagtail.models import Locale, Page

from itac.forms import FORM_STARTED_SALT
from partners.models import PartnerCategory, PartnerIndexPage, PartnerMembership, PartnerPage
from stories.models import Theme
from stories.submissions.models import StorySubmissionPage
from tests.conftest import make_user

from .photo_files import jpeg_with_gps


@pytest.fixture
def share_page(db):
    return StorySubmissionPage.objects.live().get(locale=Locale.get_default())


def started(seconds_ago=60):
    """The signed start time a form gives, as if the visitor spent this long filling it in."""
    return signing.dumps(time.time() - seconds_ago, salt=FORM_STARTED_SALT)


@pytest.fixture
def story_data(db):
    """A complete, valid submission as the browser sends it (photo added separately)."""
    theme = Theme.objects.filter(locale=Locale.get_default()).first()
    data = {
        "form_started": started(),
        "title": "It Takes A Community to run a soup kitchen",
        "story": (
            "Every Tuesday evening, women from six countries cook soup together in a parish "
            "hall and take it to people sleeping rough in the city centre.\n\n"
            "It started with two neighbours and a borrowed pot. Now the whole street helps."
        ),
        "storyteller_display": "first-name",
        "storyteller_name": "Amina",
        "relationship": "mine",
        "city": "Dublin",
        "country": "IE",
        "told_in_language": "en",
        "contact_email": "amina@example.org",
        "consent_publish_story": "on",
        "consent_contact": "on",
    }
    if theme is not None:
        data["themes"] = [str(theme.pk)]
    return data


@pytest.fixture
def story_data_with_photo(story_data):
    return {
        **story_data,
        "photo": jpeg_with_gps(),
        "photo_alt": "Women serving soup from a large pot",
        "consent_publish_photo": "on",
    }


def make_partner(title, slug):
    index = PartnerIndexPage.objects.first()
    if index is None:
        home = Page.objects.get(depth=2, locale=Locale.get_default())
        index = PartnerIndexPage(title="Partners", slug="partners-for-tests")
        home.add_child(instance=index)
    category = PartnerCategory.objects.filter(locale=Locale.get_default()).first()
    if category is None:
        category = PartnerCategory.objects.create(name="Civil society", slug="civil-society-tests")
    partner = PartnerPage(title=title, slug=slug, category=category)
    index.add_child(instance=partner)
    return partner


@pytest.fixture
def partner_a(db):
    return make_partner("Neighbours Together A", "neighbours-together-a")


@pytest.fixture
def partner_b(db):
    return make_partner("Newcomers Network B", "newcomers-network-b")


def partner_user(django_user_model, username, partner):
    user = make_user(django_user_model, username, "Partners")
    PartnerMembership.objects.create(user=user, partner=partner)
    return user


@pytest.fixture
def partner_a_user(django_user_model, partner_a):
    return partner_user(django_user_model, "partner-a", partner_a)


@pytest.fixture
def partner_b_user(django_user_model, partner_b):
    return partner_user(django_user_model, "partner-b", partner_b)


@pytest.fixture
def moderators_group(db):
    return Group.objects.get(name="Moderators")
