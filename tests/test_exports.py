"""Admin CSV exports cannot run formulas in a spreadsheet (issue 16), and each of them works."""

import csv
import io

import pytest

from django.contrib.auth.models import Group

from wagtail.models import Locale

from actions.models import PledgePage, PledgeSignature
from itac.exports import neutralise_formula
from partners.models import PartnerMembership
from tests.conftest import make_user
from tests.factories import PartnerPageFactory, StoryPageFactory, StorySubmissionFactory

pytestmark = pytest.mark.django_db

EVIL = '=HYPERLINK("http://evil.example","x")'


def exported_rows(client, url):
    response = client.get(url, {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(content)))


def cells(rows):
    return [cell for row in rows[1:] for cell in row]


class TestTheHelper:
    @pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
    def test_a_cell_a_spreadsheet_would_run_is_shown_as_text(self, start):
        assert neutralise_formula(f"{start}SUM(A1:A9)") == f"'{start}SUM(A1:A9)"

    @pytest.mark.parametrize("value", ["Amina", "", "1+1", "a=b", 42, -5, None, 3.5])
    def test_everything_else_is_unchanged(self, value):
        assert neutralise_formula(value) == value


@pytest.fixture
def admin_client(client, administrator):
    client.force_login(administrator)
    return client


def story(title):
    return StoryPageFactory(
        title=title, storyteller_display="first-name", storyteller_name="@Amina", city="-Dublin"
    )


def partner(title):
    return PartnerPageFactory(title=title, role_summary="+31 helps")


class TestEveryExport:
    def test_pledges(self, admin_client):
        pledge = PledgePage.objects.filter(locale=Locale.get_default()).first()
        PledgeSignature.objects.create(
            pledge=pledge, display_name=EVIL, signer_type="individual", country="IE", language="en"
        )
        exported = cells(exported_rows(admin_client, "/admin/snippets/actions/pledgesignature/"))
        assert "'" + EVIL in exported
        assert EVIL not in exported

    def test_stories(self, admin_client):
        story(EVIL)
        exported = cells(exported_rows(admin_client, "/admin/stories/"))
        assert "'" + EVIL in exported and "'@Amina" in exported and "'-Dublin" in exported
        assert EVIL not in exported

    def test_partners(self, admin_client):
        partner(EVIL)
        exported = cells(exported_rows(admin_client, "/admin/partner_pages/"))
        assert "'" + EVIL in exported and "'+31 helps" in exported
        assert EVIL not in exported

    def test_submissions(self, admin_client):
        page = story(EVIL)
        StorySubmissionFactory(story=page)
        exported = cells(
            exported_rows(admin_client, "/admin/snippets/story_submissions/storysubmission/")
        )
        assert "'" + EVIL in exported
        assert EVIL not in exported

    def test_partner_accounts(self, admin_client, django_user_model):
        user = make_user(django_user_model, "-partner-account")
        user.groups.add(Group.objects.get(name="Partners"))
        PartnerMembership.objects.create(user=user, partner=partner("Neighbours Together"))
        rows = exported_rows(admin_client, "/admin/snippets/partners/partnermembership/")
        assert rows[0] == ["Account", "Email", "Partner"]
        exported = cells(rows)
        assert "'-partner-account" in exported
        assert "-partner-account@example.org" not in exported
        assert "'-partner-account@example.org" in exported
        assert "Neighbours Together" in exported

    def test_partner_accounts_as_a_workbook(self, admin_client, django_user_model):
        """The XLSX export opens in a spreadsheet with one row per account, and a cell that
        looks like a formula is stored as text (openpyxl reads a formula cell as type "f")."""
        from openpyxl import load_workbook

        user = make_user(django_user_model, "-partner-account")
        user.groups.add(Group.objects.get(name="Partners"))
        PartnerMembership.objects.create(user=user, partner=partner(EVIL))
        other = make_user(django_user_model, "quiet-partner")
        other.groups.add(Group.objects.get(name="Partners"))
        PartnerMembership.objects.create(user=other, partner=partner("Neighbours Together"))

        response = admin_client.get(
            "/admin/snippets/partners/partnermembership/", {"export": "xlsx"}
        )
        assert response.status_code == 200
        assert "partner-accounts.xlsx" in response["Content-Disposition"]
        content = b"".join(response.streaming_content)
        sheet = load_workbook(io.BytesIO(content)).active
        rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
        assert rows[0] == ["Account", "Email", "Partner"]
        assert sorted(rows[1:]) == [
            ["-partner-account", "-partner-account@example.org", EVIL],
            ["quiet-partner", "quiet-partner@example.org", "Neighbours Together"],
        ]
        types = {cell.value: cell.data_type for row in sheet.iter_rows() for cell in row}
        assert types[EVIL] == "s" and types["-partner-account"] == "s"
        assert "f" not in types.values()
