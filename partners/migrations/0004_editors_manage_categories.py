from django.db import migrations

CATEGORY_PERMISSIONS = ["add", "change", "delete", "view"]


def let_editors_manage_categories(apps, schema_editor):
    """Editors manage partner categories; partner accounts (memberships) stay with administrators."""
    from django.contrib.auth.management import create_permissions

    # Permissions are normally made after all migrations; make them now to hand them out.
    app_config = apps.get_app_config("partners")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="partners",
        codename__in=[f"{action}_partnercategory" for action in CATEGORY_PERMISSIONS],
    )
    for group in Group.objects.filter(name="Editors"):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0003_directory_rules"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(let_editors_manage_categories, migrations.RunPython.noop)]
