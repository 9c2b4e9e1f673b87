"""Keeps the private record's status in step with the story's review and publication."""

from django.dispatch import receiver

from wagtail.signals import page_published, task_rejected

from stories.models import StoryPage

from . import services


@receiver(page_published, sender=StoryPage)
def story_published(sender, instance, **kwargs):
    services.on_story_published(instance)


@receiver(task_rejected)
def story_changes_requested(sender, instance, **kwargs):
    # The workflow holds the base page; the record is found by the page's id.
    services.on_changes_requested(instance.workflow_state.object_id)
