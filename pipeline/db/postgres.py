"""PostgreSQL through psycopg 3 (the `postgres` extra), imported only when a postgresql:// URL is
used, so SQLite users do not need it.

A batch is COPYed into a temporary staging table, then moved into the real table by one
INSERT ... SELECT ... ON CONFLICT: COPY is what makes a million facts load in minutes, and the
staging step is what lets a batch replace rows (COPY itself cannot upsert). Within a batch the last
line with a given key wins, as it would if the lines were inserted one by one.
"""

from __future__ import annotations

from collections.abc import Sequence

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

ORDER_COLUMN = "load_order"  # staging only: the row's place in its batch
_LOCK_KEY = 0x5F5EC7F4C7  # advisory lock: two loaders starting at once create the tables once


def _import_psycopg():
    try:
        import psycopg
        from psycopg.types.json import Jsonb
    except ImportError:
        raise DatabaseError(
            "PostgreSQL support needs psycopg 3: pip install 'speechfacts[postgres]'"
        ) from None
    return psycopg, Jsonb


def _reason(exc: BaseException) -> str:
    diag = getattr(exc, "diag", None)
    primary = getattr(diag, "message_primary", None) if diag is not None else None
    if primary:
        return primary
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _stage(table: Table) -> str:
    return f"speechfacts_stage_{table.name}"


class PostgresDatabase(Database):
    dialect = "postgres"

    def __init__(self, url: str, display_url: str):
        psycopg, jsonb = _import_psycopg()
        self.psycopg = psycopg
        # numbers and lists of strings go as they are (numeric and text[] take any size)
        super().__init__(display_url, {"integer": int, "json": jsonb})  # integers may be 3.0
        errors = self.psycopg.errors
        self.row_errors = (
            self.psycopg.DataError,  # a value the column cannot hold; NUL in text
            self.psycopg.IntegrityError,
            errors.RaiseException,  # a trigger refusing the row
            UnicodeEncodeError,  # lone surrogates
        )
        try:
            # autocommit: every transaction is an explicit `with conn.transaction()` block
            self.conn = self.psycopg.connect(url, autocommit=True)
        except self.psycopg.Error as exc:
            raise DatabaseError(f"cannot connect to {display_url}: {_reason(exc)}") from None
        self._upsert_one = {t.name: upsert_sql(t, "VALUES", "%s") for t in TABLES.values()}
        self._upsert_staged = {}
        for table in TABLES.values():
            cols = ", ".join(quote(c) for c in table.names)
            key = quote(table.key)
            select = (
                f"SELECT DISTINCT ON ({key}) {cols} FROM {_stage(table)} "
                f"ORDER BY {key}, {ORDER_COLUMN} DESC"
            )
            self._upsert_staged[table.name] = upsert_sql(table, select, "%s")

    def prepare(self) -> None:
        try:
            with self.conn.transaction():
                self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_KEY,))
                self.conn.execute(
                    f"CREATE TABLE IF NOT EXISTS {META_TABLE} (key text PRIMARY KEY, value text)"
                )
                found = self.conn.execute(
                    f"SELECT value FROM {META_TABLE} WHERE key = 'schema_version'"
                ).fetchone()
                if found and found[0] != LAYOUT_VERSION:
                    raise DatabaseError(
                        f"the database holds schema version {found[0]}; this speechfacts loads "
                        f"version {LAYOUT_VERSION} (use a new database or schema)"
                    )
                self.conn.execute(
                    f"INSERT INTO {META_TABLE} VALUES ('schema_version', %s) "
                    "ON CONFLICT (key) DO NOTHING",
                    (LAYOUT_VERSION,),
                )
                for table in TABLES.values():
                    for statement in create_statements(table, self.dialect):
                        self.conn.execute(statement)
            for table in TABLES.values():
                # per session, emptied at every commit; no index: it only feeds one INSERT
                self.conn.execute(
                    f"CREATE TEMP TABLE IF NOT EXISTS {_stage(table)} "
                    f"(LIKE {table.name}, {ORDER_COLUMN} integer) ON COMMIT DELETE ROWS"
                )
            # per session, kept across this load's transactions
            self.conn.execute(
                f"CREATE TEMP TABLE IF NOT EXISTS {REPLACED_TABLE} "
                "(fact_id text PRIMARY KEY, doc_id text NOT NULL)"
            )
            self.conn.execute(f"TRUNCATE {REPLACED_TABLE}")
        except self.psycopg.Error as exc:
            raise DatabaseError(_reason(exc)) from None

    def _delete_facts(self, cur, replace: Sequence[str]) -> None:
        if replace:
            doc_id = quote("doc_id")
            cur.execute(
                f"WITH gone AS (DELETE FROM {FACTS.name} WHERE {doc_id} = ANY(%s) "
                f"RETURNING fact_id, {doc_id}) "
                f"INSERT INTO {REPLACED_TABLE} SELECT * FROM gone ON CONFLICT DO NOTHING",
                (list(replace),),
            )

    def write_batch(self, table: Table, rows: Sequence[Row], replace: Sequence[str]) -> None:
        cols = ", ".join(quote(c) for c in (*table.names, ORDER_COLUMN))
        try:
            with self.conn.transaction(), self.conn.cursor() as cur:
                with cur.copy(f"COPY {_stage(table)} ({cols}) FROM STDIN") as copy:
                    for i, row in enumerate(rows):
                        copy.write_row((*row, i))
                self._delete_facts(cur, replace)
                cur.execute(self._upsert_staged[table.name])
        except self.row_errors as exc:
            raise RowRefused(_reason(exc)) from None
        except self.psycopg.Error as exc:
            raise DatabaseError(_reason(exc)) from None

    def write_rows_one_by_one(
        self, table: Table, rows: Sequence[Row], replace: Sequence[str], stop_at_first: bool
    ) -> list[tuple[int, str]]:
        refused: list[tuple[int, str]] = []
        try:
            with self.conn.transaction(), self.conn.cursor() as cur:
                self._delete_facts(cur, replace)
                for i, row in enumerate(rows):
                    try:
                        with self.conn.transaction():  # a savepoint
                            cur.execute(self._upsert_one[table.name], row)
                    except self.row_errors as exc:
                        refused.append((i, _reason(exc)))
                        if stop_at_first:
                            raise self.psycopg.Rollback() from None  # nothing of the batch
        except self.psycopg.Error as exc:
            raise DatabaseError(_reason(exc)) from None
        return refused

    def count(self, table: Table) -> int:
        return self.conn.execute(f"SELECT count(*) FROM {table.name}").fetchone()[0]

    def counts(self, query: str) -> tuple[int, ...]:
        try:
            return tuple(int(n) for n in self.conn.execute(query).fetchone())
        except self.psycopg.Error as exc:
            raise DatabaseError(_reason(exc)) from None

    def close(self) -> None:
        self.conn.close()
