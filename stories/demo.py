"""Demo content for the story library: themes and believable stories.

Stories at scale are not the demo's own stories: `manage.py load_demo_content --stories N`
(or `generate_stories N` on a site already built) adds them (stories.synthetic, bulk
inserts), for benchmarks and scale tests.
"""

import datetime
import time

from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Page

from itac.demo import child_page, demo_image
from partners.models import PartnerPage
from stories.models import StoryIndexPage, StoryPage, StorytellerDisplay, Theme
from stories.queries import IMAGE_SPECS, bump_filter_options_version, bump_options_version
from stories.synthetic import add_synthetic_stories, timed_progress

# Loaded after the partners (itac.demo.app_demo_modules): stories name their partner.
DEMO_ORDER = 20

THEMES = [
    ("inclusion", "Inclusion", "Making room at the table for everyone who lives here."),
    ("work-and-business", "Work and business", "Jobs created, shops opened, skills shared."),
    ("education", "Education", "Classrooms, mentors and learning together."),
    ("culture-and-food", "Culture and food", "Kitchens, music and festivals that bring people in."),
    ("language", "Language", "Learning each other's words, and the doors that opens."),
    ("womens-empowerment", "Women's empowerment", "Women leading and breaking stereotypes."),
    ("youth", "Youth", "Young people shaping the places they grow up in."),
    ("health", "Health", "Caring for neighbours, in a pandemic and every day."),
    ("housing", "Housing", "A safe place to live, and the people who make it happen."),
    (
        "city-leadership",
        "City leadership",
        "Local governments that plan with migrants, not for them.",
    ),
]


def paragraph(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


def quote(text, attribution):
    return {"type": "quote", "value": {"quote": text, "attribution": attribution}}


# title, summary, storyteller (display, name), city, country, themes, partner slug, language,
# days ago, featured, body
STORIES = [
    (
        "It Takes A Community to fill a bowl on a winter night",
        "Every Tuesday a group of women, many of them newcomers to Ireland, cook soup and walk "
        "it through Dublin's streets to people sleeping rough.",
        (StorytellerDisplay.FIRST_NAME, "Nkechi"),
        "Dublin",
        "IE",
        ["womens-empowerment", "inclusion", "culture-and-food"],
        "dublin",
        "en",
        12,
        True,
        [
            paragraph(
                "The kitchen is borrowed from a parish hall and the pots are older than some of "
                "the volunteers. By six o'clock there are four soups on the stove, one of them "
                "always a Nigerian pepper soup that regulars ask for by name."
            ),
            paragraph(
                "The women who run the soup run came to Dublin from Lagos, Kabul, São Paulo and "
                "Kharkiv. Several arrived through the asylum system and were told, in one way or "
                "another, that they would be a burden. Tuesday nights are their answer."
            ),
            quote(
                "People expect us to be the ones receiving help. Then we hand them a bowl, and "
                "we talk, and the picture changes.",
                "A volunteer on the soup run",
            ),
            paragraph(
                "The group now trains new volunteers every spring, and two of its founders sit on "
                "the city's homelessness forum."
            ),
        ],
    ),
    (
        "It Takes A Community to share a recipe and a microphone",
        "In Montreal, cooking classes led by newcomers turned into a podcast where neighbours "
        "swap recipes, memories and the odd argument about spices.",
        (StorytellerDisplay.FULL_NAME, "Rania Haddad"),
        "Montreal",
        "CA",
        ["culture-and-food", "inclusion"],
        "montreal",
        "fr",
        25,
        True,
        [
            paragraph(
                "It started with twelve people and one oven in a community centre in "
                "Côte-des-Neiges. Each week someone new to the city taught a dish from home, and "
                "someone who had lived on the street for forty years taught one back."
            ),
            paragraph(
                "A participant who worked in radio suggested recording the conversations around "
                "the table. The podcast now has listeners across Quebec and a waiting list of "
                "cooks who want to be on it."
            ),
            quote(
                "You cannot stay strangers with someone once you have burned the rice together.",
                "Rania Haddad, host",
            ),
        ],
    ),
    (
        "It Takes A Community to learn a language together",
        "A 'French for All' programme pairs newcomers with volunteer conversation partners, and "
        "both sides say they learn more than grammar.",
        (StorytellerDisplay.PSEUDONYM, "Samir"),
        "Montreal",
        "CA",
        ["language", "education", "inclusion"],
        "montreal",
        "fr",
        40,
        False,
        [
            paragraph(
                "Classes are held in libraries in the evening, when people who work during the "
                "day can come. Each learner is matched with a volunteer who meets them for coffee "
                "once a week, outside any classroom."
            ),
            paragraph(
                "The volunteers are retired teachers, students and shop owners. Many say the "
                "programme showed them their own city through new eyes."
            ),
            quote(
                "The first time I argued with my landlord in French and won, I called my partner "
                "from the programme before I called my mother.",
                "A learner, in the programme's second year",
            ),
        ],
    ),
    (
        "It Takes A Community to get through a pandemic",
        "When COVID-19 reached Amman, the city's response counted refugees in from the first "
        "day: food parcels, health information and volunteers who spoke their languages.",
        (StorytellerDisplay.ANONYMOUS, ""),
        "Amman",
        "JO",
        ["health", "city-leadership"],
        "uclg",
        "ar",
        60,
        False,
        [
            paragraph(
                "Amman is home to refugees from Syria, Iraq, Yemen and Sudan. When lockdowns "
                "began, many of them lost daily work overnight."
            ),
            paragraph(
                "The municipality chose to include every resident in its emergency distribution, "
                "whatever their papers, and recruited refugee volunteers to carry health advice "
                "into neighbourhoods in Arabic, Kurdish and Somali."
            ),
            quote(
                "A virus does not ask for a residence permit. Neither did we.",
                "A municipal official",
            ),
        ],
    ),
    (
        "It Takes A Community to map every open door",
        "Athens built a coordination hub that maps services for migrants and refugees, so that "
        "no one is sent from office to office.",
        (StorytellerDisplay.ANONYMOUS, ""),
        "Athens",
        "GR",
        ["city-leadership", "inclusion"],
        "uclg",
        "en",
        75,
        False,
        [
            paragraph(
                "Dozens of organisations offer help in Athens, from legal advice to language "
                "classes. Before the hub, newcomers found them by word of mouth, if at all."
            ),
            paragraph(
                "The city now keeps a shared map of services and a weekly meeting where "
                "organisations refer people to each other. Gaps show up on the map, and the city "
                "funds what is missing."
            ),
        ],
    ),
    (
        "It Takes A Community to make One City",
        "Bristol's 'One City' approach housed homeless people during the pandemic, and made sure "
        "migrants without recourse to public funds were not left outside.",
        (StorytellerDisplay.FIRST_NAME, "Daniel"),
        "Bristol",
        "GB",
        ["housing", "city-leadership"],
        "",
        "en",
        90,
        True,
        [
            paragraph(
                "In spring 2020 Bristol moved hundreds of people off the streets and into hotels "
                "within days. The city insisted on one rule: everyone sleeping rough was eligible."
            ),
            paragraph(
                "Caseworkers, charities and faith groups then helped people find longer-term "
                "homes. Some of the migrants housed that spring now volunteer with the same "
                "charities."
            ),
            quote(
                "One city means one city. We did not want to decide who counted.",
                "A caseworker in the programme",
            ),
        ],
    ),
    (
        "It Takes A Community to raise a city of many nationalities",
        "Mechelen, in Belgium, turned a reputation for tension into one for welcome, with "
        "mentoring, mixed sports clubs and schools that reflect the whole city.",
        (StorytellerDisplay.FULL_NAME, "Lotte Janssens"),
        "Mechelen",
        "BE",
        ["youth", "city-leadership", "education"],
        "mechelen",
        "nl",
        110,
        False,
        [
            paragraph(
                "Around a third of Mechelen's residents have roots abroad, from more than a "
                "hundred and thirty countries. Twenty years ago the city was known for division."
            ),
            paragraph(
                "It invested in what brings people together: buddy programmes for newcomers, "
                "youth clubs where teams mix by design, and streets where people from every "
                "background are seen doing ordinary things together."
            ),
            quote(
                "We did not ask newcomers to fit in. We asked everyone to show up.",
                "Lotte Janssens, youth worker",
            ),
        ],
    ),
    (
        "It Takes A Community to open a shop and a future",
        "In Johannesburg, traders who came from across the continent run a market cooperative "
        "that trains young South Africans in business.",
        (StorytellerDisplay.PSEUDONYM, "Mama Amina"),
        "Johannesburg",
        "ZA",
        ["work-and-business", "youth"],
        "johannesburg",
        "en",
        130,
        False,
        [
            paragraph(
                "The cooperative began after a wave of attacks on foreign-owned shops. Traders "
                "from Somalia, Ethiopia, Zimbabwe and Malawi decided that hiding was not an answer."
            ),
            paragraph(
                "They opened their books to local young people and offered apprenticeships in "
                "stock-keeping, pricing and customer service. Several apprentices now run their "
                "own stalls next to their former teachers."
            ),
        ],
    ),
    (
        "It Takes A Community to build a neighbourhood from its kitchens",
        "In São Paulo, Bolivian, Haitian and Venezuelan families turned a weekend food fair into "
        "a meeting point for the whole neighbourhood.",
        (StorytellerDisplay.FIRST_NAME, "Lucía"),
        "São Paulo",
        "BR",
        ["culture-and-food", "work-and-business", "inclusion"],
        "sao-paulo",
        "pt",
        150,
        True,
        [
            paragraph(
                "Every Sunday the square fills with stalls selling salteñas, griot and arepas. "
                "The fair started with six families and now has a waiting list."
            ),
            paragraph(
                "The city helped with permits and a small fund for equipment. Many stallholders "
                "have since opened restaurants, and employ neighbours born in São Paulo."
            ),
            quote(
                "On Sundays nobody asks where you are from. They ask what you are cooking.",
                "A stallholder at the fair",
            ),
        ],
    ),
    (
        "It Takes A Community to make new discoveries",
        "A refugee engineer found work through a skills-based hiring programme and now leads a "
        "team that welcomes the next newcomers.",
        (StorytellerDisplay.ANONYMOUS, ""),
        "Toronto",
        "CA",
        ["work-and-business", "inclusion"],
        "talent-beyond-boundaries",
        "en",
        170,
        False,
        [
            paragraph(
                "She had designed water systems for a decade before she had to flee. In the camp, "
                "her diplomas were of no use to anyone."
            ),
            paragraph(
                "A labour mobility programme matched her skills with an employer looking for "
                "engineers. Three years on, she mentors others who arrive the same way."
            ),
        ],
    ),
]


def load_themes(locale):
    themes = {}
    for order, (slug, name, description) in enumerate(THEMES):
        themes[slug], _created = Theme.objects.get_or_create(
            slug=slug,
            locale=locale,
            defaults={"name": name, "description": description, "sort_order": order},
        )
    return themes


def translatable_snippets(locale):
    """The themes, translated with the shared pages (their strings: itac.demo.translations)."""
    return list(Theme.objects.filter(locale=locale))


def prepare_renditions(images):
    """Make the renditions the story templates use, so first visits do not have to."""
    for image in images:
        image.get_renditions(*IMAGE_SPECS)


def add_demo_arguments(parser):
    """The stories' options of load_demo_content."""
    parser.add_argument(
        "--stories",
        type=int,
        default=0,
        metavar="N",
        help="Then add N synthetic published stories to the library, as manage.py "
        "generate_stories N does (benchmarks and scale tests: 100,000 in about a minute on "
        "PostgreSQL).",
    )


def load(home, skeleton=False, **options):
    """The library, its themes and the demo stories (only the library and its themes for the
    `skeleton`); only what is missing."""
    index, _created = child_page(
        home,
        StoryIndexPage(
            title="Stories",
            introduction="Migrants and refugees, and the neighbours who work, cook, learn and "
            "build with them, tell how their communities grew stronger.",
            listing_summary="Stories of how migrants and refugees strengthen the communities "
            "they live in.",
        ),
        "stories",
    )
    themes = load_themes(index.locale)
    if skeleton:
        return index
    partners = {partner.slug: partner for partner in PartnerPage.objects.live()}
    images = []
    for story in STORIES:
        (title, summary, (display, name), city, country, theme_slugs, partner_slug, language) = (
            story[:8]
        )
        days_ago, featured, body = story[8:]
        slug = slugify(title)
        if Page.objects.child_of(index).filter(slug=slug).exists():
            continue
        # The story's first theme, drawn in its city: a picture that says what it is about.
        image = demo_image(
            f"Illustration: {theme_slugs[0].replace('-', ' ')} in {city}",
            theme=theme_slugs[0],
            place=city,
        )
        images.append(image)
        page = StoryPage(
            title=title,
            summary=summary,
            hero_image=image,
            hero_image_decorative=True,
            body=body,
            storyteller_display=display,
            storyteller_name=name,
            city=city,
            country=country,
            partner=partners.get(partner_slug),
            told_in_language=language,
            date_published=timezone.localdate() - datetime.timedelta(days=days_ago),
            featured=featured,
        )
        page.themes.set([themes[slug] for slug in theme_slugs])
        child_page(index, page, slug)
    prepare_renditions(images)
    return index


def load_at_scale(home, stories=0, write=None, **options):
    """`stories` synthetic published stories in the library (load_demo_content --stories N),
    once the demo is committed: the bulk loader rebuilds the search index, which PostgreSQL
    refuses inside a transaction that has written rows with deferred checks. Says how it goes
    through `write`."""
    if not stories:
        return
    index = StoryIndexPage.objects.child_of(home).get(slug="stories")
    started = time.monotonic()
    created = add_synthetic_stories(
        index,
        stories,
        list(Theme.objects.filter(locale_id=index.locale_id)),
        progress=timed_progress(write) if write else None,
    )
    if write:
        write(
            f"Added {created:,} synthetic published stories to “{index.title}” in "
            f"{time.monotonic() - started:,.0f} s, and refreshed the planner's statistics."
        )


def translate(home):
    """The demo stories in Spanish, French, Arabic and Portuguese, through wagtail-localize
    (stories.demo_translations), so that each language's library has its own stories."""
    from itac.demo.translations import translate_pages
    from stories.demo_translations import STORY_TRANSLATIONS

    index = StoryIndexPage.objects.child_of(home).filter(slug="stories").first()
    if index is None:
        return
    slugs = [slugify(story[0]) for story in STORIES]
    stories = StoryPage.objects.child_of(index).filter(slug__in=slugs).order_by("path")
    translate_pages(list(stories), STORY_TRANSLATIONS)
    bump_options_version()
    bump_filter_options_version()


def shared_page_translations():
    """The words of the story library's page and the themes,
    translated with the shared pages (itac.demo.translations)."""
    from stories.demo_translations import SHARED_PAGE_TRANSLATIONS

    return SHARED_PAGE_TRANSLATIONS
