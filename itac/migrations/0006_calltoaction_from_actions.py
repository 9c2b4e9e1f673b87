# The reusable call to action moves from the actions app to the base (itac): every app's pages
# place it (itac.blocks.CallToActionBlock). Nothing moves in the database: the model keeps its
# table (db_table), and its content type row is renamed in place (same id), so that revisions,
# translation sources, the reference index, log entries and permissions that point at it
# keep working. actions/0004 removes the model from the actions app's state.

import django.db.models.deletion
import modelsearch.index
import uuid
from django.conf import settings
from django.db import migrations, models


def rename_content_type(app_label_from, app_label_to):
    def rename(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        Permission = apps.get_model("auth", "Permission")
        content_types = ContentType.objects.using(schema_editor.connection.alias)
        source = content_types.filter(app_label=app_label_from, model="calltoaction").first()
        if source is None:
            return  # a new database: post_migrate makes the row afterwards
        # A row under the new label exists only when post_migrate made it after this migration
        # was unapplied: it holds nothing but its own copies of the default permissions.
        stray = content_types.filter(app_label=app_label_to, model="calltoaction").first()
        if stray is not None:
            Permission.objects.using(schema_editor.connection.alias).filter(
                content_type=stray
            ).delete()
            stray.delete()
        source.app_label = app_label_to
        source.save(update_fields=["app_label"])
        ContentType.objects.clear_cache()

    return rename


class Migration(migrations.Migration):

    dependencies = [
        ('itac', '0005_content_page_pledge_figures'),
        ('actions', '0003_editor_permissions'),
        ('auth', '0012_alter_user_first_name_max_length'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='CallToAction',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                        ('heading', models.CharField(max_length=80, verbose_name='heading')),
                        ('text', models.TextField(blank=True, max_length=300, verbose_name='text')),
                        ('button_text', models.CharField(max_length=40, verbose_name='button text')),
                        ('link_url', models.URLField(blank=True, verbose_name='or an address')),
                        ('link_page', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.WAGTAIL_PAGE_MODEL, verbose_name='page')),
                        ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                    ],
                    options={
                        'verbose_name': 'call to action',
                        'verbose_name_plural': 'calls to action',
                        'db_table': 'actions_calltoaction',
                        'abstract': False,
                        'unique_together': {('translation_key', 'locale')},
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(
            rename_content_type("actions", "itac"), rename_content_type("itac", "actions")
        ),
    ]
