from django import template
from django.conf import settings
from django.db.models import prefetch_related_objects
from django.utils.translation import get_language

from wagtail.models import Locale

from itac.cards import cached_cards, load_renditions, published_at
from itac.page_cache import pages_version
from itac.renditions import CARD_LOGOS
from partners.models import PartnerPage
from stories.models import StoryPage
from stories.queries import (
    card_renditions,
    newest_first,
    rows_for_cards,
    story_rows,
    themes_in_language,
)

register = template.Library()

FEATURED_COUNT = 3


def newest_of_first_language(stories_by_language, count):
    """The `count` newest stories, as card rows, of the first of `stories_by_language` that has
    any (querysets in the order tried: the visitor's language, then the default one)."""
    stories = []
    for stories_in_language in stories_by_language:
        stories = list(story_rows(newest_first(stories_in_language))[:count])
        if stories:
            break
    return stories


def library_url(story, request):
    """The story library's address: the library is the story's parent, so its address is the
    story's without the last segment, which saves a query on every view that links to it."""
    story_url = story.get_url(request=request)
    return story_url[: -len(story.slug) - 1] if story_url else None


@register.inclusion_tag("stories/components/featured_stories.html", takes_context=True)
def featured_stories(context):
    """Up to three featured stories for the home page, newest featured first.

    Stories in the visitor's language; the campaign's default language when none is translated.
    """
    request = context.get("request")
    languages = [get_language() or settings.LANGUAGE_CODE]
    if languages[0] != settings.LANGUAGE_CODE:
        languages.append(settings.LANGUAGE_CODE)
    stories = newest_of_first_language(
        [
            StoryPage.objects.live().filter(featured=True, locale__language_code=language)
            for language in languages
        ],
        FEATURED_COUNT,
    )
    return {
        "stories": stories,
        "library_url": library_url(stories[0], request) if stories else None,
        "request": request,
    }


PARTNER_STORY_COUNT = 6


@register.filter
def in_visitor_language(themes):
    """A story's themes named in the visitor's language (stories.queries.themes_in_language)."""
    return themes_in_language(themes, Locale.get_active().pk)


@register.simple_tag(takes_context=True)
def partner_stories(context, partner):
    """A partner's newest live stories as cards, and the library filtered by the partner.

    Stories in the visitor's language (whichever translation of the partner page they name);
    in the default language when none is translated. Two queries (stories, card renditions)
    whatever the number of stories, two more when falling back.
    """
    request = context.get("request")
    stories = newest_of_first_language(
        [
            StoryPage.objects.live().filter(
                partner__translation_key=partner.translation_key, locale=locale
            )
            for locale in dict.fromkeys([Locale.get_active(), Locale.get_default()])
        ],
        PARTNER_STORY_COUNT,
    )
    more_url = None
    if stories:
        url = library_url(stories[0], request)
        if url:
            more_url = f"{url}?partner={partner.slug}"
    return {
        "stories": stories,
        "more_url": more_url,
    }


@register.simple_tag(takes_context=True)
def story_cards(context, stories, heading_level=3, show_themes=False):
    """The cards of `stories`, in order (itac.cards: kept per story publication, read at once).

    `stories` need only their hero image joined (`stories.queries.story_rows`), or may be only
    `StoryCard`s naming them: the rows, renditions and themes a card shows are loaded for the
    cards that are not kept.
    """

    def load(missing):
        rows = rows_for_cards(missing)
        prefetch_related_objects(rows, card_renditions(), *(["themes"] if show_themes else []))
        return rows

    return cached_cards(
        context,
        stories,
        template_name="stories/components/story_card.html",
        name="story",
        key_of=lambda story: f"{story.pk}:{published_at(story)}",
        load=load,
        heading_level=heading_level,
        show_themes=bool(show_themes),
    )


@register.simple_tag(takes_context=True)
def story_partner_card(context, story):
    """The card of the partner that shared `story`, or None (no partner, or not live).

    Every story of a partner shows the same card: it is kept per partner id until pages change
    (itac.cards, under the pages version: a partner published anew sets a new one, which stands
    for its publication in the key), so a story's route need not join the partner and its
    logo; its row and logo's renditions are loaded when no story has drawn its card since.
    """
    if not story.partner_id:
        return None

    def load(partner_ids):
        partners = PartnerPage.objects.live().filter(pk__in=partner_ids).select_related("logo")
        return load_renditions("logo", CARD_LOGOS)(list(partners))

    cards = cached_cards(
        context,
        [story.partner_id],
        template_name="partners/components/partner_card.html",
        name="partner",
        key_of=lambda partner: f"by-id:{getattr(partner, 'pk', partner)}",
        load=load,
        versions=[pages_version()],
        heading_level=3,
    )
    return cards[0] if cards else None
