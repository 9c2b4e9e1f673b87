"""Phone first, as the server writes it (issue 19): the header menu and the story filters fold
behind a <details> button that needs no script, the button says how many filters are in use,
and the partner directory opens on an index of its sections. The browser tests measure what
fits on a 375 x 700 screen (tests/browser/test_first_screen.py)."""

import re

import pytest

from tests.factories import PartnerPageFactory, StoryPageFactory, ThemeFactory
from tests.html import all_by_role, by_role, parse

pytestmark = pytest.mark.django_db


def folded(doc, summary_text):
    """The <details> whose button reads `summary_text`, checked to be closed at first."""
    summary = next(
        (s for s in doc.find_all("summary") if s.get_text(" ", strip=True) == summary_text), None
    )
    assert summary is not None, f"no folding button reads {summary_text!r}"
    details = summary.find_parent("details")
    assert details is not None and not details.has_attr("open")
    return details


@pytest.mark.parametrize(("prefix", "menu"), [("", "Menu"), ("/ar", "القائمة"), ("/es", "Menú")])
def test_the_header_menu_folds_behind_a_button_in_each_language(client, prefix, menu):
    doc = parse(client.get(f"{prefix}/"))
    header = doc.find("header")
    menu_fold = folded(header, menu)
    assert all_by_role(menu_fold, "navigation")
    assert menu_fold.find("nav", class_="language-switcher")
    # The mark beside the name is decorative: the link is named by the words.
    brand = by_role(header, "link", re.compile(r"^#ITAC "))
    assert brand.find("svg")["aria-hidden"] == "true"


def test_story_filters_fold_and_count_the_ones_in_use(client):
    theme = ThemeFactory(name="Night classes", slug="night-classes")
    StoryPageFactory(title="Evening lessons in Montreal", themes=[theme])

    doc = parse(client.get("/stories/"))
    fold = folded(doc.find("main"), "Filter stories")
    assert fold.find("input", attrs={"name": "q"})

    doc = parse(client.get("/stories/", {"theme": "night-classes", "q": "lessons"}))
    fold = folded(doc.find("main"), "Filter stories (2 active)")
    assert by_role(fold, "button", "Show stories")


def test_the_filter_count_is_translated(client):
    StoryPageFactory(title="Evening lessons in Montreal")
    doc = parse(client.get("/fr/stories/", {"q": "lessons"}))
    folded(doc.find("main"), "Filtrer les récits (1 actif)")


def test_the_partner_directory_opens_on_an_index_of_its_sections(client):
    PartnerPageFactory(category__name="Cities")
    PartnerPageFactory(category__name="Youth networks")
    doc = parse(client.get("/partners/"))
    index = by_role(doc, "navigation", "Partner categories")
    links = all_by_role(index, "link")
    assert [link.get_text(" ", strip=True) for link in links] == [
        "Cities 1",
        "Youth networks 1",
    ]
    for link in links:
        target = doc.find(id=link["href"].removeprefix("#"))
        assert target is not None and target.name == "h2", link["href"]
        assert target.get_text(strip=True) in link.get_text(" ", strip=True)
    back = all_by_role(doc.find("main"), "link", "Back to the partner categories")
    assert back and all(link["href"] == "#partner-index" for link in back)


def test_the_footer_hashtag_wraps_between_its_words_on_a_narrow_screen(client):
    """At 320 px "#ItTakesACommunity" is wider than the footer: it may break before "Takes",
    "A" or "Community", never leave a letter alone on the next line."""
    footer = by_role(parse(client.get("/ar/")), "contentinfo")
    hashtag = footer.find("p", string=None, dir="ltr")
    assert hashtag.get_text() == "#ItTakesACommunity"
    assert len(hashtag.find_all("wbr")) == 3
    assert [str(part) for part in hashtag.contents if isinstance(part, str)] == [
        "#It",
        "Takes",
        "A",
        "Community",
    ]
