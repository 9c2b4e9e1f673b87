from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReachConfig(AppConfig):
    """The portal beyond its own pages: read API, embeddable cards, maps, impact dashboard.

    It sits on top of the domain apps (stories, partners, events, actions) and none of them
    depends on it.
    """

    name = "reach"
    verbose_name = _("Reach")

    def ready(self):
        from reach.dashboard import connect_signals

        connect_signals()
