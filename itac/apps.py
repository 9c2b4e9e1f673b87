from django.apps import AppConfig


class ItacConfig(AppConfig):
    name = "itac"
    verbose_name = "ITAC portal"
