"""Template tags every page uses: navigation, languages, links in the visitor's language."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import get_language, get_language_info

from wagtail.models import Page

from itac.models import NavigationSettings
from itac.models.site_settings import SOCIAL_NETWORKS

register = template.Library()


def localize_path(path, language_code=None):
    """`path` (an English, unprefixed path) as seen in the given or the active language."""
    language_code = language_code or get_language()
    # translate_url resolves the path in the active language: resolve it as the English it is.
    with translation.override(settings.LANGUAGE_CODE):
        return translate_url(path, language_code)


@register.simple_tag
def localized_path(path):
    return localize_path(path)


@register.simple_tag
def home_url():
    return localize_path("/")


@register.filter
def network_name(code):
    return dict(SOCIAL_NETWORKS).get(code, code)


@register.inclusion_tag("components/main_navigation.html", takes_context=True)
def main_navigation(context):
    """The editors' main navigation, each page in the visitor's language when translated."""
    request = context.get("request")
    if request is None:
        return {"links": []}
    navigation = NavigationSettings.for_request(request)
    items = [item.value for item in navigation.main_navigation]
    page_ids = [item["page"].pk for item in items if item["page"]]
    localized = _localized_pages(page_ids)
    current_path = request.path
    links = []
    for item in items:
        page = item["page"] and localized.get(item["page"].pk)
        if page is None or not page.live:
            continue
        url = page.get_url(request=request)
        links.append(
            {
                "label": item["label"] or page.title,
                "url": url,
                "is_current": bool(url) and current_path.startswith(url) and url != "/",
            }
        )
    return {"links": links}


def _localized_pages(page_ids):
    """Map each page id to its translation in the active locale (or itself), in two queries."""
    from wagtail.models import Locale

    pages = {page.pk: page for page in Page.objects.filter(pk__in=page_ids)}
    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        return pages
    keys = {page.translation_key: pk for pk, page in pages.items() if page.locale_id != locale.pk}
    if keys:
        for translation in Page.objects.live().filter(translation_key__in=keys, locale=locale):
            pages[keys[translation.translation_key]] = translation
    return pages


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language: the same page in that language, or that language's home page.

    Worked out once per request and kept on it, since the head and the switcher both need it.
    """
    request = context.get("request")
    if request is None:
        return []
    cached = getattr(request, "_itac_language_links", None)
    if cached is not None:
        return cached

    current = get_language()
    page = context.get("page")
    translations = {}
    if isinstance(page, Page) and page.pk:
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation

    links = []
    for code, _name in settings.LANGUAGES:
        if page is not None and isinstance(page, Page):
            translation = translations.get(code)
            url = translation.get_url(request=request) if translation else None
            url = url or localize_path("/", code)
        else:
            url = translate_url(request.get_full_path(), code)
        links.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url,
                "is_current": code == current,
            }
        )
    request._itac_language_links = links
    return links


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    return {"languages": language_links(context)}


# Locale ids never change once created: read them once per process, and again only on a miss.
_locale_languages = {}


@register.simple_tag(takes_context=True)
def content_language(context):
    """The page's language when it differs from the visitor's (a page shown in a fallback
    language), so the template can mark that content with its own `lang` (WCAG 3.1.2)."""
    page = context.get("page")
    locale_id = getattr(page, "locale_id", None)
    if not isinstance(page, Page) or locale_id is None:
        return ""
    if locale_id not in _locale_languages:
        from wagtail.models import Locale

        _locale_languages.update(Locale.objects.values_list("pk", "language_code"))
    language_code = _locale_languages.get(locale_id, "")
    return "" if language_code == get_language() else language_code
