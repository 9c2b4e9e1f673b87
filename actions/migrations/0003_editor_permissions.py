from django.db import migrations

# Editors and moderators run the calls to action: they manage the reusable snippets, and
# review signatures (hide a name from the public list, remove one on request, export).
GROUP_PERMISSIONS = [
    "add_calltoaction",
    "change_calltoaction",
    "delete_calltoaction",
    "view_calltoaction",
    "change_pledgesignature",
    "delete_pledgesignature",
    "view_pledgesignature",
]


def grant_group_permissions(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions for new models appear only after migrate finishes; make them now.
    app_config = apps.get_app_config("actions")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = list(
        Permission.objects.filter(content_type__app_label="actions", codename__in=GROUP_PERMISSIONS)
    )
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [("actions", "0002_pledge_and_toolkit"), ("wagtailcore", "0098_apitoken")]

    operations = [migrations.RunPython(grant_group_permissions, migrations.RunPython.noop)]
