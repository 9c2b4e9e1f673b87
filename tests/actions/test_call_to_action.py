"""The reusable call to action: validated, placed by editors, and behind the home page's actions."""

import pytest

from django.core.exceptions import ValidationError

from itac.models import CallToAction
from tests.html import all_by_role, by_role, parse

pytestmark = pytest.mark.django_db


def call_to_action(home_page, **fields):
    return CallToAction(heading="Join us", button_text="Go", locale=home_page.locale, **fields)


def test_a_call_to_action_needs_a_page_or_an_address(home_page):
    with pytest.raises(ValidationError) as error:
        call_to_action(home_page).full_clean()
    assert "link_page" in error.value.message_dict


def test_a_call_to_action_cannot_have_both(home_page, pledge_page):
    with pytest.raises(ValidationError) as error:
        call_to_action(home_page, link_page=pledge_page, link_url="https://a.example/").full_clean()
    assert "link_url" in error.value.message_dict


@pytest.mark.parametrize(
    "fields",
    [
        {"heading": "x" * 81},
        {"button_text": "x" * 41},
        {"button_text": ""},
        {"link_url": "not an address"},
        {"link_url": "javascript:alert(1)"},
    ],
)
def test_a_call_to_action_refuses_bad_values(home_page, fields):
    action = call_to_action(home_page, link_url="https://a.example/")
    for name, value in fields.items():
        setattr(action, name, value)
    with pytest.raises(ValidationError):
        action.full_clean()


def test_a_call_to_action_leads_to_its_page_or_address(home_page, pledge_page):
    assert call_to_action(home_page, link_page=pledge_page).url == "/pledge/"
    assert call_to_action(home_page, link_url="https://a.example/").url == "https://a.example/"


def test_the_home_page_main_actions_are_calls_to_action_to_pledge_and_toolkit(client, home_page):
    actions = [block.value for block in home_page.main_actions]
    assert all(isinstance(action, CallToAction) for action in actions)
    hero = parse(client.get("/")).find(class_="hero")
    links = all_by_role(hero, "link")
    for path in ("/pledge/", "/toolkit/"):
        assert path in [action.url for action in actions]
        assert path in [link["href"] for link in links]


def test_the_home_page_has_one_primary_action_and_the_others_secondary(client, home_page):
    hero = parse(client.get("/")).find(class_="hero")
    buttons = [link for link in all_by_role(hero, "link") if "button" in link["class"]]
    assert [action.value.button_text for action in home_page.main_actions] == [
        link.get_text(strip=True) for link in buttons
    ]
    primary = [link for link in buttons if "button--secondary" not in link["class"]]
    assert primary == buttons[:1]


def test_editors_place_a_call_to_action_on_an_action_page(client, pledge_page, home_page):
    action = CallToAction.objects.create(
        heading="Lead the campaign in your city",
        button_text="Open the toolkit",
        link_url="https://itac.example.org/toolkit/",
        locale=home_page.locale,
    )
    pledge_page.after_action = [{"type": "reusable_call_to_action", "value": action.pk}]
    pledge_page.save_revision().publish()
    page = parse(client.get("/pledge/thanks/"))
    assert by_role(page, "heading", "Lead the campaign in your city")
    assert by_role(page, "link", "Open the toolkit")["href"] == "https://itac.example.org/toolkit/"


def test_editors_manage_calls_to_action_in_the_admin(client, editor):
    client.force_login(editor)
    assert client.get("/admin/snippets/itac/calltoaction/").status_code == 200
    assert client.get("/admin/snippets/itac/calltoaction/add/").status_code == 200


def test_moving_the_snippet_to_the_base_keeps_its_content_type_and_permissions(editor):
    """itac/0006 renames the content type row in place: revisions, translation sources and
    group permissions that point at it by id keep working, both ways; a row that post_migrate
    made under the new label after a rollback gives way."""
    from importlib import import_module
    from types import SimpleNamespace

    from django.apps import apps
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection

    move = import_module("itac.migrations.0006_calltoaction_from_actions").rename_content_type
    schema_editor = SimpleNamespace(connection=connection)
    original = ContentType.objects.get_for_model(CallToAction)
    assert editor.has_perm("itac.change_calltoaction")

    move("itac", "actions")(apps, schema_editor)
    original.refresh_from_db()
    assert original.app_label == "actions"
    stray = ContentType.objects.create(app_label="itac", model="calltoaction")
    Permission.objects.create(content_type=stray, codename="change_calltoaction", name="Stray")

    move("actions", "itac")(apps, schema_editor)
    original.refresh_from_db()
    assert original.app_label == "itac"
    assert not ContentType.objects.filter(pk=stray.pk).exists()
    assert Permission.objects.filter(codename="change_calltoaction").count() == 1
    editor = type(editor).objects.get(pk=editor.pk)  # permissions are cached per instance
    assert editor.has_perm("itac.change_calltoaction")
