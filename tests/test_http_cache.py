"""The caching policy of every URL (itac/http_cache.py).

A shared cache (Varnish, a CDN) may keep what every anonymous visitor sees alike, for a
while; nothing personal, no form carrying a visitor's security token, no thank-you page, no
admin page may ever be kept. These tests walk every URL pattern of the site and every page
type with each of its routes: a new pattern or route fails here until its policy is written.
"""

import http.server
import threading
from urllib.parse import urlsplit

import pytest

from django.test import Client
from django.urls import URLResolver, get_resolver

from wagtail.models import Page, get_page_models

from actions.models import PledgePage, ToolkitPage
from events.models import EventIndexPage, EventPage
from itac import http_cache
from itac.models import HomePage, StandardPage
from itac.share_cards import share_image_for
from partners.models import PartnerIndexPage, PartnerPage
from stories.models import StoryIndexPage, StoryPage
from stories.submissions.models import StorySubmissionPage
from tests.factories import (
    EventPageFactory,
    PartnerPageFactory,
    StoryPageFactory,
    ToolkitResourceFactory,
    translate,
)
from tests.html import parse

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def a_page_of_each_type():
    """A story, an event, a partner and a file in the toolkit, beside the skeleton's pages."""
    ToolkitResourceFactory()
    return [StoryPageFactory(), EventPageFactory(), PartnerPageFactory()]


PUBLIC = "public"
PRIVATE = "private"
PAGE_TYPES = "every page type, below"

# Every URL pattern outside the admin (the admin is private throughout: tested below).
PATTERN_POLICIES = {
    "healthz": PRIVATE,
    "wagtaildocs_serve": PUBLIC,
    "wagtaildocs_authenticate_with_password": PRIVATE,
    "wagtailcore_authenticate_with_password": PRIVATE,
    "wagtailcore_login": PRIVATE,
    "events_calendar_file": PUBLIC,
    "wagtail_serve": PAGE_TYPES,
    # The read API (stories, partners, events, pledges: each a listing, detail and find)
    # and the embeddable cards and map: what every visitor sees alike, purged with the pages.
    "listing": PUBLIC,
    "detail": PUBLIC,
    "find": PUBLIC,
    "reach_oembed": PUBLIC,
    "reach_embed_stories": PUBLIC,
    "reach_embed_story": PUBLIC,
    "reach_story_map": PUBLIC,
    # What search engines and browsers fetch: the same for everyone.
    "robots_txt": PUBLIC,
    "sitemap": PUBLIC,
    "web_manifest": PUBLIC,
    "favicon": PUBLIC,
    "touch_icon": PUBLIC,
    "manifest_icon": PUBLIC,
    "mark_svg": PUBLIC,
    # A page's share card, fetched by social networks and chats (itac.share_cards).
    "share_card": PUBLIC,
}

# Every page type and route (None: a page without routes).
ROUTE_POLICIES = {
    (HomePage, None): PUBLIC,
    (StandardPage, None): PUBLIC,
    (PartnerIndexPage, None): PUBLIC,
    (PartnerPage, None): PUBLIC,
    (StoryIndexPage, "library"): PUBLIC,
    (StoryIndexPage, "feed"): PUBLIC,
    (StoryPage, None): PUBLIC,
    # The form carries the visitor's security token; the rest answers someone who sent it.
    (StorySubmissionPage, "share_story"): PRIVATE,
    (StorySubmissionPage, "thanks"): PRIVATE,
    (StorySubmissionPage, "remove_story"): PRIVATE,
    (StorySubmissionPage, "removal_thanks"): PRIVATE,
    (PledgePage, "pledge"): PRIVATE,
    (PledgePage, "thanks"): PRIVATE,
    (PledgePage, "already_pledged"): PRIVATE,
    (PledgePage, "signers"): PUBLIC,
    (ToolkitPage, "toolkit"): PUBLIC,
    (ToolkitPage, "download"): PUBLIC,
    (EventIndexPage, "listing"): PUBLIC,
    (EventIndexPage, "feed"): PUBLIC,
    (EventPage, "event"): PUBLIC,
    (EventPage, "calendar"): PUBLIC,
}


def url_patterns(patterns=None, prefix=""):
    """(route, name) of every URL pattern, includes flattened."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from url_patterns(pattern.url_patterns, route)
        else:
            yield route, pattern.name


def page_routes(model):
    if not hasattr(model, "get_subpage_urls"):
        return [None]
    return [url.name for url in model.get_subpage_urls() if url.name != "index_route"]


def route_path(page, route):
    """The address of `page`'s `route`, with the first valid argument it takes."""
    if route is None:
        return page.url
    if route == "download":
        resource = next(r for r in page.resources.all() if r.file is not None)
        return page.url + page.reverse_subpage(route, args=[resource.pk])
    # Calendar files are served without the trailing slash (events/urls.py).
    return (page.url + page.reverse_subpage(route)).removesuffix(".ics/") + (
        ".ics" if route_has_ics(page, route) else ""
    )


def route_has_ics(page, route):
    return page.reverse_subpage(route).endswith(".ics/")


def assert_policy(response, policy, where):
    cache_control = response.get("Cache-Control", "")
    if policy == PUBLIC:
        directives = {part.strip().split("=")[0] for part in cache_control.split(",")}
        assert {"public", "s-maxage", "max-age"} <= directives, (where, cache_control)
        assert not response.cookies, (where, "sets a cookie", list(response.cookies))
        vary = response.get("Vary", "").lower()
        assert "accept-language" not in vary and "cookie" not in vary, (where, vary)
        assert http_cache.ALL_KEY in response["xkey"].split(), where
    else:
        assert "private" in cache_control and "no-store" in cache_control, (where, cache_control)
        assert "public" not in cache_control and "s-maxage" not in cache_control, where
        assert "xkey" not in response, where


class TestEveryAddressHasAPolicy:
    def test_every_url_pattern_outside_the_admin_is_listed(self):
        names = {name for route, name in url_patterns() if not route.startswith("admin/")}
        assert names == set(PATTERN_POLICIES)

    def test_every_page_type_and_route_is_listed(self):
        listed = {
            (model, route)
            for model in get_page_models()
            if model is not Page
            for route in page_routes(model)
        }
        assert listed == set(ROUTE_POLICIES)

    @pytest.mark.parametrize("language", ["en", "ar"])
    def test_each_page_type_and_route_answers_anonymous_visitors_with_its_policy(
        self, language, a_page_of_each_type
    ):
        if language != "en":
            for page in a_page_of_each_type:
                translate(page, language)
            toolkit = ToolkitPage.objects.get(locale__language_code=language)
            ToolkitResourceFactory(page=toolkit, language=language)
        for (model, route), policy in ROUTE_POLICIES.items():
            page = model.objects.live().filter(locale__language_code=language).first()
            page = page or model.objects.live().first()
            path = route_path(page, route)
            response = Client().get(path)
            assert response.status_code in (200, 302), (path, response.status_code)
            assert_policy(response, policy, path)
            if policy == PUBLIC and model is not ToolkitPage:
                # Named for purges: the pages key, and the page in all its languages.
                keys = response["xkey"].split()
                assert http_cache.PAGES_KEY in keys, path
                assert http_cache.page_key(page) in keys, path

    def test_the_other_patterns_answer_with_their_policy(self, home_page):
        event = EventPage.objects.live().first()
        assert_policy(Client().get("/healthz"), PRIVATE, "/healthz")
        assert_policy(Client().get("/_util/login/"), PRIVATE, "/_util/login/")
        calendar = event.url + "event.ics"
        assert_policy(Client().get(calendar), PUBLIC, calendar)

    @pytest.mark.parametrize(
        "path",
        [
            "/robots.txt",
            "/sitemap.xml",
            "/manifest.webmanifest",
            "/favicon.ico",
            "/apple-touch-icon.png",
            "/icons/icon-192.png",
            "/icons/mark.svg",
        ],
    )
    def test_what_search_engines_and_browsers_fetch_is_shared(self, path):
        response = Client().get(path)
        assert response.status_code == 200, path
        assert_policy(response, PUBLIC, path)

    def test_a_share_card_is_shared(self, a_page_of_each_type):
        event = EventPage.objects.live().first()
        path = urlsplit(share_image_for(event).url).path
        response = Client().get(path)
        assert response.status_code == 200, path
        assert_policy(response, PUBLIC, path)

    @pytest.mark.parametrize(
        "path", ["/api/v2/stories/", "/api/v2/partners/", "/embed/stories/", "/stories/map/"]
    )
    def test_the_api_and_embeds_are_shared_and_purged_with_the_pages(self, path):
        response = Client().get(path)
        assert response.status_code == 200, path
        assert_policy(response, PUBLIC, path)
        assert http_cache.PAGES_KEY in response["xkey"].split()

    def test_every_admin_address_is_private_for_anyone(self, client, administrator):
        client.force_login(administrator)
        anonymous = Client()
        for route, _name in url_patterns():
            if not route.startswith("admin/") or "<" in route or "(" in route:
                continue
            path = "/" + route.replace("^", "").replace("$", "")
            assert_policy(anonymous.get(path), PRIVATE, path)
        for path in ("/admin/", "/admin/pages/", "/admin/snippets/"):
            assert_policy(client.get(path), PRIVATE, path)


class TestWhoGetsTheSharedCopy:
    @pytest.mark.parametrize("path", ["/share-your-story/", "/pledge/"])
    def test_a_form_stays_private_for_a_visitor_who_already_has_a_csrf_cookie(self, path):
        # Varnish keeps the csrftoken cookie: on a second visit the form's token and start
        # time must still never reach another visitor.
        visitor = Client()
        visitor.get(path)
        assert "csrftoken" in visitor.cookies
        assert_policy(visitor.get(path), PRIVATE, path)

    def test_a_public_page_varies_on_nothing_but_the_address(self, home_page):
        response = Client().get("/ar/stories/", HTTP_ACCEPT_LANGUAGE="fr")
        assert response.status_code == 200
        assert_policy(response, PUBLIC, "/ar/stories/")
        assert parse(response).html["lang"] == "ar"

    def test_a_logged_in_visitor_gets_a_private_copy_of_a_public_page(self, client, editor):
        client.force_login(editor)
        response = client.get("/stories/")
        assert response.status_code == 200
        assert_policy(response, PRIVATE, "/stories/ as an editor")

    def test_a_visitor_with_any_session_is_never_served_a_shared_copy(self):
        # A page password given, or an expired login: the session cookie alone decides.
        visitor = Client()
        visitor.cookies["sessionid"] = "whatever"
        assert_policy(visitor.get("/stories/"), PRIVATE, "/stories/ with a session")

    def test_a_form_sent_is_private(self):
        pledge = PledgePage.objects.live().first()
        response = Client().post(pledge.url, {})
        assert_policy(response, PRIVATE, "POST " + pledge.url)

    def test_an_unknown_address_is_kept_briefly_and_purged_with_the_pages(self):
        response = Client().get("/stories/no-such-story-yet/")
        assert response.status_code == 404
        assert_policy(response, PUBLIC, "404")
        assert http_cache.PAGES_KEY in response["xkey"].split()

    def test_a_page_preview_is_private(self, client, editor, administrator):
        client.force_login(administrator)
        story = StoryPage.objects.live().first()
        response = client.get(f"/admin/pages/{story.pk}/edit/preview/")
        assert_policy(response, PRIVATE, "preview")


class PurgeRecorder(http.server.BaseHTTPRequestHandler):
    """A stand-in caching proxy on loopback that records the purges it is sent."""

    purges = []

    def do_PURGE(self):
        self.purges.append(self.headers["xkey-purge"])
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def proxy(settings):
    server = http.server.HTTPServer(("127.0.0.1", 0), PurgeRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.HTTP_CACHE_PURGE_URLS = [f"http://127.0.0.1:{server.server_port}/"]
    PurgeRecorder.purges = []
    yield PurgeRecorder.purges
    server.shutdown()


class TestPurgeOnPublish:
    def test_publishing_a_page_purges_every_page_once_committed(
        self, proxy, django_capture_on_commit_callbacks
    ):
        story = StoryPage.objects.live().first()
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            story.save_revision().publish()
        assert proxy == []  # nothing before the commit: a rolled-back publish purges nothing
        for callback in callbacks:
            callback()
        assert http_cache.PAGES_KEY in proxy[-1].split()

    def test_unpublishing_moving_and_deleting_purge(
        self, proxy, django_capture_on_commit_callbacks
    ):
        story = StoryPage.objects.live().first()
        with django_capture_on_commit_callbacks(execute=True):
            story.unpublish()
        assert proxy, "unpublish"
        proxy.clear()
        with django_capture_on_commit_callbacks(execute=True):
            story.delete()
        assert proxy, "delete"

    def test_a_snippet_edited_in_the_admin_purges_the_pages(
        self, client, administrator, proxy, django_capture_on_commit_callbacks
    ):
        from stories.models import Theme

        client.force_login(administrator)
        theme = Theme.objects.first()
        url = f"/admin/snippets/stories/theme/edit/{theme.pk}/"
        form = client.get(url).context["form"]
        data = {name: value for name, value in form.initial.items() if value is not None}
        data["name"] = "Neighbours, renamed"
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(url, data)
        assert response.status_code == 302, response.content[:2000]
        assert http_cache.PAGES_KEY in " ".join(proxy)

    def test_a_snippet_translated_in_wagtail_localize_purges_the_pages(
        self, proxy, django_capture_on_commit_callbacks
    ):
        from wagtail.models import Locale
        from wagtail_localize.models import Translation, TranslationSource

        from itac.page_cache import pages_version
        from tests.factories import ThemeFactory

        with django_capture_on_commit_callbacks(execute=True):
            theme = ThemeFactory(name="Neighbours")
        source, _ = TranslationSource.get_or_create_from_instance(theme)
        translation = Translation.objects.create(
            source=source, target_locale=Locale.objects.get(language_code="es")
        )
        proxy.clear()
        before = pages_version()
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=True)
        assert http_cache.PAGES_KEY in " ".join(proxy)
        assert pages_version() != before  # the layout's cached fragments are stale too

    def test_a_rolled_back_change_purges_nothing_and_the_next_one_still_purges(
        self, proxy, django_capture_on_commit_callbacks
    ):
        from django.db import transaction

        with django_capture_on_commit_callbacks(execute=True):
            with pytest.raises(RuntimeError), transaction.atomic():
                http_cache.purge("itac-page-rolled-back")
                raise RuntimeError("the publish failed")
            http_cache.purge("itac-page-committed")
        assert proxy == ["itac-page-committed"]

    def test_a_pledge_signed_purges_nothing(self, proxy, django_capture_on_commit_callbacks):
        from tests.factories import PledgeSignatureFactory

        with django_capture_on_commit_callbacks(execute=True):
            PledgeSignatureFactory()
        assert proxy == []

    def test_a_proxy_that_does_not_answer_loses_nothing(
        self, settings, django_capture_on_commit_callbacks
    ):
        settings.HTTP_CACHE_PURGE_URLS = ["http://127.0.0.1:9/"]
        story = StoryPage.objects.live().first()
        with django_capture_on_commit_callbacks(execute=True):
            story.save_revision().publish()
        story.refresh_from_db()
        assert story.live
