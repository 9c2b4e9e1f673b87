"""Finding a page (itac.page_cache.KeptPages): the site, its home pages and their sections are
kept by each process until a page changes, so a page costs only its own queries; what visitors
are served is still what is published, in their language."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import StandardPageFactory, translate
from tests.html import by_role, parse

pytestmark = pytest.mark.django_db


def queries_for(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return response, [query["sql"] for query in captured]


def test_a_content_page_seen_again_asks_the_database_nothing(client):
    page = StandardPageFactory(title="How the campaign began")
    client.get(page.url)
    response, asked = queries_for(client, page.url)
    assert by_role(parse(response), "heading", "How the campaign began")
    assert asked == []


def test_the_arabic_home_page_seen_again_asks_the_database_nothing(client):
    client.get("/ar/")
    response, asked = queries_for(client, "/ar/")
    assert parse(response).find("html")["dir"] == "rtl"
    assert asked == []


def test_a_page_published_under_the_home_page_answers_at_once(client):
    assert client.get("/how-to-take-part/").status_code == 404
    page = StandardPageFactory(title="How to take part", slug="how-to-take-part")
    assert by_role(parse(client.get(page.url)), "heading", "How to take part")


def test_a_renamed_page_answers_at_its_new_address_only(client):
    page = StandardPageFactory(title="Our partners' pledge", slug="partners-pledge")
    client.get("/partners-pledge/")
    page.slug = "the-partners-pledge"
    page.save_revision().publish()
    assert client.get("/partners-pledge/").status_code == 404
    assert by_role(parse(client.get("/the-partners-pledge/")), "heading", "Our partners' pledge")


def test_an_unpublished_page_is_gone_at_once(client):
    page = StandardPageFactory(title="A page for one week")
    assert client.get(page.url).status_code == 200
    page.unpublish()
    assert client.get(page.url).status_code == 404


def test_a_translation_is_served_in_its_language_and_the_original_where_there_is_none(client):
    page = StandardPageFactory(title="Volunteer with us", slug="volunteer")
    assert by_role(parse(client.get("/es/volunteer/")), "heading", "Volunteer with us")
    spanish = translate(page, "es")
    spanish.title = "Hazte voluntario"
    spanish.save_revision().publish()
    assert by_role(parse(client.get("/es/volunteer/")), "heading", "Hazte voluntario")
    assert by_role(parse(client.get("/volunteer/")), "heading", "Volunteer with us")
