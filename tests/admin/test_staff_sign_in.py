"""Staff sign-in: repeated wrong passwords lock the account and the address; administrators
and moderators need a second step (TOTP or a recovery code) before any admin page."""

import pytest
from axes.models import AccessAttempt
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.core.management import call_command
from django.urls import reverse

from itac.two_factor import new_recovery_codes
from tests.conftest import make_user, sign_in_with_password_only
from tests.html import by_role, parse, visible_text

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


def sign_in(client, username, password, address="10.0.0.1"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


@pytest.fixture
def staff(django_user_model):
    user = make_user(django_user_model, "staff-editor", "Editors")
    user.set_password("right-password-1")
    user.save()
    return user


def test_wrong_passwords_lock_the_account_even_with_the_right_one(client, staff, settings):
    for attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, "staff-editor", f"wrong-{attempt}").status_code == 200
    assert sign_in(client, "staff-editor", "wrong-again").status_code == 429
    locked = sign_in(client, "staff-editor", "right-password-1", address="10.9.9.9")
    assert locked.status_code == 429
    assert by_role(parse(locked), "heading", "Sign-in locked") is not None
    assert "_auth_user_id" not in client.session


def test_wrong_passwords_from_one_address_lock_that_address(client, staff, settings):
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, f"nobody-{attempt}", "guess", address="10.0.0.7")
    assert sign_in(client, "staff-editor", "right-password-1", address="10.0.0.7").status_code == (
        429
    )
    # The account itself is not locked: from another address it signs in.
    assert sign_in(client, "staff-editor", "right-password-1", address="10.0.0.8").status_code == (
        302
    )


def test_an_administrator_unlocks_an_account(client, staff, settings):
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "staff-editor", f"wrong-{attempt}")
    assert AccessAttempt.objects.filter(username="staff-editor").exists()
    call_command("axes_reset_username", "staff-editor", verbosity=0)
    assert sign_in(client, "staff-editor", "right-password-1").status_code == 302


def test_a_moderator_without_a_second_factor_cannot_reach_the_admin(client, moderator):
    sign_in_with_password_only(client, moderator)
    for url in ("/admin/", "/admin/pages/", "/admin/snippets/story_submissions/storysubmission/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("itac_two_factor_setup"))
    setup = parse(client.get(reverse("itac_two_factor_setup")))
    assert by_role(setup, "button", "Turn on two-step verification") is not None


def test_a_moderator_sets_up_an_authenticator_and_gets_recovery_codes(client, moderator):
    sign_in_with_password_only(client, moderator)
    client.get(reverse("itac_two_factor_setup"))
    device = TOTPDevice.objects.get(user=moderator, confirmed=False)
    code = TOTP(device.bin_key).token()
    done = client.post(reverse("itac_two_factor_setup"), {"code": f"{code:06d}"})
    assert done.status_code == 200
    assert len(parse(done).select(".itac-recovery-codes li")) == 10
    assert client.get("/admin/").status_code == 200


def test_a_moderator_with_an_authenticator_enters_its_code(client, moderator):
    device = TOTPDevice.objects.create(user=moderator, name="phone", confirmed=True)
    sign_in_with_password_only(client, moderator)
    response = client.get("/admin/pages/")
    assert response["Location"].startswith(reverse("itac_two_factor_verify"))
    refused = client.post(reverse("itac_two_factor_verify"), {"code": "123456"})
    assert "That code is not right, or has been used. Try again." in visible_text(
        parse(refused).find("form")
    )
    assert client.get("/admin/").status_code == 302
    # django-otp makes the next try wait after a wrong code; here the wait is over.
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_timestamp=None, throttling_failure_count=0
    )
    code = TOTP(device.bin_key).token()
    passed = client.post(
        reverse("itac_two_factor_verify"), {"code": f"{code:06d}", "next": "/admin/pages/"}
    )
    assert passed["Location"] == "/admin/pages/"
    assert client.get("/admin/").status_code == 200


def test_a_recovery_code_works_once(client, administrator):
    TOTPDevice.objects.create(user=administrator, name="phone", confirmed=True)
    (code, *_rest) = new_recovery_codes(administrator)
    sign_in_with_password_only(client, administrator)
    client.post(reverse("itac_two_factor_verify"), {"code": code})
    assert client.get("/admin/").status_code == 200
    client.logout()
    sign_in_with_password_only(client, administrator)
    client.post(reverse("itac_two_factor_verify"), {"code": code})
    assert client.get("/admin/").status_code == 302


def test_editors_need_no_second_factor(client, editor):
    sign_in_with_password_only(client, editor)
    assert client.get("/admin/").status_code == 200


def test_the_admin_sends_a_content_security_policy(client, editor):
    client.force_login(editor)
    policy = client.get("/admin/pages/")["Content-Security-Policy"]
    # Wagtail's widgets start with inline scripts (tests/admin/test_admin_csp.py).
    assert "script-src 'self' 'unsafe-inline';" in policy
    assert "unsafe-eval" not in policy
    assert "default-src 'self';" in policy and "object-src 'none'" in policy
    assert "frame-ancestors 'self'" in policy
