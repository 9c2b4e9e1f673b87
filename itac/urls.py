from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from itac import views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", views.sitemap_xml, name="sitemap"),
    path("manifest.webmanifest", views.web_manifest, name="web_manifest"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("apple-touch-icon.png", views.touch_icon, name="touch_icon"),
    path("icons/icon-<int:size>.png", views.manifest_icon, name="manifest_icon"),
    path("icons/mark.svg", views.mark_svg, name="mark_svg"),
    path("share-cards/<int:page_id>/<str:key>.jpg", views.share_card, name="share_card"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Read API (anonymous, read-only; CORS open) and oEmbed: reach/.
    path("", include("reach.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Public pages: English unprefixed, the other languages under /es/, /fr/, /ar/, /pt/.
# Wagtail's page serving comes last: it answers whatever nothing above did.
urlpatterns += i18n_patterns(
    # Calendar files (*.ics) first: Wagtail's own page patterns allow no dot.
    path("", include("events.urls")),
    # Embeddable story cards and the story map, in the visitor's language.
    path("", include("reach.i18n_urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler400 = "itac.views.bad_request"
handler404 = "itac.views.page_not_found"
handler500 = "itac.views.server_error"
