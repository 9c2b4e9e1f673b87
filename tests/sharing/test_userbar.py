"""The Wagtail userbar: for signed-in staff only, never in what a shared cache may keep."""

import pytest

from tests.html import mentions, parse

pytestmark = pytest.mark.django_db


def test_anonymous_visitors_get_no_userbar_markup(client, make_story):
    response = client.get(make_story().url)
    assert response.status_code == 200
    page = parse(response)
    assert page.find("wagtail-userbar") is None
    assert not mentions(page, "userbar")  # nor its script, styles or template


def test_a_signed_in_editor_gets_the_userbar_in_a_response_kept_apart(client, editor, make_story):
    client.force_login(editor)
    response = client.get(make_story().url)
    assert response.status_code == 200
    assert parse(response).find("wagtail-userbar") is not None
    # The editor's copy depends on the session cookie: a shared cache must not hand it out.
    assert "Cookie" in response.get("Vary", "")
