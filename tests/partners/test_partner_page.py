"""A partner's own page: what it shows, what it never shows, and the slug rules."""

import pytest

from django.core.exceptions import ValidationError

from partners.models import PartnerCategory, PartnerPage

pytestmark = pytest.mark.django_db


def test_partner_page_shows_who_the_partner_is(client):
    response = client.get("/partners/montreal/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>City of Montreal</h1>" in html
    assert '<span class="tag">City</span>' in html
    category_link = '<a href="/partners/advising-cities-and-networks/">'
    assert category_link + "Advising cities and networks</a>" in html
    assert "<dd>Advising city</dd>" in html
    assert "<dd>Canada</dd>" in html
    assert "<dd>Montreal</dd>" in html
    assert "cooking classes" in html


def test_partner_logo_has_alternative_text(client):
    html = client.get("/partners/iom/").content.decode()
    assert 'alt="International Organization for Migration (IOM) logo"' in html


def test_partner_logo_without_description_falls_back_to_the_partner_name(client, iom):
    iom.logo.description = ""
    iom.logo.save()
    html = client.get("/partners/iom/").content.decode()
    assert 'alt="International Organization for Migration (IOM) logo"' in html


def test_partner_website_is_a_link(client):
    html = client.get("/partners/iom/").content.decode()
    assert '<a href="https://www.iom.int/" rel="noopener">' in html


def test_partner_page_invites_a_story(client):
    html = client.get("/partners/iom/").content.decode()
    assert "Share a story with us" in html
    assert 'href="/share-your-story/"' in html


def test_partner_page_has_headings_in_order(client):
    import re

    html = client.get("/partners/iom/").content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    levels = [int(level) for level in re.findall(r"<h([1-6])", main)]
    assert levels[0] == 1
    assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:], strict=False))


def test_staff_contact_email_is_never_public(client, iom):
    iom.contact_email = "private-contact@iom.example.org"
    iom.save_revision().publish()
    for path in ["/partners/iom/", "/partners/", "/partners/international-organisations/"]:
        html = client.get(path).content.decode()
        assert "private-contact" not in html, path
        assert "@iom.example.org" not in html, path


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


def test_every_demo_partner_page_renders(client):
    for partner in PartnerPage.objects.live():
        response = client.get(partner.url)
        assert response.status_code == 200, partner.slug
        assert "<img" in response.content.decode(), partner.slug
