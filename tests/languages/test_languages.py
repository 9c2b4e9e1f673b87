"""The portal in English, Spanish, French, Arabic and Portuguese (issue 7)."""

import re
from pathlib import Path

import polib
import pytest

from django.conf import settings

from wagtail.models import Locale, Page

from actions.models import PledgeSignature
from partners.models import PartnerCategory
from stories.models import Theme
from stories.submissions.models import StorySubmission
from tests.factories import StoryPageFactory, translate
from tests.html import all_by_role, by_role, parse, title, visible_text

from .conftest import form_started

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "es", "fr", "ar", "pt"]


def html_tag(doc):
    """The document's language and direction, as (lang, dir) on its html element."""
    return (doc.html.get("lang"), doc.html.get("dir"))


def main_tag(doc):
    """The attributes of the page's main landmark."""
    return by_role(doc, "main").attrs


def get(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return parse(response)


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_home_page_serves_with_its_language_and_direction(client, code):
    doc = get(client, "/" if code == "en" else f"/{code}/")
    direction = "rtl" if code == "ar" else "ltr"
    assert html_tag(doc) == (code, direction)


def test_the_arabic_home_page_is_right_to_left_and_in_arabic(client):
    doc = get(client, "/ar/")
    assert html_tag(doc)[1] == "rtl"
    assert by_role(doc, "link", "انتقل إلى المحتوى الرئيسي")["href"] == "#main"  # the skip link
    headings = [heading.get_text(" ") for heading in all_by_role(doc, "heading")]
    assert any("يتطلب الأمر مجتمعًا" in heading for heading in headings)  # the hero heading
    by_role(doc, "navigation", "اللغات")  # the language switcher's name


def test_the_home_page_has_hreflang_alternates_for_all_five_and_x_default(client):
    doc = get(client, "/")
    alternates = {
        link["hreflang"]: link["href"]
        for link in doc.find_all("link", rel="alternate", hreflang=True)
    }
    assert set(alternates) == {*LANGUAGES, "x-default"}
    assert alternates["es"].endswith("/es/") and alternates["ar"].endswith("/ar/")
    assert alternates["x-default"] == alternates["en"]


def test_language_names_are_written_in_their_own_language(client):
    doc = get(client, "/ar/")
    switcher = visible_text(by_role(doc, "navigation", "اللغات"))
    for name in ["English", "español", "français", "العربيّة", "Português"]:
        assert name in switcher


def test_the_switcher_keeps_the_page_when_it_is_translated(client):
    links = {
        (link["href"], link.get("lang")) for link in all_by_role(get(client, "/ar/about/"), "link")
    }
    assert ("/es/about/", "es") in links
    assert ("/about/", "en") in links
    assert ("/fr/about/", "fr") in links


def test_a_page_missing_in_a_language_falls_back_to_english_marked_as_english(client):
    from itac.models import StandardPage

    home = Page.objects.get(depth=2, locale__language_code="en")
    home.add_child(instance=StandardPage(title="Press", slug="press", introduction="News."))
    doc = get(client, "/ar/press/")
    assert html_tag(doc)[1] == "rtl"  # the interface stays Arabic
    assert main_tag(doc).get("lang") == "en"  # the English content says so (WCAG 3.1.2)
    doc = get(client, "/fr/press/")
    assert main_tag(doc).get("lang") == "en"
    # A translated page's content is not marked.
    assert "lang" not in main_tag(get(client, "/es/about/"))


def test_a_missing_page_answers_404_in_the_visitors_language(client):
    response = client.get("/ar/no-such-page/")
    assert response.status_code == 404
    doc = parse(response)
    assert html_tag(doc) == ("ar", "rtl")
    assert "لم نعثر على هذه الصفحة" in visible_text(doc)


def test_the_shared_pages_exist_and_are_live_in_every_language():
    # The pages under the English home page (the skeleton's: index and shared pages).
    english = Page.objects.filter(locale=Locale.get_default(), depth=3).live()
    assert english.exists()
    for code in ["es", "fr", "ar", "pt"]:
        locale = Locale.objects.get(language_code=code)
        pages = Page.objects.filter(locale=locale).live()
        assert pages.filter(depth=2).exists(), code  # the home page
        # Each of them, translated and live under that home page.
        translated = set(pages.filter(depth=3).values_list("translation_key", flat=True))
        assert set(english.values_list("translation_key", flat=True)) <= translated, code


@pytest.mark.parametrize("code", ["es", "fr", "ar", "pt"])
def test_each_library_shows_the_stories_in_its_own_language(client, code):
    from stories.models import StoryPage

    for _ in range(3):
        translate(StoryPageFactory(), code)
    stories = StoryPage.objects.live().filter(locale__language_code=code)
    assert stories.count() == 3
    doc = get(client, f"/{code}/stories/")
    # Told or translated in the visitor's language: no card is marked as another language's.
    assert doc.find(class_="language-label") is None
    titles = {link.get_text(strip=True) for link in doc.select(".story-card .card__title a")}
    assert {story.title for story in stories.order_by("-date_published", "-pk")[:10]} <= titles


def test_the_themes_and_partner_categories_are_translated():
    english = Locale.get_default()
    for model in (Theme, PartnerCategory):
        for code in ["es", "fr", "ar", "pt"]:
            locale = Locale.objects.get(language_code=code)
            originals = model.objects.filter(locale=english)
            translations = model.objects.filter(locale=locale)
            assert translations.count() == originals.count() > 0
            # Same slugs (synchronised), other names (translated).
            assert set(translations.values_list("slug", flat=True)) == set(
                originals.values_list("slug", flat=True)
            )
            # In Arabic, each name in Arabic script; elsewhere, names of their own language.
            english_names = set(originals.values_list("name", flat=True))
            names = set(translations.values_list("name", flat=True))
            if code == "ar":
                assert all(re.search("[\u0600-\u06ff]", name) for name in names), names
            else:
                assert names != english_names, code


def test_every_interface_string_is_translated_in_every_language():
    for code in ["es", "fr", "ar", "pt"]:
        path = Path(settings.BASE_DIR) / f"locale/{code}/LC_MESSAGES/django.po"
        catalog = polib.pofile(str(path))
        assert catalog.untranslated_entries() == [], code
        assert catalog.fuzzy_entries() == [], code
    arabic = polib.pofile(str(Path(settings.BASE_DIR) / "locale/ar/LC_MESSAGES/django.po"))
    assert arabic.metadata["Plural-Forms"].startswith("nplurals=6;")


def test_a_pledge_error_appears_in_the_visitors_language(client):
    count = PledgeSignature.objects.count()
    data = {"form_started": form_started(), "website_url": "", "signer_type": "individual"}
    response = client.post("/ar/pledge/", data)
    assert response.status_code == 200
    doc = parse(response)
    assert title(doc).startswith("خطأ:")
    assert "اختر بلدك." in visible_text(doc)  # "Choose your country."
    assert PledgeSignature.objects.count() == count

    response = client.post("/es/pledge/", data)
    assert "Elige tu país." in visible_text(parse(response))


def test_a_pledge_records_the_language_it_was_made_in(client):
    data = {
        "form_started": form_started(),
        "website_url": "",
        "signer_type": "individual",
        "display_name": "",
        "country": "JO",
    }
    response = client.post("/ar/pledge/", data)
    assert response.status_code == 302
    assert response["Location"].startswith("/ar/pledge/")
    assert PledgeSignature.objects.order_by("-pk").first().language == "ar"


def story_data():
    return {
        "form_started": form_started(),
        "title": "It Takes A Community to open a bakery",
        "story": (
            "Two neighbours, one from Aleppo and one from Amman, opened a bakery on our street.\n\n"
            "Now the whole street meets there every morning, and newcomers find work and friends."
        ),
        "storyteller_display": "pseudonym",
        "storyteller_name": "Layla",
        "relationship": "mine",
        "city": "Amman",
        "country": "JO",
        "told_in_language": "ar",
        "consent_publish_story": "on",
    }


def test_a_story_form_error_appears_in_the_visitors_language(client):
    data = {**story_data(), "consent_publish_story": ""}
    del data["title"]
    response = client.post("/es/share-your-story/", data)
    assert response.status_code == 200
    doc = parse(response)
    assert title(doc).startswith("Error:")
    assert "Para enviar tu historia, acepta que podamos publicarla." in visible_text(doc)
    assert "Ponle un título a tu historia." in visible_text(doc)  # the error names its question


def test_the_arabic_story_form_works_end_to_end(client, django_capture_on_commit_callbacks):
    doc = get(client, "/ar/share-your-story/")
    assert html_tag(doc) == ("ar", "rtl")
    assert "شارك قصتك" in visible_text(doc)
    # The Arabic consent wording.
    assert "أوافق على أن تنشر #ItTakesACommunity هذه القصة" in visible_text(doc)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/ar/share-your-story/", story_data())
    assert response.status_code == 302
    assert response["Location"] == "/ar/share-your-story/thanks/"
    thanks = get(client, response["Location"])
    assert html_tag(thanks) == ("ar", "rtl")
    assert "شكرًا لك على قصتك" in visible_text(thanks)

    submission = StorySubmission.objects.order_by("-pk").first()
    assert submission.consent_language == "ar"
    assert "أوافق على أن تنشر" in submission.consent_text
