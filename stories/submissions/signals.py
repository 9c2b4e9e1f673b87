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
    story = instance.workflow_state.content_object
    if isinstance(story, StoryPage):
        services.on_changes_requested(story)
