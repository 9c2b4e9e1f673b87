"""The private record beside the story on the moderator's review screen (read-only)."""

from django.utils import formats
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import Panel

VIEW_RECORD_PERMISSION = "story_submissions.view_storysubmission"


class ConsentRecordPanel(Panel):
    """Shown only to moderators and administrators, and only on a story sent in: who sent it,
    how to reach them, and the consent they gave, word for word. Nothing in it is a form field:
    the record is proof of what the storyteller agreed to, and nobody may change it."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("heading", _("Private record and consent (moderators only)"))
        super().__init__(*args, **kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "story_submissions/admin/consent_record_panel.html"

        @property
        def submission(self):
            from .models import StorySubmission

            if not self.instance.pk:
                return None
            return (
                StorySubmission.objects.filter(story_id=self.instance.pk)
                .select_related("partner", "submitted_by")
                .first()
            )

        def is_shown(self):
            user = self.request.user if self.request else None
            return bool(user and user.has_perm(VIEW_RECORD_PERMISSION) and self.submission)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["rows"] = record_rows(self.submission)
            return context


# What the storyteller told us and agreed to, word for word; the review screen's panel and the
# submissions' inspect view (wagtail_hooks.py) both show it.
CONSENT_FIELDS = [
    "status",
    "relationship",
    "contact_email",
    "consent_publish_story",
    "consent_publish_photo",
    "consent_contact",
    "consent_version",
    "consent_language",
    "consented_at",
    "consent_text",
]
RECORD_FIELDS = [*CONSENT_FIELDS, "submitted_at", "removal_requested_at"]


def source_of(submission):
    """Where a story came from: the public form, a partner, or campaign staff (no record)."""
    return submission.source if submission is not None else _("Campaign staff")


def record_rows(submission):
    rows = [(_("Sent through"), source_of(submission))]
    for name in RECORD_FIELDS:
        field = submission._meta.get_field(name)
        value = getattr(submission, name)
        if field.choices:
            value = getattr(submission, f"get_{name}_display")()
        elif isinstance(value, bool):
            value = _("Yes") if value else _("No")
        elif hasattr(value, "isoformat"):
            value = formats.date_format(value, "DATETIME_FORMAT") + " UTC"
        rows.append((field.verbose_name, value))
    return rows
