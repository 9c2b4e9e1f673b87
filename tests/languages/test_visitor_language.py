"""A visitor on /es/, /fr/, /ar/ or /pt/ stays in their language (issue 12).

Each test builds the pages it looks at: an English page nobody has translated yet is served
under the visitor's prefix, linked there, and marked with its own language and direction.
"""

import pytest

from django.utils import translation

from wagtail.models import Locale, Page

from itac.models import StandardPage
from itac.paths import serving_language
from tests.factories import (
    PartnerPageFactory,
    StoryPageFactory,
    ThemeFactory,
)
from tests.html import parse

pytestmark = pytest.mark.django_db


def english_home():
    return Page.objects.get(depth=2, locale__language_code="en").specific


def translate(page, language_code, **changes):
    """The live translation of `page` into `language_code`, as an editor would publish it."""
    locale = Locale.objects.get(language_code=language_code)
    translated = page.copy_for_translation(locale, copy_parents=True)
    for name, value in changes.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    return translated.specific_class.objects.get(pk=translated.pk)


def standard_page(**fields):
    page = StandardPage(title="Volunteer with us", slug="volunteer-with-us", **fields)
    english_home().add_child(instance=page)
    page.save_revision().publish()
    return page


def alternates(doc):
    return {
        link["hreflang"]: link["href"]
        for link in doc.find_all("link", rel="alternate")
        if link.get("hreflang")
    }


def test_an_untranslated_page_is_served_under_the_prefix_marked_as_its_own_language(client):
    standard_page(introduction="Join the neighbours who welcome newcomers.")
    doc = parse(client.get("/ar/volunteer-with-us/"))
    assert doc.html["lang"] == "ar" and doc.html["dir"] == "rtl"  # the interface stays Arabic
    main = doc.find("main")
    # English words inside an Arabic page: their language and their direction (full stops at
    # the right end).
    assert main["lang"] == "en" and main["dir"] == "ltr"
    assert "Join the neighbours" in main.get_text()


def test_a_translated_page_is_not_marked(client):
    page = standard_page()
    translate(page, "ar", title="تطوّع معنا")
    main = parse(client.get("/ar/volunteer-with-us/")).find("main")
    assert not main.has_attr("lang") and not main.has_attr("dir")


def test_cards_of_untranslated_stories_link_under_the_visitors_prefix(client):
    partner = PartnerPageFactory()
    story = StoryPageFactory(partner=partner)
    doc = parse(client.get(f"/es/partners/{partner.slug}/"))
    card_link = doc.find("a", string=story.title)
    assert card_link["href"] == f"/es/stories/{story.slug}/"
    card = card_link.find_parent(class_="card__body")
    assert card["lang"] == "en" and card["dir"] == "ltr"
    assert card.find(class_="language-label").get_text(strip=True) == "English"
    # And the address answers, in Spanish around the English story.
    response = client.get(card_link["href"])
    assert response.status_code == 200
    assert parse(response).html["lang"] == "es"


def test_a_fallback_story_keeps_every_link_in_the_language(client):
    theme = ThemeFactory()
    story = StoryPageFactory(themes=[theme])
    doc = parse(client.get(f"/fr/stories/{story.slug}/"))
    main = doc.find("main")
    theme_link = main.find("a", string=theme.name)
    assert theme_link["href"] == f"/fr/stories/?theme={theme.slug}"
    share = main.find("section", class_="story-share")
    assert f"/fr/stories/{story.slug}/" in share.find("button")["data-copy-link"]
    for link in main.find_all("a", href=True):
        href = link["href"]
        assert not href.startswith("/") or href.startswith("/fr/"), href


def test_addresses_outside_a_prefixed_page_stay_the_pages_own():
    """The admin, cache purges and background tasks see each page at its own address."""
    story = StoryPageFactory()
    assert story.get_url() == f"/stories/{story.slug}/"
    with translation.override("es"):  # e.g. an editor whose admin is in Spanish
        assert story.get_url() == f"/stories/{story.slug}/"
    with serving_language("es"):
        assert story.get_url() == f"/es/stories/{story.slug}/"
        # A page of another language keeps its own address (and its card says so).
        arabic = translate(story, "ar", title="قصة شارع مشترك")
        assert arabic.get_url() == f"/ar/stories/{story.slug}/"


def test_hreflang_lists_only_real_translations_and_x_default(client):
    page = standard_page()
    translate(page, "es", title="Súmate como voluntario")
    doc = parse(client.get("/fr/volunteer-with-us/"))
    found = alternates(doc)
    assert set(found) == {"en", "es", "x-default"}
    assert found["es"].endswith("/es/volunteer-with-us/")
    assert found["en"].endswith("/volunteer-with-us/") and "/fr/" not in found["en"]
    assert found["x-default"] == found["en"]
    # The switcher still offers French: the page as French visitors get it.
    switcher = doc.find("nav", class_="language-switcher")
    assert switcher.find("span", lang="fr")  # the current language
    assert switcher.find("a", lang="es")["href"] == "/es/volunteer-with-us/"
    doc = parse(client.get("/volunteer-with-us/"))
    assert doc.find("nav", class_="language-switcher").find("a", lang="fr")["href"] == (
        "/fr/volunteer-with-us/"
    )


def test_theme_names_appear_in_the_visitors_language(client):
    theme = ThemeFactory(name="Neighbourhood gardens")
    spanish = Locale.objects.get(language_code="es")
    spanish_theme = theme.copy_for_translation(spanish)
    spanish_theme.name = "Huertos vecinales"
    spanish_theme.save()
    story = StoryPageFactory(themes=[theme])
    translate(story, "es", title="Historia de una calle compartida")
    doc = parse(client.get(f"/es/stories/{story.slug}/"))
    tags = doc.find("ul", class_="tag-list")
    assert tags.find("a", string="Huertos vecinales")
    assert "Neighbourhood gardens" not in doc.find("main").get_text()
    # The library filters the Spanish story by the Spanish theme.
    library = parse(client.get(f"/es/stories/?theme={theme.slug}"))
    assert library.find("a", string="Historia de una calle compartida")


def test_told_in_names_the_language_in_the_visitors_language(client):
    story = StoryPageFactory(told_in_language="nl")
    doc = parse(client.get(f"/es/stories/{story.slug}/"))
    with translation.override("es"):
        dutch = translation.gettext("Dutch")
    assert dutch != "Dutch"
    told_in = doc.find("dl", class_="story__facts").find(class_="language-label")
    assert told_in.get_text(strip=True) == dutch


def test_an_untranslated_event_leads_back_to_the_events_in_the_language(client):
    from tests.factories import EventPageFactory

    event = EventPageFactory()
    doc = parse(client.get(f"/pt/events/{event.slug}/"))
    main = doc.find("main")
    hrefs = [link["href"] for link in main.find_all("a", href=True)]
    assert "/pt/events/" in hrefs
    assert f"/pt/events/{event.slug}/event.ics" in hrefs
    assert not [href for href in hrefs if href.startswith("/") and not href.startswith("/pt/")]


def test_the_library_names_its_partners_in_the_visitors_language(client):
    partner = PartnerPageFactory(title="Welcoming Neighbours of Cork")
    translate(partner, "es", title="Vecinos Acogedores de Cork")
    story = StoryPageFactory(partner=partner)
    translate(story, "es", title="Historia de una calle compartida")

    library = parse(client.get("/es/stories/"))
    choice = library.find("select", attrs={"name": "partner"}).find(
        "option", attrs={"value": partner.slug}
    )

    assert choice.get_text(strip=True) == "Vecinos Acogedores de Cork"
    # The Spanish name still filters by the partner's shared address.
    filtered = parse(client.get(f"/es/stories/?partner={partner.slug}"))
    assert filtered.find("a", string="Historia de una calle compartida")
