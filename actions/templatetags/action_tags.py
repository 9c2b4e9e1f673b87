"""Template tags for the calls to action: the pledge counter on any page."""

from django import template
from django.core.cache import cache
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from actions.counter import pledge_counts
from actions.models import PledgePage
from itac.brand import community_ring_svg
from itac.page_cache import CACHE_SECONDS, pages_version

register = template.Library()

# Kept in the cache when the site has no pledge page, so that is not asked again either.
NO_PLEDGE = "none"


def campaign_pledge():
    """The first pledge page in the page tree, in the visitor's language when translated;
    found once per language until a page changes (itac.page_cache)."""
    key = f"actions:campaign-pledge:{get_language()}:{pages_version()}"
    pledge = cache.get(key)
    if pledge is None:
        pledges = PledgePage.objects.live().order_by("path")
        pledge = (
            pledges.filter(locale__language_code=get_language()).first()
            or pledges.filter(alias_of__isnull=True).first()
            or NO_PLEDGE
        )
        cache.set(key, pledge, CACHE_SECONDS)
    return pledge if pledge != NO_PLEDGE else None


@register.inclusion_tag("actions/components/pledge_counter.html", takes_context=True)
def pledge_counter(context, pledge=None, link=True, visual=False):
    """How many have pledged, and from how many countries.

    On any page it counts the campaign pledge and links to it; a pledge page passes itself.
    """
    request = context.get("request")
    pledge = pledge or campaign_pledge()
    if pledge is None:
        return {"counts": None}
    counts = pledge_counts(pledge)
    return {
        "counts": counts,
        # The home page shows the count as a picture too: a dot per country that has pledged.
        "visual": mark_safe(community_ring_svg(counts.countries)) if visual else "",  # noqa: S308
        "pledge_url": pledge.get_url(request=request) if link else "",
        "pledge": pledge,
        "request": request,
    }


@register.inclusion_tag("actions/components/pledge_figures.html", takes_context=True)
def pledge_figures(context):
    """The live counts as a sentence in running text (the About page's figures), linked to the
    pledge: the same numbers as the counter, never a figure typed into the copy."""
    return pledge_counter(context)
