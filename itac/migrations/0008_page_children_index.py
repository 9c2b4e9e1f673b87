"""An index on Wagtail's pages by depth and path: a page's children (depth + 1, under its path).

Wagtail finds a page's children by their depth and a range of paths, and indexes neither
together: under the home page, whose path range holds every story, PostgreSQL read the whole
page table (18 ms at 100,000 stories) each time a process worked out the home's children
again after a publish (itac.models.HomePage.child_page). With both in one index, a handful
of rows are read at any size.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("itac", "0007_campaign_settings_privacy_and_story_form_pages"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS itac_page_children ON wagtailcore_page (depth, path)",
            "DROP INDEX IF EXISTS itac_page_children",
        ),
    ]
