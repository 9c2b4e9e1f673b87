"""The patches of Wagtail (itac.wagtail_patches) still apply: after an upgrade, these fail if
Wagtail no longer looks locales or site root paths up where a patch sits, or a patch changes an
answer."""

from unittest import mock

import pytest

from django.core.cache import cache
from django.template import Context, Template
from django.utils import translation
from django.utils.functional import cached_property

from wagtail.images.models import Filter
from wagtail.models import Locale, Site
from wagtail.models.i18n import LocaleManager
from wagtail.models.sites import SITE_ROOT_PATHS_CACHE_KEY

from itac import wagtail_patches
from itac.page_cache import PAGES_VERSION
from tests.factories import ImageFactory

WAGTAIL_OPERATIONS = wagtail_patches.WAGTAIL_FILTER_OPERATIONS

pytestmark = pytest.mark.django_db


def test_the_locale_lookup_is_patched_over_wagtails_own():
    assert LocaleManager.get_for_language is wagtail_patches.get_for_language_once
    assert wagtail_patches.WAGTAIL_GET_FOR_LANGUAGE.__module__ == "wagtail.models.i18n"


def test_the_active_locale_is_asked_of_the_database_once(django_assert_num_queries):
    with translation.override("fr"):
        french = Locale.get_active()
        with django_assert_num_queries(0):
            assert Locale.get_active() == french
            assert Locale.objects.get_for_language("fr") == french
    assert french.language_code == "fr"


def test_the_answers_are_wagtails():
    for code in ("en", "fr", "fr-be"):
        assert Locale.objects.get_for_language(code) == wagtail_patches.WAGTAIL_GET_FOR_LANGUAGE(
            Locale.objects, code
        )


def test_a_saved_locale_is_asked_of_the_database_again(django_assert_num_queries):
    # An administrator adding, changing or removing a locale must be seen at once.
    french = Locale.objects.get_for_language("fr")
    french.save()
    with django_assert_num_queries(1):
        assert Locale.objects.get_for_language("fr") == french


def test_the_site_root_paths_are_patched_over_wagtails_own():
    assert Site.get_site_root_paths is wagtail_patches.get_site_root_paths_once
    assert wagtail_patches.WAGTAIL_GET_SITE_ROOT_PATHS.__module__ == "wagtail.models.sites"


def test_requests_read_the_site_root_paths_from_the_cache_once_per_pages_version(client):
    reads = []
    real_get = cache.get

    def get(key, *args, **kwargs):
        reads.append(key)
        return real_get(key, *args, **kwargs)

    client.get("/")  # fills Wagtail's cached copy, and this process's
    with mock.patch.object(cache, "get", get):
        assert client.get("/").status_code == 200
        assert client.get("/about/").status_code == 200
    assert reads.count(SITE_ROOT_PATHS_CACHE_KEY) == 0
    PAGES_VERSION.bump()  # a page or a Site changed
    with mock.patch.object(cache, "get", get):
        assert client.get("/").status_code == 200
        assert client.get("/about/").status_code == 200
    assert reads.count(SITE_ROOT_PATHS_CACHE_KEY) == 1


def test_outside_a_request_the_site_root_paths_are_wagtails_answer():
    assert Site.get_site_root_paths() == wagtail_patches.WAGTAIL_GET_SITE_ROOT_PATHS()


def test_a_changed_site_is_seen_by_the_next_request(client):
    site = Site.objects.get(is_default_site=True)
    client.get("/")
    site.hostname = "itac.example.org"
    site.save()
    assert [path.root_url for path in Site.get_site_root_paths()][0].startswith(
        "http://itac.example.org"
    )


def test_the_site_lookup_is_patched_over_wagtails_own():
    from wagtail.models import sites

    assert sites.get_site_for_hostname is wagtail_patches.get_site_for_hostname_once
    assert wagtail_patches.WAGTAIL_GET_SITE_FOR_HOSTNAME.__module__ == "wagtail.models.sites"


def test_the_site_of_a_host_is_asked_of_the_database_once(client, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/")
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/").status_code == 200
    assert not [query for query in captured if "wagtailcore_site" in query["sql"]]


def test_each_request_gets_a_site_of_its_own(rf):
    first = Site.find_for_request(rf.get("/"))
    first.root_page.title = "Touched by another request"
    second = Site.find_for_request(rf.get("/"))
    assert second == first and second is not first
    assert second.root_page.title != "Touched by another request"


def test_a_site_moved_to_another_host_answers_there_at_once(client):
    site = Site.objects.get(is_default_site=True)
    client.get("/")
    other = Site.objects.create(
        hostname="partners.example.org", port=80, root_page=site.root_page, is_default_site=False
    )
    request_host = {"HTTP_HOST": "partners.example.org"}
    assert Site.find_for_request(client.get("/", **request_host).wsgi_request) == other
    other.delete()
    assert Site.find_for_request(client.get("/", **request_host).wsgi_request) == site


def test_a_filters_operations_are_patched_over_wagtails_own():
    assert Filter.operations.func is wagtail_patches.filter_operations_once
    assert wagtail_patches.WAGTAIL_FILTER_OPERATIONS.__module__ == "wagtail.images.models"


def test_a_specs_operations_are_read_once_and_are_wagtails():
    spec = "fill-400x267|format-webp"
    with mock.patch.object(
        wagtail_patches,
        "WAGTAIL_FILTER_OPERATIONS",
        side_effect=wagtail_patches.WAGTAIL_FILTER_OPERATIONS,
    ) as read:
        wagtail_patches._operations_by_spec.pop(spec, None)
        first = Filter(spec).operations
        assert Filter(spec).operations is first
    assert read.call_count == 1
    fresh = wagtail_patches.WAGTAIL_FILTER_OPERATIONS(Filter(spec))
    assert [(type(op), op.method, op.args) for op in first] == [
        (type(op), op.method, op.args) for op in fresh
    ]


def test_a_picture_drawn_from_kept_operations_is_the_same():
    image = ImageFactory(file__width=1600, file__height=1067, focal_point_x=100)
    template = Template("{% load wagtailimages_tags %}{% picture image fill-{400x267,600x400} %}")
    first = template.render(Context({"image": image}))
    wagtail_patches._operations_by_spec.clear()
    with mock.patch.object(Filter, "operations", cached_property(WAGTAIL_OPERATIONS)):
        Filter.operations.__set_name__(Filter, "operations")
        assert template.render(Context({"image": image})) == first
