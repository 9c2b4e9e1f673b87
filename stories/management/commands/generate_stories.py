import time

from django.core.management.base import BaseCommand, CommandError

from stories.models import StoryIndexPage, Theme
from stories.synthetic import add_synthetic_stories, timed_progress


class Command(BaseCommand):
    help = (
        "Add N synthetic published stories to the story library, fast (bulk inserts), for "
        "benchmarks and scale tests. Run load_demo_content first. ANALYZEs the tables after."
    )

    def add_arguments(self, parser):
        parser.add_argument("count", type=int, help="How many stories to add.")
        parser.add_argument(
            "--seed", type=int, default=2021, help="Random seed (same seed, same stories)."
        )
        parser.add_argument(
            "--admin-search",
            action="store_true",
            default=None,
            help="Also add them to Wagtail's search index (the admin's search; about ten "
            "times slower). The public search has its own vectors either way. Always on SQLite.",
        )

    def handle(self, *args, count, seed, admin_search, **options):
        if count < 1:
            raise CommandError("Give a number of stories of 1 or more.")
        index = StoryIndexPage.objects.filter(depth=3).order_by("path").first()
        if index is None:
            raise CommandError("There is no story library: run load_demo_content first.")
        themes = list(Theme.objects.filter(locale_id=index.locale_id))
        write = self.stdout.write if options["verbosity"] else None
        started = time.monotonic()
        created = add_synthetic_stories(
            index,
            count,
            themes,
            seed=seed,
            progress=timed_progress(write) if write else None,
            admin_search=admin_search,
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Added {created:,} published stories to “{index.title}” in "
                f"{time.monotonic() - started:,.0f} s, and refreshed the planner's statistics."
            )
        )
