"""The powers each role has over submissions, set after every migrate (idempotent).

Model permissions only exist once Django's post_migrate has created them, so this runs
from a post_migrate handler rather than a data migration.
"""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission

MODERATOR_PERMISSIONS = [
    ("story_submissions", "view_storysubmission"),
    ("story_submissions", "change_storysubmission"),
    ("story_submissions", "delete_storysubmission"),
    ("story_submissions", "view_removalrequest"),
    ("story_submissions", "change_removalrequest"),
]
PARTNER_PERMISSIONS = [("wagtailadmin", "access_admin")]


def grant(group_name, permissions):
    group, _created = Group.objects.get_or_create(name=group_name)
    for app_label, codename in permissions:
        permission = Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()
        if permission is not None:
            group.permissions.add(permission)


def set_up_roles(**kwargs):
    # This app's permissions may not exist yet: Django creates them in a later handler.
    for app_label in ("story_submissions", "wagtailadmin"):
        create_permissions(apps.get_app_config(app_label), verbosity=0)
    grant("Moderators", MODERATOR_PERMISSIONS)
    grant("Partners", PARTNER_PERMISSIONS)
