"""Forget cached listing data (filter options) when stories, themes or partners change."""

from django.db.models.signals import post_delete, post_save

from wagtail.signals import page_published, page_unpublished

from partners.models import PartnerPage
from stories.models import StoryPage, Theme
from stories.queries import bump_options_version


def connect():
    for model in (StoryPage, PartnerPage):
        for signal in (page_published, page_unpublished, post_delete):
            signal.connect(bump_options_version, sender=model, weak=False)
    for signal in (post_save, post_delete):
        signal.connect(bump_options_version, sender=Theme, weak=False)
