"""Forget cached listing data (counts, searches, filter options) when stories, themes or
partners change, and keep each story's search document in step with what the library filters
on."""

from django.db.models.signals import post_delete, post_save

from wagtail.signals import page_published, page_unpublished, post_page_move

from partners.models import PartnerPage
from stories.models import StoryPage, Theme
from stories.queries import (
    bump_filter_options_version,
    bump_options_version,
    offers_the_filters_of,
)
from stories.search import refresh_filters


def refresh_story_filters(instance, **kwargs):
    """A story unpublished or moved: its search document's live flag and library follow (an
    unpublish or a move may save the story as a plain Page, without StoryPage.save)."""
    refresh_filters([instance.pk])


def forget_listings(**kwargs):
    """A story unpublished, moved or deleted, a partner or a theme changed: the libraries'
    counts and searches, and the filters they offer."""
    bump_options_version()
    bump_filter_options_version()


def story_published(instance, **kwargs):
    """A story published: the counts and searches; the filters its library offers only if it
    brings a country, language or partner not offered yet (they are worked out over every
    story)."""
    bump_options_version()
    if not offers_the_filters_of(instance):
        bump_filter_options_version()


def connect():
    page_published.connect(story_published, sender=StoryPage, weak=False)
    # A story moved to another library leaves this one's counts, searches and filters.
    for signal in (page_unpublished, post_delete, post_page_move):
        signal.connect(forget_listings, sender=StoryPage, weak=False)
    for signal in (page_published, page_unpublished, post_delete):
        signal.connect(forget_listings, sender=PartnerPage, weak=False)
    for signal in (post_save, post_delete):
        signal.connect(forget_listings, sender=Theme, weak=False)
    for signal in (page_unpublished, post_page_move):
        signal.connect(refresh_story_filters, sender=StoryPage, weak=False)
