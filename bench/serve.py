"""Benchmark the portal as it runs in production: PostgreSQL, gunicorn, production settings.

Usage (from the project root; `make bench` runs it with the defaults):

    .venv/bin/python bench/serve.py [--stories 100000] [--database itac_bench] [--reuse]
        [--requests 60] [--workers 2] [--port 8714] [--drop]
        [--bakerydemo DIR --bakerydemo-python DIR/.venv/bin/python]

1. Builds the database (unless --reuse finds it loaded): migrate, load_demo_content, then
   `generate_stories N` (the bulk loader), printing how long each step took.
2. Collects static files, starts gunicorn (production settings, `--workers` sync workers,
   Redis database 14 as the cache when Redis answers) and, if given, Wagtail's bakerydemo.
3. For each page: the SQL queries it makes (counted in-process after a warm-up, as
   tests/stories/test_queries.py does), server CPU per request read from /proc (gunicorn
   workers, and the PostgreSQL backends serving them) over `--requests` sequential requests,
   and p50/p99 latency at concurrency 1 and 16.

A page asked for again and again is what the portal keeps (cards, a story's content, the count
of a search): the rows marked "not asked before" ask for a different address each time (a
story nobody read since the last publish, a search with filters nobody used), so they show
what a page costs when nothing of it is kept. A search with a country and a theme finds a few
stories among 1,000 and a full page of them among 100,000; the row "a full page" asks for
pages of twelve at any size (a theme and a page number), so that the two sizes compare pages of
the same length. It and the filtered listing not asked before forget the kept story cards
before each of their requests (when Redis is the cache): among 1,000 stories the same few are
on many pages, so their cards would be kept from one page to the next, and the two sizes would
not draw the same number of cards.
The rows "after a publish" ask for one address again and again, each time after what
publishing a story does to the cache (new pages and options versions: the page, its counts
and its search are worked out anew, the cards kept per publication stay): the first request
for a popular page after a moderator publishes a story.

CPU from /proc is what the server processes spent, whatever else runs on the machine; the
latencies are not: on a shared machine read them with the load average printed beside them.
"""

import argparse
import concurrent.futures
import json
import os
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

from bench.chart import bars  # noqa: E402

PYTHON = str(BASE_DIR / ".venv" / "bin" / "python")
TICKS = os.sysconf("SC_CLK_TCK")

# (label, address) of the portal's pages; {story} is the newest story's address.
PAGES = [
    ("home", "/"),
    ("listing", "/stories/"),
    ("filtered listing", "/stories/?country=CA&theme=inclusion"),
    ("listing, page 50", "/stories/?page=50"),
    ("search", "/stories/?q=community"),
    ("search, rare word + filter", "/stories/?q=bakery&country=PT"),
    ("search, Spanish", "/stories/?q=comunidad"),
    ("story page", "{story}"),
    ("story page, not asked before", "{stories}"),
    ("filtered listing, not asked before", "{listings}"),
    ("search, filters not asked before", "{searches}"),
    ("search, a full page not asked before", "{full_pages}"),
    ("filtered listing, after a publish", "/stories/?country=CA&theme=inclusion"),
    ("search, after a publish", "/stories/?q=community"),
    ("partners", "/partners/"),
    ("events", "/events/"),
]
# Requests before measuring, four at a time: enough for each gunicorn worker to have served
# the page (its first request finds and keeps what every page needs).
WARM_UP = 8
# bakerydemo's closest pages (its own demo data).
BAKERYDEMO_PAGES = [
    ("home", "/"),
    ("listing", "/blog/"),
    ("search", "/search/?q=bread"),
    ("story page", "{story}"),
]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=100_000)
    parser.add_argument("--database", default="itac_bench")
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--reuse", action="store_true", help="reuse a loaded database")
    parser.add_argument("--drop", action="store_true", help="drop the database afterwards")
    parser.add_argument("--requests", type=int, default=60, help="requests per page and level")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=8714)
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/14")
    parser.add_argument("--bakerydemo", help="a bakerydemo checkout, set up (see docs)")
    parser.add_argument("--bakerydemo-python", help="its virtualenv's python (3.12+)")
    parser.add_argument("--bakerydemo-port", type=int, default=8715)
    return parser.parse_args()


def psql(server, database, sql):
    return subprocess.run(
        ["psql", f"{server}/{database}", "-Atc", sql], capture_output=True, text=True, check=True
    ).stdout.strip()


def manage(env, *args, quiet=False):
    subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL if quiet else None,
    )


def timed(label, function):
    started = time.monotonic()
    function()
    took = time.monotonic() - started
    print(f"{label}: {took:,.0f} s", flush=True)
    return took


def build(args, env):
    database_url = f"{args.server}/{args.database}"
    exists = psql(
        args.server, "postgres", f"SELECT 1 FROM pg_database WHERE datname = '{args.database}'"
    )
    if args.reuse and exists:
        count = psql(args.server, args.database, "SELECT count(*) FROM stories_storypage")
        print(f"Reusing {args.database}: {int(count):,} stories", flush=True)
        return
    psql(args.server, "postgres", f'DROP DATABASE IF EXISTS "{args.database}"')
    psql(args.server, "postgres", f'CREATE DATABASE "{args.database}"')
    build_env = {
        **env,
        "DJANGO_SETTINGS_MODULE": "itac.settings.test",
        "DATABASE_URL": database_url,
    }
    timed("migrate", lambda: manage(build_env, "migrate", "--noinput", "-v0"))
    timed("demo site", lambda: manage(build_env, "load_demo_content", "-v0"))
    timed(
        f"generate_stories {args.stories:,}",
        lambda: manage(build_env, "generate_stories", str(args.stories)),
    )


def worker_pids(master):
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    return [int(pid) for pid in children]


def cpu_ticks(pids):
    """CPU ticks (user + system) of each process still running."""
    ticks = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        ticks[pid] = int(fields[11]) + int(fields[12])
    return ticks


def spent(before, after):
    """Ticks spent between two readings by the processes alive at the end (new ones from 0)."""
    return sum(total - before.get(pid, 0) for pid, total in after.items())


def database_backends(server, database):
    """PostgreSQL backends connected to the benchmark database (the workers' connections)."""
    pids = psql(
        server,
        "postgres",
        f"SELECT pid FROM pg_stat_activity WHERE datname = '{database}' "
        "AND pid <> pg_backend_pid()",
    )
    return [int(pid) for pid in pids.split()] if pids else []


def fetch(url):
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as response:
        response.read()
        status = response.status
    return (time.perf_counter() - started) * 1000, status


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def measure(base_url, paths, requests, master, server=None, database=None, before_each=None):
    """One address asked for again and again, or a list of addresses each asked for once
    (`requests_per_page(requests)` of them: warm-up, sequential and concurrent requests);
    `before_each()` is called before each measured sequential request (its own CPU is not
    the server's)."""
    if isinstance(paths, str):
        paths = [paths] * requests_per_page(requests)
    urls = iter(base_url + path for path in paths)
    # Several at once, so that every worker serves some (one at a time, one worker may take
    # them all and the other meet its first request while measured).
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        list(pool.map(fetch, [next(urls) for _warm_up in range(WARM_UP)]))
    workers = worker_pids(master)
    backends = database_backends(server, database) if database else []
    app_before, db_before = cpu_ticks(workers), cpu_ticks(backends)
    load = os.getloadavg()[0]
    sequential = []
    for _request in range(requests):
        url = next(urls)
        if before_each is not None:
            before_each()
        took, status = fetch(url)
        assert status == 200, (url, status)
        sequential.append(took)
    app_cpu = spent(app_before, cpu_ticks(workers)) / TICKS / requests * 1000
    if database:
        backends = database_backends(server, database)  # the same, or new connections
        db_cpu = spent(db_before, cpu_ticks(backends)) / TICKS / requests * 1000
    else:
        db_cpu = None
    with concurrent.futures.ThreadPoolExecutor(16) as pool:
        concurrent_urls = [next(urls) for _request in range(requests * 2)]
        concurrent_times = [took for took, _status in pool.map(fetch, concurrent_urls)]
    return {
        "app_cpu": app_cpu,
        "db_cpu": db_cpu,
        "c1_p50": statistics.median(sequential),
        "c1_p99": percentile(sequential, 0.99),
        "c16_p50": statistics.median(concurrent_times),
        "c16_p99": percentile(concurrent_times, 0.99),
        "load": load,
    }


def requests_per_page(requests):
    return WARM_UP + requests * 3


def addresses_not_asked_before(server, database, count):
    """`count` story pages, as many filtered listings, searches with filters and full pages
    of searches, each different."""
    stories = psql(
        server,
        database,
        "SELECT p.url_path FROM wagtailcore_page p JOIN stories_storypage s "
        "ON s.page_ptr_id = p.id JOIN wagtailcore_locale l ON l.id = p.locale_id "
        f"WHERE p.live AND l.language_code = 'en' ORDER BY p.id DESC OFFSET 1 LIMIT {count}",
    ).split()
    countries = psql(
        server,
        database,
        "SELECT DISTINCT country FROM stories_storypage WHERE country <> '' ORDER BY 1",
    ).split()
    themes = psql(
        server,
        database,
        "SELECT t.slug FROM stories_theme t JOIN wagtailcore_locale l ON l.id = t.locale_id "
        "WHERE l.language_code = 'en' ORDER BY 1",
    ).split()
    languages = psql(
        server, database, "SELECT DISTINCT told_in_language FROM stories_storypage ORDER BY 1"
    ).split()
    # A country and a theme, then the same with each language: as many as --requests needs.
    searches = [
        f"/stories/?q=community&country={country}&theme={theme}{language}"
        for language in ["", *(f"&language={code}" for code in languages)]
        for theme in themes
        for country in countries
    ][:count]
    # The same filters without words: the listing of a country's stories of a theme.
    listings = [search.replace("q=community&", "") for search in searches]
    # A theme and a page of its answers (each page of twelve, at any size of the library).
    full_pages = [
        f"/stories/?q=community&theme={theme}&page={number}"
        for number in range(1, count + 1)
        for theme in themes
    ][:count]
    assert len(stories) == len(searches) == count, "too few stories or filters to ask each once"
    story_paths = ["/" + story.split("/", 2)[2] for story in stories]
    return story_paths, listings, searches, full_pages


def count_first_queries(env, path):
    """Queries of the first request for `path`, in-process, after a warm-up on the home page
    (what every page shares is kept; nothing of this address is)."""
    script = (
        "from django.db import connection\n"
        "from django.test import Client\n"
        "from django.test.utils import CaptureQueriesContext\n"
        "client = Client()\n"
        "client.get('/')\n"
        "client.get('/stories/')\n"
        "with CaptureQueriesContext(connection) as captured:\n"
        f"    client.get({path!r})\n"
        "print(len(captured.captured_queries))\n"
    )
    return int(last_line_of_shell(env, script))


def count_queries(env, paths):
    """Queries per page, in-process, after a warm-up (the same rule as the query-count tests)."""
    script = (
        "import json, sys\n"
        "from django.db import connection\n"
        "from django.test import Client\n"
        "from django.test.utils import CaptureQueriesContext\n"
        "client = Client()\n"
        "counts = {}\n"
        "for path in json.loads(sys.argv[1]):\n"
        "    client.get(path)\n"
        "    with CaptureQueriesContext(connection) as captured:\n"
        "        client.get(path)\n"
        "    counts[path] = len(captured.captured_queries)\n"
        "print(json.dumps(counts))\n"
    )
    script = script.replace("sys.argv[1]", repr(json.dumps(paths)))
    return json.loads(last_line_of_shell(env, script))


def last_line_of_shell(env, script):
    """What `script` prints last, run by `manage.py shell` with the test settings (in-process
    query counts; the shell may first say what it imported)."""
    output = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", script],
        cwd=BASE_DIR,
        env={**env, "DJANGO_SETTINGS_MODULE": "itac.settings.test"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return output.strip().splitlines()[-1]


def start_gunicorn(python, directory, port, workers, env, wsgi):
    gunicorn = str(Path(python).parent / "gunicorn")
    process = subprocess.Popen(
        [
            gunicorn,
            wsgi,
            "--workers",
            str(workers),
            "--bind",
            f"127.0.0.1:{port}",
            "--no-control-socket",
            "--log-level",
            "warning",
        ],
        cwd=directory,
        env=env,
    )
    for _attempt in range(120):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5)
            return process
        except OSError:
            time.sleep(0.5)
    process.terminate()
    raise SystemExit(f"gunicorn on port {port} did not answer")


# Rows whose measured requests draw every story card anew (see the docstring).
CARDS_DRAWN_ANEW = {"filtered listing, not asked before", "search, a full page not asked before"}
# Rows whose measured requests each follow a story's publishing (see the docstring).
AFTER_A_PUBLISH = {"filtered listing, after a publish", "search, after a publish"}


def keys_forgotten(url, *patterns):
    """A function that deletes the keys matching `patterns` from the Redis database at `url`."""
    import redis

    client = redis.Redis.from_url(url)

    def forget():
        keys = [key for pattern in patterns for key in client.scan_iter(pattern, count=10_000)]
        if keys:
            client.delete(*keys)

    return forget


def redis_answers(url):
    try:
        import redis

        redis.Redis.from_url(url).ping()
        return True
    except Exception:  # noqa: BLE001 (no Redis: each worker caches in its own memory)
        return False


# The budget per page (app + DB CPU per request, ms); a page not asked before or
# after a publish has its page's budget.
BUDGETS = {
    "home": 12,
    "listing": 20,
    "filtered listing": 20,
    "listing, page 50": 20,
    "search": 25,
    "search, rare word + filter": 25,
    "search, Spanish": 25,
    "story page": 15,
    "story page, not asked before": 15,
    "filtered listing, not asked before": 20,
    "search, filters not asked before": 25,
    "search, a full page not asked before": 25,
    "filtered listing, after a publish": 20,
    "search, after a publish": 25,
    "partners": 15,
    "events": 15,
}


def cost_chart(title, rows, limits=None):
    """The rows' server CPU per request (app + DB) as bars, beside their budgets."""
    figures = [
        (label, result["app_cpu"] + (result["db_cpu"] or 0)) for label, _path, _q, result in rows
    ]
    return bars(title, figures, limits=limits)


def table(rows):
    lines = [
        "| page | address | queries | app CPU ms/req | DB CPU ms/req | c1 p50 | c1 p99 "
        "| c16 p50 | c16 p99 | load |",
        "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for label, path, queries, result in rows:
        db = f"{result['db_cpu']:.1f}" if result["db_cpu"] is not None else "n/a"
        lines.append(
            f"| {label} | `{path}` | {queries} | {result['app_cpu']:.1f} | {db} "
            f"| {result['c1_p50']:.0f} | {result['c1_p99']:.0f} "
            f"| {result['c16_p50']:.0f} | {result['c16_p99']:.0f} | {result['load']:.1f} |"
        )
    return "\n".join(lines)


def main():
    args = parse_args()
    database_url = f"{args.server}/{args.database}"
    env = {**os.environ, "DATABASE_URL": database_url}
    build(args, env)
    static_root = Path(tempfile.mkdtemp(prefix="itac-bench-static-"))
    media_root = Path(tempfile.mkdtemp(prefix="itac-bench-media-"))
    serve_env = {
        **env,
        "DJANGO_SETTINGS_MODULE": "itac.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "PUBLIC_BASE_URL": "http://127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "STATIC_ROOT": str(static_root),
        "MEDIA_ROOT": str(media_root),
        "LOG_LEVEL": "WARNING",
    }
    before_each = {}
    if redis_answers(args.redis):
        serve_env["REDIS_URL"] = args.redis
        forget_story_cards = keys_forgotten(args.redis, "*:itac:card:story:*")
        before_each.update(dict.fromkeys(CARDS_DRAWN_ANEW, forget_story_cards))
        # What publishing a story does to the cache: new pages and options versions (a
        # version missing is a new one, itac.page_cache.CacheVersion); cards stay.
        published = keys_forgotten(args.redis, "*:itac:pages:version", "*:stories:options-version")
        before_each.update(dict.fromkeys(AFTER_A_PUBLISH, published))
        subprocess.run(["redis-cli", "-u", args.redis, "FLUSHDB"], capture_output=True, check=False)
    manage(serve_env, "collectstatic", "--noinput", "-v0", quiet=True)
    story = psql(
        args.server,
        args.database,
        "SELECT p.url_path FROM wagtailcore_page p JOIN stories_storypage s "
        "ON s.page_ptr_id = p.id WHERE p.live ORDER BY p.id DESC LIMIT 1",
    )
    story_path = "/" + story.split("/", 2)[2]
    stories = int(psql(args.server, args.database, "SELECT count(*) FROM stories_storypage"))
    story_paths, listings, searches, full_pages = addresses_not_asked_before(
        args.server, args.database, requests_per_page(args.requests) + 1
    )
    not_asked_before = {
        "{stories}": story_paths,
        "{listings}": listings,
        "{searches}": searches,
        "{full_pages}": full_pages,
    }
    pages = [
        (label, not_asked_before.get(path) or path.format(story=story_path))
        for label, path in PAGES
    ]
    # Queries with warm caches; the rows not asked before count the first request of one more
    # address (the last of their lists, kept out of the measured requests).
    queries = count_queries(env, [path for _label, path in pages if isinstance(path, str)])
    for label, path in pages:
        if not isinstance(path, str):
            queries[label] = count_first_queries(env, path.pop())
    processes = []
    try:
        gunicorn = start_gunicorn(PYTHON, BASE_DIR, args.port, args.workers, serve_env, "itac.wsgi")
        processes.append(gunicorn)
        rows = []
        for label, path in pages:
            result = measure(
                f"http://127.0.0.1:{args.port}",
                path,
                args.requests,
                gunicorn.pid,
                args.server,
                args.database,
                before_each=before_each.get(label),
            )
            if isinstance(path, str):
                rows.append((label, path, queries.get(path, "?"), result))
            else:
                shown = "/stories/<another story>/" if "?" not in path[0] else path[0]
                rows.append((label, f"{shown} …", queries[label], result))
            print(f"  measured {label}", flush=True)
        print(
            f"\nITAC portal: {stories:,} stories, {args.workers} gunicorn sync workers, "
            f"{args.requests} requests per page (c16: {args.requests * 2}), "
            f"load average {os.getloadavg()[0]:.1f}\n"
        )
        print(table(rows))
        print()
        print(cost_chart("Server CPU per request (app + DB), ms", rows, BUDGETS))
        if args.bakerydemo:
            bakery = start_gunicorn(
                args.bakerydemo_python,
                args.bakerydemo,
                args.bakerydemo_port,
                args.workers,
                {
                    **os.environ,
                    "DJANGO_SETTINGS_MODULE": "bakerydemo.settings.production",
                    "SECRET_KEY": secrets.token_urlsafe(50),
                    "ALLOWED_HOSTS": "127.0.0.1,localhost",
                    "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
                    "DJANGO_SECURE_SSL_REDIRECT": "off",
                    "SECURE_SSL_REDIRECT": "false",
                },
                "bakerydemo.wsgi",
            )
            processes.append(bakery)
            post = subprocess.run(
                [
                    args.bakerydemo_python,
                    "manage.py",
                    "shell",
                    "-c",
                    "from bakerydemo.blog.models import BlogPage;"
                    "print(BlogPage.objects.live().first().url)",
                ],
                cwd=args.bakerydemo,
                capture_output=True,
                text=True,
                check=True,
            ).stdout.strip()
            # Django 6's shell first says what it imported: the address is the last line.
            post = post.splitlines()[-1]
            bakery_rows = []
            # Its database's backends are read too when it is on the same server as ours.
            bakery_url = urllib.parse.urlsplit(os.environ.get("DATABASE_URL", ""))
            same_server = bakery_url.netloc == urllib.parse.urlsplit(args.server).netloc
            bakery_database = bakery_url.path.lstrip("/") if same_server else None
            for label, path in BAKERYDEMO_PAGES:
                path = path.format(story=post)
                result = measure(
                    f"http://127.0.0.1:{args.bakerydemo_port}",
                    path,
                    args.requests,
                    bakery.pid,
                    args.server,
                    bakery_database,
                )
                bakery_rows.append((label, path, "-", result))
            print("\nbakerydemo (its own data, same run)\n")
            print(table(bakery_rows))
            print()
            print(cost_chart("bakerydemo: server CPU per request (app + DB), ms", bakery_rows))
    finally:
        for process in processes:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)
        shutil.rmtree(static_root, ignore_errors=True)
        shutil.rmtree(media_root, ignore_errors=True)
        if args.drop:
            psql(args.server, "postgres", f'DROP DATABASE IF EXISTS "{args.database}"')


if __name__ == "__main__":
    sys.exit(main())
