"""Load fact and document records (JSON lines, as `extract` writes them) into a database.

The files are streamed: lines are read, checked against the record's JSON Schema and sent in
batches, one transaction per batch, so memory does not grow with the file and a failure never
leaves half a batch behind. A batch holds `batch_size` lines, or more to finish the document of its
last line: consecutive lines of one document are always in the same transaction.

Loading is idempotent, and a newer run of the same documents replaces their facts instead of
adding to them: rows replace the rows with the same key (`doc_id`, `fact_id`), and the first time a
document appears in a load (in the documents file, else in the facts file) its facts already in the
database are deleted, in the same transaction as the batch that brings the new ones. The result
says how many stored facts were so replaced, of how many documents, and how many of them the load
did not write again (removed).

A line that cannot be loaded (not UTF-8, not JSON, not matching the schema, or refused by the
database) is reported with its line number and reason and skipped; with `strict` the load stops
there instead, and nothing of that line's batch is written.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pipeline.db import DOCUMENTS, FACTS, Database, DatabaseError, RowRefused
from pipeline.db.tables import Table
from pipeline.defaults import DEFAULT_BATCH_SIZE  # the CLI reads it there
from pipeline.schemas import SCHEMA_NAMES, parse_line, validator

STDIN = "-"


@dataclass(frozen=True)
class BadLine:
    source: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.reason}"


@dataclass
class FileCount:
    """What became of one input file's lines (blank lines are not counted)."""

    kind: str  # "documents" or "facts"
    source: str
    lines: int = 0
    loaded: int = 0
    bad: int = 0


@dataclass
class LoadResult:
    files: list[FileCount] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)  # rows in each table after the load
    database: str = ""
    elapsed: float = 0.0
    # stored facts deleted because their document came again (a newer run), how many documents
    # they belonged to, and how many of them this load did not write again (removed)
    replaced_facts: int = 0
    replaced_documents: int = 0
    removed_facts: int = 0
    # facts in the database whose document has no row in `documents` (facts loaded without
    # their --docs), and how many documents they belong to: a join on documents leaves them out
    orphan_facts: int = 0
    orphan_documents: int = 0

    @property
    def bad(self) -> int:
        return sum(f.bad for f in self.files)

    def orphan_warning(self) -> str | None:
        """What to do about facts whose document is not in the database; None if there are none."""
        if not self.orphan_facts:
            return None
        loaded_docs = any(f.kind == "documents" for f in self.files)
        how = (
            "the documents file given does not hold them" if loaded_docs else "no --docs was given"
        )
        return (
            f"{self.orphan_facts:,} facts of {self.orphan_documents:,} documents have no row in "
            f"the documents table ({how}), so queries that join documents leave them out: "
            "load their document records too, the DOCS.jsonl written by `extract --docs` "
            "(speechfacts load FACTS.jsonl --docs DOCS.jsonl)"
        )

    def format(self) -> str:
        return "\n".join(f"{label + ':':<12}{value}" for label, value in self.items())

    def items(self) -> list[tuple[str, str]]:
        """The summary as (label, value) lines."""
        lines = []
        for f in self.files:
            lines.append(
                (f.kind, f"{f.lines:,} lines read, {f.loaded:,} loaded, {f.bad:,} bad ({f.source})")
            )
        if self.replaced_facts:
            again = self.replaced_facts - self.removed_facts
            lines.append(
                (
                    "replaced",
                    f"{self.replaced_facts:,} stored facts of {self.replaced_documents:,} "
                    f"documents loaded again: {again:,} written again, "
                    f"{self.removed_facts:,} removed (not in this load)",
                )
            )
        else:
            lines.append(("replaced", "none (no stored fact belonged to a document of this load)"))
        if self.orphan_facts:
            lines.append(
                (
                    "orphans",
                    f"{self.orphan_facts:,} facts of {self.orphan_documents:,} documents that "
                    "are not in the documents table",
                )
            )
        else:
            lines.append(("orphans", "none (every fact's document is in the documents table)"))
        tables = ", ".join(f"{name} {count:,} rows" for name, count in self.rows.items())
        lines.append(("database", f"{self.database} ({tables})"))
        read = sum(f.lines for f in self.files)
        rate = read / self.elapsed if self.elapsed > 0 else 0.0
        lines.append(("elapsed", f"{self.elapsed:.1f} s ({rate:,.0f} lines/s)"))
        return lines


class StrictStop(Exception):
    """--strict: the load stopped at a bad line; its batch was not written."""

    def __init__(self, bad: BadLine, batch_start: int):
        self.bad = bad
        self.batch_start = batch_start
        super().__init__(
            f"stopped at the first bad line ({bad.source}:{bad.line}, --strict): lines "
            f"{batch_start} and after of {bad.source} were not loaded (nor any later file); "
            "the batches before them were"
        )


class LoadFailed(Exception):
    """The database failed in a way that is not about one line; the batch was rolled back."""


class InputUnreadable(Exception):
    """An input file cannot be read."""


def read_lines(path: str) -> Iterator[tuple[int, bytes]]:
    """(line number from 1, raw line) of a file, streamed; "-" is standard input."""
    try:
        stream = sys.stdin.buffer if path == STDIN else open(path, "rb")
    except OSError as exc:
        raise InputUnreadable(f"cannot read {path}: {exc.strerror}") from None
    try:
        yield from enumerate(stream, 1)
    except OSError as exc:
        raise InputUnreadable(f"cannot read {path}: {exc.strerror}") from None
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def _decode(raw: bytes, number: int) -> str:
    # a byte-order mark is not JSON, but some editors add one to the first line; the line end
    # goes, so that an unterminated string is reported as such, not as a control character
    return raw.decode("utf-8-sig" if number == 1 else "utf-8").rstrip("\r\n")


def parse_record(raw: bytes, number: int, check, record: str) -> tuple[str | None, Any]:
    """Line `number` of a records file: (reason, None) for a bad line, (None, record) for a good
    one, (None, None) if blank. `check` is the record kind's `validator`."""
    try:
        text = _decode(raw, number)
    except UnicodeDecodeError as exc:
        return f"not UTF-8 (byte {exc.start + 1}: {exc.reason})", None
    if not text.strip():
        return None, None
    try:
        value = parse_line(text)
    except ValueError as exc:
        message = getattr(exc, "msg", None)
        column = getattr(exc, "colno", None)
        detail = f"{message} (column {column})" if message and column else str(exc)
        return f"invalid JSON: {detail}", None
    problem = check(value)
    if problem is not None:
        other = other_kind(value, record)
        if other is not None:
            return f"a {other} record, not a {record} record ({WRITTEN_BY[other]})", None
        return f"does not match the {record} schema: {problem}", None
    return None, value


# the keys of an error record (extract --errors), which has no schema of its own
_ERROR_KEYS = {"schema_version", "source", "doc_id", "kind", "reason"}
WRITTEN_BY = {
    "fact": "the file `extract -o FACTS.jsonl` writes",
    "document": "the file `extract --docs DOCS.jsonl` writes",
    "error": "the file of error records `extract` writes beside the facts",
}


def other_kind(value: Any, record: str) -> str | None:
    """The kind of record `value` is ("fact", "document" or "error") when it is not a `record`
    record but a valid one of another kind (the files swapped, or an errors file); else None."""
    if isinstance(value, dict) and set(value) == _ERROR_KEYS:
        return "error"
    for other in SCHEMA_NAMES:
        if other != record and validator(other)(value) is None:
            return other
    return None


class WrongRecords(Exception):
    """An input file holds another kind of records than its place on the command line says."""

    def __init__(self, path: str, record: str, other: str, swapped: bool = False):
        self.path, self.record, self.other, self.swapped = path, record, other, swapped
        super().__init__(
            f"{path} holds {other} records ({WRITTEN_BY[other]}), not {record} records"
        )


def check_record_kinds(facts: str, docs: str | None) -> None:
    """Raises WrongRecords when the first record of FACTS or DOCS is of another kind (the files
    swapped, or an errors file), which would make every line a bad line."""
    wrong_docs = first_record_kind(docs, "document") if docs is not None else None
    wrong_facts = first_record_kind(facts, "fact")
    if wrong_docs is not None:
        swapped = wrong_docs == "fact" and wrong_facts == "document"
        raise WrongRecords(docs, "document", wrong_docs, swapped)
    if wrong_facts is not None:
        raise WrongRecords(facts, "fact", wrong_facts)


def first_record_kind(path: str, record: str) -> str | None:
    """other_kind of a file's first record (None when it is a `record` record, not JSON, or the
    file is empty or standard input, which cannot be read twice)."""
    if path == STDIN:
        return None
    for number, raw in read_lines(path):
        try:
            text = _decode(raw, number)
            if not text.strip():
                continue
            value = parse_line(text)
        except ValueError:  # UnicodeDecodeError too: a bad line of its own, reported as such
            return None
        return other_kind(value, record) if validator(record)(value) is not None else None
    return None


class Loader:
    """Loads files into one database, remembering which documents' facts it already replaced."""

    def __init__(
        self,
        db: Database,
        batch_size: int = DEFAULT_BATCH_SIZE,
        strict: bool = False,
        on_bad_line: Callable[[BadLine], None] = lambda bad: None,
        on_progress: Callable[[int, int], None] | None = None,
    ):
        """on_progress(bytes read, lines loaded), over all files, after every batch."""
        if batch_size < 1:
            raise ValueError("batch size must be at least 1")
        self.db = db
        self.batch_size = batch_size
        self.strict = strict
        self.on_bad_line = on_bad_line
        self.replaced: set[str] = set()  # documents whose old facts this load already deleted
        self.on_progress = on_progress
        self.bytes_read = 0
        self.lines_loaded = 0

    def load(self, facts: str, docs: str | None = None) -> LoadResult:
        """Documents first (so that their facts are replaced even when they now have none)."""
        started = time.perf_counter()
        result = LoadResult(database=self.db.display_url)
        self.db.prepare()
        if docs is not None:
            result.files.append(FileCount("documents", self._name(docs)))
            self.load_file(DOCUMENTS, docs, result.files[-1])
        result.files.append(FileCount("facts", self._name(facts)))
        self.load_file(FACTS, facts, result.files[-1])
        result.rows = {t.name: self.db.count(t) for t in (DOCUMENTS, FACTS)}
        counts = self.db.replaced_counts()
        result.replaced_facts, result.replaced_documents, result.removed_facts = counts
        result.orphan_facts, result.orphan_documents = self.db.facts_without_document()
        result.elapsed = time.perf_counter() - started
        return result

    @staticmethod
    def _name(path: str) -> str:
        return "<stdin>" if path == STDIN else path

    def load_file(self, table: Table, path: str, count: FileCount) -> None:
        check = validator(table.record)
        batch: list[tuple[int, Any, str]] = []  # (line number, row, doc_id)
        for number, raw in read_lines(path):
            self.bytes_read += len(raw)
            reason, record = parse_record(raw, number, check, table.record)
            if record is None and reason is None:
                continue  # blank line
            count.lines += 1
            if reason is not None:
                self._bad(count, BadLine(count.source, number, reason), batch)
                continue
            doc_id = record["doc_id"]
            # a full batch ends where a document ends, so that the lines of one document (as
            # extract writes them: together) are replaced in one transaction, never half
            if len(batch) >= self.batch_size and doc_id != batch[-1][2]:
                self._flush(table, count, batch)
                batch = []
            batch.append((number, self.db.row(table, record), doc_id))
        self._flush(table, count, batch)

    def _bad(self, count: FileCount, bad: BadLine, batch: list) -> None:
        count.bad += 1
        self.on_bad_line(bad)
        if self.strict:
            raise StrictStop(bad, batch[0][0] if batch else bad.line)

    def _flush(self, table: Table, count: FileCount, batch: list[tuple[int, Any, str]]) -> None:
        if not batch:
            return
        rows = [row for _, row, _ in batch]
        replace = sorted({doc_id for _, _, doc_id in batch} - self.replaced)
        try:
            try:
                self.db.write_batch(table, rows, replace)
                refused: list[tuple[int, str]] = []
            except RowRefused:
                # find the line(s) the database refuses; the others are written
                refused = self.db.write_rows_one_by_one(table, rows, replace, self.strict)
        except DatabaseError as exc:
            raise LoadFailed(
                f"{count.source}: lines {batch[0][0]}-{batch[-1][0]} not loaded (their batch was "
                f"rolled back; the batches before them were loaded): {exc}"
            ) from None
        if refused and self.strict:
            index, reason = refused[0]
            bad = BadLine(count.source, batch[index][0], f"refused by the database: {reason}")
            count.bad += 1
            self.on_bad_line(bad)
            raise StrictStop(bad, batch[0][0])
        for index, reason in refused:
            count.bad += 1
            self.on_bad_line(
                BadLine(count.source, batch[index][0], f"refused by the database: {reason}")
            )
        count.loaded += len(rows) - len(refused)
        self.replaced.update(replace)
        self.lines_loaded += len(rows) - len(refused)
        if self.on_progress is not None:
            self.on_progress(self.bytes_read, self.lines_loaded)
