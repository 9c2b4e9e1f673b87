"""Factories: each test builds the content it asserts on (editing demo copy never breaks a test).

The session's test database holds the demo site's skeleton (home, library, directory, events),
so page factories add their page under the English index of its type unless given a `parent`.
Names carry a sequence number, so two pages made in one test never clash on a slug.
"""

import datetime
import zoneinfo

import factory
import wagtail_factories

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Locale, Site

from actions.models import PledgePage, PledgeSignature, ToolkitPage, ToolkitResource
from events.models import EventIndexPage, EventPage, Speaker
from itac.models import StandardPage
from partners.models import PartnerCategory, PartnerIndexPage, PartnerPage
from stories.models import StoryIndexPage, StoryPage, Theme
from stories.submissions.models import StorySubmission, StorySubmissionPage

PARAGRAPH = (
    "When the new bakery opened on the corner, neighbours who had never spoken started to "
    "meet there every morning. It takes a community to make a street feel like home."
)


def english():
    return Locale.objects.get(language_code="en")


def english_index(model):
    """The English index page of `model`, which the demo skeleton provides."""
    return model.objects.get(locale__language_code="en")


def site_root():
    """The English home page of the demo site."""
    return Site.objects.get(is_default_site=True).root_page


def translate(page, language_code):
    """The live translation of `page` in `language_code` (its parent must have one)."""
    translation = page.copy_for_translation(Locale.objects.get(language_code=language_code))
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


# Where a page made without a `parent` goes (the home page for other types).
INDEX_OF = {
    PartnerPage: PartnerIndexPage,
    StoryPage: StoryIndexPage,
    EventPage: EventIndexPage,
}


class PageFactory(wagtail_factories.PageFactory):
    """A live page added under `parent` (default: the English index of its type)."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        index = INDEX_OF.get(model_class)
        parent = parent or (english_index(index) if index else site_root())
        page = model_class(*args, **kwargs)
        parent.add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
        return page


class ImageFactory(wagtail_factories.ImageFactory):
    """An image in the library: a small picture drawn by factory_boy, with a title."""

    title = factory.Sequence(lambda n: f"Test photo of a street festival {n}")
    # As an upload through the admin records it (the toolkit shows it).
    file_size = factory.LazyAttribute(lambda image: image.file.size)


class DocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Test message guide {n}")
    file = factory.django.FileField(filename="message-guide.pdf", data=b"%PDF-1.4 test guide")
    file_size = factory.LazyAttribute(lambda document: document.file.size)


class ToolkitResourceFactory(factory.django.DjangoModelFactory):
    """A document in the English toolkit (or give `image`, or `link_url` and document=None)."""

    class Meta:
        model = ToolkitResource

    page = factory.LazyFunction(lambda: english_index(ToolkitPage))
    title = factory.Sequence(lambda n: f"Test message guide {n}")
    description = "Words that work when you talk about your new neighbours."
    kind = "message-guide"
    language = "en"
    document = factory.SubFactory(DocumentFactory)


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme

    name = factory.Sequence(lambda n: f"Test theme {n}")
    slug = factory.Sequence(lambda n: f"test-theme-{n}")
    sort_order = 100
    locale = factory.LazyFunction(english)


class PartnerCategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PartnerCategory

    name = factory.Sequence(lambda n: f"Test category {n}")
    slug = factory.Sequence(lambda n: f"test-category-{n}")
    sort_order = 100
    locale = factory.LazyFunction(english)


class PartnerPageFactory(PageFactory):
    class Meta:
        model = PartnerPage

    title = factory.Sequence(lambda n: f"Test partner organisation {n}")
    slug = factory.Sequence(lambda n: f"test-partner-organisation-{n}")
    category = factory.SubFactory(PartnerCategoryFactory)
    role = "advising-city"
    countries = ["IE"]
    website = "https://partner.example.org/"


class StoryPageFactory(PageFactory):
    """A published story; `themes` takes a list of Theme objects after creation."""

    class Meta:
        model = StoryPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Test story of a shared street {n}")
    # The address is made of the title's words (a privacy rule of StoryPage.clean).
    slug = factory.LazyAttribute(lambda story: slugify(story.title))
    summary = "Neighbours old and new opened a bakery together."
    body = factory.LazyFunction(lambda: [("paragraph", f"<p>{PARAGRAPH}</p>")])
    city = "Mechelen"
    country = "BE"
    told_in_language = "en"
    date_published = factory.LazyFunction(timezone.localdate)

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)
            self.save_revision().publish()


class EventPageFactory(PageFactory):
    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Test campaign event {n}")
    slug = factory.Sequence(lambda n: f"test-campaign-event-{n}")
    event_type = "webinar"
    time_zone = "Europe/Dublin"
    start = factory.LazyFunction(
        lambda: (
            (timezone.now() + datetime.timedelta(days=14))
            .astimezone(zoneinfo.ZoneInfo("Europe/Dublin"))
            .replace(hour=15, minute=0, second=0, microsecond=0)
        )
    )
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=1))


class SpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Speaker

    name = factory.Sequence(lambda n: f"Test speaker {n}")
    role = "Mayor"
    organisation = "City of Mechelen"
    locale = factory.LazyFunction(english)


class StandardPageFactory(PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Test campaign page {n}")
    slug = factory.Sequence(lambda n: f"test-campaign-page-{n}")
    introduction = "What the campaign keeps about you, and for how long."


class StorySubmissionPageFactory(PageFactory):
    class Meta:
        model = StorySubmissionPage

    title = factory.Sequence(lambda n: f"Tell us your story {n}")
    slug = factory.Sequence(lambda n: f"tell-us-your-story-{n}")


class StorySubmissionFactory(factory.django.DjangoModelFactory):
    """The record of a story sent through the form (give its `story`): consent to publish the
    story given, to publish a photo and to be contacted refused, unless said otherwise."""

    class Meta:
        model = StorySubmission

    relationship = "mine"
    consent_publish_story = True
    consent_publish_photo = False
    consent_contact = False
    consent_version = "test"
    consent_language = "en"
    consent_text = "I agree"
    consented_at = factory.LazyFunction(timezone.now)


class PledgeSignatureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PledgeSignature

    pledge = factory.LazyFunction(lambda: english_index(PledgePage))
    display_name = factory.Sequence(lambda n: f"Signer {n}")
    signer_type = "individual"
    country = "IE"
    email = factory.Sequence(lambda n: f"signer{n}@example.org")
    email_updates = True  # an address is kept only with consent to updates
    language = "en"


class UserFactory(factory.django.DjangoModelFactory):
    """An account in the named `group` (Editors, Moderators, Partners), or none."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("not-used-force-login")

    @factory.post_generation
    def group(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(Group.objects.get(name=extracted))
