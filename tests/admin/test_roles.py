"""The four roles, as stories/submissions/roles.py sets them up (README "Roles in the admin")."""

import pytest

from django.contrib.auth.models import Group

from wagtail.models import GroupCollectionPermission, GroupPagePermission, Page

from stories.submissions.roles import set_up_roles
from tests.factories import EventPageFactory, PartnerPageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        group.name: (
            sorted(group.permissions.values_list("codename", flat=True)),
            sorted(
                GroupPagePermission.objects.filter(group=group).values_list(
                    "page_id", "permission__codename"
                )
            ),
            sorted(
                GroupCollectionPermission.objects.filter(group=group).values_list(
                    "collection__name", "permission__codename"
                )
            ),
        )
        for group in Group.objects.all()
    }


def test_setting_up_the_roles_again_changes_nothing():
    before = snapshot()
    set_up_roles()
    assert snapshot() == before
    assert {"Editors", "Moderators", "Partners"} <= set(before)


def test_campaign_pages_go_live_without_review_and_stories_go_through_it(home_page, editor):
    for page in (home_page, EventPageFactory()):
        assert page.get_workflow() is None
        assert page.permissions_for_user(editor).can_publish()
    story = StoryPageFactory()
    assert story.get_workflow().name == "Story review"
    partner = PartnerPageFactory()
    assert partner.get_workflow().name == "Partner profile review"
    assert partner.permissions_for_user(editor).can_publish()  # editors publish directly


def test_editors_never_hold_private_records_or_accounts():
    editors = Group.objects.get(name="Editors")
    codenames = set(editors.permissions.values_list("codename", flat=True))
    assert "view_storysubmission" not in codenames
    assert not any("partnermembership" in codename for codename in codenames)
    assert "publish_page" not in codenames  # page rights come from the tree, below
    root = Page.get_first_root_node()
    assert set(
        GroupPagePermission.objects.filter(group=editors).values_list("page_id", flat=True)
    ) == {root.pk}


def test_moderators_work_on_story_libraries_only(moderator, home_page):
    assert not home_page.permissions_for_user(moderator).can_edit()
    story = StoryPageFactory()
    assert story.permissions_for_user(moderator).can_edit()
    collections = set(
        GroupCollectionPermission.objects.filter(group__name="Moderators").values_list(
            "collection__name", flat=True
        )
    )
    assert collections == {"Submissions"}
