"""Helpers for the story library tests: a way to make stories quickly, and the library page."""

import pytest

from django.core.cache import cache

from stories.models import StoryIndexPage, Theme
from stories.synthetic import add_synthetic_stories


@pytest.fixture
def library(db):
    return StoryIndexPage.objects.get(locale__language_code="en", slug="stories")


@pytest.fixture
def themes(db):
    return list(Theme.objects.filter(locale__language_code="en"))


@pytest.fixture
def many_stories(library, themes):
    """Adds `count` synthetic published stories to the library."""

    def add(count):
        add_synthetic_stories(library, count, themes)
        cache.clear()

    return add


def story_count(response):
    return response.context["story_total"]
