"""Least privilege for partner accounts: their organisation's unpublished stories, nothing else."""

from wagtail.models import PagePermissionTester

STAFF_GROUPS = {"Editors", "Moderators"}


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
            from partners.models import PartnerMembership

            membership = PartnerMembership.objects.filter(user=user).select_related("partner")
            result = next((m.partner for m in membership), None)
        user._itac_partner_account = result
    return user._itac_partner_account


def is_partner_only(user):
    return partner_account(user) is not False


class StoryPermissionTester(PagePermissionTester):
    """Staff keep Wagtail's tree permissions; a partner account may only edit (and resubmit)
    its own organisation's stories while they are unpublished, and may do nothing else."""

    def __init__(self, user, page):
        super().__init__(user, page)
        partner = partner_account(user)
        self.partner_only = partner is not False
        self.own_draft = bool(partner and page.partner_id == partner.pk and not page.live)

    def can_edit(self):
        if self.partner_only:
            return self.own_draft and self.user.is_active
        return super().can_edit()

    def can_submit_for_moderation(self):
        if self.partner_only:
            return self.own_draft
        return super().can_submit_for_moderation()

    def can_view_revisions(self):
        if self.partner_only:
            return self.own_draft
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
    del _staff_only
