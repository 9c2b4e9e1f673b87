"""SQLite in development does not answer "database is locked" when two saves meet.

The admin autosaves a page every few seconds; a person pressing Save a moment later sends a
second write while the first is still in its transaction. Each request reads, then writes.
With the development options (itac/settings/base.py: WAL, IMMEDIATE transactions, a 20 s
wait), the second save waits its turn and both land. With SQLite's default (DEFERRED)
transactions the same two saves fail: a reader cannot become a writer once another has
written, and SQLite answers at once instead of waiting. The control case shows it.
"""

import contextlib
import threading

import pytest

from django.db import OperationalError, connections, transaction

from itac.settings.base import SQLITE_DEVELOPMENT_OPTIONS

DEFAULT_TRANSACTIONS = {**SQLITE_DEVELOPMENT_OPTIONS, "transaction_mode": None}


@pytest.fixture
def sqlite_file(tmp_path, django_db_blocker):
    """A development-like SQLite file database under its own alias, with `options`."""
    made = []

    def make(options):
        alias = f"dev_sqlite_{len(made)}"
        connections.settings[alias] = {
            **connections.settings["default"],
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(tmp_path / f"{alias}.sqlite3"),
            "OPTIONS": dict(options),
            "CONN_MAX_AGE": 0,
            "TEST": {},
        }
        made.append(alias)
        with connections[alias].cursor() as cursor:
            cursor.execute("CREATE TABLE page (id INTEGER PRIMARY KEY, saves INTEGER)")
            cursor.execute("INSERT INTO page VALUES (1, 0)")
        return alias

    with django_db_blocker.unblock():
        yield make
        for alias in made:
            connections[alias].close()
            del connections[alias]
            del connections.settings[alias]


def two_saves_at_once(alias):
    """An autosave and a Save, each reading the page then writing it, overlapping in time.
    Returns the errors they met and the number of saves stored."""
    both_have_read = threading.Barrier(2)
    errors = []

    def save(pause_before_writing):
        try:
            with transaction.atomic(using=alias):
                cursor = connections[alias].cursor()
                cursor.execute("SELECT saves FROM page WHERE id = 1")
                (saves,) = cursor.fetchone()
                # With IMMEDIATE transactions the other save is still waiting to begin.
                with contextlib.suppress(threading.BrokenBarrierError):
                    both_have_read.wait(timeout=1)
                threading.Event().wait(pause_before_writing)
                cursor.execute("UPDATE page SET saves = %s WHERE id = 1", [saves + 1])
        except OperationalError as error:
            errors.append(str(error))
        finally:
            connections[alias].close()

    threads = [threading.Thread(target=save, args=(pause,)) for pause in (0.0, 0.2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT saves FROM page WHERE id = 1")
        (saves,) = cursor.fetchone()
    return errors, saves


def test_a_save_during_an_autosave_waits_and_both_land(sqlite_file):
    alias = sqlite_file(SQLITE_DEVELOPMENT_OPTIONS)
    with connections[alias].cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
    assert two_saves_at_once(alias) == ([], 2)


def test_control_default_transactions_answer_database_is_locked(sqlite_file):
    """Without IMMEDIATE transactions the same two saves fail: the test above means something."""
    errors, saves = two_saves_at_once(sqlite_file(DEFAULT_TRANSACTIONS))
    assert errors == ["database is locked"]
    assert saves == 1
