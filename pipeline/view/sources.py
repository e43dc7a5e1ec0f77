"""Read fact and document records (JSON lines, as `extract` writes them) for the views.

A line that is not UTF-8, not JSON, not an object or not the record it should be is a `BadLine`
(file, line number, reason), handed to a callback and skipped; the views report it and go on. A
file that cannot be opened raises `InputUnreadable`.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

# the keys a view needs; a record without one of them is a bad line
FACT_KEYS = ("doc_id", "type", "text", "start", "end")
DOC_KEYS = ("doc_id",)


class InputUnreadable(Exception):
    """An input file that cannot be opened or read (missing, a folder, no permission)."""


@dataclass(frozen=True)
class BadLine:
    """A line that was skipped, and why."""

    path: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


def _open(path: str):
    if path.endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")


def _problem(record: Any, required: tuple[str, ...], what: str) -> str | None:
    if not isinstance(record, dict):
        return f"not a JSON object ({type(record).__name__})"
    missing = [key for key in required if key not in record]
    if missing:
        return f"not a {what} record: no {', '.join(repr(k) for k in missing)}"
    if not isinstance(record["doc_id"], str):
        return f"not a {what} record: 'doc_id' is not a string"
    if what == "document" and "fact_id" in record:
        return "a fact record, not a document record"
    if what == "fact":
        if not isinstance(record["text"], str):
            return "not a fact record: 'text' is not a string"
        start, end = record["start"], record["end"]
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end):
            return "not a fact record: 'start' and 'end' are not offsets"
    return None


def read_records(
    path: str,
    what: str,
    on_bad: Callable[[BadLine], None],
    keep: Callable[[str], bool] | None = None,
) -> Iterator[dict[str, Any]]:
    """The records of the JSON-lines file `path`, `what` = "fact" or "document".

    `keep(line)`, if given, is asked first about each raw line (decoded text) and a line it
    refuses is not parsed: a cheap filter for one document among many. Blank lines are ignored.
    """
    required = FACT_KEYS if what == "fact" else DOC_KEYS
    try:
        handle = _open(path)
    except OSError as exc:
        raise InputUnreadable(f"cannot read {path}: {exc.strerror or exc}") from None
    with handle:
        number = 0
        try:
            for number, raw in enumerate(handle, start=1):  # noqa: B007 - kept for the except
                try:
                    # a byte-order mark, which some editors add, is not part of the first record
                    line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                except UnicodeDecodeError:
                    on_bad(BadLine(path, number, "not UTF-8"))
                    continue
                if not line.strip() or (keep is not None and not keep(line)):
                    continue
                try:
                    record = json.loads(line.rstrip("\r\n"))
                except json.JSONDecodeError as exc:
                    on_bad(BadLine(path, number, f"not JSON ({exc.msg})"))
                    continue
                problem = _problem(record, required, what)
                if problem:
                    on_bad(BadLine(path, number, problem))
                    continue
                yield record
        except (OSError, EOFError) as exc:  # a folder, a truncated .gz, a read error
            raise InputUnreadable(
                f"cannot read {path} (after line {number}): {getattr(exc, 'strerror', None) or exc}"
            ) from None
