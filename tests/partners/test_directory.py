"""The public directory: every partner by category, filters, category listings, bad input."""

import re

import pytest

from partners.demo import CATEGORIES, PARTNERS
from partners.models import PartnerIndexPage, PartnerPage

pytestmark = pytest.mark.django_db


def card_titles(html):
    return re.findall(r'<h[23] class="card__title"><a href="[^"]+">([^<]+)</a>', html)


def test_directory_names_every_partner_and_category_and_links_their_pages(client):
    response = client.get("/partners/")
    assert response.status_code == 200
    html = response.content.decode()
    for _slug, name, _description in CATEGORIES:
        assert f">{name}</h2>" in html
    titles = card_titles(html)
    assert sorted(titles) == sorted(partner[2].replace("&", "&amp;") for partner in PARTNERS)
    partner_links = set(re.findall(r'href="(/partners/[a-z0-9-]+/)"', html))
    assert len({link for link in partner_links if link.count("/") == 3}) >= 10
    assert client.get("/partners/iom/").status_code == 200


def test_cards_come_grouped_under_their_category_in_order(client):
    html = client.get("/partners/").content.decode()
    positions = [html.index(f">{name}</h2>") for _slug, name, _d in CATEGORIES]
    assert positions == sorted(positions)
    youth = html[html.index(">Youth</h2>") : html.index(">International organisations</h2>")]
    assert card_titles(youth) == [
        "Migration Youth &amp; Children Platform",
        "UN Major Group for Children and Youth",
    ]


def test_cards_show_logo_tag_and_one_line_role(client):
    html = client.get("/partners/").content.decode()
    card = html[html.index('<article class="card partner-card">') :]
    card = card[: card.index("</article>")]
    assert "<img" in card and 'alt=""' in card
    assert '<span class="tag">' in card
    assert 'class="card__meta"' in card


def test_filter_by_category_keeps_only_that_category(client):
    response = client.get("/partners/", {"category": "youth"})
    html = response.content.decode()
    assert response.status_code == 200
    assert len(card_titles(html)) == 2
    assert "2 partners" in html
    assert '<option value="youth" selected>' in html


def test_filter_by_country_lists_partners_working_there(client):
    html = client.get("/partners/", {"country": "CA"}).content.decode()
    assert sorted(card_titles(html)) == ["City of Montreal", "Government of Canada"]
    assert "2 partners work in Canada" in html


def test_country_code_in_lower_case_works_too(client):
    html = client.get("/partners/?country=ca").content.decode()
    assert sorted(card_titles(html)) == ["City of Montreal", "Government of Canada"]


def test_filters_combine(client):
    html = client.get("/partners/", {"category": "advising-cities-and-networks", "country": "CA"})
    assert card_titles(html.content.decode()) == ["City of Montreal"]


def test_country_filter_offers_only_countries_partners_work_in(client):
    html = client.get("/partners/").content.decode()
    start = html.index('name="country"')
    select = html[start : html.index("</select>", start)]
    assert '<option value="EC">Ecuador</option>' in select
    assert 'value="FR"' not in select


def test_a_real_country_without_partners_says_so(client):
    response = client.get("/partners/", {"country": "FR"})
    html = response.content.decode()
    assert response.status_code == 200
    assert card_titles(html) == []
    assert "No partner works in France yet." in html


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("category=no-such-category", "There is no partner category “no-such-category”"),
        ("country=ZZ", "“ZZ” is not a country we know"),
        ("country=%FF", "is not a country we know"),  # NUL: a 400 (tests/test_odd_input.py)
        ("category=%3Cscript%3E", "There is no partner category “&lt;script&gt;”"),
        ("country=" + "A" * 5000, "is not a country we know"),
    ],
)
def test_unknown_filter_values_give_an_empty_result_and_a_clear_error(client, query, message):
    response = client.get(f"/partners/?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert card_titles(html) == []
    assert message in html
    assert 'class="error-summary" role="alert"' in html
    assert 'aria-invalid="true"' in html
    assert "<title>Error:" in html
    assert "See all partners" in html


def test_filter_form_is_a_plain_get_form_with_labels(client):
    html = client.get("/partners/").content.decode()
    assert '<form class="filters" method="get" action="/partners/"' in html
    assert '<label for="id_category">Category' in html
    assert '<label for="id_country">Country' in html


class TestCategoryListings:
    def test_each_category_has_its_own_listing(self, client):
        for slug, name, _description in CATEGORIES:
            response = client.get(f"/partners/{slug}/")
            assert response.status_code == 200, slug
            html = response.content.decode()
            assert f"<h1>{name}</h1>" in html
            expected = {p[2].replace("&", "&amp;") for p in PARTNERS if p[0] == slug}
            assert set(card_titles(html)) == expected, slug
            assert '<span aria-current="page">' + name in html

    def test_category_listing_filters_by_country(self, client):
        html = client.get("/partners/advising-cities-and-networks/?country=BE").content.decode()
        assert card_titles(html) == ["City of Mechelen"]

    def test_category_listing_with_a_country_nobody_there_works_in(self, client):
        html = client.get("/partners/youth/?country=CA").content.decode()
        assert card_titles(html) == []
        assert "No partner in Youth works in Canada yet." in html

    def test_partner_pages_are_still_served_under_the_directory(self, client):
        response = client.get("/partners/welcoming-international/")
        assert response.status_code == 200
        assert "<h1>Welcoming International</h1>" in response.content.decode()

    @pytest.mark.parametrize("path", ["/partners/no-such/", "/partners/%FF/", "/partners/a b/"])
    def test_unknown_slugs_are_a_404(self, client, path):
        assert client.get(path).status_code == 404

    def test_directory_links_to_each_category_listing(self, client):
        html = client.get("/partners/").content.decode()
        for slug, _name, _description in CATEGORIES:
            assert f'href="/partners/{slug}/"' in html


def test_draft_partners_are_not_listed(client, iom):
    iom.unpublish()
    html = client.get("/partners/").content.decode()
    assert "International Organization for Migration (IOM)" not in card_titles(html)


def test_directory_writes_nothing_during_a_visit(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client.get("/partners/")
        client.get("/partners/youth/")
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


# Routing, site and settings, language links, categories, countries, partners, logos and
# their renditions: the same for 10 partners as for 500.
DIRECTORY_QUERIES = 12


def test_directory_costs_the_same_queries_for_10_and_500_partners(
    client, home_page, iom, django_assert_num_queries
):
    directory = home_page.add_child(
        instance=PartnerIndexPage(title="Scale directory", slug="scale-directory")
    )
    add_partners(directory, iom, 10)
    url = "/scale-directory/"
    client.get(url)  # warm the per-process caches (content types, site root paths)
    with django_assert_num_queries(DIRECTORY_QUERIES):
        html = client.get(url).content.decode()
    assert len(card_titles(html)) == 10
    add_partners(directory, iom, 490, start=10)
    with django_assert_num_queries(DIRECTORY_QUERIES):
        html = client.get(url).content.decode()
    assert len(card_titles(html)) == 500
    with django_assert_num_queries(DIRECTORY_QUERIES):
        html = client.get(url, {"country": "CA"}).content.decode()
    assert len(card_titles(html)) == 250
