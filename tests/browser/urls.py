"""The portal's URLs, plus the media files (uploaded and built images) that a proxy serves in
production: the browser tests' live site runs with DEBUG off, where Django would not add them."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from itac.urls import handler404, handler500  # noqa: F401  (Django reads them from ROOT_URLCONF)
from itac.urls import urlpatterns as portal_urlpatterns

media_prefix = settings.MEDIA_URL.strip("/")
urlpatterns = [
    re_path(rf"^{media_prefix}/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    *portal_urlpatterns,
]
