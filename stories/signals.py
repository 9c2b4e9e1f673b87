"""Forget cached listing data (filter options) when stories, themes or partners change, and
keep each story's search document in step with what the library filters on."""

from django.db.models.signals import post_delete, post_save

from wagtail.signals import page_published, page_unpublished, post_page_move

from partners.models import PartnerPage
from stories.models import StoryPage, Theme
from stories.queries import bump_filter_options_version, bump_options_version
from stories.search import refresh_filters


def refresh_story_filters(instance, **kwargs):
    """A story unpublished or moved: its search document's live flag and library follow (an
    unpublish or a move may save the story as a plain Page, without StoryPage.save)."""
    refresh_filters([instance.pk])


def story_published(instance, **kwargs):
    """A story published: the library's filters change only if it brings a country, language
    or partner the library does not offer yet (the options are worked out over every story)."""
    from stories.views import offers_the_filters_of

    if not offers_the_filters_of(instance):
        bump_filter_options_version()


def connect():
    for model in (StoryPage, PartnerPage):
        for signal in (page_published, page_unpublished, post_delete):
            signal.connect(bump_options_version, sender=model, weak=False)
    # A story moved to another library leaves this one's counts and searches.
    post_page_move.connect(bump_options_version, sender=StoryPage, weak=False)
    for signal in (post_save, post_delete):
        signal.connect(bump_options_version, sender=Theme, weak=False)
    # The filters a library offers: anything but a story published like the others.
    page_published.connect(story_published, sender=StoryPage, weak=False)
    for signal in (page_unpublished, post_delete, post_page_move):
        signal.connect(bump_filter_options_version, sender=StoryPage, weak=False)
    for signal in (page_published, page_unpublished, post_delete):
        signal.connect(bump_filter_options_version, sender=PartnerPage, weak=False)
    for signal in (post_save, post_delete):
        signal.connect(bump_filter_options_version, sender=Theme, weak=False)
    for signal in (page_unpublished, post_page_move):
        signal.connect(refresh_story_filters, sender=StoryPage, weak=False)
