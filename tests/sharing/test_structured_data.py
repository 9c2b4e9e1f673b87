"""JSON-LD on stories, events, partners and the home page, checked against schema.org types.

schema.org itself requires nothing; the properties checked here are those search engines
require or recommend for each type (headline, image, dates, author and publisher of an
Article; name, dates with their offset, attendance mode and location of an Event; name and
url of an Organization), with their values' types.
"""

import datetime
import json
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from django.test import override_settings

from tests.factories import EventPageFactory, ImageFactory, PartnerPageFactory

pytestmark = pytest.mark.django_db


def an_event():
    """An online event with its picture and the address of its stream."""
    return EventPageFactory(
        listing_image=ImageFactory(), livestream_url="https://video.example.org/live"
    )


BASE = "https://itac.example.org"
ATTENDANCE_MODES = {
    f"https://schema.org/{mode}EventAttendanceMode" for mode in ("Online", "Offline", "Mixed")
}


@pytest.fixture(autouse=True)
def public_address():
    with override_settings(PUBLIC_BASE_URL=BASE):
        yield


def json_ld(client, url):
    """Every JSON-LD block of the page, parsed (a block that does not parse fails here)."""
    response = client.get(url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    blocks = [json.loads(tag.string) for tag in soup.find_all("script", type="application/ld+json")]
    for block in blocks:
        assert block["@context"] == "https://schema.org"
    return blocks


def is_absolute(url):
    parts = urlsplit(url)
    return parts.scheme in {"http", "https"} and bool(parts.netloc)


def is_date(value):
    try:
        datetime.date.fromisoformat(value[:10])
    except (TypeError, ValueError):
        return False
    return True


def is_datetime_with_offset(value):
    try:
        moment = datetime.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return moment.tzinfo is not None


def check_organization(data):
    assert data["@type"] == "Organization"
    assert isinstance(data["name"], str) and data["name"]
    assert is_absolute(data["url"])
    logo = data.get("logo")
    if logo is not None:
        assert is_absolute(logo["url"] if isinstance(logo, dict) else logo)


def check_person_or_organization(data):
    if data["@type"] == "Organization":
        check_organization(data)
    else:
        assert data["@type"] == "Person"
        assert isinstance(data["name"], str) and data["name"]


def check_article(data):
    assert data["@type"] == "Article"
    assert 0 < len(data["headline"]) <= 110
    assert data["image"] and all(is_absolute(url) for url in data["image"])
    assert is_date(data["datePublished"])
    if "dateModified" in data:
        assert is_datetime_with_offset(data["dateModified"])
    check_person_or_organization(data["author"])
    check_organization(data["publisher"])
    assert is_absolute(data["mainEntityOfPage"])


def check_event(data):
    assert data["@type"] == "Event"
    assert data["name"]
    assert is_datetime_with_offset(data["startDate"])
    assert is_datetime_with_offset(data["endDate"])
    assert data["eventAttendanceMode"] in ATTENDANCE_MODES
    location = data["location"]
    if data["eventAttendanceMode"].endswith("OnlineEventAttendanceMode"):
        assert location["@type"] == "VirtualLocation"
        assert is_absolute(location["url"])
    else:
        assert location["@type"] == "Place" and location["address"]
    check_organization(data["organizer"])
    assert data["image"] and all(is_absolute(url) for url in data["image"])


def test_a_story_is_an_article_by_its_storyteller(client, make_story):
    story = make_story(
        title="A bakery run by three neighbours",
        storyteller_display="pseudonym",
        storyteller_name="Baker Bee",
        city="Dublin",
        country="IE",
    )
    (article,) = json_ld(client, story.url)
    check_article(article)
    assert article["headline"] == story.title
    assert article["author"] == {"@type": "Person", "name": "Baker Bee"}
    assert article["publisher"]["name"] == "It Takes A Community"
    assert article["datePublished"] == story.date_published.isoformat()
    assert article["contentLocation"]["name"] == "Dublin, Ireland"
    assert article["image"][0].startswith(f"{BASE}/share-cards/")


def test_an_anonymous_story_names_no_person(client, make_story):
    story = make_story(storyteller_display="anonymous")
    (article,) = json_ld(client, story.url)
    check_article(article)
    assert article["author"]["@type"] == "Organization"
    assert "Person" not in json.dumps(article)


def test_an_event_is_online_with_its_times_in_its_own_zone(client):
    event = an_event()
    (data,) = json_ld(client, event.url)
    check_event(data)
    start = datetime.datetime.fromisoformat(data["startDate"])
    assert start == event.start
    assert start.utcoffset() == event.local_start.utcoffset()
    assert data["location"]["url"] == (event.livestream_url or event.get_full_url())


def test_a_partner_is_an_organization(client):
    partner = PartnerPageFactory(logo=ImageFactory())
    (data,) = json_ld(client, partner.url)
    check_organization(data)
    assert data["name"] == partner.title
    assert data["mainEntityOfPage"] == partner.get_full_url()


def test_the_home_page_presents_the_campaign(client):
    (data,) = json_ld(client, "/")
    check_organization(data)
    assert data["name"] == "It Takes A Community"
    assert all(is_absolute(url) for url in data.get("sameAs", []))


def test_the_checks_catch_what_is_missing(client, make_story):
    """The checks above fail on an incomplete Article or Event (they are no rubber stamp)."""
    (article,) = json_ld(client, make_story().url)
    for missing in ("headline", "image", "datePublished", "author", "publisher"):
        with pytest.raises((AssertionError, KeyError)):
            check_article({key: value for key, value in article.items() if key != missing})
    (data,) = json_ld(client, an_event().url)
    with pytest.raises(AssertionError):
        check_event({**data, "startDate": data["startDate"][:19]})  # no offset
    with pytest.raises((AssertionError, KeyError)):
        check_event({**data, "location": {"@type": "VirtualLocation"}})


def test_json_ld_cannot_close_its_script_element(client, make_story):
    story = make_story(summary="Bread </script><script>alert(1)</script> & butter")
    response = client.get(story.url)
    assert b"</script><script>alert(1)" not in response.content
    (article,) = json_ld(client, story.url)
    assert article["description"] == "Bread </script><script>alert(1)</script> & butter"


def test_an_erased_story_leaves_no_share_card(client, make_story, settings):
    from pathlib import Path

    story = make_story()
    (article,) = json_ld(client, story.url)
    address = urlsplit(article["image"][0]).path
    assert client.get(address).status_code == 200
    path = Path(settings.MEDIA_ROOT) / address.lstrip("/")
    assert path.is_file()
    story.delete()
    assert not path.exists()
