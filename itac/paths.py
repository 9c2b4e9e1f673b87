"""Addresses in the visitor's language."""

from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import get_language


def localize_path(path, language_code=None):
    """`path` (an English, unprefixed path) as seen in the given or the active language."""
    language_code = language_code or get_language()
    # translate_url resolves the path in the active language: resolve it as the English it is.
    with translation.override(settings.LANGUAGE_CODE):
        return translate_url(path, language_code)
