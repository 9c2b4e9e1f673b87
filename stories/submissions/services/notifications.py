"""Who is told what: moderators of a new story or a removal request (no personal data), the
storyteller of a decision (only if they agreed to be contacted). A failed email is logged and
loses nothing."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from itac.public_url import absolute_url

from ..models import StorySubmission

logger = logging.getLogger(__name__)

# The removal requests' listing in the admin (the snippet viewset in wagtail_hooks.py).
REMOVAL_REQUESTS_LIST = "wagtailsnippets_story_submissions_removalrequest:list"


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


def admin_url(name, *args):
    """The full address of the admin view `name` (on the admin's own base URL when set)."""
    path = reverse(name, args=args)
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
            "edit_url": admin_url("wagtailadmin_pages:edit", submission.story_id),
        },
    )
    send_safely(
        _("A new story is waiting for review"), message, moderator_addresses(), "new submission"
    )


def notify_moderators_of_removal_request(removal_pk):
    message = render_to_string(
        "story_submissions/emails/removal_request.txt",
        {"list_url": admin_url(REMOVAL_REQUESTS_LIST)},
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
