"""Keeps partner accounts inside the few admin screens they need."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.urls import Resolver404, resolve
from django.utils.translation import gettext as _

from partners.permissions import READING_PAGE

from .permissions import is_partner_only, partner_account

# Admin views a partner-only account may open; each still checks its own permissions.
PARTNER_ADMIN_VIEWS = {
    "wagtailadmin_home",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_account",
    "wagtailadmin_password_reset",
    "wagtailadmin_javascript_catalog",
    "wagtail_localize:javascript_catalog",
    "wagtailadmin_sprite",
    # Two-step sign-in: optional for partners, and they may set it up.
    "itac_two_factor_verify",
    "itac_two_factor_setup",
    # Choosers: images are limited to the organisation's own uploads and pages to published
    # ones (wagtail_hooks.py), and the page forms refuse anything else posted by id.
    "wagtailimages_chooser:choose",
    "wagtailimages_chooser:choose_results",
    "wagtailimages_chooser:chosen",
    "wagtailimages_chooser:create",
    "wagtailimages_chooser:select_format",
    "wagtailadmin_choose_page",
    "wagtailadmin_choose_page_child",
    "wagtailadmin_choose_page_search",
    "wagtailadmin_choose_page_external_link",
    "wagtailadmin_choose_page_email_link",
    "wagtailadmin_choose_page_phone_link",
    "wagtailadmin_choose_page_anchor_link",
    # Leaving the editor ends the account's own editing session (Wagtail deletes only the
    # user's own).
    "wagtailadmin_editing_sessions:release",
}
# Screens that only show one page: a partner reads its own page's history, revisions and
# review in every state (waiting for review too, when it may not edit it).
PARTNER_READING_VIEWS = {
    "wagtailadmin_pages:view_draft",
    "wagtailadmin_pages:history",
    "wagtailadmin_pages:history_results",
    "wagtailadmin_pages:revisions_view",
    "wagtailadmin_pages:revisions_compare",
    "wagtailadmin_pages:workflow_history",
    "wagtailadmin_pages:workflow_history_detail",
}
# The editor's screens: on its own page that it may not edit now (a story waiting for
# review), a partner is shown the page's history with a word of why, not a 403.
PARTNER_EDITING_VIEWS = {"wagtailadmin_pages:edit", "wagtailadmin_pages:revisions_revert"}
# Views of one page: only of the partner's own stories and profile (anything else answers 404,
# so that not even the page's existence or title shows).
PARTNER_PAGE_VIEWS = (
    PARTNER_READING_VIEWS
    | PARTNER_EDITING_VIEWS
    | {
        "wagtailadmin_pages:preview_on_edit",
        "wagtailadmin_pages:workflow_preview",
        # The editor's "who else is editing" ping, for the page being edited.
        "wagtailadmin_editing_sessions:ping",
    }
)


def partners_own_page(partner, page_id):
    from partners.models import PartnerPage
    from stories.models import StoryPage

    if partner is None:
        return False
    if StoryPage.objects.filter(pk=page_id, partner=partner).exists():
        return True
    return PartnerPage.objects.filter(pk=page_id, translation_key=partner.translation_key).exists()


def may_edit_now(request, page_id):
    from wagtail.models import Page

    page = Page.objects.get(pk=page_id).specific
    return page.permissions_for_user(request.user).can_edit()


def page_object_id(kwargs):
    """The page id an editing-session ping names (None for any other kind of object)."""
    if (kwargs.get("app_label"), kwargs.get("model_name")) == ("wagtailcore", "page"):
        object_id = kwargs.get("object_id", "")
        return object_id if object_id.isdigit() else None
    return None


class PartnerAdminGate:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith("/admin/") and is_partner_only(request.user):
            try:
                match = resolve(request.path_info)
            except Resolver404:
                match = None
            view_name = match.view_name if match else ""
            if view_name in PARTNER_PAGE_VIEWS:
                page_id = (
                    match.kwargs.get("page_id")
                    or match.kwargs.get("pk")
                    or page_object_id(match.kwargs)
                )
                if not partners_own_page(partner_account(request.user), page_id):
                    raise Http404
                page_id = int(page_id)
                if view_name in PARTNER_READING_VIEWS and request.method in ("GET", "HEAD"):
                    # Read by PartnerOnlyTester, for this request's user object only.
                    setattr(request.user, READING_PAGE, page_id)
                elif view_name in PARTNER_EDITING_VIEWS and not may_edit_now(request, page_id):
                    messages.info(
                        request,
                        _(
                            "You can change a story only when a moderator asks for changes. "
                            "Here is where it stands."
                        ),
                    )
                    return redirect("wagtailadmin_pages:history", page_id)
            elif view_name not in PARTNER_ADMIN_VIEWS and not view_name.startswith(
                "wagtailadmin_account"
            ):
                raise PermissionDenied
        return self.get_response(request)
