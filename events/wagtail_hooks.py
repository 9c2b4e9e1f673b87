"""Admin for editors: a filterable, exportable list of events, and the speaker library."""

import django_filters

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from events.fields import language_filter
from events.models import EventPage, EventType, Speaker
from itac.exports import FormulaSafePageIndexView, FormulaSafeSnippetIndexView
from itac.sections import HOME_PAGE_SECTIONS
from partners.models import PARTNER_PAGE_SECTIONS


class StartColumn(Column):
    """The start as a date and time: Wagtail's DateColumn says how long ago, which reads
    "Just now" for every event still to come."""

    def get_value(self, instance):
        start = super().get_value(instance)
        return date_format(localtime(start), "DATETIME_FORMAT") + " UTC" if start else ""


class EventFilterSet(PageFilterSet):
    event_type = django_filters.ChoiceFilter(
        label=_("Type"), choices=EventType.choices, empty_label=_("All types")
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"),
        choices=settings.LANGUAGES,
        empty_label=_("All languages"),
        method="filter_language",
    )
    when = django_filters.ChoiceFilter(
        label=_("When"),
        choices=[("upcoming", _("Upcoming")), ("past", _("Past"))],
        empty_label=_("Any time"),
        method="filter_when",
        widget=forms.RadioSelect,
    )

    class Meta:
        model = EventPage
        fields = []

    def filter_language(self, queryset, name, value):
        return queryset.filter(**language_filter("languages", value))

    def filter_when(self, queryset, name, value):
        now = timezone.now()
        if value == "upcoming":
            return queryset.filter(end__gte=now)
        return queryset.filter(end__lt=now)


class EventListingViewSet(PageListingViewSet):
    """Every event in one list, across event pages and languages."""

    model = EventPage
    name = "events"
    icon = "date"
    menu_label = _("Events")
    menu_order = 250
    add_to_admin_menu = True
    filterset_class = EventFilterSet
    columns = [
        *PageListingViewSet.columns,
        Column("event_type", label=_("Type"), accessor="get_event_type_display"),
        StartColumn("start", label=_("Starts"), sort_key="start"),
    ]
    index_view_class = FormulaSafePageIndexView  # CSV cells never run as formulas
    list_export = [
        "title",
        "event_type",
        "start",
        "end",
        "time_zone",
        "languages",
        "livestream_url",
        "live",
        "url",
    ]
    export_headings = {
        "title": _("Title"),
        "event_type": _("Type"),
        "start": _("Starts (UTC)"),
        "end": _("Ends (UTC)"),
        "time_zone": _("Time zone"),
        "languages": _("Languages"),
        "livestream_url": _("Livestream link"),
        "live": _("Published"),
        "url": _("Address"),
    }
    export_filename = "events"


@hooks.register("register_admin_viewset")
def register_event_listing():
    return EventListingViewSet()


class SpeakerViewSet(SnippetViewSet):
    model = Speaker
    icon = "user"
    menu_label = _("Speakers")
    list_display = ["name", "role", "organisation", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "organisation"]
    index_view_class = FormulaSafeSnippetIndexView  # CSV cells never run as formulas
    list_export = ["name", "role", "organisation", "locale"]
    export_filename = "speakers"


register_snippet(SpeakerViewSet)


@hooks.register(HOME_PAGE_SECTIONS, order=30)
def upcoming_events_on_the_home_page():
    return "events/sections/home_upcoming_events.html"


@hooks.register(PARTNER_PAGE_SECTIONS, order=20)
def events_on_a_partner_page():
    return "events/sections/partner_events.html"
