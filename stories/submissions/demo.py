"""Demo content: the "Share your story" page."""

from itac.demo import child_page

from .models import StorySubmissionPage
from .services import assign_story_review

# Loaded after the story library (itac.demo.app_demo_modules): the form sends stories there.
DEMO_ORDER = 30


def load(home, **options):
    child_page(
        home,
        StorySubmissionPage(
            title="Share your story",
            introduction=(
                "<p>Has a neighbour, a co-worker, a classmate or your own family shown what a "
                "community gains when newcomers belong? Tell us. A moderator reads every story "
                "before anything is published, and you choose how you are named: by your full "
                "name, your first name, a pseudonym, or not at all.</p>"
            ),
            listing_summary="Tell us how a community grew stronger with migrants and refugees.",
        ),
        "share-your-story",
    )
    assign_story_review()


def shared_page_translations():
    """The words of the "Share your story" page,
    translated with the shared pages (itac.demo.translations)."""
    from stories.submissions.demo_translations import SHARED_PAGE_TRANSLATIONS

    return SHARED_PAGE_TRANSLATIONS
