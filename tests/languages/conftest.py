"""Helpers for the languages tests: a signed form start time, as a visitor's form gives."""

import time

from django.core import signing

from itac.forms import FORM_STARTED_SALT


def form_started(seconds_ago=60):
    """The signed start time a form gives, as if the visitor spent this long filling it in."""
    return signing.dumps(time.time() - seconds_ago, salt=FORM_STARTED_SALT)
