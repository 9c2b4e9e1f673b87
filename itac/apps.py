from django.apps import AppConfig


class ItacConfig(AppConfig):
    name = "itac"
    verbose_name = "ITAC portal"

    def ready(self):
        from . import checks, http_cache, page_cache  # noqa: F401 (checks registers itself)
        from .locales import cache_locale_lookups

        cache_locale_lookups()
        page_cache.connect_signals()
        http_cache.connect_signals()
