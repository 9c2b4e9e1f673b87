"""Story cards partners embed, oEmbed, and framing: allowed on the cards only."""

import datetime
from urllib.parse import urlencode, urlsplit

import pytest

from stories.models import StoryPage
from tests.html import mentions, parse, visible_text


def csp(response):
    return response.get("Content-Security-Policy", "")


def soup(response):
    return parse(response)


@pytest.mark.django_db
class TestEmbeddedCards:
    def test_partner_cards_link_to_the_portal_in_a_new_tab(self, client, make_story, partner):
        make_story(
            "It Takes A Community to coach a team",
            partner=partner,
            date_published=datetime.date(2029, 1, 1),
        )
        make_story(
            "It Takes A Community to run a choir",
            partner=partner,
            date_published=datetime.date(2028, 1, 1),
        )
        make_story(
            "It Takes A Community to open a bakery",
            country="CA",
            partner=partner,
            date_published=datetime.date(2030, 1, 1),
        )
        response = client.get("/embed/stories/?partner=montreal&limit=2")
        assert response.status_code == 200
        page = soup(response)
        cards = page.select("main li")
        assert len(cards) == 2
        links = [card.find("a") for card in cards]
        assert (
            links[0].get_text(" ", strip=True).startswith("It Takes A Community to open a bakery")
        )
        for link in links:
            assert link["target"] == "_blank" and "noopener" in link["rel"]
            url = urlsplit(link["href"])
            assert url.netloc == "testserver" and url.path.startswith("/stories/")
            story = StoryPage.objects.live().get(
                slug=url.path.strip("/").split("/")[-1], locale__language_code="en"
            )
            assert story.partner_id == partner.pk
        more = next(link for link in page.find_all("a") if "More stories" in link.get_text())
        assert more["href"].endswith("/stories/?partner=montreal")

    def test_may_be_framed_by_any_site_yet_loads_nothing_from_elsewhere(self, client):
        response = client.get("/embed/stories/?limit=3")
        assert "frame-ancestors *" in csp(response)
        assert "X-Frame-Options" not in response
        assert "script-src 'self'" in csp(response)
        page = soup(response)
        assert page.find("script") is None
        assert page.find(style=True) is None and page.find("style") is None
        for element in page.find_all(["img", "link"]):
            address = element.get("src") or element.get("href")
            assert urlsplit(address).netloc in ("", "testserver"), address
        assert "public" in response["Cache-Control"]

    def test_in_the_requested_language(self, client):
        for url in ("/embed/stories/?language=es", "/es/embed/stories/"):
            page = soup(client.get(url))
            assert page.html["lang"] == "es"
            assert page.find("h1").get_text(strip=True) == "Historias de It Takes A Community"
            for link in page.select("main li a"):
                assert urlsplit(link["href"]).path.startswith("/es/stories/")
        arabic = soup(client.get("/embed/stories/?language=ar"))
        assert arabic.html["lang"] == "ar" and arabic.html["dir"] == "rtl"

    def test_drafts_never_show_and_bad_filters_explain_themselves(self, client, make_story):
        make_story("It Takes A Community to whisper", country="MN", live=False)
        empty = client.get("/embed/stories/?country=MN")
        assert not mentions(soup(empty), "whisper")
        assert "No stories yet." in visible_text(soup(empty))
        unknown = client.get("/embed/stories/?partner=nobody&limit=abc")
        assert unknown.status_code == 200
        assert "cannot be shown" in visible_text(soup(unknown))

    def test_single_story_card(self, client, make_story):
        story = make_story("It Takes A Community to share a garden")
        response = client.get(f"/embed/stories/{story.pk}/")
        assert "frame-ancestors *" in csp(response)
        assert soup(response).find("h1").get_text(" ", strip=True).startswith(story.title)
        draft = make_story("It Takes A Community not yet", live=False)
        assert client.get(f"/embed/stories/{draft.pk}/").status_code == 404


@pytest.mark.django_db
class TestOEmbed:
    def test_story_address_gives_a_rich_iframe(self, client, make_story):
        story = make_story("It Takes A Community to tune a piano")
        url = f"http://testserver{story.url}"
        response = client.get("/oembed/?" + urlencode({"url": url}))
        assert response.status_code == 200
        data = response.json()
        assert data["type"] == "rich" and data["version"] == "1.0"
        assert data["title"] == story.title
        frame = parse(data["html"]).find("iframe")
        assert frame["src"] == f"http://testserver/embed/stories/{story.pk}/"
        assert frame["title"] == f"Story: {story.title}"

    def test_discovery_link_on_story_pages(self, client, make_story):
        story = make_story("It Takes A Community to fix a roof")
        page = soup(client.get(story.url))
        link = page.find("link", type="application/json+oembed")
        target = urlsplit(link["href"])
        assert target.path == "/oembed/"
        assert client.get(f"{target.path}?{target.query}").json()["title"] == story.title

    def test_only_live_stories_of_this_site(self, client, make_story):
        draft = make_story("It Takes A Community in draft", live=False)
        for url in (
            f"http://testserver/stories/{draft.slug}/",
            "http://elsewhere.example/stories/anything/",
            "http://testserver/partners/",
            "javascript:alert(1)",
            "",
        ):
            assert client.get("/oembed/?" + urlencode({"url": url})).status_code == 404
        story = make_story("It Takes A Community to sing")
        xml = client.get("/oembed/?" + urlencode({"url": story.full_url, "format": "xml"}))
        assert xml.status_code == 501


@pytest.mark.django_db
def test_partner_page_shows_its_embed_code(client, partner):
    page = soup(client.get(partner.url))
    code = page.find("textarea", id=f"embed-code-{partner.pk}")
    assert page.find("label", attrs={"for": code["id"]}).get_text(strip=True) == "Embed code"
    frame = parse(code.get_text()).find("iframe")
    src = urlsplit(frame["src"])
    assert src.path == "/embed/stories/" and "partner=montreal" in src.query
    assert frame["title"]


@pytest.mark.django_db
def test_every_other_page_refuses_framing(client, make_story, partner, administrator):
    story = make_story("It Takes A Community to say no to frames")
    urls = [
        "/",
        "/stories/",
        story.url,
        "/stories/map/",
        "/partners/",
        partner.url,
        "/pledge/",
        "/events/",
        "/share-your-story/",
        "/es/stories/",
        "/ar/stories/map/",
        "/api/v2/stories/",
        "/oembed/?" + urlencode({"url": story.full_url}),
        "/admin/login/",
        "/does-not-exist/",
    ]
    for url in urls:
        response = client.get(url)
        assert response["X-Frame-Options"] == "DENY", url
        if not url.startswith("/admin/"):
            assert "frame-ancestors 'none'" in csp(response), url
    client.force_login(administrator)
    assert client.get("/admin/")["X-Frame-Options"] == "DENY"
