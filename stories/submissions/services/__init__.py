"""What happens to a story sent in: a draft under review (creation), its way through review
(workflow), who is told (notifications), and removal requests and erasing it (erasure)."""

from .creation import create_submission
from .erasure import erase_story, record_removal_request
from .notifications import notify_moderators_of_submission
from .workflow import (
    assign_story_review,
    on_changes_requested,
    on_resubmitted,
    on_story_published,
    reject_story,
)

__all__ = [
    "assign_story_review",
    "create_submission",
    "erase_story",
    "notify_moderators_of_submission",
    "on_changes_requested",
    "on_resubmitted",
    "on_story_published",
    "record_removal_request",
    "reject_story",
]
