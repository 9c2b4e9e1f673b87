"""Proxy settings safe by default, the deploy check, and the public pages' headers (issue 16)."""

import os
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

from django.conf import settings
from django.test import override_settings

from itac.checks import check_https_and_proxy

pytestmark = pytest.mark.django_db

BASE_SETTINGS = Path(settings.BASE_DIR) / "itac" / "settings" / "base.py"


def base_settings_with(monkeypatch, **environment):
    for name in ("PROXY_SSL_HEADER", "PROXY_CLIENT_IP_HEADER"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(BASE_SETTINGS))


class TestProxyDefaults:
    def test_no_proxy_header_is_trusted_until_named(self, monkeypatch):
        values = base_settings_with(monkeypatch)
        assert values["SECURE_PROXY_SSL_HEADER"] is None
        assert values["RATELIMIT_IP_META_KEY"] == "REMOTE_ADDR"

    def test_the_named_headers_are_trusted(self, monkeypatch):
        values = base_settings_with(
            monkeypatch, PROXY_SSL_HEADER="X-Forwarded-Proto", PROXY_CLIENT_IP_HEADER="X-Real-IP"
        )
        assert values["SECURE_PROXY_SSL_HEADER"] == ("HTTP_X_FORWARDED_PROTO", "https")
        assert values["RATELIMIT_IP_META_KEY"] == "HTTP_X_REAL_IP"

    @override_settings(SECURE_HSTS_SECONDS=3600, SECURE_PROXY_SSL_HEADER=None)
    def test_a_forged_https_header_over_plain_http_turns_nothing_on(self, client):
        response = client.get("/", HTTP_X_FORWARDED_PROTO="https")
        assert "Strict-Transport-Security" not in response.headers

    @override_settings(
        SECURE_HSTS_SECONDS=3600, SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https")
    )
    def test_a_named_proxy_header_is_believed(self, client):
        response = client.get("/", HTTP_X_FORWARDED_PROTO="https")
        assert "Strict-Transport-Security" in response.headers

    @override_settings(RATELIMIT_IP_META_KEY="REMOTE_ADDR")
    def test_a_forged_client_address_does_not_escape_the_limit(self, client):
        from django.test import RequestFactory

        from itac.forms import limit_reached, rate_limited

        factory = RequestFactory()
        for number in range(3):
            request = factory.post("/", HTTP_X_REAL_IP=f"203.0.113.{number}")
            rate_limited(request, "proxy-test", "2/h")
        assert limit_reached(factory.post("/", HTTP_X_REAL_IP="203.0.113.99"), "proxy-test", "2/h")


class TestTheDeployCheck:
    @override_settings(SECURE_SSL_REDIRECT=False, SECURE_PROXY_SSL_HEADER=None)
    def test_warns_without_https_redirect_or_trusted_proxy(self):
        assert [warning.id for warning in check_https_and_proxy(None)] == ["itac.W001"]

    @override_settings(
        SECURE_SSL_REDIRECT=False,
        SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"),
        RATELIMIT_IP_META_KEY="REMOTE_ADDR",
    )
    def test_warns_when_a_proxy_is_trusted_but_every_visitor_shares_its_address(self):
        assert [warning.id for warning in check_https_and_proxy(None)] == ["itac.W002"]

    @override_settings(
        SECURE_SSL_REDIRECT=False,
        SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"),
        RATELIMIT_IP_META_KEY="HTTP_X_REAL_IP",
    )
    def test_quiet_when_the_proxy_is_named(self):
        assert check_https_and_proxy(None) == []

    def test_production_check_deploy_shows_the_warning(self, tmp_path):
        environment = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "itac.settings.production",
            "SECRET_KEY": "x" * 60,
            "ALLOWED_HOSTS": "itac.example.org",
            "PUBLIC_BASE_URL": "https://itac.example.org",
            "SECURE_SSL_REDIRECT": "0",
        }
        for name in ("PROXY_SSL_HEADER", "PROXY_CLIENT_IP_HEADER"):
            environment.pop(name, None)
        result = subprocess.run(
            [sys.executable, "manage.py", "check", "--deploy"],
            cwd=settings.BASE_DIR,
            env=environment,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert "itac.W001" in result.stdout + result.stderr


class TestPublicHeaders:
    @pytest.mark.parametrize("address", ["/", "/es/stories/", "/share-your-story/"])
    def test_the_policy_names_every_directive_and_allows_nothing_else(self, client, address):
        response = client.get(address)
        policy = dict(
            part.strip().split(" ", 1)
            for part in response.headers["Content-Security-Policy"].split(";")
        )
        assert policy["default-src"] == "'none'"
        for directive in ("script-src", "style-src", "img-src", "form-action", "base-uri"):
            assert "'self'" in policy[directive]
        assert policy["frame-ancestors"] == "'none'" and policy["object-src"] == "'none'"
        assert response.headers["Cross-Origin-Resource-Policy"] == "same-origin"
        permissions = response.headers["Permissions-Policy"]
        for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
            assert feature in permissions

    def test_the_admin_keeps_its_own_policy(self, client):
        response = client.get("/admin/login/")
        assert "Permissions-Policy" not in response.headers
        assert response.headers["Cross-Origin-Resource-Policy"] == "same-origin"
