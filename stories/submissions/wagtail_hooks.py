from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from itac.exports import FormulaSafeSnippetIndexView
from stories.models import StoryPage

from .admin_views import ERASE_PERMISSION, erase_story_view
from .models import RemovalRequest, StorySubmission
from .permissions import partner_account


class StorySubmissionViewSet(SnippetViewSet):
    """The moderators' queue of private records (Editors and Partners have no access)."""

    model = StorySubmission
    icon = "mail"
    menu_label = _("Submissions")
    add_to_admin_menu = False
    inspect_view_enabled = True
    list_display = ["story", "status", "partner", "submitted_at", "consent_contact"]
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
        "status",
        "relationship",
        "contact_email",
        "consent_publish_story",
        "consent_publish_photo",
        "consent_contact",
        "consent_version",
        "consent_language",
        "consented_at",
        "consent_text",
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
    """A partner account's dashboard: its organisation's stories, to edit while unpublished."""

    order = 50
    template_name = "story_submissions/admin/partner_stories_panel.html"

    def __init__(self, partner):
        self.partner = partner

    def get_context_data(self, parent_context):
        stories = StoryPage.objects.filter(partner=self.partner).order_by(
            "-latest_revision_created_at"
        )
        return {"partner": self.partner, "stories": stories[:50]}


@hooks.register("construct_homepage_panels")
def add_partner_stories_panel(request, panels):
    partner = partner_account(request.user)
    if partner is False:
        return
    # A partner account sees only its own organisation's work on its dashboard.
    panels[:] = [PartnerStoriesPanel(partner)] if partner else []
