"""Fixtures for the calls to action: the demo pledge and toolkit, and pledge form data."""

import time

import pytest

from django.core import signing

from actions.models import PledgePage, ToolkitPage
from itac.forms import FORM_STARTED_SALT


@pytest.fixture
def pledge_page(db):
    return PledgePage.objects.get(url_path__endswith="/pledge/", locale__language_code="en")


@pytest.fixture
def toolkit_page(db):
    return ToolkitPage.objects.get(locale__language_code="en", url_path__endswith="/toolkit/")


def pledge_data(seconds_ago=30, **fields):
    """What a person's browser sends back, after filling the form for `seconds_ago` seconds."""
    data = {
        "form_started": signing.dumps(time.time() - seconds_ago, salt=FORM_STARTED_SALT),
        "website_url": "",
        "signer_type": "individual",
        "display_name": "Ada Lovelace",
        "country": "GB",
        "email": "",
    }
    data.update(fields)
    return {name: value for name, value in data.items() if value is not None}
