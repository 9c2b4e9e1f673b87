"""Who may keep a copy of each response, and telling the caching proxy when a copy is stale.

Every response leaves with one of two policies:

- **public**: an anonymous visitor's GET of something every visitor sees alike. Shared
  caches (Varnish, a CDN) keep it for `HTTP_CACHE_SHARED_SECONDS`, browsers for
  `HTTP_CACHE_BROWSER_SECONDS`; `Vary` names only what changes the page (never the
  language, which the URL decides, nor the cookie, which the proxy strips); it carries an
  `xkey` header naming what it shows so publishing can purge it.
- **private, no-store**: anything else: the admin, previews, a POST, a visitor with a
  session, a response that sets a cookie (a form's CSRF token, a message), an error
  other than "not found". Nobody keeps it.

The policy is decided from what the response really did (set a cookie, served a session),
not from a list of URLs, so a new form page cannot be cached by mistake.
"""

import logging
import urllib.request

from django.conf import settings
from django.db import transaction
from django.utils.cache import patch_cache_control
from django.utils.deprecation import MiddlewareMixin

logger = logging.getLogger(__name__)

PRIVATE_PREFIXES = ("/admin/", "/django-admin/")
# Answers that are the same for every anonymous visitor and worth keeping.
CACHEABLE_STATUSES = {200, 203, 204, 300, 301, 302, 307, 308, 404, 410}
# `Vary` entries that never change a public page: its language is in its URL, and a visitor
# whose cookies matter (a session) never gets a public copy.
UNUSED_VARY = {"accept-language", "cookie"}

# xkey tags: everything public, everything that may show pages (all the app renders), and
# one page in all its languages.
ALL_KEY = "itac-all"
PAGES_KEY = "itac-pages"


def page_key(page):
    return f"itac-page-{page.translation_key}"


def tag_response(request, *keys):
    """Name what the response to `request` shows, for purges (see `purge`)."""
    request.cache_keys = getattr(request, "cache_keys", set()) | set(keys)


def is_private(request, response):
    if request.method not in ("GET", "HEAD") or request.path.startswith(PRIVATE_PREFIXES):
        return True
    if getattr(request, "is_preview", False) or response.status_code not in CACHEABLE_STATUSES:
        return True
    # A session (logged in, or a page password given), or anything set for this visitor only.
    if settings.SESSION_COOKIE_NAME in request.COOKIES or response.cookies:
        return True
    # A form's security token or start time was rendered: the page is this visitor's own,
    # even when their CSRF cookie already exists and nothing new is set.
    if request.META.get("CSRF_COOKIE_USED"):
        return True
    # A view that already said no (never_cache, a download of a private document).
    current = response.get("Cache-Control", "").lower()
    return "private" in current or "no-store" in current or "no-cache" in current


class CachePolicyMiddleware(MiddlewareMixin):
    """Sets Cache-Control, Vary and xkey on every response (sits above sessions and CSRF)."""

    def process_response(self, request, response):
        if is_private(request, response):
            if "Cache-Control" in response:
                del response["Cache-Control"]
            patch_cache_control(response, private=True, no_store=True)
            if "xkey" in response:
                del response["xkey"]
            return response
        del response["Cache-Control"]
        patch_cache_control(
            response,
            public=True,
            max_age=settings.HTTP_CACHE_BROWSER_SECONDS,
            s_maxage=settings.HTTP_CACHE_SHARED_SECONDS,
        )
        if response.has_header("Vary"):
            kept = [
                header.strip()
                for header in response["Vary"].split(",")
                if header.strip().lower() not in UNUSED_VARY
            ]
            if kept:
                response["Vary"] = ", ".join(kept)
            else:
                del response["Vary"]
        # Whatever the app renders may show pages (a sitemap, an API listing, a "not found"
        # where a page is published later): purged with the pages by default.
        keys = {ALL_KEY, PAGES_KEY, *getattr(request, "cache_keys", ())}
        response["xkey"] = " ".join(sorted(keys))
        return response


def purge(*keys):
    """Ask every caching proxy to drop what carries any of `keys`, once the transaction commits.

    The proxies are `HTTP_CACHE_PURGE_URLS` (Varnish with xkey, see deploy/varnish/); none
    in development and tests. Purges asked within one transaction go out together, once; a
    transaction rolled back purges nothing, and the next one starts a batch of its own. A
    proxy that does not answer is logged; its copies then expire after
    `HTTP_CACHE_SHARED_SECONDS`.
    """
    if not settings.HTTP_CACHE_PURGE_URLS or not keys:
        return
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        send_purge(set(keys))
        return
    batch = getattr(connection, "itac_purge_batch", None)
    # Django forgets the callbacks of a rolled-back transaction: a batch no longer among
    # them belongs to a transaction that is over, as does a batch already sent.
    if (
        batch is None
        or batch.sent
        or not any(callback is batch for _, callback, _ in connection.run_on_commit)
    ):
        batch = connection.itac_purge_batch = PurgeBatch()
        transaction.on_commit(batch)
    batch.update(keys)


class PurgeBatch(set):
    """The tags one transaction asked to purge, sent when it commits."""

    sent = False

    def __call__(self):
        self.sent = True
        send_purge(set(self))


def send_purge(keys):
    for proxy in settings.HTTP_CACHE_PURGE_URLS:
        request = urllib.request.Request(  # noqa: S310 (an operator's http(s) URL)
            proxy, method="PURGE", headers={"xkey-purge": " ".join(sorted(keys))}
        )
        try:
            with urllib.request.urlopen(request, timeout=2) as answer:  # noqa: S310
                answer.read()
        except OSError as error:
            logger.warning("The caching proxy %s did not take a purge: %s", proxy, error)


def purge_everything(**kwargs):
    purge(ALL_KEY)


def connect_signals():
    """Called once, from ItacConfig.ready(): a document replaced or deleted in the admin."""
    from django.db.models.signals import post_delete, post_save

    from wagtail.documents import get_document_model

    for signal in (post_save, post_delete):
        signal.connect(
            purge_everything,
            sender=get_document_model(),
            dispatch_uid=f"itac.http_cache.documents.{id(signal)}",
        )
