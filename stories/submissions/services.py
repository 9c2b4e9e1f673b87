"""What happens to a story sent in: a draft under review, who is told, and erasing it."""

import io
import logging
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import (
    Collection,
    Locale,
    Page,
    PageLogEntry,
    ReferenceIndex,
    Revision,
    Workflow,
    WorkflowPage,
    WorkflowState,
)
from wagtail.search.backends import get_search_backends

from itac.public_url import absolute_url
from stories.models import StoryIndexPage, StoryPage, Theme

from . import consent
from .models import RemovalRequest, StorySubmission, SubmissionStatus

logger = logging.getLogger(__name__)

from .roles import STORY_REVIEW_WORKFLOW, SUBMISSIONS_COLLECTION  # noqa: E402


def story_paragraphs(text):
    """Plain text as paragraph blocks: blank lines split paragraphs; HTML is shown, never run."""
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return [
        {
            "type": "paragraph",
            "value": "<p>" + "<br/>".join(escape(line) for line in p.split("\n")) + "</p>",
        }
        for p in paragraphs
    ]


def unique_slug(parent, title):
    """An address made of the title's words; for a title in a script without Latin letters,
    the date (digits are the only other thing a story's address may hold)."""
    base = slugify(title)[:80].strip("-") or timezone.now().strftime("%Y%m%d")
    taken = set(
        Page.objects.child_of(parent).filter(slug__startswith=base).values_list("slug", flat=True)
    )
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def submissions_collection():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=SUBMISSIONS_COLLECTION).first()
    return existing or root.add_child(name=SUBMISSIONS_COLLECTION)


def story_review_workflow():
    return Workflow.objects.filter(name=STORY_REVIEW_WORKFLOW, active=True).first()


def assign_story_review():
    """Stories under every story library go through "Story review", also when resubmitted."""
    workflow = story_review_workflow()
    if workflow is None:
        return
    for index in StoryIndexPage.objects.all():
        WorkflowPage.objects.update_or_create(page=index, defaults={"workflow": workflow})


def default_locale_versions(queryset_items, model):
    """The default-locale versions of translated snippets chosen in another language."""
    keys = [item.translation_key for item in queryset_items]
    return list(model.objects.filter(translation_key__in=keys, locale=Locale.get_default()))


def create_submission(form, request):
    """Save a valid form as a draft story under review with its private record; all or nothing.

    One transaction; if it fails, the photo's file is removed too, so nothing is left behind.
    Returns the private record. Moderators are told after the transaction commits.
    """
    photo = form.cleaned_data.get("photo")
    image = None
    try:
        with transaction.atomic():
            if photo is not None:
                image = get_image_model()(
                    title=_("Submitted photo"),
                    collection=submissions_collection(),
                    description=form.cleaned_data.get("photo_alt", ""),
                )
                image.file = ImageFile(io.BytesIO(photo.content), name=photo.file_name)
                image.save()
            return save_story_and_record(form, request, image)
    except Exception:
        if image is not None:
            image.file.delete(save=False)
        raise


def save_story_and_record(form, request, image):
    data = form.cleaned_data
    user = request.user if request.user.is_authenticated else None
    index = StoryIndexPage.objects.filter(locale=Locale.get_default()).first()
    language = get_language()
    story = StoryPage(
        title=data["title"],
        slug=unique_slug(index, data["title"]),
        # Left for the moderator to write: a cut of the first lines would only repeat them.
        summary="",
        body=story_paragraphs(data["story"]),
        storyteller_display=data["storyteller_display"],
        storyteller_name=data.get("storyteller_name", ""),
        city=data.get("city", ""),
        country=data["country"],
        told_in_language=data["told_in_language"],
        partner=form.partner_for_submission,
        hero_image=image,
        hero_image_alt=data.get("photo_alt", "") if image else "",
        live=False,
        owner=user,
    )
    index.add_child(instance=story)
    story.themes.set(default_locale_versions(data.get("themes") or [], Theme))
    revision = story.save_revision(user=user, log_action=True)

    submission = StorySubmission.objects.create(
        story=story,
        relationship=data["relationship"],
        contact_email=data.get("contact_email", ""),
        consent_publish_story=data["consent_publish_story"],
        consent_publish_photo=bool(data.get("consent_publish_photo")),
        consent_contact=bool(data.get("consent_contact")),
        consent_version=consent.CONSENT_VERSION,
        consent_language=language,
        consent_text=consent.consent_record_text(),
        consented_at=timezone.now(),
        photo=image,
        submitted_by=user,
        partner=form.partner_for_submission,
    )
    assign_story_review()
    workflow = story_review_workflow()
    if workflow is not None:
        workflow.start(story, user)
    else:  # pragma: no cover - the workflow comes with a migration
        logger.error(
            "The Story review workflow is missing: submission %s waits unreviewed", revision.pk
        )
    transaction.on_commit(lambda: notify_moderators_of_submission(submission.pk))
    return submission


def moderator_addresses():
    group_emails = (
        get_user_model()
        .objects.filter(groups__name="Moderators", is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    return sorted({*settings.MODERATOR_EMAILS, *group_emails})


def send_safely(subject, message, recipients, what):
    """Send an email; a failure is logged (without personal data) and never loses anything."""
    if not recipients:
        return False
    try:
        send_mail(subject, message, None, recipients)
    except Exception:
        logger.exception("Could not send the %s email", what)
        return False
    return True


def admin_url(path):
    base = (settings.WAGTAILADMIN_BASE_URL or "").rstrip("/")
    return base + path if base else absolute_url(path)


def notify_moderators_of_submission(submission_pk):
    submission = StorySubmission.objects.select_related("story").filter(pk=submission_pk).first()
    if submission is None:
        return
    # No personal data in the email: moderators read it in the admin.
    message = render_to_string(
        "story_submissions/emails/new_submission.txt",
        {
            "submission": submission,
            "edit_url": admin_url(f"/admin/pages/{submission.story_id}/edit/"),
        },
    )
    send_safely(
        _("A new story is waiting for review"), message, moderator_addresses(), "new submission"
    )


def notify_moderators_of_removal_request(removal_pk):
    message = render_to_string(
        "story_submissions/emails/removal_request.txt",
        {"list_url": admin_url("/admin/snippets/story_submissions/removalrequest/")},
    )
    send_safely(
        _("A storyteller asks for a story to be removed"),
        message,
        moderator_addresses(),
        "removal request",
    )


def tell_storyteller(submission, template, subject, extra=None):
    if not submission.may_contact:
        return False
    with translation.override(submission.consent_language):
        message = render_to_string(template, {"submission": submission, **(extra or {})})
        return send_safely(str(subject), message, [submission.contact_email], template)


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
    removal_url = absolute_url(_removal_path(submission.consent_language) + f"?token={token}")
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
    from .models import StorySubmissionPage

    page = StorySubmissionPage.objects.live().filter(locale__language_code=language).first()
    page = page or StorySubmissionPage.objects.live().first()
    return (page.url if page else "/share-your-story/") + "remove/"


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
