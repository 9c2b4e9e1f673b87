"""Editors review, filter and export signatures in the admin; emails never leave it."""

import csv
import io

import pytest

from actions.models import PledgeSignature
from tests.html import hrefs, parse, rows_text

pytestmark = pytest.mark.django_db

LISTING = "/admin/snippets/actions/pledgesignature/"


@pytest.fixture
def signatures(pledge_page):
    return [
        PledgeSignature.objects.create(
            pledge=pledge_page,
            display_name="Quito Welcome Network",
            signer_type="organisation",
            country="EC",
            email="hola@quito.example.org",
            email_updates=True,
            language="es",
        ),
        PledgeSignature.objects.create(
            pledge=pledge_page,
            display_name="Mira from Oslo",
            signer_type="individual",
            country="NO",
            email="mira@oslo.example.org",
            email_updates=True,
            language="en",
        ),
    ]


def test_editors_see_signatures_with_their_emails(client, editor, signatures):
    client.force_login(editor)
    response = client.get(LISTING)
    assert response.status_code == 200
    rows = rows_text(parse(response))
    assert "Quito Welcome Network" in rows and "hola@quito.example.org" in rows


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        ("country=NO", "Mira from Oslo", "Quito Welcome Network"),
        ("signer_type=organisation", "Quito Welcome Network", "Mira from Oslo"),
    ],
)
def test_editors_filter_signatures(client, editor, signatures, query, shown, hidden):
    client.force_login(editor)
    rows = rows_text(parse(client.get(f"{LISTING}?{query}")))
    assert shown in rows and hidden not in rows


def test_editors_filter_by_pledge_and_date(client, editor, signatures, pledge_page):
    client.force_login(editor)
    rows = rows_text(parse(client.get(f"{LISTING}?pledge={pledge_page.pk}")))
    assert "Mira from Oslo" in rows
    rows = rows_text(
        parse(client.get(f"{LISTING}?created_at_from=2001-01-01&created_at_to=2001-12-31"))
    )
    assert "Mira from Oslo" not in rows


def test_editors_export_signatures_as_csv(client, editor, signatures):
    client.force_login(editor)
    response = client.get(f"{LISTING}?export=csv&country=EC&signer_type=organisation")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))
    assert len(rows) == 2
    assert "hola@quito.example.org" in rows[1]
    assert "Quito Welcome Network" in rows[1]


def test_nobody_adds_signatures_in_the_admin(client, administrator, editor):
    for user in (administrator, editor):
        client.force_login(user)
        assert client.get(f"{LISTING}add/").status_code in (302, 403)
        assert f"{LISTING}add/" not in hrefs(parse(client.get(LISTING)))


def test_visitors_cannot_reach_the_listing(client, signatures):
    response = client.get(LISTING)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
