"""One version number for everything cached from the published pages.

Navigation, each page's translations, the campaign settings and the home page's story and
event sections are cached under keys that carry this number. Publishing, unpublishing,
moving, renaming or deleting a page, or saving the site settings, sets a new number: every
such cached copy is then stale at once, without anyone having to know which keys exist.
The caching proxy is told at the same moment to drop every page it keeps (itac.http_cache).
"""

import contextlib
import pickle
import threading
import time

from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db.models.signals import post_delete, post_save
from django.utils.http import urlencode
from django.utils.translation import get_language

from wagtail.models import Page, TranslatableMixin
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from itac import http_cache

# How long cached copies live at most, a bound on staleness where each process has its own
# cache (no REDIS_URL) and on time-dependent content such as "upcoming" events.
CACHE_SECONDS = 5 * 60


class RequestMemo(threading.local):
    """What one request has read of the cache's versions (and of Wagtail's site root paths,
    itac.wagtail_patches), so that it reads each once (a page asks for the pages' version a
    dozen times) and sees one consistent set while it renders. Kept from `request_started` to
    `request_finished` only: outside a request (commands, the task worker, tests between
    requests) every read goes to the cache."""

    values = None

    def start(self, **kwargs):
        self.values = {}

    def end(self, **kwargs):
        self.values = None


MEMO = RequestMemo()


def once_per_request(key, read):
    """What `read()` returns, read once per request under `key` (`RequestMemo`): for what
    every card of a listing asks alike. Read every time outside a request."""
    memo = MEMO.values
    if memo is None:
        return read()
    if key not in memo:
        memo[key] = read()
    return memo[key]


class CacheVersion:
    """A version number kept in the cache and written into the keys of cached copies: a new
    number makes every one of them stale at once. The one way to version cached data (the
    published pages here, the story listings' options in stories.queries, the impact
    dashboard's pledges and submissions and each week of its story figures in reach.dashboard).
    Read once per request (`RequestMemo`).
    """

    def __init__(self, key):
        self.key = key

    def get(self):
        memo = MEMO.values
        if memo is not None and self.key in memo:
            return memo[self.key]
        version = cache.get(self.key)
        if version is None:
            version = self.bump()
        elif memo is not None:
            memo[self.key] = version
        return version

    def bump(self):
        version = time.time_ns()
        cache.set(self.key, version, None)
        if MEMO.values is not None:
            MEMO.values[self.key] = version
        return version

    @staticmethod
    def get_many(versions):
        """The numbers of several `versions`, in order, read from the cache at once; a missing
        one gets a new number, as in `get` (never an old one: a copy kept under it may be stale).
        """
        memo = MEMO.values if MEMO.values is not None else {}
        found = {key: memo[key] for key in (version.key for version in versions) if key in memo}
        unread = [version.key for version in versions if version.key not in found]
        if unread:
            found.update(cache.get_many(unread))
        missing = {version.key: time.time_ns() for version in versions if version.key not in found}
        if missing:
            cache.set_many(missing, None)
            found.update(missing)
        if MEMO.values is not None:
            MEMO.values.update(found)
        return [found[version.key] for version in versions]


PAGES_VERSION = CacheVersion("itac:pages:version")


def pages_version():
    return PAGES_VERSION.get()


# Cards (itac.cards) are kept per page publication, so that publishing a page leaves the other
# pages' cards kept. This version is for what changes cards without publishing them: a page
# moved or renamed (the addresses under it), a snippet they name (a theme), a site.
CARDS_VERSION = CacheVersion("itac:cards:version")


def cards_version():
    return CARDS_VERSION.get()


class KeptPages:
    """Pages this process keeps between requests until the pages version changes: finding a
    page asks for the same site, home pages and sections on every request (itac.models.HomePage,
    itac.wagtail_patches), and what is worked out of them (navigation, settings, translations).
    Kept pickled, so each request gets a copy of its own, never one another request has
    touched; for CACHE_SECONDS at most, as everything cached from the pages."""

    def __init__(self, most=None):
        self.most = most  # entries kept at most (the oldest go first); None: no limit
        self.version = None
        self.since = 0.0
        self.pickled = {}

    def get(self, key, load):
        """What `load()` returns, kept under `key`."""
        version = pages_version()
        if version != self.version or time.monotonic() - self.since > CACHE_SECONDS:
            self.pickled = {}
            self.version = version
            self.since = time.monotonic()
        pickled = self.pickled.get(key)
        if pickled is None:
            value = load()
            self.pickled[key] = pickle.dumps(value)
            if self.most is not None and len(self.pickled) > self.most:
                # (another thread may have changed them meanwhile)
                with contextlib.suppress(KeyError, RuntimeError, StopIteration):
                    del self.pickled[next(iter(self.pickled))]
            return value
        return pickle.loads(pickled)  # noqa: S301  (pickled by this process, above)


KEPT_PAGES = KeptPages()
# A listing's HTML per address: as many as a busy hour's popular filters and searches.
KEPT_LISTINGS = KeptPages(most=300)


def kept_listing(request, draw, versions=()):
    """The HTML `draw()` returns for the listing at the request's address (the story library,
    the partner directory, the events: their filters and page are in the query string), kept
    by this process per address, language and host, and `versions` (what else the listing
    shows), as `KeptPages` keeps pages; drawn anew in a preview."""
    if getattr(request, "is_preview", False):
        return draw()
    query = urlencode(sorted(request.GET.lists()), doseq=True)
    key = (request.path, query, get_language(), request.get_host(), *versions)
    return KEPT_LISTINGS.get(key, draw)


def any_view_restrictions():
    """Whether any page is private (a password, signed-in users, groups), per pages version."""
    from wagtail.models import PageViewRestriction

    return KEPT_PAGES.get("view-restrictions", PageViewRestriction.objects.exists)


def public(pages):
    """`pages` less the private ones, as Wagtail's `PageQuerySet.public()`, which asks the
    database for every view restriction: here only while some page has one."""
    return pages.public() if any_view_restrictions() else pages


def forget_cached_pages(**kwargs):
    """A page published or unpublished, or settings saved: what is kept of the pages goes
    (cards, kept per publication, stay)."""
    PAGES_VERSION.bump()
    # Every page shows others (navigation, cards, related stories): the proxy drops them all.
    http_cache.purge(http_cache.PAGES_KEY)


def forget_cached_pages_and_cards(**kwargs):
    """A page moved, renamed or deleted, a site or a shown snippet changed: the cards too."""
    CARDS_VERSION.bump()
    forget_cached_pages()


def forget_when_shown_content_changes(sender, **kwargs):
    """A theme, category, speaker, call to action or footer, in any language, saved or deleted.

    Translatable snippets are what pages show of snippets; they change through the snippet
    editor, wagtail-localize's translation editor and its synchronisation alike, so the
    model's own signals are listened to rather than any one admin view. Records that no page
    shows (submissions, signatures, memberships) are not translatable and purge nothing.
    """
    from wagtail.snippets.models import get_snippet_models

    if issubclass(sender, TranslatableMixin) and sender in get_snippet_models():
        forget_cached_pages_and_cards()


def connect_signals():
    """Called once, from ItacConfig.ready()."""
    from wagtail.models import PageViewRestriction, Site

    from itac.models import CampaignSettings, NavigationSettings

    request_started.connect(MEMO.start, dispatch_uid="itac.page_cache.memo.start")
    request_finished.connect(MEMO.end, dispatch_uid="itac.page_cache.memo.end")
    for signal in (page_published, page_unpublished):
        signal.connect(forget_cached_pages, dispatch_uid=f"itac.page_cache.{id(signal)}")
    for signal in (page_slug_changed, post_page_move):
        signal.connect(forget_cached_pages_and_cards, dispatch_uid=f"itac.page_cache.{id(signal)}")
    post_delete.connect(
        forget_cached_pages_and_cards, sender=Page, dispatch_uid="itac.page_cache.delete"
    )
    for settings_model in (NavigationSettings, CampaignSettings):
        post_save.connect(
            forget_cached_pages,
            sender=settings_model,
            dispatch_uid=f"itac.page_cache.{settings_model.__name__}",
        )
    for signal in (post_save, post_delete):
        # A site's host, port or home page changed: every address it serves
        # (itac.wagtail_patches keeps each host's site per pages version).
        signal.connect(
            forget_cached_pages_and_cards,
            sender=Site,
            dispatch_uid=f"itac.page_cache.sites.{id(signal)}",
        )
        # A page made private or public again: what was kept of it (and the proxy's copies).
        signal.connect(
            forget_cached_pages,
            sender=PageViewRestriction,
            dispatch_uid=f"itac.page_cache.restrictions.{id(signal)}",
        )
        signal.connect(
            forget_when_shown_content_changes, dispatch_uid=f"itac.page_cache.snippets.{id(signal)}"
        )
