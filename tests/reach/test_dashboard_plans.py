"""The impact dashboard's queries are served by indexes, and a look counts only a few days.

EXPLAIN on a thousand generated stories, pledges and submissions with sequential scans
disabled: no figure reads a whole table of stories, pledges or submissions (it could not
avoid it if no index matched the query's shape). Timings are benchmarks
(bench/dashboard.py, docs/performance.md), not tests.
"""

import datetime
import re

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from reach.dashboard import DateRange, impact_figures
from stories.models import Theme
from stories.synthetic import add_synthetic_stories

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="Index use is read from PostgreSQL's EXPLAIN."
    ),
]

LARGE_TABLES = [
    "wagtailcore_page",
    "stories_storypage",
    "stories_storypage_themes",
    "actions_pledgesignature",
    "story_submissions_storysubmission",
]


@pytest.fixture
def campaign(library, pledge_page):
    """1,000 stories over eight years, 2,000 pledges and 300 submissions over a year."""
    themes = list(Theme.objects.filter(locale_id=library.locale_id))
    add_synthetic_stories(library, 1000, themes, admin_search=False)
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO actions_pledgesignature (pledge_id, display_name, signer_type, country,"
            " email, email_updates, show_in_public_list, language, created_at) "
            "SELECT %s, '', 'individual', (ARRAY['FR','KE','BR'])[1 + n %% 3], '', false, "
            "false, 'en', now() - (n %% 365) * interval '1 day' FROM generate_series(1, 2000) n",
            [pledge_page.pk],
        )
        cursor.execute(
            "INSERT INTO story_submissions_storysubmission (story_id, status, relationship, "
            "contact_email, consent_publish_story, consent_publish_photo, consent_contact, "
            "consent_version, consent_language, consent_text, consented_at, submitted_at, "
            "decided_at, removal_token_hash) "
            "SELECT s.page_ptr_id, CASE WHEN mod(s.page_ptr_id, 2) = 0 THEN 'published' "
            "ELSE 'in-review' END, 'mine', '', true, false, false, 'v1', 'en', 'Consent', now(),"
            " now() - mod(s.page_ptr_id, 365) * interval '1 day', CASE WHEN "
            "mod(s.page_ptr_id, 2) = 0 THEN now() - mod(s.page_ptr_id, 300) * interval '1 day' "
            "END, '' "
            "FROM stories_storypage s WHERE NOT EXISTS (SELECT 1 FROM "
            "story_submissions_storysubmission x WHERE x.story_id = s.page_ptr_id) LIMIT 300"
        )
        cursor.execute("ANALYZE")
        cursor.execute("SET LOCAL enable_seqscan = off")
    cache.clear()


def figure_queries():
    """The SQL of the figures for the last year: first with nothing kept, then again."""
    today = timezone.now().date()
    period = DateRange(today - datetime.timedelta(days=365), today)
    looks = []
    for _look in range(2):
        with CaptureQueriesContext(connection) as look:
            impact_figures(period)
        looks.append([query["sql"] for query in look])
    return looks


def explain(sql):
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN {sql}")
        return "\n".join(row[0] for row in cursor.fetchall())


def test_no_figure_reads_a_whole_table(campaign):
    first, again = figure_queries()
    for sql in first + again:
        plan = explain(sql)
        for table in LARGE_TABLES:
            assert not re.search(rf"Seq Scan on {table}\b", plan), (sql, plan)


def test_a_second_look_counts_only_the_last_two_days(campaign):
    first, again = figure_queries()
    weekly = ["actions_pledgesignature", "stories_storypage_themes", "first_published_at"]
    for marker in weekly:
        # The first look counted the whole weeks, the other past days and the last two days;
        # the second one only the last two days.
        assert sum(marker in sql for sql in first) >= 2
        assert sum(marker in sql for sql in again) == 1
    assert len(again) < len(first)
    assert len(again) <= 12
