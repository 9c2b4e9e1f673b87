"""Stories, events and partners built by each test, for the sharing and search-engine tests."""

import pytest

from wagtail.models import Locale

from stories.models import StoryIndexPage, StoryPage


@pytest.fixture
def library(db):
    return StoryIndexPage.objects.get(locale=Locale.get_default(), slug="stories")


@pytest.fixture
def make_story(library):
    """A published story under the library (in its locale), with the fields a test gives."""

    def make(title="A bakery run by three neighbours", parent=None, publish=True, **fields):
        fields.setdefault("summary", "Three neighbours from three countries bake together.")
        fields.setdefault(
            "body",
            [{"type": "paragraph", "value": "<p>They bake bread from each country.</p>"}],
        )
        story = StoryPage(title=title, live=publish, **fields)
        (parent or library).add_child(instance=story)
        revision = story.save_revision()
        if publish:
            revision.publish()
        story.refresh_from_db()
        return story

    return make
