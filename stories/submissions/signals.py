"""Keeps the private record's status in step with the story's review and publication, and the
roles in step with the page tree."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.admin.signal_handlers import task_submission_email_notifier
from wagtail.models import TaskState
from wagtail.signals import page_published, task_rejected, task_submitted, workflow_submitted

from partners.models import PartnerIndexPage
from stories.models import StoryIndexPage, StoryPage

from . import services


@receiver(page_published, sender=StoryPage)
def story_published(sender, instance, **kwargs):
    services.on_story_published(instance)


@receiver(task_rejected)
def story_changes_requested(sender, instance, **kwargs):
    # The workflow holds the base page; the record is found by the page's id.
    services.on_changes_requested(instance.workflow_state.object_id)


@receiver(workflow_submitted)
def story_resubmitted(sender, instance, **kwargs):
    services.on_resubmitted(instance.object_id)


def review_tasks_email_once(sender, instance, **kwargs):
    """Wagtail tells a task's group of every submission; for the story review, the portal's own
    email (services.notify_moderators_of_submission, no personal data) is the only one."""
    from .models import StoryReviewTask

    if isinstance(instance.task.specific, StoryReviewTask):
        return
    task_submission_email_notifier(sender=sender, instance=instance, **kwargs)


def connect_review_email():
    task_submitted.disconnect(
        sender=TaskState, dispatch_uid="group_approval_task_submitted_email_notification"
    )
    task_submitted.connect(
        review_tasks_email_once,
        sender=TaskState,
        dispatch_uid="group_approval_task_submitted_email_notification",
    )


@receiver(post_save, sender=StoryIndexPage)
@receiver(post_save, sender=PartnerIndexPage)
def new_library_gets_its_workflow(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        from .roles import assign_workflows

        assign_workflows()


@receiver(task_submitted)
def story_task_resubmitted(sender, instance, **kwargs):
    # Resubmitting after "changes requested" resumes the workflow: only the task is submitted.
    services.on_resubmitted(instance.workflow_state.object_id)
