"""Benchmark: a visitor's home page while clients flood the story form with large photos.

Usage (from the project root):

    .venv/bin/python bench/photo_flood.py [--workers 3] [--clients 4] [--requests 6]

It builds a throwaway site (SQLite in a temporary folder, the demo content), serves it with
gunicorn (`--workers` processes, one cache folder shared by them all, like Redis in
production), then times the home page over HTTP: first alone, then while `--clients`
threads each send `--requests` story forms carrying a 36-megapixel photo, in two floods:

- "form error": the consent box unticked (the issue's case; such a photo was decoded before);
- "bad photo": every other answer valid, the photo cut short so only decoding finds it.

It prints the answers the flood got and the home page's median and 90th percentile.
Everything is removed at the end.
"""

import argparse
import io
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
FORM = "/share-your-story/"


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--threads", type=int, default=1, help="per worker (gthread when > 1)")
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--requests", type=int, default=6)
    parser.add_argument("--side", type=int, default=6000, help="photo side in pixels")
    return parser.parse_args()


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def large_photo(side, truncated):
    from PIL import Image

    picture = Image.linear_gradient("L").resize((side, side)).convert("RGB")
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=80)
    data = buffer.getvalue()
    return data[: len(data) * 2 // 3] if truncated else data


def multipart(fields, photo):
    boundary = "itac-bench-boundary"
    parts = []
    for name, value in fields.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
        )
    body = "".join(parts).encode()
    body += (
        f'--{boundary}\r\nContent-Disposition: form-data; name="photo"; '
        f'filename="party.jpg"\r\nContent-Type: image/jpeg\r\n\r\n'
    ).encode()
    body += photo + f"\r\n--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def story_fields(form_started, csrf, consent):
    return {
        "csrfmiddlewaretoken": csrf,
        "form_started": form_started,
        "title": "It Takes A Community to throw a street party",
        "story": "Neighbours from twelve countries closed the street for a day of food. " * 3,
        "storyteller_display": "anonymous",
        "relationship": "mine",
        "country": "IE",
        "told_in_language": "en",
        "photo_alt": "A street party",
        "consent_publish_photo": "on",
        **({"consent_publish_story": "on"} if consent else {}),
    }


class Visitor:
    """One browser: its own cookies (the CSRF cookie), and its requests over HTTP."""

    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))

    def get(self, path):
        with self.opener.open(self.base + path, timeout=120) as response:
            return response.status, response.read().decode()

    def post(self, path, body, content_type):
        request = urllib.request.Request(
            self.base + path,
            data=body,
            headers={"Content-Type": content_type, "Referer": self.base + path},
        )
        try:
            with self.opener.open(request, timeout=300) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    def form_tokens(self):
        _status, html = self.get(FORM)
        started = re.search(r'name="form_started" value="([^"]+)"', html).group(1)
        csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        return started, csrf


def home_times(visitor, count=None, until=None):
    times = []
    while (count is not None and len(times) < count) or (until is not None and not until()):
        begun = time.perf_counter()
        visitor.get("/")
        times.append((time.perf_counter() - begun) * 1000)
    return times


def flood(base, args, photo, consent):
    """Send the flood; return the answers' status codes and the home page times meanwhile."""
    senders = [Visitor(base) for _client in range(args.clients)]
    prepared = []
    for sender in senders:
        bodies = []
        for _request in range(args.requests):
            started, csrf = sender.form_tokens()
            bodies.append(multipart(story_fields(started, csrf, consent), photo))
        prepared.append((sender, bodies))
    time.sleep(3.5)  # the forms' minimum fill time
    statuses = []

    def send(sender, bodies):
        for body, content_type in bodies:
            statuses.append(sender.post(FORM, body, content_type))

    threads = [threading.Thread(target=send, args=pair) for pair in prepared]
    for thread in threads:
        thread.start()
    during = home_times(Visitor(base), until=lambda: not any(t.is_alive() for t in threads))
    for thread in threads:
        thread.join()
    return statuses, during


def summary(times):
    ordered = sorted(times)
    p90 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))]
    return f"{statistics.median(times):.0f} | {p90:.0f} | {len(times)}"


def main():
    args = parse_args()
    folder = Path(tempfile.mkdtemp(prefix="itac-flood-"))
    (folder / "media").mkdir()
    (folder / "cache").mkdir()
    port = free_port()
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.flood_settings",
        "DATABASE_URL": f"sqlite:///{folder / 'site.sqlite3'}",
        "ITAC_BROWSER_MEDIA_ROOT": str(folder / "media"),
        "ITAC_BENCH_CACHE_DIR": str(folder / "cache"),
        "ITAC_BROWSER_BASE_URL": f"http://127.0.0.1:{port}",
    }
    server = None
    try:
        print("Preparing the site (migrate, demo content)...", flush=True)
        for command in (["migrate", "--noinput"], ["load_demo_content"]):
            subprocess.run(
                [PYTHON, "manage.py", *command, "-v", "0"],
                cwd=BASE_DIR,
                env=environment,
                check=True,
            )
        server = subprocess.Popen(
            [
                str(Path(PYTHON).with_name("gunicorn")),
                "itac.wsgi",
                "--workers",
                str(args.workers),
                "--bind",
                f"127.0.0.1:{port}",
                "--no-control-socket",
                "--timeout",
                "300",
                "--threads",
                str(args.threads),
            ],
            cwd=BASE_DIR,
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        base = f"http://127.0.0.1:{port}"
        visitor = Visitor(base)
        for _attempt in range(120):
            try:
                visitor.get("/")
                break
            except OSError:
                time.sleep(0.5)
        home_times(visitor, count=5)  # warm-up
        print(
            f"{args.workers} workers x {args.threads} threads, "
            f"{args.clients} clients x {args.requests} forms\n"
        )
        print("| situation | flood answers | home median ms | home p90 ms | home requests |")
        print("|---|---|---|---|---|")
        print(f"| alone | - | {summary(home_times(visitor, count=20))} |")
        for label, photo, consent in (
            ("form error, 36 MP photo", large_photo(args.side, truncated=False), False),
            ("bad 36 MP photo", large_photo(args.side, truncated=True), True),
        ):
            # Each flood starts with a fresh hourly limit.
            shutil.rmtree(folder / "cache")
            (folder / "cache").mkdir()
            statuses, during = flood(base, args, photo, consent)
            answers = ", ".join(
                f"{statuses.count(code)} x {code}" for code in sorted(set(statuses))
            )
            print(f"| {label} | {answers} | {summary(during)} |")
            print(f"| alone again | - | {summary(home_times(visitor, count=10))} |")
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
