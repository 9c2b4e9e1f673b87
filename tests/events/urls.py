"""The site's URLs with the events calendar files first, as itac/urls.py should have them."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from itac import urls as site_urls

urlpatterns = [
    *i18n_patterns(path("", include("events.urls")), prefix_default_language=False),
    *site_urls.urlpatterns,
]

handler404 = site_urls.handler404
handler500 = site_urls.handler500
