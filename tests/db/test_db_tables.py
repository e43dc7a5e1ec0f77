"""pipeline.db.tables: one column per record field, quoted identifiers, the indexes."""

from __future__ import annotations

import pytest

from pipeline.db.tables import DOCUMENTS, FACTS, create_statements, upsert_sql
from pipeline.records import FACT_FIELDS
from pipeline.schemas import load_schema


def test_columns_are_the_record_fields():
    assert FACTS.names == FACT_FIELDS
    assert list(DOCUMENTS.names) == load_schema("document")["required"]
    assert (FACTS.key, DOCUMENTS.key) == ("fact_id", "doc_id")


@pytest.mark.parametrize("dialect", ["sqlite", "postgres"])
def test_create_statements_quote_every_column_and_key_the_tables(dialect):
    table_sql, *index_sql = create_statements(FACTS, dialect)
    assert '"end" INTEGER NOT NULL' in table_sql.replace("integer", "INTEGER")
    assert '"fact_id" TEXT NOT NULL PRIMARY KEY' in table_sql.replace("text", "TEXT")
    assert ('"doc_date" date' in table_sql) == (dialect == "postgres")
    indexed = {column for sql in index_sql for column in FACTS.names if f'"{column}"' in sql}
    assert indexed >= {"type", "unit", "period", "speaker", "doc_date", "doc_id"}
    assert all(sql.startswith("CREATE INDEX IF NOT EXISTS facts_") for sql in index_sql)


def test_upsert_replaces_every_column_but_the_key():
    sql = upsert_sql(DOCUMENTS, "VALUES", "?")
    assert sql.count("?") == len(DOCUMENTS.columns)
    assert 'ON CONFLICT ("doc_id") DO UPDATE SET' in sql
    assert '"doc_id" = excluded' not in sql and '"text" = excluded."text"' in sql
