"""The patches of Wagtail, lookups it repeats while serving pages:

- **The locale of a language, once per process.** Wagtail asks the database for the active
  Locale (`Locale.objects.get_for_language`, through `Locale.get_active`) each time anything is
  localised: a dozen times on some pages. The locales change only when an administrator adds
  or removes one, so each process keeps those it has found and forgets them all whenever a
  Locale is saved or deleted.
- **The site root paths, once per process.** Every page whose address is asked without the
  request (a link chosen in a block or a snippet) reads `Site.get_site_root_paths()` from the
  cache again: five round trips on the home page. While serving requests, each process keeps
  the answer until the pages version changes (itac.page_cache.KeptPages), as a Site saved or
  deleted anywhere does; Wagtail still clears its own cached copy then.
- **The site of a host, once per process and pages version.** Wagtail finds the Site of every
  request with a query, then its home page with another. Each process keeps both per host and
  port until the pages version changes (itac.page_cache.KeptPages), as a Site saved or deleted
  anywhere does; each request gets its own copy.
- **A rendition filter's operations, read once per process.** Every picture asks Wagtail for
  each of its renditions by filter spec, and Wagtail reads each spec's operations anew each
  time (`Filter.operations`, checking each operation's arguments with `inspect`): a fifth of
  what a card costs to draw. The operations of a spec never change while the process runs (they
  come from the `register_image_operations` hooks and the spec), and nothing changes them after
  they are made, so each process reads them once per spec.

No setting or hook of Wagtail's does either; tests/test_wagtail_patches.py fails if an upgrade
makes a patch miss.
"""

from django.db.models.signals import post_delete, post_save
from django.utils.functional import cached_property

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.images.models import Filter
from wagtail.models import Locale, Site, sites
from wagtail.models.i18n import LocaleManager

from itac.page_cache import KEPT_PAGES, MEMO

WAGTAIL_GET_FOR_LANGUAGE = LocaleManager.get_for_language
_locales_by_language = {}


def get_for_language_once(manager, language_code):
    """Wagtail's `LocaleManager.get_for_language`, asked once per language and process."""
    code = get_supported_content_language_variant(language_code)
    locale = _locales_by_language.get(code)
    if locale is None:
        locale = WAGTAIL_GET_FOR_LANGUAGE(manager, code)
        _locales_by_language[code] = locale
    return locale


def forget_locales(**kwargs):
    _locales_by_language.clear()


WAGTAIL_GET_SITE_ROOT_PATHS = Site.get_site_root_paths


def get_site_root_paths_once():
    """Wagtail's `Site.get_site_root_paths`, asked once per process and pages version (a Site
    saved or deleted sets a new one) while serving a request; Wagtail's own answer outside."""
    if MEMO.values is None:
        return WAGTAIL_GET_SITE_ROOT_PATHS()
    return KEPT_PAGES.get("site-root-paths", WAGTAIL_GET_SITE_ROOT_PATHS)


WAGTAIL_GET_SITE_FOR_HOSTNAME = sites.get_site_for_hostname


def get_site_for_hostname_once(hostname, port):
    """Wagtail's `get_site_for_hostname`, asked once per host, port, process and pages version,
    with the site's home page as its specific page (so routing asks nothing more for it)."""

    def load():
        site = WAGTAIL_GET_SITE_FOR_HOSTNAME(hostname, port)
        site.root_page = site.root_page.specific
        return site

    return KEPT_PAGES.get(("site", hostname, port), load)


WAGTAIL_FILTER_OPERATIONS = Filter.operations.func
_operations_by_spec = {}


def filter_operations_once(self):
    """Wagtail's `Filter.operations`, read once per filter spec and process."""
    operations = _operations_by_spec.get(self.spec)
    if operations is None:
        operations = WAGTAIL_FILTER_OPERATIONS(self)
        _operations_by_spec[self.spec] = operations
    return operations


def apply():
    """Called once, from ItacConfig.ready()."""
    LocaleManager.get_for_language = get_for_language_once
    sites.get_site_for_hostname = get_site_for_hostname_once
    Site.get_site_root_paths = staticmethod(get_site_root_paths_once)
    Filter.operations = cached_property(filter_operations_once)
    Filter.operations.__set_name__(Filter, "operations")
    post_save.connect(forget_locales, sender=Locale, dispatch_uid="itac.wagtail_patches.save")
    post_delete.connect(forget_locales, sender=Locale, dispatch_uid="itac.wagtail_patches.delete")
