"""A fuzzer that never sees a 500 (issue 16).

Hypothesis sends generated strings (NUL, lone surrogates encoded as bytes, bidi controls,
10,000 characters, SQL and template syntax, odd numbers) into every query parameter of the
public listings and feeds, and into every field of every public form, in every language.
Every answer must be one a visitor can get (2xx, 3xx, 400, 404, 413, 414, 429), never a 5xx,
and a refused form stores nothing.

The number of examples is bounded (FUZZ_EXAMPLES, default 12 per target) so that it runs in
`make test` in well under a minute; raise it locally to search harder:
`FUZZ_EXAMPLES=300 .venv/bin/python -m pytest tests/fuzz`.
"""

import os
import time
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.core import signing
from django.core.cache import cache

from actions.models import PledgeSignature
from itac.forms import FORM_STARTED_SALT
from stories.submissions.models import RemovalRequest, StorySubmission
from tests.factories import EventPageFactory, PartnerPageFactory, StoryPageFactory, translate

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def listings_with_something_in_them():
    """Each listing shows a card, in English and in Spanish, whatever its filters."""
    partner = PartnerPageFactory()
    for page in (partner, StoryPageFactory(partner=partner), EventPageFactory()):
        translate(page, "es")


EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "12"))
ALLOWED = {400, 404, 413, 414, 429}
LANGUAGE_PREFIXES = ["", "/es", "/fr", "/ar", "/pt"]

NASTY = [
    "",
    "\x00",
    "a\x00b",
    "\ud800",  # a lone surrogate: sent as the bytes ED A0 80, which are not UTF-8
    "\udfff\ud800x",
    "\u202eevil\u202c",
    "\u2066\u2069\u200f\u200b\ufeff",
    "x" * 10_000,
    "' OR 1=1 --",
    '"; DROP TABLE wagtailcore_page; --',
    "{{ 7|add:7 }}",
    "{% debug %}",
    "%(x)s %s %d",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "-1",
    "0",
    "1e309",
    "NaN",
    "99999999999999999999999999",
    "0x1F",
    "\uff11\uff12",  # fullwidth digits
    "\u0663",  # Arabic-Indic three
    "\r\nSet-Cookie: x=y",
    "\t",
    " ",
    "😀" * 50,
]
nasty = st.one_of(st.sampled_from(NASTY), st.text(max_size=60))

LISTINGS = {
    "/stories/": ["q", "country", "theme", "partner", "language", "page"],
    "/stories/feed/": ["theme"],
    "/partners/": ["category", "country", "page"],
    "/events/": ["type", "language", "page"],
    "/events/feed.ics": ["x"],
    "/pledge/signers/": ["page"],
    "/": ["utm_source"],
}

hypothesis_settings = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,  # nothing written to the work tree
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def encode(value):
    """Percent-encoded bytes of `value`; lone surrogates become bytes that are not UTF-8."""
    return quote(value.encode("utf-8", "surrogatepass"), safe="")


def query(pairs):
    return "&".join(f"{encode(name)}={encode(value)}" for name, value in pairs)


def assert_answered(response, what):
    status = response.status_code
    assert status < 500, f"{status} for {what}"
    assert 200 <= status < 400 or status in ALLOWED, f"{status} for {what}"


@pytest.mark.parametrize("path", list(LISTINGS))
@hypothesis_settings
@given(
    prefix=st.sampled_from(LANGUAGE_PREFIXES),
    data=st.data(),
)
def test_query_parameters_never_cause_a_500(client, path, prefix, data):
    names = LISTINGS[path]
    pairs = data.draw(
        st.lists(st.tuples(st.sampled_from([*names, "\x00", "x"]), nasty), min_size=1, max_size=3)
    )
    address = f"{prefix}{path}?{query(pairs)}"
    assert_answered(client.get(address), address)


def started():
    return signing.dumps(time.time() - 60, salt=FORM_STARTED_SALT)


STORY = {
    "title": "It Takes A Community to fix bicycles together",
    "story": "Every Saturday, neighbours from nine countries repair bicycles in a car park. " * 3,
    "storyteller_display": "anonymous",
    "storyteller_name": "",
    "relationship": "mine",
    "city": "Lyon",
    "country": "FR",
    "themes": "",
    "told_in_language": "en",
    "photo_alt": "",
    "partner": "",
    "contact_email": "",
    "consent_publish_story": "on",
    "consent_publish_photo": "",
    "consent_contact": "",
}
REMOVAL = {"contact_email": "someone@example.org", "story_address": "", "message": "", "token": ""}
PLEDGE = {
    "signer_type": "individual",
    "display_name": "Sam",
    "country": "PT",
    "email": "",
    "email_updates": "",
    "show_in_public_list": "",
}
FORMS = {
    "/share-your-story/": (STORY, StorySubmission),
    "/share-your-story/remove/": (REMOVAL, RemovalRequest),
    "/pledge/": (PLEDGE, PledgeSignature),
}


@pytest.mark.parametrize("path", list(FORMS))
@hypothesis_settings
@given(prefix=st.sampled_from(LANGUAGE_PREFIXES), data=st.data())
def test_form_fields_never_cause_a_500_and_refused_forms_store_nothing(client, path, prefix, data):
    base, model = FORMS[path]
    changes = data.draw(st.dictionaries(st.sampled_from(list(base)), nasty, min_size=1, max_size=4))
    fields = {**base, **changes, "form_started": started(), "website_url": ""}
    body = query(fields.items())
    cache.clear()  # rate limits would otherwise answer every later example with a 429
    before = model.objects.count()
    response = client.post(
        f"{prefix}{path}", body, content_type="application/x-www-form-urlencoded"
    )
    assert_answered(response, f"{prefix}{path} with {changes!r}"[:500])
    if response.status_code != 302:
        assert model.objects.count() == before, f"stored although refused: {changes!r}"[:500]
