"""200 people pledging at the same moment raise the counter by exactly 200 (PostgreSQL)."""

import threading

import pytest

from django.core.cache import cache
from django.db import connection, connections
from django.test import Client

from actions.counter import pledge_counts
from actions.models import PledgePage, PledgeSignature

from .conftest import pledge_data

PLEDGERS = 200
# PostgreSQL allows 100 connections here and other test runs share the server: at most this
# many threads talk to the database at once; all 200 start together.
DATABASE_SLOTS = 40


@pytest.fixture(scope="module")
def restore_the_site(django_db_setup, django_db_blocker):
    """Transactional tests empty every table when they end: bring the site back.

    Django restores `_test_serialized_contents` before each serialized-rollback test; point it
    at the site (loaded after the test database was made), and restore it once more
    after the last test here so the tests that run later find it too.
    """
    with django_db_blocker.unblock():
        connection._test_serialized_contents = connection.creation.serialize_db_to_string()
    yield
    with django_db_blocker.unblock():
        connection.creation.deserialize_db_from_string(connection._test_serialized_contents)
    cache.clear()


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite locks the whole database for each write, so it cannot show concurrency; "
    "run with DATABASE_URL=postgres://... to test it",
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_200_simultaneous_pledges_raise_the_counter_by_exactly_200(restore_the_site):
    pledge = PledgePage.objects.get(url_path__endswith="/pledge/", locale__language_code="en")
    before = pledge_counts(pledge)
    start = threading.Barrier(PLEDGERS)
    slots = threading.BoundedSemaphore(DATABASE_SLOTS)
    statuses, errors = [], []

    def pledge_once(number):
        try:
            start.wait()
            with slots:
                response = Client().post(
                    "/pledge/",
                    pledge_data(
                        display_name=f"Neighbour {number}",
                        country="AQ" if number % 2 else "TV",
                        email=f"neighbour{number}@example.org",
                        email_updates="on",
                    ),
                    REMOTE_ADDR=f"10.1.{number // 200}.{number % 200 + 1}",
                )
            statuses.append((response.status_code, response["Location"]))
        except Exception as error:  # noqa: BLE001 - reported by the main thread
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=pledge_once, args=(n,)) for n in range(PLEDGERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert statuses == [(302, "/pledge/thanks/")] * PLEDGERS
    after = pledge_counts(pledge)
    assert after.pledges == before.pledges + PLEDGERS
    assert after.countries == before.countries + 2  # Antarctica and Tuvalu
    assert PledgeSignature.objects.filter(pledge=pledge).count() == after.pledges


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL concurrency")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_same_email_sent_by_many_at_once_counts_once(restore_the_site):
    pledge = PledgePage.objects.get(url_path__endswith="/pledge/", locale__language_code="en")
    before = pledge_counts(pledge).pledges
    senders = 30
    start = threading.Barrier(senders)
    locations = []

    def pledge_once(number):
        try:
            start.wait()
            response = Client().post(
                "/pledge/",
                pledge_data(email="same@example.org", email_updates="on", country="NZ"),
                REMOTE_ADDR=f"10.2.0.{number + 1}",
            )
            locations.append(response["Location"])
        finally:
            connections.close_all()

    threads = [threading.Thread(target=pledge_once, args=(n,)) for n in range(senders)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(locations) == ["/pledge/already-pledged/"] * (senders - 1) + ["/pledge/thanks/"]
    assert pledge_counts(pledge).pledges == before + 1
