"""The impact dashboard's figures: what the campaign achieved over a date range.

Every figure is an aggregate query (GROUP BY in the database); nothing loops over rows in
Python. The counts that only grow with time (pledges, stories received, stories published)
are counted per week: a week that ended before yesterday is counted once and kept in the
cache under the version of its data (`weekly_counts`), so a look at the dashboard counts only
the days at the edges of the period and the last few days, and its cost does not grow with
the number of pledges and stories (bench/dashboard.py, docs/performance.md).

Pledges and submissions have one version each, set anew by a change that can touch a counted
week (rare: new ones are dated now). Stories have a version per week (`story_week`): saving,
publishing, unpublishing or deleting a story sets a new one only for the weeks of its old and
new publication dates and of its translations' first publications (`story_saved`,
`story_deleted`), so a story published today makes no past week be counted again.
"""

import datetime
from dataclasses import dataclass

from django_countries import countries

from django.core.cache import cache
from django.db import transaction
from django.db.models import (
    Count,
    DurationField,
    Exists,
    ExpressionWrapper,
    F,
    Min,
    OuterRef,
    Q,
)
from django.db.models.functions import Trunc
from django.db.models.signals import post_delete, post_save, pre_save
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.models import Page

from actions.models import PledgeSignature
from itac.page_cache import CacheVersion
from partners.models import PartnerPage
from reach.tasks import count_ahead_later
from stories.models import StoryPage, Theme, story_language_choices
from stories.queries import loaded_version
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


ONE_DAY = datetime.timedelta(days=1)
WEEK = datetime.timedelta(days=7)
# Kept weeks are found under their data's version; one left unused under an old version leaves
# the cache by itself. Longer than a year: a week counted ahead (`count_ahead`) stays counted
# while a look may need it, however long nothing changes.
WEEK_CACHE_SECONDS = 400 * 24 * 3600
PLEDGES_VERSION = CacheVersion("itac:impact:pledges-version")
SUBMISSIONS_VERSION = CacheVersion("itac:impact:submissions-version")


def forget_counted_weeks(version):
    """A new number for `version`: every week kept under the old one is counted again (by the
    task worker, ahead of the next look)."""
    version.bump()
    count_ahead_later()


def counted_fields_changed(instance, created, update_fields, fields):
    """Whether a save may have changed a week already counted: a row dated before yesterday
    was added (imported), or an existing one saved in full or in a counted field."""
    if created:
        dated = getattr(instance, fields[0])
        return dated is not None and dated < midnight(timezone.now().date() - ONE_DAY)
    return update_fields is None or bool(set(update_fields) & set(fields))


def pledge_changed(sender, instance, created=False, update_fields=None, **kwargs):
    if kwargs.get("signal") is post_delete or counted_fields_changed(
        instance, created, update_fields, ["created_at", "country"]
    ):
        forget_counted_weeks(PLEDGES_VERSION)


def submission_changed(sender, instance, created=False, update_fields=None, **kwargs):
    if kwargs.get("signal") is post_delete or counted_fields_changed(
        instance, created, update_fields, ["submitted_at", "partner", "partner_id", "story"]
    ):
        forget_counted_weeks(SUBMISSIONS_VERSION)


# A version for the themes' names (the figure by theme is kept by slug): renaming or deleting
# a theme, which is rare, makes every week of that figure be counted again.
THEMES_VERSION = CacheVersion("itac:impact:themes-version")
# A story's fields that its weeks' figures count: a save of other fields only changes none.
COUNTED_STORY_FIELDS = {
    "live",
    "date_published",
    "first_published_at",
    "translation_key",
    "country",
    "told_in_language",
    "themes",
}
STORY_BEFORE_SAVE = "_impact_before_save"


def monday_of(day):
    return day - datetime.timedelta(days=day.weekday())


def utc_date(value):
    """The day of a date, or of a moment in UTC (the dashboard's days are UTC days)."""
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.UTC).date()
    return value


def story_week(monday):
    """The version of the stories dated or first published in the week of `monday`."""
    return CacheVersion(f"itac:impact:stories-week:{monday.isoformat()}")


def story_week_versions(mondays):
    """{Monday: its stories' version} for `mondays`, read from the cache at once."""
    mondays = sorted(set(mondays))
    return dict(zip(mondays, CacheVersion.get_many([story_week(m) for m in mondays]), strict=True))


def after_commit_too(forget):
    """Runs `forget` now, for looks within this transaction, and again once it is committed:
    a look in between may have counted the rows as they were, under the new version."""
    forget()
    transaction.on_commit(forget)
    count_ahead_later()


def forget_story_days(days):
    """A new version for the weeks of `days` (dates, moments or None) that may be kept. A day
    from today on is in no kept week or day (only days before yesterday are kept; today is
    the margin for a look started before midnight): its week keeps its version."""
    today = timezone.now().date()
    dates = [utc_date(day) for day in days if day is not None]
    weeks = {monday_of(day) for day in dates if day < today}
    if weeks:

        def forget():
            for monday in weeks:
                story_week(monday).bump()

        after_commit_too(forget)


def first_publications(translation_keys):
    """When each translation of the stories of `translation_keys` was first published: the
    staff figure counts a story in the week of its first translation's."""
    return list(
        StoryPage.objects.filter(translation_key__in=translation_keys).values_list(
            "first_published_at", flat=True
        )
    )


def counts_story_fields(update_fields):
    return update_fields is None or bool(COUNTED_STORY_FIELDS & set(update_fields))


def is_story(page):
    """Whether `page` is a story, also as a plain Page (Wagtail unpublishes expired pages as
    plain pages, whose saves send the signals of Page, not of StoryPage)."""
    return isinstance(page, StoryPage) or page.specific_class is StoryPage


def story_before_save(sender, instance, update_fields=None, **kwargs):
    """Notes what the database holds of a story about to be saved in a counted field: its old
    publication date, state and first publication are weeks the save may change."""
    if instance.pk is None or not counts_story_fields(update_fields) or not is_story(instance):
        instance.__dict__.pop(STORY_BEFORE_SAVE, None)
        return
    instance.__dict__[STORY_BEFORE_SAVE] = (
        StoryPage.objects.filter(pk=instance.pk)
        .values("live", "date_published", "first_published_at", "translation_key")
        .first()
    )


def story_saved(sender, instance, created=False, update_fields=None, **kwargs):
    """Forgets the weeks a story's save may have changed: of its publication date, before and
    after, while live (any field of a live story's week may have changed: themes, country,
    language); and if its first publication or translation key changed, of every first
    publication among its translations (which one is first may have changed)."""
    before = instance.__dict__.pop(STORY_BEFORE_SAVE, None)
    if not is_story(instance) or (not created and not counts_story_fields(update_fields)):
        return
    # Saved as a plain Page, a story keeps the publication date the database holds.
    date_published = getattr(instance, "date_published", before and before["date_published"])
    days = [date_published] if instance.live else []
    if before and before["live"]:
        days.append(before["date_published"])
    first, key = (
        (before["first_published_at"], before["translation_key"]) if before else (None, None)
    )
    if (first, key) != (instance.first_published_at, instance.translation_key) and (
        first or instance.first_published_at  # a story never published counts nowhere
    ):
        days += [first, instance.first_published_at]
        days += first_publications({key, instance.translation_key} - {None})
    forget_story_days(days)


def story_deleted(sender, instance, **kwargs):
    """Forgets the weeks a deleted story was counted in: its publication date's if it was
    live, and its translations' first publications (another one may now be the first)."""
    days = [instance.date_published] if instance.live else []
    if instance.first_published_at is not None:
        days += [instance.first_published_at, *first_publications([instance.translation_key])]
    forget_story_days(days)


def theme_changed(sender, **kwargs):
    after_commit_too(THEMES_VERSION.bump)


def connect_signals():
    """Called once, from ReachConfig.ready()."""
    for signal in (post_save, post_delete):
        signal.connect(pledge_changed, sender=PledgeSignature, dispatch_uid=f"reach.p{id(signal)}")
        signal.connect(
            submission_changed, sender=StorySubmission, dispatch_uid=f"reach.s{id(signal)}"
        )
        signal.connect(theme_changed, sender=Theme, dispatch_uid=f"reach.t{id(signal)}")
    for model in (StoryPage, Page):
        pre_save.connect(story_before_save, sender=model, dispatch_uid=f"reach.b{model.__name__}")
        post_save.connect(story_saved, sender=model, dispatch_uid=f"reach.a{model.__name__}")
    post_delete.connect(story_deleted, sender=StoryPage, dispatch_uid="reach.story-deleted")


def midnight(day):
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=datetime.UTC)


def in_days(field, spans, dates=False):
    """Rows whose `field` falls in any of the [first day, day after) `spans`."""
    condition = Q()
    for since, until in spans:
        if not dates:
            since, until = midnight(since), midnight(until)
        condition |= Q(**{f"{field}__gte": since, f"{field}__lt": until})
    return condition


def kept_weeks(period, today):
    """Mondays of the whole weeks inside `period` that ended before yesterday: their counts no
    longer change (a pledge, a submission is dated when it is made), so they can be kept."""
    monday = period.start + datetime.timedelta(days=-period.start.weekday() % 7)
    weeks = []
    while monday + WEEK - ONE_DAY <= period.end and monday + WEEK <= today - ONE_DAY:
        weeks.append(monday)
        monday += WEEK
    return weeks


def kept_counts(name, versions, length, kind, count):
    """{block's first day: {key: n}} for the blocks of `versions` ({first day of a whole week
    or single day that no longer changes: its data's version}): from the cache under their
    versions, the missing ones counted in one query grouped by `kind` ("week" or "day") and
    kept."""
    blocks = list(versions)
    keys = {
        block: f"itac:impact:{name}:{versions[block]}:{kind}:{block.isoformat()}"
        for block in blocks
    }
    kept = cache.get_many(list(keys.values())) if blocks else {}
    missing = [block for block in blocks if keys[block] not in kept]
    if missing:
        spans = []
        for block in missing:  # runs of consecutive blocks, one span each
            if spans and spans[-1][1] == block:
                spans[-1] = (spans[-1][0], block + length)
            else:
                spans.append((block, block + length))
        fresh = {block: {} for block in missing}
        for block, key, n in count(spans, kind):
            cells = fresh[as_date(block)]
            cells[key] = cells.get(key, 0) + n
        cache.set_many({keys[block]: cells for block, cells in fresh.items()}, WEEK_CACHE_SECONDS)
        kept.update({keys[block]: cells for block, cells in fresh.items()})
    return {block: kept[keys[block]] for block in blocks}


def weekly_counts(name, version, period, count, today=None, week_versions=None, every_day=False):
    """{(Monday, key): n} over `period`, where count(spans, kind) is one aggregate query
    returning (week or day, key, n) rows for the rows dated in the spans of days, grouped by
    `kind` ("week" or "day").

    Whole weeks that ended before yesterday, and the other days before yesterday, no longer
    change: they come from the cache, kept under `version`, and also under the version of
    their week when `week_versions` (a function of Mondays returning {Monday: version}) is
    given (the missing ones are counted in one query per kind and kept). Yesterday and today
    (and any later day of the period) are counted on every look, in one query. Counts must
    add up over days (each story is dated on one day, its translations included).

    `every_day`: also keep each day inside the whole weeks (counting ahead, `count_ahead`), so
    that a range starting or ending on any of them finds its edges kept too.
    """
    today = today or timezone.now().date()
    weeks = kept_weeks(period, today)
    in_weeks = (weeks[0], weeks[-1] + WEEK) if weeks else (None, None)
    open_from = max(period.start, today - ONE_DAY)
    days = []
    day = period.start
    while day <= period.end and day < open_from:
        if every_day or not weeks or not in_weeks[0] <= day < in_weeks[1]:
            days.append(day)
        day += ONE_DAY
    of_weeks = week_versions({monday_of(block) for block in weeks + days}) if week_versions else {}

    def versions(blocks):
        if not week_versions:
            return dict.fromkeys(blocks, version)
        return {block: f"{version}.{of_weeks[monday_of(block)]}" for block in blocks}

    counts = {}
    for week, cells in kept_counts(name, versions(weeks), WEEK, "week", count).items():
        for key, n in cells.items():
            counts[(week, key)] = counts.get((week, key), 0) + n
    for day, cells in kept_counts(name, versions(days), ONE_DAY, "day", count).items():
        if weeks and in_weeks[0] <= day < in_weeks[1]:
            continue  # kept ahead for other ranges; its week is counted whole above
        monday = monday_of(day)
        for key, n in cells.items():
            counts[(monday, key)] = counts.get((monday, key), 0) + n
    if open_from <= period.end:
        for week, key, n in count([(open_from, period.end + ONE_DAY)], "week"):
            cell = (as_date(week), key)
            counts[cell] = counts.get(cell, 0) + n
    return counts


def rows_per_day_or_week(rows, date_field, key_field):
    """The `count` of `weekly_counts` for rows each dated by `date_field`: (week or day,
    `key_field`, rows) in one aggregate query."""

    def count(spans, kind):
        return (
            rows.filter(in_days(date_field, spans))
            .annotate(week=Trunc(date_field, kind))
            .values_list("week", key_field)
            .annotate(n=Count("pk"))
            .order_by()
        )

    return count


def pledge_counts(period, every_day=False):
    """{(Monday, country): pledges} for `period`."""

    count = rows_per_day_or_week(PledgeSignature.objects, "created_at", "country")
    version = PLEDGES_VERSION.get()
    return weekly_counts("pledges", version, period, count, every_day=every_day)


def pledges_per_week(period, counts=None):
    counts = pledge_counts(period) if counts is None else counts
    by_week = {}
    for (week, _country), n in counts.items():
        by_week[week] = by_week.get(week, 0) + n
    return [(week, by_week.get(week, 0)) for week in period.weeks()]


def pledges_by_country(period, counts=None):
    counts = pledge_counts(period) if counts is None else counts
    by_country = {}
    for (_week, country), n in counts.items():
        by_country[country] = by_country.get(country, 0) + n
    return sorted_counts(by_country)


def sorted_counts(counts):
    """{code: n} as [(code, n)], highest first, then by code."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def submitted_counts(period, every_day=False):
    """{(Monday, partner id or None): stories sent} for `period`."""

    count = rows_per_day_or_week(StorySubmission.objects, "submitted_at", "partner_id")
    version = SUBMISSIONS_VERSION.get()
    return weekly_counts("submitted", version, period, count, every_day=every_day)


def staff_counts(period, every_day=False):
    """{(Monday, None): stories staff wrote}, counted in the week of the first publication of
    any of their translations, once however many languages they are in. Kept per week of
    stories (`story_week`) and under the submissions' version (a submission makes its story
    no longer a staff story)."""
    submitted_translation = StorySubmission.objects.filter(
        story__translation_key=OuterRef("translation_key")
    )
    earlier_translation = StoryPage.objects.filter(
        translation_key=OuterRef("translation_key"),
        first_published_at__lt=OuterRef("first_published_at"),
    )

    def count(spans, kind):
        rows = (
            StoryPage.objects.filter(in_days("first_published_at", spans), submission__isnull=True)
            # Translations of a submitted story are not staff stories.
            .exclude(Exists(submitted_translation))
            .exclude(Exists(earlier_translation))
            .annotate(week=Trunc("first_published_at", kind))
            .values_list("week")
            .annotate(stories=Count("translation_key", distinct=True))
            .order_by()
        )
        return ((week, None, stories) for week, stories in rows)

    version = f"{loaded_version()}-{SUBMISSIONS_VERSION.get()}"
    return weekly_counts(
        "staff", version, period, count, week_versions=story_week_versions, every_day=every_day
    )


def stories_received(period):
    """Stories received per week by source: the public form, each partner, and staff.

    A story sent through the form counts when it was sent; a story staff wrote counts when it
    was first published, once however many languages it is in.
    """
    submitted = submitted_counts(period)
    staff = staff_counts(period)
    partner_ids = {partner for _week, partner in submitted if partner is not None}
    titles = (
        dict(PartnerPage.objects.filter(pk__in=partner_ids).values_list("pk", "title"))
        if partner_ids
        else {}
    )
    public_label, staff_label = _("Public form"), _("Staff")
    cells = {}
    for (week, partner), stories in submitted.items():
        source = titles.get(partner, public_label) if partner else public_label
        cells[(week, source)] = cells.get((week, source), 0) + stories
    for (week, _key), stories in staff.items():
        cells[(week, staff_label)] = cells.get((week, staff_label), 0) + stories
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


def published_stories(period, every_day=False):
    """Stories published in the range by theme, language told in and country (each story once,
    whatever the number of its translations). Kept per week of stories (`story_week`); the
    figure by theme also under the themes' version."""
    one_each = Count("translation_key", distinct=True)
    version = loaded_version()

    def count_groups(spans, kind):
        # Language and country together: a story and its translations share both, and their
        # publication date (synchronised fields), so the groups add up to distinct stories.
        return (
            StoryPage.objects.live()
            .filter(in_days("date_published", spans, dates=True))
            .annotate(week=Trunc("date_published", kind))
            .values_list("week", "told_in_language", "country")
            .annotate(n=one_each)
            .order_by()
        )

    def count_themes(spans, kind):
        # The stories' own columns, not `storypage__in=<live stories>`: with that subquery
        # PostgreSQL joins every page twice to count one week.
        dated = in_days("storypage__date_published", spans, dates=True)
        return (
            StoryPage.themes.through.objects.filter(dated, storypage__live=True)
            .annotate(week=Trunc("storypage__date_published", kind))
            .values_list("week", "theme__slug")
            .annotate(n=Count("storypage__translation_key", distinct=True))
            .order_by()
        )

    groups = weekly_counts(
        "published",
        version,
        period,
        lambda spans, kind: (
            (week, (language, country), n)
            for week, language, country, n in count_groups(spans, kind)
        ),
        week_versions=story_week_versions,
        every_day=every_day,
    )
    total, by_language, by_country = 0, {}, {}
    for (_week, (language, country)), n in groups.items():
        total += n
        by_language[language] = by_language.get(language, 0) + n
        if country:
            by_country[country] = by_country.get(country, 0) + n
    by_theme = {}
    themes = weekly_counts(
        "themes",
        f"{version}-{THEMES_VERSION.get()}",
        period,
        count_themes,
        week_versions=story_week_versions,
        every_day=every_day,
    )
    for (_week, slug), n in themes.items():
        by_theme[slug] = by_theme.get(slug, 0) + n
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
    pledges = pledge_counts(period)
    pledge_countries = pledges_by_country(period, pledges)
    per_week = pledges_per_week(period, pledges)
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


# How far back counting ahead goes: the ranges staff look at (the default 12 weeks, a year).
COUNTED_AHEAD_DAYS = 371


def count_ahead(today=None):
    """Counts and keeps every week and day of the last year that a look may need, so that no
    staff member's look counts them: after a story, pledge or submission change has made some
    of them stale (`reach.tasks.count_ahead_later`), after a deploy or after the cache was
    emptied (`manage.py count_impact_weeks`). Returns the range counted."""
    today = today or timezone.now().date()
    year = DateRange(today - datetime.timedelta(days=COUNTED_AHEAD_DAYS - 1), today)
    pledge_counts(year, every_day=True)
    submitted_counts(year, every_day=True)
    staff_counts(year, every_day=True)
    published_stories(year, every_day=True)
    return year
