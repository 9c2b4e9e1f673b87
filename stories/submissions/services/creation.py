"""A story sent in through the public form or by a partner: a draft under review, with its
private record, all or nothing."""

import io
import logging

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page

from stories.models import StoryIndexPage, StoryPage, Theme

from .. import consent
from ..models import StorySubmission
from ..roles import SUBMISSIONS_COLLECTION
from .notifications import notify_moderators_of_submission
from .workflow import assign_story_review, story_review_workflow

logger = logging.getLogger(__name__)


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
    # Checked a moment ago by add_child (the page's full clean), and its history already says
    # it was created: the revision is written without a second check and a second entry.
    revision = story.save_revision(user=user, clean=False)

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
        submission_key_hash=form.submission_key_hash,
    )
    workflow = story_review_workflow()
    if workflow is not None:
        assign_story_review(workflow)
        workflow.start(story, user)
    else:  # pragma: no cover - the workflow comes with a migration
        logger.error(
            "The Story review workflow is missing: submission %s waits unreviewed", revision.pk
        )
    transaction.on_commit(lambda: notify_moderators_of_submission(submission.pk))
    return submission
