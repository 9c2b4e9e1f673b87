"""Benchmark the impact dashboard, the read API and the story map at scale on PostgreSQL.

Usage (from the project root):

    .venv/bin/python bench/dashboard.py [--stories 100000] [--pledges 100000]
        [--submissions 20000] [--runs 10] [--database itac_bench_reach] [--keep] [--reuse]
        [--generated]

It creates the database (dropping it first unless --reuse), migrates it, loads the demo site,
adds N stories, the pledges and story submissions spread over the last year with a few
INSERT ... SELECT statements (see add_stories), then times in-process requests through
Django's test Client as an editor: median and 90th percentile of `runs` requests after
warm-up, and each page's SQL query count; then the first look at the year's dashboard after
a story is published today and after an old one is unpublished. The database is dropped at
the end unless --keep.
"""

import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

from bench.in_process import add_database_arguments, measure, set_up, tear_down  # noqa: E402


def parse_args():
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=100_000)
    parser.add_argument("--pledges", type=int, default=100_000)
    parser.add_argument("--submissions", type=int, default=20_000)
    add_database_arguments(parser, database="itac_bench_reach", runs=10)
    parser.add_argument(
        "--reuse", action="store_true", help="reuse a kept database (the rows are still added)"
    )
    parser.add_argument(
        "--generated",
        action="store_true",
        help="the database was loaded by `manage.py generate_stories` (pass --reuse "
        "--stories 0): date the stories' first publications over the years first",
    )
    return parser.parse_args()


STEP_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
COUNTRIES = "BR CA DE ES FR GB IE IN IT JP KE MX NG PT AR AU BE CL CO DK EG FI GH GR ID JO LB MA"


def step_sql(expression):
    """SQL for treebeard's 4-character base-36 path step of the integer `expression`."""
    digits = [
        f"substr('{STEP_ALPHABET}', mod(({expression}) / {36**power}, 36) + 1, 1)"
        for power in (3, 2, 1, 0)
    ]
    return " || ".join(digits)


def add_stories(count):
    """`count` more live stories under the English library, copied in SQL from one story.

    The ORM path of `generate_stories N` takes about a minute per 10,000
    stories on an idle machine and many times that on a busy one; the dashboard only needs
    the rows, so they are made here with INSERT ... SELECT over generate_series: new paths,
    slugs, translation keys, countries, languages, dates (over the last year) and themes.
    """
    from django.db import connection

    from stories.models import StoryIndexPage, StoryPage

    library = StoryIndexPage.objects.get(locale__language_code="en")
    model = StoryPage.objects.child_of(library).order_by("pk").first()
    last = library.get_last_child()
    first_step = StoryPage._str2int(last.path[-StoryPage.steplen :]) + 1
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_name = 'wagtailcore_page' ORDER BY ordinal_position"
        )
        page_columns = [row[0] for row in cursor.fetchall() if row[0] != "id"]
        changed = {
            "path": f"'{library.path}' || " + step_sql(f"{first_step} + n"),
            "slug": "'bench-story-' || n",
            "url_path": f"'{library.url_path}bench-story-' || n || '/'",
            "title": "'It Takes A Community, bench story ' || n",
            "draft_title": "'It Takes A Community, bench story ' || n",
            "translation_key": "md5(random()::text || n)::uuid",
            "first_published_at": "now() - random() * interval '365 days'",
        }
        select = ", ".join(changed.get(column, f"p.{column}") for column in page_columns)
        cursor.execute(
            # Only constants and column names from information_schema are interpolated.
            f"INSERT INTO wagtailcore_page ({', '.join(page_columns)}) "
            f"SELECT {select} FROM wagtailcore_page p, generate_series(1, %s) AS n "
            f"WHERE p.id = %s",
            [count, model.pk],
        )
        cursor.execute(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_name = 'stories_storypage' ORDER BY ordinal_position"
        )
        story_columns = [row[0] for row in cursor.fetchall()]
        countries = "ARRAY['" + "','".join(COUNTRIES.split()) + "']"
        story_changed = {
            "page_ptr_id": "p.id",
            "country": f"({countries})[1 + floor(random() * 28)::int]",
            "told_in_language": "(ARRAY['en','es','fr','ar','pt'])[1 + floor(random() * 5)::int]",
            "date_published": "(now() - random() * interval '365 days')::date",
        }
        story_select = ", ".join(story_changed.get(c, f"s.{c}") for c in story_columns)
        cursor.execute(
            f"INSERT INTO stories_storypage ({', '.join(story_columns)}) "
            f"SELECT {story_select} FROM wagtailcore_page p, stories_storypage s "
            f"WHERE p.slug LIKE 'bench-story-%%' AND s.page_ptr_id = %s",
            [model.pk],
        )
        cursor.execute(
            "INSERT INTO stories_storypage_themes (storypage_id, theme_id) "
            "SELECT s.page_ptr_id, t.id FROM stories_storypage s "
            "JOIN wagtailcore_page p ON p.id = s.page_ptr_id "
            "JOIN stories_theme t ON t.locale_id = p.locale_id "
            "WHERE p.slug LIKE 'bench-story-%%' AND random() < 0.3"
        )
        cursor.execute(
            "UPDATE wagtailcore_page SET numchild = numchild + %s WHERE id = %s",
            [count, library.pk],
        )


def add_pledges(count):
    """`count` pledges from 28 countries, signed over the last 365 days (one INSERT)."""
    from django.db import connection

    from actions.models import PledgePage

    pledge = PledgePage.objects.order_by("pk").first()
    countries = "ARRAY['" + "','".join(COUNTRIES.split()) + "']"
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO actions_pledgesignature (pledge_id, display_name, signer_type, country, "
            "email, email_updates, show_in_public_list, language, created_at) "
            f"SELECT %s, '', 'individual', ({countries})[1 + floor(random() * 28)::int], "
            "'', false, false, 'en', now() - random() * interval '365 days' "
            "FROM generate_series(1, %s)",
            [pledge.pk, count],
        )


def add_submissions(count):
    """Submissions for `count` of the bench stories: sent over the last year, most decided,
    from the public form or one of five partners."""
    from django.db import connection

    from partners.models import PartnerPage

    partners = list(PartnerPage.objects.live().order_by("pk").values_list("pk", flat=True)[:5])
    partner_array = "ARRAY[NULL, NULL, NULL, " + ", ".join(str(pk) for pk in partners) + "]::int[]"
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO story_submissions_storysubmission (story_id, status, relationship, "
            "contact_email, consent_publish_story, consent_publish_photo, consent_contact, "
            "consent_version, consent_language, consent_text, consented_at, partner_id, "
            "submitted_at, removal_token_hash) "
            "SELECT p.id, (ARRAY['published','published','published','rejected','in-review',"
            "'changes-requested'])[1 + floor(random() * 6)::int], 'mine', '', true, false, "
            f"false, 'bench', 'en', 'Benchmark', now(), ({partner_array})[1 + "
            f"floor(random() * {3 + len(partners)})::int], "
            "now() - random() * interval '365 days', '' "
            "FROM wagtailcore_page p JOIN stories_storypage s ON s.page_ptr_id = p.id "
            "WHERE NOT EXISTS (SELECT 1 FROM story_submissions_storysubmission x "
            "WHERE x.story_id = p.id) ORDER BY p.id DESC LIMIT %s",
            [count],
        )
        cursor.execute(
            "UPDATE story_submissions_storysubmission "
            "SET decided_at = submitted_at + random() * interval '20 days' "
            "WHERE status IN ('published', 'rejected')"
        )


def spread_first_publications():
    """`generate_stories` publishes every story "now"; a campaign's stories were first
    published over the years, on their publication date: set that (one UPDATE)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE wagtailcore_page p SET first_published_at = s.date_published + "
            "random() * interval '1 day' FROM stories_storypage s "
            "WHERE s.page_ptr_id = p.id AND p.first_published_at > now() - interval '1 day' "
            "AND s.date_published < now() - interval '1 day'"
        )


def main():
    args = parse_args()
    loaded = set_up(args)
    from django.contrib.auth.models import Group, User
    from django.test import Client
    from django.utils import timezone

    from actions.models import PledgeSignature
    from stories.models import StoryPage

    if loaded is not None:
        print(f"migrate + demo: {loaded:.0f} s", flush=True)
    # Added on a reused database too (pass 0 to only measure again).
    started = time.perf_counter()
    if args.generated:
        spread_first_publications()
    if args.stories:
        add_stories(args.stories)
    if args.pledges:
        add_pledges(args.pledges)
    if args.submissions:
        add_submissions(args.submissions)
    print(
        f"added {args.stories} stories, {args.pledges} pledges, {args.submissions} "
        f"submissions: {time.perf_counter() - started:.0f} s",
        flush=True,
    )
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
    print(
        "| page | URL | first look ms | median ms | p90 ms | SQL queries |\n"
        "|---|---|---|---|---|---|"
    )
    from django.core.cache import cache

    for label, url in pages.items():
        # The first look after the cache was emptied (every kept week is counted again), then
        # repeated looks.
        cache.clear()
        started = time.perf_counter()
        assert client.get(url).status_code == 200, url
        first = (time.perf_counter() - started) * 1000
        result = measure(client, url, args.runs)
        print(
            f"| {label} | `{url}` | {first:.1f} | {result['median']:.1f} "
            f"| {result['p90']:.1f} | {result['queries']} |",
            flush=True,
        )
    time_looks_after_story_changes(client, pages["impact dashboard, one year"])
    tear_down(args)


def time_looks_after_story_changes(client, url):
    """The first look at `url` after a story change, everything else kept: a new story dated
    today (no past week is counted again), then an old story unpublished (its week is); then
    as in production, where the task worker counts the stale weeks ahead of the look
    (reach.tasks): an old story unpublished, and the whole cache emptied, each followed by the
    worker's count (`count_ahead`, timed apart) before the look."""
    import datetime

    from django.core.cache import cache
    from django.utils import timezone

    from reach.dashboard import count_ahead
    from stories.models import StoryIndexPage, StoryPage

    today = timezone.now().date()
    library = StoryIndexPage.objects.get(locale__language_code="en")

    def publish_today():
        story = StoryPage(
            # A new title on each run: a reused database keeps the last run's story.
            title=f"It Takes A Community, bench story published at {time.time_ns()}",
            summary="Summary.",
            body=[("paragraph", "<p>Text</p>")],
            date_published=today,
        )
        library.add_child(instance=story)
        story.save_revision().publish()

    def unpublish_old():
        old = StoryPage.objects.live().filter(date_published__lt=today - datetime.timedelta(90))
        old.order_by("-date_published").first().unpublish()

    print(
        f"\n| first look at `{url}` after | the worker's count first, ms | first look ms |\n"
        "|---|--:|--:|"
    )
    changes = [
        ("a story published today", publish_today, False),
        ("an old story unpublished", unpublish_old, False),
        ("an old story unpublished, counted by the worker", unpublish_old, True),
        ("the cache emptied, counted by the worker", cache.clear, True),
    ]
    for label, change, counted_ahead in changes:
        client.get(url)
        change()
        counted = "-"
        if counted_ahead:
            started = time.perf_counter()
            count_ahead()
            counted = f"{(time.perf_counter() - started) * 1000:.0f}"
        started = time.perf_counter()
        assert client.get(url).status_code == 200, url
        look = (time.perf_counter() - started) * 1000
        print(f"| {label} | {counted} | {look:.1f} |", flush=True)


if __name__ == "__main__":
    main()
