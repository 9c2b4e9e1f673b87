import zoneinfo

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from events.calendar import event_calendar_response
from events.fields import LanguageListField, language_codes
from events.times import (
    format_span,
    in_zone,
    time_zone_choices,
    time_zone_names,
    validate_time_zone,
)
from itac.blocks import RICH_TEXT_FEATURES, VideoBlock
from itac.models import BasePage


class EventType(models.TextChoices):
    EXPERT_DIALOGUE = "expert-dialogue", _("Expert dialogue")
    LIVE_CHAT = "live-chat", _("Live chat")
    TAKEOVER = "takeover", _("Social media takeover")
    LAUNCH = "launch", _("Launch")
    WEBINAR = "webinar", _("Webinar")
    WORKSHOP = "workshop", _("Workshop")
    OTHER = "other", _("Other event")


class EventPageForm(WagtailAdminPageForm):
    """Editors type start and end as clock times in the event's own time zone.

    Django reads a typed time in the editor's admin time zone; this form shows stored times
    in the event's zone and reads typed ones back in it, so "15:00, America/New_York" means
    15:00 in New York whoever edits it.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("start", "end"):
            value = getattr(self.instance, name)
            if value is not None and name in self.fields:
                # A naive value is shown as it is: the clock time in the event's zone.
                self.initial[name] = in_zone(value, self.instance.time_zone).replace(tzinfo=None)

    def clean(self):
        cleaned_data = super().clean()
        zone = cleaned_data.get("time_zone")
        if zone in time_zone_names():
            for name in ("start", "end"):
                value = cleaned_data.get(name)
                if value is not None:
                    local = timezone.make_naive(value)
                    cleaned_data[name] = timezone.make_aware(local, zoneinfo.ZoneInfo(zone))
        return cleaned_data


class EventPage(RoutablePageMixin, BasePage):
    """One campaign event: when and where to watch, who speaks, and its calendar file."""

    event_type = models.CharField(_("type"), max_length=30, choices=EventType.choices)
    start = models.DateTimeField(_("starts"), help_text=_("In the event's time zone."))
    end = models.DateTimeField(_("ends"), help_text=_("In the event's time zone."))
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="UTC",
        validators=[validate_time_zone],
        help_text=_("Where the event is run from; visitors see its times in this zone."),
    )
    languages = LanguageListField(
        _("languages"), blank=True, help_text=_("The languages the event is held or dubbed in.")
    )
    livestream_url = models.URLField(
        _("livestream link"), blank=True, help_text=_("Where to watch it live.")
    )
    recording = StreamField(
        [("video", VideoBlock())],
        blank=True,
        max_num=1,
        verbose_name=_("recording"),
        help_text=_("Add the recording once the event is over."),
    )
    background = RichTextField(_("background"), features=RICH_TEXT_FEATURES, blank=True)

    base_form_class = EventPageForm
    # Translations share the event's zone and languages; only the words are translated.
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("time_zone"),
        SynchronizedField("languages"),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("event_type"),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("time_zone", widget=forms.Select(choices=time_zone_choices())),
                FieldPanel("languages"),
            ],
            heading=_("When and in which languages"),
        ),
        MultiFieldPanel(
            [FieldPanel("livestream_url"), FieldPanel("recording")],
            heading=_("Watching"),
        ),
        InlinePanel("event_speakers", heading=_("Speakers"), label=_("Speaker")),
        FieldPanel("background"),
        InlinePanel("event_partners", heading=_("Related partners"), label=_("Partner")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("background"),
        index.FilterField("event_type"),
        index.FilterField("start"),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The event must end after it starts.")})

    # What visitors see ----------------------------------------------------

    def structured_data(self, request=None):
        """The event as a schema.org Event: online, watched at its livestream link."""
        from itac.structured_data import campaign_organization

        url = self.get_full_url(request)
        event = {
            "@type": "Event",
            "name": self.title,
            "description": self.share_description,
            "url": url,
            # Times in the event's own zone, with its offset from UTC.
            "startDate": self.local_start.isoformat(),
            "endDate": in_zone(self.end, self.time_zone).isoformat(),
            "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
            "eventStatus": "https://schema.org/EventScheduled",
            "location": {"@type": "VirtualLocation", "url": self.livestream_url or url},
            "organizer": campaign_organization(request),
            "image": self.share_image_urls(request),
        }
        languages = [code for code, _name in self.language_list]
        if languages:
            event["inLanguage"] = languages
        return event

    def share_card_subline(self):
        """The date and time in the event's own zone, and where to watch it."""
        return self.when

    @property
    def is_upcoming(self):
        """Not over yet: upcoming or happening now."""
        return self.end >= timezone.now()

    @property
    def is_happening_now(self):
        return self.start <= timezone.now() <= self.end

    @cached_property
    def local_start(self):
        return in_zone(self.start, self.time_zone)

    @property
    def when(self):
        """ "14 June 2023, 15:00–16:30 (UTC-04:00)": the time in the event's own zone."""
        return format_span(self.start, self.end, self.time_zone)

    @property
    def language_list(self):
        """(code, name) for each language of the event, in the site's language order."""
        from django.conf import settings

        names = dict(settings.LANGUAGES)
        return [(code, names[code]) for code in language_codes(self.languages) if code in names]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["speakers"] = [
            link.speaker for link in self.event_speakers.select_related("speaker")
        ]
        context["partners"] = [
            link.partner
            for link in self.event_partners.filter(partner__live=True).select_related("partner")
        ]
        # A translated event keeps its original's speakers and partners: show their
        # translations in this page's language where there are some (two queries at most).
        context["speakers"] = in_locale(context["speakers"], self.locale_id)
        context["partners"] = in_locale(context["partners"], self.locale_id, live=True)
        return context

    @path("")
    def event(self, request):
        return self.render(request)

    # Reached at /events/<slug>/event.ics through events/urls.py (page URLs allow no dot).
    @path("event.ics/", name="calendar")
    def calendar(self, request):
        """This event as a calendar file to download."""
        return event_calendar_response([self], request, f"{self.slug}.ics", attachment=True)


def in_locale(items, locale_id, live=False):
    """`items` (speakers or pages), each replaced by its translation in `locale_id` if any."""
    keys = [item.translation_key for item in items if item.locale_id != locale_id]
    if not keys:
        return items
    model = type(items[0])
    translations = model.objects.filter(translation_key__in=keys, locale_id=locale_id)
    if live:
        translations = translations.filter(live=True)
    found = {item.translation_key: item for item in translations}
    return [found.get(item.translation_key, item) for item in items]


class EventSpeaker(Orderable):
    """A speaker at an event, in the order the event lists them."""

    event = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="event_speakers")
    speaker = models.ForeignKey(
        "events.Speaker",
        verbose_name=_("speaker"),
        on_delete=models.CASCADE,
        related_name="event_links",
    )

    panels = [FieldPanel("speaker")]

    class Meta(Orderable.Meta):
        verbose_name = _("event speaker")
        verbose_name_plural = _("event speakers")


class EventPartner(Orderable):
    """A partner that runs, hosts or speaks at an event; the event shows on its partner page."""

    event = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="event_partners")
    partner = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("partner"),
        on_delete=models.CASCADE,
        related_name="event_links",
    )

    panels = [FieldPanel("partner", heading=_("Partner"))]

    class Meta(Orderable.Meta):
        verbose_name = _("related partner")
        verbose_name_plural = _("related partners")
