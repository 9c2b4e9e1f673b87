"""The partners' admin: editors list, filter and export; partner accounts get nothing yet."""

import csv
import io

import pytest

from django.urls import reverse

from partners.models import PartnerMembership
from tests.factories import PartnerCategoryFactory, PartnerPageFactory
from tests.html import (
    admin_menu_urls,
    all_by_role,
    by_label,
    mentions,
    options,
    parse,
    rows_text,
    texts,
)

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/partner_pages/"

# (name, category, role, countries)
PARTNERS = [
    ("Government of Canada", "Governments", "co-chair", ["CA"]),
    ("Government of Ecuador", "Governments", "co-chair", ["EC"]),
    ("City of Montreal", "Cities", "advising-city", ["CA"]),
    ("Youth Platform for Newcomers", "Youth", "advising-city", ["KE", "BR"]),
    ("Network of Welcoming Schools", "Youth", "", ["FR"]),
]


@pytest.fixture(autouse=True)
def partners(db):
    """The directory's partners in three categories, by name."""
    categories = {}
    made = {}
    for name, category, role, countries in PARTNERS:
        if category not in categories:
            categories[category] = PartnerCategoryFactory(name=category)
        made[name] = PartnerPageFactory(
            title=name,
            category=categories[category],
            role=role,
            countries=countries,
            contact_email=f"{name.lower().replace(' ', '-')}@partners.example.org",
        )
    return made


@pytest.fixture
def partner(partners):
    return partners["City of Montreal"]


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def listed_titles(response):
    """The test's partners the listing shows, each in a row of its own."""
    rows = texts(all_by_role(parse(response), "row"))
    names = [partner[0] for partner in PARTNERS]
    return [name for name in names if any(name in row for row in rows)]


def test_editor_lists_every_partner(editor_client):
    response = editor_client.get(LIST_URL, {"locale": "en"})
    assert response.status_code == 200
    assert len(listed_titles(response)) == len(PARTNERS)


def test_editor_finds_partners_in_the_admin_menu(editor_client):
    menu = admin_menu_urls(parse(editor_client.get("/admin/")))
    assert LIST_URL in menu
    assert "/admin/snippets/partners/partnercategory/" in menu
    assert "/admin/snippets/partners/partnermembership/" not in menu


def test_editor_filters_partners_by_category(editor_client, partners):
    youth = partners["Youth Platform for Newcomers"].category
    response = editor_client.get(LIST_URL, {"category": youth.pk})
    assert sorted(listed_titles(response)) == [
        "Network of Welcoming Schools",
        "Youth Platform for Newcomers",
    ]


def test_editor_filters_partners_by_role(editor_client):
    response = editor_client.get(LIST_URL, {"role": "co-chair"})
    assert sorted(listed_titles(response)) == ["Government of Canada", "Government of Ecuador"]


def test_editor_filters_partners_by_country(editor_client):
    response = editor_client.get(LIST_URL, {"country": "CA", "locale": "en"})
    assert sorted(listed_titles(response)) == ["City of Montreal", "Government of Canada"]


def test_editor_exports_partners_as_csv(editor_client):
    response = editor_client.get(LIST_URL, {"export": "csv", "role": "co-chair", "locale": "en"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "partners.csv" in response["Content-Disposition"]
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(content)))
    assert sorted(row["Name"] for row in rows) == ["Government of Canada", "Government of Ecuador"]
    canada = next(row for row in rows if row["Name"] == "Government of Canada")
    assert canada["Countries"] == "Canada"
    assert canada["Category"] == "Governments"
    assert canada["Contact email"] == "government-of-canada@partners.example.org"


def test_editor_manages_categories(editor_client):
    response = editor_client.get(
        reverse("wagtailsnippets_partners_partnercategory:list"), {"locale": "en"}
    )
    assert response.status_code == 200
    assert "Governments" in rows_text(parse(response))
    add = editor_client.get(reverse("wagtailsnippets_partners_partnercategory:add"))
    assert add.status_code == 200


def test_editor_cannot_tie_accounts_to_partners(editor_client):
    response = editor_client.get(reverse("wagtailsnippets_partners_partnermembership:list"))
    assert response.status_code in (302, 403)


def test_administrator_ties_a_partner_user_to_a_partner(
    client, administrator, partner_user, partner, editor
):
    client.force_login(administrator)
    add_url = reverse("wagtailsnippets_partners_partnermembership:add")
    accounts = options(by_label(parse(client.get(add_url)), "User account")).values()
    assert "test-partner" in accounts
    assert "test-editor" not in accounts  # only accounts in the Partners group are offered
    response = client.post(add_url, {"user": partner_user.pk, "partner": partner.pk})
    assert response.status_code == 302
    partner_user.refresh_from_db()
    assert partner_user.partner_membership.partner == partner.page_ptr.specific


def test_a_non_partner_account_cannot_be_tied(client, administrator, editor, partner):
    client.force_login(administrator)
    add_url = reverse("wagtailsnippets_partners_partnermembership:add")
    response = client.post(add_url, {"user": editor.pk, "partner": partner.pk})
    assert response.status_code == 200
    assert not PartnerMembership.objects.filter(user=editor).exists()


class TestPartnerAccounts:
    """Partner accounts get their powers from story submission; none over partners' data."""

    @pytest.fixture
    def partner_client(self, client, partner_user, partner):
        PartnerMembership.objects.create(user=partner_user, partner=partner)
        client.force_login(partner_user)
        return client

    def test_partner_user_sees_no_partners_menu(self, partner_client):
        response = partner_client.get("/admin/")
        if response.status_code == 200:
            page = parse(response)  # neither in the menu nor anywhere else on the page
            assert not mentions(page, LIST_URL)
            assert not mentions(page, "/admin/snippets/partners/")

    def test_partner_user_opens_only_its_own_profile(self, partner_client, partner):
        # Its own profile opens (description, logo and website; an editor approves the rest).
        assert partner_client.get(
            reverse("wagtailadmin_pages:edit", args=[partner.pk])
        ).status_code == (200)
        other = partner.get_siblings(inclusive=False).first()
        for url in [
            reverse("wagtailadmin_pages:edit", args=[other.pk]),
            reverse("wagtailadmin_explore", args=[partner.get_parent().pk]),
            reverse("wagtailsnippets_partners_partnercategory:list"),
            reverse("wagtailsnippets_partners_partnermembership:list"),
            reverse("wagtailsnippets_partners_partnermembership:edit", args=[1]),
        ]:
            response = partner_client.get(url)
            assert response.status_code in (302, 403, 404), url

    def test_partner_user_lists_no_partner_pages(self, partner_client):
        response = partner_client.get(LIST_URL)
        if response.status_code == 200:
            assert listed_titles(response) == []
        else:
            assert response.status_code in (302, 403)

    def test_partner_user_cannot_export_partners(self, partner_client):
        response = partner_client.get(LIST_URL, {"export": "csv"})
        if response.status_code == 200:
            content = b"".join(response.streaming_content).decode("utf-8-sig")
            assert "partners.example.org" not in content
        else:
            assert response.status_code in (302, 403)
