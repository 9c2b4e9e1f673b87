"""A storyteller's request to remove a story, and erasing a story completely."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision, WorkflowState
from wagtail.search.backends import get_search_backends

from ..models import RemovalRequest, StorySubmission
from ..roles import SUBMISSIONS_COLLECTION
from .notifications import notify_moderators_of_removal_request


def record_removal_request(form):
    """Save a removal request, matched to a submission when the link or the email says which."""
    data = form.cleaned_data
    submission = None
    if data.get("token"):
        submission = StorySubmission.objects.filter(
            removal_token_hash=StorySubmission.hash_token(data["token"])
        ).first()
    if submission is None and data.get("contact_email"):
        matches = StorySubmission.objects.filter(contact_email__iexact=data["contact_email"])
        if len(matches) == 1:
            submission = matches[0]
    with transaction.atomic():
        removal = RemovalRequest.objects.create(
            submission=submission,
            contact_email=data.get("contact_email", ""),
            story_address=data.get("story_address", ""),
            message=data.get("message", ""),
        )
        if submission is not None:
            StorySubmission.objects.filter(pk=submission.pk).update(
                removal_requested_at=timezone.now()
            )
        transaction.on_commit(lambda: notify_moderators_of_removal_request(removal.pk))
    return removal


@transaction.atomic
def erase_story(story, user=None):
    """Erase a story completely: page, revisions, workflow, images and renditions, private record,
    audit entries that name it, and its search index entry. Leaves one line saying a story was
    erased, by whom and when, without its title."""
    story = story.specific
    image_ids = {story.hero_image_id, story.listing_image_id, story.social_image_id}
    submission = StorySubmission.objects.filter(story=story).first()
    if submission is not None:
        image_ids.add(submission.photo_id)
    image_ids.discard(None)
    submissions_images = get_image_model().objects.filter(
        pk__in=image_ids, collection__name=SUBMISSIONS_COLLECTION
    )
    object_id = str(story.pk)
    content_type = (
        story.get_base_content_type() if hasattr(story, "get_base_content_type") else None
    )

    for backend in get_search_backends():
        backend.delete(story)
    Revision.objects.filter(object_id=object_id, base_content_type=content_type).delete()
    WorkflowState.objects.filter(object_id=object_id, base_content_type=content_type).delete()
    ReferenceIndex.remove_for_object(story)
    story.delete()
    # After the deletion, which logs an entry of its own that names the story.
    PageLogEntry.objects.filter(page_id=object_id).delete()
    for image in submissions_images:
        for backend in get_search_backends():
            backend.delete(image)
        image.delete()  # Wagtail deletes the files and every rendition with it.
    log(
        instance=Page.get_first_root_node(),
        action="itac.story_erased",
        user=user,
        title=_("A story was erased"),
    )
