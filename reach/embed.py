"""Story cards other sites embed in an iframe, and oEmbed for story addresses.

These are the only pages another site may frame: their Content Security Policy says
`frame-ancestors *` (and they send no X-Frame-Options); every other page keeps refusing.
They still load nothing but this site's own stylesheet and images, and run no script.
"""

from urllib.parse import urlencode, urlsplit

from csp.decorators import csp_replace

from django.conf import settings
from django.http import Http404, JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe

from wagtail.models import Locale, Site

from reach.stories import StoryFilterError, library_for, matching_stories, url_in_language
from stories.models import StoryPage

EMBED_CACHE_SECONDS = 300
DEFAULT_CARDS = 3
MAX_CARDS = 12
# Sizes suggested to the sites that embed (the cards reflow to any width).
EMBED_WIDTH = 480
EMBED_HEIGHT = 640
SINGLE_HEIGHT = 420

# The framing exception, in one place: any site may frame these pages.
allow_framing = csp_replace({"frame-ancestors": ["*"]})


def embed_language(request):
    """The language of the cards: `?language=` when it is a site language, else the prefix."""
    requested = request.GET.get("language", "")
    if requested in dict(settings.LANGUAGES):
        return requested
    return translation.get_language()


def cacheable(response):
    patch_cache_control(response, public=True, max_age=EMBED_CACHE_SECONDS)
    return response


def embed_response(request, template, context, language):
    """Render in `language`; the template gets the portal's address for absolute links."""
    with translation.override(language):
        response = TemplateResponse(
            request,
            template,
            {**context, "embed_language": language, "portal_url": portal_url(request)},
        )
        response.render()
    return cacheable(response)


def portal_url(request):
    return f"{request.scheme}://{request.get_host()}"


def story_limit(request):
    try:
        limit = int(request.GET.get("limit", DEFAULT_CARDS))
    except ValueError:
        limit = DEFAULT_CARDS
    return max(1, min(MAX_CARDS, limit))


@require_safe
@xframe_options_exempt
@allow_framing
def story_cards(request):
    """Up to `limit` newest stories matching the filters, as cards linking to the portal."""
    language = embed_language(request)
    locale = Locale.objects.filter(language_code=language).first()
    stories, problem = [], ""
    filters = {}
    try:
        # `language` picks the cards' language here, not the language a story was told in.
        filters = {name: request.GET.get(name, "") for name in ("country", "theme", "partner")}
        queryset = matching_stories(locale, filters) if locale else StoryPage.objects.none()
        stories = list(queryset.select_related("locale")[: story_limit(request)])
        for story in stories:
            story.embed_url = portal_url(request) + url_in_language(story, language, request)
    except StoryFilterError:
        # Shown in the frame rather than a broken page on the partner's site.
        with translation.override(language):
            problem = _("These stories cannot be shown: the address asks for something unknown.")
    library = library_for(locale) if locale else None
    more_url = ""
    if library is not None:
        params = {name: value for name, value in filters.items() if value}
        more_url = portal_url(request) + url_in_language(library, language, request)
        more_url += "?" + urlencode(params) if params else ""
    return embed_response(
        request,
        "reach/embed_stories.html",
        {"stories": stories, "problem": problem, "more_url": more_url},
        language,
    )


@require_safe
@xframe_options_exempt
@allow_framing
def single_story(request, story_id):
    """One story as a card: what oEmbed gives to sites that paste a story's address."""
    story = (
        StoryPage.objects.live()
        .public()
        .filter(pk=story_id)
        .select_related("hero_image", "locale")
        .first()
    )
    if story is None:
        raise Http404
    language = story.locale.language_code
    story.embed_url = portal_url(request) + story.get_url(request=request)
    return embed_response(
        request, "reach/embed_stories.html", {"stories": [story], "single": True}, language
    )


def story_for_url(url, request):
    """The live public story an address of this site points at, or None."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.netloc not in site_hosts(request):
        return None
    language = translation.get_language_from_path(parts.path) or settings.LANGUAGE_CODE
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    slug = path.rstrip("/").rsplit("/", 1)[-1]
    # A story not yet translated is served in English under every language prefix.
    candidates = (
        StoryPage.objects.live()
        .public()
        .filter(slug=slug, locale__language_code__in=[language, settings.LANGUAGE_CODE])
        .select_related("locale")
    )
    for story in candidates:
        if url_in_language(story, language, request) in (path, parts.path):
            return story
    return None


def site_hosts(request):
    """The host names this site answers to: the request's and each Wagtail site's."""
    hosts = {request.get_host()}
    for site in Site.get_site_root_paths():
        hosts.add(urlsplit(site.root_url).netloc)
    return hosts


@require_safe
def oembed(request):
    """oEmbed (https://oembed.com) for story addresses: a "rich" iframe of the story's card."""
    if request.GET.get("format", "json") != "json":
        return JsonResponse({"error": "only the json format is offered"}, status=501)
    story = story_for_url(request.GET.get("url", ""), request)
    if story is None:
        raise Http404("not a story of this site")
    width = bounded(request.GET.get("maxwidth"), EMBED_WIDTH)
    height = bounded(request.GET.get("maxheight"), SINGLE_HEIGHT)
    src = portal_url(request) + reverse_in(
        story.locale.language_code, "reach_embed_story", story.pk
    )
    with translation.override(story.locale.language_code):
        frame_title = _("Story: %(title)s") % {"title": story.title}
    html = (
        f'<iframe src="{escape_attr(src)}" width="{width}" height="{height}" '
        f'title="{escape_attr(frame_title)}" loading="lazy" style="border:0"></iframe>'
    )
    response = JsonResponse(
        {
            "version": "1.0",
            "type": "rich",
            "provider_name": settings.WAGTAIL_SITE_NAME,
            "provider_url": portal_url(request) + "/",
            "title": story.title,
            "html": html,
            "width": width,
            "height": height,
            "cache_age": EMBED_CACHE_SECONDS,
        }
    )
    response["Access-Control-Allow-Origin"] = "*"
    return cacheable(response)


def bounded(value, default):
    try:
        return max(200, min(default, int(value)))
    except (TypeError, ValueError):
        return default


def escape_attr(value):
    from django.utils.html import escape

    return escape(value)


def reverse_in(language, name, *args):
    with translation.override(language):
        return reverse(name, args=args)


def oembed_discovery_url(story, request):
    """The oEmbed address of a story page, for its <link rel="alternate"> discovery tag."""
    return (
        portal_url(request)
        + reverse("reach_oembed")
        + "?"
        + urlencode({"url": story.get_full_url(request=request), "format": "json"})
    )


def embed_code(partner, request):
    """The iframe a partner copies to show its stories on its own site, in the language of
    the page it is shown on."""
    language = translation.get_language()
    src = (
        portal_url(request)
        + reverse_in(language, "reach_embed_stories")
        + "?"
        + urlencode({"partner": partner.slug, "limit": DEFAULT_CARDS})
    )
    with translation.override(language):
        title = _("Stories shared by %(partner)s") % {"partner": partner.title}
    return (
        f'<iframe src="{escape_attr(src)}" width="{EMBED_WIDTH}" height="{EMBED_HEIGHT}" '
        f'title="{escape_attr(title)}" loading="lazy" style="border:0;max-width:100%"></iframe>'
    )
