"""The impact dashboard in the Wagtail admin: charts drawn as SVG with their numbers beside
them, for a date range, and the same figures as a CSV file.

Editors, moderators and administrators see it; partner accounts do not.
"""

import csv
import datetime

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from partners.permissions import STAFF_GROUPS
from reach.dashboard import DateRange, impact_figures
from reach.maps import world_map

DEFAULT_WEEKS = 12
MAX_DAYS = 366 * 3
CHART_WIDTH = 480
BAR_HEIGHT = 22


def can_see_impact(user):
    """Editors, moderators and administrators (the staff roles of stories.submissions)."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name__in=STAFF_GROUPS).exists()


class PeriodForm(forms.Form):
    start = forms.DateField(
        label=gettext_lazy("From"), widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(label=gettext_lazy("To"), widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end:
            if end < start:
                raise forms.ValidationError(_("The end date must not be before the start date."))
            if (end - start).days > MAX_DAYS:
                raise forms.ValidationError(_("Choose a period of three years at most."))
        return cleaned


def default_period():
    today = timezone.localdate()
    return DateRange(today - datetime.timedelta(weeks=DEFAULT_WEEKS) + datetime.timedelta(1), today)


def bar_chart(rows):
    """Horizontal bars for [(label, number)]: coordinates for an SVG, widest = largest."""
    largest = max((n for _label, n in rows), default=0) or 1
    bars = [
        {
            "label": label,
            "value": n,
            "y": index * BAR_HEIGHT,
            "width": round(n / largest * (CHART_WIDTH - 200)),
        }
        for index, (label, n) in enumerate(rows)
    ]
    return {"bars": bars, "height": max(1, len(rows)) * BAR_HEIGHT, "width": CHART_WIDTH}


def column_chart(rows):
    """Vertical bars for [(week, number)]: one column per week."""
    height = 160
    largest = max((n for _week, n in rows), default=0) or 1
    step = CHART_WIDTH / max(1, len(rows))
    columns = []
    for index, (week, n) in enumerate(rows):
        bar = round(n / largest * (height - 20))
        columns.append(
            {
                "label": week,
                "value": n,
                "x": round(index * step + 2, 1),
                "y": height - bar,
                "width": round(max(1, step - 4), 1),
                "height": bar,
            }
        )
    return {"columns": columns, "height": height, "width": CHART_WIDTH}


def safe_cell(value):
    """A CSV cell a spreadsheet shows as text: a leading =, +, -, @, tab or return is quoted
    (formula injection). Local guard until the shared CSV helper lands."""
    text = str(value)
    if text and text[0] in "=+-@\t\r":
        return "'" + text
    return text


def csv_rows(figures):
    """Every figure as (section, label, number) rows."""
    received = figures["received"]
    yield (_("Pledges"), _("Total"), figures["pledges_total"])
    for week, n in figures["pledges_per_week"]:
        yield (_("Pledges per week"), week.isoformat(), n)
    for country, n in figures["pledges_by_country"]:
        yield (_("Pledges by country"), country, n)
    for week, counts in received["rows"]:
        for source, n in zip(received["sources"], counts, strict=True):
            yield (_("Stories received per week") + f" ({source})", week.isoformat(), n)
    for source, n in zip(received["sources"], received["totals"], strict=True):
        yield (_("Stories received by source"), source, n)
    for status, n in figures["by_status"]:
        yield (_("Stories received by status"), status, n)
    backlog = figures["backlog"]
    yield (_("Moderation backlog"), _("Waiting for a decision"), backlog["waiting"])
    yield (_("Moderation backlog"), _("Oldest (days)"), backlog["oldest_days"] or "")
    for label, n in backlog["ages"]:
        yield (_("Moderation backlog"), label, n)
    yield (_("Moderation"), _("Median days to a decision"), figures["median_days"] or "")
    published = figures["published"]
    yield (_("Published stories"), _("Total"), published["total"])
    for theme, n in published["by_theme"]:
        yield (_("Published stories by theme"), theme, n)
    for language, n in published["by_language"]:
        yield (_("Published stories by language"), language, n)
    for country, n in published["by_country"]:
        yield (_("Published stories by country"), country, n)


def csv_response(figures):
    period = figures["period"]
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    name = f"itac-impact-{period.start.isoformat()}-{period.end.isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    writer = csv.writer(response)
    writer.writerow([_("Figure"), _("Item"), _("Number")])
    for row in csv_rows(figures):
        writer.writerow([safe_cell(cell) for cell in row])
    return response


def impact_dashboard(request):
    if not can_see_impact(request.user):
        raise PermissionDenied
    period = default_period()
    if "start" in request.GET or "end" in request.GET:
        form = PeriodForm(request.GET)
        if form.is_valid():
            period = DateRange(form.cleaned_data["start"], form.cleaned_data["end"])
    else:
        form = PeriodForm(initial={"start": period.start, "end": period.end})
    figures = impact_figures(period)
    # A CSV of a period the form refused would not be what was asked for: show the errors.
    if request.GET.get("format") == "csv" and not (form.is_bound and form.errors):
        return csv_response(figures)
    received = figures["received"]
    published = figures["published"]

    def describe_pledges(name, count):
        return f"{name}: {count}"

    context = {
        "form": form,
        "figures": figures,
        "period": period,
        "csv_query": f"start={period.start.isoformat()}&end={period.end.isoformat()}&format=csv",
        "pledge_weeks_chart": column_chart(figures["pledges_per_week"]),
        "pledge_country_chart": bar_chart(figures["pledges_by_country"][:15]),
        "pledge_map": world_map(figures["pledge_country_counts"], describe_pledges),
        "received_chart": column_chart([(week, sum(counts)) for week, counts in received["rows"]]),
        "received_sources_chart": bar_chart(
            list(zip(received["sources"], received["totals"], strict=True))
        ),
        "status_chart": bar_chart(figures["by_status"]),
        "backlog_chart": bar_chart(figures["backlog"]["ages"]),
        "theme_chart": bar_chart(published["by_theme"]),
        "language_chart": bar_chart(published["by_language"]),
        "country_chart": bar_chart(published["by_country"][:15]),
        "header_title": _("Impact"),
    }
    return TemplateResponse(request, "reach/admin/impact.html", context)
