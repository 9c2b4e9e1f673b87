"""The story map and the pledge map: every country drawn, linked, counted and tabled."""

from collections import Counter
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.test.utils import CaptureQueriesContext

from reach.maps import country_shapes
from stories.models import StoryPage
from tests.factories import translate


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def live_counts(library):
    countries = StoryPage.objects.live().child_of(library).exclude(country="")
    return Counter(countries.values_list("country", flat=True))


def table(page):
    rows = page.select("table.map-table tbody tr")
    return [(row.th.get_text(strip=True), row.td.get_text(strip=True)) for row in rows]


@pytest.mark.django_db
class TestStoryMap:
    @pytest.fixture(autouse=True)
    def stories(self, make_story):
        """Stories from three countries (three, two, one), one of them in Spanish too."""
        for number, country in enumerate(["BE", "BE", "BE", "CA", "CA", "KE"]):
            story = make_story(f"It Takes A Community, story {number}", country=country)
        translate(story, "es")

    def test_every_country_with_stories_links_to_its_listing(self, client, make_story, library):
        make_story("It Takes A Community in Singapore", country="SG")  # a marker, not a shape
        make_story("It Takes A Community to hide", country="MN", live=False)
        page = soup(client.get("/stories/map/"))
        svg = page.find("svg", class_="world-map__svg")
        links = {
            parse_qs(urlsplit(link["href"]).query)["country"][0]: link for link in svg.find_all("a")
        }
        counts = live_counts(library)
        assert set(links) == set(counts)
        assert "MN" not in links
        for code, link in links.items():
            assert urlsplit(link["href"]).path == "/stories/"
            assert link["aria-label"].endswith(
                f": {counts[code]} stor{'y' if counts[code] == 1 else 'ies'}"
            )
            shape = link.find(["path", "circle"])
            assert shape.name == ("path" if code in country_shapes()["countries"] else "circle")
        assert links["SG"].find("circle") is not None

    def test_the_links_lead_to_the_filtered_listing(self, client, library):
        page = soup(client.get("/stories/map/"))
        code, count = live_counts(library).most_common(1)[0]
        link = page.find("a", attrs={"href": f"/stories/?country={code}"})
        listing = client.get(link["href"])
        assert listing.context["paginator"].count == count

    def test_legend_and_table_hold_the_same_numbers(self, client, library):
        page = soup(client.get("/stories/map/"))
        counts = live_counts(library)
        rows = table(page)
        assert sorted(int(n) for _name, n in rows) == sorted(counts.values())
        numbers = [int(n) for _name, n in rows]
        assert numbers == sorted(numbers, reverse=True)
        assert page.select(".map-legend__steps li")
        by_name = soup(client.get("/stories/map/?sort=name"))
        names = [name for name, _n in table(by_name)]
        assert names == sorted(names)
        header = by_name.find("th", attrs={"aria-sort": "ascending"})
        assert header.get_text(strip=True) == "Country"

    def test_each_language_keeps_its_prefix(self, client):
        page = soup(client.get("/es/stories/map/"))
        assert page.html["lang"] == "es"
        links = page.select("svg a")
        assert links and all(link["href"].startswith("/es/stories/?country=") for link in links)
        arabic = soup(client.get("/ar/stories/map/"))
        assert arabic.html["dir"] == "rtl"
        assert arabic.find("h1").get_text(strip=True) != "Story map"

    def test_cost_does_not_grow_with_stories(self, client, make_story):
        client.get("/stories/map/")
        with CaptureQueriesContext(connection) as few:
            client.get("/stories/map/")
        for number, code in enumerate(["PE", "CL", "AR", "UY", "PY", "BO"]):
            make_story(f"It Takes A Community number {number}", country=code)
        client.get("/stories/map/")
        with CaptureQueriesContext(connection) as many:
            page = soup(client.get("/stories/map/"))
        assert len(many) == len(few)
        assert page.find("a", attrs={"href": "/stories/?country=PE"})


@pytest.mark.django_db
def test_pledge_page_shows_pledges_on_the_map(client, make_pledges):
    make_pledges("KE", 4)
    make_pledges("MT", 2)  # Malta: a marker
    page = soup(client.get("/pledge/"))
    svg = page.find("svg", class_="world-map__svg")
    titles = {title.get_text() for title in svg.find_all("title")}
    assert any(title.startswith("Kenya: ") for title in titles)
    assert any(title.startswith("Malta: ") for title in titles)
    rows = dict(table(page))
    assert int(rows["Kenya"]) >= 4
