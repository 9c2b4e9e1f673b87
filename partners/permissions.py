"""Partner accounts are outsiders with an admin login: they act for their organisation alone.

A partner-only account (group Partners, no staff role) may edit its organisation's profile
(which an editor approves before it goes live) and, in stories/submissions, its organisation's
stories when a moderator asked for changes. Everything it references by id in a page form
(images, documents, pages) must be its own organisation's or already on that page.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page, PagePermissionTester, ReferenceIndex
from wagtail.permission_policies.pages import PagePermissionPolicy

STAFF_GROUPS = {"Editors", "Moderators"}
# Set on a partner account's user object by the PartnerAdminGate for the one request that
# reads its own page's history, revisions or review (stories/submissions/middleware.py): the
# id of that page. Wagtail opens those screens only to who may edit or publish the page.
READING_PAGE = "_itac_reading_page"


def partner_account(user):
    """For a partner-only account (group Partners, no staff role): its organisation or None.

    For everyone else: False. Worked out once per user object.
    """
    if not user.is_authenticated or user.is_superuser:
        return False
    if not hasattr(user, "_itac_partner_account"):
        groups = set(user.groups.values_list("name", flat=True))
        result = False
        if "Partners" in groups and not groups & STAFF_GROUPS:
            from .models import PartnerMembership

            membership = PartnerMembership.objects.filter(user=user).select_related("partner")
            result = next((m.partner for m in membership), None)
        user._itac_partner_account = result
    return user._itac_partner_account


def is_partner_only(user):
    return partner_account(user) is not False


def organisation_users(partner):
    from .models import PartnerMembership

    return PartnerMembership.objects.filter(partner=partner).values("user_id")


def same_organisation(page, partner):
    """The partner's own page, in any language."""
    return bool(partner) and page.translation_key == partner.translation_key


class PartnerOnlyTester(PagePermissionTester):
    """Staff keep Wagtail's tree permissions; a partner account gets only what `partner_may_edit`
    allows: edit, submit for review, see its history and preview. Never publish, move, delete."""

    def __init__(self, user, page):
        super().__init__(user, page)
        self.partner = partner_account(user)
        self.partner_only = self.partner is not False
        self.partner_may_edit = bool(self.partner_only and self.user.is_active) and (
            self.partner_may_edit_page()
        )

    def partner_may_edit_page(self):
        return False

    def can_edit(self):
        if self.partner_only:
            return self.partner_may_edit or self.reading_own_page()
        return super().can_edit()

    def reading_own_page(self):
        """True on the request that only reads this page (history, revisions, review),
        which the PartnerAdminGate let through as the partner's own page."""
        return bool(self.user.is_active) and getattr(self.user, READING_PAGE, None) == self.page.pk

    def can_submit_for_moderation(self):
        if self.partner_only:
            return self.partner_may_edit
        return super().can_submit_for_moderation()

    def can_view_revisions(self):
        if self.partner_only:
            return self.partner_may_edit
        return super().can_view_revisions()

    def _staff_only(name):
        def check(self, *args, **kwargs):
            if self.partner_only:
                return False
            return getattr(PagePermissionTester, name)(self, *args, **kwargs)

        check.__name__ = name
        return check

    can_delete = _staff_only("can_delete")
    can_publish = _staff_only("can_publish")
    can_unpublish = _staff_only("can_unpublish")
    can_lock = _staff_only("can_lock")
    can_unlock = _staff_only("can_unlock")
    can_copy = _staff_only("can_copy")
    can_move = _staff_only("can_move")
    can_add_subpage = _staff_only("can_add_subpage")
    can_set_view_restrictions = _staff_only("can_set_view_restrictions")
    can_unschedule = _staff_only("can_unschedule")
    can_publish_subpage = _staff_only("can_publish_subpage")
    can_reorder_children = _staff_only("can_reorder_children")
    can_copy_to = _staff_only("can_copy_to")
    can_move_to = _staff_only("can_move_to")
    del _staff_only


class PartnerProfileTester(PartnerOnlyTester):
    """A partner account edits its own organisation's profile; an editor publishes it."""

    def partner_may_edit_page(self):
        return same_organisation(self.page, self.partner)


class PartnerReferencesForm(WagtailAdminPageForm):
    """Page form that refuses, from a partner account, any image, document or page it posted by
    id that is neither its organisation's own upload, nor a public page, nor already there."""

    OWN_UPLOAD_MODELS = ("wagtailimages.image", "wagtaildocs.document")

    def _post_clean(self):
        super()._post_clean()
        partner = partner_account(self.for_user) if self.for_user else False
        if partner is False:
            return
        if partner is None or not self.references_are_the_partners(partner):
            self.add_error(
                None,
                ValidationError(
                    _(
                        "You can only use images and documents your organisation uploaded, "
                        "and links to published pages."
                    ),
                    code="not_yours",
                ),
            )

    def references_are_the_partners(self, partner):
        from django.contrib.contenttypes.models import ContentType

        before = set()
        if self.instance.pk:
            stored = Page.objects.get(pk=self.instance.pk).specific
            revision = stored.get_latest_revision_as_object()
            for item in (stored, revision):
                before |= {
                    (c, o) for c, o, _m, _p in ReferenceIndex._extract_references_from_object(item)
                }
        for (
            content_type_id,
            object_id,
            model_path,
            _path,
        ) in ReferenceIndex._extract_references_from_object(self.instance):
            if model_path.split(".")[0] not in self.fields:
                continue  # not something the form took from the partner
            if (content_type_id, object_id) in before:
                continue
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            label = model._meta.label_lower
            if label in self.OWN_UPLOAD_MODELS:
                owned = model.objects.filter(
                    pk=object_id, uploaded_by_user__in=organisation_users(partner)
                )
                if owned.exists():
                    continue
            elif issubclass(model, Page) and Page.objects.live().filter(pk=object_id).exists():
                continue
            return False
        return True


class PartnerAwarePagePolicy(PagePermissionPolicy):
    """Wagtail's page policy, except that a partner account counts as able to change pages in
    general, so the screens of one page it may edit (history, revisions) open; each page is
    still checked by its own tester (PartnerOnlyTester) and the PartnerAdminGate."""

    def user_has_any_permission(self, user, actions):
        if "change" in actions and partner_account(user):
            return True
        return super().user_has_any_permission(user, actions)
