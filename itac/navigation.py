"""The main navigation and the pages every page links to (privacy, the story form), worked out
once per site, language and process, then kept until a page or the settings change
(itac.page_cache.KeptPages)."""

from django.utils.translation import get_language

from wagtail.models import Locale, Page, Site

from itac.locales import language_code_of
from itac.models import CampaignSettings, NavigationSettings
from itac.page_cache import KEPT_PAGES
from itac.paths import in_visitor_language, visitor_page_url


def main_navigation_links(request):
    """[{"label", "url"}] of the editors' navigation, each page in the visitor's language."""
    site = Site.find_for_request(request)
    if site is None:
        return []
    return KEPT_PAGES.get(
        ("navigation", site.pk, get_language()), lambda: _build_links(site, request)
    )


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


# The pages editors choose in the campaign settings that templates link to, by name.
CAMPAIGN_PAGES = {"privacy": "privacy_page", "story_form": "story_form_page"}


def campaign_settings(site):
    """The campaign settings of `site` (hashtag, footer, social links, chosen pages), kept in
    each process until they or any page change: the one way pages read them."""
    return KEPT_PAGES.get(("campaign-settings", site.pk), lambda: CampaignSettings.for_site(site))


def campaign_page_urls(request):
    """{"privacy": url, "story_form": url} in the visitor's language; a page not chosen or not
    live has no entry, so its links are left out rather than broken."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return {}

    def load():
        campaign = campaign_settings(site)
        urls = {}
        for name, field in CAMPAIGN_PAGES.items():
            page = getattr(campaign, field)
            if page is not None and page.live:
                urls[name] = visitor_page_url(page, request)
        return urls

    return KEPT_PAGES.get(("campaign-pages", site.pk, get_language()), load)
