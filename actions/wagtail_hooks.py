import django_filters
from django_countries import countries

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from itac.exports import FormulaSafeSnippetIndexView
from itac.sections import HOME_PAGE_SECTIONS, PLEDGE_FIGURES_SECTIONS

from .models import PledgePage, PledgeSignature, SignerType


class PledgeSignatureFilterSet(WagtailFilterSet):
    pledge = django_filters.ModelChoiceFilter(
        label=_("Pledge"), queryset=PledgePage.objects.order_by("title")
    )
    signer_type = django_filters.ChoiceFilter(label=_("Signing as"), choices=SignerType.choices)
    country = django_filters.ChoiceFilter(label=_("Country"), choices=countries)
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Signed between"), widget=DateRangePickerWidget
    )

    class Meta:
        model = PledgeSignature
        fields = ["pledge", "signer_type", "country", "created_at"]


class SignaturePermissionPolicy(ModelPermissionPolicy):
    """Signatures come only from the public form: nobody adds or copies one in the admin."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a != "add"])


class PledgeSignatureViewSet(SnippetViewSet):
    """Signatures for editors: filter, export as CSV, hide a name or remove a signature.

    Emails appear here and in the export only, never on the public site.
    """

    model = PledgeSignature
    icon = "form"
    menu_label = _("Pledge signatures")
    add_to_admin_menu = True
    menu_order = 300
    filterset_class = PledgeSignatureFilterSet
    list_display = [
        "__str__",
        "signer_type",
        "country",
        "pledge",
        "email",
        "show_in_public_list",
        "created_at",
    ]
    index_view_class = FormulaSafeSnippetIndexView  # CSV cells never run as formulas
    list_export = [
        "created_at",
        "display_name",
        "signer_type",
        "country",
        "pledge",
        "email",
        "email_updates",
        "show_in_public_list",
        "language",
    ]
    export_filename = "pledge-signatures"
    list_per_page = 50
    ordering = ["-created_at", "-pk"]
    inspect_view_enabled = True
    copy_view_enabled = False

    def get_queryset(self, request):
        return PledgeSignature.objects.select_related("pledge")


register_permission_policy(PledgeSignature, SignaturePermissionPolicy(PledgeSignature))
register_snippet(PledgeSignatureViewSet)


@hooks.register(HOME_PAGE_SECTIONS, order=20)
def pledge_counter_on_the_home_page():
    return "actions/sections/home_pledge_counter.html"


@hooks.register(PLEDGE_FIGURES_SECTIONS, order=10)
def pledge_figures_in_a_content_page():
    return "actions/sections/pledge_figures.html"
