"""The Wagtail userbar: for signed-in staff only, never in what a shared cache may keep."""

import pytest

pytestmark = pytest.mark.django_db


def test_anonymous_visitors_get_no_userbar_markup(client, make_story):
    response = client.get(make_story().url)
    assert response.status_code == 200
    assert b"wagtail-userbar" not in response.content
    assert b"userbar" not in response.content


def test_a_signed_in_editor_gets_the_userbar_in_a_response_kept_apart(client, editor, make_story):
    client.force_login(editor)
    response = client.get(make_story().url)
    assert response.status_code == 200
    assert b"<wagtail-userbar" in response.content
    # The editor's copy depends on the session cookie: a shared cache must not hand it out.
    assert "Cookie" in response.get("Vary", "")
