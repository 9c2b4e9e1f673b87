"""The demo directory: every partner of the campaign facts, in its category, loaded once."""

import pytest

from django.core.management import call_command

from wagtail.images import get_image_model

from partners import demo
from partners.models import PartnerCategory, PartnerMembership, PartnerPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]


def test_every_partner_is_in_its_category_with_a_logo():
    for category_slug, slug, name, *_rest in demo.PARTNERS:
        partner = PartnerPage.objects.get(locale__language_code="en", slug=slug)
        assert partner.title == name
        assert partner.category.slug == category_slug
        assert partner.logo is not None and partner.logo.description
        assert partner.live


def test_the_issue_names_are_all_there():
    names = set(PartnerPage.objects.values_list("title", flat=True))
    for expected in [
        "GFMD Mayors Mechanism",
        "Mayors Migration Council",
        "Government of Canada",
        "Government of Ecuador",
        "City of Dublin",
        "City of Johannesburg",
        "City of Mechelen",
        "City of Montreal",
        "City of São Paulo",
        "Welcoming International",
        "Migration Youth & Children Platform",
        "GFMD Civil Society Mechanism",
        "GFMD Business Mechanism",
    ]:
        assert expected in names
    assert any("UCLG" in name for name in names)
    assert any("IOM" in name for name in names)
    # The demo also translates the categories (itac/demo/translations.py): count the originals.
    english = PartnerCategory.objects.filter(locale__language_code="en")
    assert english.count() == len(demo.CATEGORIES)


def test_loading_again_adds_nothing(home_page):
    counts = (
        PartnerPage.objects.count(),
        PartnerCategory.objects.count(),
        get_image_model().objects.count(),
    )
    demo.load(home_page)
    assert (
        PartnerPage.objects.count(),
        PartnerCategory.objects.count(),
        get_image_model().objects.count(),
    ) == counts


def test_demo_partner_user_acts_for_one_partner(django_user_model):
    user = django_user_model.objects.create_user("demo-partner-test")
    demo.attach_demo_partner_user(user)
    demo.attach_demo_partner_user(user)
    assert PartnerMembership.objects.filter(user=user).count() == 1
    assert user.partner_membership.partner.slug == "ngo-committee-on-migration"


def test_create_demo_accounts_ties_the_partner_account(settings):
    settings.DEBUG = True
    call_command("create_demo_accounts", stdout=None)
    membership = PartnerMembership.objects.get(user__username="partner")
    assert membership.partner.title == "NGO Committee on Migration"
