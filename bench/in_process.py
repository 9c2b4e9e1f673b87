"""What the in-process benchmarks (stories.py, dashboard.py) share: a PostgreSQL database of
their own, Django set up on it for test-Client requests, and the timing of one page."""

import os
import shutil
import statistics
import time

SERVER = "postgres://postgres@127.0.0.1:5432"


def add_database_arguments(parser, database, runs):
    """The options every in-process benchmark takes: its database and server, the runs, --keep."""
    parser.add_argument("--runs", type=int, default=runs)
    parser.add_argument("--database", default=database)
    parser.add_argument("--server", default=SERVER)
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")


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


def set_up(args):
    """Django on the benchmark's database (made anew unless --reuse), one connection kept for
    the whole run so its query log survives between requests (as in Django's tests).

    On a new database: migrate it and load the demo site; returns the seconds that took (None
    on --reuse)."""
    if not args.reuse:
        recreate_database(args.server, args.database)
    os.environ["DATABASE_URL"] = f"{args.server}/{args.database}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "itac.settings.test")
    import django

    django.setup()
    from django.conf import settings
    from django.core import signals
    from django.core.management import call_command
    from django.db import close_old_connections

    settings.ALLOWED_HOSTS = ["*"]
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    if args.reuse:
        return None
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    return time.perf_counter() - started


def tear_down(args):
    """Drop the benchmark's database and its media files, unless --keep."""
    if args.keep:
        return
    from django.conf import settings

    drop_database(args.server, args.database)
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


def measure(client, url, runs):
    """Median and 90th percentile (ms) of `runs` requests after three warm-ups, and the number
    of SQL queries of one."""
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
