from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from itac.exports import FormulaSafeSnippetIndexView
from stories.models import StoryPage

from .admin_views import ERASE_PERMISSION, erase_story_view
from .collections import register_private_collection_policies
from .models import RemovalRequest, StorySubmission, SubmissionStatus
from .panels import CONSENT_FIELDS
from .permissions import partner_account


@hooks.register("register_admin_urls")
def close_private_collections():
    """Rights on the root collection stop at the private Submissions collection
    (collections.py). Registered as the admin's URLs load, before any image or document view
    runs, and after wagtail.images has registered its own policy (this module may be imported
    while apps are still getting ready)."""
    register_private_collection_policies()
    return []


class ReadOnlyRecordPolicy(ModelPermissionPolicy):
    """Nobody, administrators included, adds, changes or deletes a private record in the admin:
    it is the proof of the storyteller's consent. Erasing the story removes it whole."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete", "copy"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(StorySubmission, ReadOnlyRecordPolicy(StorySubmission))


class StorySubmissionViewSet(SnippetViewSet):
    """The moderators' records of stories sent in, read-only (Editors and Partners have no
    access)."""

    model = StorySubmission
    icon = "mail"
    menu_label = _("Submissions")
    add_to_admin_menu = False
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["story", "status", "source", "submitted_at", "consent_contact"]
    list_filter = {
        "status": ["exact"],
        "story__country": ["exact"],
        "partner": ["exact"],
        "submitted_at": ["gte", "lte"],
    }
    index_view_class = FormulaSafeSnippetIndexView  # CSV cells never run as formulas
    list_export = ["story", "status", "partner", "submitted_at", "decided_at"]
    search_fields = []
    inspect_view_fields = [
        "story",
        *CONSENT_FIELDS,
        "photo",
        "partner",
        "submitted_by",
        "submitted_at",
        "decided_at",
        "removal_requested_at",
    ]

    def get_queryset(self, request):
        return StorySubmission.objects.select_related("story", "partner")


class RemovalRequestViewSet(SnippetViewSet):
    model = RemovalRequest
    icon = "bin"
    menu_label = _("Removal requests")
    list_display = ["__str__", "submission", "handled", "requested_at"]
    list_filter = ["handled"]
    inspect_view_enabled = True


class StorySubmissionsGroup(SnippetViewSetGroup):
    items = (StorySubmissionViewSet, RemovalRequestViewSet)
    menu_icon = "mail"
    menu_label = _("Story submissions")
    menu_name = "story-submissions"


register_snippet(StorySubmissionsGroup)


@hooks.register("register_admin_urls")
def register_erase_url():
    return [path("erase-story/<int:page_id>/", erase_story_view, name="itac_erase_story")]


@hooks.register("register_page_header_buttons")
def erase_story_button(page, user, view_name=None, next_url=None):
    if issubclass(page.specific_class or object, StoryPage) and user.has_perm(ERASE_PERMISSION):
        yield PageMenuItem(
            _("Erase completely"),
            reverse("itac_erase_story", args=[page.pk]),
            icon_name="bin",
            priority=90,
            page=page,
        )


@hooks.register("register_log_actions")
def register_story_erased_action(actions):
    actions.register_action("itac.story_erased", _("Erase story"), _("A story was erased"))


class PartnerStoriesPanel(Component):
    """A partner account's dashboard: its organisation's stories with where each one stands,
    and its profile."""

    order = 50
    template_name = "story_submissions/admin/partner_stories_panel.html"

    def __init__(self, partner):
        self.partner = partner

    def get_context_data(self, parent_context):
        stories = list(
            StoryPage.objects.filter(partner=self.partner)
            .select_related("submission")
            .order_by("-latest_revision_created_at")[:50]
        )
        return {
            "partner": self.partner,
            "rows": [partner_story_row(story) for story in stories],
        }


def partner_story_row(story):
    """What a partner sees of one story: its real status, the moderator's comment when changes
    were asked for, the link and date once published."""
    from wagtail.models import TaskState

    submission = getattr(story, "submission", None)
    status = submission.status if submission else None
    if story.live:
        status = SubmissionStatus.PUBLISHED
    row = {
        "story": story,
        "status": SubmissionStatus(status).label if status else _("Draft"),
        "status_code": status or "draft",
        "may_edit": status == SubmissionStatus.CHANGES_REQUESTED and not story.live,
        "comment": "",
        "url": story.url if story.live else "",
        "published_on": story.last_published_at if story.live else None,
    }
    if status == SubmissionStatus.CHANGES_REQUESTED:
        rejected = (
            TaskState.objects.filter(
                workflow_state__object_id=str(story.pk), status=TaskState.STATUS_REJECTED
            )
            .order_by("-finished_at")
            .first()
        )
        row["comment"] = rejected.get_comment() if rejected else ""
    return row


@hooks.register("construct_homepage_panels")
def add_partner_stories_panel(request, panels):
    partner = partner_account(request.user)
    if partner is False:
        return
    # A partner account sees only its own organisation's work on its dashboard.
    panels[:] = [PartnerStoriesPanel(partner)] if partner else []


@hooks.register("construct_main_menu")
def partners_see_only_their_own_menu(request, menu_items):
    """Partner accounts: the dashboard and their own profile; no link they would be refused."""
    partner = partner_account(request.user)
    if partner is False:
        return
    menu_items[:] = []
    if partner:
        from wagtail.admin.menu import MenuItem

        menu_items.append(
            MenuItem(
                _("Our profile"),
                reverse("wagtailadmin_pages:edit", args=[partner.pk]),
                icon_name="group",
                name="our-profile",
                order=100,
            )
        )


@hooks.register("construct_image_chooser_queryset")
def partners_choose_their_own_images(images, request):
    partner = partner_account(request.user)
    if partner is False:
        return images
    from partners.permissions import organisation_users

    if not partner:
        return images.none()
    return images.filter(uploaded_by_user__in=organisation_users(partner))


@hooks.register("construct_page_chooser_queryset")
def partners_link_to_published_pages(pages, request):
    if partner_account(request.user) is False:
        return pages
    return pages.live()


@hooks.register("construct_page_action_menu")
def one_publish_button_and_no_cancel_for_partners(menu_items, request, context):
    names = {item.name for item in menu_items}
    # A reviewer approves (and so publishes) through the workflow: a second, plain "Publish"
    # beside "Approve and Publish" would skip the review's record.
    if "approve" in names:
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]
    if partner_account(request.user) is not False:
        menu_items[:] = [
            item
            for item in menu_items
            if item.name not in ("action-cancel-workflow", "action-restart-workflow")
        ]
        # Sending the changed story back for review is the partner's main action.
        menu_items.sort(key=lambda item: item.name != "action-submit")


class StoriesToReviewPanel(Component):
    """The moderators' queue on the dashboard: stories sent in and waiting, with their source."""

    order = 90
    template_name = "story_submissions/admin/stories_to_review_panel.html"

    def get_context_data(self, parent_context):
        waiting = (
            StorySubmission.objects.filter(
                status__in=[SubmissionStatus.IN_REVIEW, SubmissionStatus.CHANGES_REQUESTED]
            )
            .select_related("story", "partner")
            .order_by("submitted_at")[:50]
        )
        return {"submissions": waiting}


@hooks.register("construct_homepage_panels")
def add_stories_to_review_panel(request, panels):
    if partner_account(request.user) is False and request.user.has_perm(
        "story_submissions.view_storysubmission"
    ):
        panels.append(StoriesToReviewPanel())


@hooks.register("after_edit_page")
def partners_return_to_their_dashboard(request, page):
    """Wagtail sends an editor back to the page's place in the tree, which a partner account
    may not open: a partner goes back to its dashboard, where the story's status shows."""
    if partner_account(request.user) is not False:
        from django.shortcuts import redirect

        return redirect("wagtailadmin_home")
    return None


@hooks.register("construct_homepage_summary_items", order=1000)
def partners_see_no_site_summary(request, summary_items):
    """The counts of pages, images and documents are the campaign's, not a partner's. (Runs
    after Wagtail's own hook has added them.)"""
    if partner_account(request.user) is not False:
        summary_items[:] = []
