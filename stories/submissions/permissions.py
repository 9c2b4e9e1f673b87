"""Who may work on a story in the admin.

Partner accounts: their organisation's stories, and only while a moderator has asked for
changes. Editors: every story except one sent in (public form or partner) that is not yet
published: its unpublished photo and the storyteller's words are the moderators' to decide on.
"""

from partners.permissions import PartnerOnlyTester, is_partner_only, partner_account

__all__ = ["StoryPermissionTester", "is_partner_only", "partner_account", "is_moderator"]


def is_moderator(user):
    return user.is_superuser or user.has_perm("story_submissions.view_storysubmission")


class StoryPermissionTester(PartnerOnlyTester):
    def __init__(self, user, page):
        self._submission = None
        super().__init__(user, page)
        self.sent_in_unpublished = bool(
            not self.partner_only
            and not page.live
            and not is_moderator(user)
            and self.submission() is not None
        )

    def submission(self):
        if self._submission is None:
            from .models import StorySubmission

            self._submission = (
                StorySubmission.objects.filter(story_id=self.page.pk).only("status").first()
                or False
            )
        return self._submission or None

    def partner_may_edit_page(self):
        from .models import SubmissionStatus

        if not self.partner or self.page.partner_id != self.partner.pk or self.page.live:
            return False
        submission = self.submission()
        return submission is not None and submission.status == SubmissionStatus.CHANGES_REQUESTED

    def can_edit(self):
        if self.sent_in_unpublished:
            return False
        return super().can_edit()

    def can_view_revisions(self):
        if self.partner_only:
            # Its own stories' history, also while they wait for review.
            return bool(
                self.partner and self.page.partner_id == self.partner.pk and self.user.is_active
            )
        if self.sent_in_unpublished:
            return False
        return super().can_view_revisions()

    def can_delete(self, *args, **kwargs):
        if self.sent_in_unpublished:
            return False
        return super().can_delete(*args, **kwargs)

    def can_publish(self):
        if self.sent_in_unpublished:
            return False
        return super().can_publish()
