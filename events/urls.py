"""Calendar files at /events/feed.ics and /events/<slug>/event.ics.

Wagtail's page URLs allow no dot, so these two patterns sit before Wagtail's in
itac/urls.py (inside i18n_patterns) and hand the request to Wagtail's page serving, which
routes it to the page's RoutablePage route: live, private and language checks all apply.
"""

from django.urls import re_path

from wagtail import views as wagtail_views

CALENDAR_FILES = r"^(?P<path>(?:[\w\-]+/)+(?:feed|event)\.ics)$"


def serve_calendar_file(request, path):
    return wagtail_views.serve(request, path + "/")


urlpatterns = [re_path(CALENDAR_FILES, serve_calendar_file, name="events_calendar_file")]
