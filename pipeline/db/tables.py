"""The database layout: one table per record kind, one column per record field.

Columns carry the record's field names unchanged, so a query reads like the record format in the
README (`"end"` needs double quotes: it is an SQL keyword). Types are the natural ones: numbers as
NUMERIC, years and offsets as INTEGER, the document date as DATE (TEXT `YYYY-MM-DD` in SQLite,
which has no date type), an event's `date` as TEXT because it may be `YYYY` or `YYYY-MM`.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.records import FACT_FIELDS, SCHEMA_VERSION

# The version of this layout, stored in the database; a database made for another version is
# refused rather than mixed (see docs/CHANGELOG-schema.md).
LAYOUT_VERSION = SCHEMA_VERSION
META_TABLE = "speechfacts_meta"


@dataclass(frozen=True)
class Column:
    name: str
    sqlite: str  # declared type in SQLite
    postgres: str  # type in PostgreSQL
    not_null: bool = False
    # how a JSON value becomes a column value: "scalar" as it is, "integer", "number", "list" (of
    # strings), "json" (any other array or object)
    kind: str = "scalar"


@dataclass(frozen=True)
class Table:
    name: str
    record: str  # the schema name of its records ("fact", "document")
    key: str
    columns: tuple[Column, ...]
    indexes: tuple[tuple[str, ...], ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


def _text(name: str, not_null: bool = False) -> Column:
    return Column(name, "TEXT", "text", not_null)


def _int(name: str, not_null: bool = False) -> Column:
    return Column(name, "INTEGER", "integer", not_null, kind="integer")


def _number(name: str) -> Column:
    return Column(name, "NUMERIC", "numeric", kind="number")


def _date(name: str) -> Column:
    return Column(name, "TEXT", "date")


_FACT_COLUMNS = {
    "schema_version": _text("schema_version", True),
    "fact_id": _text("fact_id", True),
    "doc_id": _text("doc_id", True),
    "doc_date": _date("doc_date"),
    "type": _text("type", True),
    "text": _text("text", True),
    "start": _int("start", True),
    "end": _int("end", True),
    "value": _number("value"),
    "high": _number("high"),
    "period": _int("period"),
}

FACTS = Table(
    name="facts",
    record="fact",
    key="fact_id",
    # every fact field, in the record's order; the ones not listed above are nullable text
    columns=tuple(_FACT_COLUMNS.get(name, _text(name)) for name in FACT_FIELDS),
    indexes=(
        ("doc_id",),  # also what replacing a document's facts looks up
        ("type", "period"),
        ("unit", "period"),
        ("period",),
        ("speaker",),
        ("doc_date",),
        ("event_key",),  # schema 1.4: one event's records across documents
    ),
)

DOCUMENTS = Table(
    name="documents",
    record="document",
    key="doc_id",
    columns=(
        _text("schema_version", True),
        _text("doc_id", True),
        _text("title"),
        _date("date"),
        _text("place"),
        # schema 1.5: the event the document is the record of (`facts JOIN documents`)
        _text("event_name"),
        _text("event_kind"),
        _text("event_key"),
        _text("url"),
        _text("source", True),
        # SQLite: JSON arrays and objects as text (json_each, json_extract read them)
        Column("speakers", "TEXT", "text[]", True, kind="list"),
        Column("participants", "TEXT", "jsonb", True, kind="json"),
        _int("word_count", True),
        Column("fact_counts", "TEXT", "jsonb", True, kind="json"),
        _text("text", True),
    ),
    indexes=(("date",), ("event_key",)),
)

TABLES = {"fact": FACTS, "document": DOCUMENTS}


def quote(name: str) -> str:
    """Every identifier is quoted: several field names (end, date, type, text) are SQL keywords."""
    return '"' + name.replace('"', '""') + '"'


# DuckDB takes PostgreSQL's type names, except: `numeric` there is DECIMAL(18,3), which would
# round figures and overflow past 10^15, so numbers are DOUBLE (as in Parquet); jsonb is JSON.
_DUCKDB_TYPES = {"numeric": "DOUBLE", "jsonb": "JSON", "text": "VARCHAR", "text[]": "VARCHAR[]"}


def sql_type(column: Column, dialect: str) -> str:
    """The column's type in `dialect` ("sqlite", "postgres" or "duckdb")."""
    if dialect == "sqlite":
        return column.sqlite
    if dialect == "duckdb":
        return _DUCKDB_TYPES.get(column.postgres, column.postgres.upper())
    return column.postgres


def create_statements(table: Table, dialect: str) -> list[str]:
    """CREATE TABLE / INDEX IF NOT EXISTS statements for `dialect` ("sqlite", "postgres" or
    "duckdb")."""
    columns = []
    for column in table.columns:
        declared = sql_type(column, dialect)
        # NOT NULL on the key too: SQLite would otherwise accept a NULL primary key
        suffix = " NOT NULL" if column.not_null or column.name == table.key else ""
        if column.name == table.key:
            suffix += " PRIMARY KEY"
        columns.append(f"{quote(column.name)} {declared}{suffix}")
    statements = [f"CREATE TABLE IF NOT EXISTS {table.name} (\n  " + ",\n  ".join(columns) + "\n)"]
    for index in table.indexes:
        name = f"{table.name}_{'_'.join(index)}_idx"
        cols = ", ".join(quote(c) for c in index)
        statements.append(f"CREATE INDEX IF NOT EXISTS {name} ON {table.name} ({cols})")
    return statements


def upsert_sql(table: Table, source: str, placeholder: str) -> str:
    """INSERT that replaces the row with the same key. `source` is "VALUES" or a SELECT."""
    cols = ", ".join(quote(c) for c in table.names)
    updates = ", ".join(f"{quote(c)} = excluded.{quote(c)}" for c in table.names if c != table.key)
    if source == "VALUES":
        source = "VALUES (" + ", ".join([placeholder] * len(table.columns)) + ")"
    return (
        f"INSERT INTO {table.name} ({cols}) {source} "
        f"ON CONFLICT ({quote(table.key)}) DO UPDATE SET {updates}"
    )
