"""Fixtures for the languages tests: a signed form start time and a valid story."""

import time

import pytest

from django.core import signing
from django.core.cache import cache

from itac.forms import FORM_STARTED_SALT


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """Rate limits and counters live in the cache; each test starts with none."""
    cache.clear()
    yield
    cache.clear()


def form_started(seconds_ago=60):
    """The signed start time a form gives, as if the visitor spent this long filling it in."""
    return signing.dumps(time.time() - seconds_ago, salt=FORM_STARTED_SALT)
