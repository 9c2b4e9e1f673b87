from django.apps import AppConfig


class ItacConfig(AppConfig):
    name = "itac"
    verbose_name = "ITAC portal"

    def ready(self):
        from . import page_cache, share_cards
        from .locales import cache_locale_lookups

        cache_locale_lookups()
        page_cache.connect_signals()
        share_cards.connect_signals()
