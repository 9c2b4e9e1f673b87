"""Demo content for events: the event list, the campaign's events and two upcoming ones.

Speakers are invented people for the demo; the organisations are the campaign's own.
"""

import datetime
import zoneinfo
from urllib.parse import quote_plus

from django.utils import timezone

from itac.demo import child_page, demo_image
from itac.demo.illustrations import EVENT_MOTIFS
from itac.renditions import CARD_IMAGES

# Loaded after the partners and stories (itac.demo.app_demo_modules): events name partners.
DEMO_ORDER = 40

SPANISH_AND_ENGLISH = "en,es"

SPEAKERS = {
    "moderator": (
        "Camila Andrade",
        "Campaign coordinator",
        "International Organization for Migration (IOM)",
    ),
    "mayors": ("Thomas Verbeke", "Policy adviser", "GFMD Mayors Mechanism"),
    "business": ("Aisha Rahman", "Programme lead", "GFMD Business Mechanism"),
    "youth": ("Mateo Quispe", "Youth representative", "Migration Youth & Children Platform"),
    "diaspora": ("Valentina Rojas", "Director", "A Venezuelan diaspora organisation"),
    "researcher": (
        "Nia Mensah",
        "Researcher on diaspora and gender",
        "An independent research network",
    ),
    "narratives": ("Lucas Ferreira", "Communications specialist", "City of São Paulo"),
    "africa": ("Thandiwe Dlamini", "Migration officer", "City of Johannesburg"),
}

# Partners are found by a word of their name, so the demo works whatever their slugs are.
PARTNER_WORDS = {
    "mayors": "Mayors Mechanism",
    "business": "Business Mechanism",
    "youth": "Youth",
    "iom": "International Organization for Migration",
    "civil": "Civil Society",
    "welcoming": "Welcoming",
    "canada": "Canada",
    "ecuador": "Ecuador",
}

# slug, title, type, local start, minutes, zone, summary, speakers, partners
PAST_EVENTS = [
    (
        "soft-launch-international-migrants-day-2020",
        "Soft launch on International Migrants Day",
        "launch",
        (2020, 12, 18, 10, 0),
        60,
        "America/Toronto",
        "The campaign's first public moment: partners introduce #ItTakesACommunity and invite "
        "everyone to share a story of a community made stronger.",
        ["moderator", "mayors"],
        ["iom", "mayors", "canada", "ecuador"],
    ),
    (
        "expert-dialogue-south-american-perspectives",
        "Expert dialogue: South American perspectives on balanced narratives",
        "expert-dialogue",
        (2023, 2, 28, 10, 0),
        90,
        "America/Guayaquil",
        "Experts from across South America discuss how to talk about migration in a balanced "
        "way, and what the media, cities and communities can each do.",
        ["moderator", "narratives"],
        ["ecuador", "iom"],
    ),
    (
        "live-chat-introduction-global-dialogue",
        "Live chat: an introduction to the global dialogue",
        "live-chat",
        (2023, 4, 12, 11, 0),
        60,
        "America/Toronto",
        "What the global dialogue on public narratives is, who takes part and how to follow "
        "it, in a short conversation open to questions.",
        ["moderator"],
        ["iom"],
    ),
    (
        "live-chat-venezuelan-diaspora",
        "Live chat with the director of a Venezuelan diaspora organisation",
        "live-chat",
        (2023, 4, 24, 15, 0),
        60,
        "America/Caracas",
        "How a diaspora organisation helps Venezuelans settle in their new cities, and how "
        "their neighbours can help change the story told about them.",
        ["diaspora", "moderator"],
        ["civil"],
    ),
    (
        "live-chat-business-and-youth",
        "Live chat with the GFMD Business Mechanism and youth representatives",
        "live-chat",
        (2023, 5, 9, 15, 0),
        60,
        "Europe/Zurich",
        "Employers and young people on what migrants bring to workplaces and classrooms, and "
        "how each can speak up for inclusion.",
        ["business", "youth"],
        ["business", "youth"],
    ),
    (
        "global-expert-dialogue-africa-europe",
        "Global expert dialogue with a focus on Africa and Europe",
        "expert-dialogue",
        (2023, 5, 30, 14, 0),
        90,
        "Africa/Johannesburg",
        "Cities and researchers from Africa and Europe compare what works when local "
        "governments tell the story of migration in their own words.",
        ["africa", "mayors", "moderator"],
        ["mayors", "welcoming"],
    ),
    (
        "live-chat-racial-justice-and-gender",
        "Live chat on racial justice and gender with diaspora researchers and advocates",
        "live-chat",
        (2023, 6, 14, 15, 0),
        60,
        "America/New_York",
        "Diaspora researchers and advocates on how racism and gender shape the way migrant "
        "women are seen, and what a fairer story sounds like.",
        ["researcher", "diaspora"],
        ["civil"],
    ),
    (
        "live-chat-world-refugee-day-2023",
        "Live chat: summing up the global dialogue on World Refugee Day",
        "live-chat",
        (2023, 6, 20, 10, 0),
        60,
        "America/Toronto",
        "On World Refugee Day, the partners look back on the global dialogue and share what "
        "they learned about telling the story of migration together.",
        ["moderator", "youth", "mayors"],
        ["iom", "mayors", "youth"],
    ),
]

BACKGROUND = (
    "<p>The events of #ItTakesACommunity are held online and streamed in English and Spanish, "
    "and each one stays available as a recording. They bring together the people the campaign "
    "works with: cities, governments, employers, young people and diaspora organisations.</p>"
    "<p>Questions are welcome during every live session.</p>"
)


def next_occurrence(month, day, today):
    """The next date with this month and day, after today."""
    candidate = datetime.date(today.year, month, day)
    if candidate <= today:
        candidate = datetime.date(today.year + 1, month, day)
    return candidate


def upcoming_events(today):
    """Two events in the future whenever the loader runs: the next Migrants and Refugee Days."""
    migrants_day = next_occurrence(12, 18, today)
    refugee_day = next_occurrence(6, 20, today)
    return [
        (
            f"international-migrants-day-{migrants_day.year}",
            f"International Migrants Day {migrants_day.year}: live chat with campaign leaders",
            "live-chat",
            (migrants_day.year, 12, 18, 11, 0),
            60,
            "America/Toronto",
            "Campaign leaders from several cities talk about how they adapted the toolkit "
            "for their neighbourhoods, and answer your questions.",
            ["moderator", "narratives", "youth"],
            ["iom", "mayors", "youth"],
        ),
        (
            f"world-refugee-day-{refugee_day.year}",
            f"World Refugee Day {refugee_day.year}: expert dialogue on welcoming cities",
            "expert-dialogue",
            (refugee_day.year, 6, 20, 14, 0),
            90,
            "Europe/Brussels",
            "Mayors and experts discuss what makes a city welcoming for refugees, from the "
            "first week to the first job.",
            ["mayors", "africa", "moderator"],
            ["mayors", "welcoming"],
        ),
    ]


def find_partners(locale):
    """The demo partners by key, where the partners app has made them."""
    from partners.models import PartnerPage

    found = {}
    for key, words in PARTNER_WORDS.items():
        partner = PartnerPage.objects.live().filter(locale=locale, title__icontains=words).first()
        if partner:
            found[key] = partner
    return found


def speakers_for(locale):
    from events.models import Speaker

    speakers = {}
    for key, (name, role, organisation) in SPEAKERS.items():
        speakers[key], _created = Speaker.objects.get_or_create(
            name=name, locale=locale, defaults={"role": role, "organisation": organisation}
        )
    return speakers


def watch_link(title):
    """A YouTube search for the event: a real address, and no third party on our pages."""
    return "https://www.youtube.com/results?search_query=" + quote_plus(
        f"It Takes A Community {title}"
    )


def load(home, skeleton=False, **options):
    """Add the event list and the events under the home page (only the list for the
    `skeleton`); only what is missing."""
    from events.models import EventIndexPage, EventPage, EventPartner, EventSpeaker

    index, _created = child_page(
        home,
        EventIndexPage(
            title="Events",
            introduction="Expert dialogues and live chats with the people who make the "
            "campaign, online, in English and Spanish. Join the next one, or watch the "
            "recordings.",
            listing_summary="Online dialogues and live chats about migration and community, "
            "in English and Spanish.",
        ),
        "events",
    )
    if skeleton:
        return
    speakers = speakers_for(home.locale)
    partners = find_partners(home.locale)
    now = timezone.now()
    for (
        slug,
        title,
        event_type,
        local_start,
        minutes,
        zone,
        summary,
        speaker_keys,
        partner_keys,
    ) in PAST_EVENTS + upcoming_events(timezone.localdate()):
        start = datetime.datetime(*local_start, tzinfo=zoneinfo.ZoneInfo(zone))
        end = start + datetime.timedelta(minutes=minutes)
        event = EventPage(
            title=title,
            event_type=event_type,
            start=start,
            end=end,
            time_zone=zone,
            languages=SPANISH_AND_ENGLISH,
            listing_summary=summary,
            listing_image=demo_image(
                f"Event illustration: {event_type}",
                theme=EVENT_MOTIFS.get(event_type, "community"),
                place=zone,
            ),
            background=BACKGROUND,
            livestream_url=watch_link(title),
        )
        if end < now:
            recording = {"url": watch_link(title), "title": f"Recording: {title}"}
            event.recording = [{"type": "video", "value": recording}]
        # sort_order set here, as the admin's drag-and-drop would: the listed order shows.
        event.event_speakers = [
            EventSpeaker(speaker=speakers[key], sort_order=order)
            for order, key in enumerate(speaker_keys)
        ]
        linked = [partners[key] for key in partner_keys if key in partners]
        event.event_partners = [
            EventPartner(partner=partner, sort_order=order) for order, partner in enumerate(linked)
        ]
        child_page(index, event, slug)
    # The card renditions the event cards show, made now rather than on a visitor's first view.
    for event in EventPage.objects.child_of(index).select_related("listing_image"):
        if event.listing_image:
            event.listing_image.get_renditions(*CARD_IMAGES)


def translate(home):
    """The demo events in Spanish, French, Arabic and Portuguese, through wagtail-localize
    (events.demo_translations), so that each language's event list shows them."""
    from events.demo_translations import EVENT_TRANSLATIONS
    from events.models import EventIndexPage, EventPage, Speaker
    from itac.demo.translations import translate_pages
    from partners.demo_translations import PARTNER_TRANSLATIONS

    index = EventIndexPage.objects.child_of(home).first()
    if index is None:
        return
    # The speakers first: roles, and organisations named as the partners are.
    speakers = Speaker.objects.filter(
        locale=home.locale, name__in=[name for name, _role, _org in SPEAKERS.values()]
    )
    translate_pages(
        list(speakers),
        {
            code: {**PARTNER_TRANSLATIONS.get(code, {}), **strings}
            for code, strings in EVENT_TRANSLATIONS.items()
        },
    )
    slugs = [event[0] for event in PAST_EVENTS + upcoming_events(timezone.localdate())]
    events = EventPage.objects.child_of(index).filter(slug__in=slugs).order_by("path")
    translate_pages(list(events), EVENT_TRANSLATIONS)


def shared_page_translations():
    """The words of the events page,
    translated with the shared pages (itac.demo.translations)."""
    from events.demo_translations import SHARED_PAGE_TRANSLATIONS

    return SHARED_PAGE_TRANSLATIONS
