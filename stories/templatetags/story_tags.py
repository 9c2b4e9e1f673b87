from django import template
from django.conf import settings
from django.core.cache import cache
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from wagtail.models import Locale

from itac.page_cache import CACHE_SECONDS, pages_version
from stories.models import StoryPage
from stories.queries import newest_first, options_version, story_cards, themes_in_language

register = template.Library()

FEATURED_COUNT = 3


@register.inclusion_tag("stories/components/featured_stories.html", takes_context=True)
def featured_stories(context):
    """Up to three featured stories for the home page, newest featured first.

    Stories in the visitor's language; the campaign's default language when none is translated.
    """
    request = context.get("request")
    languages = [get_language() or settings.LANGUAGE_CODE]
    if languages[0] != settings.LANGUAGE_CODE:
        languages.append(settings.LANGUAGE_CODE)
    stories = []
    for language in languages:
        stories = list(
            story_cards(
                newest_first(
                    StoryPage.objects.live().filter(featured=True, locale__language_code=language)
                ),
                with_themes=False,
            )[:FEATURED_COUNT]
        )
        if stories:
            break
    library_url = None
    if stories:
        # The library is the stories' parent: its address is theirs without the last segment,
        # which saves a query on every home page view.
        story_url = stories[0].get_url(request=request)
        library_url = story_url[: -len(stories[0].slug) - 1] if story_url else None
    return {
        "stories": stories,
        "library_url": library_url,
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
    stories = []
    for locale in dict.fromkeys([Locale.get_active(), Locale.get_default()]):
        stories = list(
            story_cards(
                newest_first(
                    StoryPage.objects.live().filter(
                        partner__translation_key=partner.translation_key, locale=locale
                    )
                ),
                with_themes=False,
            )[:PARTNER_STORY_COUNT]
        )
        if stories:
            break
    more_url = None
    if stories:
        story_url = stories[0].get_url(request=request)
        if story_url:
            more_url = f"{story_url[: -len(stories[0].slug) - 1]}?partner={partner.slug}"
    return {
        "stories": stories,
        "more_url": more_url,
    }


@register.simple_tag(takes_context=True)
def story_card(context, story, heading_level=3, show_themes=False):
    """A story's card, its HTML cached per story publication, language and options.

    Rendering a dozen cards is most of a listing's time. A card changes when its story is
    published again, or any page or theme changes (the two versions in the key).
    """
    request = context.get("request")
    version = getattr(request, "_story_card_version", None)
    if version is None:
        version = f"{pages_version()}.{options_version()}"
        if request is not None:
            request._story_card_version = version
    published = story.last_published_at.timestamp() if story.last_published_at else ""
    host = request.get_host() if request is not None else ""
    key = (
        f"stories:card:{story.pk}:{published}:{version}:{get_language()}:{host}:"
        f"{heading_level}:{int(bool(show_themes))}"
    )
    html = cache.get(key)
    if html is None:
        card = context.template.engine.get_template("stories/components/story_card.html")
        html = card.render(
            context.new(
                {"story": story, "heading_level": heading_level, "show_themes": show_themes}
            )
        )
        cache.set(key, html, CACHE_SECONDS)
    return mark_safe(html)  # noqa: S308 (our own template's output)
