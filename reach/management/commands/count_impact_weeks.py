"""Count the impact dashboard's weeks and days of the last year now, so staff's looks find
them kept: after a deploy, or after the cache (Redis) was emptied or restarted.

    manage.py count_impact_weeks                  # here, saying what it counted and how long
    manage.py count_impact_weeks --in-background  # queued for the task worker
"""

import time

from django.core.management.base import BaseCommand

from reach.dashboard import count_ahead
from reach.tasks import count_impact_weeks


class Command(BaseCommand):
    help = "Count the impact dashboard's weeks of the last year ahead of staff's looks."

    def add_arguments(self, parser):
        parser.add_argument(
            "--in-background",
            action="store_true",
            help="queue the count for the task worker instead of counting here",
        )

    def handle(self, *args, in_background=False, **options):
        if in_background:
            count_impact_weeks.enqueue()
            self.stdout.write("Queued for the task worker (queue 'impact').")
            return
        began = time.monotonic()
        year = count_ahead()
        self.stdout.write(
            f"Counted the dashboard's weeks and days from {year.start} to {year.end} "
            f"in {time.monotonic() - began:.1f} s."
        )
