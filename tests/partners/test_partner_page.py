"""A partner's own page: what it shows, what it never shows, and the slug rules."""

import pytest

from django.core.exceptions import ValidationError

from partners.models import PartnerCategory, PartnerPage
from tests.factories import ImageFactory, PartnerCategoryFactory, PartnerPageFactory
from tests.html import by_role, definitions, hrefs, mentions, parse, visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def montreal(db):
    return PartnerPageFactory(
        title="City of Montreal",
        slug="montreal",
        tag="City",
        category=PartnerCategoryFactory(name="Welcoming cities", slug="welcoming-cities"),
        role="advising-city",
        countries=["CA"],
        cities="Montreal",
        website="",
        description="<p>The city runs cooking classes where newcomers teach.</p>",
        logo=ImageFactory(),
    )


@pytest.fixture(autouse=True)
def iom(db):
    return PartnerPageFactory(
        title="International Organization for Migration (IOM)",
        slug="iom",
        category=PartnerCategoryFactory(name="Organisations", slug="organisations"),
        website="https://www.iom.int/",
        logo=ImageFactory(description="International Organization for Migration (IOM) logo"),
    )


def partner_article(doc):
    """The partner's article: the one its page heading (h1) opens."""
    return doc.find("h1").find_parent("article")


def test_partner_page_shows_who_the_partner_is(client):
    response = client.get("/partners/montreal/")
    assert response.status_code == 200
    doc = parse(response)
    assert by_role(doc, "heading", "City of Montreal").name == "h1"
    tags = doc.find("h1").find_parent("header").find_all(class_="tag")
    assert [tag.get_text(strip=True) for tag in tags] == ["City"]
    facts = partner_article(doc).find("dl")
    category = by_role(facts, "link", "Welcoming cities")
    assert category["href"] == "/partners/welcoming-cities/"
    assert definitions(facts) == {
        "Category": "Welcoming cities",
        "Role in the campaign": "Advising city",
        "Countries": "Canada",
        "Cities": "Montreal",
    }
    assert "cooking classes" in visible_text(partner_article(doc))


def test_partner_logo_has_alternative_text(client):
    doc = parse(client.get("/partners/iom/"))
    by_role(doc, "img", "International Organization for Migration (IOM) logo")


def test_partner_logo_without_description_falls_back_to_the_partner_name(client, iom):
    iom.logo.description = ""
    iom.logo.save()
    doc = parse(client.get("/partners/iom/"))
    by_role(doc, "img", "International Organization for Migration (IOM) logo")


def test_partner_website_is_a_link(client):
    doc = parse(client.get("/partners/iom/"))
    assert definitions(partner_article(doc).find("dl"))["Website"] == "https://www.iom.int/"
    website = by_role(doc, "link", "https://www.iom.int/")
    assert website["href"] == "https://www.iom.int/" and "noopener" in website["rel"]


def test_partner_page_invites_a_story(client):
    invitation = by_role(parse(client.get("/partners/iom/")), "heading", "Share a story with us")
    assert "/share-your-story/" in hrefs(invitation.find_parent("aside"))


def test_partner_page_has_headings_in_order(client):
    import re

    main = by_role(parse(client.get("/partners/iom/")), "main")
    levels = [int(heading.name[1]) for heading in main.find_all(re.compile(r"^h[1-6]$"))]
    assert levels[0] == 1
    assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:], strict=False))


def test_staff_contact_email_is_never_public(client, iom):
    iom.contact_email = "private-contact@iom.example.org"
    iom.save_revision().publish()
    for path in ["/partners/iom/", "/partners/", "/partners/organisations/"]:
        doc = parse(client.get(path))
        assert not mentions(doc, "private-contact"), path
        assert not mentions(doc, "@iom.example.org"), path


def test_a_partner_page_cannot_take_a_category_slug(iom):
    iom.slug = "youth"
    with pytest.raises(ValidationError) as error:
        iom.full_clean()
    assert "slug" in error.value.message_dict


def test_a_category_cannot_take_a_partner_slug(iom):
    category = PartnerCategory(name="IOM", slug="iom", locale=iom.locale)
    with pytest.raises(ValidationError) as error:
        category.full_clean()
    assert "slug" in error.value.message_dict


def test_partner_page_costs_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    # Base layout ~15, the partner (category, logo, directory) 5, stories and events slots ~6.
    client.get("/partners/iom/")
    with django_assert_max_num_queries(30):
        assert client.get("/partners/iom/").status_code == 200


def test_every_partner_page_renders(client):
    for partner in PartnerPage.objects.live():
        response = client.get(partner.url)
        assert response.status_code == 200, partner.slug
        assert parse(response).find("img") is not None, partner.slug
