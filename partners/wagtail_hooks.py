"""The partners' admin: partner pages to list, filter and export; categories; memberships."""

import django_filters
from django_countries import countries

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from itac.exports import FormulaSafePageIndexView, FormulaSafeSnippetIndexView

from .directory import country_q
from .models import PartnerCategory, PartnerMembership, PartnerPage, PartnerRole


class PartnerPageFilterSet(PageFilterSet):
    category = django_filters.ModelChoiceFilter(
        label=_("Category"), queryset=PartnerCategory.objects.select_related("locale")
    )
    role = django_filters.ChoiceFilter(label=_("Role"), choices=PartnerRole.choices)
    country = django_filters.ChoiceFilter(
        label=_("Country"), choices=list(countries), method="filter_country"
    )

    class Meta:
        model = PartnerPage
        fields = []

    def filter_country(self, queryset, name, value):
        return queryset.filter(country_q(value)) if value else queryset


class PartnerPagesMenuItem(MenuItem):
    """Shown only to those who may work on partner pages (never to partner accounts)."""

    def is_shown(self, request):
        pages = PagePermissionPolicy().instances_user_has_any_permission_for(
            request.user, ["add", "change", "publish"]
        )
        return pages.type(PartnerPage).exists()


class PartnerPageListingViewSet(PageListingViewSet):
    """Every partner page in one flat list editors can filter and export as CSV."""

    model = PartnerPage
    name = "partner_pages"
    menu_label = _("Partner pages")
    menu_icon = "group"
    icon = "group"
    filterset_class = PartnerPageFilterSet
    menu_item_class = PartnerPagesMenuItem
    columns = [
        *PageListingViewSet.columns,
        Column("category", label=_("Category"), sort_key="category__name"),
        Column("role", label=_("Role"), accessor="get_role_display", sort_key="role"),
        Column("country_names", label=_("Countries")),
    ]
    index_view_class = FormulaSafePageIndexView  # CSV cells never run as formulas
    list_export = [
        "title",
        "category",
        "tag",
        "role",
        "role_summary",
        "country_names",
        "cities",
        "website",
        "contact_email",
        "live",
        "full_url",
    ]
    export_headings = {
        "title": _("Name"),
        "category": _("Category"),
        "tag": _("Short tag"),
        "role": _("Role"),
        "role_summary": _("One-line role"),
        "country_names": _("Countries"),
        "cities": _("Cities"),
        "website": _("Website"),
        "contact_email": _("Contact email"),
        "live": _("Published"),
        "full_url": _("Address"),
    }
    export_filename = "partners"


class PartnerCategoryViewSet(SnippetViewSet):
    """Categories in the directory's order (drag to reorder); translatable like pages."""

    model = PartnerCategory
    menu_label = _("Categories")
    icon = "tag"
    menu_item_is_registered = True  # in the Partners menu, not under Snippets
    sort_order_field = "sort_order"
    ordering = ["sort_order", "name"]
    list_display = ["name", "slug"]
    search_fields = ["name"]


class PartnerMembershipViewSet(SnippetViewSet):
    """Which user accounts act for which partner; only administrators may change this.

    Kept out of the partner page (no InlinePanel) so that who-may-act-for-whom is never part
    of a page draft or revision, and only users with the membership permissions see it.
    """

    model = PartnerMembership
    menu_label = _("Partner accounts")
    icon = "user"
    menu_item_is_registered = True
    list_display = ["user", "partner"]
    list_filter = ["partner"]
    index_view_class = FormulaSafeSnippetIndexView  # CSV cells never run as formulas
    list_export = ["user", "user.email", "partner"]
    export_headings = {"user": _("Account"), "user.email": _("Email"), "partner": _("Partner")}
    export_filename = "partner-accounts"

    def get_queryset(self, request):
        return PartnerMembership.objects.select_related("user", "partner")


class PartnersViewSetGroup(ViewSetGroup):
    menu_label = _("Partners")
    menu_icon = "group"
    menu_order = 210
    items = (PartnerPageListingViewSet, PartnerCategoryViewSet, PartnerMembershipViewSet)


register_snippet(PartnersViewSetGroup)


@hooks.register("register_admin_urls")
def let_partners_open_their_own_pages_screens():
    """Registered as the admin's URLs load, after Wagtail registered its own page policy."""
    from wagtail.models import Page
    from wagtail.permissions import register_permission_policy

    from .permissions import PartnerAwarePagePolicy

    register_permission_policy(Page, PartnerAwarePagePolicy(Page))
    return []


@hooks.register("insert_global_admin_css")
def partner_admin_css():
    from django.templatetags.static import static
    from django.utils.html import format_html

    return format_html('<link rel="stylesheet" href="{}">', static("partners/admin.css"))
