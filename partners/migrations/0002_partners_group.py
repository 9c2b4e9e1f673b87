from django.db import migrations


def create_partners_group(apps, schema_editor):
    """The group partner user accounts belong to; its powers come with story submission."""
    Group = apps.get_model("auth", "Group")
    Group.objects.get_or_create(name="Partners")


class Migration(migrations.Migration):
    dependencies = [("partners", "0001_initial")]

    operations = [migrations.RunPython(create_partners_group, migrations.RunPython.noop)]
