from django.db import migrations

# PostgreSQL only (elsewhere the library searches through Wagtail's backend): the visitor's
# words read with each of the campaign's text search configurations, the distinct readings
# joined by OR (stories/search.py, `SearchWords`). Immutable: PostgreSQL works it out once
# while planning a query, as the six readings it replaces. Kept in step with ALL_CONFIGS.
CONFIGS = [
    "itac_english",
    "itac_spanish",
    "itac_french",
    "itac_portuguese",
    "itac_arabic",
    "itac_simple",
]
READINGS = ", ".join(f"websearch_to_tsquery('{config}', words)" for config in CONFIGS)
CREATE = f"""
CREATE OR REPLACE FUNCTION itac_search_query(words text) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT string_agg(DISTINCT '(' || reading::text || ')', ' | ')::tsquery
  FROM unnest(ARRAY[{READINGS}]) AS reading
  WHERE numnode(reading) > 0
$$
"""


def create_search_query_function(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop_search_query_function(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP FUNCTION IF EXISTS itac_search_query(text)")


class Migration(migrations.Migration):
    dependencies = [("stories", "0005_search_document_filters")]

    operations = [
        migrations.RunPython(create_search_query_function, drop_search_query_function),
    ]
