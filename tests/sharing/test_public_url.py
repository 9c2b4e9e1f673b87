"""One public address for every absolute link: settings, the demo Site and page addresses."""

import os
import subprocess
import sys

import pytest

from django.test import override_settings

from wagtail.models import Site

from itac.public_url import absolute_url, sync_default_site

BASE_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def settings_value(module, names, **env):
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": module, **env}
    for name in ("PUBLIC_BASE_URL", "WAGTAILADMIN_BASE_URL"):
        if name not in env:
            environment.pop(name, None)
    code = "from django.conf import settings; " + "; ".join(
        f"print(settings.{name})" for name in names
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_development_addresses_follow_the_port_make_run_serves():
    assert settings_value(
        "itac.settings.dev", ["PUBLIC_BASE_URL", "WAGTAILADMIN_BASE_URL"], PORT="8301"
    ) == ["http://127.0.0.1:8301", "http://127.0.0.1:8301"]


def test_the_admin_address_can_still_be_set_apart():
    assert settings_value(
        "itac.settings.dev",
        ["PUBLIC_BASE_URL", "WAGTAILADMIN_BASE_URL"],
        PORT="8301",
        WAGTAILADMIN_BASE_URL="https://admin.example.org",
    ) == ["http://127.0.0.1:8301", "https://admin.example.org"]


def test_production_reads_the_one_public_address():
    values = settings_value(
        "itac.settings.production",
        ["PUBLIC_BASE_URL", "WAGTAILADMIN_BASE_URL"],
        SECRET_KEY="a-long-random-production-secret-key-for-tests-0123456789-abcdefghij",
        ALLOWED_HOSTS="itac.example.org",
        PUBLIC_BASE_URL="https://itac.example.org/",
    )
    assert values == ["https://itac.example.org", "https://itac.example.org"]


@pytest.mark.django_db
def test_the_demo_site_answers_at_the_public_address():
    with override_settings(PUBLIC_BASE_URL="http://127.0.0.1:8301"):
        assert sync_default_site() is True
        assert sync_default_site() is False  # nothing left to change
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8301)


@pytest.mark.django_db
def test_page_addresses_start_with_the_public_address(make_story):
    story = make_story()
    with override_settings(PUBLIC_BASE_URL="https://itac.example.org"):
        assert story.get_full_url() == f"https://itac.example.org{story.url}"
        assert absolute_url("/share-your-story/remove/") == (
            "https://itac.example.org/share-your-story/remove/"
        )
