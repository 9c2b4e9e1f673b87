"""The patches of Wagtail, lookups it repeats while serving pages:

- **The locale of a language, once per process.** Wagtail asks the database for the active
  Locale (`Locale.objects.get_for_language`, through `Locale.get_active`) each time anything is
  localised: a dozen times on some pages. The locales change only when an administrator adds
  or removes one, so each process keeps those it has found and forgets them all whenever a
  Locale is saved or deleted.
- **The site root paths, once per request.** Every page whose address is asked without the
  request (a link chosen in a block or a snippet) reads `Site.get_site_root_paths()` from the
  cache again: five round trips on the home page. A request keeps the first answer
  (itac.page_cache.RequestMemo); Wagtail still clears its cached copy when a Site changes.
- **The site of a host, once per process and pages version.** Wagtail finds the Site of every
  request with a query. Each process keeps the answer per host and port under the pages version
  (itac.page_cache), which a Site saved or deleted anywhere changes; each request gets its own
  copy of the Site (and of its root page), never one another request has touched.

No setting or hook of Wagtail's does either; tests/test_wagtail_patches.py fails if an upgrade
makes a patch miss.
"""

import pickle

from django.db.models.signals import post_delete, post_save

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Site, sites
from wagtail.models.i18n import LocaleManager

from itac.page_cache import MEMO, pages_version

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
SITE_ROOT_PATHS = "wagtail:site-root-paths"


def get_site_root_paths_once():
    """Wagtail's `Site.get_site_root_paths`, asked once per request."""
    memo = MEMO.values
    if memo is None:
        return WAGTAIL_GET_SITE_ROOT_PATHS()
    if SITE_ROOT_PATHS not in memo:
        memo[SITE_ROOT_PATHS] = WAGTAIL_GET_SITE_ROOT_PATHS()
    return memo[SITE_ROOT_PATHS]


WAGTAIL_GET_SITE_FOR_HOSTNAME = sites.get_site_for_hostname
_sites_by_host = {}


def get_site_for_hostname_once(hostname, port):
    """Wagtail's `get_site_for_hostname`, asked once per host, port, process and pages version."""
    version = pages_version()
    if _sites_by_host.get("version") != version:
        _sites_by_host.clear()
        _sites_by_host["version"] = version
    kept = _sites_by_host.get((hostname, port))
    if kept is None:
        site = WAGTAIL_GET_SITE_FOR_HOSTNAME(hostname, port)
        _sites_by_host[(hostname, port)] = pickle.dumps(site)
        return site
    return pickle.loads(kept)  # noqa: S301  (pickled by this process, above)


def apply():
    """Called once, from ItacConfig.ready()."""
    LocaleManager.get_for_language = get_for_language_once
    sites.get_site_for_hostname = get_site_for_hostname_once
    Site.get_site_root_paths = staticmethod(get_site_root_paths_once)
    post_save.connect(forget_locales, sender=Locale, dispatch_uid="itac.wagtail_patches.save")
    post_delete.connect(forget_locales, sender=Locale, dispatch_uid="itac.wagtail_patches.delete")
