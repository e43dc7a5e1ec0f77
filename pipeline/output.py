"""JSON-lines writers for fact, document and error records.

Every record is serialised by `jsonlines` as compact JSON (no spaces), UTF-8, `ensure_ascii=False`,
keys in the order the record already has (records are built with a fixed key order), one record
per line, lines ended by "\\n" on every platform.

Lines are collected in memory and handed to the file in one write per `flush()` (the runner flushes
after every input file, i.e. per document batch), so a file never holds a partial record, even if
the run is killed. The target "-" means standard output (`STDOUT`); `STDERR` writes to standard
error. Any OSError while opening, writing or closing (disk full, permission denied, closed pipe)
is raised as `OutputError`, whose message names the file.
"""

from __future__ import annotations

import json
import math
import os
import re
import sys
from collections.abc import Iterable
from typing import Any, BinaryIO

import jsonlines

STDOUT = "-"
STDERR = "<stderr>"

# flush on our own once this many bytes are waiting (keeps memory bounded for huge batches)
_MAX_PENDING = 4 * 1024 * 1024

_JSON = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), sort_keys=False, allow_nan=False
).encode
# Lone surrogates cannot be written as UTF-8; they reach records from file names that are not
# valid UTF-8 (Python decodes those bytes as U+DC80-U+DCFF) and from "\ud800" escapes in JSON
# inputs. They are written as JSON escapes, so each line stays valid UTF-8 and valid JSON, and
# json.loads gives back the same string.
_SURROGATE = re.compile("[\ud800-\udfff]")


def escape_surrogates(text: str) -> str:
    """`text` (JSON) with every lone surrogate written as a \\uXXXX escape."""
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _finite(value: Any) -> Any:
    """`value` with NaN and infinite floats replaced by None (JSON has no such numbers)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(item) for item in value]
    return value


def _encode(record: Any) -> str:
    try:
        line = _JSON(record)
    except ValueError:  # a NaN or infinity somewhere: written as null, so the line is JSON
        line = _JSON(_finite(record))
    return escape_surrogates(line)


class OutputError(Exception):
    """An output file cannot be opened or written."""


def describe(target: str) -> str:
    if target == STDOUT:
        return "standard output"
    if target == STDERR:
        return "standard error"
    return target


class _LineSink:
    """The file object `jsonlines.Writer` writes to: it joins each encoded record with its "\\n"
    and keeps whole lines until `flush()` hands them to the real file in one write."""

    def __init__(self) -> None:
        self.pending = bytearray()
        self._line: bytes | None = None

    def write(self, data: bytes) -> int:
        if not isinstance(data, bytes | bytearray):
            raise TypeError("binary sink")  # tells jsonlines to encode to bytes
        if data == b"\n":
            if self._line is not None:
                self.pending += self._line
                self._line = None
            self.pending += b"\n"
        else:
            self._line = bytes(data)
        return len(data)

    def flush(self) -> None:  # the owner flushes `pending` itself
        pass


class JsonlWriter:
    """Writes records as JSON lines to a path, to "-" (standard output) or to `STDERR`.

    Use as a context manager, or call `close()`. Counts the records written in `count`.
    """

    def __init__(self, target: str, resume_at: int | None = None) -> None:
        """resume_at: continue a file of an interrupted run, cut back to this many bytes."""
        self.target = target
        self.name = describe(target)
        self.count = 0
        self.position = 0  # bytes handed to the file so far (its length, for a file we own)
        self._owns_file = target not in (STDOUT, STDERR)
        self._fp: BinaryIO | None = None
        try:
            if target == STDOUT:
                sys.stdout.flush()
                self._fp = sys.stdout.buffer
            elif target == STDERR:
                sys.stderr.flush()
                self._fp = sys.stderr.buffer
            elif resume_at is not None:
                fp = open(target, "r+b" if os.path.exists(target) else "wb", buffering=0)
                fp.seek(0, os.SEEK_END)
                if fp.tell() < resume_at:
                    fp.close()
                    raise OutputError(
                        f"{self.name} is shorter than the interrupted run left it "
                        f"({resume_at} bytes): it was changed; start afresh without --resume"
                    )
                fp.truncate(resume_at)
                fp.seek(resume_at)
                self._fp = fp
                self.position = resume_at
            else:
                # unbuffered: each flush() is one write of whole lines
                self._fp = open(target, "wb", buffering=0)
        except OSError as exc:
            raise OutputError(f"cannot open {self.name} for writing: {_reason(exc)}") from exc
        self._sink = _LineSink()
        self._writer = jsonlines.Writer(self._sink, compact=True, sort_keys=False, dumps=_encode)

    def write(self, record: dict[str, Any]) -> None:
        if self._fp is None:
            raise OutputError(f"{self.name} is already closed")
        self._writer.write(record)
        self.count += 1
        if len(self._sink.pending) >= _MAX_PENDING:
            self.flush()

    def write_all(self, records: Iterable[dict[str, Any]]) -> None:
        for record in records:
            self.write(record)

    def flush(self) -> None:
        """Hand all complete lines written so far to the file (one write) and flush it."""
        if self._fp is None:
            return
        data = self._sink.pending
        try:
            if data:
                view = memoryview(bytes(data))
                while view:
                    n = self._fp.write(view)
                    if n is None:  # non-blocking stream that would block: retry
                        continue
                    view = view[n:]
                    self.position += n
            self._fp.flush()
        except OSError as exc:
            raise OutputError(f"cannot write {self.name}: {_reason(exc)}") from exc
        finally:
            data.clear()

    def close(self) -> None:
        if self._fp is None:
            return
        try:
            self.flush()
        finally:
            fp, self._fp = self._fp, None
            self._writer.close()
            if self._owns_file:
                try:
                    fp.close()
                except OSError as exc:
                    raise OutputError(f"cannot write {self.name}: {_reason(exc)}") from exc

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def open_writer(target: str) -> JsonlWriter:
    """Open a JSON-lines writer; "-" is standard output."""
    return JsonlWriter(target)


def default_errors_path(facts_target: str) -> str:
    """Where error records go when no errors file is named.

    Beside the facts file, with ".errors.jsonl" in place of ".jsonl" (`out/facts.jsonl` ->
    `out/facts.errors.jsonl`; a name without ".jsonl" gets ".errors.jsonl" appended); standard
    error (as JSON lines) when the facts go to standard output.
    """
    if facts_target == STDOUT:
        return STDERR
    root = facts_target[: -len(".jsonl")] if facts_target.endswith(".jsonl") else facts_target
    return root + ".errors.jsonl"


def _reason(exc: OSError) -> str:
    if isinstance(exc, BrokenPipeError):
        return "the reading end of the pipe was closed"
    return exc.strerror or str(exc)


def same_file(a: str, b: str) -> bool:
    """True when two output targets (not "-") name the same file."""
    if STDOUT in (a, b):
        return False
    return os.path.abspath(a) == os.path.abspath(b)
