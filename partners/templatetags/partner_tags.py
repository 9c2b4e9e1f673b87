"""The partner directory's cards, as other pages show them too."""

from django import template

from itac.cards import cached_cards, load_renditions, published_at
from itac.renditions import CARD_LOGOS

register = template.Library()


@register.simple_tag(takes_context=True)
def partner_cards(context, partners, heading_level=3):
    """The cards of `partners`, in order (itac.cards: kept per partner page publication).

    `partners` need only their logo joined: its renditions are loaded for the cards not kept.
    """
    return cached_cards(
        context,
        partners,
        template_name="partners/components/partner_card.html",
        name="partner",
        key_of=lambda partner: f"{partner.pk}:{published_at(partner)}",
        load=load_renditions("logo", CARD_LOGOS),
        heading_level=heading_level,
    )
