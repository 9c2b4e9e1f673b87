"""Cheap refusal before costly work (issue 16): a flood of large photos cannot slow the site.

A photo is decoded only once every other answer is valid and the attempt has been counted
toward the address's hourly limit, one decode at a time per worker. So a flood of large,
undecodable photos from several threads gets only the first few decoded before the limit
answers 429, and a visitor's home page is served meanwhile.

How fast that home page stays is a timing, so it is measured by `bench/photo_flood.py`
against gunicorn's worker processes (threads in this one process share Python's lock, which
says more about the test than about the site); docs/performance.md has the figures.
"""

import io
import threading
import time
from unittest import mock

import pytest

from django.db import connection
from django.test import Client
from django.test.client import encode_multipart

from stories.submissions import photos
from stories.submissions.models import StorySubmission
from stories.submissions.views import SUBMISSIONS_PER_HOUR

from .conftest import started
from .photo_files import large_truncated_jpeg

pytestmark = pytest.mark.django_db

LIMIT = int(SUBMISSIONS_PER_HOUR.split("/")[0])
THREADS, REQUESTS_EACH = 4, 4
BOUNDARY = "itac-flood-boundary"


class DecodeCounter:
    """Wraps the costly step: how many decodes ran, and how many at once at most."""

    def __init__(self):
        self.lock = threading.Lock()
        self.calls = self.running = self.most_at_once = 0
        self.real = photos._decode_without_metadata

    def __call__(self, picture):
        with self.lock:
            self.calls += 1
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
        try:
            return self.real(picture)
        finally:
            with self.lock:
                self.running -= 1


def form_body(story_data, photo_bytes):
    fields = {**story_data, "form_started": started(), "photo_alt": "A street party"}
    fields["consent_publish_photo"] = "on"
    fields["photo"] = io.BytesIO(photo_bytes)
    fields["photo"].name = "party.jpg"
    return encode_multipart(BOUNDARY, fields)


def test_a_form_with_any_other_error_never_decodes_its_photo(client, share_page, story_data):
    counter = DecodeCounter()
    body = form_body({**story_data, "consent_publish_story": ""}, large_truncated_jpeg(1000))
    with mock.patch.object(photos, "_decode_without_metadata", counter):
        response = client.post(
            share_page.url, body, content_type=f"multipart/form-data; boundary={BOUNDARY}"
        )
    assert response.status_code == 200
    assert counter.calls == 0


def test_a_flood_of_large_photos_is_refused_cheaply_while_the_home_page_is_served(
    share_page, story_data
):
    # Encoded once up front, so the senders cost the test little; each thread sends its own
    # forms (single-use tokens), all from one address.
    photo = large_truncated_jpeg()
    bodies = [
        [form_body(story_data, photo) for _request in range(REQUESTS_EACH)]
        for _thread in range(THREADS)
    ]
    content_type = f"multipart/form-data; boundary={BOUNDARY}"
    visitor = Client()
    for _warm_up in range(3):
        visitor.get("/")

    def home_times(count):
        times = []
        for _request in range(count):
            begun = time.perf_counter()
            assert visitor.get("/").status_code == 200
            times.append(time.perf_counter() - begun)
        return times

    counter = DecodeCounter()
    statuses, errors = [], []
    start = threading.Barrier(THREADS + 1)

    def flood(my_bodies):
        try:
            sender = Client()
            start.wait()
            for body in my_bodies:
                statuses.append(
                    sender.post(share_page.url, body, content_type=content_type).status_code
                )
        except Exception as error:  # noqa: BLE001 (reported by the assertion below)
            errors.append(error)
        finally:
            connection.close()

    with mock.patch.object(photos, "_decode_without_metadata", counter):
        threads = [threading.Thread(target=flood, args=(b,)) for b in bodies]
        for thread in threads:
            thread.start()
        start.wait()
        during = []
        while any(thread.is_alive() for thread in threads):
            during.extend(home_times(1))
        for thread in threads:
            thread.join()

    assert not errors, errors
    # Only the first attempts of the hour were decoded, one at a time; the rest got 429.
    assert counter.calls == LIMIT
    assert counter.most_at_once == 1
    assert sorted(statuses) == [200] * LIMIT + [429] * (THREADS * REQUESTS_EACH - LIMIT)
    assert StorySubmission.objects.count() == 0
    # A visitor reading the home page meanwhile was served every time.
    assert during, "the flood ended before the visitor's first request"


def test_a_flood_of_invalid_forms_is_refused_before_its_upload_is_read(
    client, share_page, story_data
):
    """Invalid forms are never decoded, but each is an upload to read: they have a limit too."""
    invalid = {**story_data, "consent_publish_story": ""}
    with mock.patch("stories.submissions.views.FORM_POSTS_PER_HOUR", "3/h"):
        statuses = [
            client.post(share_page.url, {**invalid, "form_started": started()}).status_code
            for _attempt in range(5)
        ]
    assert statuses == [200, 200, 200, 429, 429]
