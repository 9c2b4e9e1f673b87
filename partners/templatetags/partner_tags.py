"""The partner directory's cards, as other pages show them too."""

from django import template

from itac.cards import cached_cards, published_at

register = template.Library()


@register.simple_tag(takes_context=True)
def partner_cards(context, partners, heading_level=3):
    """The cards of `partners`, in order (itac.cards: kept per partner page publication)."""
    return cached_cards(
        context,
        partners,
        template_name="partners/components/partner_card.html",
        name="partner",
        key_of=lambda partner: f"{partner.pk}:{published_at(partner)}",
        heading_level=heading_level,
    )
