"""PostgreSQL only: a stored, generated ``search_document`` column with a GIN index.

The search matches and ranks on this column instead of building the text-search vector of
every row for every query. PostgreSQL keeps it up to date by itself (a generated column), so
no trigger or save hook is needed. Django does not know the column: it is used only in the
raw SQL of ``knowledge.services._search_postgresql``. On SQLite nothing happens here; the FTS5
index of migration 0002 plays this part.
"""

from django.db import migrations

DOCUMENT = (
    "setweight(to_tsvector('dutch'::regconfig, coalesce(title, '')), 'A') || "
    "setweight(to_tsvector('dutch'::regconfig, coalesce(summary, '')), 'B') || "
    "setweight(to_tsvector('dutch'::regconfig, "
    "coalesce(body, '') || ' ' || coalesce(source, '')), 'C')"
)
CREATE = [
    f"ALTER TABLE knowledge_item ADD COLUMN search_document tsvector "
    f"GENERATED ALWAYS AS ({DOCUMENT}) STORED",
    "CREATE INDEX knowledge_item_search_document ON knowledge_item USING gin (search_document)",
]
DROP = [
    "DROP INDEX IF EXISTS knowledge_item_search_document",
    "ALTER TABLE knowledge_item DROP COLUMN IF EXISTS search_document",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0002_sqlite_fulltext")]

    operations = [migrations.RunPython(_run(CREATE), _run(DROP))]
