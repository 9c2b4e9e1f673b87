"""Demo content for the shared pages: home, about, privacy, settings, navigation, main actions."""

from wagtail.models import Page, Site

from itac.models import (
    CallToAction,
    CampaignSettings,
    FooterText,
    HomePage,
    NavigationSettings,
    StandardPage,
)
from itac.renditions import HOME_HERO_IMAGES

from . import child_page, demo_image

FOOTER_TEXT = (
    "It Takes A Community is a campaign of the GFMD working group on public narratives, "
    "co-chaired by Canada, Ecuador and the GFMD Mayors Mechanism, with IOM."
)
HOME_TEXT = (
    "Migrants and refugees cook in our kitchens, teach in our schools, open our shops and "
    "care for our neighbours. #ItTakesACommunity gathers the stories that show it, and "
    "invites you to add yours."
)


def paragraph(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


def heading(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


ABOUT_BODY = [
    heading("Why the campaign exists"),
    paragraph(
        "It Takes A Community (#ITAC) is an international communications campaign about the "
        "difference migrants and refugees make to the places they live. It answers "
        "xenophobia and discrimination with everyday stories, and speaks above all to the "
        "&quot;moveable middle&quot;: people who have not made up their minds."
    ),
    paragraph(
        "The four letters also stand for what communities build together: Inclusion, "
        "Tolerance, Adaptation and Collaboration."
    ),
    heading("Where it comes from"),
    paragraph(
        "The campaign grew out of the Ad Hoc Working Group on Public Narratives on Migration of "
        "the Global Forum on Migration and Development (GFMD). The Government of Canada, the "
        "Government of Ecuador and the GFMD Mayors Mechanism co-chair it, and the International "
        "Organization for Migration (IOM) puts it into practice."
    ),
    paragraph(
        "It began quietly on International Migrants Day, 18 December 2020, and launched "
        "officially in March 2021. A second phase, from autumn 2022 through 2023, turned to "
        "Central and South America."
    ),
    {
        "type": "quote",
        "value": {
            "quote": "No one builds a city alone. Every newcomer is a neighbour in the making.",
            "attribution": "A campaign leader in São Paulo",
        },
    },
    heading("The campaign in figures"),
    paragraph(
        "The first year ran on a budget of USD 50,000 and reached about 6.4 million "
        "impressions on social media. The second phase had USD 267,821."
    ),
    # The pledge figures are counted live, never typed into the copy.
    {"type": "pledge_figures", "value": None},
    heading("Yours to adapt"),
    paragraph(
        "The campaign carries no logo on purpose: any city, school, business or neighbourhood "
        "group can take the toolkit, add a local caption and make it its own."
    ),
]

PRIVACY_BODY = [
    heading("What we keep, and why"),
    paragraph(
        "When you share a story we keep what you send us so that a moderator can read it. "
        "Nothing is published before a moderator approves it, and only as you chose to be "
        "shown: full name, first name, a pseudonym, or anonymously."
    ),
    paragraph(
        "Your contact email, if you give it, is seen only by our moderators and is never "
        "published. We write to you only if you ticked the box that allows it."
    ),
    heading("Photos"),
    paragraph(
        "Before a photo is stored we remove everything hidden in it: location, camera details "
        "and dates. File names are replaced with random ones."
    ),
    heading("Removing your story"),
    paragraph(
        "You can ask us to remove your story at any time, and we will, without asking why. "
        "Rejected or abandoned submissions are deleted after 90 days."
    ),
    heading("No trackers"),
    paragraph(
        "This site loads nothing from other companies: no analytics, no advertising, no "
        "external fonts or scripts."
    ),
]


def load_home():
    """The home page at the site root, replacing Wagtail's welcome page on a new database."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific
    root = Page.get_first_root_node()
    home = HomePage(
        title="It Takes A Community",
        slug="home",
        hero_heading="It takes a community to welcome, to include, to belong",
        hero_text=HOME_TEXT,
        hero_image=demo_image(
            "Illustration: neighbours at a street festival",
            theme="festival",
            place="It Takes A Community",
            size=(1200, 900),
        ),
        listing_summary="Stories of how migrants and refugees strengthen the communities "
        "they live in.",
        seo_title="It Takes A Community: migrants and refugees strengthen our communities",
    )
    old_root = site.root_page if site else None
    if old_root is not None and old_root.slug == "home":
        # Wagtail's welcome page holds the slug; move it aside before replacing it.
        old_root.slug = "wagtail-welcome"
        old_root.save(update_fields=["slug"])
    root.add_child(instance=home)
    home.save_revision().publish()
    if site:
        site.root_page = home
        site.site_name = "It Takes A Community"
        site.save()
    else:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="It Takes A Community",
        )
    if old_root is not None and not isinstance(old_root.specific, HomePage):
        old_root.delete()
    return home


def load(home):
    child_page(
        home,
        StandardPage(
            title="About the campaign",
            introduction="How a working group of governments, cities and partners set out to "
            "change the way we talk about migration.",
            body=ABOUT_BODY,
            listing_summary="Where #ITAC comes from, who leads it and what it has done.",
        ),
        "about",
    )
    privacy, _created = child_page(
        home,
        StandardPage(
            title="Privacy",
            introduction="Storytellers trust us with their lives. This is how we look after "
            "what they and every visitor send us.",
            body=PRIVACY_BODY,
            listing_summary="What the campaign keeps about you, and how to have it removed.",
        ),
        "privacy",
    )
    site = Site.objects.get(is_default_site=True)
    campaign = CampaignSettings.for_site(site)
    if not FooterText.objects.filter(locale=home.locale).exists():
        FooterText.objects.create(text=FOOTER_TEXT, locale=home.locale)
    if not campaign.contact_email:
        campaign.contact_email = "hello@itac.example.org"
        campaign.social_links = [
            {
                "type": "social_link",
                "value": {"network": "x", "url": "https://x.com/hashtag/ItTakesACommunity"},
            },
            {
                "type": "social_link",
                "value": {
                    "network": "instagram",
                    "url": "https://www.instagram.com/explore/tags/ittakesacommunity/",
                },
            },
        ]
        campaign.save()
    if campaign.privacy_page is None:
        campaign.privacy_page = privacy
        campaign.save(update_fields=["privacy_page"])


# Pages the main navigation and the main actions point at, by slug, when they exist.
NAVIGATION_SLUGS = ["stories", "partners", "events", "toolkit", "pledge", "about"]
MAIN_ACTIONS = [
    (
        "share-your-story",
        "Share a story",
        "Yours, a neighbour's, a co-worker's or a classmate's: tell us how a community grew "
        "stronger together.",
        "Share your story",
    ),
    (
        "pledge",
        "Take the pledge",
        "Join the people, cities and organisations around the world who stand for welcoming "
        "communities.",
        "Take the pledge",
    ),
    (
        "toolkit",
        "Lead the campaign where you live",
        "Templates, sample messages and short videos to adapt with a local caption.",
        "Get the toolkit",
    ),
]


# The home hero's widths (templates/itac/home_page.html), made now rather than on a first view.
HOME_HERO_SPECS = HOME_HERO_IMAGES


def finish(home):
    """Wire what the apps created into the navigation and the home page's main actions."""
    if home.hero_image:
        home.hero_image.get_renditions(*HOME_HERO_SPECS)
    children = {page.slug: page for page in Page.objects.child_of(home).live()}
    site = Site.objects.get(is_default_site=True)
    navigation = NavigationSettings.for_site(site)
    if not navigation.main_navigation:
        navigation.main_navigation = [
            {"type": "link", "value": {"page": children[slug].pk, "label": ""}}
            for slug in NAVIGATION_SLUGS
            if slug in children
        ]
        navigation.save()
    if not home.main_actions:
        actions = []
        for slug, heading_text, text, button_text in MAIN_ACTIONS:
            if slug not in children:
                continue
            action, _created = CallToAction.objects.get_or_create(
                heading=heading_text,
                locale=home.locale,
                defaults={"text": text, "button_text": button_text, "link_page": children[slug]},
            )
            actions.append({"type": "call_to_action", "value": action.pk})
        if actions:
            home.main_actions = actions
            home.save_revision().publish()
