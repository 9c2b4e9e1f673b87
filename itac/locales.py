"""The language code of a locale id, read once per process.

Locale ids never change once created: the codes are read once, again on a miss, and
forgotten whenever a Locale is saved or deleted. (The locale of a language, which Wagtail
looks up, is kept the same way by the one patch of Wagtail: itac.wagtail_patches.)
"""

from django.db.models.signals import post_delete, post_save

from wagtail.models import Locale

_languages_by_locale_id = {}


def language_code_of(locale_id):
    """The language code of the locale with this id ("" when unknown)."""
    if locale_id is None:
        return ""
    if locale_id not in _languages_by_locale_id:
        _languages_by_locale_id.update(Locale.objects.values_list("pk", "language_code"))
    return _languages_by_locale_id.get(locale_id, "")


def forget_language_codes(**kwargs):
    _languages_by_locale_id.clear()


def connect_signals():
    """Called once, from ItacConfig.ready()."""
    post_save.connect(forget_language_codes, sender=Locale, dispatch_uid="itac.locales.save")
    post_delete.connect(forget_language_codes, sender=Locale, dispatch_uid="itac.locales.delete")
