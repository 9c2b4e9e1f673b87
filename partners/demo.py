"""Demo content for the partner directory: categories, every partner named in the campaign
facts, a logo drawn locally for each, and the demo partner user's organisation."""

import io

from django.core.files.images import ImageFile

from wagtail.images import get_image_model
from wagtail.models import Collection

from itac.demo import child_page
from itac.demo.illustrations import partner_mark, picture_file
from itac.renditions import CARD_LOGOS, PAGE_LOGOS

from .models import (
    PartnerCategory,
    PartnerIndexPage,
    PartnerMembership,
    PartnerPage,
    PartnerRole,
)

# Loaded first of the apps (itac.demo.app_demo_modules): stories and events name partners.
DEMO_ORDER = 10

# slug, name, description (in the directory's order)
CATEGORIES = [
    (
        "local-and-national-governments",
        "Local and national governments",
        "The governments that co-chair the campaign and the networks that bring mayors to it.",
    ),
    (
        "advising-cities-and-networks",
        "Advising cities and networks",
        "Cities and a network of welcoming places that advise the campaign from experience.",
    ),
    (
        "civil-society",
        "Civil society",
        "Organisations that gather stories, lend footage and speak for migrants' own voices.",
    ),
    ("business", "Business", "Employers who see every day what newcomers bring to work."),
    ("youth", "Youth", "Young people and children organising for their own future."),
    (
        "international-organisations",
        "International organisations",
        "The United Nations agency that puts the campaign into practice.",
    ),
]

R = PartnerRole
# category slug, slug, name, tag, role, one-line role, description, website, countries, cities
PARTNERS = [
    (
        "local-and-national-governments",
        "gfmd-mayors-mechanism",
        "GFMD Mayors Mechanism",
        "Mayors",
        R.CO_CHAIR,
        "Co-chair: brings local and regional governments into the GFMD.",
        "Since 2018 the Mayors Mechanism has connected cities and regions to the state-led "
        "Global Forum on Migration and Development. UCLG, the Mayors Migration Council and IOM "
        "steer it together, and in 2022 it launched a Call to Local Action for Migrants and "
        "Refugees.",
        "https://www.gfmd.org/",
        [],
        "",
    ),
    (
        "local-and-national-governments",
        "uclg",
        "United Cities and Local Governments (UCLG)",
        "Local governments",
        R.SUPPORTER,
        "Steers the Mayors Mechanism; champions migration policy made with evidence and rights.",
        "UCLG helps local governments govern migration on the basis of evidence and human "
        "rights. Its work includes the Mediterranean City-to-City Migration project (MC2CM) and "
        "the Lampedusa Charter on Dignified Human Mobility and Territorial Solidarity.",
        "https://www.uclg.org/",
        [],
        "",
    ),
    (
        "local-and-national-governments",
        "mayors-migration-council",
        "Mayors Migration Council",
        "Mayors",
        R.SUPPORTER,
        "Mobilises mayors and steers the Mayors Mechanism.",
        "The Mayors Migration Council helps mayors speak and act on migration, and shares in "
        "steering the GFMD Mayors Mechanism.",
        "https://www.mayorsmigrationcouncil.org/",
        [],
        "",
    ),
    (
        "local-and-national-governments",
        "government-of-canada",
        "Government of Canada",
        "National government",
        R.CO_CHAIR,
        "Co-chair and main funder of the campaign.",
        "Canada co-chairs the GFMD working group on public narratives that created the "
        "campaign, and has funded most of its work.",
        "https://www.canada.ca/",
        ["CA"],
        "",
    ),
    (
        "local-and-national-governments",
        "government-of-ecuador",
        "Government of Ecuador",
        "National government",
        R.CO_CHAIR,
        "Co-chair of the campaign; led its turn to Central and South America.",
        "Ecuador co-chairs the working group behind the campaign, whose second phase in 2022 "
        "and 2023 focused on Central and South America.",
        "",
        ["EC"],
        "",
    ),
    (
        "advising-cities-and-networks",
        "dublin",
        "City of Dublin",
        "City",
        R.ADVISING_CITY,
        "Advising city: shares how Dublin's neighbourhoods welcome newcomers.",
        "Dublin advises the campaign on what works in its neighbourhoods, where women's groups "
        "run weekly soup runs alongside newcomers.",
        "",
        ["IE"],
        "Dublin",
    ),
    (
        "advising-cities-and-networks",
        "johannesburg",
        "City of Johannesburg",
        "City",
        R.ADVISING_CITY,
        "Advising city: brings an African city's experience of migration.",
        "Johannesburg, a city built by people who came from elsewhere, brings the campaign the "
        "experience of a major destination on the African continent.",
        "",
        ["ZA"],
        "Johannesburg",
    ),
    (
        "advising-cities-and-networks",
        "mechelen",
        "City of Mechelen",
        "City",
        R.ADVISING_CITY,
        "Advising city and footage donor.",
        "Mechelen advises the campaign and donated video footage of its residents for the "
        "campaign's short films.",
        "",
        ["BE"],
        "Mechelen",
    ),
    (
        "advising-cities-and-networks",
        "montreal",
        "City of Montreal",
        "City",
        R.ADVISING_CITY,
        "Advising city: cultural exchange through cooking classes and podcasts.",
        "Montreal advises the campaign and shows how residents meet across cultures, in "
        "cooking classes and on podcasts.",
        "",
        ["CA"],
        "Montreal",
    ),
    (
        "advising-cities-and-networks",
        "sao-paulo",
        "City of São Paulo",
        "City",
        R.ADVISING_CITY,
        "Advising city: Latin America's largest city and a home to newcomers.",
        "São Paulo advises the campaign from the experience of a very large city shaped by "
        "newcomers over generations.",
        "",
        ["BR"],
        "São Paulo",
    ),
    (
        "advising-cities-and-networks",
        "welcoming-international",
        "Welcoming International",
        "Network",
        R.ADVISING_NETWORK,
        "Advising network of welcoming cities and organisations.",
        "Welcoming International links organisations and local governments working to make "
        "their communities more welcoming, and advises the campaign.",
        "",
        [],
        "",
    ),
    (
        "civil-society",
        "gfmd-civil-society-mechanism",
        "GFMD Civil Society Mechanism",
        "Civil society",
        R.MECHANISM,
        "Brings civil society's voice into the GFMD and the campaign.",
        "The Civil Society Mechanism gathers organisations working with and led by migrants, "
        "and carries their views into the Global Forum on Migration and Development.",
        "",
        [],
        "",
    ),
    (
        "civil-society",
        "ngo-committee-on-migration",
        "NGO Committee on Migration",
        "NGOs",
        R.STORY_PARTNER,
        "Story partner: collected written, audio and video stories.",
        "The NGO Committee on Migration gathered written, audio and video stories from "
        "migrants and the people around them for the campaign.",
        "",
        [],
        "",
    ),
    (
        "civil-society",
        "welcoming-america",
        "Welcoming America",
        "Footage",
        R.FOOTAGE_DONOR,
        "Footage donor.",
        "Welcoming America donated video footage that campaign leaders can repost with a "
        "caption of their own.",
        "",
        ["US"],
        "",
    ),
    (
        "civil-society",
        "talent-beyond-boundaries",
        "Talent Beyond Boundaries",
        "Footage",
        R.FOOTAGE_DONOR,
        "Footage donor.",
        "Talent Beyond Boundaries, which opens skilled migration pathways to refugees, donated "
        "video footage to the campaign.",
        "",
        [],
        "",
    ),
    (
        "business",
        "gfmd-business-mechanism",
        "GFMD Business Mechanism",
        "Employers",
        R.MECHANISM,
        "Brings employers' experience of migration into the GFMD.",
        "The Business Mechanism, run with the International Organisation of Employers, speaks "
        "for businesses in the Global Forum on Migration and Development.",
        "",
        [],
        "",
    ),
    (
        "business",
        "international-organisation-of-employers",
        "International Organisation of Employers",
        "Employers",
        R.SUPPORTER,
        "Runs the GFMD Business Mechanism.",
        "The International Organisation of Employers hosts the GFMD Business Mechanism and "
        "connects the campaign to employers' federations.",
        "",
        [],
        "",
    ),
    (
        "youth",
        "migration-youth-children-platform",
        "Migration Youth & Children Platform",
        "Youth",
        R.SUPPORTER,
        "The self-organised youth constituency on migration.",
        "Young migrants and their allies organise themselves in the Migration Youth & Children "
        "Platform to take part in global debates on migration.",
        "",
        [],
        "",
    ),
    (
        "youth",
        "un-major-group-for-children-and-youth",
        "UN Major Group for Children and Youth",
        "Youth",
        R.SUPPORTER,
        "Brings children's and young people's voices to the United Nations.",
        "The Major Group for Children and Youth is the space the United Nations gives young "
        "people to take part in its work, migration included.",
        "",
        [],
        "",
    ),
    (
        "international-organisations",
        "iom",
        "International Organization for Migration (IOM)",
        "United Nations",
        R.IMPLEMENTER,
        "Implements the campaign; footage donor.",
        "IOM, the United Nations migration agency, puts the campaign into practice with its "
        "co-chairs, and donated footage for its films.",
        "https://www.iom.int/",
        [],
        "",
    ),
]

DEMO_PARTNER_SLUG = "ngo-committee-on-migration"


def draw_logo(name, seed):
    """The partner's typographic mark (itac.demo.illustrations.partner_mark) as a PNG."""
    return picture_file(partner_mark(name, seed), "PNG")


def logo_image(name, slug, seed):
    """The partner's logo in the image library, drawn the first time it is asked for."""
    image_model = get_image_model()
    title = f"{name} logo"
    image = image_model.objects.filter(title=title).first()
    if image is None:
        image = image_model(
            title=title,
            description=title,
            collection=Collection.get_first_root_node(),
        )
        image.file = ImageFile(io.BytesIO(draw_logo(name, seed)), name=f"partner-{slug}.png")
        image.save()
    # Made now so the first visit to the directory writes nothing.
    image.get_renditions(*CARD_LOGOS, *PAGE_LOGOS)
    return image


def load(home, skeleton=False, **options):
    """Add the directory, its categories and every partner (only the directory and its
    categories for the `skeleton`); only what is missing."""
    directory, _created = child_page(
        home,
        PartnerIndexPage(
            title="Partners",
            introduction="Governments, cities, organisations, employers and young people carry "
            "the campaign together. Find them by category or by the country they work in.",
            listing_summary="The governments, cities and organisations behind #ITAC.",
        ),
        "partners",
    )
    categories = {}
    for order, (slug, name, description) in enumerate(CATEGORIES):
        categories[slug], _created = PartnerCategory.objects.get_or_create(
            slug=slug,
            locale=home.locale,
            defaults={"name": name, "description": description, "sort_order": order},
        )
    if skeleton:
        return
    for seed, partner in enumerate(PARTNERS):
        category, slug, name, tag, role, summary, text, website, countries, cities = partner
        if PartnerPage.objects.child_of(directory).filter(slug=slug).exists():
            continue
        child_page(
            directory,
            PartnerPage(
                title=name,
                category=categories[category],
                logo=logo_image(name, slug, seed),
                tag=tag,
                role=role,
                role_summary=summary,
                description=f"<p>{text}</p>",
                website=website,
                countries=countries,
                cities=cities,
                listing_summary=summary,
                contact_email=f"{slug}@partners.itac.example.org",
            ),
            slug,
        )


def translatable_snippets(locale):
    """The categories, translated with the shared pages (their strings: itac.demo.translations)."""
    return list(PartnerCategory.objects.filter(locale=locale))


def attach_demo_account(user, group_name):
    """The demo partner account (create_demo_accounts) acts for a demo organisation."""
    if group_name == "Partners":
        attach_demo_partner_user(user)


def attach_demo_partner_user(user):
    """Tie the demo partner account to the NGO Committee on Migration (once)."""
    partner = PartnerPage.objects.filter(slug=DEMO_PARTNER_SLUG).first()
    if partner is None:
        return None
    membership, _created = PartnerMembership.objects.get_or_create(
        user=user, defaults={"partner": partner}
    )
    return membership


def translate(home):
    """The demo partners in Spanish, French, Arabic and Portuguese, through wagtail-localize
    (partners.demo_translations), so that each language's directory lists them."""
    from itac.demo.translations import translate_pages
    from partners.demo_translations import PARTNER_TRANSLATIONS

    directory = PartnerIndexPage.objects.child_of(home).first()
    if directory is None:
        return
    slugs = [partner[1] for partner in PARTNERS]
    partners = PartnerPage.objects.child_of(directory).filter(slug__in=slugs).order_by("path")
    translate_pages(list(partners), PARTNER_TRANSLATIONS)


def shared_page_translations():
    """The words of the directory's page and the categories,
    translated with the shared pages (itac.demo.translations)."""
    from partners.demo_translations import SHARED_PAGE_TRANSLATIONS

    return SHARED_PAGE_TRANSLATIONS
