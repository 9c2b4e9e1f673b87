"""The admin's Content-Security-Policy: no inline script or style on the sign-in screens and
the dashboard, whose markup holds none; inline allowed on the other screens only because
Wagtail's widgets start with inline scripts (itac/admin_csp.py). The browser walk in
tests/browser/test_admin_roles.py checks the same screens for violations."""

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.urls import reverse

from tests.conftest import sign_in_with_password_only
from tests.html import parse

from .test_staff_sign_in import LOGIN

pytestmark = pytest.mark.django_db

HEADER = "Content-Security-Policy"


def directive(response, name):
    for part in response[HEADER].split(";"):
        words = part.split()
        if words and words[0] == name:
            return words[1:]
    raise AssertionError(f"no {name} in {response[HEADER]}")


def inline_code(response):
    """Inline scripts (JSON data excepted), style elements, style and event attributes."""
    doc = parse(response)
    found = [
        str(script)[:80]
        for script in doc.find_all("script")
        if not script.get("src") and script.get("type") != "application/json"
    ]
    found += [str(style)[:80] for style in doc.find_all("style")]
    for element in doc.find_all(True):
        found += [
            f"{element.name} {name}"
            for name in element.attrs
            if name == "style" or name.startswith("on")
        ]
    return found


def assert_strict(response):
    assert response.status_code == 200
    for name in ("script-src", "style-src"):
        assert directive(response, name) == ["'self'"], name
    assert inline_code(response) == []


def test_the_sign_in_screens_allow_no_inline_script_or_style(client, administrator, moderator):
    assert_strict(client.get(LOGIN))
    # The second step, for an administrator with an authenticator app.
    TOTPDevice.objects.create(user=administrator, name="phone", confirmed=True)
    sign_in_with_password_only(client, administrator)
    assert_strict(client.get(reverse("itac_two_factor_verify")))
    # Setting one up, for a moderator without one yet.
    client.logout()
    sign_in_with_password_only(client, moderator)
    assert_strict(client.get(reverse("itac_two_factor_setup")))
    client.logout()
    assert_strict(client.get(reverse("wagtailadmin_password_reset")))


@pytest.mark.parametrize("role", ["administrator", "editor", "moderator"])
def test_each_role_s_dashboard_allows_no_inline_script_or_style(client, role, request):
    client.force_login(request.getfixturevalue(role))
    assert_strict(client.get(reverse("wagtailadmin_home")))


def test_the_page_editor_allows_inline_scripts_because_its_widgets_start_with_one(
    client, editor, home_page
):
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[home_page.pk]))
    assert response.status_code == 200
    assert "'unsafe-inline'" in directive(response, "script-src")
    assert any(found.startswith("<script>") for found in inline_code(response))
    # Never eval, never another origin.
    assert directive(response, "script-src") == ["'self'", "'unsafe-inline'"]
