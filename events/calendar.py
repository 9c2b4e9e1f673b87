"""iCalendar files: one event to download, or the feed of every upcoming event."""

import datetime
from urllib.parse import urlsplit

import icalendar

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from itac.text import one_line

PRODUCT_ID = "-//It Takes A Community//Campaign events//EN"


def _utc(moment):
    return moment.astimezone(datetime.UTC)


def event_uid(event, request):
    """Stable across edits and languages: the page's translation key at the site's host."""
    host = urlsplit(event.get_full_url(request) or "").hostname or request.get_host()
    return f"{event.translation_key}@{host}"


def event_component(event, request):
    """A VEVENT for one EventPage, its times in UTC."""
    url = event.get_full_url(request)
    component = icalendar.Event()
    component.add("uid", event_uid(event, request))
    changed = event.last_published_at or event.latest_revision_created_at or timezone.now()
    component.add("dtstamp", _utc(changed))
    component.add("last-modified", _utc(changed))
    component.add("dtstart", _utc(event.start))
    component.add("dtend", _utc(event.end))
    # Every text field on one line, without control characters: a line break typed into a
    # title would otherwise end the property early (and break the file for calendar apps).
    component.add("summary", one_line(event.title))
    description = [one_line(event.listing_summary)]
    if event.livestream_url:
        description.append(_("Watch live: %(url)s") % {"url": one_line(event.livestream_url)})
    description.append(_("Details: %(url)s") % {"url": one_line(url)})
    # Paragraphs are ours (escaped as \n by icalendar); none comes from the fields themselves.
    component.add("description", "\n\n".join(part for part in description if part))
    component.add("url", one_line(url))
    component.add("location", one_line(event.livestream_url) or _("Online"))
    component.add("categories", [one_line(event.get_event_type_display())])
    component.add("status", "CONFIRMED")
    component.add("transp", "OPAQUE")
    return component


def build_calendar(events, request, name):
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", one_line(name))
    for event in events:
        calendar.add_component(event_component(event, request))
    return calendar.to_ical()


def event_calendar_response(events, request, filename, attachment=False, name=None):
    """An HTTP response holding a calendar of `events`."""
    name = name or (events[0].title if len(events) == 1 else _("It Takes A Community events"))
    response = HttpResponse(
        build_calendar(events, request, name), content_type="text/calendar; charset=utf-8"
    )
    disposition = "attachment" if attachment else "inline"
    filename = one_line(filename).replace('"', "")
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response
