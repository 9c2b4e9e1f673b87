"""The layered stack, end to end: Varnish (deploy/varnish/itac.vcl) in front of two gunicorn
instances on PostgreSQL and Redis, started by deploy/stack.py as `make stack` does.

Runs whenever Debian's varnish is installed (CI installs it), on PostgreSQL with Redis; skipped
on SQLite, which the app servers of a real stack do not share.
"""

import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from bs4 import BeautifulSoup

from django.test.client import encode_multipart

from deploy.stack import Stack, copy_database, varnish_installed
from tests.stack.visitors import (
    ANONYMOUS_STORY,
    Visitor,
    newest_story_pages,
    post_story_form,
    seconds_until_revision_seen,
)
from tests.submissions.photo_files import jpeg_with_gps, large_truncated_jpeg

# The test database (with the demo site) is what the stack copies.
pytestmark = [pytest.mark.stack, pytest.mark.django_db]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def redis_url():
    url = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/14"
    host, port = urlsplit(url).hostname, urlsplit(url).port or 6379
    try:
        socket.create_connection((host, port), timeout=1).close()
    except OSError:
        return None
    return url


@pytest.fixture(scope="module")
def stack(demo_site, django_db_blocker):
    """The stack of `make stack`, serving the demo site (added to the test database once:
    tests/conftest.py's demo_site) from a copy of the test database."""
    if not varnish_installed():
        if os.environ.get("CI") == "true":
            pytest.fail("Varnish is not installed: .ci/run installs it (apt-get install varnish)")
        pytest.skip("Varnish is not installed (apt-get install varnish varnish-modules)")
    base_url = os.environ.get("DATABASE_URL", "")
    if not base_url.startswith(("postgres://", "postgresql://")):
        pytest.skip("The stack shares PostgreSQL: set DATABASE_URL to a PostgreSQL server")
    redis = redis_url()
    if redis is None:
        pytest.skip("The stack shares Redis: none answers on REDIS_URL or 127.0.0.1:6379")
    parts = urlsplit(base_url)
    name = f"test_{parts.path.lstrip('/') or 'itac'}_stack_{os.getpid()}"
    database_url = urlunsplit(parts._replace(path=f"/{name}"))
    workdir = Path(tempfile.mkdtemp(prefix="itac-stack-"))
    running = Stack(
        workdir=workdir,
        database_url=database_url,
        redis_url=redis,
        proxy_port=free_port(),
        app_ports=(free_port(), free_port()),
        workers_per_app=1,
    )
    try:
        with django_db_blocker.unblock():
            copy_test_database(parts, name)
        running.prepare(demo=False)
        running.start()
        yield running
    finally:
        running.stop()
        drop_database(base_url, name)


def copy_test_database(parts, name):
    """The stack's database: a copy of the test database, migrated and holding the demo site."""
    from django.db import connection

    source = urlunsplit(parts._replace(path="/" + connection.settings_dict["NAME"]))
    copy_database(source, urlunsplit(parts._replace(path=f"/{name}")))


def drop_database(base_url, name):
    import psycopg2

    parts = urlsplit(base_url)
    connection = psycopg2.connect(urlunsplit(parts._replace(path="/postgres")))
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    connection.close()


# The target is 1 s (bench/viral_day.py measures it); a busy CI machine gets some room.
PUBLISH_VISIBLE_WITHIN = 2.0


def test_the_second_anonymous_request_is_served_from_the_cache(stack):
    visitor = Visitor(stack.url)
    first = visitor.get("/stories/")
    assert first.status == 200
    assert first.headers["X-Cache"] in ("MISS", "HIT")
    assert "public" in first.headers["Cache-Control"]
    assert first.headers.get("Set-Cookie") is None
    again = Visitor(stack.url).get("/stories/")
    assert again.headers["X-Cache"] == "HIT"
    assert again.text == first.text


def test_a_logged_in_editor_is_never_served_from_the_cache(stack):
    editor = Visitor(stack.url)
    login = editor.get("/admin/login/")
    token = BeautifulSoup(login.text, "html.parser").find("input", {"name": "csrfmiddlewaretoken"})
    answer = editor.post(
        "/admin/login/",
        {
            "csrfmiddlewaretoken": token["value"],
            "username": "editor",
            "password": "itac-editor-demo",
            "next": "/admin/",
        },
    )
    assert answer.status == 302, answer.text[:500]
    assert any(cookie.name == "sessionid" for cookie in editor.cookies)
    Visitor(stack.url).get("/partners/")  # an anonymous copy is in the cache
    for _ in range(2):
        page = editor.get("/partners/")
        assert page.status == 200
        assert page.headers["X-Cache"] == "PASS"
        assert "private" in page.headers["Cache-Control"]


def test_both_app_servers_serve(stack):
    served_by = {Visitor(stack.url).get("/healthz").headers.get("X-Backend") for _ in range(8)}
    assert served_by == {"app1", "app2"}


def test_a_publish_is_seen_through_the_proxy_within_a_second(stack):
    watched = newest_story_pages(stack)
    for path in watched:
        Visitor(stack.url).get(path)
        assert Visitor(stack.url).get(path).headers["X-Cache"] == "HIT", path

    seen_after = seconds_until_revision_seen(
        stack,
        watched,
        page_text=lambda path: Visitor(stack.url).get(path).text,
        within=PUBLISH_VISIBLE_WITHIN,
        poll=0.05,
    )
    assert all(seen_after.values()), f"still stale after {PUBLISH_VISIBLE_WITHIN} s: {seen_after}"


def test_cached_pages_are_served_while_every_app_server_is_down(stack):
    Visitor(stack.url).get("/events/")
    assert Visitor(stack.url).get("/events/").headers["X-Cache"] == "HIT"
    for index in range(len(stack.app_ports)):
        stack.stop_process(f"app{index + 1}")
    try:
        time.sleep(3)  # the probes notice
        cached = Visitor(stack.url).get("/events/")
        assert cached.status == 200
        down = Visitor(stack.url).get("/ar/share-your-story/")
        assert down.status == 503
        html = BeautifulSoup(down.text, "html.parser")
        assert html.html["lang"] == "ar" and html.html["dir"] == "rtl"
        assert re.search("Traceback|Guru Meditation", down.text) is None
    finally:
        for index in range(len(stack.app_ports)):
            stack.start_app(index)
        stack.wait_until_serving()


def test_a_killed_app_server_fails_no_read_that_reaches_the_proxy_after(stack):
    """An app server dies (kill -9, its workers with it): every read is answered by the other.

    Each address is new, so none comes from the cache: Varnish's retry on the other app server
    (deploy/varnish/itac.vcl, vcl_backend_error) answers them before its probes mark the dead
    one sick, and after.
    """
    app1 = stack.processes.pop("app1")
    os.killpg(app1.pid, signal.SIGKILL)
    app1.wait()
    statuses = []

    def read(worker):
        for n in range(12):
            answer = Visitor(stack.url).get(f"/stories/?q=neighbour{worker}x{n}")
            statuses.append((answer.status, answer.headers.get("X-Backend")))

    try:
        readers = [threading.Thread(target=read, args=(worker,)) for worker in range(4)]
        for reader in readers:
            reader.start()
        for reader in readers:
            reader.join()
        assert len(statuses) == 48
        assert {status for status, _ in statuses} == {200}, statuses
        assert {backend for _, backend in statuses} == {"app2"}
    finally:
        stack.start_app(0)
        stack.wait_until_serving()


class Storyteller:
    """One person's browser, from a loopback address of its own (the app takes 5 stories an
    hour from an address): the story form loaded once, then sent as a browser sends it."""

    path = "/share-your-story/"

    def __init__(self, base, source):
        self.visitor = Visitor(base, source=source)
        form = BeautifulSoup(self.visitor.get(self.path).text, "html.parser").find(
            "input", {"name": "submission_key"}
        )
        form = form.find_parent("form")
        self.hidden = {
            name: form.find("input", {"name": name})["value"]
            for name in ("csrfmiddlewaretoken", "form_started", "submission_key")
        }

    def send(self, title, photo=False):
        fields = {**self.hidden, "title": title, **ANONYMOUS_STORY}
        if photo:
            fields |= {
                "photo": jpeg_with_gps(),
                "photo_alt": "Neighbours mending a bicycle",
                "consent_publish_photo": "on",
            }
        body = encode_multipart("itac-stack-story", fields)
        request = urllib.request.Request(self.visitor.base + self.path, data=body, method="POST")
        request.add_header("Content-Type", "multipart/form-data; boundary=itac-stack-story")
        return self.visitor.open(request)


def test_a_killed_app_server_fails_no_story_form_sent_after(stack):
    """An app server dies (kill -9): every story form sent after, with a photo or without, is
    stored once and thanked, and so is the same form sent again (a double click, or the
    proxy's own retry); the form page keeps being served. Varnish keeps the posts' bodies and
    sends those that met the dead server to the other (deploy/varnish/itac.vcl)."""
    tellers = [Storyteller(stack.url, source=f"127.0.15.{n + 1}") for n in range(6)]
    time.sleep(3.2)  # people take longer than the form's minimum fill time (itac.forms)
    app1 = stack.processes.pop("app1")
    os.killpg(app1.pid, signal.SIGKILL)
    app1.wait()
    run = time.time_ns()
    titles = {n: f"It Takes A Community to mend bikes {run} {n}" for n in range(len(tellers))}
    posts, reads = [], []

    def tell(n):
        for _ in range(2):
            answer = tellers[n].send(titles[n], photo=n % 3 == 0)
            posts.append((answer.status, answer.headers.get("Location")))
        again = Visitor(stack.url, source=f"127.0.15.{n + 1}").get(Storyteller.path)
        reads.append((again.status, again.headers.get("X-Backend")))

    try:
        threads = [threading.Thread(target=tell, args=(n,)) for n in range(len(tellers))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert posts == [(302, "/share-your-story/thanks/")] * 2 * len(tellers), posts
        assert reads == [(200, "app2")] * len(tellers), reads
        stored = stack.shell(
            "import json; from stories.submissions.models import StorySubmission; "
            "print(json.dumps(list(StorySubmission.objects"
            f".filter(story__title__contains=' {run} ')"
            ".values_list('story__title', flat=True))))"
        )
        assert Counter(json.loads(stored)) == Counter(titles.values())
    finally:
        stack.start_app(0)
        stack.wait_until_serving()


# Story forms (uploading posts, wherever they go) one address may post in an hour before the
# proxy itself refuses them (deploy/varnish/itac.vcl; the app reads at most 30 and decodes at
# most 5 photos of them).
PROXY_STORY_FORMS_PER_HOUR = 60


def home_page_requests(visitor, count=None, until=None):
    """Requests for the home page through the proxy, each checked to be a cache hit after the
    first: `count` of them, or as many as fit while `until()` is false."""
    answered = 0
    while (count is not None and answered < count) or (until is not None and not until()):
        answer = visitor.get("/")
        assert answer.status == 200
        assert answered == 0 or answer.headers["X-Cache"] == "HIT"
        answered += 1
    return answered


def test_a_flood_of_story_forms_stops_at_the_proxy_while_the_home_page_is_served(stack):
    """Four senders post 72 story forms with a large broken photo from one address: the app
    servers get the first 60 (of which they read 30 and would decode 5), the proxy answers the
    rest 429 in the visitor's language; a visitor's home page is served from the cache all
    along, never waiting for an app server. (Its time before and during the flood is a
    benchmark: bench/stack_flood.py, docs/performance.md.) The senders run in a process of
    their own, as a flood comes from another machine."""
    home = Visitor(stack.url)
    home_page_requests(home, count=2)

    flood = subprocess.Popen(
        [sys.executable, "-m", "tests.stack.flood", stack.url, "/share-your-story/", "4", "18"],
        cwd=Path(__file__).resolve().parents[2],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert flood.stdout.readline().strip() == "ready"
    flood.stdin.write("go\n")
    flood.stdin.flush()
    during = home_page_requests(home, until=lambda: flood.poll() is not None)
    answers = json.loads(flood.stdout.read())

    assert not isinstance(answers, dict), answers
    assert len(answers) == 72
    answered = Counter((status, "app" if backend else "proxy") for status, backend in answers)
    from_the_app = sum(n for (_status, by), n in answered.items() if by == "app")
    assert from_the_app == PROXY_STORY_FORMS_PER_HOUR, answered
    assert set(answered) <= {(200, "app"), (429, "app"), (429, "proxy")}, answered
    # Refused in the visitor's language, as the app's own pages are.
    refusal = post_story_form(Visitor(stack.url), "/ar/share-your-story/", "-", PHOTO)
    assert refusal.status == 429 and refusal.headers.get("X-Backend") is None
    page = BeautifulSoup(refusal.text, "html.parser")
    assert page.html["lang"] == "ar" and page.html["dir"] == "rtl"
    assert page.h1.get_text() == "طلبات كثيرة جدًا"
    # Uploads are counted, not one address: editors choose the story form in the campaign
    # settings and may rename it. A plain form from the same address still reaches the app.
    renamed = post_story_form(Visitor(stack.url), "/es/a-renamed-story-form/", "-", PHOTO)
    assert renamed.status == 429 and renamed.headers.get("X-Backend") is None
    plain = Visitor(stack.url).post("/pledge/", {"csrfmiddlewaretoken": "-"})
    assert plain.headers.get("X-Backend"), plain.status
    # The visitor's home page never waited for an app server (every answer a cache hit,
    # checked in home_page_times), nor for the flood.
    assert during >= 20, "the flood ended before the visitor's requests"


PHOTO = large_truncated_jpeg(1000)
