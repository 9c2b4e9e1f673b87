"""Template tags every page uses: navigation, languages, links in the visitor's language."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info

from wagtail.models import Locale, Page, Site

from itac import brand, navigation, text
from itac.locales import language_code_of
from itac.models import FooterText
from itac.models.site_settings import SOCIAL_NETWORKS
from itac.navigation import campaign_page_urls, main_navigation_links
from itac.page_cache import KEPT_PAGES
from itac.paths import in_visitor_language, localize_path, serving_language
from itac.renditions import SOCIAL_IMAGE

register = template.Library()


@register.simple_tag(takes_context=True)
def campaign_page_url(context, name):
    """The address of a page chosen in the campaign settings ("privacy", "story_form") in the
    visitor's language, or "" when none is chosen: the template then leaves its link out."""
    return campaign_page_urls(context.get("request")).get(name, "")


@register.simple_tag
def home_url():
    return localize_path("/")


@register.filter
def elided_page_numbers(page_obj):
    """The page numbers a listing links to: the first, the last and two on each side of the
    current one, the rest elided (Django's paginator; its ELLIPSIS marks each gap)."""
    return page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)


@register.filter
def join_list(parts):
    """A list joined with the visitor's language's separator ("، " in Arabic)."""
    return text.join_list(parts)


@register.filter
def hashtag(tag):
    """A hashtag that may wrap between its words on a narrow screen, never inside one:
    #It<wbr>Takes<wbr>A<wbr>Community (one line wherever it fits)."""
    words = text.hashtag_words(tag)
    return mark_safe("<wbr>".join(conditional_escape(word) for word in words))  # noqa: S308 (escaped)


@register.filter
def network_name(code):
    return dict(SOCIAL_NETWORKS).get(code, code)


@register.inclusion_tag("components/main_navigation.html", takes_context=True)
def main_navigation(context):
    """The editors' main navigation, each page in the visitor's language when translated."""
    request = context.get("request")
    if request is None:
        return {"links": []}
    current_path = request.path
    links = [
        {**link, "is_current": link["url"] != "/" and current_path.startswith(link["url"] or "-")}
        for link in main_navigation_links(request)
    ]
    return {"links": links}


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language for the switcher, and which of them are real translations.

    Each link leads to the same page in that language: its translation, or else (a translation
    missing) the default-language page under that language's prefix, where it is served as a
    fallback; the language's home page when neither exists. Only real translations are
    alternates for search engines (`is_translation`). Worked out once per request and kept on
    it, since the head and the switcher both need it.
    """
    request = context.get("request")
    if request is None:
        return []
    cached = getattr(request, "_itac_language_links", None)
    if cached is not None:
        return cached

    current = get_language()
    page = context.get("page")
    is_page = isinstance(page, Page) and page.pk
    translation_urls = page_translation_urls(page, request) if is_page else {}
    default_url = translation_urls.get(settings.LANGUAGE_CODE)

    links = []
    for code, _name in settings.LANGUAGES:
        if is_page:
            url = translation_urls.get(code)
            if url is None:
                url = localize_path(default_url or "/", code)
        else:
            url = translate_url(request.get_full_path(), code)
        links.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url,
                "is_current": code == current,
                "is_translation": code in translation_urls,
            }
        )
    request._itac_language_links = links
    return links


def page_translation_urls(page, request):
    """{language code: URL} of a page's live translations, cached until pages change.

    Each translation's own address (not the visitor's fallback one): this is what search
    engines and the language switcher need.
    """

    def load():
        translations = page.get_translations(inclusive=True).live().select_related("locale")
        with serving_language(""):
            return {t.locale.language_code: t.get_url(request=request) for t in translations}

    return KEPT_PAGES.get(("translations", page.pk), load)


@register.simple_tag(takes_context=True)
def localized_pageurl(context, page):
    """{% pageurl %} for any Page, also a generic one (a parent, a chooser's pick): the
    address a visitor in this language follows (itac.paths)."""
    return in_visitor_language(page.get_url(request=context.get("request")), page.locale_id)


@register.filter
def text_direction(language_code):
    """ "rtl" or "ltr": the direction text in this language is written in."""
    if not language_code:
        return ""
    try:
        return "rtl" if get_language_info(language_code)["bidi"] else "ltr"
    except KeyError:
        return "ltr"


@register.simple_tag(takes_context=True)
def campaign_settings(context):
    """The site's campaign settings (hashtag, footer, social links), cached until saved."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    return navigation.campaign_settings(site) if site is not None else None


@register.simple_tag
def footer_text():
    """The footer's words in the visitor's language, or the default language's when untranslated."""

    def load():
        active, default = Locale.get_active(), Locale.get_default()
        texts = {
            text.locale_id: text for text in FooterText.objects.filter(locale__in=[active, default])
        }
        return texts.get(active.pk) or texts.get(default.pk) or ""

    return KEPT_PAGES.get(("footer-text", get_language()), load)


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    return {"languages": language_links(context)}


@register.simple_tag(takes_context=True)
def content_language(context):
    """The page's language when it differs from the visitor's (a page shown in a fallback
    language), so the template can mark that content with its own `lang` (WCAG 3.1.2)."""
    page = context.get("page")
    return other_language_code(page) if isinstance(page, Page) else ""


@register.simple_tag
def other_language_code(item):
    """The language code of a translatable item when it is not the visitor's language."""
    language_code = language_code_of(getattr(item, "locale_id", None))
    return "" if language_code == get_language() else language_code


@register.simple_tag
def words_language(language_code):
    """The language of words written in `language_code` (the default language when empty, as
    text shared by every translation is written in it), when it is not the visitor's."""
    code = language_code or settings.LANGUAGE_CODE
    return "" if code == get_language() else code


@register.inclusion_tag("components/language_label.html")
def language_label(item):
    """A visible label on a card whose content is in another language than the visitor's."""
    code = other_language_code(item)
    return {"code": code, "name": get_language_info(code)["name_local"] if code else ""}


@register.simple_tag(takes_context=True)
def share_image(context, page):
    """The picture a shared link to `page` shows: the editor's hand-picked social image when
    there is one, otherwise the generated share card (itac.share_cards). None for no page."""
    from itac.public_url import absolute_url
    from itac.share_cards import ShareImage, share_image_for

    if not hasattr(page, "share_card_content"):
        return None
    request = context.get("request")
    if page.social_image_id:
        rendition = page.social_image.get_rendition(SOCIAL_IMAGE)
        image = ShareImage(
            url=rendition.url,
            width=rendition.width,
            height=rendition.height,
            alt=page.social_image.default_alt_text or page.share_description or page.title,
        )
    else:
        image = share_image_for(page)
    if image is not None and image.url.startswith("/"):
        image.url = absolute_url(image.url, request)
    return image


@register.simple_tag(takes_context=True)
def structured_data(context, page):
    """The page's JSON-LD block (itac.structured_data), or nothing."""
    from itac.structured_data import script_tag

    if not hasattr(page, "structured_data"):
        return ""
    data = page.structured_data(context.get("request"))
    return script_tag(data) if data else ""


@register.simple_tag
def campaign_mark(css_class="brand__mark"):
    """The campaign mark as inline SVG, decorative (the campaign's name is written beside it)."""
    svg = brand.mark_svg(label="").replace("<svg ", f'<svg class="{css_class}" ', 1)
    return mark_safe(svg)  # noqa: S308  (built from constants in itac.brand)
