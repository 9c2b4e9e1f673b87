"""The portal in English, Spanish, French, Arabic and Portuguese (issue 7)."""

import re
from pathlib import Path

import polib
import pytest

from django.conf import settings

from wagtail.models import Locale, Page

from actions.models import PledgeSignature
from itac.demo.translations import PAGE_SLUGS
from partners.models import PartnerCategory
from stories.models import Theme
from stories.submissions.models import StorySubmission
from tests.html import parse

from .conftest import form_started

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "es", "fr", "ar", "pt"]


def html_tag(html):
    return re.search(r"<html[^>]*>", html).group(0)


def main_tag(html):
    return re.search(r"<main[^>]*>", html).group(0)


def get(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_home_page_serves_with_its_language_and_direction(client, code):
    html = get(client, "/" if code == "en" else f"/{code}/")
    direction = "rtl" if code == "ar" else "ltr"
    assert html_tag(html) == f'<html lang="{code}" dir="{direction}">'


def test_the_arabic_home_page_is_right_to_left_and_in_arabic(client):
    html = get(client, "/ar/")
    assert 'dir="rtl"' in html_tag(html)
    assert "انتقل إلى المحتوى الرئيسي" in html  # the skip link
    assert "يتطلب الأمر مجتمعًا" in html  # the translated hero heading
    assert 'aria-label="اللغات"' in html  # the language switcher's name


def test_the_home_page_has_hreflang_alternates_for_all_five_and_x_default(client):
    html = get(client, "/")
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))
    assert set(alternates) == {*LANGUAGES, "x-default"}
    assert alternates["es"].endswith("/es/") and alternates["ar"].endswith("/ar/")
    assert alternates["x-default"] == alternates["en"]


def test_language_names_are_written_in_their_own_language(client):
    html = get(client, "/ar/")
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    for name in ["English", "español", "français", "العربيّة", "Português"]:
        assert name in switcher


def test_the_switcher_keeps_the_page_when_it_is_translated(client):
    html = get(client, "/ar/about/")
    assert 'href="/es/about/" lang="es"' in html
    assert 'href="/about/" lang="en"' in html
    assert 'href="/fr/about/" lang="fr"' in html


def test_a_page_missing_in_a_language_falls_back_to_english_marked_as_english(client):
    from itac.models import StandardPage

    home = Page.objects.get(depth=2, locale__language_code="en")
    home.add_child(instance=StandardPage(title="Press", slug="press", introduction="News."))
    html = get(client, "/ar/press/")
    assert 'dir="rtl"' in html_tag(html)  # the interface stays Arabic
    assert 'lang="en"' in main_tag(html)  # the English content says so (WCAG 3.1.2)
    html = get(client, "/fr/press/")
    assert 'lang="en"' in main_tag(html)
    # A translated page's content is not marked.
    assert "lang=" not in main_tag(get(client, "/es/about/"))


def test_a_missing_page_answers_404_in_the_visitors_language(client):
    response = client.get("/ar/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert html_tag(html) == '<html lang="ar" dir="rtl">'
    assert "لم نعثر على هذه الصفحة" in html


def test_the_translated_demo_pages_exist_and_are_live():
    for code in ["es", "fr", "ar", "pt"]:
        locale = Locale.objects.get(language_code=code)
        pages = Page.objects.filter(locale=locale).live()
        assert pages.filter(depth=2).exists(), code  # the home page
        # Every shared page the demo translates, under the home page (PAGE_SLUGS[0]).
        assert set(pages.filter(depth=3).values_list("slug", flat=True)) >= set(PAGE_SLUGS[1:])


@pytest.mark.parametrize("code", ["es", "fr", "ar", "pt"])
def test_each_library_has_ten_stories_in_its_own_language(client, code):
    from stories.models import StoryPage

    stories = StoryPage.objects.live().filter(locale__language_code=code)
    assert stories.count() >= 10
    doc = parse(get(client, f"/{code}/stories/"))
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
    assert Theme.objects.get(locale__language_code="es", slug="inclusion").name == "Inclusión"
    assert Theme.objects.get(locale__language_code="ar", slug="inclusion").name == "الإدماج"


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
    html = response.content.decode()
    assert "<title>خطأ:" in html
    assert "اختر بلدك." in html  # "Choose your country."
    assert PledgeSignature.objects.count() == count

    response = client.post("/es/pledge/", data)
    assert "Elige tu país." in response.content.decode()


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
    html = response.content.decode()
    assert "<title>Error:" in html
    assert "Para enviar tu historia, acepta que podamos publicarla." in html
    assert "Ponle un título a tu historia." in html  # the error names its question


def test_the_arabic_story_form_works_end_to_end(client, django_capture_on_commit_callbacks):
    html = get(client, "/ar/share-your-story/")
    assert html_tag(html) == '<html lang="ar" dir="rtl">'
    assert "شارك قصتك" in html
    assert "أوافق على أن تنشر #ItTakesACommunity هذه القصة" in html  # the Arabic consent wording

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/ar/share-your-story/", story_data())
    assert response.status_code == 302
    assert response["Location"] == "/ar/share-your-story/thanks/"
    thanks = get(client, response["Location"])
    assert html_tag(thanks) == '<html lang="ar" dir="rtl">'
    assert "شكرًا لك على قصتك" in thanks

    submission = StorySubmission.objects.order_by("-pk").first()
    assert submission.consent_language == "ar"
    assert "أوافق على أن تنشر" in submission.consent_text
