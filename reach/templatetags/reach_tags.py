"""Template tags the domain pages use to reach beyond the site: oEmbed discovery, the partner's
embed code and the pledge map. They cost no query."""

from django import template

from reach.embed import embed_code, oembed_discovery_url
from reach.maps import pledge_map_context

register = template.Library()


@register.simple_tag(takes_context=True)
def oembed_url(context, story):
    return oembed_discovery_url(story, context["request"])


@register.inclusion_tag("reach/components/embed_code.html", takes_context=True)
def partner_embed_code(context, partner):
    return {"code": embed_code(partner, context["request"]), "partner": partner}


@register.inclusion_tag("reach/components/pledge_map.html", takes_context=True)
def pledge_map(context, counts):
    return {**pledge_map_context(counts, context["request"]), "map_id": "pledge-map"}
