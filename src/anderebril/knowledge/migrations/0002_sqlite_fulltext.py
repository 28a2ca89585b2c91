"""SQLite only: an FTS5 index over the kennisbank, kept in step with ``knowledge_item`` by
triggers. On PostgreSQL nothing happens here; the search uses its Dutch text search instead."""

from django.db import migrations

CREATE = [
    """CREATE VIRTUAL TABLE knowledge_item_fts USING fts5(
        title, summary, body, source,
        content='knowledge_item', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER knowledge_item_fts_insert AFTER INSERT ON knowledge_item BEGIN
        INSERT INTO knowledge_item_fts(rowid, title, summary, body, source)
        VALUES (new.id, new.title, new.summary, new.body, new.source);
    END""",
    """CREATE TRIGGER knowledge_item_fts_delete AFTER DELETE ON knowledge_item BEGIN
        INSERT INTO knowledge_item_fts(knowledge_item_fts, rowid, title, summary, body, source)
        VALUES ('delete', old.id, old.title, old.summary, old.body, old.source);
    END""",
    """CREATE TRIGGER knowledge_item_fts_update AFTER UPDATE ON knowledge_item BEGIN
        INSERT INTO knowledge_item_fts(knowledge_item_fts, rowid, title, summary, body, source)
        VALUES ('delete', old.id, old.title, old.summary, old.body, old.source);
        INSERT INTO knowledge_item_fts(rowid, title, summary, body, source)
        VALUES (new.id, new.title, new.summary, new.body, new.source);
    END""",
    "INSERT INTO knowledge_item_fts(knowledge_item_fts) VALUES ('rebuild')",
]
DROP = [
    "DROP TRIGGER IF EXISTS knowledge_item_fts_update",
    "DROP TRIGGER IF EXISTS knowledge_item_fts_delete",
    "DROP TRIGGER IF EXISTS knowledge_item_fts_insert",
    "DROP TABLE IF EXISTS knowledge_item_fts",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "sqlite":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0001_initial")]

    operations = [migrations.RunPython(_run(CREATE), _run(DROP))]
