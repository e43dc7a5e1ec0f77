"""SQLite through the standard library's sqlite3: the embedded default (`sqlite:///facts.db`).

Transactions are explicit (`isolation_level=None` and BEGIN IMMEDIATE ... COMMIT), so a batch is
exactly one transaction, and the write lock is taken at its start rather than half-way through.
"""

from __future__ import annotations

import json
import sqlite3
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
    upsert_sql,
)

_INT64 = 2**63


def _json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)  # json_each / json_extract read it


def _number(value: int | float) -> int | float:
    # beyond SQLite's 64-bit INTEGER: stored as REAL, as SQLite does with such a literal
    if isinstance(value, int) and not -_INT64 <= value < _INT64:
        return float(value)
    return value


_CONVERTERS = {
    "integer": int,  # JSON Schema integers may be written 3.0
    "number": _number,
    "list": _json_text,
    "json": _json_text,
}


def _reason(exc: BaseException) -> str:
    return f"{exc}" if isinstance(exc, sqlite3.Error) else f"{type(exc).__name__}: {exc}"


class SQLiteDatabase(Database):
    dialect = "sqlite"
    # refusals of one row's data; sqlite3.OperationalError (locked, disk full, read-only) is not
    row_errors = (
        sqlite3.IntegrityError,  # constraints, and triggers that RAISE(ABORT, ...)
        sqlite3.DataError,
        sqlite3.InterfaceError,  # a value that cannot be bound
        OverflowError,
        UnicodeEncodeError,  # lone surrogates ("\ud800" is valid JSON, not valid UTF-8)
    )

    def __init__(self, path: str, display_url: str):
        super().__init__(display_url, _CONVERTERS)
        try:
            self.conn = sqlite3.connect(path, isolation_level=None, timeout=30)
            self.conn.execute("PRAGMA user_version")  # opening is lazy: fail here, not later
        except sqlite3.Error as exc:
            raise DatabaseError(f"cannot open {path}: {exc}") from None
        self._upsert = {t.name: upsert_sql(t, "VALUES", "?") for t in TABLES.values()}

    def prepare(self) -> None:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            self.conn.execute(
                f"CREATE TABLE IF NOT EXISTS {META_TABLE} (key TEXT PRIMARY KEY, value TEXT)"
            )
            found = self.conn.execute(
                f"SELECT value FROM {META_TABLE} WHERE key = 'schema_version'"
            ).fetchone()
            if found and found[0] != LAYOUT_VERSION:
                raise DatabaseError(
                    f"the database holds schema version {found[0]}; this speechfacts loads "
                    f"version {LAYOUT_VERSION} (use a new database)"
                )
            self.conn.execute(
                f"INSERT OR IGNORE INTO {META_TABLE} VALUES ('schema_version', ?)",
                (LAYOUT_VERSION,),
            )
            for table in TABLES.values():
                for statement in create_statements(table, self.dialect):
                    self.conn.execute(statement)
            self.conn.execute(
                f"CREATE TEMP TABLE IF NOT EXISTS {REPLACED_TABLE} "
                "(fact_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL)"
            )
            self.conn.execute(f"DELETE FROM temp.{REPLACED_TABLE}")
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise DatabaseError(_reason(exc)) from None
        except DatabaseError:
            self._rollback()
            raise

    def _begin(self, table: Table, replace: Sequence[str]) -> None:
        self.conn.execute("BEGIN IMMEDIATE")
        if replace:
            documents = [(d,) for d in replace]
            doc_id = quote("doc_id")
            self.conn.executemany(
                f"INSERT OR IGNORE INTO temp.{REPLACED_TABLE} "
                f"SELECT fact_id, {doc_id} FROM {FACTS.name} WHERE {doc_id} = ?",
                documents,
            )
            self.conn.executemany(f"DELETE FROM {FACTS.name} WHERE {doc_id} = ?", documents)

    def write_batch(self, table: Table, rows: Sequence[Row], replace: Sequence[str]) -> None:
        try:
            self._begin(table, replace)
            self.conn.executemany(self._upsert[table.name], rows)
            self.conn.execute("COMMIT")
        except self.row_errors as exc:
            self._rollback()
            raise RowRefused(_reason(exc)) from None
        except sqlite3.Error as exc:
            self._rollback()
            raise DatabaseError(_reason(exc)) from None

    def write_rows_one_by_one(
        self, table: Table, rows: Sequence[Row], replace: Sequence[str], stop_at_first: bool
    ) -> list[tuple[int, str]]:
        refused: list[tuple[int, str]] = []
        try:
            self._begin(table, replace)
            for i, row in enumerate(rows):
                self.conn.execute("SAVEPOINT one_row")
                try:
                    self.conn.execute(self._upsert[table.name], row)
                except self.row_errors as exc:
                    self.conn.execute("ROLLBACK TO one_row")
                    refused.append((i, _reason(exc)))
                    if stop_at_first:
                        self._rollback()
                        return refused
                self.conn.execute("RELEASE one_row")
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise DatabaseError(_reason(exc)) from None
        return refused

    def count(self, table: Table) -> int:
        return self.conn.execute(f"SELECT count(*) FROM {table.name}").fetchone()[0]

    def counts(self, query: str) -> tuple[int, ...]:
        try:
            return tuple(int(n) for n in self.conn.execute(query).fetchone())
        except sqlite3.Error as exc:
            raise DatabaseError(_reason(exc)) from None

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # SQLite already rolled back (e.g. after SQLITE_FULL); nothing was kept

    def close(self) -> None:
        self._rollback()
        self.conn.close()
