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
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

from bench.in_process import add_database_arguments, measure, set_up, tear_down  # noqa: E402


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=10_000)
    add_database_arguments(parser, database="itac_bench", runs=30)
    parser.add_argument("--reuse", action="store_true", help="reuse a loaded database")
    return parser.parse_args()


def main():
    args = parse_args()
    loaded = set_up(args)
    from django.core.management import call_command
    from django.test import Client

    from stories.models import StoryPage

    if loaded is not None:
        started = time.perf_counter()
        call_command("load_demo_content", verbosity=0)
        call_command("generate_stories", args.stories, verbosity=0)
        print(
            f"migrate + demo: {loaded:.0f} s; "
            f"{args.stories} synthetic stories: {time.perf_counter() - started:.0f} s"
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
    tear_down(args)


if __name__ == "__main__":
    main()
