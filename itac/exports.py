"""Spreadsheet exports that cannot run formulas: one helper for every CSV the admin exports.

Staff open the exports (pledges, stories, partners, submissions, partner accounts) in a
spreadsheet, where a cell beginning with = + - @ (or a tab or carriage return before one) is
run as a formula: `=HYPERLINK("http://evil.example","x")` typed into a public form would
become a live link. OWASP's rule: such a cell starts with a single quote, shown as text.
"""

from decimal import Decimal

from wagtail.admin.views.pages.listing import IndexView as PageIndexView
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    """A CSV cell that a spreadsheet shows as text; numbers and everything else unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


class FormulaSafeExportMixin:
    """For Wagtail listing views with `list_export`: every CSV cell goes through the helper.

    (XLSX needs nothing: Wagtail already stores formula-like cells there as text.)
    """

    def preprocess_field_value(self, field, value, export_format):
        processed = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV and not isinstance(value, int | float | Decimal):
            return neutralise_formula(processed)
        return processed


class FormulaSafeSnippetIndexView(FormulaSafeExportMixin, SnippetIndexView):
    """`index_view_class` of every `SnippetViewSet` that exports."""


class FormulaSafePageIndexView(FormulaSafeExportMixin, PageIndexView):
    """`index_view_class` of every `PageListingViewSet` that exports."""
