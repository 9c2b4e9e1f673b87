"""JSON-LD (schema.org) for search engines: what each page type says about itself.

Pages return a dict from `structured_data(request)` (stories an Article, events an Event,
partners and the home page an Organization); the `structured_data` template tag writes it in a
`<script type="application/ld+json">` data block, which the strict CSP allows (it never runs).
"""

import json

from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from wagtail.models import Site

from itac import brand
from itac.public_url import absolute_url

SCHEMA = "https://schema.org"
# Characters that would let JSON end the script element early, escaped as JSON allows.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def campaign_organization(request=None, with_links=False):
    """The campaign as a schema.org Organization (the publisher of every story)."""
    organization = {
        "@type": "Organization",
        "name": settings.WAGTAIL_SITE_NAME,
        "alternateName": "#ITAC",
        "url": absolute_url("/", request),
        "logo": {
            "@type": "ImageObject",
            "url": absolute_url(f"/icons/icon-{max(brand.MANIFEST_ICON_SIZES)}.png", request),
            "width": max(brand.MANIFEST_ICON_SIZES),
            "height": max(brand.MANIFEST_ICON_SIZES),
        },
    }
    if with_links:
        from itac.navigation import campaign_settings

        site = Site.find_for_request(request) if request else None
        site = site or Site.objects.filter(is_default_site=True).first()
        if site is not None:
            campaign = campaign_settings(site)
            links = [block.value["url"] for block in campaign.social_links if block.value["url"]]
            if links:
                organization["sameAs"] = links
            if campaign.contact_email:
                organization["email"] = campaign.contact_email
    return organization


def image_url(image, spec, request=None):
    """An absolute address of a rendition of a Wagtail image."""
    url = image.get_rendition(spec).url
    return url if url.startswith("http") else absolute_url(url, request)


def script_tag(data):
    """A JSON-LD data block, safe to put in HTML."""
    payload = json.dumps({"@context": SCHEMA, **data}, ensure_ascii=False, default=str)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(payload.translate(_SCRIPT_ESCAPES)),  # noqa: S308  (escaped just above)
    )
