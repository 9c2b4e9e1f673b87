"""The library as a visitor meets it, on stories each test makes for itself."""

import pytest

from tests.factories import StoryPageFactory, ThemeFactory
from tests.html import all_by_role, by_role, parse


@pytest.mark.django_db
def test_a_new_story_leads_the_library_and_opens_on_its_own_page(client):
    story = StoryPageFactory(title="It takes a community to open a night school")

    library = parse(client.get("/stories/"))
    first_card_link = all_by_role(library.find("main"), "link", story.title)
    assert first_card_link, "the newest story is not linked from the library"

    page = parse(client.get(first_card_link[0]["href"]))
    assert by_role(page, "heading", story.title).name == "h1"


@pytest.mark.django_db
def test_the_theme_filter_keeps_only_the_stories_of_that_theme(client):
    night_classes = ThemeFactory(name="Night classes", slug="night-classes")
    kept = StoryPageFactory(title="Evening lessons in Montreal", themes=[night_classes])
    left_out = StoryPageFactory(title="A football club in Dublin")

    listing = parse(client.get("/stories/", {"theme": "night-classes"})).find("main")

    assert all_by_role(listing, "link", kept.title)
    assert not all_by_role(listing, "link", left_out.title)
