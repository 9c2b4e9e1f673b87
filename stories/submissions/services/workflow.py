"""The story's way through review: the "Story review" workflow, and the private record and the
storyteller kept in step with it (published, changes requested, resubmitted, rejected)."""

import secrets

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.models import Site, Workflow, WorkflowPage

from itac.paths import in_visitor_language, serving_language
from itac.public_url import absolute_url
from stories.models import StoryIndexPage

from ..models import StorySubmission, SubmissionStatus
from ..roles import STORY_REVIEW_WORKFLOW
from .notifications import tell_storyteller


def story_review_workflow():
    return Workflow.objects.filter(name=STORY_REVIEW_WORKFLOW, active=True).first()


def assign_story_review(workflow=None):
    """Stories under every story library go through "Story review", also when resubmitted.

    Writes only for a library not assigned yet: a story sent in asks once, with one query, and
    leaves the assignments' rows alone (and unlocked for the other stories sent meanwhile)."""
    workflow = workflow or story_review_workflow()
    if workflow is None:
        return
    for index in StoryIndexPage.objects.exclude(workflowpage__workflow=workflow):
        WorkflowPage.objects.update_or_create(page=index, defaults={"workflow": workflow})


def on_story_published(story):
    """Record publication and, if they agreed to contact, send the storyteller a removal link."""
    submission = StorySubmission.objects.filter(story=story).first()
    if submission is None or submission.status == SubmissionStatus.PUBLISHED:
        return
    token = secrets.token_urlsafe(24)
    submission.status = SubmissionStatus.PUBLISHED
    submission.decided_at = timezone.now()
    submission.removal_token_hash = StorySubmission.hash_token(token)
    submission.save(update_fields=["status", "decided_at", "removal_token_hash"])
    removal_path = _removal_path(submission.consent_language)
    removal_url = absolute_url(f"{removal_path}?token={token}") if removal_path else ""
    transaction.on_commit(
        lambda: tell_storyteller(
            submission,
            "story_submissions/emails/published.txt",
            _("Your story is published"),
            {
                "story_url": story.full_url,
                "removal_url": removal_url,
            },
        )
    )


def _removal_path(language):
    """The removal form's address in the storyteller's language: under the story form page the
    campaign settings name (its translation when there is one), else any story form page."""
    from itac.models import CampaignSettings

    from ..models import StorySubmissionPage

    site = Site.objects.filter(is_default_site=True).first()
    page = CampaignSettings.for_site(site).story_form_page if site else None
    if page is None or not page.live:
        pages = StorySubmissionPage.objects.live()
        page = pages.filter(locale__language_code=language).first() or pages.first()
    if page is None:
        return None
    with translation.override(language):
        page = page.localized
    parts = page.get_url_parts()
    if parts is None:
        return None
    # Not translated yet: the form is served in its own language under the storyteller's prefix.
    prefix = "" if language == settings.LANGUAGE_CODE else language
    with serving_language(prefix):
        return in_visitor_language(parts[2], page.locale_id) + "remove/"


def on_changes_requested(page_id):
    StorySubmission.objects.filter(story_id=page_id).update(
        status=SubmissionStatus.CHANGES_REQUESTED
    )


def on_resubmitted(page_id):
    """The partner (or a moderator) sent the changed story back: it waits for review again."""
    StorySubmission.objects.filter(
        story_id=page_id, status=SubmissionStatus.CHANGES_REQUESTED
    ).update(status=SubmissionStatus.IN_REVIEW)


@transaction.atomic
def reject_story(task_state, user, comment="", **kwargs):
    """The moderators' final no: end the review, record it, and tell the storyteller if allowed."""
    workflow_state = task_state.workflow_state
    task_state.reject(user=user, comment=comment)
    workflow_state.refresh_from_db()
    workflow_state.cancel(user=user)
    story = workflow_state.content_object
    submission = StorySubmission.objects.filter(story_id=story.pk).first()
    if submission is not None:
        submission.status = SubmissionStatus.REJECTED
        submission.decided_at = timezone.now()
        submission.save(update_fields=["status", "decided_at"])
        transaction.on_commit(
            lambda: tell_storyteller(
                submission,
                "story_submissions/emails/rejected.txt",
                _("About the story you sent us"),
            )
        )
