"""Every role over every route of story submission: allowed, or refused (403/404/redirect to login).

Roles: anonymous, partner A, partner B, editor, moderator, administrator. Partner A has one
unpublished story of its own in review-with-changes-requested state, so it may work on it.
"""

import pytest

from django.urls import reverse

from wagtail.models import WorkflowState

from stories.models import StoryPage
from stories.submissions.models import StorySubmission

from .conftest import partner_user

pytestmark = pytest.mark.django_db

ALLOWED = "allowed"
REFUSED = "refused"


@pytest.fixture
def world(
    client,
    share_page,
    story_data,
    partner_a,
    partner_b,
    django_user_model,
    administrator,
    editor,
    moderator,
):
    """Partner A's story (changes requested), and the six roles."""
    user_a = partner_user(django_user_model, "partner-a", partner_a)
    user_b = partner_user(django_user_model, "partner-b", partner_b)
    client.force_login(user_a)
    client.post(share_page.url, story_data)
    client.logout()
    submission = StorySubmission.objects.select_related("story").get()
    story = submission.story
    # A moderator asked for changes: the draft is back in partner A's hands.
    client.force_login(moderator)
    state = WorkflowState.objects.get(object_id=str(story.pk))
    client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[story.pk, "reject", state.current_task_state.pk],
        ),
        {"comment": "Please add the city"},
    )
    client.logout()
    published = StoryPage.objects.live().exclude(pk=story.pk).first()
    return {
        "story": story,
        "submission": submission,
        "published": published,
        "users": {
            "anonymous": None,
            "partner A": user_a,
            "partner B": user_b,
            "editor": editor,
            "moderator": moderator,
            "administrator": administrator,
        },
    }


def routes(world):
    story = world["story"]
    submission = world["submission"]
    return {
        "share form": "/share-your-story/",
        "thanks": "/share-your-story/thanks/",
        "removal form": "/share-your-story/remove/",
        "admin dashboard": reverse("wagtailadmin_home"),
        "edit A's draft": reverse("wagtailadmin_pages:edit", args=[story.pk]),
        "edit a published story": reverse("wagtailadmin_pages:edit", args=[world["published"].pk]),
        "explore stories": reverse("wagtailadmin_explore", args=[story.get_parent().pk]),
        "admin page search": reverse("wagtailadmin_pages:search"),
        "submissions queue": reverse("wagtailsnippets_story_submissions_storysubmission:list"),
        "submission record": reverse(
            "wagtailsnippets_story_submissions_storysubmission:inspect", args=[submission.pk]
        ),
        "removal requests": reverse("wagtailsnippets_story_submissions_removalrequest:list"),
        "erase story": reverse("itac_erase_story", args=[story.pk]),
        "unpublish a published story": reverse(
            "wagtailadmin_pages:unpublish", args=[world["published"].pk]
        ),
        "delete A's draft": reverse("wagtailadmin_pages:delete", args=[story.pk]),
        "image library": reverse("wagtailimages:index"),
        "users": reverse("wagtailusers_users:index"),
        "explore the home page": reverse(
            "wagtailadmin_explore", args=[story.get_parent().get_parent().pk]
        ),
    }


A, R = ALLOWED, REFUSED
EXPECTED = {
    #                          anon partnerA partnerB editor moderator admin
    "share form":              (A, A, A, A, A, A),
    "thanks":                  (A, A, A, A, A, A),
    "removal form":            (A, A, A, A, A, A),
    "admin dashboard":         (R, A, A, A, A, A),
    "edit A's draft":          (R, A, R, A, A, A),
    "edit a published story":  (R, R, R, A, A, A),
    "explore stories":         (R, R, R, A, A, A),
    "admin page search":       (R, R, R, A, A, A),
    "submissions queue":       (R, R, R, R, A, A),
    "submission record":       (R, R, R, R, A, A),
    "removal requests":        (R, R, R, R, A, A),
    "erase story":             (R, R, R, R, A, A),
    "unpublish a published story": (R, R, R, R, A, A),
    "delete A's draft":        (R, R, R, A, A, A),
    "image library":           (R, R, R, A, A, A),
    "users":                   (R, R, R, R, R, A),
    "explore the home page":   (R, R, R, A, A, A),
}  # fmt: skip
ROLES = ["anonymous", "partner A", "partner B", "editor", "moderator", "administrator"]


def outcome(response):
    if response.status_code == 200:
        return ALLOWED
    if response.status_code in (403, 404):
        return REFUSED
    if response.status_code == 302 and "login" in response["Location"]:
        return REFUSED
    if response.status_code == 302:
        # Wagtail answers some refusals by sending the user back to the dashboard.
        return REFUSED if response["Location"].rstrip("/").endswith("/admin") else ALLOWED
    return f"unexpected {response.status_code}"


def test_every_role_over_every_route(client, world):
    found = {}
    for route_name, url in routes(world).items():
        found[route_name] = []
        for role in ROLES:
            client.logout()
            user = world["users"][role]
            if user is not None:
                client.force_login(user)
            found[route_name].append(outcome(client.get(url)))
    expected = {name: list(value) for name, value in EXPECTED.items()}
    assert found == expected


def test_partner_b_cannot_save_over_partner_as_draft(client, world):
    story = world["story"]
    client.force_login(world["users"]["partner B"])
    response = client.post(reverse("wagtailadmin_pages:edit", args=[story.pk]), {"title": "Mine"})
    assert response.status_code in (302, 403)
    story.refresh_from_db()
    assert story.title != "Mine"


def test_partner_a_sees_only_its_own_stories_on_its_dashboard(client, world):
    client.force_login(world["users"]["partner B"])
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert world["story"].title not in html
    client.force_login(world["users"]["partner A"])
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert world["story"].title in html
