"""Benchmark: a visitor's home page through the proxy while one address floods the story form.

Usage (from the project root; PostgreSQL, Redis and Debian's varnish as for `make stack`):

    .venv/bin/python bench/stack_flood.py [--rounds 3] [--requests 300]
        [--database postgres://postgres@127.0.0.1:5432/itac_bench_flood]
        [--redis redis://127.0.0.1:6379/13]

It starts the layered stack (deploy/stack.py: Varnish in front of two gunicorn instances and
the task worker) on a database with the demo site (made on the first run, kept), then, in each
round, on a stack started anew (Varnish counts uploads per address for an hour; the app's own
limits are in Redis, emptied first): times `--requests` home page requests through the proxy
with nothing else running ("normal"), then as many as fit while four senders in a process of
their own post 18 story forms each carrying a 9-megapixel photo cut short, from one address
(tests/stack/flood.py, the stack test's sender). It prints, per round, what answered the posts
and the home page's median and 90th percentile before and during the flood, and their ratio.
The stack test (tests/stack/test_stack.py) checks what does not depend on the machine: the app
servers get 60 posts, the proxy refuses the rest, every home page request is a cache hit.
"""

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

from bench.photo_flood import free_port, home_times  # noqa: E402
from bench.serve import percentile  # noqa: E402
from deploy.stack import Stack, create_database, say  # noqa: E402
from tests.stack.visitors import Visitor  # noqa: E402


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--database", default="postgres://postgres@127.0.0.1:5432/itac_bench_flood")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/13")
    return parser.parse_args()


def one_round(stack, requests):
    import redis

    redis.Redis.from_url(stack.redis_url).flushdb()
    stack.start()
    try:
        home = Visitor(stack.url)
        home_times(home, count=20)  # in the cache
        normal = home_times(home, count=requests)
        flood = subprocess.Popen(
            [sys.executable, "-m", "tests.stack.flood", stack.url, "/share-your-story/", "4", "18"],
            cwd=BASE_DIR,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert flood.stdout.readline().strip() == "ready"
        began = time.perf_counter()
        flood.stdin.write("go\n")
        flood.stdin.flush()
        during = home_times(home, until=lambda: flood.poll() is not None)
        lasted = time.perf_counter() - began
        answers = json.loads(flood.stdout.read())
    finally:
        stack.stop()
    answered = Counter(
        f"{status} from the {'app' if backend else 'proxy'}" for status, backend in answers
    )
    return normal, during, lasted, answered


def main():
    args = parse_args()
    stack = Stack(
        workdir=Path(tempfile.mkdtemp(prefix="itac-bench-flood-")),
        database_url=args.database,
        redis_url=args.redis,
        proxy_port=free_port(),
        app_ports=(free_port(), free_port()),
    )
    create_database(args.database)
    stack.prepare()
    rows = []
    for number in range(1, args.rounds + 1):
        say(f"round {number} of {args.rounds}")
        normal, during, lasted, answered = one_round(stack, args.requests)
        ratio = statistics.median(during) / statistics.median(normal)
        rows.append(
            f"| {number} | {statistics.median(normal):.2f} | {percentile(normal, 0.9):.2f} "
            f"| {statistics.median(during):.2f} | {percentile(during, 0.9):.2f} "
            f"| {ratio:.2f} | {len(during)} in {lasted:.1f} s "
            f"| {', '.join(f'{n} × {what}' for what, n in sorted(answered.items()))} |"
        )
        say(rows[-1])
    with open("/proc/loadavg") as loadavg:
        load = loadavg.read().split()[:3]
    print(f"\nload average at the end: {' '.join(load)}\n")
    print(
        "| round | normal p50 ms | normal p90 ms | flood p50 ms | flood p90 ms | ratio of p50s "
        "| home page requests during the flood | the 72 posts answered |\n"
        "|--:|--:|--:|--:|--:|--:|---|---|"
    )
    print("\n".join(rows))


if __name__ == "__main__":
    main()
