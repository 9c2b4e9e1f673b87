"""Benchmark the impact dashboard, the read API and the story map at scale on PostgreSQL.

Usage (from the project root):

    .venv/bin/python bench/dashboard.py [--stories 100000] [--pledges 100000]
        [--submissions 20000] [--runs 10] [--database itac_bench_reach] [--keep] [--reuse]

It creates the database (dropping it first unless --reuse), migrates it, loads the demo site
plus N synthetic stories (`load_demo_content --stories N`), adds the pledges and story
submissions spread over the last year in bulk, then times in-process requests through
Django's test Client as an editor: median and 90th percentile of `runs` requests after
warm-up, and each page's SQL query count. The database is dropped at the end unless --keep.
"""

import os
import random
import shutil
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

from bench.stories import drop_database, measure, recreate_database  # noqa: E402

BATCH = 5_000


def parse_args():
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=100_000)
    parser.add_argument("--pledges", type=int, default=100_000)
    parser.add_argument("--submissions", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--database", default="itac_bench_reach")
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--reuse", action="store_true", help="reuse a loaded database")
    return parser.parse_args()


def add_pledges(count, rng):
    """`count` pledges from 60 countries, signed over the last 365 days."""
    from django.db import connection

    from actions.models import PledgePage, PledgeSignature

    pledge = PledgePage.objects.order_by("pk").first()
    codes = ["BR", "CA", "DE", "ES", "FR", "GB", "IE", "IN", "IT", "JP", "KE", "MX", "NG", "PT"]
    codes += ["AR", "AU", "BE", "CL", "CO", "DK", "EG", "FI", "GH", "GR", "ID", "JO", "LB", "MA"]
    done = 0
    while done < count:
        size = min(BATCH, count - done)
        PledgeSignature.objects.bulk_create(
            PledgeSignature(
                pledge=pledge,
                signer_type="individual",
                country=rng.choice(codes),
                language="en",
            )
            for _ in range(size)
        )
        done += size
        print(f"  pledges: {done}/{count}", flush=True)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE actions_pledgesignature SET created_at = now() - random() * interval '365 days'"
        )


def add_submissions(count, rng):
    """Submissions for `count` synthetic stories: sent over the last year, most decided."""
    from django.db import connection
    from django.utils import timezone

    from partners.models import PartnerPage
    from stories.models import StoryPage
    from stories.submissions.models import StorySubmission

    partners = [None, None, None, *PartnerPage.objects.live().order_by("pk")[:5]]
    story_ids = list(
        StoryPage.objects.filter(submission__isnull=True)
        .order_by("-pk")
        .values_list("pk", flat=True)[:count]
    )
    statuses = ["published", "published", "published", "rejected", "in-review", "changes-requested"]
    now = timezone.now()
    for start in range(0, len(story_ids), BATCH):
        StorySubmission.objects.bulk_create(
            StorySubmission(
                story_id=story_id,
                status=rng.choice(statuses),
                partner=rng.choice(partners),
                relationship="mine",
                consent_publish_story=True,
                consent_publish_photo=False,
                consent_contact=False,
                consent_version="bench",
                consent_language="en",
                consent_text="Benchmark",
                consented_at=now,
            )
            for story_id in story_ids[start : start + BATCH]
        )
        print(f"  submissions: {min(start + BATCH, len(story_ids))}/{len(story_ids)}", flush=True)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE story_submissions_storysubmission "
            "SET submitted_at = now() - random() * interval '365 days'"
        )
        cursor.execute(
            "UPDATE story_submissions_storysubmission "
            "SET decided_at = submitted_at + random() * interval '20 days' "
            "WHERE status IN ('published', 'rejected')"
        )


def main():
    args = parse_args()
    if not args.reuse:
        recreate_database(args.server, args.database)
    os.environ["DATABASE_URL"] = f"{args.server}/{args.database}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "itac.settings.test")
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth.models import Group, User
    from django.core import signals
    from django.core.management import call_command
    from django.db import close_old_connections
    from django.test import Client
    from django.utils import timezone

    from actions.models import PledgeSignature
    from stories.models import StoryPage

    settings.ALLOWED_HOSTS = ["*"]
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    rng = random.Random(2021)
    if not args.reuse:
        started = time.perf_counter()
        call_command("migrate", verbosity=0)
        call_command("load_demo_content", verbosity=0)
        print(f"migrate + demo: {time.perf_counter() - started:.0f} s", flush=True)
        started = time.perf_counter()
        call_command("load_demo_content", stories=args.stories, verbosity=0)
        print(f"{args.stories} synthetic stories: {time.perf_counter() - started:.0f} s")
        started = time.perf_counter()
        add_pledges(args.pledges, rng)
        add_submissions(args.submissions, rng)
        print(f"pledges and submissions: {time.perf_counter() - started:.0f} s", flush=True)
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    editor, _created = User.objects.get_or_create(username="bench-editor")
    editor.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(editor)
    today = timezone.localdate()
    year = f"start={today.replace(year=today.year - 1).isoformat()}&end={today.isoformat()}"
    pages = {
        "impact dashboard, last 12 weeks": "/admin/impact/",
        "impact dashboard, one year": f"/admin/impact/?{year}",
        "impact CSV, one year": f"/admin/impact/?{year}&format=csv",
        "API stories": "/api/v2/stories/",
        "API stories, filtered": "/api/v2/stories/?country=CA&theme=inclusion",
        "API pledges": "/api/v2/pledges/",
        "story map": "/stories/map/",
        "embedded cards": "/embed/stories/?partner=montreal&limit=3",
    }
    print(
        f"\n{StoryPage.objects.live().count()} live stories, "
        f"{PledgeSignature.objects.count()} pledges; {args.runs} runs per page after warm-up\n"
    )
    print("| page | URL | median ms | p90 ms | SQL queries |\n|---|---|---|---|---|")
    for label, url in pages.items():
        result = measure(client, url, args.runs)
        print(
            f"| {label} | `{url}` | {result['median']:.1f} | {result['p90']:.1f} "
            f"| {result['queries']} |",
            flush=True,
        )
    if not args.keep:
        drop_database(args.server, args.database)
        shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


if __name__ == "__main__":
    main()
