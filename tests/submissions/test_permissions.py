"""Least privilege in the admin: every role over every route, and every write a partner tries.

Roles: anonymous, partner A, partner B, editor, moderator, administrator. Partner A sent a story
and a moderator asked for changes, so A may work on it; B may not. Partner pages A and B are
each organisation's profile. Outcomes are exact; no refusal may name a page it refuses.
"""

import io
import re
from urllib.parse import urlsplit

import pytest
from PIL import Image as PILImage

from django.core.files.images import ImageFile
from django.urls import reverse

from wagtail.images import get_image_model
from wagtail.models import Collection, Page, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from stories.models import StoryIndexPage, StoryPage
from stories.submissions.models import StorySubmission, SubmissionStatus
from tests.factories import EventPageFactory, StoryPageFactory
from tests.html import (
    admin_menu_urls,
    all_by_role,
    by_role,
    hrefs,
    mentions,
    parse,
    visible_text,
)

from .conftest import partner_user, started
from .photo_files import jpeg_with_gps


def chooser_page(response):
    """The page of a Wagtail chooser, which answers JSON with the modal's HTML in it."""
    return parse(response.json()["html"])


def linked_paths(doc):
    """The path of every link (the admin adds ?next=... to some)."""
    return [urlsplit(href).path for href in hrefs(doc)]


pytestmark = pytest.mark.django_db

ALLOWED = "allowed"
REFUSED = "refused"
# A partner's own story that it may not change now: the editor sends it to the story's history.
HISTORY = "shown its history"
A, R, H = ALLOWED, REFUSED, HISTORY
ROLES = ["anonymous", "partner A", "partner B", "editor", "moderator", "administrator"]


def make_image(title, collection=None, user=None):
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), (200, 100, 50)).save(buffer, "JPEG")
    image = get_image_model()(
        title=title,
        collection=collection or Collection.get_first_root_node(),
        uploaded_by_user=user,
    )
    image.file = ImageFile(buffer, name=f"{title.lower().replace(' ', '-')}.jpg")
    image.save()
    return image


@pytest.fixture
def world(
    client,
    share_page,
    story_data_with_photo,
    partner_a,
    partner_b,
    django_user_model,
    administrator,
    editor,
    moderator,
):
    """Partner A's story with its photo (changes requested), partner B's story in review."""
    user_a = partner_user(django_user_model, "partner-a", partner_a)
    user_b = partner_user(django_user_model, "partner-b", partner_b)
    client.force_login(user_a)
    client.post(share_page.url, story_data_with_photo)
    client.force_login(user_b)
    client.post(
        share_page.url,
        {
            **story_data_with_photo,
            "photo": jpeg_with_gps(),
            "title": "It Takes A Community to paint the school",
            # A form of its own: each start token sends one story.
            "form_started": started(),
        },
    )
    client.logout()
    story = StoryPage.objects.get(partner=partner_a)
    story_b = StoryPage.objects.get(partner=partner_b)
    # A moderator asked for changes: A's draft is back in partner A's hands.
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
    story.refresh_from_db()
    submission = StorySubmission.objects.get(story=story)
    assert submission.status == SubmissionStatus.CHANGES_REQUESTED
    return {
        "story": story,
        "story_b": story_b,
        "photo": submission.photo,
        "photo_b": StorySubmission.objects.get(story=story_b).photo,
        "submission": submission,
        "partner_a": partner_a,
        "partner_b": partner_b,
        "published": StoryPageFactory(),
        "event": EventPageFactory(),
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
    home = Page.objects.get(pk=story.get_parent().get_parent().pk)
    state = WorkflowState.objects.get(object_id=str(world["story_b"].pk))
    return {
        "share form": "/share-your-story/",
        "thanks": "/share-your-story/thanks/",
        "removal form": "/share-your-story/remove/",
        "admin dashboard": reverse("wagtailadmin_home"),
        "icons": reverse("wagtailadmin_sprite"),
        "account": reverse("wagtailadmin_account"),
        "two-step set-up": reverse("itac_two_factor_setup"),
        "edit A's draft": reverse("wagtailadmin_pages:edit", args=[story.pk]),
        "history of A's draft": reverse("wagtailadmin_pages:history", args=[story.pk]),
        "review history of A's draft": reverse(
            "wagtailadmin_pages:workflow_history", args=[story.pk]
        ),
        "preview A's draft": reverse("wagtailadmin_pages:view_draft", args=[story.pk]),
        "B's story in review": reverse("wagtailadmin_pages:edit", args=[world["story_b"].pk]),
        "history of B's story": reverse("wagtailadmin_pages:history", args=[world["story_b"].pk]),
        "review history of B's story": reverse(
            "wagtailadmin_pages:workflow_history", args=[world["story_b"].pk]
        ),
        "preview B's story in review": reverse(
            "wagtailadmin_pages:view_draft", args=[world["story_b"].pk]
        ),
        "workflow preview of B's story": reverse(
            "wagtailadmin_pages:workflow_preview",
            args=[world["story_b"].pk, state.current_task_state.task_id],
        ),
        "edit a published story": reverse("wagtailadmin_pages:edit", args=[world["published"].pk]),
        "edit A's profile": reverse("wagtailadmin_pages:edit", args=[world["partner_a"].pk]),
        "edit B's profile": reverse("wagtailadmin_pages:edit", args=[world["partner_b"].pk]),
        "edit the home page": reverse("wagtailadmin_pages:edit", args=[home.pk]),
        "edit an event": reverse("wagtailadmin_pages:edit", args=[world["event"].pk]),
        "add a story": reverse(
            "wagtailadmin_pages:add", args=["stories", "storypage", story.get_parent().pk]
        ),
        "explore stories": reverse("wagtailadmin_explore", args=[story.get_parent().pk]),
        "explore the home page": reverse("wagtailadmin_explore", args=[home.pk]),
        "admin page search": reverse("wagtailadmin_pages:search"),
        "submissions": reverse("wagtailsnippets_story_submissions_storysubmission:list"),
        "submission record": reverse(
            "wagtailsnippets_story_submissions_storysubmission:inspect", args=[submission.pk]
        ),
        "change a submission record": reverse(
            "wagtailsnippets_story_submissions_storysubmission:edit", args=[submission.pk]
        ),
        "add a submission record": reverse("wagtailsnippets_story_submissions_storysubmission:add"),
        "delete a submission record": reverse(
            "wagtailsnippets_story_submissions_storysubmission:delete", args=[submission.pk]
        ),
        "removal requests": reverse("wagtailsnippets_story_submissions_removalrequest:list"),
        "erase story": reverse("itac_erase_story", args=[story.pk]),
        "unpublish a published story": reverse(
            "wagtailadmin_pages:unpublish", args=[world["published"].pk]
        ),
        "delete A's draft": reverse("wagtailadmin_pages:delete", args=[story.pk]),
        "image library": reverse("wagtailimages:index"),
        "a submitted photo": reverse("wagtailimages:edit", args=[world["photo"].pk]),
        "image chooser": reverse("wagtailimages_chooser:choose"),
        "documents": reverse("wagtaildocs:index"),
        "themes": reverse("wagtailsnippets_stories_theme:list"),
        "partner pages": reverse("partner_pages:index"),
        "partner accounts": reverse("wagtailsnippets_partners_partnermembership:list"),
        "partner accounts as CSV": reverse("wagtailsnippets_partners_partnermembership:list")
        + "?export=csv",
        "users": reverse("wagtailusers_users:index"),
        "groups": reverse("wagtailusers_groups:index"),
        "workflows": reverse("wagtailadmin_workflows:index"),
        "site settings": reverse("wagtailsettings:edit", args=["itac", "campaignsettings"]),
        "reports": reverse("wagtailadmin_reports:site_history"),
    }


EXPECTED = {
    #                          anon partnerA partnerB editor moderator admin
    "share form":              (A, A, A, A, A, A),
    "thanks":                  (A, A, A, A, A, A),
    "removal form":            (A, A, A, A, A, A),
    "admin dashboard":         (R, A, A, A, A, A),
    "icons":                   (A, A, A, A, A, A),
    "account":                 (R, A, A, A, A, A),
    "two-step set-up":         (R, A, A, A, A, A),
    "edit A's draft":          (R, A, R, R, A, A),
    "history of A's draft":    (R, A, R, R, A, A),
    "review history of A's draft": (R, A, R, R, A, A),
    "preview A's draft":       (R, A, R, R, A, A),
    # A partner follows its own story in every state; it edits only when changes are asked.
    "B's story in review":     (R, R, H, R, A, A),
    "history of B's story":    (R, R, A, R, A, A),
    "review history of B's story": (R, R, A, R, A, A),
    "preview B's story in review": (R, R, A, R, A, A),
    "workflow preview of B's story": (R, R, R, R, A, A),
    "edit a published story":  (R, R, R, A, A, A),
    "edit A's profile":        (R, A, R, A, R, A),
    "edit B's profile":        (R, R, A, A, R, A),
    "edit the home page":      (R, R, R, A, R, A),
    "edit an event":           (R, R, R, A, R, A),
    "add a story":             (R, R, R, A, R, A),
    "explore stories":         (R, R, R, A, A, A),
    "explore the home page":   (R, R, R, A, A, A),
    "admin page search":       (R, R, R, A, A, A),
    "submissions":             (R, R, R, R, A, A),
    "submission record":       (R, R, R, R, A, A),
    "change a submission record": (R, R, R, R, R, R),
    "add a submission record": (R, R, R, R, R, R),
    "delete a submission record": (R, R, R, R, R, R),
    "removal requests":        (R, R, R, R, A, A),
    "erase story":             (R, R, R, R, A, A),
    "unpublish a published story": (R, R, R, A, A, A),
    "delete A's draft":        (R, R, R, R, A, A),
    "image library":           (R, R, R, A, A, A),
    "a submitted photo":       (R, R, R, R, A, A),
    "image chooser":           (R, A, A, A, A, A),
    "documents":               (R, R, R, A, R, A),
    "themes":                  (R, R, R, A, R, A),
    "partner pages":           (R, R, R, A, A, A),
    "partner accounts":        (R, R, R, R, R, A),
    "partner accounts as CSV": (R, R, R, R, R, A),
    "users":                   (R, R, R, R, R, A),
    "groups":                  (R, R, R, R, R, A),
    "workflows":               (R, R, R, R, R, A),
    "site settings":           (R, R, R, A, R, A),
    "reports":                 (R, R, R, A, A, A),
}  # fmt: skip


def outcome(response):
    if response.status_code == 200:
        return ALLOWED
    if response.status_code in (403, 404):
        return REFUSED
    if response.status_code == 302 and "login" in response["Location"]:
        return REFUSED
    if response.status_code == 302 and response["Location"].endswith("/history/"):
        return HISTORY
    if response.status_code == 302:
        # Wagtail answers some refusals by sending the user back to the dashboard.
        return REFUSED if response["Location"].rstrip("/").endswith("/admin") else ALLOWED
    return f"unexpected {response.status_code}"


def titles_not_theirs(world, role):
    """Titles of stories a role may not see, which no refusal may show."""
    titles = {
        "partner A": [world["story_b"].title],
        "partner B": [world["story"].title],
    }
    return titles.get(role, [])


def test_every_role_over_every_route(client, world):
    found = {}
    leaks = []
    for route_name, url in routes(world).items():
        found[route_name] = []
        for role in ROLES:
            client.logout()
            user = world["users"][role]
            if user is not None:
                client.force_login(user)
            response = client.get(url)
            result = outcome(response)
            found[route_name].append(result)
            if result == REFUSED:
                page = parse(response.content.decode(errors="replace"))
                leaks += [
                    (route_name, role)
                    for title in titles_not_theirs(world, role)
                    if mentions(page, title)
                ]
    mismatches = {
        name: dict(zip(ROLES, found[name], strict=True))
        for name, value in EXPECTED.items()
        if found.get(name) != list(value)
    }
    assert mismatches == {}, "\n".join(f"{name}: {roles}" for name, roles in mismatches.items())
    assert set(found) == set(EXPECTED)
    assert leaks == []


def test_editors_never_see_submitted_photos(client, world):
    client.force_login(world["users"]["editor"])
    listing = parse(client.get(reverse("wagtailimages:index")))
    chooser = chooser_page(client.get(reverse("wagtailimages_chooser:choose")))
    assert any("/admin/images/chooser/" in path for path in linked_paths(chooser)), "no images"
    for photo in (world["photo"], world["photo_b"]):
        assert not mentions(listing, reverse("wagtailimages:edit", args=[photo.pk]))
        assert reverse("wagtailimages_chooser:chosen", args=[photo.pk]) not in linked_paths(chooser)
    rendition = client.get(reverse("wagtailimages:preview", args=[world["photo"].pk, "fill-80x80"]))
    assert outcome(rendition) == REFUSED


def test_moderators_open_submitted_photos(client, world):
    client.force_login(world["users"]["moderator"])
    listing = parse(client.get(reverse("wagtailimages:index")))
    assert reverse("wagtailimages:edit", args=[world["photo"].pk]) in linked_paths(listing)
    chooser = chooser_page(client.get(reverse("wagtailimages_chooser:choose")))
    assert reverse("wagtailimages_chooser:chosen", args=[world["photo"].pk]) in linked_paths(
        chooser
    )


def test_partner_b_cannot_save_over_partner_as_draft(client, world):
    story = world["story"]
    client.force_login(world["users"]["partner B"])
    response = client.post(reverse("wagtailadmin_pages:edit", args=[story.pk]), {"title": "Mine"})
    assert response.status_code == 404
    story.refresh_from_db()
    assert story.get_latest_revision_as_object().title != "Mine"


def test_partner_sees_each_story_with_its_real_status(client, world, share_page, story_data):
    client.force_login(world["users"]["partner B"])
    doc = parse(client.get(reverse("wagtailadmin_home")))
    assert world["story"].title not in visible_text(doc)
    text = visible_text(doc)
    assert world["story_b"].title in text
    assert "Waiting for review" in text
    assert all_by_role(doc, "link", world["story_b"].title) == []  # not editable in review

    client.force_login(world["users"]["partner A"])
    doc = parse(client.get(reverse("wagtailadmin_home")))
    text = visible_text(doc)
    assert "Changes requested" in text
    assert "Please add the city" in text
    assert by_role(doc, "link", "Make the changes and send it again") is not None
    assert by_role(doc, "link", "Edit your organisation's profile") is not None


def test_partner_follows_its_story_in_review_through_its_history(client, world):
    story_b = world["story_b"]
    revision = story_b.latest_revision
    client.force_login(world["users"]["partner B"])
    doc = parse(client.get(reverse("wagtailadmin_home")))
    link = by_role(doc, "link", re.compile(rf"^Follow its history\W+{re.escape(story_b.title)}$"))
    assert link.get("href") == reverse("wagtailadmin_pages:history", args=[story_b.pk])

    history = client.get(link.get("href"))
    assert history.status_code == 200
    assert story_b.title in visible_text(parse(history))
    for name, args in (
        ("wagtailadmin_pages:history_results", [story_b.pk]),
        ("wagtailadmin_pages:revisions_view", [story_b.pk, revision.pk]),
        ("wagtailadmin_pages:workflow_history", [story_b.pk]),
    ):
        assert client.get(reverse(name, args=args)).status_code == 200, name

    # Its editor, while the story waits for review: the history again, saying why.
    response = client.get(reverse("wagtailadmin_pages:edit", args=[story_b.pk]), follow=True)
    assert response.redirect_chain == [
        (reverse("wagtailadmin_pages:history", args=[story_b.pk]), 302)
    ]
    assert "only when a moderator asks for changes" in visible_text(parse(response))
    # Nor does a post change it.
    client.post(
        reverse("wagtailadmin_pages:edit", args=[story_b.pk]), story_form(story_b, title="Mine")
    )
    assert latest(story_b).title == story_b.title


def test_partner_reads_no_other_organisations_history(client, world):
    """Every reading screen of another organisation's story answers 404, without its title."""
    story_b = world["story_b"]
    revision = story_b.latest_revision
    client.force_login(world["users"]["partner A"])
    for name, args in (
        ("wagtailadmin_pages:history", [story_b.pk]),
        ("wagtailadmin_pages:history_results", [story_b.pk]),
        ("wagtailadmin_pages:revisions_view", [story_b.pk, revision.pk]),
        ("wagtailadmin_pages:revisions_revert", [story_b.pk, revision.pk]),
        ("wagtailadmin_pages:workflow_history", [story_b.pk]),
        ("wagtailadmin_pages:view_draft", [story_b.pk]),
        ("wagtailadmin_pages:edit", [story_b.pk]),
    ):
        response = client.get(reverse(name, args=args))
        assert response.status_code == 404, name
        assert not mentions(parse(response), story_b.title), name


def test_partner_menu_holds_no_link_it_would_be_refused(client, world):
    client.force_login(world["users"]["partner A"])
    page = parse(client.get(reverse("wagtailadmin_home")))
    menu = admin_menu_urls(page)
    assert "/admin/pages/" not in menu  # no way into the page tree
    for refused in ("/admin/snippets/", "/admin/images/", "/admin/events"):
        assert [url for url in menu if url.startswith(refused)] == [], refused
    assert "403" not in visible_text(page)


# --- Writes a partner attempts on its own draft ---------------------------------------------


def story_form(story, **changes):
    """The edit form's fields of A's story as the browser posts them, with `changes`."""
    fields = {
        "title": story.title,
        "summary": story.summary,
        "hero_image": story.hero_image_id or "",
        "hero_image_alt": story.hero_image_alt,
        "body": streamfield([("paragraph", rich_text("<p>Soup on Tuesdays.</p>"))]),
        "storyteller_display": story.storyteller_display,
        "storyteller_name": story.storyteller_name,
        "city": "Cork",
        "country": "IE",
        "told_in_language": "en",
    }
    fields.update(changes)
    return nested_form_data(fields)


def save_draft(client, story, data):
    return client.post(reverse("wagtailadmin_pages:edit", args=[story.pk]), data)


def latest(story):
    return StoryPage.objects.get(pk=story.pk).get_latest_revision_as_object()


@pytest.fixture
def partner_a_client(client, world):
    client.force_login(world["users"]["partner A"])
    return client


def test_partner_saves_its_own_changes(partner_a_client, world):
    response = save_draft(partner_a_client, world["story"], story_form(world["story"]))
    assert response.status_code == 302
    assert latest(world["story"]).city == "Cork"


@pytest.mark.parametrize("field", ["hero_image", "body"])
def test_partner_cannot_use_an_image_that_is_not_its_own(partner_a_client, world, field):
    story = world["story"]
    others = [world["photo_b"], make_image("Campaign banner")]
    for image in others:
        if field == "hero_image":
            data = story_form(story, hero_image=image.pk)
        else:
            data = story_form(
                story,
                body=streamfield(
                    [("image", {"image": {"image": image.pk, "alt_text": "x"}, "caption": ""})]
                ),
            )
        response = save_draft(partner_a_client, story, data)
        assert response.status_code == 200  # the form again, with the error
        assert "only use images and documents your organisation uploaded" in visible_text(
            parse(response)
        )
        assert image.title not in visible_text(parse(response))
        saved = latest(story)
        assert saved.hero_image_id == world["photo"].pk
        assert "image" not in [block.block_type for block in saved.body]


def test_partner_may_use_its_own_upload(partner_a_client, world, django_user_model):
    story = world["story"]
    own = make_image(
        "Our soup kitchen",
        Collection.objects.get(name="Partner uploads"),
        world["users"]["partner A"],
    )
    response = save_draft(partner_a_client, story, story_form(story, hero_image=own.pk))
    assert response.status_code == 302
    assert latest(story).hero_image_id == own.pk


def test_partner_cannot_link_to_an_unpublished_page(partner_a_client, world):
    story = world["story"]
    hidden = world["story_b"]
    body = streamfield(
        [("paragraph", rich_text(f'<p><a linktype="page" id="{hidden.pk}">see</a></p>'))]
    )
    response = save_draft(partner_a_client, story, story_form(story, body=body))
    assert response.status_code == 200
    assert not mentions(parse(response), hidden.title)
    assert f'id="{hidden.pk}"' not in str(latest(story).body.raw_data)


def test_partner_cannot_link_to_a_document(partner_a_client, world):
    """A story's text takes no document links (the feature is off), so a document id posted in
    it is dropped; nor can a partner open the document chooser."""
    from django.core.files.base import ContentFile

    from wagtail.documents import get_document_model

    story = world["story"]
    document = get_document_model().objects.create(
        title="Staff budget for the campaign",
        file=ContentFile(b"budget", name="budget.txt"),
        uploaded_by_user=world["users"]["administrator"],
    )
    body = streamfield(
        [("paragraph", rich_text(f'<p><a linktype="document" id="{document.pk}">budget</a></p>'))]
    )
    save_draft(partner_a_client, story, story_form(story, body=body))
    assert 'linktype="document"' not in str(latest(story).body.raw_data)
    chooser = partner_a_client.get(reverse("wagtaildocs_chooser:choose"))
    assert chooser.status_code == 403
    assert not mentions(parse(chooser), document.title)


def test_staff_only_fields_are_absent_for_partners(partner_a_client, world):
    story = world["story"]
    page = partner_a_client.get(reverse("wagtailadmin_pages:edit", args=[story.pk]))
    doc = parse(page)
    for name in (
        "partner",
        "featured",
        "date_published",
        "hide_from_search_engines",
        "slug",
        "listing_image",
        "social_image",
    ):
        assert doc.find(attrs={"name": name}) is None, name
    other_image = make_image("Somebody else's")
    response = save_draft(
        partner_a_client,
        story,
        story_form(
            story,
            partner=world["partner_b"].pk,
            featured="on",
            date_published="2001-01-01",
            hide_from_search_engines="on",
            slug="taken-over",
            listing_image=other_image.pk,
        ),
    )
    assert response.status_code == 302
    saved = latest(story)
    assert saved.partner_id == world["partner_a"].pk
    assert not saved.featured
    assert str(saved.date_published) != "2001-01-01"
    assert not saved.hide_from_search_engines
    assert saved.slug == story.slug
    assert saved.listing_image_id is None


def test_partner_cannot_add_pages_anywhere(partner_a_client, world):
    index = StoryIndexPage.objects.first()
    url = reverse("wagtailadmin_pages:add", args=["stories", "storypage", index.pk])
    response = partner_a_client.post(url, story_form(world["story"], title="New"))
    assert response.status_code == 403
    assert not StoryPage.objects.filter(title="New").exists()


def test_partner_cannot_publish_its_story(partner_a_client, world):
    story = world["story"]
    data = story_form(story)
    data["action-publish"] = "action-publish"
    partner_a_client.post(reverse("wagtailadmin_pages:edit", args=[story.pk]), data)
    assert not StoryPage.objects.get(pk=story.pk).live


def test_partner_profile_only_description_logo_website(partner_a_client, world):
    partner = world["partner_a"]
    doc = parse(partner_a_client.get(reverse("wagtailadmin_pages:edit", args=[partner.pk])))
    for name in ("title", "category", "role", "contact_email", "slug", "countries"):
        assert doc.find(attrs={"name": name}) is None, name
    for name in ("description", "website", "logo"):
        assert doc.find(attrs={"name": name}) is not None, name
    data = nested_form_data(
        {
            "description": rich_text("<p>We cook.</p>"),
            "website": "https://example.org/",
            "logo": "",
            "title": "Taken over",
            "contact_email": "x@example.org",
        }
    )
    data["action-submit"] = "action-submit"
    response = partner_a_client.post(reverse("wagtailadmin_pages:edit", args=[partner.pk]), data)
    assert response.status_code == 302
    partner.refresh_from_db()
    assert partner.title != "Taken over" and partner.website != "https://example.org/"
    draft = partner.get_latest_revision_as_object()
    assert draft.website == "https://example.org/" and draft.title != "Taken over"
    assert draft.contact_email != "x@example.org"
    state = WorkflowState.objects.get(object_id=str(partner.pk), status="in_progress")
    assert state.workflow.name == "Partner profile review"
