from django.apps import AppConfig


class ItacConfig(AppConfig):
    name = "itac"
    verbose_name = "ITAC portal"

    def ready(self):
        from . import checks, http_cache, locales, page_cache, share_cards, wagtail_patches  # noqa: F401 (checks registers itself)

        wagtail_patches.apply()
        locales.connect_signals()
        page_cache.connect_signals()
        http_cache.connect_signals()
        share_cards.connect_signals()
