"""One way of writing a date per language (stories and events alike); the About page's
figures are the live counter's."""

import datetime
import zoneinfo

import pytest

from django.core.cache import cache

from actions.counter import pledge_counts
from actions.models import PledgePage
from itac.models import StandardPage
from tests.factories import EventPageFactory, PledgeSignatureFactory, StoryPageFactory
from tests.html import parse, squash, visible_text

pytestmark = pytest.mark.django_db

# 17 November 2026 as each language writes it (Django's formats; English set in itac/formats).
EXPECTED = {
    "en": "17 November 2026",
    "es": "17 de noviembre de 2026",
    "fr": "17 novembre 2026",
    "ar": "17 نوفمبر، 2026",
    "pt": "17 de Novembro de 2026",  # Django's Portuguese capitalises months
}


def translated(page, language):
    from wagtail.models import Locale

    if language == "en":
        return page
    copy = page.copy_for_translation(Locale.objects.get(language_code=language))
    copy.save_revision().publish()
    copy.refresh_from_db()
    return copy


@pytest.mark.parametrize("language", list(EXPECTED))
def test_a_story_and_an_event_write_the_date_the_same_way(client, language):
    story = StoryPageFactory(date_published=datetime.date(2026, 11, 17))
    dublin = zoneinfo.ZoneInfo("Europe/Dublin")
    event = EventPageFactory(
        start=datetime.datetime(2026, 11, 17, 15, 0, tzinfo=dublin),
        end=datetime.datetime(2026, 11, 17, 16, 0, tzinfo=dublin),
    )
    story, event = translated(story, language), translated(event, language)

    story_doc = parse(client.get(story.url))
    published = story_doc.select_one(".story__facts time")
    assert squash(published.get_text()) == EXPECTED[language]

    event_doc = parse(client.get(event.url))
    when = event_doc.select_one("time[data-local-time]")
    assert squash(when.get_text()).startswith(f"{EXPECTED[language]}, 15:00")


def about_page():
    return StandardPage.objects.get(locale__language_code="en", url_path__endswith="/about/")


def test_the_about_page_states_the_live_count_of_countries(client):
    pledge = PledgePage.objects.get(locale__language_code="en", url_path__endswith="/pledge/")
    before = pledge_counts(pledge)
    new_countries = [
        code for code in ("NZ", "KE", "CL", "JP") if code not in dict(before.by_country)
    ]
    for code in new_countries:
        PledgeSignatureFactory(pledge=pledge, country=code)
    cache.clear()
    counts = pledge_counts(pledge)
    assert counts.countries == before.countries + len(new_countries)

    text = visible_text(parse(client.get(about_page().url)))
    assert f"from {counts.countries} countries have pledged" in text
    assert f"{counts.pledges} pledges so far" in text
    assert "94 countries" not in text

    home = visible_text(parse(client.get("/")))
    assert f"from {counts.countries} countries have pledged" in home


def test_the_about_page_figures_follow_the_visitors_language(client):
    spanish = StandardPage.objects.get(
        locale__language_code="es", translation_key=about_page().translation_key
    )
    text = visible_text(parse(client.get(spanish.url)))
    assert "94 países" not in text
    pledge = PledgePage.objects.get(locale__language_code="en", url_path__endswith="/pledge/")
    assert str(pledge_counts(pledge).countries) in text
