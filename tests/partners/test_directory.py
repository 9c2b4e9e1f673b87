"""The public directory: every partner by category, filters, category listings, bad input."""

import re

import pytest

from itac.renditions import CARD_LOGOS, PAGE_LOGOS
from partners.models import PartnerIndexPage, PartnerPage
from tests.factories import ImageFactory, PartnerCategoryFactory, PartnerPageFactory
from tests.html import (
    accessible_name,
    all_by_role,
    by_label,
    by_role,
    hrefs,
    options,
    parse,
    selected_values,
    title,
    visible_text,
)
from tests.queries import queries_to_draw, queries_to_get

pytestmark = pytest.mark.django_db

# (slug, name, description), in the directory's order.
CATEGORIES = [
    ("welcoming-cities", "Welcoming cities", "Cities that open their doors."),
    ("governments-and-agencies", "Governments and agencies", "States and the UN family."),
    ("young-people", "Young people", "Networks of children and youth."),
]
# (category slug, slug, name, countries), by name within each category.
PARTNERS = [
    ("welcoming-cities", "montreal", "City of Montreal", ["CA"]),
    ("welcoming-cities", "mechelen", "City of Mechelen", ["BE"]),
    ("welcoming-cities", "welcoming-international", "Welcoming International", ["US", "AU"]),
    ("governments-and-agencies", "canada", "Government of Canada", ["CA"]),
    ("governments-and-agencies", "ecuador", "Government of Ecuador", ["EC"]),
    ("governments-and-agencies", "iom", "International Organization for Migration (IOM)", ["CH"]),
    ("young-people", "youth-platform", "Migration Youth & Children Platform", ["KE"]),
    ("young-people", "un-youth", "UN Major Group for Children and Youth", ["BR"]),
]


@pytest.fixture(autouse=True)
def directory_content(db):
    """The directory's categories and partners above, each partner with a logo, a tag and a
    one-line role."""
    categories = {
        slug: PartnerCategoryFactory(slug=slug, name=name, description=text, sort_order=order)
        for order, (slug, name, text) in enumerate(CATEGORIES)
    }
    logo = ImageFactory()
    # Made beforehand, as the demo loader makes its logos': the visits must write nothing.
    logo.get_renditions(*CARD_LOGOS, *PAGE_LOGOS)
    for category, slug, name, countries in PARTNERS:
        PartnerPageFactory(
            title=name,
            slug=slug,
            category=categories[category],
            countries=countries,
            logo=logo,
            tag="Partner",
            role_summary=f"{name} carries the campaign where it works.",
        )


def card_titles(page):
    """The partner named by each card: its heading, which links to the partner's page."""
    doc = parse(page)
    titles = []
    for card in all_by_role(doc, "article"):
        heading = by_role(card, "heading")
        assert heading.name in {"h2", "h3"}
        titles.append(accessible_name(by_role(heading, "link")))
    return titles


def test_directory_names_every_partner_and_category_and_links_their_pages(client):
    response = client.get("/partners/")
    assert response.status_code == 200
    doc = parse(response)
    for _slug, name, _description in CATEGORIES:
        assert by_role(doc, "heading", name).name == "h2"
    titles = card_titles(doc)
    assert sorted(titles) == sorted(partner[2] for partner in PARTNERS)
    partner_links = {href for href in hrefs(doc) if re.fullmatch(r"/partners/[a-z0-9-]+/", href)}
    assert {f"/partners/{partner[1]}/" for partner in PARTNERS} <= partner_links
    assert client.get("/partners/iom/").status_code == 200


def test_cards_come_grouped_under_their_category_in_order(client):
    doc = parse(client.get("/partners/"))
    names = [name for _slug, name, _d in CATEGORIES]
    headings = [accessible_name(h) for h in all_by_role(doc, "heading") if h.name == "h2"]
    assert [heading for heading in headings if heading in names] == names
    assert [accessible_name(region) for region in all_by_role(doc, "region")] == names
    assert card_titles(by_role(doc, "region", "Young people")) == [
        "Migration Youth & Children Platform",
        "UN Major Group for Children and Youth",
    ]


def test_cards_show_logo_tag_and_one_line_role(client):
    card = all_by_role(parse(client.get("/partners/")), "article")[0]
    # The logo is there but decorative (alt=""): the name follows it as the link.
    logo = card.find("img")
    assert logo is not None and logo.get("alt") == ""
    assert all_by_role(card, "img") == []
    tag = card.find(class_="tag")
    assert tag is not None and tag.get_text(strip=True)
    role = card.find(class_="card__meta")
    assert role is not None and role.get_text(strip=True)


def test_filter_by_category_keeps_only_that_category(client):
    response = client.get("/partners/", {"category": "young-people"})
    doc = parse(response)
    assert response.status_code == 200
    assert len(card_titles(doc)) == 2
    assert "2 partners" in visible_text(doc)
    assert selected_values(by_label(doc, "Category (optional)")) == ["young-people"]


def test_filter_by_country_lists_partners_working_there(client):
    doc = parse(client.get("/partners/", {"country": "CA"}))
    assert sorted(card_titles(doc)) == ["City of Montreal", "Government of Canada"]
    assert "2 partners work in Canada" in visible_text(doc)


def test_country_code_in_lower_case_works_too(client):
    page = client.get("/partners/?country=ca")
    assert sorted(card_titles(page)) == ["City of Montreal", "Government of Canada"]


def test_filters_combine(client):
    page = client.get("/partners/", {"category": "welcoming-cities", "country": "CA"})
    assert card_titles(page) == ["City of Montreal"]


def test_country_filter_offers_only_countries_partners_work_in(client):
    countries = options(by_label(parse(client.get("/partners/")), "Country (optional)"))
    assert countries["EC"] == "Ecuador"
    assert "FR" not in countries and "France" not in countries.values()


def test_a_real_country_without_partners_says_so(client):
    response = client.get("/partners/", {"country": "FR"})
    doc = parse(response)
    assert response.status_code == 200
    assert card_titles(doc) == []
    assert "No partner works in France yet." in visible_text(doc)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("category=no-such-category", "There is no partner category “no-such-category”"),
        ("country=ZZ", "“ZZ” is not a country we know"),
        ("country=%FF", "is not a country we know"),  # NUL: a 400 (tests/test_odd_input.py)
        # Escaped: read as text, not run as a script element.
        ("category=%3Cscript%3E", "There is no partner category “<script>”"),
        ("country=" + "A" * 5000, "is not a country we know"),
    ],
)
def test_unknown_filter_values_give_an_empty_result_and_a_clear_error(client, query, message):
    response = client.get(f"/partners/?{query}")
    assert response.status_code == 200
    doc = parse(response)
    assert card_titles(doc) == []
    assert doc.find("script", string=re.compile("script")) is None
    alert = by_role(doc, "alert", "There is a problem")
    assert message in visible_text(alert)
    controls = [by_label(doc, "Category (optional)"), by_label(doc, "Country (optional)")]
    assert [control.get("aria-invalid") for control in controls].count("true") == 1
    assert title(doc).startswith("Error:")
    assert by_role(doc, "link", "See all partners")["href"] == "/partners/"


def test_filter_form_is_a_plain_get_form_with_labels(client):
    doc = parse(client.get("/partners/"))
    form = by_role(doc, "search", "Filter partners")
    assert form.name == "form"
    assert (form.get("method"), form.get("action")) == ("get", "/partners/")
    assert by_label(form, "Category (optional)").name == "select"
    assert by_label(form, "Country (optional)").name == "select"


class TestCategoryListings:
    def test_each_category_has_its_own_listing(self, client):
        for slug, name, _description in CATEGORIES:
            response = client.get(f"/partners/{slug}/")
            assert response.status_code == 200, slug
            doc = parse(response)
            assert [accessible_name(h) for h in doc.find_all("h1")] == [name]
            expected = {partner[2] for partner in PARTNERS if partner[0] == slug}
            assert set(card_titles(doc)) == expected, slug
            nav = by_role(doc, "navigation", "Partner categories")
            current = nav.find(attrs={"aria-current": "page"})
            assert accessible_name(current) == name
            assert name not in [accessible_name(link) for link in all_by_role(nav, "link")]

    def test_category_listing_filters_by_country(self, client):
        page = client.get("/partners/welcoming-cities/?country=BE")
        assert card_titles(page) == ["City of Mechelen"]

    def test_category_listing_with_a_country_nobody_there_works_in(self, client):
        doc = parse(client.get("/partners/young-people/?country=CA"))
        assert card_titles(doc) == []
        assert "No partner in Young people works in Canada yet." in visible_text(doc)

    def test_partner_pages_are_still_served_under_the_directory(self, client):
        response = client.get("/partners/welcoming-international/")
        assert response.status_code == 200
        doc = parse(response)
        assert [accessible_name(h) for h in doc.find_all("h1")] == ["Welcoming International"]

    @pytest.mark.parametrize("path", ["/partners/no-such/", "/partners/%FF/", "/partners/a b/"])
    def test_unknown_slugs_are_a_404(self, client, path):
        assert client.get(path).status_code == 404

    def test_directory_links_to_each_category_listing(self, client):
        links = hrefs(parse(client.get("/partners/")))
        for slug, _name, _description in CATEGORIES:
            assert f"/partners/{slug}/" in links


def test_draft_partners_are_not_listed(client, iom):
    iom.unpublish()
    doc = parse(client.get("/partners/"))
    assert "International Organization for Migration (IOM)" not in card_titles(doc)
    assert "/partners/iom/" not in hrefs(doc)


def test_directory_writes_nothing_during_a_visit(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client.get("/partners/")
        client.get("/partners/young-people/")
    writes = [
        q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE"))
    ]
    assert writes == []


def add_partners(directory, template, count, start=0):
    """Add `count` live partners like `template` (same category and logo) under `directory`."""
    for number in range(start, start + count):
        directory.add_child(
            instance=PartnerPage(
                title=f"Scale partner {number:04d}",
                slug=f"scale-partner-{directory.pk}-{number:04d}",
                category=template.category,
                logo=template.logo,
                tag=template.tag,
                role=template.role,
                role_summary=template.role_summary,
                countries=["CA", "EC"] if number % 2 else ["BR"],
            )
        )


# Drawn anew (after a publish): the directory page found again, categories, countries and the
# partners (their logos joined), their logos' renditions: the same for 10 partners as for 100.
# Asked again, the directory costs nothing: it is kept per address (itac.page_cache).
def test_directory_costs_the_same_queries_for_10_and_100_partners(client, home_page, iom):
    directory = home_page.add_child(
        instance=PartnerIndexPage(title="Scale directory", slug="scale-directory")
    )
    add_partners(directory, iom, 10)
    url = "/scale-directory/"
    few = queries_to_draw(client, url)
    assert len(card_titles(client.get(url))) == 10
    add_partners(directory, iom, 90, start=10)
    assert queries_to_draw(client, url) == few
    assert len(card_titles(client.get(url))) == 100
    assert queries_to_draw(client, f"{url}?country=CA") == few
    assert len(card_titles(client.get(url, {"country": "CA"}))) == 50
    assert queries_to_get(client, f"{url}?country=CA") == 0
