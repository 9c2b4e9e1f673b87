"""Event listings other pages show: the home page's next events and a partner's events."""

from django import template
from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language

from events.models import EventIndexPage, EventPage
from events.models.event_index_page import events_for_listing
from itac.cards import cached_cards, load_renditions, published_at
from itac.page_cache import public
from itac.renditions import CARD_IMAGES

register = template.Library()

HOME_EVENT_COUNT = 3
PARTNER_EVENT_COUNT = 6


def _events_in_language(language_code):
    return events_for_listing(
        public(EventPage.objects.live()).filter(locale__language_code=language_code)
    )


@register.inclusion_tag("events/components/upcoming_events.html", takes_context=True)
def upcoming_events(context):
    """The next three events for the home page, or the three latest when none is planned.

    Events in the visitor's language; in the default language where none is translated.
    At most four queries for the events, their images and the events page, whatever the data.
    """
    now = timezone.now()
    language = get_language() or settings.LANGUAGE_CODE
    events = list(
        _events_in_language(language)
        .filter(end__gte=now)
        .order_by("start", "pk")[:HOME_EVENT_COUNT]
    )
    if not events and language != settings.LANGUAGE_CODE:
        language = settings.LANGUAGE_CODE
        events = list(
            _events_in_language(language)
            .filter(end__gte=now)
            .order_by("start", "pk")[:HOME_EVENT_COUNT]
        )
    showing_past = not events
    if showing_past:
        events = list(
            _events_in_language(language)
            .filter(end__lt=now)
            .order_by("-start", "-pk")[:HOME_EVENT_COUNT]
        )
    index_page = None
    if events:
        index_page = EventIndexPage.objects.live().filter(locale__language_code=language).first()
    return {
        "events": events,
        "showing_past": showing_past,
        "index_page": index_page,
        "request": context.get("request"),
    }


@register.inclusion_tag("events/components/partner_events.html", takes_context=True)
def partner_events(context, partner):
    """A partner's events for its page: upcoming ones first, then the latest past ones.

    Events in the visitor's language, whichever translation of the partner page they name (a
    translated event keeps its original's partners); in the default language when none is.
    """
    now = timezone.now()
    languages = [get_language() or settings.LANGUAGE_CODE, settings.LANGUAGE_CODE]
    for language in dict.fromkeys(languages):
        events = events_for_listing(
            public(EventPage.objects.live())
            .filter(
                event_partners__partner__translation_key=partner.translation_key,
                locale__language_code=language,
            )
            .distinct()
        )
        if events.exists():
            break
    upcoming = list(events.filter(end__gte=now).order_by("start", "pk")[:PARTNER_EVENT_COUNT])
    past = []
    if len(upcoming) < PARTNER_EVENT_COUNT:
        past = list(
            events.filter(end__lt=now).order_by("-start", "-pk")[
                : PARTNER_EVENT_COUNT - len(upcoming)
            ]
        )
    return {"events": upcoming + past, "partner": partner, "request": context.get("request")}


@register.simple_tag(takes_context=True)
def event_cards(context, events, heading_level=3):
    """The cards of `events`, in order (itac.cards: kept per event page publication, and
    drawn anew when an event starts or ends, which its "Happening now" tag shows)."""
    return cached_cards(
        context,
        events,
        template_name="events/components/event_card.html",
        name="event",
        key_of=lambda event: f"{event.pk}:{published_at(event)}:{int(event.is_happening_now)}",
        load=load_renditions("listing_image", CARD_IMAGES),
        heading_level=heading_level,
    )
