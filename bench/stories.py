"""Benchmark the story library with 10,000 stories on PostgreSQL.

Usage (from the project root):

    .venv/bin/python bench/stories.py [--stories 10000] [--runs 30] [--database itac_bench]
        [--keep] [--reuse]

It creates the PostgreSQL database (dropping it first unless --reuse), migrates it, loads
the demo site plus N synthetic stories, then times in-process requests through Django's
test Client: median (and 90th percentile) server time of `runs` requests after warm-up, and
the SQL query count of each page. The database is dropped at the end unless --keep.
"""

import argparse
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--database", default="itac_bench")
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--reuse", action="store_true", help="reuse a loaded database")
    return parser.parse_args()


def recreate_database(server, name):
    import psycopg2

    connection = psycopg2.connect(f"{server}/postgres")
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()


def drop_database(server, name):
    import psycopg2

    from django.db import connections

    connections.close_all()
    connection = psycopg2.connect(f"{server}/postgres")
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
    connection.close()


def measure(client, url, runs):
    from django.db import connection

    for _warm_up in range(3):
        assert client.get(url).status_code == 200, url
    executed = []

    def count(execute, sql, params, many, context):
        executed.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        client.get(url)
    timings = []
    for _run in range(runs):
        start = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200
    timings.sort()
    return {
        "median": statistics.median(timings),
        "p90": timings[int(len(timings) * 0.9) - 1],
        "queries": len(executed),
    }


def main():
    args = parse_args()
    if not args.reuse:
        recreate_database(args.server, args.database)
    os.environ["DATABASE_URL"] = f"{args.server}/{args.database}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "itac.settings.test")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client

    settings.ALLOWED_HOSTS = ["*"]
    # As in Django's tests: keep one connection, so its query log survives between requests.
    from django.core import signals
    from django.db import close_old_connections

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    from stories.models import StoryPage

    if not args.reuse:
        started = time.perf_counter()
        call_command("migrate", verbosity=0)
        call_command("load_demo_content", verbosity=0)
        loaded = time.perf_counter()
        call_command("load_demo_content", stories=args.stories, verbosity=0)
        print(
            f"migrate + demo: {loaded - started:.0f} s; "
            f"{args.stories} synthetic stories: {time.perf_counter() - loaded:.0f} s"
        )
    story = StoryPage.objects.live().order_by("-pk").first()
    total = StoryPage.objects.live().count()
    pages = {
        "/stories/": "/stories/",
        "filtered listing": "/stories/?country=CA&theme=inclusion&page=2",
        "search": "/stories/?q=bakery",
        "story page": story.url,
        "home": "/",
    }
    client = Client()
    print(f"{total} live stories, {args.runs} runs per page after warm-up\n")
    print("| page | URL | median ms | p90 ms | SQL queries |\n|---|---|---|---|---|")
    for label, url in pages.items():
        result = measure(client, url, args.runs)
        print(
            f"| {label} | `{url}` | {result['median']:.1f} | {result['p90']:.1f} "
            f"| {result['queries']} |"
        )
    if not args.keep:
        drop_database(args.server, args.database)
        shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


if __name__ == "__main__":
    main()
