"""The portal's URLs plus the media files, for the local stack (itac/settings/stack.py) only:
in production a proxy or S3 serves /media/."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from itac.urls import handler404, handler500  # noqa: F401  (Django reads them from ROOT_URLCONF)
from itac.urls import urlpatterns as portal_urlpatterns

urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    *portal_urlpatterns,
]
