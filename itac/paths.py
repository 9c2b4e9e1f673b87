"""Addresses in the visitor's language.

A visitor on /es/ must stay on /es/ whatever they click. Pages in the visitor's language have
/es/ addresses already; a page not translated yet exists only in the default language, and is
served under the visitor's prefix too (HomePage.route falls back to the default-language tree),
so its links are given that prefix here.

"The visitor's language" is the language of the public address being served, nothing else:
the admin (in an editor's own language), cache purges and background tasks see a page's own
address, so they never purge or show an /es/ copy of an English page by mistake.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import get_language

# The language prefix of the public address being served ("" on English and non-page URLs).
_visitor_language = ContextVar("itac_visitor_language", default="")


def localize_path(path, language_code=None):
    """`path` (an English, unprefixed path) as seen in the given or the active language."""
    language_code = language_code or get_language()
    # translate_url resolves the path in the active language: resolve it as the English it is.
    with translation.override(settings.LANGUAGE_CODE):
        return translate_url(path, language_code)


@contextmanager
def serving_language(language_code):
    """Links made inside keep `language_code` (or each page's own address when empty)."""
    token = _visitor_language.set(language_code or "")
    try:
        yield
    finally:
        _visitor_language.reset(token)


def in_visitor_language(url, locale_id):
    """`url` of a page in locale `locale_id`, as a visitor on a prefixed language follows it.

    Only pages of the default language change (they are what is served when a translation is
    missing); a page of another language keeps its own address. Safe to apply twice.
    """
    language = _visitor_language.get()
    if not language or not url or not url.startswith("/"):
        return url
    from wagtail.models import Locale

    if locale_id != Locale.get_default().pk or url.startswith(f"/{language}/"):
        return url
    return localize_path(url, language)


def visitor_page_url(page, request=None):
    """The address a visitor follows to `page` (any Page, specific or not): its translation in
    the visitor's language when there is one, else the page itself under the visitor's prefix."""
    page = page.localized
    return in_visitor_language(page.get_url(request=request), page.locale_id)


class VisitorLanguageMiddleware:
    """Notes the language prefix of the address served, for the links its page makes."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = translation.get_language_from_path(request.path_info) or ""
        if language == settings.LANGUAGE_CODE:
            language = ""
        with serving_language(language):
            return self.get_response(request)
