"""{% picture_avif %}: Wagtail's {% picture %}, offering AVIF first where Pillow can write it.

    {% picture_avif image fill-{400x267,600x400} format-{avif,webp} sizes="..." alt="" %}

draws <picture> with an AVIF <source> and a WebP <img> (both with srcset); on a server whose
Pillow lacks AVIF the same tag draws the WebP image alone, never a rendition that fails.
"""

from django import template
from django.template.base import Token

from wagtail.images.templatetags.wagtailimages_tags import image

from itac.images import drop_avif

register = template.Library()


@register.tag
def picture_avif(parser, token):
    _tag_name, _, rest = token.contents.partition(" ")
    contents = drop_avif(f"picture {rest}")
    return image(parser, Token(token.token_type, contents, token.position, token.lineno))
