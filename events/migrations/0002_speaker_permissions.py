from django.db import migrations

SPEAKER_PERMISSIONS = ["add_speaker", "change_speaker", "delete_speaker", "view_speaker"]


def let_editors_manage_speakers(apps, schema_editor):
    """Editors and moderators keep the speaker library up to date alongside event pages."""
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("events")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="events", codename__in=SPEAKER_PERMISSIONS
    )
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [("events", "0001_initial"), ("wagtailcore", "0098_apitoken")]

    operations = [migrations.RunPython(let_editors_manage_speakers, migrations.RunPython.noop)]
