"""The patches of Wagtail (itac.wagtail_patches) still apply: after an upgrade, these fail if
Wagtail no longer looks locales or site root paths up where a patch sits, or a patch changes an
answer."""

from unittest import mock

import pytest

from django.core.cache import cache
from django.utils import translation

from wagtail.models import Locale, Site
from wagtail.models.i18n import LocaleManager
from wagtail.models.sites import SITE_ROOT_PATHS_CACHE_KEY

from itac import wagtail_patches

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


def test_a_request_reads_the_site_root_paths_from_the_cache_once(client):
    reads = []
    real_get = cache.get

    def get(key, *args, **kwargs):
        reads.append(key)
        return real_get(key, *args, **kwargs)

    client.get("/")  # fills Wagtail's cached copy
    with mock.patch.object(cache, "get", get):
        response = client.get("/")
    assert response.status_code == 200
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
