"""The private record is proof of consent: shown to moderators beside the story, changed by
nobody; a new story tells the moderators once."""

import pytest

from django.core import mail
from django.urls import reverse

from stories.submissions.models import StorySubmission
from tests.factories import StoryPageFactory
from tests.html import parse, visible_text

pytestmark = pytest.mark.django_db

RECORD_VIEWS = "wagtailsnippets_story_submissions_storysubmission"


@pytest.fixture
def submission(client, share_page, story_data, moderator, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(share_page.url, story_data)
    return StorySubmission.objects.select_related("story").get()


def test_one_new_story_sends_the_moderators_exactly_one_email(
    client, share_page, story_data, moderator, settings, django_capture_on_commit_callbacks
):
    settings.MODERATOR_EMAILS = ["desk@example.org"]
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(share_page.url, story_data)
    assert len(mail.outbox) == 1
    assert sorted(mail.outbox[0].to) == ["desk@example.org", moderator.email]
    assert story_data["contact_email"] not in mail.outbox[0].body


@pytest.mark.parametrize("role", ["moderator", "administrator"])
def test_nobody_changes_the_record_through_the_admin(client, submission, role, request):
    client.force_login(request.getfixturevalue(role))
    before = {
        field.name: getattr(submission, field.attname)
        for field in StorySubmission._meta.concrete_fields
    }
    edit = reverse(f"{RECORD_VIEWS}:edit", args=[submission.pk])
    assert client.get(edit).status_code in (302, 403)
    client.post(
        edit,
        {"consent_text": "I agree to anything", "consent_version": "0", "contact_email": "x@y.z"},
    )
    add = reverse(f"{RECORD_VIEWS}:add")
    assert client.get(add).status_code in (302, 403)
    client.post(add, {"story": submission.story_id, "consent_text": "forged"})
    delete = reverse(f"{RECORD_VIEWS}:delete", args=[submission.pk])
    assert client.get(delete).status_code in (302, 403)
    client.post(delete)
    assert StorySubmission.objects.count() == 1
    submission.refresh_from_db()
    after = {
        field.name: getattr(submission, field.attname)
        for field in StorySubmission._meta.concrete_fields
    }
    assert after == before
    # Read-only views show it, with no button to change it.
    inspect = parse(client.get(reverse(f"{RECORD_VIEWS}:inspect", args=[submission.pk])))
    assert submission.consent_text[:40] in visible_text(inspect)
    assert inspect.find("a", href=edit) is None


def test_the_moderator_decides_with_the_consent_in_view(client, submission, moderator):
    client.force_login(moderator)
    page = parse(client.get(reverse("wagtailadmin_pages:edit", args=[submission.story_id])))
    record = page.find(attrs={"aria-label": "Private record and consent"})
    assert record is not None
    text = visible_text(record)
    assert submission.consent_text[:40] in text
    assert submission.contact_email in text
    assert "The public form" in text
    assert record.find(["input", "textarea", "select"]) is None  # nothing to change


def test_the_story_editor_of_a_staff_story_has_no_record_panel(client, moderator):
    story = StoryPageFactory()
    client.force_login(moderator)
    page = parse(client.get(reverse("wagtailadmin_pages:edit", args=[story.pk])))
    assert page.find(attrs={"aria-label": "Private record and consent"}) is None
