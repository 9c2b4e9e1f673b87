"""Demo content: the "Share your story" page."""

from wagtail.models import Site

from itac.demo import child_page
from itac.models import CampaignSettings

from .models import StorySubmissionPage
from .services import assign_story_review

# Loaded after the story library (itac.demo.app_demo_modules): the form sends stories there.
DEMO_ORDER = 30


def load(home, **options):
    form_page, _created = child_page(
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
    campaign = CampaignSettings.for_site(Site.objects.get(is_default_site=True))
    if campaign.story_form_page is None:
        campaign.story_form_page = form_page
        campaign.save(update_fields=["story_form_page"])
    assign_story_review()


def shared_page_translations():
    """The words of the "Share your story" page,
    translated with the shared pages (itac.demo.translations)."""
    from stories.submissions.demo_translations import SHARED_PAGE_TRANSLATIONS

    return SHARED_PAGE_TRANSLATIONS
