"""The site's one public address (settings.PUBLIC_BASE_URL) and what follows from it.

Page addresses (BasePage.get_url_parts), emails, feeds, calendar files, share links and the
sitemap all start with it, so a link is right in every environment: `make run` on any PORT,
the browser tests' live site on a free port, production behind its proxy.
"""

from urllib.parse import urlsplit

from django.conf import settings

from wagtail.models import Site


def public_base_url():
    """`https://host[:port]` without a trailing slash, or "" when the Site record decides."""
    return (getattr(settings, "PUBLIC_BASE_URL", "") or "").rstrip("/")


def absolute_url(path, request=None):
    """`path` (starting with /) as an absolute address on the public site."""
    base = public_base_url()
    if base:
        return base + path
    if request is not None:
        return request.build_absolute_uri(path)
    site = Site.objects.filter(is_default_site=True).first()
    return (site.root_url if site else "") + path


def sync_default_site(stdout=None):
    """Point the default Site's hostname and port at PUBLIC_BASE_URL; True when it changed.

    Wagtail matches requests to a Site by host and port, and the admin shows the Site's address:
    keeping them equal to the public address makes every view of the site agree.
    """
    base = public_base_url()
    site = Site.objects.filter(is_default_site=True).first()
    if not base or site is None:
        return False
    parts = urlsplit(base)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    if (site.hostname, site.port) == (parts.hostname, port):
        return False
    site.hostname, site.port = parts.hostname, port
    site.save(update_fields=["hostname", "port"])
    if stdout is not None:
        stdout.write(f"The site answers at {base}/ now.")
    return True
