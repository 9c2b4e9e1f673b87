"""Shared fixtures: a test database that holds the demo campaign site, and a user per role."""

import shutil

import pytest

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import translation

from wagtail.models import Site


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the demo site once; every test then runs inside a transaction rolled back after it."""
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)
    yield
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


@pytest.fixture(autouse=True)
def english_to_start_with():
    """Each test starts in the default language, whatever an earlier one activated."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


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
