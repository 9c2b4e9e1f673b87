# The reusable call to action now belongs to the base app (itac/0006 takes it over, with its
# table and its content type): only the actions app's state forgets it; no table is dropped.

from django.db import migrations


def forget_stray_content_type(apps, schema_editor):
    # After only this migration was unapplied, post_migrate made an (actions, calltoaction) row
    # beside the one itac/0006 renamed: it holds nothing but copies of the default permissions.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_types = ContentType.objects.using(schema_editor.connection.alias)
    if not content_types.filter(app_label="itac", model="calltoaction").exists():
        return
    stray = content_types.filter(app_label="actions", model="calltoaction").first()
    if stray is not None:
        Permission.objects.using(schema_editor.connection.alias).filter(content_type=stray).delete()
        stray.delete()
        ContentType.objects.clear_cache()


class Migration(migrations.Migration):

    dependencies = [
        ('actions', '0003_editor_permissions'),
        ('itac', '0006_calltoaction_from_actions'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name='CallToAction')],
            database_operations=[],
        ),
        migrations.RunPython(forget_stray_content_type, migrations.RunPython.noop),
    ]
