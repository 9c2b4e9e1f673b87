"""Shared fixtures: a test database that holds the campaign site's skeleton (tests build what
they assert on with tests/factories.py), and a user per role."""

import shutil

import pytest

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from django.utils import translation

from wagtail.models import Site

# Slow tests whose subject does not depend on the database engine (rendering every link, every
# role over every route, Django's deployment check in a subprocess): marked `one_database`, so
# that CI's SQLite pass leaves them to the PostgreSQL pass (.ci/run). A renamed test simply runs
# in both passes again.
ONE_DATABASE_IS_ENOUGH = (
    "tests/languages/test_crawl.py::",
    "tests/submissions/test_permissions.py::test_every_role_over_every_route",
    "tests/test_foundation.py::test_check_deploy_is_clean_under_production_settings",
    "tests/test_proxy_and_headers.py::TestTheDeployCheck::",
)


# The visual check compares pages with pictures of the live site as built: it runs first of the
# browser tests, before any journey publishes, pledges or sends a story on the shared live
# site. (Not first of all tests: the test database must be set up before Playwright runs.)
BROWSER_TESTS = "tests/browser/"
RUNS_FIRST_OF_BROWSER_TESTS = "tests/browser/test_appearance.py"


def pytest_collection_modifyitems(items):
    for item in items:
        if item.nodeid.startswith(ONE_DATABASE_IS_ENOUGH):
            item.add_marker(pytest.mark.one_database)
    browser = [item for item in items if item.nodeid.startswith(BROWSER_TESTS)]
    first = [item for item in browser if item.nodeid.startswith(RUNS_FIRST_OF_BROWSER_TESTS)]
    browser = first + [item for item in browser if item not in first]
    others = [item for item in items if not item.nodeid.startswith(BROWSER_TESTS)]
    # The demo site, once added (demo_site), stays for the rest of the session: the tests on
    # the skeleton run before the first test that asks for it.
    on_demo = [item for item in others if "demo_site" in item.fixturenames]
    on_skeleton = [item for item in others if "demo_site" not in item.fixturenames]
    items[:] = [*on_skeleton, *on_demo, *browser]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the site's skeleton once (the home page, the index and shared pages, themes,
    categories, settings and navigation in every language: load_demo_content --skeleton);
    every test then runs inside a transaction rolled back after it."""
    with django_db_blocker.unblock():
        call_command("load_demo_content", skeleton=True, verbosity=0)
    yield
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


@pytest.fixture(scope="session")
def demo_site(django_db_setup, django_db_blocker):
    """The whole demo site, added to the skeleton once and kept for the rest of the session
    (loading it takes about a minute): for the tests of the demo loader itself, and the stack
    test, which serves the demo site as `make stack` does; every other test builds what it
    asserts on (tests/factories.py). Tests that use it run after all the
    others (pytest_collection_modifyitems)."""
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)


@pytest.fixture(autouse=True)
def english_to_start_with():
    """Each test starts in the default language, whatever an earlier one activated."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def fresh_cache():
    """Each test starts with an empty cache: counters, rate limits, cached listings and pages
    must not outlive a test's rolled-back rows."""
    cache.clear()
    yield
    cache.clear()


def pass_second_factor(client, user):
    """Mark the client's session as past its second factor, with a confirmed authenticator of
    the account's own (made when it has none), as a real two-step sign-in leaves it."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Test authenticator", confirmed=True)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


PASSWORD_ONLY_LOGIN = Client.force_login


@pytest.fixture(autouse=True)
def second_factor_passed_on_force_login(monkeypatch):
    """Tests sign in with force_login (django-axes makes client.login() raise). An account that
    must use a second factor (administrators, moderators) or has one is signed in as after
    both steps; `sign_in_with_password_only(client, user)` stops after the password."""
    from itac.two_factor import has_second_factor, must_use_second_factor

    def force_login(client, user, backend=None):
        PASSWORD_ONLY_LOGIN(client, user, backend)
        if must_use_second_factor(user) or has_second_factor(user):
            pass_second_factor(client, user)

    monkeypatch.setattr(Client, "force_login", force_login)


def sign_in_with_password_only(client, user):
    PASSWORD_ONLY_LOGIN(client, user)


@pytest.fixture
def home_page(db):
    return Site.objects.get(is_default_site=True).root_page.specific


def make_user(django_user_model, username, group_name=None, superuser=False):
    user = django_user_model.objects.create_user(
        username=username,
        email=f"{username}@example.org",
        password="not-used-force-login",
        is_staff=superuser,
        is_superuser=superuser,
    )
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def administrator(db, django_user_model):
    return make_user(django_user_model, "test-admin", superuser=True)


@pytest.fixture
def editor(db, django_user_model):
    return make_user(django_user_model, "test-editor", "Editors")


@pytest.fixture
def moderator(db, django_user_model):
    return make_user(django_user_model, "test-moderator", "Moderators")
