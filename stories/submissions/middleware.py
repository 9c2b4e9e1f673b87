"""Keeps partner accounts inside the few admin screens they need."""

from django.core.exceptions import PermissionDenied
from django.urls import Resolver404, resolve

from .permissions import is_partner_only

# Admin views a partner-only account may open; each still checks its own permissions
# (the page editor lets a partner edit only its organisation's unpublished stories).
PARTNER_ADMIN_VIEWS = {
    "wagtailadmin_home",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_account",
    "wagtailadmin_password_reset",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_pages:edit",
    "wagtailadmin_pages:preview_on_edit",
    "wagtailadmin_pages:view_draft",
    "wagtailadmin_pages:workflow_history",
    "wagtailadmin_pages:workflow_history_detail",
    "wagtailadmin_pages:history",
    "wagtailadmin_pages:workflow_status",
    "wagtailadmin_pages:workflow_preview",
}


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
            if view_name not in PARTNER_ADMIN_VIEWS and not view_name.startswith(
                "wagtailadmin_account"
            ):
                raise PermissionDenied
        return self.get_response(request)
