from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StorySubmissionsConfig(AppConfig):
    """Stories sent in by visitors and partners, their private records and their review."""

    name = "stories.submissions"
    label = "story_submissions"
    verbose_name = _("Story submissions")

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import signals
        from .roles import set_up_roles

        post_migrate.connect(set_up_roles, sender=self)
        signals.connect_review_email()
