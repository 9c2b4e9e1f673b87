"""A viral day on loopback: the layered stack (deploy/stack.py) under load and faults.

    .venv/bin/python bench/viral_day.py --source-database postgres://postgres@127.0.0.1:5432/itac_stack

Everything runs on 127.0.0.1 and is bounded in count and time. The harness starts its own
PostgreSQL cluster (its own data folder and port: it restarts only that one), its own stack
(Varnish, two gunicorn instances, the email worker) on Redis database 15, and nginx for the
comparison; it stops and removes them all at the end. Scenarios:

1. cached pages: wrk against the home page through Varnish, and against nginx serving the
   same HTML as a static file, in interleaved rounds (their medians compared);
2. publish: seconds until a published change shows through the proxy on the story, the
   library and the home page;
3. submissions: N stories sent in S seconds (each from one of N/5 loopback addresses, the
   rate limit being 5 an hour per address), first alone, then again while PostgreSQL is
   restarted and one gunicorn instance is killed; a reader asks for a cached page all along.
   Each run reports every status code and what the database holds afterwards: lost,
   duplicated, and extra (stored, though the sender saw an error: in flight when a fault
   struck).

--source-database copies an existing database that has the demo site (fast); without it
the harness migrates and loads the demo site (minutes on a busy 2-core machine).
"""

import argparse
import collections
import concurrent.futures
import contextlib
import http.client
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

from deploy.stack import Stack, copy_database  # noqa: E402
from tests.stack.visitors import (  # noqa: E402
    ANONYMOUS_STORY,
    newest_story_pages,
    seconds_until_revision_seen,
)

PG_BIN = Path("/usr/lib/postgresql/15/bin")
PG_PORT = 5499
PROXY_PORT, APP_PORTS, NGINX_PORT = 6199, (8191, 8192), 8199
REDIS_URL = "redis://127.0.0.1:6379/15"


def say(message):
    print(f"[bench] {message}", flush=True)


class PrivatePostgreSQL:
    """A PostgreSQL cluster of the harness's own: its data folder, its port."""

    def __init__(self, workdir):
        self.data = workdir / "pgdata"
        self.socket_dir = workdir
        self.log = workdir / "postgresql.log"

    def pg(self, *args):
        # PostgreSQL refuses to run as root: the cluster belongs to the postgres user.
        subprocess.run(["runuser", "-u", "postgres", "--", *map(str, args)], check=True)

    def start(self):
        shutil.chown(self.data.parent, "postgres")
        self.pg(PG_BIN / "initdb", "-D", self.data, "-A", "trust", "-U", "postgres", "-E", "UTF8")
        self.pg_ctl("start", "-w")

    def pg_ctl(self, action, *extra):
        self.pg(
            PG_BIN / "pg_ctl",
            action,
            "-D",
            self.data,
            "-l",
            self.log,
            "-o",
            f"-p {PG_PORT} -k {self.socket_dir} -c listen_addresses=127.0.0.1",
            *extra,
        )

    def restart(self):
        self.pg_ctl("restart", "-m", "fast", "-w")

    def stop(self):
        with contextlib.suppress(subprocess.CalledProcessError):
            self.pg_ctl("stop", "-m", "fast", "-w")


def request(method, path, port=PROXY_PORT, body=None, headers=None, source=None):
    """(status, headers, text) of one request on a fresh connection from address `source`."""
    connection = http.client.HTTPConnection(
        "127.0.0.1", port, timeout=30, source_address=(source, 0) if source else None
    )
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read().decode()
    finally:
        connection.close()


def wrk(url, seconds, connections):
    output = subprocess.run(
        ["wrk", "-t", "2", "-c", str(connections), "-d", f"{seconds}s", url],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    total = int(re.search(r"(\d+) requests in", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rate, total, int(errors.group(1)) if errors else 0


def tree_cpu_seconds(root):
    """CPU seconds (user and system) used so far by process `root` and all its descendants."""
    parents, ticks = {}, {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            fields = Path(entry.path, "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
        ticks[int(entry.name)] = int(fields[11]) + int(fields[12])
    tree, grown = {root}, True
    while grown:
        more = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= more
        grown = bool(more)
    return sum(ticks.get(pid, 0) for pid in tree) / os.sysconf("SC_CLK_TCK")


def serving(server_pid, url, seconds, connections):
    """wrk's (rate, requests, errors) against `url`, and the server's CPU ms per 1,000 requests
    (its processes' own CPU: unlike the rate, not shared with wrk on the same cores)."""
    before = tree_cpu_seconds(server_pid)
    rate, total, errors = wrk(url, seconds, connections)
    used = tree_cpu_seconds(server_pid) - before
    return rate, total, errors, used * 1000 / (total / 1000)


def scenario_cached(stack, workdir, seconds, connections, rounds_count):
    status, _headers, html = request("GET", "/")
    assert status == 200
    request("GET", "/")
    www = workdir / "www"
    www.mkdir()
    # nginx's workers run as www-data: the temporary folder must be readable to them.
    for folder in (workdir, www):
        folder.chmod(0o755)
    (www / "index.html").write_text(html)
    conf = workdir / "nginx.conf"
    conf.write_text(
        f"worker_processes auto; daemon off; pid {workdir}/nginx.pid;\n"
        f"error_log {workdir}/nginx.log;\n"
        "events { worker_connections 1024; }\n"
        f"http {{ access_log off; server {{ listen 127.0.0.1:{NGINX_PORT}; root {www}; }} }}\n"
    )
    nginx = subprocess.Popen(["nginx", "-c", str(conf), "-p", str(workdir)])
    rounds = {"varnish": [], "nginx": []}
    try:
        time.sleep(1)
        # Interleaved rounds, so that whatever else the machine does weighs on both alike.
        for number in range(1, rounds_count + 1):
            say(f"wrk round {number}/{rounds_count}: {seconds} s each, Varnish then nginx")
            rounds["varnish"].append(
                serving(stack.processes["varnish"].pid, f"{stack.url}/", seconds, connections)
            )
            rounds["nginx"].append(
                serving(
                    nginx.pid, f"http://127.0.0.1:{NGINX_PORT}/index.html", seconds, connections
                )
            )
    finally:
        nginx.terminate()
        nginx.wait()
    return rounds


def scenario_publish(stack):
    watched = newest_story_pages(stack)
    for path in watched:
        request("GET", path)
    return seconds_until_revision_seen(
        stack, watched, page_text=lambda path: request("GET", path)[2], within=10, poll=0.02
    )


def source_address(number):
    """Five submissions per loopback address (127.0.1.1, 127.0.1.2, ...): the rate limit."""
    index = number // 5 + 1
    return f"127.0.{1 + index // 250}.{1 + index % 250}"


def load_story_form():
    """A story form as a browser loads it: its cookie, security token, single-use start token
    and submission key (which makes a story sent twice one story)."""
    status, headers, html = request("GET", "/share-your-story/")
    assert status == 200, status
    return {
        "cookie": headers["Set-Cookie"].split(";")[0],
        "csrfmiddlewaretoken": re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(
            1
        ),
        "form_started": re.search(r'name="form_started" value="([^"]+)"', html).group(1),
        "submission_key": re.search(r'name="submission_key" value="([^"]+)"', html).group(1),
    }


def send_story(form, title, source):
    """Send a story on `form` from address `source`: (outcome, text of the answer)."""
    body = urllib.parse.urlencode(
        {
            "csrfmiddlewaretoken": form["csrfmiddlewaretoken"],
            "form_started": form["form_started"],
            "submission_key": form["submission_key"],
            "title": title,
            **ANONYMOUS_STORY,
        }
    )
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Cookie": form["cookie"]}
    try:
        status, headers, text = request(
            "POST", "/share-your-story/", body=body, headers=headers, source=source
        )
    except OSError as error:
        return f"connection error ({type(error).__name__})", ""
    if status == 302 and headers.get("Location", "").endswith("/thanks/"):
        return "302 thanks", ""
    # Who answered: an app server (X-Backend) or Varnish itself (no app server to ask).
    return f"{status} {'app' if 'X-Backend' in headers else 'proxy'}", text


def scenario_submissions(stack, count, seconds, concurrency, faults, first_address=0):
    """`count` stories sent in `seconds` by `concurrency` senders, with `faults` ((at, name,
    action) each) struck on time; addresses numbered from `first_address` (rate limits)."""
    run = f"{int(time.time() * 10) % 1000000:06d}"
    results = {}
    lock = threading.Lock()
    # A form per story, loaded before the clock starts (as tabs people left open).
    print(f"  loading {count} story forms ahead", flush=True)
    with concurrent.futures.ThreadPoolExecutor(concurrency) as pool:
        forms = list(pool.map(lambda _number: load_story_form(), range(count)))
    time.sleep(3.2)  # people take longer than the form's minimum fill time
    numbers = iter(range(count))
    print(f"  sending {count} stories over {seconds} s", flush=True)
    start = time.monotonic()
    reader_statuses = collections.Counter()
    stop_reader = threading.Event()
    traces = []

    def send_all():
        for number in numbers:
            due = start + number * seconds / count
            time.sleep(max(0, due - time.monotonic()))
            outcome, text = send_story(
                forms[number], f"Bench {run} {number:04d}", source_address(first_address + number)
            )
            if "Traceback" in text:
                traces.append(number)
            with lock:
                results[number] = (outcome, time.monotonic() - start)

    def read_cached():
        while not stop_reader.is_set():
            try:
                reader_statuses[request("GET", "/")[0]] += 1
            except OSError:
                reader_statuses["connection error"] += 1
            time.sleep(0.1)

    threads = [threading.Thread(target=send_all) for _ in range(concurrency)]
    reader = threading.Thread(target=read_cached)
    for thread in [*threads, reader]:
        thread.start()
    fault_log = []
    for at, name, action in sorted(faults):
        time.sleep(max(0, start + at - time.monotonic()))
        began = time.monotonic() - start
        action()
        fault_log.append((name, began, time.monotonic() - start))
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - start
    stop_reader.set()
    reader.join()

    stored = stack.shell(
        "import json; from stories.submissions.models import StorySubmission; "
        "print(json.dumps(list(StorySubmission.objects"
        f".filter(story__title__startswith='Bench {run} ')"
        ".values_list('story__title', flat=True))))",
    )
    titles = collections.Counter(json.loads(stored))
    successes = {n for n, (outcome, _t) in results.items() if outcome == "302 thanks"}
    stored_numbers = {int(title.rsplit(" ", 1)[1]) for title in titles}
    return {
        "run": run,
        "elapsed": elapsed,
        "statuses": collections.Counter(outcome for outcome, _t in results.values()),
        "stored": sum(titles.values()),
        "lost": sorted(successes - stored_numbers),
        "duplicated": sorted(title for title, n in titles.items() if n > 1),
        "extra": sorted(stored_numbers - successes),
        "traces": traces,
        "reader": reader_statuses,
        "faults": fault_log,
        "timeline": results,
    }


def first_success_after(timeline, moment):
    later = [t for outcome, t in timeline.values() if outcome == "302 thanks" and t > moment]
    return min(later) - moment if later else None


def report_cached(rounds):
    print("\n## Cached anonymous page (home), side by side, interleaved rounds\n")
    print(
        "| round | Varnish (the stack) requests/s | nginx, same HTML as a file | Varnish / nginx "
        "| server CPU ms per 1,000 requests, Varnish | nginx |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    for number, (varnish, static) in enumerate(
        zip(rounds["varnish"], rounds["nginx"], strict=True), 1
    ):
        print(
            f"| {number} | {varnish[0]:,.0f} | {static[0]:,.0f} | {varnish[0] / static[0]:.2f} "
            f"| {varnish[3]:.1f} | {static[3]:.1f} |"
        )
    varnish = statistics.median(r[0] for r in rounds["varnish"])
    static = statistics.median(r[0] for r in rounds["nginx"])
    varnish_cpu = statistics.median(r[3] for r in rounds["varnish"])
    static_cpu = statistics.median(r[3] for r in rounds["nginx"])
    print(
        f"| median | {varnish:,.0f} | {static:,.0f} | **{varnish / static:.2f}** "
        f"| {varnish_cpu:.1f} | {static_cpu:.1f} |"
    )
    errors = sum(r[2] for r in rounds["varnish"]), sum(r[2] for r in rounds["nginx"])
    requests = sum(r[1] for r in rounds["varnish"]), sum(r[1] for r in rounds["nginx"])
    print(f"\nRequests: Varnish {requests[0]:,}, nginx {requests[1]:,}; non-2xx/3xx: {errors}")
    print(
        f"Server CPU per request, nginx / Varnish: {static_cpu / varnish_cpu:.2f} (the rate"
        " ratio their own costs predict when neither shares its cores with wrk)"
    )


def report_submissions(name, options, load):
    print(f"\n## {options.submissions} submissions in {options.seconds} s, {name}\n")
    answered = [t for _outcome, t in load["timeline"].values()]
    stored_each_second = load["stored"] / max(answered) if answered else 0
    print(
        f"- last answer at {max(answered, default=0):.1f} s (senders done at "
        f"{load['elapsed']:.1f} s); {stored_each_second:.1f} stories stored a second"
    )
    print(f"- responses: {dict(load['statuses'])}")
    print(f"- stored: {load['stored']}; lost: {len(load['lost'])} {load['lost'][:10]}")
    print(f"- duplicated: {len(load['duplicated'])}; stack traces shown: {len(load['traces'])}")
    print(f"- stored although the sender saw an error (in flight): {load['extra']}")
    print(f"- cached page read during the run: {dict(load['reader'])}")
    for fault, began, ended in load["faults"]:
        recovered = first_success_after(load["timeline"], ended)
        print(
            f"- {fault} at {began:.1f} s (done {ended:.1f} s); first success after it: "
            f"{'none' if recovered is None else f'{recovered:.1f} s later'}"
        )
    errors = collections.Counter(
        (int(t // 5) * 5, outcome)
        for outcome, t in load["timeline"].values()
        if outcome != "302 thanks"
    )
    print(f"- non-success responses by 5-second window: {dict(sorted(errors.items()))}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source-database", help="a database with the demo site, to copy")
    parser.add_argument("--submissions", type=int, default=1000)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--concurrency", type=int, default=12)
    parser.add_argument("--wrk-seconds", type=int, default=10)
    parser.add_argument("--wrk-connections", type=int, default=50)
    parser.add_argument("--wrk-rounds", type=int, default=3)
    parser.add_argument("--faults-only", action="store_true", help="skip the run without faults")
    parser.add_argument("--restart-postgresql-at", type=float, default=20)
    parser.add_argument("--kill-app-at", type=float, default=40)
    parser.add_argument("--keep", action="store_true", help="keep the logs folder")
    options = parser.parse_args()
    assert options.submissions <= 2000 and options.seconds <= 300, "bounded: at most 2000 / 300 s"

    workdir = Path(tempfile.mkdtemp(prefix="itac-viral-day-"))
    postgresql = PrivatePostgreSQL(workdir)
    database_url = f"postgres://postgres@127.0.0.1:{PG_PORT}/itac_viral_day"
    stack = Stack(
        workdir=workdir / "stack",
        database_url=database_url,
        redis_url=REDIS_URL,
        proxy_port=PROXY_PORT,
        app_ports=APP_PORTS,
    )
    try:
        say(f"private PostgreSQL on port {PG_PORT} in {postgresql.data}")
        postgresql.start()
        subprocess.run(["redis-cli", "-n", "15", "flushdb"], check=True, capture_output=True)
        if options.source_database:
            say("copying the demo database")
            copy_database(options.source_database, database_url)
        stack.prepare(demo=not options.source_database)
        stack.start()
        say(f"stack up on {stack.url}")

        cached = scenario_cached(
            stack, workdir, options.wrk_seconds, options.wrk_connections, options.wrk_rounds
        )
        publish = scenario_publish(stack)

        def kill_app2():
            process = stack.processes["app2"]
            os.killpg(process.pid, signal.SIGKILL)

        faults = []
        if options.restart_postgresql_at:
            faults.append(
                (options.restart_postgresql_at, "PostgreSQL restarted", postgresql.restart)
            )
        if options.kill_app_at:
            faults.append((options.kill_app_at, "gunicorn app2 killed (SIGKILL)", kill_app2))
        runs = {}
        # First the load alone, then the same load with the faults (the kill is the last thing
        # the stack lives through). Each run's senders have addresses of their own.
        for name, struck in (("without faults", []), ("with faults", faults)):
            if (name == "with faults" and not faults) or (
                name == "without faults" and options.faults_only
            ):
                continue
            say(
                f"{options.submissions} submissions in {options.seconds} s {name}, "
                f"{options.concurrency} senders: {[f[1] for f in struck]}"
            )
            runs[name] = scenario_submissions(
                stack,
                options.submissions,
                options.seconds,
                options.concurrency,
                struck,
                first_address=len(runs) * options.submissions,
            )
    finally:
        stack.stop()
        postgresql.stop()

    report_cached(cached)
    print("\n## Publish visible through the proxy (seconds)\n")
    for path, seconds in publish.items():
        print(f"- `{path}`: {'not within 10 s' if seconds is None else f'{seconds:.3f}'}")
    for name, load in runs.items():
        report_submissions(name, options, load)
    if options.keep:
        print(f"\nLogs kept in {workdir}")
    else:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
