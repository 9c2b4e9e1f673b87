"""Sharing a story: from the public form to a moderator's approval, and all that can go wrong."""

import io
import logging
import tempfile
from pathlib import Path
from unittest import mock

import pytest
from PIL import Image

from django.core import mail
from django.urls import reverse

from wagtail.images import get_image_model
from wagtail.models import Page, WorkflowState

from stories.models import StoryPage
from stories.submissions.consent import CONSENT_VERSION
from stories.submissions.models import StorySubmission, SubmissionStatus
from tests.html import by_role, hrefs, mentions, parse, title, visible_text

from .conftest import started
from .photo_files import (
    EXE_AS_JPEG,
    HTML_AS_JPEG,
    PDF,
    SVG,
    corrupt_jpeg,
    oversized_jpeg,
    png_bomb,
    renamed,
)

pytestmark = pytest.mark.django_db


def submit(client, page, data, **extra):
    return client.post(page.url, data, **extra)


def counts():
    return (
        Page.objects.count(),
        StorySubmission.objects.count(),
        get_image_model().objects.count(),
        len(mail.outbox),
    )


def assert_no_metadata_in_file(field_file):
    field_file.open("rb")
    try:
        content = field_file.read()
    finally:
        field_file.close()
    picture = Image.open(io.BytesIO(content))
    assert dict(picture.getexif()) == {}
    assert "xmp" not in picture.info and "exif" not in picture.info
    assert b"PhoneMaker" not in content and b"Real Name" not in content


class TestTheForm:
    def test_the_form_is_offered_with_every_consent_box_unticked(self, client, share_page):
        response = client.get(share_page.url)
        assert response.status_code == 200
        doc = parse(response)
        form = doc.find("input", attrs={"name": "consent_publish_story"}).find_parent("form")
        for name in ("consent_publish_story", "consent_publish_photo", "consent_contact"):
            box = form.find("input", attrs={"name": name})
            assert box.get("type") == "checkbox" and not box.has_attr("checked"), name
        assert form.get("enctype") == "multipart/form-data"
        assert form.find("input", attrs={"name": "csrfmiddlewaretoken"}) is not None

    def test_the_share_page_is_at_its_campaign_address(self, client, share_page):
        assert share_page.url == "/share-your-story/"


class TestTheJourney:
    def test_a_story_with_a_photo_goes_from_the_form_to_the_public_site(
        self,
        client,
        share_page,
        story_data_with_photo,
        moderator,
        django_capture_on_commit_callbacks,
    ):
        with django_capture_on_commit_callbacks(execute=True):
            response = submit(client, share_page, story_data_with_photo)
        assert response.status_code == 302
        assert response["Location"] == "/share-your-story/thanks/"
        thanks = client.get(response["Location"])
        assert "What happens next" in visible_text(parse(thanks))

        submission = StorySubmission.objects.select_related("story", "photo").get()
        story = submission.story
        # A draft under review, never live, and not public.
        assert not story.live
        assert story.storyteller_display == "first-name"
        assert story.byline == "Amina"
        assert "Amina" not in story.slug
        state = WorkflowState.objects.get(object_id=str(story.pk))
        assert state.status == WorkflowState.STATUS_IN_PROGRESS
        assert state.workflow.name == "Story review"
        assert client.get(f"/stories/{story.slug}/").status_code == 404

        # The private record holds what the public must never see, and the consent given.
        assert submission.contact_email == "amina@example.org"
        assert submission.consent_publish_story and submission.consent_contact
        assert submission.consent_version == CONSENT_VERSION
        assert submission.consent_language == "en"
        assert "publish this story" in submission.consent_text
        assert submission.status == SubmissionStatus.IN_REVIEW

        # The photo: random name, private collection, upright, no metadata.
        image = submission.photo
        assert image == story.hero_image
        assert image.collection.name == "Submissions"
        assert "IMG_2024" not in image.file.name and "Amina" not in image.file.name
        assert (image.width, image.height) == (40, 60)
        assert_no_metadata_in_file(image.file)

        # Moderators were told, without personal data in the email.
        ours = [m for m in mail.outbox if m.subject == "A new story is waiting for review"]
        assert len(ours) == 1
        assert moderator.email in ours[0].to
        assert all("amina@example.org" not in m.body and "Amina" not in m.body for m in mail.outbox)
        mail.outbox.clear()

        # A moderator approves in the admin: the story is published with its photo.
        client.force_login(moderator)
        task_state = state.current_task_state
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                reverse(
                    "wagtailadmin_pages:workflow_action", args=[story.pk, "approve", task_state.pk]
                ),
                {"comment": ""},
            )
        assert response.status_code in (200, 302)
        story.refresh_from_db()
        assert story.live
        client.logout()
        public = client.get(f"/stories/{story.slug}/")
        assert public.status_code == 200
        doc = parse(public)
        assert not mentions(doc, "amina@example.org")
        assert "Amina" in visible_text(doc)  # the name she chose to show
        rendition_urls = [r.url for r in image.renditions.all()]
        assert rendition_urls, "the story page shows the photo through a rendition"
        for rendition in image.renditions.all():
            assert_no_metadata_in_file(rendition.file)

        # She agreed to be contacted: she hears it is published, with a removal link.
        submission.refresh_from_db()
        assert submission.status == SubmissionStatus.PUBLISHED
        to_her = [m for m in mail.outbox if m.to == ["amina@example.org"]]
        assert len(to_her) == 1
        assert to_her[0].subject == "Your story is published"
        assert "/share-your-story/remove/?token=" in to_her[0].body

    def test_no_one_is_written_to_without_consent(
        self, client, share_page, story_data, moderator, django_capture_on_commit_callbacks
    ):
        data = {**story_data}
        del data["consent_contact"]
        with django_capture_on_commit_callbacks(execute=True):
            submit(client, share_page, data)
        submission = StorySubmission.objects.get()
        assert not submission.consent_contact
        mail.outbox.clear()
        story = submission.story
        with django_capture_on_commit_callbacks(execute=True):
            story.save_revision(user=moderator).publish(user=moderator)
        assert [m for m in mail.outbox if "amina@example.org" in m.to] == []

    def test_a_failing_mail_server_loses_nothing_and_is_logged(
        self, client, share_page, story_data, moderator, django_capture_on_commit_callbacks, caplog
    ):
        with (
            mock.patch(
                "stories.submissions.services.notifications.send_mail",
                side_effect=OSError("mail is down"),
            ),
            caplog.at_level(logging.ERROR),
            django_capture_on_commit_callbacks(execute=True),
        ):
            response = submit(client, share_page, story_data)
        assert response.status_code == 302
        assert StorySubmission.objects.count() == 1
        assert "Could not send the new submission email" in caplog.text
        assert "amina@example.org" not in caplog.text

    def test_extra_fields_cannot_publish_own_or_fake_consent(
        self, client, share_page, story_data, editor
    ):
        data = {
            **story_data,
            "live": "on",
            "owner": str(editor.pk),
            "status": "published",
            "consent_version": "forged",
            "submitted_by": str(editor.pk),
            "featured": "on",
        }
        submit(client, share_page, data)
        submission = StorySubmission.objects.select_related("story").get()
        assert not submission.story.live
        assert not submission.story.featured
        assert submission.story.owner is None
        assert submission.submitted_by is None
        assert submission.status == SubmissionStatus.IN_REVIEW
        assert submission.consent_version == CONSENT_VERSION

    def test_html_in_a_story_is_shown_as_text_never_run(self, client, share_page, story_data):
        data = {**story_data, "story": story_data["story"] + "\n\n<script>alert('x')</script>"}
        submit(client, share_page, data)
        story = StoryPage.objects.get(submission__isnull=False)
        rendered = str(story.body)
        assert "<script>" not in rendered
        assert "&lt;script&gt;" in rendered
        assert len(story.body) == 3  # paragraphs kept


def assert_rejected_with_error(response, field, words):
    assert response.status_code == 200
    doc = parse(response)
    assert title(doc).startswith("Error:")
    summary = by_role(doc, "alert", "There is a problem")
    assert summary.has_attr("data-error-summary")
    links = hrefs(summary)
    assert f"#id_{field}" in links or f"#id_{field}_0" in links, links
    assert words in visible_text(doc)
    return doc


class TestBadInput:
    @pytest.mark.parametrize(
        ("change", "field", "words"),
        [
            ({"title": ""}, "title", "Give your story a title"),
            ({"title": "x" * 121}, "title", "at most 120 characters"),
            ({"story": ""}, "story", "Write your story"),
            ({"story": "Too short."}, "story", "at least 100 characters"),
            ({"story": "x " * 5001}, "story", "at most 10000 characters"),
            ({"consent_publish_story": ""}, "consent_publish_story", "agree that we may publish"),
            ({"storyteller_name": ""}, "storyteller_name", "Give the name to show"),
            (
                {"title": "It Takes A Community to welcome Amina"},
                "title",
                "Keep the name out of the title",
            ),
            ({"country": "XX"}, "country", "Choose the country where it happened from the list"),
            (
                {"storyteller_display": "famous"},
                "storyteller_display",
                "Choose how you want to be shown from the list",
            ),
            (
                {"told_in_language": ""},
                "told_in_language",
                "Choose the language the story is told in",
            ),
            ({"contact_email": "not-an-email"}, "contact_email", "Enter your email like"),
            ({"contact_email": ""}, "contact_email", "Give an email address"),
        ],
    )
    def test_each_mistake_is_explained_and_nothing_is_stored(
        self, client, share_page, story_data, change, field, words
    ):
        before = counts()
        data = {**story_data, **change}
        doc = assert_rejected_with_error(submit(client, share_page, data), field, words)
        assert counts() == before
        # What the person typed is still there.
        if field != "city":
            assert doc.find("input", value="Dublin") is not None

    @pytest.mark.parametrize(
        ("photo", "words"),
        [
            (lambda: renamed(EXE_AS_JPEG, "holiday.jpg"), "not a JPEG, PNG or WebP photo"),
            (lambda: renamed(HTML_AS_JPEG, "holiday.jpg"), "not a JPEG, PNG or WebP photo"),
            (lambda: renamed(SVG, "drawing.svg", "image/svg+xml"), "not a JPEG, PNG or WebP photo"),
            (lambda: renamed(PDF, "letter.pdf", "application/pdf"), "not a JPEG, PNG or WebP"),
            (corrupt_jpeg, "may be damaged"),
            (oversized_jpeg, "larger than 10 MB"),
            (png_bomb, "more than 40 megapixels"),
        ],
        ids=["exe", "html", "svg", "pdf", "corrupt", "over-10-mb", "pixel-bomb"],
    )
    def test_bad_photos_are_refused_and_nothing_is_left_behind(
        self, client, share_page, story_data, photo, words
    ):
        before = counts()
        temp_before = set(Path(tempfile.gettempdir()).iterdir())
        data = {
            **story_data,
            "photo": photo(),
            "photo_alt": "A photo",
            "consent_publish_photo": "on",
        }
        doc = assert_rejected_with_error(submit(client, share_page, data), "photo", words)
        assert "choose your photo again" in visible_text(doc)
        assert counts() == before
        left = set(Path(tempfile.gettempdir()).iterdir()) - temp_before
        assert not [p for p in left if p.suffix == ".upload"], left

    def test_a_photo_needs_its_own_consent_and_a_description(
        self, client, share_page, story_data_with_photo
    ):
        data = {**story_data_with_photo, "consent_publish_photo": "", "photo_alt": ""}
        doc = assert_rejected_with_error(
            submit(client, share_page, data),
            "consent_publish_photo",
            "agree that it may be published",
        )
        assert "#id_photo_alt" in hrefs(by_role(doc, "alert", "There is a problem"))

    def test_a_missing_security_token_gets_a_friendly_page(self, share_page, story_data):
        from django.test import Client

        before = counts()
        response = Client(enforce_csrf_checks=True).post(share_page.url, story_data)
        assert response.status_code == 403
        assert "The form expired before it was sent" in visible_text(parse(response))
        assert counts() == before


class TestSpamAndAbuse:
    def test_a_filled_honeypot_is_dropped_silently(
        self, client, share_page, story_data, django_capture_on_commit_callbacks
    ):
        before = counts()
        with django_capture_on_commit_callbacks(execute=True):
            response = submit(client, share_page, {**story_data, "website_url": "http://spam"})
        assert response.status_code == 302  # the bot sees the usual thanks
        assert counts() == before

    def test_more_than_five_stories_an_hour_from_one_address_get_a_429(
        self, client, share_page, story_data
    ):
        for number in range(5):
            data = {
                **story_data,
                "title": f"It Takes A Community to try number {number}",
                "form_started": started(),  # each form its own single-use token
            }
            assert submit(client, share_page, data).status_code == 302
        response = submit(client, share_page, {**story_data, "form_started": started()})
        assert response.status_code == 429
        assert "Please wait a little" in visible_text(parse(response))
        assert StorySubmission.objects.count() == 5
        # Another address is not affected.
        fresh = {**story_data, "form_started": started()}
        other = submit(client, share_page, fresh, REMOTE_ADDR="198.51.100.7")
        assert other.status_code == 302


class TestTitlesAndFailures:
    def test_a_title_with_no_latin_letter_is_accepted(self, client, share_page, story_data):
        data = {**story_data, "title": "حديقة الجيران تجمعنا كل يوم جمعة"}
        response = submit(client, share_page, data)
        assert response.status_code == 302
        story = StorySubmission.objects.select_related("story").get().story
        assert story.slug.isdigit()
        assert story.title == data["title"]

    def test_a_story_the_page_refuses_keeps_nothing_not_even_the_photo_file(
        self, client, share_page, story_data_with_photo
    ):
        from django.core.exceptions import ValidationError

        before = counts()
        media = Path(get_image_model()._meta.get_field("file").storage.location)
        files_before = {p for p in media.rglob("*") if p.is_file()}
        with mock.patch(
            "stories.submissions.services.creation.StorySubmission.objects.create",
            side_effect=ValidationError({"title": "Refused by the story's own rules."}),
        ):
            response = submit(client, share_page, story_data_with_photo)
        assert response.status_code == 200
        assert "Refused by the story's own rules." in visible_text(parse(response))
        assert counts() == before
        assert {p for p in media.rglob("*") if p.is_file()} == files_before
