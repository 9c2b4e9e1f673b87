"""The read API at /api/v2/: live public content only, every filter, and a fixed cost."""

import datetime

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Locale

from events.models import EventIndexPage, EventPage
from partners.models import PartnerPage
from tests.factories import (
    EventPageFactory,
    ImageFactory,
    StoryPageFactory,
    StorySubmissionFactory,
)

# Every name of a field that must never leave the site: page internals, the private
# submission record, pledge signers, partner accounts and the partner's staff contact.
PRIVATE_FIELDS = [
    "owner",
    "locked_by",
    "locked",
    "latest_revision",
    "live_revision",
    "draft_title",
    "has_unpublished_changes",
    "url_path",
    "path",
    "depth",
    "go_live_at",
    "expire_at",
    "live",
    "submission",
    "contact_email",
    "consent_publish_story",
    "consent_contact",
    "consent_text",
    "consent_version",
    "consent_language",
    "consented_at",
    "relationship",
    "submitted_by",
    "photo",
    "status",
    "email",
    "display_name",
    "email_updates",
    "show_in_public_list",
    "signatures",
    "memberships",
    "user",
    "hero_image",
    "social_image",
]
ENDPOINTS = ["stories", "partners", "events", "pledges"]


def get_json(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.content
    return response.json()


def titles(data):
    return [item["title"] for item in data["items"]]


def all_keys(value):
    """Every key anywhere in a JSON document."""
    if isinstance(value, dict):
        return set(value) | {key for child in value.values() for key in all_keys(child)}
    if isinstance(value, list):
        return {key for child in value for key in all_keys(child)}
    return set()


@pytest.mark.django_db
class TestStories:
    def test_lists_live_stories_with_their_public_fields(self, client, make_story, partner, theme):
        make_story(
            "It Takes A Community to mend bicycles", country="KE", partner=partner, themes=[theme]
        )
        data = get_json(client, "/api/v2/stories/?limit=20")
        story = next(
            i for i in data["items"] if i["title"] == "It Takes A Community to mend bicycles"
        )
        assert story["country"] == {"code": "KE", "name": "Kenya"}
        assert story["partner"] == {"id": partner.pk, "slug": "montreal", "title": partner.title}
        assert story["themes"] == [{"slug": theme.slug, "name": theme.name}]
        assert story["storyteller"] == "Anonymous storyteller"
        assert story["told_in_language"] == "en"
        assert story["date_published"] == "2026-06-01"
        assert story["meta"]["html_url"].endswith("/stories/it-takes-a-community-to-mend-bicycles/")
        assert data["meta"]["total_count"] == len(data["items"])

    def test_detail_has_the_body(self, client, make_story):
        story = make_story("It Takes A Community to paint a mural")
        data = get_json(client, f"/api/v2/stories/{story.pk}/")
        assert data["title"] == "It Takes A Community to paint a mural"
        assert data["body"][0]["type"] == "paragraph"

    def test_drafts_are_never_served(self, client, make_story):
        draft = make_story("It Takes A Community to keep a secret", country="FR", live=False)
        # A story published once, then unpublished, is not served either.
        gone = make_story("It Takes A Community to vanish", country="FR")
        gone.unpublish()
        for story in (draft, gone):
            for endpoint in ENDPOINTS:
                get_json(client, f"/api/v2/{endpoint}/{story.pk}/", status=404)
                assert client.get(f"/api/v2/{endpoint}/find/?id={story.pk}").status_code == 404
        listed = titles(get_json(client, "/api/v2/stories/?country=FR&limit=20"))
        assert "It Takes A Community to keep a secret" not in listed
        assert "It Takes A Community to vanish" not in listed
        searched = titles(get_json(client, "/api/v2/stories/?search=secret"))
        assert "It Takes A Community to keep a secret" not in searched

    def test_filters(self, client, make_story, partner, theme):
        make_story(
            "It Takes A Community to run a choir", country="NZ", themes=[theme], told_in="pt"
        )
        make_story("It Takes A Community to sail", country="NZ", partner=partner, told_in="pt")
        assert titles(get_json(client, "/api/v2/stories/?country=nz&order=title")) == [
            "It Takes A Community to run a choir",
            "It Takes A Community to sail",
        ]
        by_theme = get_json(client, f"/api/v2/stories/?country=NZ&theme={theme.slug}")
        assert titles(by_theme) == ["It Takes A Community to run a choir"]
        by_partner = get_json(client, "/api/v2/stories/?partner=montreal&limit=20")
        assert "It Takes A Community to sail" in titles(by_partner)
        assert all(item["partner"]["slug"] == "montreal" for item in by_partner["items"])
        by_language = get_json(client, "/api/v2/stories/?language=pt&country=NZ")
        assert by_language["meta"]["total_count"] == 2
        searched = get_json(client, "/api/v2/stories/?search=choir")
        assert titles(searched) == ["It Takes A Community to run a choir"]

    def test_unknown_filter_values_are_clear_errors(self, client):
        for query in ("country=XX", "theme=nope", "partner=nobody", "language=zz", "locale=xx"):
            data = get_json(client, f"/api/v2/stories/?{query}", status=400)
            assert data["message"]

    def test_ordering_and_pagination(self, client, make_story):
        for day in (3, 1, 2):
            make_story(
                f"It Takes A Community on day {day}",
                country="IS",
                date_published=datetime.date(2026, 1, day),
            )
        newest = titles(get_json(client, "/api/v2/stories/?country=IS"))
        assert newest == [f"It Takes A Community on day {day}" for day in (3, 2, 1)]
        oldest = titles(get_json(client, "/api/v2/stories/?country=IS&order=date_published"))
        assert oldest == list(reversed(newest))
        page = get_json(client, "/api/v2/stories/?country=IS&limit=1&offset=1")
        assert titles(page) == ["It Takes A Community on day 2"]
        assert page["meta"]["total_count"] == 3
        get_json(client, "/api/v2/stories/?order=owner", status=400)
        get_json(client, "/api/v2/stories/?search=day&order=title", status=400)
        get_json(client, "/api/v2/stories/?limit=1000", status=400)

    def test_locale_lists_the_library_in_that_language(self, client, make_story, library):
        spanish_locale = Locale.objects.get(language_code="es")
        if not library.has_translation(spanish_locale):
            library.copy_for_translation(spanish_locale).save_revision().publish()
        story = make_story("It Takes A Community to dance", country="CO")
        translation = story.copy_for_translation(spanish_locale)
        translation.title = "Hace falta una comunidad para bailar"
        translation.slug = "hace-falta-una-comunidad-para-bailar"
        translation.save_revision().publish()
        cache.clear()
        spanish = get_json(client, "/api/v2/stories/?locale=es&country=CO")
        assert titles(spanish) == ["Hace falta una comunidad para bailar"]
        assert spanish["items"][0]["meta"]["locale"] == "es"
        assert "/es/stories/" in spanish["items"][0]["meta"]["html_url"]
        english = get_json(client, "/api/v2/stories/?country=CO")
        assert titles(english) == ["It Takes A Community to dance"]


@pytest.mark.django_db
class TestPrivacyProbes:
    @pytest.mark.parametrize("endpoint", ENDPOINTS)
    def test_every_private_field_name_is_refused(self, client, endpoint):
        for name in PRIVATE_FIELDS:
            get_json(client, f"/api/v2/{endpoint}/?fields={name}", status=400)
            get_json(client, f"/api/v2/{endpoint}/?{name}=1", status=400)
            get_json(client, f"/api/v2/{endpoint}/?fields=*,{name}", status=400)

    @pytest.mark.parametrize("endpoint", ENDPOINTS)
    def test_all_fields_hold_no_private_name(self, client, endpoint, make_pledges, partner):
        StoryPageFactory(partner=partner)
        EventPageFactory()
        make_pledges("CA", 1)
        listing = get_json(client, f"/api/v2/{endpoint}/?fields=*&limit=20")
        assert listing["items"], endpoint
        detail = get_json(client, f"/api/v2/{endpoint}/{listing['items'][0]['id']}/")
        for document in (listing, detail):
            assert not all_keys(document) & set(PRIVATE_FIELDS)

    def test_private_values_never_appear(self, client, make_story, make_pledges, partner):
        PartnerPage.objects.filter(pk=partner.pk).update(contact_email="staff-only@example.org")
        story = make_story("It Takes A Community to plant trees", country="GH")
        StorySubmissionFactory(
            story=story,
            contact_email="storyteller@example.org",
            consent_contact=True,
            consent_text="I agree to the secret wording",
        )
        make_pledges(
            "GH", 1, display_name="Private Signer", email="signer@example.org", email_updates=True
        )
        everything = "".join(
            client.get(f"/api/v2/{endpoint}/?fields=*&limit=20").content.decode()
            + client.get(f"/api/v2/{endpoint}/?fields=*&limit=20&offset=20").content.decode()
            for endpoint in ENDPOINTS
        )
        everything += client.get(f"/api/v2/stories/{story.pk}/").content.decode()
        everything += client.get(f"/api/v2/partners/{partner.pk}/").content.decode()
        assert "It Takes A Community to plant trees" in everything
        for secret in (
            "staff-only@",
            "storyteller@",
            "secret wording",
            "Private Signer",
            "signer@",
        ):
            assert secret not in everything

    def test_no_other_endpoint_is_open(self, client):
        for path in (
            "/api/v2/pages/",
            "/api/v2/images/",
            "/api/v2/documents/",
            "/api/v2/submissions/",
        ):
            assert client.get(path).status_code == 404

    def test_anonymous_and_read_only(self, client):
        assert client.post("/api/v2/stories/", {}).status_code == 405
        assert "Set-Cookie" not in client.get("/api/v2/stories/").headers


@pytest.mark.django_db
class TestPartnersEventsPledges:
    def test_partners_and_their_filters(self, client, partner):
        data = get_json(client, "/api/v2/partners/?limit=20")
        listed = {item["meta"]["slug"]: item for item in data["items"]}
        assert listed["montreal"]["category"]["slug"] == partner.category.slug
        assert {c["code"] for c in listed["montreal"]["countries"]} == {
            c.code for c in partner.countries
        }
        by_category = get_json(
            client, f"/api/v2/partners/?category={partner.category.slug}&limit=20"
        )
        assert "montreal" in {item["meta"]["slug"] for item in by_category["items"]}
        assert all(
            item["category"]["slug"] == partner.category.slug for item in by_category["items"]
        )
        code = partner.countries[0].code
        by_country = get_json(client, f"/api/v2/partners/?country={code.lower()}&limit=20")
        assert "montreal" in {item["meta"]["slug"] for item in by_country["items"]}
        assert all(code in {c["code"] for c in item["countries"]} for item in by_country["items"])
        get_json(client, "/api/v2/partners/?country=Canada", status=400)

    def test_events_upcoming_and_past(self, client):
        index = EventIndexPage.objects.get(locale__language_code="en")
        now = timezone.now()
        for title, start in (
            ("Tomorrow's dialogue", now + datetime.timedelta(days=1)),
            ("Last month's chat", now - datetime.timedelta(days=30)),
        ):
            event = EventPage(
                title=title,
                event_type="webinar",
                start=start,
                end=start + datetime.timedelta(hours=1),
            )
            index.add_child(instance=event)
            event.save_revision().publish()
        upcoming = get_json(client, "/api/v2/events/?when=upcoming&limit=20")
        past = get_json(client, "/api/v2/events/?when=past&limit=20")
        assert "Tomorrow's dialogue" in titles(upcoming)
        assert "Last month's chat" not in titles(upcoming)
        assert "Last month's chat" in titles(past)
        assert "Tomorrow's dialogue" not in titles(past)
        starts = [item["start"] for item in past["items"]]
        assert starts == sorted(starts, reverse=True)
        get_json(client, "/api/v2/events/?when=someday", status=400)

    def test_pledge_totals(self, client, make_pledges, pledge_page):
        before = get_json(client, f"/api/v2/pledges/{pledge_page.pk}/")["totals"]
        make_pledges("BR", 3)
        make_pledges("JP", 1)
        totals = get_json(client, f"/api/v2/pledges/{pledge_page.pk}/")["totals"]
        assert totals["pledges"] == before["pledges"] + 4
        by_country = {row["code"]: row["pledges"] for row in totals["by_country"]}
        old = {row["code"]: row["pledges"] for row in before["by_country"]}
        assert by_country["BR"] == old.get("BR", 0) + 3
        assert by_country["JP"] == old.get("JP", 0) + 1
        assert totals["countries"] == len(by_country)
        listed = get_json(client, "/api/v2/pledges/")["items"]
        assert [item["totals"]["pledges"] for item in listed if item["id"] == pledge_page.pk] == [
            totals["pledges"]
        ]


@pytest.mark.django_db
class TestHeaders:
    def test_cors_open_for_get_on_the_api_only(self, client):
        api = client.get("/api/v2/stories/", HTTP_ORIGIN="https://partner.example")
        assert api["Access-Control-Allow-Origin"] == "*"
        assert "Access-Control-Allow-Credentials" not in api
        preflight = client.options(
            "/api/v2/stories/",
            HTTP_ORIGIN="https://partner.example",
            HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        )
        assert preflight.status_code == 204
        assert "POST" not in preflight["Access-Control-Allow-Methods"]
        page = client.get("/stories/", HTTP_ORIGIN="https://partner.example")
        assert "Access-Control-Allow-Origin" not in page

    def test_answers_are_publicly_cacheable(self, client):
        response = client.get("/api/v2/stories/")
        assert "public" in response["Cache-Control"]
        assert "s-maxage=300" in response["Cache-Control"]  # shared caches keep it 5 minutes


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return len(queries)


@pytest.mark.django_db
class TestQueryCounts:
    """A response costs the same number of queries however many rows it shows."""

    # Pinned with warm caches: the request's locale, the library, the count, the page of rows
    # and one query each for what the fields show (themes, renditions, partners, ...); the site
    # is kept per process (itac.wagtail_patches).
    PINNED = {
        "/api/v2/stories/?limit=20": 12,
        "/api/v2/stories/?limit=20&country=CA": 12,
        "/api/v2/partners/?limit=20": 8,
        "/api/v2/events/?limit=20&when=upcoming": 7,
        "/api/v2/pledges/": 8,
    }

    def test_pinned_and_constant(self, client, make_story, make_pledges, partner, theme):
        # One of each with its picture: the renditions' query is counted from the first row.
        partner.logo = ImageFactory()
        partner.save_revision().publish()
        make_story(
            "It Takes A Community, the first",
            country="CA",
            partner=partner,
            themes=[theme],
            hero_image=ImageFactory(),
            hero_image_decorative=True,
        )
        EventPageFactory()
        make_pledges("CA", 1)
        for url in self.PINNED:
            client.get(url)  # warm the caches a listing may use (filter options, renditions)
        few = {url: count_queries(client, url) for url in self.PINNED}
        for number in range(12):
            make_story(
                f"It Takes A Community number {number}",
                country="CA",
                partner=partner,
                themes=[theme],
            )
        make_pledges("CA", 40)
        for url in self.PINNED:
            client.get(url)
        many = {url: count_queries(client, url) for url in self.PINNED}
        assert many == few
        assert many == self.PINNED

    def test_detail_is_constant(self, client, make_story, theme):
        story = make_story("It Takes A Community to cook", themes=[theme])
        client.get(f"/api/v2/stories/{story.pk}/")
        assert count_queries(client, f"/api/v2/stories/{story.pk}/") <= 8
