import logging
import sys
from urllib.parse import urlsplit

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import (
    FileResponse,
    Http404,
    HttpResponse,
    HttpResponseServerError,
    JsonResponse,
)
from django.shortcuts import redirect, render
from django.template import loader
from django.utils.cache import add_never_cache_headers
from django.views.decorators.cache import cache_control, never_cache

from wagtail.models import Page, get_page_models

from itac import brand, share_cards
from itac.public_url import absolute_url

logger = logging.getLogger(__name__)


@never_cache
def healthz(request):
    """For load balancers: 200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: the database did not answer")
        return JsonResponse({"status": "unavailable", "database": "down"}, status=503)
    return JsonResponse({"status": "ok", "database": "up"})


def bad_request(request, exception=None):
    """A request no visitor's browser would send (a NUL in the address, for example)."""
    return render(request, "400.html", status=400)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Rendered without context processors: the database may be what failed.
    if isinstance(sys.exc_info()[1], OperationalError | InterfaceError):
        return database_unavailable(request)
    return HttpResponseServerError(loader.get_template("500.html").render())


def database_unavailable(request):
    """The database did not answer (down, restarting, or a query over the statement timeout).

    A passing state, not a bug: the visitor is told in their language that nothing was
    saved and to try again in a few seconds; load balancers and proxies see a 503.
    """
    response = HttpResponse(loader.get_template("503.html").render(), status=503)
    response["Retry-After"] = "10"
    add_never_cache_headers(response)
    return response


def csrf_failure(request, reason=""):
    """A friendly page when a form's security token is missing or stale; nothing was saved."""
    return render(request, "403_csrf.html", status=403)


# --- For search engines, browsers and home screens -----------------------------------------

# Robots, the sitemap and the icons are the same for everyone: shared caches may keep them.
PUBLIC_FOR_AN_HOUR = cache_control(public=True, max_age=60 * 60)
PUBLIC_FOR_A_DAY = cache_control(public=True, max_age=60 * 60 * 24)


@PUBLIC_FOR_AN_HOUR
def robots_txt(request):
    """Keep crawlers out of the admin and the forms' after-pages; point them at the sitemap."""
    disallowed = ["/admin/", "/django-admin/"]
    for model in get_page_models():
        subpaths = getattr(model, "private_subpaths", ())
        if not subpaths or model._meta.abstract:
            continue
        for page in model.objects.live().exact_type(model):
            page_path = urlsplit(page.get_url(request) or "").path
            if page_path:
                disallowed += [page_path + subpath for subpath in subpaths]
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in disallowed)]
    lines += ["", f"Sitemap: {absolute_url('/sitemap.xml', request)}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@PUBLIC_FOR_AN_HOUR
def sitemap_xml(request):
    from wagtail.contrib.sitemaps.views import sitemap

    from itac.sitemap import CampaignSitemap

    return sitemap(request, sitemaps={"pages": CampaignSitemap})


@PUBLIC_FOR_A_DAY
def web_manifest(request):
    """What a phone needs to put the campaign on its home screen."""
    icons = [
        {"src": f"/icons/icon-{size}.png", "sizes": f"{size}x{size}", "type": "image/png"}
        for size in brand.MANIFEST_ICON_SIZES
    ]
    icons.append({"src": "/icons/mark.svg", "sizes": "any", "type": "image/svg+xml"})
    manifest = {
        "name": settings.WAGTAIL_SITE_NAME,
        "short_name": "#ITAC",
        "lang": settings.LANGUAGE_CODE,
        "start_url": "/",
        "scope": "/",
        "display": "minimal-ui",
        "background_color": brand.BACKGROUND_COLOUR,
        "theme_color": brand.MARK_COLOUR,
        "icons": icons,
    }
    return JsonResponse(manifest, content_type="application/manifest+json")


@PUBLIC_FOR_A_DAY
def favicon(request):
    return HttpResponse(brand.favicon_ico(), content_type="image/vnd.microsoft.icon")


@PUBLIC_FOR_A_DAY
def touch_icon(request):
    return HttpResponse(
        brand.icon_png(brand.TOUCH_ICON_SIZE, padded=True), content_type="image/png"
    )


@PUBLIC_FOR_A_DAY
def manifest_icon(request, size):
    if size not in brand.MANIFEST_ICON_SIZES:
        raise Http404
    return HttpResponse(brand.icon_png(size, padded=True), content_type="image/png")


@PUBLIC_FOR_A_DAY
def mark_svg(request):
    return HttpResponse(brand.mark_svg(), content_type="image/svg+xml")


# --- Sharing previews ------------------------------------------------------------------------


def share_card(request, page_id, key):
    """A page's share card (itac.share_cards), drawn the first time it is fetched.

    Only a live page open to every visitor has one; an older key (a link shared before the
    page was edited) leads to the current card.
    """
    page = Page.objects.live().public().filter(pk=page_id).specific().first()
    content = page.share_card_content() if hasattr(page, "share_card_content") else None
    if content is None:
        raise Http404
    current = share_cards.card_key(page, content)
    if key != current:
        return redirect(share_cards.card_address(page, content))
    name = share_cards.stored_card(page, content)
    if name is None:
        raise Http404
    return FileResponse(default_storage.open(name), content_type="image/jpeg")
