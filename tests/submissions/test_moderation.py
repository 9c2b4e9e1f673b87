"""Moderators' side: reject, request changes, erase, purge, removal requests, partner accounts."""

from datetime import timedelta

import pytest

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import PageLogEntry, Revision, WorkflowState
from wagtail.search.backends import get_search_backend

from stories.models import StoryPage
from stories.submissions.models import RemovalRequest, StorySubmission, SubmissionStatus
from tests.html import all_by_role, by_role, parse, rows_text, texts, visible_text

from .conftest import started
from .photo_files import jpeg_with_gps

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted(client, share_page, story_data_with_photo, django_capture_on_commit_callbacks):
    """A story sent through the public form, with a photo, waiting for review."""
    with django_capture_on_commit_callbacks(execute=True):
        client.post(share_page.url, story_data_with_photo)
    mail.outbox.clear()
    return StorySubmission.objects.select_related("story").get()


def workflow_action(client, story, action, comment=""):
    state = WorkflowState.objects.get(object_id=str(story.pk), status="in_progress")
    return client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[story.pk, action, state.current_task_state.pk],
        ),
        {"comment": comment},
    )


def found_by_search(words):
    return [result.pk for result in get_search_backend().search(words, StoryPage)]


class TestReview:
    def test_moderators_can_request_changes(
        self, client, submitted, moderator, django_capture_on_commit_callbacks
    ):
        client.force_login(moderator)
        with django_capture_on_commit_callbacks(execute=True):
            response = workflow_action(client, submitted.story, "reject", "Shorten the title")
        assert response.status_code in (200, 302), response.content[:500]
        submitted.refresh_from_db()
        assert submitted.status == SubmissionStatus.CHANGES_REQUESTED
        assert not StoryPage.objects.get(pk=submitted.story_id).live

    def test_moderators_can_reject_and_the_storyteller_hears_if_she_agreed(
        self, client, submitted, moderator, django_capture_on_commit_callbacks
    ):
        client.force_login(moderator)
        with django_capture_on_commit_callbacks(execute=True):
            response = workflow_action(client, submitted.story, "reject-story", "Not a story")
        assert response.status_code in (200, 302)
        submitted.refresh_from_db()
        assert submitted.status == SubmissionStatus.REJECTED
        assert submitted.decided_at is not None
        state = WorkflowState.objects.get(object_id=str(submitted.story_id))
        assert state.status == WorkflowState.STATUS_CANCELLED
        assert [m.subject for m in mail.outbox if m.to == ["amina@example.org"]] == [
            "About the story you sent us"
        ]
        assert not StoryPage.objects.get(pk=submitted.story_id).live

    def test_every_step_is_in_the_audit_log(self, client, submitted, moderator):
        client.force_login(moderator)
        workflow_action(client, submitted.story, "approve")
        actions = set(
            PageLogEntry.objects.filter(page_id=submitted.story_id).values_list("action", flat=True)
        )
        assert {"wagtail.create", "wagtail.workflow.start", "wagtail.publish"} <= actions

    def test_moderators_read_the_private_record_in_the_admin(
        self, client, submitted, moderator, editor
    ):
        url = reverse(
            "wagtailsnippets_story_submissions_storysubmission:inspect", args=[submitted.pk]
        )
        client.force_login(moderator)
        response = client.get(url)
        assert response.status_code == 200
        assert "amina@example.org" in visible_text(by_role(parse(response), "main"))
        queue = reverse("wagtailsnippets_story_submissions_storysubmission:list")
        for filters, listed in [
            ({"status": "in-review"}, True),
            ({"status": "published"}, False),
            ({"story__country": "IE"}, True),
            ({"story__country": "FR"}, False),
            ({"submitted_at__gte": "2000-01-01"}, True),
        ]:
            listing = client.get(queue, filters)
            assert listing.status_code == 200
            assert (str(submitted.story) in rows_text(parse(listing))) is listed, filters
        client.force_login(editor)
        assert client.get(url).status_code in (302, 403)


class TestErasure:
    def test_erasing_a_story_leaves_nothing_behind(self, client, submitted, moderator):
        story = submitted.story
        image = submitted.photo
        client.force_login(moderator)
        workflow_action(client, story, "approve")
        public = client.get(f"/stories/{story.slug}/")
        assert public.status_code == 200
        rendition_files = [r.file.name for r in image.renditions.all()]
        assert rendition_files
        storage = image.file.storage
        original = image.file.name
        assert story.pk in found_by_search(story.title)

        url = reverse("itac_erase_story", args=[story.pk])
        assert client.get(url).status_code == 200
        with pytest.MonkeyPatch.context() as patch:
            # Run on-commit file deletions now (the test runs inside one transaction).
            patch.setattr("django.db.transaction.on_commit", lambda fn, *a, **k: fn())
            response = client.post(url)
        assert response.status_code == 302

        assert not StoryPage.objects.filter(pk=story.pk).exists()
        assert not Revision.objects.filter(object_id=str(story.pk)).exists()
        assert not WorkflowState.objects.filter(object_id=str(story.pk)).exists()
        assert not StorySubmission.objects.filter(pk=submitted.pk).exists()
        assert not get_image_model().objects.filter(pk=image.pk).exists()
        assert not storage.exists(original)
        assert not any(storage.exists(name) for name in rendition_files)
        assert not PageLogEntry.objects.filter(page_id=story.pk).exists()
        assert story.pk not in found_by_search(story.title)
        assert client.get(f"/stories/{story.slug}/").status_code == 404

    def test_only_moderators_and_administrators_may_erase(self, client, submitted, editor):
        client.force_login(editor)
        response = client.post(reverse("itac_erase_story", args=[submitted.story_id]))
        assert response.status_code == 302 and response["Location"] == "/admin/"
        assert StoryPage.objects.filter(pk=submitted.story_id).exists()


class TestRetention:
    def test_old_rejected_and_abandoned_submissions_are_purged_and_published_ones_kept(
        self, client, share_page, story_data, moderator
    ):
        for number in range(3):
            client.post(
                share_page.url,
                {
                    **story_data,
                    "title": f"It Takes A Community to count to {number}",
                    "form_started": started(),  # each form its own single-use token
                },
            )
        rejected, abandoned, published = StorySubmission.objects.order_by("pk")
        long_ago = timezone.now() - timedelta(days=91)
        StorySubmission.objects.filter(pk=rejected.pk).update(
            status=SubmissionStatus.REJECTED, decided_at=long_ago
        )
        StoryPage.objects.filter(pk=abandoned.story_id).update(latest_revision_created_at=long_ago)
        published.story.save_revision(user=moderator).publish(user=moderator)
        StoryPage.objects.filter(pk=published.story_id).update(latest_revision_created_at=long_ago)

        call_command("purge_stale_submissions", verbosity=0)

        assert list(StorySubmission.objects.values_list("pk", flat=True)) == [published.pk]
        assert not StoryPage.objects.filter(pk__in=[rejected.story_id, abandoned.story_id]).exists()
        call_command("purge_stale_submissions", verbosity=0)  # safe to run again
        assert StorySubmission.objects.count() == 1

    def test_recent_submissions_are_kept(self, client, share_page, story_data):
        client.post(share_page.url, story_data)
        call_command("purge_stale_submissions", verbosity=0)
        assert StorySubmission.objects.count() == 1


class TestRemovalRequests:
    def test_a_storyteller_can_ask_for_removal_with_her_email(
        self, client, share_page, submitted, moderator, django_capture_on_commit_callbacks
    ):
        page = client.get(share_page.url + "remove/")
        assert page.status_code == 200
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                share_page.url + "remove/",
                {"form_started": started(), "contact_email": "AMINA@example.org", "message": ""},
            )
        assert response.status_code == 302
        removal = RemovalRequest.objects.get()
        assert removal.submission == submitted
        submitted.refresh_from_db()
        assert submitted.removal_requested_at is not None
        assert [m.subject for m in mail.outbox] == ["A storyteller asks for a story to be removed"]
        assert "amina" not in mail.outbox[0].body.lower()

    def test_the_link_sent_on_publication_identifies_the_story(
        self, client, share_page, submitted, moderator, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            submitted.story.save_revision(user=moderator).publish(user=moderator)
        body = next(m.body for m in mail.outbox if m.to == ["amina@example.org"])
        token = body.split("?token=")[1].split()[0]
        form = client.get(share_page.url + "remove/", {"token": token})
        notices = texts(parse(form).find("form").find_all("p"))
        assert "You came from the link we sent you: we know which story it is." in notices
        client.post(share_page.url + "remove/", {"form_started": started(), "token": token})
        assert RemovalRequest.objects.get().submission == submitted

    def test_an_empty_request_is_explained(self, client, share_page):
        response = client.post(share_page.url + "remove/", {"form_started": started()})
        assert response.status_code == 200
        problem = visible_text(by_role(parse(response), "alert", "There is a problem"))
        assert "so that we can find it" in problem
        assert not RemovalRequest.objects.exists()


class TestPartnerSubmissions:
    def test_a_partner_account_sends_for_its_own_organisation(
        self, client, share_page, story_data, partner_a, partner_b, partner_a_user
    ):
        client.force_login(partner_a_user)
        form = parse(client.get(share_page.url)).find("form")
        assert "Neighbours Together A" in visible_text(form)
        # Even a forged partner field cannot send for another organisation.
        client.post(share_page.url, {**story_data, "partner": str(partner_b.pk)})
        submission = StorySubmission.objects.select_related("story").get()
        assert submission.partner == partner_a
        assert submission.story.partner_id == partner_a.pk
        assert submission.submitted_by == partner_a_user
        assert not submission.story.live

    def test_a_visitor_may_name_a_partner(self, client, share_page, story_data, partner_b):
        client.post(share_page.url, {**story_data, "partner": str(partner_b.pk)})
        assert StorySubmission.objects.get().partner == partner_b


def test_the_photo_needs_choosing_again_message_only_when_a_photo_was_sent(
    client, share_page, story_data
):
    def photo_notices(response):
        return [text for text in texts(all_by_role(parse(response), "status")) if "photo" in text]

    assert photo_notices(client.post(share_page.url, {**story_data, "title": ""})) == []
    data = {**story_data, "title": "", "photo": jpeg_with_gps(), "photo_alt": "x"}
    notices = photo_notices(client.post(share_page.url, {**data, "consent_publish_photo": "on"}))
    assert notices == [
        "Please choose your photo again: for your safety, photos are not kept when the form has a "
        "problem."
    ]
