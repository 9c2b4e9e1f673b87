"""The main navigation, worked out once per site and language and then served from the cache
until a page or the navigation changes (itac.page_cache)."""

from django.core.cache import cache
from django.utils.translation import get_language

from wagtail.models import Locale, Page, Site

from itac.locales import language_code_of
from itac.models import NavigationSettings
from itac.page_cache import CACHE_SECONDS, pages_version
from itac.paths import in_visitor_language


def main_navigation_links(request):
    """[{"label", "url"}] of the editors' navigation, each page in the visitor's language."""
    site = Site.find_for_request(request)
    if site is None:
        return []
    key = f"itac:navigation:{site.pk}:{get_language()}:{pages_version()}"
    links = cache.get(key)
    if links is None:
        links = _build_links(site, request)
        cache.set(key, links, CACHE_SECONDS)
    return links


def _build_links(site, request):
    items = [item.value for item in NavigationSettings.for_site(site).main_navigation]
    pages = {item["page"].pk: item["page"] for item in items if item["page"]}
    locale = Locale.get_active()
    keys = {page.translation_key: pk for pk, page in pages.items() if page.locale_id != locale.pk}
    if keys:
        for translation in Page.objects.live().filter(translation_key__in=keys, locale=locale):
            pages[keys[translation.translation_key]] = translation
    default_locale = Locale.get_default()
    links = []
    for item in items:
        page = item["page"] and pages.get(item["page"].pk)
        if page is None or not page.live:
            continue
        # Not translated yet: the page is served in its own language under the visitor's.
        url = in_visitor_language(page.get_url(request=request), page.locale_id)
        # The editors' label is written in the default language; a translation's own title
        # names it in the visitor's.
        is_default = page.locale_id == default_locale.pk
        label = (item["label"] or page.title) if is_default else page.title
        language = "" if page.locale_id == locale.pk else language_code_of(page.locale_id)
        links.append({"label": label, "url": url, "language": language})
    return links
