"""DuckDB through its Python package (the `duckdb` extra), imported only when a duckdb:// URL (or
a bare path ending in .duckdb) is used: an embedded analytical database in one file, queried from
Python, R or its own shell.

The tables, keys, indexes and types are those of SQLite and PostgreSQL (`pipeline.db.tables`; in
DuckDB numbers are DOUBLE, lists VARCHAR[], objects JSON, dates DATE). A batch goes in as one
Arrow table (pyarrow comes with the extra): DuckDB inserts a row at a time through executemany at
about a thousand rows a second, an Arrow table at several hundred thousand. Within a batch the
last line with a given key wins, as with the other databases.

DuckDB has no savepoints and aborts a transaction at its first error, so the lines it refuses are
found by trying parts of a refused batch, each try rolled back, halving the refused parts down to
single lines; the batch is then written without them, in one transaction.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from pipeline.db.base import (
    REPLACED_TABLE,
    Database,
    DatabaseError,
    Row,
    RowRefused,
)
from pipeline.db.tables import (
    FACTS,
    LAYOUT_VERSION,
    META_TABLE,
    TABLES,
    Table,
    create_statements,
    quote,
    sql_type,
    upsert_sql,
)

BATCH_VIEW = "speechfacts_batch"  # the Arrow table of a batch, as DuckDB sees it


def _import_duckdb():
    try:
        import duckdb
        import pyarrow
    except ImportError:
        raise DatabaseError(
            "DuckDB support needs the duckdb and pyarrow packages: "
            "pip install 'speechfacts[duckdb]'"
        ) from None
    return duckdb, pyarrow


def _json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _number(value: int | float) -> int | float:
    try:
        return float(value)
    except OverflowError:  # beyond a double: left as it is, and refused with its line
        return value


_CONVERTERS = {"integer": int, "number": _number, "json": _json_text}


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


class DuckDBDatabase(Database):
    dialect = "duckdb"

    def __init__(self, path: str, display_url: str):
        self.duckdb, self.pa = _import_duckdb()
        super().__init__(display_url, _CONVERTERS)
        self.row_errors = (
            self.duckdb.ConstraintException,  # keys, NOT NULL, CHECK constraints
            self.duckdb.DataError,  # conversions, values out of range
            self.duckdb.InvalidInputException,  # text the driver cannot encode
            self.pa.ArrowException,  # a value the batch's Arrow column cannot hold
            UnicodeEncodeError,  # lone surrogates ("\ud800" is valid JSON, not valid UTF-8)
            OverflowError,
        )
        try:
            self.conn = self.duckdb.connect(path)
            # no progress bar of DuckDB's own on the terminal: the command draws its own
            self.conn.execute("SET enable_progress_bar = false")
        except self.duckdb.Error as exc:
            raise DatabaseError(f"cannot open {path}: {_reason(exc)}") from None
        self._upsert_one = {t.name: upsert_sql(t, "VALUES", "?") for t in TABLES.values()}
        self._upsert_batch = {}
        self._arrow = {}
        for table in TABLES.values():
            # explicit casts: ISO text to DATE, JSON text to JSON, 64-bit to the column's integer
            select = ", ".join(
                f"CAST({quote(c.name)} AS {sql_type(c, self.dialect)}) AS {quote(c.name)}"
                for c in table.columns
            )
            self._upsert_batch[table.name] = upsert_sql(
                table, f"SELECT {select} FROM {BATCH_VIEW}", "?"
            )
            self._arrow[table.name] = self.pa.schema(
                [(c.name, self._arrow_type(c.kind, c.postgres)) for c in table.columns]
            )
        self._in_transaction = False

    def _arrow_type(self, kind: str, postgres: str):
        pa = self.pa
        if kind == "integer":
            return pa.int64()
        if kind == "number":
            return pa.float64()
        if kind == "list":
            return pa.list_(pa.string())
        if postgres == "boolean":
            return pa.bool_()
        return pa.string()  # text, ISO dates and JSON text: cast by the INSERT

    # --- transactions ---------------------------------------------------------------------------

    def _begin(self) -> None:
        self.conn.execute("BEGIN TRANSACTION")
        self._in_transaction = True

    def _commit(self) -> None:
        self.conn.execute("COMMIT")
        self._in_transaction = False

    def _rollback(self) -> None:
        if self._in_transaction:
            self._in_transaction = False
            try:
                self.conn.execute("ROLLBACK")
            except self.duckdb.Error:
                pass  # the connection is gone; nothing was committed
            self._unregister()

    def prepare(self) -> None:
        try:
            self._begin()
            self.conn.execute(
                f"CREATE TABLE IF NOT EXISTS {META_TABLE} (key VARCHAR PRIMARY KEY, value VARCHAR)"
            )
            found = self.conn.execute(
                f"SELECT value FROM {META_TABLE} WHERE key = 'schema_version'"
            ).fetchone()
            if found and found[0] != LAYOUT_VERSION:
                raise DatabaseError(
                    f"the database holds schema version {found[0]}; this speechfacts loads "
                    f"version {LAYOUT_VERSION} (use a new database)"
                )
            if not found:
                self.conn.execute(
                    f"INSERT INTO {META_TABLE} VALUES ('schema_version', ?)", (LAYOUT_VERSION,)
                )
            for table in TABLES.values():
                for statement in create_statements(table, self.dialect):
                    self.conn.execute(statement)
            self._commit()
            self.conn.execute(
                f"CREATE TEMP TABLE IF NOT EXISTS {REPLACED_TABLE} "
                "(fact_id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL)"
            )
            self.conn.execute(f"DELETE FROM {REPLACED_TABLE}")
        except self.duckdb.Error as exc:
            self._rollback()
            raise DatabaseError(_reason(exc)) from None
        except DatabaseError:
            self._rollback()
            raise

    # --- writing --------------------------------------------------------------------------------

    def _delete_facts(self, replace: Sequence[str]) -> None:
        if not replace:
            return
        doc_id = quote("doc_id")
        documents = f"{doc_id} IN (SELECT unnest(?::VARCHAR[]))"
        self.conn.execute(
            f"INSERT OR IGNORE INTO {REPLACED_TABLE} "
            f"SELECT fact_id, {doc_id} FROM {FACTS.name} WHERE {documents}",
            (list(replace),),
        )
        self.conn.execute(f"DELETE FROM {FACTS.name} WHERE {documents}", (list(replace),))

    def _last_of_each_key(self, table: Table, rows: Sequence[Row]) -> list[Row]:
        # one INSERT cannot update a row twice: the last line of a key wins, as line by line
        key = table.names.index(table.key)
        return list({row[key]: row for row in rows}.values())

    def _insert(self, table: Table, rows: Sequence[Row]) -> None:
        rows = self._last_of_each_key(table, rows)
        schema = self._arrow[table.name]
        columns = list(zip(*rows, strict=True)) if rows else [()] * len(schema)
        batch = self.pa.table(
            [self.pa.array(values, type=f.type) for values, f in zip(columns, schema, strict=True)],
            schema=schema,
        )
        self.conn.register(BATCH_VIEW, batch)
        self.conn.execute(self._upsert_batch[table.name])
        self._unregister()

    def _unregister(self) -> None:
        try:
            self.conn.unregister(BATCH_VIEW)
        except self.duckdb.Error:
            pass  # in an aborted transaction: done after the rollback

    def write_batch(self, table: Table, rows: Sequence[Row], replace: Sequence[str]) -> None:
        try:
            self._begin()
            self._delete_facts(replace)
            self._insert(table, rows)
            self._commit()
        except self.row_errors as exc:
            self._rollback()
            raise RowRefused(_reason(exc)) from None
        except self.duckdb.Error as exc:
            self._rollback()
            raise DatabaseError(_reason(exc)) from None

    def _refusal(self, table: Table, rows: Sequence[Row], replace: Sequence[str]) -> str | None:
        """Why the database refuses these rows (tried as the batch would be, then rolled back),
        or None."""
        try:
            self._begin()
            self._delete_facts(replace)
            self._insert(table, rows)
            return None
        except self.row_errors as exc:
            return _reason(exc)
        finally:
            self._rollback()

    def _find_refused(
        self, table: Table, rows: Sequence[Row], replace: Sequence[str], stop_at_first: bool
    ) -> list[tuple[int, str]]:
        """The rows refused alone: the refused part of the batch is halved until single rows
        remain (a few tries per refused row, not one per row)."""
        refused: list[tuple[int, str]] = []

        def search(indexes: list[int]) -> None:
            for part in (indexes[: len(indexes) // 2], indexes[len(indexes) // 2 :]):
                if not part or (stop_at_first and refused):
                    continue
                reason = self._refusal(table, [rows[i] for i in part], replace)
                if reason is None:
                    continue
                if len(part) == 1:
                    refused.append((part[0], reason))
                else:
                    search(part)

        search(list(range(len(rows))))
        return refused

    def write_rows_one_by_one(
        self, table: Table, rows: Sequence[Row], replace: Sequence[str], stop_at_first: bool
    ) -> list[tuple[int, str]]:
        try:
            refused = self._find_refused(table, rows, replace, stop_at_first)
            if refused and stop_at_first:
                return refused[:1]  # nothing of the batch is written
            skip = {i for i, _ in refused}
            self.write_batch(table, [r for i, r in enumerate(rows) if i not in skip], replace)
        except RowRefused as exc:  # no line alone, but the lines together
            raise DatabaseError(f"the batch was refused, though none of its lines: {exc}") from None
        except self.duckdb.Error as exc:
            self._rollback()
            raise DatabaseError(_reason(exc)) from None
        return refused

    def count(self, table: Table) -> int:
        return self.conn.execute(f"SELECT count(*) FROM {table.name}").fetchone()[0]

    def counts(self, query: str) -> tuple[int, ...]:
        try:
            return tuple(int(n) for n in self.conn.execute(query).fetchone())
        except self.duckdb.Error as exc:
            raise DatabaseError(_reason(exc)) from None

    def close(self) -> None:
        self._rollback()
        self.conn.close()
