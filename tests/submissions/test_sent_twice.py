"""A story form sent twice (a double click, the proxy retrying it on another app server) is
stored once and answered as the first was (issue 15)."""

import pytest

from django.core import mail
from django.test import Client

from wagtail.images import get_image_model
from wagtail.models import Page

from stories.models import StoryPage
from stories.submissions.models import StorySubmission
from tests.factories import StorySubmissionPageFactory
from tests.html import by_label, parse, visible_text

from .conftest import started
from .photo_files import jpeg_with_gps

pytestmark = pytest.mark.django_db


@pytest.fixture
def form_page(db):
    return StorySubmissionPageFactory(title="Tell us how your street changed")


def key_given_by(client, page):
    """The submission key the form page hands the visitor, in its hidden field."""
    form = parse(client.get(page.url)).find("form", attrs={"method": "post"})
    return form.find("input", attrs={"name": "submission_key"})["value"]


def stored():
    """What a person would count: stories, private records, photos and moderators' emails."""
    return (
        StoryPage.objects.count(),
        StorySubmission.objects.count(),
        get_image_model().objects.count(),
        len([m for m in mail.outbox if m.subject == "A new story is waiting for review"]),
    )


def with_photo(data):
    return {
        **data,
        "photo": jpeg_with_gps(),
        "photo_alt": "Neighbours around a long table",
        "consent_publish_photo": "on",
    }


def test_the_same_form_sent_twice_stores_one_story_and_thanks_both_times(
    client, form_page, story_data, moderator, django_capture_on_commit_callbacks
):
    before = stored()
    sent = {**story_data, "submission_key": key_given_by(client, form_page)}
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(form_page.url, with_photo(sent))
    with django_capture_on_commit_callbacks(execute=True):
        again = client.post(form_page.url, with_photo(sent))

    assert first.status_code == again.status_code == 302
    assert first["Location"] == again["Location"] == form_page.url + "thanks/"
    assert "What happens next" in visible_text(parse(client.get(again["Location"])))
    story, record, photo, email = before
    assert stored() == (story + 1, record + 1, photo + 1, email + 1)
    assert StoryPage.objects.filter(title=story_data["title"]).count() == 1


def test_two_forms_with_their_own_keys_are_two_stories(client, form_page, story_data):
    before = StorySubmission.objects.count()
    for title in ("It Takes A Community to mend bikes", "It Takes A Community to sing"):
        answer = client.post(
            form_page.url,
            {
                **story_data,
                "title": title,
                "form_started": started(),
                "submission_key": key_given_by(client, form_page),
            },
        )
        assert answer["Location"] == form_page.url + "thanks/"
    assert StorySubmission.objects.count() == before + 2


def test_a_form_with_a_mistake_keeps_its_key_and_is_stored_once_corrected(
    client, form_page, story_data
):
    before = StorySubmission.objects.count()
    key = key_given_by(client, form_page)
    wrong = client.post(form_page.url, {**story_data, "title": "", "submission_key": key})
    assert wrong.status_code == 200
    page = parse(wrong)
    assert by_label(page, "Title of your story") is not None
    assert page.find("input", attrs={"name": "submission_key"})["value"] == key
    assert StorySubmission.objects.count() == before

    corrected = client.post(form_page.url, {**story_data, "submission_key": key})
    assert corrected["Location"] == form_page.url + "thanks/"
    assert client.post(form_page.url, {**story_data, "submission_key": key})["Location"] == (
        form_page.url + "thanks/"
    )
    assert StorySubmission.objects.count() == before + 1


def test_a_form_whose_first_copy_failed_on_its_way_is_stored_when_sent_again(
    form_page, story_data, monkeypatch
):
    """The first copy got as far as claiming its start token, then its app server failed
    (here: the database went away); the proxy's retry of the same form is stored, once."""
    from stories.submissions import views

    visitor = Client(raise_request_exception=False)
    sent = {**story_data, "submission_key": key_given_by(visitor, form_page)}
    before = Page.objects.count(), StorySubmission.objects.count()

    def server_fails(form, request):
        raise ConnectionError("the app server went away")

    with monkeypatch.context() as patch:
        patch.setattr(views, "create_submission", server_fails)
        assert visitor.post(form_page.url, sent).status_code == 500
    assert (Page.objects.count(), StorySubmission.objects.count()) == before

    retried = visitor.post(form_page.url, sent)
    assert retried["Location"] == form_page.url + "thanks/"
    again = visitor.post(form_page.url, sent)
    assert again["Location"] == form_page.url + "thanks/"
    assert StorySubmission.objects.count() == before[1] + 1


def test_a_key_never_appears_in_an_address(client, form_page, story_data):
    key = key_given_by(client, form_page)
    answer = client.post(form_page.url, {**story_data, "submission_key": key})
    assert key not in answer["Location"]
    # Stored as a hash only.
    assert not StorySubmission.objects.filter(submission_key_hash=key).exists()


def test_two_copies_racing_each_other_store_one_story(
    client, form_page, story_data, moderator, monkeypatch, django_capture_on_commit_callbacks
):
    """The second copy looks before the first has stored anything (they race on two app
    servers): the database's unique key stops it, nothing of it is kept, and it is thanked."""
    from stories.submissions import views

    sent = {**story_data, "submission_key": key_given_by(client, form_page)}
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(form_page.url, with_photo(sent))["Location"] == (
            form_page.url + "thanks/"
        )
    before = stored()
    looks = iter([False])  # its first look comes before the first copy's commit
    real_look = views.already_stored
    monkeypatch.setattr(views, "already_stored", lambda form: next(looks, None) or real_look(form))
    with django_capture_on_commit_callbacks(execute=True):
        racing = client.post(form_page.url, with_photo(sent))
    assert racing["Location"] == form_page.url + "thanks/"
    assert stored() == before


def test_a_counted_form_whose_copy_died_is_stored_when_sent_again_at_the_limit(
    form_page, story_data, monkeypatch
):
    """The first copy was counted against its address (here the last story of its hour), then
    its app server died; the proxy's retry is not refused by the count the first copy made.
    Once only: a new form from that address is still refused."""
    from stories.submissions import views

    monkeypatch.setattr(views, "SUBMISSIONS_PER_HOUR", "1/h")
    visitor = Client(raise_request_exception=False)
    sent = {**story_data, "submission_key": key_given_by(visitor, form_page)}
    before = StorySubmission.objects.count()

    def server_dies(form, request):
        raise ConnectionError("the app server went away")

    with monkeypatch.context() as patch:
        patch.setattr(views, "create_submission", server_dies)
        assert visitor.post(form_page.url, sent).status_code == 500

    retried = visitor.post(form_page.url, sent)
    assert retried.status_code == 302
    assert retried["Location"] == form_page.url + "thanks/"
    assert StorySubmission.objects.count() == before + 1

    another = {
        **story_data,
        "title": "It Takes A Community to paint a mural",
        "form_started": started(),
        "submission_key": key_given_by(visitor, form_page),
    }
    refused = visitor.post(form_page.url, another)
    assert refused.status_code == 429
    assert StorySubmission.objects.count() == before + 1


def test_a_counted_form_whose_copy_died_is_not_counted_again_below_the_limit(
    form_page, story_data, monkeypatch
):
    """The retry of a counted form leaves the address's other stories of the hour alone: with
    two allowed, the retried story and one more are stored, and only a third is refused."""
    from stories.submissions import views

    monkeypatch.setattr(views, "SUBMISSIONS_PER_HOUR", "2/h")
    visitor = Client(raise_request_exception=False)
    before = StorySubmission.objects.count()

    def form(title, seconds_ago):
        key = key_given_by(visitor, form_page)
        return {
            **story_data,
            "title": title,
            "form_started": started(seconds_ago),
            "submission_key": key,
        }

    first = form("It Takes A Community to run a repair cafe", 60)
    with monkeypatch.context() as patch:
        patch.setattr(views, "create_submission", lambda form, request: 1 / 0)
        assert visitor.post(form_page.url, first).status_code == 500
    assert visitor.post(form_page.url, first)["Location"] == form_page.url + "thanks/"

    second = visitor.post(form_page.url, form("It Takes A Community to sing in a choir", 61))
    assert second["Location"] == form_page.url + "thanks/"
    third = visitor.post(form_page.url, form("It Takes A Community to paint a mural", 62))
    assert third.status_code == 429
    assert StorySubmission.objects.count() == before + 2
