"""The impact dashboard's figures: what the campaign achieved over a date range.

Every figure is one aggregate query (GROUP BY in the database); nothing loops over rows in
Python, so the cost stays flat with 100,000 stories and pledges (bench/dashboard.py).
"""

import datetime
from dataclasses import dataclass

from django_countries import countries

from django.db.models import Count, DurationField, ExpressionWrapper, F, Min, Q
from django.db.models.functions import TruncWeek
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from actions.models import PledgeSignature
from stories.models import StoryPage, Theme, story_language_choices
from stories.submissions.models import StorySubmission, SubmissionStatus

WAITING = [SubmissionStatus.IN_REVIEW, SubmissionStatus.CHANGES_REQUESTED]
DECIDED = [SubmissionStatus.PUBLISHED, SubmissionStatus.REJECTED]
# Ages of the stories waiting for a decision: (label, lower bound in days, upper bound or None).
BACKLOG_AGES = [
    (gettext_lazy("under 2 days"), 0, 2),
    (gettext_lazy("2 to 7 days"), 2, 7),
    (gettext_lazy("7 to 30 days"), 7, 30),
    (gettext_lazy("over 30 days"), 30, None),
]


@dataclass
class DateRange:
    """Whole days from `start` to `end`, both included (UTC)."""

    start: datetime.date
    end: datetime.date

    @property
    def since(self):
        return datetime.datetime.combine(self.start, datetime.time.min, tzinfo=datetime.UTC)

    @property
    def until(self):
        """The first moment after the range."""
        next_day = self.end + datetime.timedelta(days=1)
        return datetime.datetime.combine(next_day, datetime.time.min, tzinfo=datetime.UTC)

    def weeks(self):
        """The Mondays of the weeks the range touches, in order."""
        monday = self.start - datetime.timedelta(days=self.start.weekday())
        weeks = []
        while monday <= self.end:
            weeks.append(monday)
            monday += datetime.timedelta(days=7)
        return weeks


def as_date(value):
    return value.date() if isinstance(value, datetime.datetime) else value


def pledges_per_week(period):
    rows = (
        PledgeSignature.objects.filter(created_at__gte=period.since, created_at__lt=period.until)
        .annotate(week=TruncWeek("created_at"))
        .values_list("week")
        .annotate(pledges=Count("pk"))
        .order_by()
    )
    by_week = {as_date(week): pledges for week, pledges in rows}
    return [(week, by_week.get(week, 0)) for week in period.weeks()]


def pledges_by_country(period):
    rows = (
        PledgeSignature.objects.filter(created_at__gte=period.since, created_at__lt=period.until)
        .values_list("country")
        .annotate(pledges=Count("pk"))
        .order_by()
    )
    return sorted_counts(dict(rows))


def sorted_counts(counts):
    """{code: n} as [(code, n)], highest first, then by code."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def stories_received(period):
    """Stories received per week by source: the public form, each partner, and staff.

    A story sent through the form counts when it was sent; a story staff wrote counts when it
    was first published, once however many languages it is in.
    """
    submitted = (
        StorySubmission.objects.filter(
            submitted_at__gte=period.since, submitted_at__lt=period.until
        )
        .annotate(week=TruncWeek("submitted_at"))
        .values_list("week", "partner__title")
        .annotate(stories=Count("pk"))
        .order_by()
    )
    staff = (
        StoryPage.objects.filter(
            submission__isnull=True,
            first_published_at__gte=period.since,
            first_published_at__lt=period.until,
        )
        .exclude(translation_key__in=StorySubmission.objects.values("story__translation_key"))
        .annotate(week=TruncWeek("first_published_at"))
        .values_list("week")
        .annotate(stories=Count("translation_key", distinct=True))
        .order_by()
    )
    public_label, staff_label = _("Public form"), _("Staff")
    cells = {}
    for week, partner, stories in submitted:
        source = partner or public_label
        cells[(as_date(week), source)] = cells.get((as_date(week), source), 0) + stories
    for week, stories in staff:
        cells[(as_date(week), staff_label)] = stories
    partners = sorted({source for _week, source in cells} - {public_label, staff_label})
    sources = [public_label, *partners, staff_label]
    weeks = period.weeks()
    rows = [(week, [cells.get((week, source), 0) for source in sources]) for week in weeks]
    totals = [sum(cells.get((week, source), 0) for week in weeks) for source in sources]
    return {"sources": sources, "rows": rows, "totals": totals}


def submissions_by_status(period):
    rows = (
        StorySubmission.objects.filter(
            submitted_at__gte=period.since, submitted_at__lt=period.until
        )
        .values_list("status")
        .annotate(stories=Count("pk"))
        .order_by()
    )
    counts = dict(rows)
    return [(label, counts.get(value, 0)) for value, label in SubmissionStatus.choices]


def moderation_backlog(now=None):
    """Stories waiting for a decision now: how many, how old, and the oldest one's age."""
    now = now or timezone.now()
    buckets = {}
    for number, (_label, low, high) in enumerate(BACKLOG_AGES):
        condition = Q(submitted_at__lte=now - datetime.timedelta(days=low))
        if high is not None:
            condition &= Q(submitted_at__gt=now - datetime.timedelta(days=high))
        buckets[f"age{number}"] = Count("pk", filter=condition)
    figures = StorySubmission.objects.filter(status__in=WAITING).aggregate(
        waiting=Count("pk"), oldest=Min("submitted_at"), **buckets
    )
    oldest = figures.pop("oldest")
    waiting = figures.pop("waiting")
    return {
        "waiting": waiting,
        "oldest_days": (now - oldest).days if oldest else None,
        "ages": [
            (str(label), figures[f"age{number}"])
            for number, (label, _low, _high) in enumerate(BACKLOG_AGES)
        ],
    }


def median_days_to_decision(period):
    """Median time from sending to publication or rejection, for decisions in the range.

    The database sorts the durations and hands back only the middle one or two: no row is
    looped over here (SQLite has no percentile function, so this works on both databases).
    """
    decided = StorySubmission.objects.filter(
        status__in=DECIDED,
        decided_at__gte=period.since,
        decided_at__lt=period.until,
    ).annotate(
        waited=ExpressionWrapper(F("decided_at") - F("submitted_at"), output_field=DurationField())
    )
    count = decided.count()
    if not count:
        return None
    middle = list(
        decided.order_by("waited").values_list("waited", flat=True)[
            (count - 1) // 2 : count // 2 + 1
        ]
    )
    median = sum(middle, datetime.timedelta()) / len(middle)
    return round(median.total_seconds() / 86400, 1)


def published_stories(period):
    """Stories published in the range by theme, language told in and country (each story once,
    whatever the number of its translations)."""
    live = StoryPage.objects.live().filter(
        date_published__gte=period.start, date_published__lte=period.end
    )
    one_each = Count("translation_key", distinct=True)
    total = live.aggregate(stories=one_each)["stories"]
    by_language = dict(live.values_list("told_in_language").annotate(n=one_each).order_by())
    by_country = dict(
        live.exclude(country="").values_list("country").annotate(n=one_each).order_by()
    )
    through = StoryPage.themes.through
    by_theme = dict(
        through.objects.filter(storypage__in=live)
        .values_list("theme__slug")
        .annotate(n=Count("storypage__translation_key", distinct=True))
        .order_by()
    )
    theme_names = dict(
        Theme.objects.filter(slug__in=by_theme, locale__language_code="en").values_list(
            "slug", "name"
        )
    )
    language_names = dict(story_language_choices())
    country_names = dict(countries)
    return {
        "total": total,
        "by_theme": [(theme_names.get(slug, slug), n) for slug, n in sorted_counts(by_theme)],
        "by_language": [
            (str(language_names.get(code, code)), n) for code, n in sorted_counts(by_language)
        ],
        "by_country": [
            (str(country_names.get(code, code)), n) for code, n in sorted_counts(by_country)
        ],
        "country_counts": by_country,
    }


def impact_figures(period):
    """Every figure of the dashboard for `period`."""
    country_names = dict(countries)
    pledge_countries = pledges_by_country(period)
    per_week = pledges_per_week(period)
    return {
        "period": period,
        "pledges_total": sum(n for _week, n in per_week),
        "pledges_per_week": per_week,
        "pledges_by_country": [
            (str(country_names.get(code, code)), n) for code, n in pledge_countries
        ],
        "pledge_country_counts": dict(pledge_countries),
        "received": stories_received(period),
        "by_status": submissions_by_status(period),
        "backlog": moderation_backlog(),
        "median_days": median_days_to_decision(period),
        "published": published_stories(period),
    }
