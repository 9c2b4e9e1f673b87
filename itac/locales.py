"""Locales looked up once per process instead of once per call.

Wagtail asks the database for the active Locale each time anything is localised: a dozen
times on some pages. The five locales change only when an administrator adds one, so each
process keeps those it has found, and forgets them all whenever a Locale is saved or deleted.
"""

from django.db.models.signals import post_delete, post_save

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale
from wagtail.models.i18n import LocaleManager

_locales_by_language = {}
_uncached_get_for_language = LocaleManager.get_for_language


def get_for_language(manager, language_code):
    code = get_supported_content_language_variant(language_code)
    locale = _locales_by_language.get(code)
    if locale is None:
        locale = _uncached_get_for_language(manager, code)
        _locales_by_language[code] = locale
    return locale


def forget_locales(**kwargs):
    _locales_by_language.clear()
    _languages_by_locale_id.clear()


# Locale ids never change once created: read them once per process, and again only on a miss.
_languages_by_locale_id = {}


def language_code_of(locale_id):
    """The language code of the locale with this id ("" when unknown)."""
    if locale_id is None:
        return ""
    if locale_id not in _languages_by_locale_id:
        _languages_by_locale_id.update(Locale.objects.values_list("pk", "language_code"))
    return _languages_by_locale_id.get(locale_id, "")


def cache_locale_lookups():
    """Called once, from ItacConfig.ready()."""
    LocaleManager.get_for_language = get_for_language
    post_save.connect(forget_locales, sender=Locale, dispatch_uid="itac.forget_locales.save")
    post_delete.connect(forget_locales, sender=Locale, dispatch_uid="itac.forget_locales.delete")
