"""CSV and TSV inputs -> one Speech per row (pipeline.ingest.fields names the columns).

The first row is the header. The delimiter is the one of `,` `;` TAB `|` the header holds most
(a `.tsv` file: TAB). Rows are read by Python's csv module, strictly, from a stream of lines, so
that a bad row costs that row only:

- a broken quote (a quoted field that does not close where it should, or never does): an error
  record for the row's first line, and reading starts again at the line after it, so the rows the
  broken quote swallowed still count;
- a field (or a line) over `--max-bytes`: an error record `too_large`, and the row is skipped to
  its end (the first line end after it where its quotes are balanced);
- more fields than the header: an error record; fewer: the missing ones are empty;
- no text column, or a column an option names missing: one error record for the file (line 1);
  a header and no rows: an `empty` error record.

Every record names the file and the row's first line ("speeches.csv:12"). A large plain CSV file
is read in parts (pipeline.ingest.parts): `split_csv` reads it once, as the loader does, and cuts
it where a row starts, so each part gives exactly the records it would give read whole.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from pipeline.ingest.fields import (
    DATE_NAMES,
    ID_NAMES,
    TEXT_NAMES,
    find_field,
    missing_option_reason,
    missing_text_reason,
    speech_from_fields,
)
from pipeline.ingest.options import DEFAULT_OPTIONS, IngestOptions
from pipeline.ingest.readers import decode_lenient
from pipeline.speech import InputError, Speech

_DELIMITERS = (",", ";", "\t", "|")
_BOM = b"\xef\xbb\xbf"
_HEAD_BYTES = 64 * 1024
_BLOCK = 1 << 20
_MIN_FIELD_LIMIT = 131_072  # Python's default; never lowered


@dataclass(frozen=True)
class Row:
    """One row: its first line and byte offset, and its fields as read (latin-1 view of the
    bytes, decoded later)."""

    line: int
    start: int
    fields: list[str]


@dataclass(frozen=True)
class Problem:
    """A row that could not be read."""

    line: int
    start: int
    kind: str
    reason: str


class _LineTooLong(Exception):
    pass


def sniff_delimiter(head: str, tsv: bool = False) -> str:
    """The delimiter of a header line: the candidate found most often outside quotes."""
    line = head.split("\n", 1)[0]
    outside = "".join(part for i, part in enumerate(line.split('"')) if i % 2 == 0)
    if tsv and "\t" in outside:
        return "\t"
    counts = [(outside.count(d), -i, d) for i, d in enumerate(_DELIMITERS)]
    best = max(counts)
    return best[2] if best[0] else ("\t" if tsv else ",")


def _skip_line(handle: BinaryIO) -> int:
    """Read to the end of an over-long line; the bytes read."""
    skipped = 0
    while True:
        block = handle.readline(_BLOCK)
        skipped += len(block)
        if not block or block.endswith(b"\n"):
            return skipped


def _record_end(handle: BinaryIO, offset: int, line: int) -> tuple[int, int] | None:
    """(offset, line) just after the row starting at `offset` ends: the first line end where
    its quotes are balanced. None when they never are (a quote left open to the end)."""
    handle.seek(offset)
    parity = 0
    pos = offset
    while True:
        block = handle.read(_BLOCK)
        if not block:
            return None
        i = 0
        while True:
            nl = block.find(b"\n", i)
            if nl < 0:
                parity ^= block.count(b'"', i) & 1
                break
            parity ^= block.count(b'"', i, nl) & 1
            line += 1
            if parity == 0:
                return pos + nl + 1, line
            i = nl + 1
        pos += len(block)


class _LineFeed:
    """The lines of a file from one byte offset, for csv.reader, noting the (line, offset,
    length) of each line handed out since the last `clear()`: the lines of the row being read."""

    def __init__(self, handle: BinaryIO, pos: int, number: int, max_bytes: int):
        handle.seek(pos)
        self.handle = handle
        self.pos = pos  # offset of the next line
        self.number = number  # its line number
        self.max_bytes = max_bytes
        self.consumed: list[tuple[int, int, int]] = []

    def __iter__(self) -> Iterator[str]:
        while True:
            line = self.handle.readline(self.max_bytes + 1)
            if not line:
                return
            length = len(line)
            too_long = length > self.max_bytes and not line.endswith(b"\n")
            if too_long:
                length += _skip_line(self.handle)
            self.consumed.append((self.number, self.pos, length))
            self.pos += length
            self.number += 1
            if too_long:
                raise _LineTooLong
            yield line.decode("latin-1")  # byte for byte: quotes and delimiters are ASCII


def scan_rows(
    handle: BinaryIO,
    start: int,
    first_line: int,
    delimiter: str,
    max_bytes: int,
    stop: int | None = None,
) -> Iterator[Row | Problem]:
    """Rows (and problems) from byte `start`, which starts line `first_line`, to the end of the
    file, or until a row would start at or after byte `stop`. Blank rows have no fields."""
    csv.field_size_limit(max(max_bytes, _MIN_FIELD_LIMIT))
    pos, number = start, first_line
    while stop is None or pos < stop:
        feed = _LineFeed(handle, pos, number, max_bytes)
        reader = csv.reader(feed, delimiter=delimiter, strict=True)
        while True:
            feed.consumed.clear()
            if stop is not None and feed.pos >= stop:
                return
            try:
                fields = next(reader)
            except StopIteration:
                return
            except (csv.Error, _LineTooLong) as exc:
                line, offset, length = feed.consumed[0]
                problem, pos, number = _recover(handle, exc, line, offset, length, max_bytes)
                yield problem
                break  # a fresh reader from where reading goes on
            yield Row(feed.consumed[0][0], feed.consumed[0][1], fields)


def _recover(
    handle: BinaryIO, exc: Exception, line: int, offset: int, length: int, max_bytes: int
) -> tuple[Problem, int, int]:
    """The problem of a row that failed, and where reading goes on."""
    too_large = isinstance(exc, _LineTooLong) or str(exc).startswith("field larger")
    if too_large:
        end = _record_end(handle, offset, line)
        if end is not None:
            reason = (
                f"the row at line {line} holds a field or line over {max_bytes} bytes "
                f"(--max-bytes); skipped to its end (line {end[1] - 1})"
            )
            return Problem(line, offset, "too_large", reason), end[0], end[1]
        reason = (
            f"the row at line {line} opens a quote that is never closed (over {max_bytes} "
            f"bytes to the end of the file); the lines after it are read as rows again"
        )
        return Problem(line, offset, "malformed", reason), offset + length, line + 1
    reason = (
        f"the row at line {line} has a broken quote (a quoted field that does not close "
        f"before the next field or the end of the file: {exc}); the lines after it are read "
        "as rows again"
    )
    return Problem(line, offset, "malformed", reason), offset + length, line + 1


# --- rows -> documents -----------------------------------------------------------------------


def _stem(path: str) -> str:
    name = os.path.basename(path)
    name = name[:-3] if name.lower().endswith(".gz") else name
    return os.path.splitext(name)[0] or name


def _utf8(field: str) -> str:
    return field.encode("latin-1").decode("utf-8", errors="replace")


def _lenient(field: str) -> str:
    data = field.encode("latin-1")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return decode_lenient(data)


@dataclass(frozen=True)
class _Header:
    names: list[str]
    line: int
    end: int  # byte offset after the header
    end_line: int


def _first_row(
    handle: BinaryIO, start: int, delimiter: str, max_bytes: int
) -> Row | Problem | None:
    for item in scan_rows(handle, start, 1, delimiter, max_bytes):
        if isinstance(item, Problem) or item.fields:
            return item
    return None


def _data_start(handle: BinaryIO) -> int:
    handle.seek(0)
    return len(_BOM) if handle.read(len(_BOM)) == _BOM else 0


def _header_error(path: str, item: Row | Problem | None) -> InputError:
    if item is None:
        return InputError(path, "empty", "the CSV file has no rows, not even a header")
    assert isinstance(item, Problem)
    return InputError(f"{path}:{item.line}", item.kind, "the header: " + item.reason)


def read_rows(
    handle: BinaryIO,
    path: str,
    start: int,
    end: int | None,
    first_line: int,
    delimiter: str,
    max_bytes: int,
    options: IngestOptions = DEFAULT_OPTIONS,
    decode=_lenient,
    name: str | None = None,
    scope: str | None = None,
) -> list[Speech | InputError]:
    """The documents and errors of the rows that start in [start, end) (end None: to the end of
    the file). The part that holds the header (start 0) also reports file-level problems.
    name: the file's name for ids of rows without one ("{name}-{line}"; default: its stem);
    scope: the prefix of carried ids (`--id-prefix file`)."""
    data_start = _data_start(handle)
    holds_header = start <= data_start
    header_item = _first_row(handle, data_start, delimiter, max_bytes)
    if not isinstance(header_item, Row):
        return [_header_error(path, header_item)] if holds_header else []
    names = [decode(name).strip() for name in header_item.fields]
    where = f"{path}:{header_item.line}"
    problem = None
    if find_field(names, options.text_column, TEXT_NAMES) is None:
        problem = missing_text_reason(names, options)
    for option, wanted, usual in (
        ("--id-column", options.id_column, ID_NAMES),
        ("--date-column", options.date_column, DATE_NAMES),
    ):
        if problem is None and wanted is not None and find_field(names, wanted, usual) is None:
            problem = missing_option_reason(option, wanted, names)
    if problem is not None:
        return [InputError(where, "malformed", problem)] if holds_header else []
    if holds_header:
        # the header's own lines, then the rows
        rows = scan_rows(handle, data_start, 1, delimiter, max_bytes, end)
    else:
        rows = scan_rows(handle, start, first_line, delimiter, max_bytes, end)
    results: list[Speech | InputError] = []
    stem = name or _stem(path)
    for item in rows:
        if item.start == header_item.start:
            continue
        where = f"{path}:{item.line}"
        if isinstance(item, Problem):
            results.append(InputError(where, item.kind, item.reason))
            continue
        if not item.fields or (len(item.fields) == 1 and not item.fields[0].strip()):
            continue  # a blank line
        if len(item.fields) > len(names):
            reason = (
                f"the row at line {item.line} has {len(item.fields)} fields, the header "
                f"{len(names)}: a delimiter inside an unquoted field?"
            )
            results.append(InputError(where, "malformed", reason))
            continue
        record: dict[str, str] = {}
        for name, value in zip(names, item.fields, strict=False):
            record.setdefault(name, decode(value))
        results.append(speech_from_fields(record, where, f"{stem}-{item.line}", options, scope))
    if holds_header and not results and end is None:
        reason = "the CSV file has a header but no rows"
        return [InputError(f"{path}:{header_item.line}", "empty", reason)]
    return results


def parse_csv_text(
    text: str,
    path: str,
    max_bytes: int,
    options: IngestOptions = DEFAULT_OPTIONS,
    name: str | None = None,
    scope: str | None = None,
) -> list[Speech | InputError]:
    """A whole CSV file already read and decoded (pipeline.ingest.readers); name and scope form
    ids as in `read_rows`."""
    tsv = path.lower().removesuffix(".gz").endswith(".tsv")
    delimiter = sniff_delimiter(text[:_HEAD_BYTES], tsv)
    handle = io.BytesIO(text.encode("utf-8", errors="replace"))
    return read_rows(
        handle, path, 0, None, 1, delimiter, max_bytes, options, _utf8, name=name, scope=scope
    )


def file_delimiter(path: str) -> str:
    """The delimiter of a CSV file, from its first line."""
    with open(path, "rb") as handle:
        head = handle.read(_HEAD_BYTES)
    head = head.removeprefix(_BOM)
    return sniff_delimiter(head.decode("latin-1"), path.lower().endswith(".tsv"))


def splittable_bytes(path: str) -> bool:
    """A file that can be cut into parts at byte offsets: no UTF-16 (NUL bytes) in its head."""
    with open(path, "rb") as handle:
        head = handle.read(4096)
    return b"\x00" not in head and not head.startswith((b"\xff\xfe", b"\xfe\xff"))


def split_csv(path: str, part_bytes: int, max_bytes: int) -> list[tuple[int, int, int]]:
    """[(start, end, first_line), ...] covering the file, cut where rows start (read as the
    loader reads them); one part for a small file. Raises OSError when the file cannot be read."""
    size = os.stat(path).st_size
    if size <= part_bytes or not splittable_bytes(path):
        return [(0, size, 1)]
    delimiter = file_delimiter(path)
    parts: list[tuple[int, int, int]] = []
    part_start, part_line = 0, 1
    with open(path, "rb") as handle:
        data_start = _data_start(handle)
        for item in scan_rows(handle, data_start, 1, delimiter, max_bytes):
            if item.start - part_start >= part_bytes:
                parts.append((part_start, item.start, part_line))
                part_start, part_line = item.start, item.line
    parts.append((part_start, size, part_line))
    return parts


def load_csv_part(
    path: str,
    start: int,
    end: int,
    first_line: int,
    max_bytes: int,
    options: IngestOptions = DEFAULT_OPTIONS,
    name: str | None = None,
    scope: str | None = None,
) -> list[Speech | InputError]:
    """The records of the rows starting in path[start:end] (a part from `split_csv`); name and
    scope form ids as in `read_rows`."""
    try:
        delimiter = file_delimiter(path)
        with open(path, "rb") as handle:
            return read_rows(
                handle,
                path,
                start,
                end,
                first_line,
                delimiter,
                max_bytes,
                options,
                name=name,
                scope=scope,
            )
    except OSError as exc:
        reason = f"cannot read bytes {start}-{end}: {exc.strerror or exc}"
        return [InputError(f"{path}:{first_line}", "unreadable", reason)]
