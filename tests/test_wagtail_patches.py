"""The one patch of Wagtail (itac.wagtail_patches) still applies: after an upgrade, these fail
if Wagtail no longer looks locales up where the patch sits, or the patch changes an answer."""

import pytest

from django.utils import translation

from wagtail.models import Locale
from wagtail.models.i18n import LocaleManager

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
