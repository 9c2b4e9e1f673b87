# The reusable call to action now belongs to the base app (itac/0006 takes it over, with its
# table and its content type): only the actions app's state forgets it; no table is dropped.

from django.db import migrations


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
    ]
