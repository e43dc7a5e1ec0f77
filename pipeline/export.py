"""`speechfacts export`: fact and document records (JSON lines) as Parquet or CSV files.

One file per record kind (`facts.parquet`, `documents.parquet`), one column per record field,
typed from the JSON Schema (`pipeline.tabular`). The input is streamed: lines are read, checked
against the schema and written in batches (at most `batch_rows` records or `batch_bytes` of
input at a time), so memory does not grow with the file. Parquet goes through pyarrow (the
`parquet` extra); CSV through the standard library: UTF-8, a header row, RFC 4180 quoting, null
as an empty cell, lists and objects as JSON text.

Every output is written under a temporary name beside it (`.facts.parquet.partial`) and renamed
when every file is complete; a bad input line, a missing extra or a failed write leaves no output
file behind (and an earlier file of that name as it was).
"""

from __future__ import annotations

import csv
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pipeline.load import InputUnreadable, parse_record, read_lines
from pipeline.output import (
    OutputError,
    commit_partial,
    final_path,
    partial_path,
    remove_partial,
    write_reason,
)
from pipeline.schemas import validator
from pipeline.tabular import arrow_batch, arrow_schema, csv_cell, record_columns

FORMATS = ("parquet", "csv")
EXTENSIONS = {".parquet": "parquet", ".pq": "parquet", ".csv": "csv"}
SUFFIX = {"parquet": ".parquet", "csv": ".csv"}
NAMES = {"parquet": "Parquet", "csv": "CSV"}
DEFAULT_BATCH_ROWS = 5_000
DEFAULT_BATCH_BYTES = 8 * 1024 * 1024
PARQUET_COMPRESSION = "zstd"  # read by pandas, R's arrow, Polars, DuckDB and Spark alike

# progress(kind, bytes read, bytes in the file or None, records written)
Progress = Callable[[str, int, "int | None", int], None]


class ExportUsageError(ValueError):
    """The command line asks for something export cannot do (unknown format, clashing files)."""


class MissingExtra(RuntimeError):
    """A package of an optional extra is not installed; the message names the extra."""


class BadRecord(ValueError):
    """An input line is not a valid record; nothing was written."""

    def __init__(self, source: str, line: int, reason: str):
        self.source, self.line, self.reason = source, line, reason
        super().__init__(f"{source}:{line}: {reason}")


@dataclass
class ExportedFile:
    kind: str  # "documents" or "facts"
    source: str
    output: str
    rows: int = 0
    bytes: int = 0  # of the output file


@dataclass
class ExportResult:
    format: str
    files: list[ExportedFile] = field(default_factory=list)
    elapsed: float = 0.0

    def items(self) -> list[tuple[str, str]]:
        """(label, value) lines of the summary."""
        items = [
            (f.kind, f"{f.rows:,} rows from {f.source} -> {f.output} ({f.bytes:,} bytes)")
            for f in self.files
        ]
        items.append(("format", self.format))
        items.append(("elapsed", f"{self.elapsed:.1f} s"))
        return items

    def format_text(self) -> str:
        return "\n".join(f"{label + ':':<12}{value}" for label, value in self.items())


def format_of(path: str, forced: str | None = None) -> str:
    """The output format: `forced`, else from the file's extension."""
    if forced is not None:
        if forced not in FORMATS:
            raise ExportUsageError(f"unknown format {forced!r}; choose from {', '.join(FORMATS)}")
        return forced
    ext = os.path.splitext(path)[1].lower()
    if ext not in EXTENSIONS:
        raise ExportUsageError(
            f"cannot tell the format of {path!r} from its extension (.parquet, .csv); "
            "name the file so, or give --format"
        )
    return EXTENSIONS[ext]


def documents_path(facts_out: str, fmt: str) -> str:
    """Where the documents go by default: `documents.parquet` (or .csv) beside the facts file."""
    return os.path.join(os.path.dirname(facts_out), "documents" + SUFFIX[fmt])


def _import_pyarrow():
    try:
        import pyarrow  # noqa: F401
        import pyarrow.parquet as pq
    except ImportError:
        raise MissingExtra(
            "Parquet needs pyarrow: pip install 'speechfacts[parquet]' (or export to .csv)"
        ) from None
    return pq


def records(
    path: str, kind: str, progress: Progress | None = None, label: str = ""
) -> Iterator[list[dict[str, Any]]]:
    """Batches of the valid records of a JSON-lines file (blank lines skipped); raises BadRecord
    at the first line that is not one."""
    check = validator(kind)
    total = os.path.getsize(path) if os.path.isfile(path) else None
    batch: list[dict[str, Any]] = []
    size = read = rows = 0
    for number, raw in read_lines(path):
        read += len(raw)
        reason, record = parse_record(raw, number, check, kind)
        if reason is not None:
            raise BadRecord(path, number, reason)
        if record is None:
            continue
        batch.append(record)
        size += len(raw)
        if len(batch) >= DEFAULT_BATCH_ROWS or size >= DEFAULT_BATCH_BYTES:
            rows += len(batch)
            yield batch
            if progress is not None:
                progress(label, read, total, rows)
            batch, size = [], 0
    if batch:
        rows += len(batch)
        yield batch
    if progress is not None:
        progress(label, read, total, rows)


class _ParquetSink:
    def __init__(self, path: str, kind: str):
        pq = _import_pyarrow()
        self.columns = record_columns(kind)
        self.schema = arrow_schema(kind)
        self.writer = pq.ParquetWriter(path, self.schema, compression=PARQUET_COMPRESSION)

    def write(self, batch: list[dict[str, Any]]) -> None:
        self.writer.write_batch(arrow_batch(batch, self.columns, self.schema))

    def close(self) -> None:
        self.writer.close()


class _CsvSink:
    def __init__(self, path: str, kind: str, bom: bool):
        self.names = [name for name, _ in record_columns(kind)]
        # newline="": the csv module writes RFC 4180 "\r\n" line ends itself
        self.fp = open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="")
        self.writer = csv.writer(self.fp)
        self.writer.writerow(self.names)

    def write(self, batch: list[dict[str, Any]]) -> None:
        names = self.names
        self.writer.writerows([csv_cell(record.get(n)) for n in names] for record in batch)

    def close(self) -> None:
        self.fp.close()


def export(
    facts: str,
    facts_out: str,
    docs: str | None = None,
    docs_out: str | None = None,
    fmt: str | None = None,
    bom: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the records of `facts` (and `docs`) to `facts_out` (and `docs_out`, default
    `documents_path`) as Parquet or CSV (`fmt`, default from the extension).

    Raises ExportUsageError, MissingExtra, BadRecord, InputUnreadable (an input cannot be read)
    or OutputError (an output cannot be written); in every case no output file is left behind.
    """
    started = time.perf_counter()
    for option, out in (("--output", facts_out), ("--docs-output", docs_out)):
        if out == "-":
            raise ExportUsageError(
                f"{option} -: export writes files, not standard output; name a file "
                "(facts.csv, facts.parquet)"
            )
    forced = fmt
    fmt = format_of(facts_out, fmt)
    docs_ext = os.path.splitext(docs_out or "")[1].lower()
    if forced is None and EXTENSIONS.get(docs_ext, fmt) != fmt:
        # the documents would be written in the facts' format under the other format's name
        raise ExportUsageError(
            f"--docs-output {docs_out} names a {NAMES[EXTENSIONS[docs_ext]]} file, but the facts "
            f"({facts_out}) go to {NAMES[fmt]}: one export writes one format; name both files "
            "alike, or give --format"
        )
    jobs = [("facts", "fact", facts, facts_out)]
    if docs is not None:
        docs_out = docs_out or documents_path(facts_out, fmt)
        jobs.insert(0, ("documents", "document", docs, docs_out))
    elif docs_out is not None:
        raise ExportUsageError("--docs-output needs --docs (the document records to export)")
    outputs = [os.path.abspath(final_path(out)) for *_, out in jobs]
    inputs = {os.path.abspath(path) for _, _, path, _ in jobs}
    if len(set(outputs)) != len(outputs):
        raise ExportUsageError(f"the facts and the documents would both go to {facts_out}")
    for (_, _, _, out), absolute in zip(jobs, outputs, strict=True):
        if absolute in inputs:
            raise ExportUsageError(f"{out} is an input: choose another output file")
        if os.path.isdir(out):
            raise ExportUsageError(f"{out} is a folder: name the output file")
    if fmt == "parquet":
        _import_pyarrow()  # before anything is written
    result = ExportResult(format=fmt)
    partials: list[str] = []
    try:
        for kind, record, path, out in jobs:
            partial = partial_path(final_path(out))
            partials.append(partial)
            exported = ExportedFile(kind, path, out)
            try:
                if fmt == "parquet":
                    sink: _ParquetSink | _CsvSink = _ParquetSink(partial, record)
                else:
                    sink = _CsvSink(partial, record, bom)
            except OSError as exc:
                if exc.filename is None:  # pyarrow's errors name no file
                    exc.filename = partial
                raise OutputError(f"cannot write {out}: {write_reason(exc)}") from exc
            try:
                for batch in records(path, record, progress, kind):
                    sink.write(batch)
                    exported.rows += len(batch)
            finally:
                try:
                    sink.close()
                except OSError as exc:
                    raise OutputError(f"cannot write {out}: {exc.strerror or exc}") from exc
            exported.bytes = os.path.getsize(partial)
            result.files.append(exported)
        for (*_, out), partial in zip(jobs, partials, strict=True):
            commit_partial(partial, out)
    except OSError as exc:  # a write of pyarrow or csv failed (disk full, permission)
        raise OutputError(f"cannot write the output: {exc.strerror or exc}") from exc
    finally:
        for partial in partials:
            remove_partial(partial)  # gone already when committed
    result.elapsed = time.perf_counter() - started
    return result


__all__ = [
    "FORMATS",
    "BadRecord",
    "ExportResult",
    "ExportUsageError",
    "InputUnreadable",
    "MissingExtra",
    "OutputError",
    "documents_path",
    "export",
    "format_of",
]
