from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone

from stories.submissions.models import RemovalRequest, StorySubmission, SubmissionStatus
from stories.submissions.services import erase_story

RETENTION_DAYS = 90


class Command(BaseCommand):
    help = (
        "Erase submissions rejected, or left unpublished without any change, for more than "
        f"{RETENTION_DAYS} days: the draft story, its photo and its private record. "
        "Published stories are never touched. Safe to run daily (e.g. from cron)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only say how many would be erased."
        )

    def handle(self, *args, dry_run=False, **options):
        cutoff = timezone.now() - timedelta(days=RETENTION_DAYS)
        stale = (
            StorySubmission.objects.filter(story__live=False)
            .filter(
                Q(status=SubmissionStatus.REJECTED, decided_at__lt=cutoff)
                | Q(
                    status__in=[SubmissionStatus.IN_REVIEW, SubmissionStatus.CHANGES_REQUESTED],
                    story__latest_revision_created_at__lt=cutoff,
                )
            )
            .select_related("story")
        )
        count = 0
        for submission in stale:
            count += 1
            if not dry_run:
                erase_story(submission.story)
        handled = RemovalRequest.objects.filter(handled=True, requested_at__lt=cutoff)
        handled_count = handled.count()
        if not dry_run:
            handled.delete()
        verb = "Would erase" if dry_run else "Erased"
        self.stdout.write(
            f"{verb} {count} stale submission(s) and {handled_count} handled removal request(s)."
        )
