"""What lets many storytellers send at once (a viral day): a story's transaction holds the
story library's row only for the story's own writes.

Wagtail's indexing runs as production runs it (itac.tasks.AfterCommitBackend): after the
transaction that saved the page commits, once per page, never for a transaction rolled back,
and moderators still find a story sent through the form in the admin's search. The review
workflow's assignment to the libraries is written only when missing."""

import pytest
from django_tasks.signals import task_started

from django.conf import settings
from django.db import connection, transaction
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import WorkflowPage, WorkflowState

from stories.models import StoryPage
from tests.factories import StoryPageFactory
from tests.html import parse, visible_text

from .conftest import started

pytestmark = pytest.mark.django_db

AFTER_COMMIT = {**settings.TASKS, "default": {"BACKEND": "itac.tasks.AfterCommitBackend"}}
SEARCH_INDEXING = "insert_or_update_object_task"


@pytest.fixture
def tasks_run():
    """The (task name, arguments) of every task run, in order."""
    ran = []

    def note(sender, task_result, **kwargs):
        ran.append((task_result.task.name, tuple(task_result.args)))

    task_started.connect(note)
    with override_settings(TASKS=AFTER_COMMIT):
        yield ran
    task_started.disconnect(note)


def indexed(ran, page):
    return [args for name, args in ran if name == SEARCH_INDEXING and args[2] == str(page.pk)]


def test_a_page_saved_twice_in_a_transaction_is_indexed_once_after_the_commit(
    tasks_run, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        story = StoryPageFactory()
        story.summary = "Neighbours from six countries bake bread together."
        story.save_revision().publish()
        assert indexed(tasks_run, story) == [], "nothing runs while the row locks are held"
    assert indexed(tasks_run, story) == [("stories", "storypage", str(story.pk))]


def test_nothing_is_indexed_for_a_transaction_rolled_back(
    tasks_run, django_capture_on_commit_callbacks
):
    class Refused(Exception):
        pass

    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(Refused), transaction.atomic():
            StoryPageFactory(title="A story never stored")
            raise Refused
        kept = StoryPageFactory(title="A story stored after it")
    assert not StoryPage.objects.filter(title="A story never stored").exists()
    assert [args[2] for name, args in tasks_run if name == SEARCH_INDEXING] == [str(kept.pk)]


def test_moderators_find_a_story_sent_through_the_form_in_the_admin_search(
    tasks_run, django_capture_on_commit_callbacks, client, moderator, share_page, story_data
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(share_page.url, story_data)
    assert response.status_code == 302
    story = StoryPage.objects.get(title=story_data["title"])
    assert len(indexed(tasks_run, story)) == 1

    client.force_login(moderator)
    page = parse(client.get(reverse("wagtailadmin_pages:search"), {"q": "soup kitchen"}))
    assert story_data["title"] in visible_text(page)


def test_a_story_sent_in_leaves_the_review_assignment_alone_unless_it_is_missing(
    client, share_page, story_data
):
    def send(title, seconds_ago):
        data = {**story_data, "title": title, "form_started": started(seconds_ago)}
        with CaptureQueriesContext(connection) as queries:
            response = client.post(share_page.url, data)
        assert response.status_code == 302
        story = StoryPage.objects.get(title=title)
        assert WorkflowState.objects.get(object_id=str(story.pk)).workflow.name == "Story review"
        return [q["sql"] for q in queries if "wagtailcore_workflowpage" in q["sql"]]

    writes = [
        sql for sql in send("A soup kitchen in a parish hall", 60) if not sql.startswith("SELECT")
    ]
    assert writes == [], "assigned already: no row of the assignment is written (or locked)"

    WorkflowPage.objects.all().delete()
    send("A choir that sings in eleven languages", 61)
    assert WorkflowPage.objects.filter(workflow__name="Story review").exists()


# Wagtail's page creation, revision and review workflow (about 60), the story's own record,
# search document and checks, the moderators' email, and here (the tests' immediate backend)
# Wagtail's indexing within the request; pinned so that a change adding work to every story
# sent in is seen.
QUERIES_PER_STORY = 98


def test_a_story_sent_in_costs_the_same_however_many_stories_the_library_holds(
    client, share_page, story_data
):
    def queries_to_send(title, seconds_ago):
        data = {**story_data, "title": title, "form_started": started(seconds_ago)}
        with CaptureQueriesContext(connection) as queries:
            assert client.post(share_page.url, data).status_code == 302
        return len(queries)

    queries_to_send("A repair cafe on Quay Street", 59)  # the process's first story: warm-up
    first = queries_to_send("A soup kitchen in a parish hall", 60)
    StoryPageFactory.create_batch(30)
    # The pages changed: what each process keeps of them is fetched again, once.
    queries_to_send("A choir that sings in eleven languages", 61)
    assert queries_to_send("A mural painted by forty neighbours", 62) == first
    assert first <= QUERIES_PER_STORY
