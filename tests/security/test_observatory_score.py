"""The HTTP Observatory score of our real responses (issue 16: 125 or more on public pages).

The public scanner cannot reach this machine, so `tests/security/observatory.py` applies the
published MDN HTTP Observatory rules (its docstring names the sources) to what the site
answers under the production settings' security values: the page over HTTPS, and the same
address over plain HTTP for the redirection test.
"""

import runpy

import pytest

from django.test import Client, override_settings

from tests.factories import StoryPageFactory

from .observatory import Scan, score

pytestmark = pytest.mark.django_db

PUBLIC_TARGET = 125
# The admin's sign-in page reached this when measured (2026-11-30): Wagtail's admin needs
# 'unsafe-inline' scripts (-20), which leaves 80 and so no bonus (they count from 90 only).
# Its policy is being tightened elsewhere, which can only raise it.
ADMIN_REACHED = 80
SECURITY_SETTINGS = [
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "CSRF_COOKIE_HTTPONLY",
    "SESSION_COOKIE_SAMESITE",
    "CSRF_COOKIE_SAMESITE",
]


@pytest.fixture(scope="module")
def production_security():
    """The security values of itac/settings/production.py, with only its required secrets."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("SECRET_KEY", "observatory-test-key")
        monkeypatch.setenv("ALLOWED_HOSTS", "testserver")
        monkeypatch.setenv("PUBLIC_BASE_URL", "https://testserver")
        for name in ("SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS"):
            monkeypatch.delenv(name, raising=False)
        values = runpy.run_module("itac.settings.production")
    return {name: values[name] for name in SECURITY_SETTINGS if name in values}


def scan(path, settings_values):
    with override_settings(**settings_values):
        visitor = Client()
        page = visitor.get(path, secure=True, HTTP_ORIGIN="https://scanner.example")
        plain = Client().get(path)
    return Scan(
        host="testserver",
        status=page.status_code,
        headers={name.lower(): value for name, value in page.headers.items()},
        set_cookies=[morsel.OutputString() for morsel in page.cookies.values()],
        html=page.content.decode(),
        http_status=plain.status_code,
        http_location=plain.headers.get("Location", ""),
    )


def report(results):
    return "\n".join(f"{modifier:+4d} {result}" for result, modifier in results.values())


@pytest.mark.parametrize("path", ["/", "/ar/", "/stories/", "/share-your-story/", "/pledge/"])
def test_public_pages_score_125_or_more(path, production_security):
    page = scan(path, production_security)
    assert page.status == 200
    total, results = score(page)
    assert total >= PUBLIC_TARGET, f"{path}: {total}\n{report(results)}"


def test_a_story_page_scores_125_or_more(production_security):
    story = StoryPageFactory()
    total, results = score(scan(story.url, production_security))
    assert total >= PUBLIC_TARGET, report(results)


def test_the_admin_sign_in_page_keeps_its_score(production_security):
    page = scan("/admin/login/", production_security)
    assert page.status == 200
    total, results = score(page)
    assert total >= ADMIN_REACHED, report(results)


class TestTheScorerFollowsThePublishedRules:
    """The scorer itself, on header sets whose score the published table gives."""

    def bare(self, **headers):
        return Scan(
            host="example.org",
            status=200,
            headers={name.replace("_", "-"): value for name, value in headers.items()},
            set_cookies=[],
            html="<html><body></body></html>",
            http_status=200,
            http_location="",
        )

    def test_a_site_without_any_header_scores_low(self):
        # CSP -25, no redirection to HTTPS -20, HSTS -20, nosniff -5, framing -20.
        assert score(self.bare(**{"content-type": "text/html"}))[0] == 10

    def test_bonuses_only_count_from_90(self):
        page = self.bare(
            **{
                "content-type": "text/html",
                "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
                "cross-origin-resource-policy": "same-origin",
                "referrer-policy": "no-referrer",
                "x-content-type-options": "nosniff",
            }
        )
        # 100 - 20 (no redirection) - 20 (no HSTS) = 60: no bonus counts.
        assert score(page)[0] == 60
        page.http_status, page.http_location = 301, "https://example.org/"
        page.headers["strict-transport-security"] = "max-age=31536000"
        # 100 + 10 (CSP) + 5 (referrer) + 5 (frame-ancestors) + 10 (CORP).
        assert score(page)[0] == 130

    def test_unsafe_inline_scripts_and_session_cookies_without_flags_cost_points(self):
        page = self.bare(
            **{
                "content-type": "text/html",
                "content-security-policy": "default-src 'self'; script-src 'self' 'unsafe-inline'",
                "strict-transport-security": "max-age=31536000",
                "x-content-type-options": "nosniff",
                "x-frame-options": "DENY",
            }
        )
        page.http_status, page.http_location = 301, "https://example.org/"
        page.set_cookies = ["sessionid=abc; Path=/"]
        # CSP unsafe-inline -20; a session cookie without Secure (HSTS on) -10 ... and without
        # HttpOnly, worse: -30.
        assert score(page)[1]["content-security-policy"][1] == -20
        assert score(page)[1]["cookies"] == ("cookies-session-without-httponly-flag", -30)
        assert score(page)[0] == 50
