"""The rendition specs the public pages show, named once.

Prefetches, the API and the demo loader (which makes them ahead of a first visit) use these
names; the templates write the same specs in their `{% image %}` and `{% srcset_image %}` tags,
and tests/test_renditions.py checks that every spec a template writes is one of these.
"""

from itac.images import with_avif

# Story and event cards, in two widths (srcset): phones take the smaller one.
# stories/components/story_card.html, events/components/event_card.html, reach/embed_stories.html
CARD_IMAGE_SMALL = "fill-400x267|format-webp"
CARD_IMAGE = "fill-600x400|format-webp"
# Cards and heroes offer AVIF first where Pillow writes it ({% picture_avif %}), WebP otherwise.
CARD_IMAGES = with_avif(CARD_IMAGE_SMALL, CARD_IMAGE)
# A story page's hero (stories/story_page.html).
HERO_IMAGE_SMALL = "fill-600x338|format-webp"
HERO_IMAGE = "fill-1200x675|format-webp"
HERO_IMAGES = with_avif(HERO_IMAGE_SMALL, HERO_IMAGE)
# The home page's hero (itac/home_page.html).
HOME_HERO_IMAGES = with_avif("fill-400x300|format-webp", "fill-800x600|format-webp")
# Partner logos: on a card (partners/components/partner_card.html) and on the partner's page.
# The API gives the WebP card logo; the pages offer AVIF first, like every picture they show.
CARD_LOGO = "max-480x240|format-webp"
PAGE_LOGO = "max-720x360|format-webp"
CARD_LOGOS = with_avif(CARD_LOGO)
PAGE_LOGOS = with_avif(PAGE_LOGO)
# A toolkit resource's picture (actions/toolkit_page.html); an image block in a body.
RESOURCE_IMAGE = "max-600x400|format-webp"
BODY_IMAGE = "width-1000|format-webp"
RESOURCE_IMAGES = with_avif(RESOURCE_IMAGE)
BODY_IMAGES = with_avif(BODY_IMAGE)
# The picture a page shares on social networks (og:image).
SOCIAL_IMAGE = "fill-1200x630"

PUBLIC_PAGE_IMAGES = [
    *CARD_IMAGES,
    *HERO_IMAGES,
    *HOME_HERO_IMAGES,
    *CARD_LOGOS,
    *PAGE_LOGOS,
    *RESOURCE_IMAGES,
    *BODY_IMAGES,
]
