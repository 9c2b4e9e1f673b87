"""The impact dashboard: each figure against a hand-made fixture over known dates."""

import csv
import datetime
import io
import re
from unittest import mock

import pytest
from django_tasks_db.models import DBTaskResult

from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Locale, Page

from actions.models import PledgeSignature
from partners.models import PartnerMembership, PartnerPage
from reach.dashboard import moderation_backlog
from stories.models import StoryPage, Theme
from stories.submissions.models import StorySubmission
from stories.synthetic import add_synthetic_stories
from tests.conftest import make_user
from tests.factories import StorySubmissionFactory
from tests.html import by_role, parse, visible_text
from tests.tasks import run_task_worker

# Four whole weeks, Monday 4 January to Sunday 31 January 2010: nothing of the demo site.
START, END = datetime.date(2010, 1, 4), datetime.date(2010, 1, 31)
URL = "/admin/impact/?start=2010-01-04&end=2010-01-31"


def at(day, hour=12):
    return datetime.datetime(2010, 1, 1, hour, tzinfo=datetime.UTC) + datetime.timedelta(
        days=day - 1
    )


@pytest.fixture
def known_campaign(make_story, make_pledges, partner, pledge_page):
    """Pledges and stories on known dates, in and just outside the period."""
    StorySubmission.objects.all().delete()  # the demo's submissions are sent "now"
    for country, count, day in [("FR", 2, 5), ("KE", 1, 6), ("FR", 1, 19), ("BR", 1, 20)]:
        make_pledges(country, count, created_at=at(day))
    for day in (3, 32):  # the day before and the day after
        make_pledges("JP", 1, created_at=at(day))

    theme_a, theme_b = Theme.objects.filter(locale__language_code="en")[:2]
    stories = {}

    def sent(name, day, status, decided=None, partner=None, live=False, **story):
        stories[name] = make_story(f"It Takes A Community, {name}", live=live, **story)
        StorySubmissionFactory(
            story=stories[name],
            status=status,
            partner=partner,
            consented_at=at(day),
            submitted_at=at(day),
            decided_at=at(decided) if decided else None,
        )

    sent(
        "s1",
        5,
        "published",
        decided=7,
        live=True,
        country="FR",
        themes=[theme_a],
        told_in="fr",
        date_published=datetime.date(2010, 1, 7),
    )
    sent("s2", 6, "rejected", decided=10, partner=partner)
    sent("s3", 12, "in-review", partner=partner)
    sent("s4", 26, "changes-requested")
    sent(
        "s5",
        13,
        "published",
        decided=19,
        live=True,
        country="KE",
        themes=[theme_a, theme_b],
        date_published=datetime.date(2010, 1, 19),
    )
    sent("s6", -1, "published", decided=2)  # sent and decided before the period
    staff = make_story(
        "It Takes A Community, by staff",
        country="FR",
        themes=[theme_b],
        date_published=datetime.date(2010, 1, 20),
    )
    spanish_locale = Locale.objects.get(language_code="es")
    library = staff.get_parent()
    if not library.has_translation(spanish_locale):
        library.copy_for_translation(spanish_locale).save_revision().publish()
    spanish = staff.copy_for_translation(spanish_locale)
    spanish.save_revision().publish()
    StoryPage.objects.filter(translation_key=staff.translation_key).update(
        first_published_at=at(20)
    )
    return {"theme_a": theme_a, "theme_b": theme_b, "partner": partner}


def tables(response):
    assert response.status_code == 200
    page = parse(response)
    found = {}
    for table in page.select("table.impact-table"):
        rows = []
        for row in table.select("tbody tr, tfoot tr"):
            rows.append([cell.get_text(strip=True) for cell in row.find_all(["th", "td"])])
        found[table.caption.get_text(strip=True)] = rows
    return page, found


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.mark.django_db
class TestFigures:
    def test_pledges(self, editor_client, known_campaign):
        _page, found = tables(editor_client.get(URL))
        assert found["Pledges per week"] == [
            ["2010-01-04", "3"],
            ["2010-01-11", "0"],
            ["2010-01-18", "2"],
            ["2010-01-25", "0"],
        ]
        assert found["Pledges by country"] == [["France", "3"], ["Brazil", "1"], ["Kenya", "1"]]

    def test_stories_received_by_week_source_and_status(self, editor_client, known_campaign):
        page, found = tables(editor_client.get(URL))
        table = page.find("caption", string="Stories received per week, by source").parent
        headers = [th.get_text(strip=True) for th in table.thead.find_all("th")]
        assert headers == ["Week of", "Public form", "City of Montreal", "Staff"]
        assert found["Stories received per week, by source"] == [
            ["2010-01-04", "1", "1", "0"],
            ["2010-01-11", "1", "1", "0"],
            ["2010-01-18", "0", "0", "1"],
            ["2010-01-25", "1", "0", "0"],
            ["Total", "3", "2", "1"],
        ]
        assert found["Stories received by status"] == [
            ["Waiting for review", "1"],
            ["Changes requested", "1"],
            ["Published", "2"],
            ["Rejected", "1"],
        ]

    def test_moderation(self, editor_client, known_campaign):
        page, found = tables(editor_client.get(URL))
        assert page.find("dd", attrs={"data-figure": "backlog"}).get_text(strip=True) == "2"
        # Decided in the period: 2, 4 and 6 days after sending.
        assert page.find("dd", attrs={"data-figure": "median"}).get_text(strip=True) == "4.0"
        backlog = moderation_backlog(now=datetime.datetime(2010, 2, 1, 12, tzinfo=datetime.UTC))
        assert backlog["waiting"] == 2
        assert backlog["oldest_days"] == 20
        assert [n for _label, n in backlog["ages"]] == [0, 1, 1, 0]

    def test_published_stories(self, editor_client, known_campaign):
        page, found = tables(editor_client.get(URL))
        theme_a, theme_b = known_campaign["theme_a"], known_campaign["theme_b"]
        assert "3 stories published in this period" in visible_text(page)
        assert sorted(found["Published stories by theme"]) == sorted(
            [[theme_a.name, "2"], [theme_b.name, "2"]]
        )
        assert found["Published stories by language"] == [["English", "2"], ["French", "1"]]
        assert found["Published stories by country"] == [["France", "2"], ["Kenya", "1"]]

    def test_csv_has_every_figure_and_neutralises_formulas(self, editor_client, known_campaign):
        PartnerPage.objects.filter(pk=known_campaign["partner"].pk).update(title="=HYPERLINK(1)")
        response = editor_client.get(URL + "&format=csv")
        assert response["Content-Type"].startswith("text/csv")
        assert "itac-impact-2010-01-04-2010-01-31.csv" in response["Content-Disposition"]
        rows = list(csv.reader(io.StringIO(response.content.decode())))
        assert rows[0] == ["Figure", "Item", "Number"]
        figures = {(section, item): number for section, item, number in rows[1:]}
        assert figures[("Pledges", "Total")] == "5"
        assert figures[("Pledges by country", "France")] == "3"
        assert figures[("Stories received per week (Staff)", "2010-01-18")] == "1"
        assert figures[("Moderation", "Median days to a decision")] == "4.0"
        assert figures[("Published stories by country", "Kenya")] == "1"
        assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
        assert figures[("Stories received by source", "'=HYPERLINK(1)")] == "2"

    def test_a_bad_period_is_explained(self, editor_client):
        response = editor_client.get("/admin/impact/?start=2010-02-01&end=2010-01-01")
        assert response.status_code == 200
        problems = visible_text(by_role(parse(response), "main"))
        assert "The end date must not be before the start date." in problems
        bad = editor_client.get("/admin/impact/?start=yesterday&end=&format=csv")
        assert bad.status_code == 200 and bad["Content-Type"].startswith("text/html")

    def test_cost_does_not_grow_with_rows(self, editor_client, known_campaign, make_pledges):
        def queries():
            """Queries of a first look (nothing kept) and of a second one."""
            cache.clear()
            looks = []
            for _look in range(2):
                with CaptureQueriesContext(connection) as look:
                    editor_client.get(URL)
                looks.append(len(look))
            return looks

        first, again = queries()
        make_pledges("FR", 30, created_at=at(8))
        make_pledges("KE", 30, created_at=at(30))
        assert queries() == [first, again]
        # The second look counts nothing again: its four whole weeks ended long ago.
        assert again <= first - 5


@pytest.mark.django_db
class TestKeptWeeks:
    """Whole weeks are counted once and kept; what changes them sets a new version."""

    def test_a_deleted_pledge_leaves_the_kept_weeks(self, editor_client, known_campaign):
        editor_client.get(URL)
        PledgeSignature.objects.filter(country="KE").get().delete()
        _page, found = tables(editor_client.get(URL))
        assert found["Pledges per week"][0] == ["2010-01-04", "2"]
        assert found["Pledges by country"] == [["France", "3"], ["Brazil", "1"]]

    def test_days_at_the_edges_are_kept_too(self, editor_client, known_campaign):
        # Wednesday 6 to Wednesday 27 January: two whole weeks and a few days each side.
        url = "/admin/impact/?start=2010-01-06&end=2010-01-27"
        expected = [["2010-01-04", "1"], ["2010-01-11", "0"], ["2010-01-18", "2"]]
        expected.append(["2010-01-25", "0"])
        for _look in range(2):  # counted, then from the kept weeks and days
            _page, found = tables(editor_client.get(url))
            assert found["Pledges per week"] == expected
            assert found["Pledges by country"] == [["Brazil", "1"], ["France", "1"], ["Kenya", "1"]]
            assert found["Published stories by country"] == [["France", "2"], ["Kenya", "1"]]

    def test_a_pledge_today_is_counted_without_recounting_the_past(
        self, editor_client, pledge_page
    ):
        today = timezone.now().date()
        url = f"/admin/impact/?start={(today - datetime.timedelta(days=90)).isoformat()}"
        url += f"&end={today.isoformat()}"
        with CaptureQueriesContext(connection) as first_look:
            before = pledges_total(editor_client.get(url))
        PledgeSignature.objects.create(
            pledge=pledge_page, signer_type="individual", country="FR", language="en"
        )
        with CaptureQueriesContext(connection) as look:
            response = editor_client.get(url)
        assert pledges_total(response) == before + 1
        # The first look counted the whole weeks, the days around them and the last two
        # days; this one only the last two days.
        assert pledge_queries(first_look) >= 2
        assert pledge_queries(look) == 1

    def test_publishing_a_story_counts_the_weeks_again(
        self, editor_client, known_campaign, library
    ):
        editor_client.get(URL)
        story = StoryPage(
            title="It Takes A Community, published late",
            summary="Summary.",
            body=[("paragraph", "<p>Text</p>")],
            country="BR",
            told_in_language="pt",
            date_published=datetime.date(2010, 1, 12),
        )
        library.add_child(instance=story)
        story.save_revision().publish()
        page, found = tables(editor_client.get(URL))
        assert "4 stories published in this period" in visible_text(page)
        assert ["Brazil", "1"] in found["Published stories by country"]
        story.unpublish()
        page, found = tables(editor_client.get(URL))
        assert "3 stories published in this period" in visible_text(page)

    def test_an_erased_submission_leaves_the_kept_weeks(self, editor_client, known_campaign):
        editor_client.get(URL)
        StorySubmission.objects.get(story__title="It Takes A Community, s4").delete()
        _page, found = tables(editor_client.get(URL))
        assert found["Stories received per week, by source"][3] == ["2010-01-25", "0", "0", "0"]


def counted_story_days(captured):
    """The days named in the queries of a look that count stories again: the bounds of the
    weeks and days it did not find kept."""
    days = set()
    for query in captured:
        sql = query["sql"]
        if "GROUP BY" in sql and "stories_storypage" in sql:
            days.update(re.findall(r"\d{4}-\d\d-\d\d", sql))
    return days


def look(client, url=URL):
    """A look at the dashboard: its tables, and the days of stories it counted again."""
    connection.queries_log.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    _page, found = tables(response)
    return found, counted_story_days(captured)


def publish_changed(story, **fields):
    """Publishes a new revision of `story` with `fields` changed, as an editor does."""
    story = StoryPage.objects.get(pk=story.pk)
    themes = fields.pop("themes", None)
    for name, value in fields.items():
        setattr(story, name, value)
    if themes is not None:
        story.themes.set(themes)
    story.save_revision().publish()


@pytest.mark.django_db
class TestStoryChanges:
    """A story change makes the dashboard count again only the weeks it touches."""

    def test_a_story_published_today_counts_no_past_week_again(
        self, editor_client, make_story, library
    ):
        today = timezone.now().date()
        url = f"/admin/impact/?start={(today - datetime.timedelta(days=90)).isoformat()}"
        url += f"&end={today.isoformat()}"
        editor_client.get(url)
        _found, repeated = look(editor_client, url)
        before = published_total(editor_client.get(url))
        story = StoryPage(
            title="It Takes A Community, published today",
            summary="Summary.",
            body=[("paragraph", "<p>Text</p>")],
            country="GH",
            date_published=today,
        )
        library.add_child(instance=story)
        story.save_revision().publish()
        found, counted = look(editor_client, url)
        assert ["Ghana", "1"] in found["Published stories by country"]
        # Only the last two days are counted, as on any repeated look.
        assert counted == repeated
        assert counted <= {(today - datetime.timedelta(days=n)).isoformat() for n in (-1, 0, 1)}
        assert published_total(editor_client.get(url)) == before + 1

    def test_unpublishing_an_old_story_counts_its_week_again(self, editor_client, known_campaign):
        theme_a, theme_b = known_campaign["theme_a"], known_campaign["theme_b"]
        look(editor_client)
        StoryPage.objects.get(title="It Takes A Community, s5").unpublish()
        found, counted = look(editor_client)
        assert found["Published stories by country"] == [["France", "2"]]
        assert found["Published stories by language"] == [["English", "1"], ["French", "1"]]
        assert sorted(found["Published stories by theme"]) == sorted(
            [[theme_a.name, "1"], [theme_b.name, "1"]]
        )
        assert counted == {"2010-01-18", "2010-01-25"}  # the week of 19 January only

    def test_an_old_story_that_expires_leaves_its_week(self, editor_client, known_campaign):
        look(editor_client)
        s5 = Page.objects.filter(title="It Takes A Community, s5")
        s5.update(expire_at=timezone.now() - datetime.timedelta(minutes=1))
        # Wagtail's scheduler unpublishes expired pages as plain pages, not as stories.
        call_command("publish_scheduled")
        found, counted = look(editor_client)
        assert found["Published stories by country"] == [["France", "2"]]
        assert counted == {"2010-01-18", "2010-01-25"}

    def test_re_theming_an_old_story_counts_its_week_again(self, editor_client, known_campaign):
        theme_a, theme_b = known_campaign["theme_a"], known_campaign["theme_b"]
        look(editor_client)
        publish_changed(
            StoryPage.objects.get(title="It Takes A Community, s1"), themes=[theme_b], country="KE"
        )
        found, counted = look(editor_client)
        assert sorted(found["Published stories by theme"]) == sorted(
            [[theme_b.name, "3"], [theme_a.name, "1"]]
        )
        assert found["Published stories by country"] == [["Kenya", "2"], ["France", "1"]]
        assert counted == {"2010-01-04", "2010-01-11"}  # the week of 7 January only

    def test_re_dating_an_old_story_counts_both_weeks_again(self, editor_client, known_campaign):
        december = "/admin/impact/?start=2009-12-28&end=2010-01-03"
        look(editor_client)
        found, _counted = look(editor_client, december)
        assert found["Published stories by country"] == [["None in this period."]]
        publish_changed(
            StoryPage.objects.get(title="It Takes A Community, s1"),
            date_published=datetime.date(2009, 12, 30),
        )
        found, counted = look(editor_client)
        assert found["Published stories by country"] == [["France", "1"], ["Kenya", "1"]]
        assert counted == {"2010-01-04", "2010-01-11"}
        found, counted = look(editor_client, december)
        assert found["Published stories by country"] == [["France", "1"]]
        assert counted == {"2009-12-28", "2010-01-04"}

    def test_deleting_a_staff_story_counts_it_when_its_translation_was_published(
        self, editor_client, known_campaign
    ):
        staff = StoryPage.objects.get(
            title="It Takes A Community, by staff", locale__language_code="en"
        )
        # The Spanish translation was first published a week after the English story.
        StoryPage.objects.filter(translation_key=staff.translation_key).exclude(pk=staff.pk).update(
            first_published_at=at(27)
        )
        cache.clear()
        found, _counted = look(editor_client)
        staff_column = [row[-1] for row in found["Stories received per week, by source"]]
        assert staff_column == ["0", "0", "1", "0", "1"]
        staff.delete()
        found, counted = look(editor_client)
        staff_column = [row[-1] for row in found["Stories received per week, by source"]]
        assert staff_column == ["0", "0", "0", "1", "1"]
        assert counted == {"2010-01-18", "2010-02-01"}  # the weeks of 20 and 27 January

    def test_stories_from_the_bulk_loader_are_counted(self, editor_client, library):
        today = timezone.now().date()
        start = today - datetime.timedelta(days=3 * 365)
        url = f"/admin/impact/?start={start.isoformat()}&end={today.isoformat()}"
        before = published_total(editor_client.get(url))
        # The loader writes rows without the models' signals (dated over eight years).
        add_synthetic_stories(library, 30, list(Theme.objects.filter(locale=library.locale)))
        live = StoryPage.objects.live().filter(date_published__range=(start, today))
        expected = live.values("translation_key").distinct().count()
        assert expected > before
        assert published_total(editor_client.get(url)) == expected

    def test_renaming_a_theme_names_it_anew(self, editor_client, known_campaign):
        theme_a = known_campaign["theme_a"]
        look(editor_client)
        theme_a.name, theme_a.slug = "Renamed theme", "renamed-theme"
        theme_a.save()
        found, _counted = look(editor_client)
        assert ["Renamed theme", "2"] in found["Published stories by theme"]


@pytest.fixture
def task_worker(settings):
    """Production's tasks: counting ahead is on and waits in the database for the worker."""
    settings.IMPACT_COUNT_AHEAD = True
    settings.TASKS = {
        **settings.TASKS,
        "worker": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["email", "impact"]},
    }


def queued_counts():
    return DBTaskResult.objects.filter(queue_name="impact", status="READY").count()


@pytest.mark.django_db
class TestCountingAhead:
    """The worker counts the weeks a look needs before staff look: after a change made some of
    them stale, after a deploy or a cache loss (`count_impact_weeks`)."""

    def test_after_the_cache_is_emptied_the_command_counts_so_no_look_has_to(
        self, editor_client, known_campaign
    ):
        cache.clear()
        with mock.patch("reach.dashboard.timezone.now", return_value=at(41)):
            out = io.StringIO()
            call_command("count_impact_weeks", stdout=out)
        assert "from 2009-02-05 to 2010-02-10" in out.getvalue()
        # Whole weeks and a range starting and ending mid-week: every day found counted.
        found, counted = look(editor_client)
        assert counted == set()
        assert found["Published stories by country"] == [["France", "2"], ["Kenya", "1"]]
        assert found["Pledges per week"][0] == ["2010-01-04", "3"]
        found, counted = look(editor_client, "/admin/impact/?start=2010-01-06&end=2010-01-27")
        assert counted == set()
        assert found["Pledges by country"] == [["Brazil", "1"], ["France", "1"], ["Kenya", "1"]]

    def test_an_old_story_unpublished_is_counted_again_by_the_worker_not_the_look(
        self, editor_client, make_story, task_worker, django_capture_on_commit_callbacks
    ):
        today = timezone.now().date()
        old = today - datetime.timedelta(days=60)
        url = f"/admin/impact/?start={(today - datetime.timedelta(days=90)).isoformat()}"
        url += f"&end={today.isoformat()}"
        story = make_story("It Takes A Community, sixty days ago", country="GH", date_published=old)
        other = make_story("It Takes A Community, also old", country="GH", date_published=old)
        look(editor_client, url)
        _found, repeated = look(editor_client, url)  # the open days only
        with django_capture_on_commit_callbacks(execute=True):
            StoryPage.objects.get(pk=story.pk).unpublish()
            StoryPage.objects.get(pk=other.pk).unpublish()
        assert queued_counts() == 1  # a burst of changes queues one count
        run_task_worker()
        assert queued_counts() == 0
        found, counted = look(editor_client, url)
        assert ["Ghana", "2"] not in found["Published stories by country"]
        assert counted == repeated
        # The next change queues a count again.
        with django_capture_on_commit_callbacks(execute=True):
            StoryPage.objects.get(pk=other.pk).save_revision().publish()
        assert queued_counts() == 1

    def test_the_command_queues_the_count_for_the_worker(self, task_worker):
        out = io.StringIO()
        call_command("count_impact_weeks", "--in-background", stdout=out)
        assert "Queued" in out.getvalue()
        assert queued_counts() == 1
        run_task_worker()
        assert queued_counts() == 0
        assert DBTaskResult.objects.get(queue_name="impact").status == "SUCCESSFUL"


def published_total(response):
    page = parse(response)
    text = page.find(string=re.compile(r"(story|stories) published in this period"))
    return int(re.match(r"\s*(\d+)", text).group(1))


def pledges_total(response):
    page = parse(response)
    text = page.find("p", class_="impact-total").get_text(strip=True)
    return int(re.match(r"(\d+) pledges? in this period", text).group(1))


def pledge_queries(captured):
    return sum("actions_pledgesignature" in query["sql"] for query in captured)


@pytest.mark.django_db
class TestWhoSeesIt:
    def test_staff_roles_see_the_dashboard_and_its_panel(
        self, client, editor, moderator, administrator
    ):
        for user in (editor, moderator, administrator):
            client.force_login(user)
            assert client.get("/admin/impact/").status_code == 200
            home = parse(client.get("/admin/"))
            panel = home.find(id="impact-panel-heading")
            assert panel is not None, user
            assert home.find("a", href="/admin/impact/")

    def test_the_panel_counts_pledges_and_published_stories(
        self, editor_client, make_pledges, library
    ):
        def panel():
            home = parse(editor_client.get("/admin/"))
            facts = home.find(id="impact-panel-heading").parent.find_all("dd")
            return [int(fact.get_text(strip=True)) for fact in facts[:2]]

        pledges, stories = panel()
        assert pledges == PledgeSignature.objects.count()
        make_pledges("FR", 3)
        story = StoryPage(
            title="It Takes A Community, counted on the panel",
            summary="Summary.",
            body=[("paragraph", "<p>Text</p>")],
        )
        library.add_child(instance=story)
        story.save_revision().publish()  # a new version of the stories: counted again
        assert panel() == [pledges + 3, stories + 1]

    def test_partners_and_visitors_do_not(self, client, django_user_model, partner):
        account = make_user(django_user_model, "test-partner", "Partners")
        PartnerMembership.objects.create(user=account, partner=partner)
        client.force_login(account)
        assert client.get("/admin/impact/").status_code in (302, 403)
        home = client.get("/admin/")
        assert b"impact-panel-heading" not in home.content
        client.logout()
        response = client.get("/admin/impact/")
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
