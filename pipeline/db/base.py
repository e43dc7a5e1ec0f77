"""What the loader asks of a database, whatever the driver: write a batch in one transaction, and
when the database refuses a batch, find the lines it refuses.

A backend sorts the driver's exceptions in two: `row_errors` are about one row's data (a value the
column cannot hold, a text the driver cannot encode, a trigger or constraint refusing the row) and
become `RowRefused`; anything else (cannot connect, disk full, lock timeout, connection lost) is
about the database and becomes `DatabaseError`. Either way the transaction is rolled back first.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from typing import Any

from pipeline.db.tables import TABLES, Table

Row = tuple[Any, ...]

# per connection: the facts this load deleted to replace them ((fact_id, doc_id); a temporary
# table, so a rolled-back batch forgets its deletions too)
REPLACED_TABLE = "speechfacts_replaced"
# (stored facts deleted, their documents, those not written again by this load)
REPLACED_COUNTS = (
    f"SELECT count(*), count(DISTINCT r.doc_id), count(*) - count(f.fact_id) "
    f"FROM {REPLACED_TABLE} AS r LEFT JOIN facts AS f ON f.fact_id = r.fact_id"
)
# (facts whose document has no row in `documents`, their documents): a join on documents leaves
# them out, as after a load of facts without their --docs
FACTS_WITHOUT_DOCUMENT = (
    "SELECT count(*), count(DISTINCT f.doc_id) FROM facts AS f "
    "WHERE NOT EXISTS (SELECT 1 FROM documents AS d WHERE d.doc_id = f.doc_id)"
)


class DatabaseError(Exception):
    """The database cannot be reached or written; the batch in progress was rolled back."""


class RowRefused(Exception):
    """The database refused a row of the batch; the batch was rolled back."""


class Database(ABC):
    dialect: str
    row_errors: tuple[type[BaseException], ...] = ()

    def __init__(self, display_url: str, converters: dict[str, Callable[[Any], Any]]):
        self.display_url = display_url  # the URL without its password, for messages
        # per table, only the columns whose values need converting: (position, function), the
        # function chosen by the column's kind ("integer", "number", "list", "json")
        self._converters = {
            table.name: [
                (i, converters[column.kind])
                for i, column in enumerate(table.columns)
                if column.kind in converters
            ]
            for table in TABLES.values()
        }

    @abstractmethod
    def prepare(self) -> None:
        """Create the tables and indexes if missing; refuse a database of another layout. Starts
        a new count of replaced facts (`replaced_counts`)."""

    def row(self, table: Table, record: dict[str, Any]) -> Row:
        """A checked record as the driver's parameter tuple, in `table.names` order."""
        values = [record[name] for name in table.names]
        for i, convert in self._converters[table.name]:
            if values[i] is not None:
                values[i] = convert(values[i])
        return tuple(values)

    @abstractmethod
    def write_batch(self, table: Table, rows: Sequence[Row], replace: Sequence[str]) -> None:
        """One transaction: delete the facts of the documents in `replace` (noting them for
        `replaced_counts`), then insert `rows`, each replacing the row with the same key. Raises
        RowRefused or DatabaseError."""

    @abstractmethod
    def write_rows_one_by_one(
        self, table: Table, rows: Sequence[Row], replace: Sequence[str], stop_at_first: bool
    ) -> list[tuple[int, str]]:
        """The same as write_batch, row by row, to find the rows the database refuses.

        Returns (index in rows, reason) for each refused row. Commits the others, unless
        `stop_at_first` and a row was refused: then nothing of the batch is written.
        """

    @abstractmethod
    def count(self, table: Table) -> int: ...

    @abstractmethod
    def counts(self, query: str) -> tuple[int, ...]:
        """The one row of counts a query gives. Raises DatabaseError."""

    def replaced_counts(self) -> tuple[int, int, int]:
        """Since `prepare`: (stored facts deleted because their document was loaded again, the
        number of those documents, how many of those facts this load did not write again)."""
        return self.counts(REPLACED_COUNTS)

    def facts_without_document(self) -> tuple[int, int]:
        """(facts in the database whose document is not in `documents`, their documents)."""
        return self.counts(FACTS_WITHOUT_DOCUMENT)

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
