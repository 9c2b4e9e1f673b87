"""Helpers for the reach tests: stories, drafts and pledges built by each test."""

import datetime

import pytest

from django.core.cache import cache

from actions.models import PledgePage, PledgeSignature
from stories.models import StoryIndexPage, StoryPage, Theme
from tests.factories import PartnerPageFactory


@pytest.fixture
def library(db):
    return StoryIndexPage.objects.get(slug="stories", locale__language_code="en")


@pytest.fixture
def make_story(library):
    """Adds a story to the English library: published unless `live=False` (a draft)."""

    def make(title, country="", partner=None, themes=(), told_in="en", live=True, **fields):
        story = StoryPage(
            title=title,
            summary=f"Summary of {title}.",
            body=[("paragraph", f"<p>{title}</p>")],
            country=country,
            partner=partner,
            told_in_language=told_in,
            date_published=fields.pop("date_published", datetime.date(2026, 6, 1)),
            live=live,
            **fields,
        )
        library.add_child(instance=story)
        if live:
            story.save_revision().publish()
        else:
            story.save_revision()
        if themes:
            story.themes.set(themes)
            story.save()
        cache.clear()
        return story

    return make


@pytest.fixture
def partner(db):
    return PartnerPageFactory(
        title="City of Montreal",
        slug="montreal",
        category__name="Cities",
        countries=["CA"],
        cities="Montreal",
    )


@pytest.fixture
def theme(db):
    return Theme.objects.filter(locale__language_code="en").first()


@pytest.fixture
def pledge_page(db):
    return PledgePage.objects.get(locale__language_code="en")


@pytest.fixture
def make_pledges(pledge_page):
    def make(country, count, created_at=None, **fields):
        """Adds `count` pledges from `country`, signed at `created_at` when given."""
        signatures = PledgeSignature.objects.bulk_create(
            PledgeSignature(
                pledge=pledge_page,
                signer_type="individual",
                country=country,
                language="en",
                **fields,
            )
            for _ in range(count)
        )
        if created_at is not None:
            # auto_now_add overrides the value at creation: set it afterwards.
            PledgeSignature.objects.filter(pk__in=[s.pk for s in signatures]).update(
                created_at=created_at
            )
        cache.clear()

    return make
