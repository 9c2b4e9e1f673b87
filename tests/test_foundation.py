"""The foundation: pages render, languages set lang/dir, operations endpoints, demo loader."""

import os
import re
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest

from django.core.management import call_command
from django.db import OperationalError

from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from itac.blocks import CallToActionLinkBlock, VideoBlock
from itac.models import CallToAction, StandardPage
from tests.html import all_by_role, by_role, hrefs, parse, visible_text

BASE_DIR = Path(__file__).resolve().parent.parent


@pytest.mark.django_db
class TestPublicPages:
    def test_home_page_names_the_campaign(self, client):
        response = client.get("/")
        assert response.status_code == 200
        doc = parse(response)
        assert "It Takes A Community" in visible_text(doc)
        assert (doc.html["lang"], doc.html["dir"]) == ("en", "ltr")
        assert "#main" in hrefs(doc) and doc.find(id="main") is not None

    def test_about_and_privacy_are_standard_pages(self, client):
        for path, words in [("/about/", "Global Forum on Migration"), ("/privacy/", "moderator")]:
            response = client.get(path)
            assert response.status_code == 200, path
            assert words in visible_text(parse(response)), path
        assert StandardPage.objects.live().count() >= 2

    @pytest.mark.parametrize(
        ("prefix", "lang", "direction"),
        [
            ("/es/", "es", "ltr"),
            ("/fr/", "fr", "ltr"),
            ("/ar/", "ar", "rtl"),
            ("/pt/", "pt", "ltr"),
        ],
    )
    def test_each_language_sets_lang_and_dir(self, client, prefix, lang, direction):
        response = client.get(prefix)
        assert response.status_code == 200
        root = parse(response).html
        assert (root["lang"], root["dir"]) == (lang, direction)

    def test_links_keep_the_visitor_in_their_language(self, client):
        doc = parse(client.get("/ar/"))
        assert "/ar/privacy/" in hrefs(doc)
        # The campaign's mark and name in the header lead to the Arabic home page.
        assert by_role(doc, "link", re.compile(r"^#ITAC "))["href"] == "/ar/"
        # The link to Spanish is marked as Spanish, for screen readers.
        spanish = [link for link in all_by_role(doc, "link") if link["href"] == "/es/"]
        assert any(link.get("lang") == "es" for link in spanish)

    def test_english_has_no_prefix(self, client):
        assert client.get("/en/").status_code == 404

    def test_unknown_page_gets_a_friendly_404(self, client):
        response = client.get("/no-such-page/")
        assert response.status_code == 404
        assert "We could not find that page" in visible_text(parse(response))

    def test_home_page_has_the_three_main_actions(self, client, home_page):
        text = visible_text(parse(client.get("/")))
        for action in home_page.main_actions:
            assert action.value.button_text in text

    def test_public_pages_load_nothing_from_other_sites(self, client):
        doc = parse(client.get("/about/"))
        sources = [
            element[attribute]
            for element in doc.find_all(["script", "link", "img", "iframe"])
            for attribute in ("src", "href")
            if element.get(attribute)
        ]
        assert sources
        external = [s for s in sources if s.startswith(("http:", "https:", "//"))]
        # hreflang alternates are absolute links to this same site, never loaded resources.
        assert all(s.startswith("http://testserver/") for s in external), external

    def test_public_pages_send_a_strict_content_security_policy(self, client):
        policy = client.get("/").headers["Content-Security-Policy"]
        assert "default-src 'none'" in policy  # each directive named (issue 16)
        assert "script-src 'self'" in policy

    def test_admin_sends_its_own_policy_not_the_public_one(self, client):
        response = client.get("/admin/login/")
        assert response.status_code == 200
        policy = response.headers["Content-Security-Policy"]
        assert "default-src 'self'" in policy
        assert "default-src 'none'" not in policy
        assert "object-src 'none'" in policy


@pytest.mark.django_db
class TestOperations:
    def test_healthz_answers_when_the_database_does(self, client):
        response = client.get("/healthz")
        assert response.status_code == 200
        assert response.json() == {"status": "ok", "database": "up"}

    def test_healthz_says_503_when_the_database_does_not(self, client):
        with mock.patch("itac.views.connection.cursor", side_effect=OperationalError("down")):
            response = client.get("/healthz")
        assert response.status_code == 503
        assert response.json()["database"] == "down"


@pytest.mark.django_db
@pytest.mark.usefixtures("demo_site")
def test_demo_loader_run_twice_duplicates_nothing():
    counts = (
        Page.objects.count(),
        get_image_model().objects.count(),
        CallToAction.objects.count(),
        Revision.objects.count(),
    )
    call_command("load_demo_content", verbosity=0)
    assert (
        Page.objects.count(),
        get_image_model().objects.count(),
        CallToAction.objects.count(),
        Revision.objects.count(),
    ) == counts


def run_manage(*args, **env):
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "itac.settings.production", **env}
    for name, value in env.items():
        if value is None:
            environment.pop(name, None)
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


PRODUCTION_ENV = {
    "SECRET_KEY": "a-long-random-production-secret-key-for-tests-0123456789-abcdefghij",
    "ALLOWED_HOSTS": "itac.example.org",
    "PUBLIC_BASE_URL": "https://itac.example.org",
}


def test_check_deploy_is_clean_under_production_settings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "PUBLIC_BASE_URL"])
def test_production_refuses_to_start_without_its_secrets(missing):
    result = run_manage("check", **{**PRODUCTION_ENV, missing: None})
    assert result.returncode != 0
    assert f"{missing} must be set" in result.stderr


def block_error_messages(block, data):
    """The messages a block's validation gives for `data` (none when it is valid)."""
    try:
        block.clean(block.to_python(data))
    except StructBlockValidationError as error:
        return [message for e in error.block_errors.values() for message in e.messages]
    return []


class TestBlocks:
    def test_call_to_action_link_needs_a_page_or_an_address(self):
        messages = block_error_messages(
            CallToActionLinkBlock(), {"text": "Go", "page": None, "link_url": ""}
        )
        assert messages == ["Choose a page or enter an address."]

    @pytest.mark.django_db
    def test_call_to_action_link_refuses_both(self, home_page):
        messages = block_error_messages(
            CallToActionLinkBlock(),
            {"text": "Go", "page": home_page.pk, "link_url": "https://x.org/"},
        )
        assert messages == ["Choose a page or enter an address, not both."]

    @pytest.mark.django_db
    def test_call_to_action_link_gives_one_url(self, home_page):
        block = CallToActionLinkBlock()
        by_page = block.clean(block.to_python({"text": "Go", "page": home_page.pk, "link_url": ""}))
        assert by_page.url == "/"
        by_url = block.clean(block.to_python({"text": "Go", "link_url": "https://x.org/"}))
        assert by_url.url == "https://x.org/"

    def test_video_must_be_youtube_or_vimeo(self):
        block = VideoBlock()
        assert block_error_messages(block, {"url": "https://evil.example/v", "title": "V"}) == [
            "Use a YouTube or Vimeo address."
        ]
        assert block_error_messages(block, {"url": "https://vimeo.com/1", "title": "V"}) == []


@pytest.mark.django_db
def test_call_to_action_snippet_validates_its_link(home_page):
    from django.core.exceptions import ValidationError

    action = CallToAction(heading="Act", button_text="Go", locale=home_page.locale)
    with pytest.raises(ValidationError):
        action.full_clean()
    action.link_url = "https://example.org/"
    action.link_page = home_page
    with pytest.raises(ValidationError):
        action.full_clean()


@pytest.mark.django_db
def test_demo_accounts_are_printed_and_each_can_log_in(client, settings):
    from io import StringIO

    from itac.management.commands.create_demo_accounts import DEMO_ACCOUNTS, DEMO_RECOVERY_CODES

    settings.DEBUG = True
    output = StringIO()
    call_command("create_demo_accounts", stdout=output)
    printed = output.getvalue()
    for username, password, group in DEMO_ACCOUNTS:
        assert f"username: {username}" in printed and f"password: {password}" in printed
        # Through the sign-in form, as a person does (and django-axes requires).
        signed_in = client.post("/admin/login/", {"username": username, "password": password})
        assert signed_in.status_code == 302, username
        if username in DEMO_RECOVERY_CODES:
            # Administrators and moderators take a second step; the printed codes work.
            code = DEMO_RECOVERY_CODES[username][0]
            assert code in printed
            client.post("/admin/two-factor/", {"code": code})
        response = client.get("/admin/")
        assert response.status_code == 200, username
        client.logout()
        if group:
            from django.contrib.auth import get_user_model

            assert get_user_model().objects.get(username=username).groups.filter(name=group)


@pytest.mark.django_db
def test_demo_accounts_are_refused_outside_development(settings):
    from django.core.management.base import CommandError

    settings.DEBUG = False
    with pytest.raises(CommandError, match="development only"):
        call_command("create_demo_accounts")


def test_the_500_page_needs_no_database_and_speaks_every_language(rf):
    from itac.views import server_error

    with mock.patch(
        "django.db.backends.base.base.BaseDatabaseWrapper.cursor", side_effect=AssertionError
    ):
        response = server_error(rf.get("/"))
    assert response.status_code == 500
    doc = parse(response)
    assert "Something went wrong on our side" in visible_text(doc)
    assert doc.find(lang="ar", dir="rtl") is not None
