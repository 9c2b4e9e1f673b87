"""The one patch of Wagtail: the locale of a language is looked up once per process.

Wagtail asks the database for the active Locale (`Locale.objects.get_for_language`, through
`Locale.get_active`) each time anything is localised: a dozen times on some pages. The locales
change only when an administrator adds or removes one, so each process keeps those it has
found and forgets them all whenever a Locale is saved or deleted. No setting or hook of
Wagtail's does this; tests/test_wagtail_patches.py fails if an upgrade makes the patch miss.
"""

from django.db.models.signals import post_delete, post_save

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale
from wagtail.models.i18n import LocaleManager

WAGTAIL_GET_FOR_LANGUAGE = LocaleManager.get_for_language
_locales_by_language = {}


def get_for_language_once(manager, language_code):
    """Wagtail's `LocaleManager.get_for_language`, asked once per language and process."""
    code = get_supported_content_language_variant(language_code)
    locale = _locales_by_language.get(code)
    if locale is None:
        locale = WAGTAIL_GET_FOR_LANGUAGE(manager, code)
        _locales_by_language[code] = locale
    return locale


def forget_locales(**kwargs):
    _locales_by_language.clear()


def apply():
    """Called once, from ItacConfig.ready()."""
    LocaleManager.get_for_language = get_for_language_once
    post_save.connect(forget_locales, sender=Locale, dispatch_uid="itac.wagtail_patches.save")
    post_delete.connect(forget_locales, sender=Locale, dispatch_uid="itac.wagtail_patches.delete")
