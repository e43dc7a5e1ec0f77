"""JSON-lines writers for fact, document and error records.

Every record is serialised by `jsonlines` as compact JSON (no spaces), UTF-8, `ensure_ascii=False`,
keys in the order the record already has (records are built with a fixed key order), one record
per line, lines ended by "\\n" on every platform. `encode_line` gives the same bytes for a record
(a worker process encodes its documents' records; the main process writes them with
`JsonlWriter.write_lines`).

Lines are collected in memory and handed to the file in one write per `flush()` (the runner flushes
after every input file, i.e. per document batch), so a file never holds a partial record, even if
the run is killed. The target "-" means standard output (`STDOUT`); `STDERR` writes to standard
error. Any OSError while opening, writing or closing (disk full, permission denied, closed pipe)
is raised as `OutputError`, whose message names the file.

A run writes each output file under a temporary name beside it (`out/.facts.jsonl.partial`,
`partial_path`) and renames it to its name when the run completes (`JsonlWriter.commit`), so an
existing file is never truncated, and a run that stops half-way leaves the old file as it was (the
partial files and the journal let `--resume` finish the run). Standard output and existing
special files (`/dev/null`, a named pipe) are written in place. `check_outputs_not_inputs` refuses
outputs that would replace a file the run reads.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, BinaryIO

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


def _json(record: Any) -> str:
    try:
        return _JSON(record)
    except ValueError:  # a NaN or infinity somewhere: written as null, so the line is JSON
        return _JSON(_finite(record))


def _encode(record: Any) -> str:
    return escape_surrogates(_json(record))


def utf8_line(line: str) -> bytes:
    """The UTF-8 bytes of one JSON text and its "\\n", lone surrogates written as \\uXXXX
    escapes (see escape_surrogates). The strict codec fails exactly when the text holds a
    surrogate, so the escaping pass runs only then, not over every line."""
    try:
        return line.encode() + b"\n"
    except UnicodeEncodeError:
        return escape_surrogates(line).encode() + b"\n"


def encode_line(record: Any) -> bytes:
    """A record as the bytes of its line, exactly as `JsonlWriter.write` writes it: what a worker
    process sends back, so that the main process only writes bytes (`JsonlWriter.write_lines`)."""
    return utf8_line(_json(record))


class OutputError(Exception):
    """An output file cannot be opened or written."""


class OutputRefused(ValueError):
    """An output would replace a file the run reads: an input file, or a file inside an input
    folder (a usage error; `--overwrite` allows it)."""


PARTIAL_SUFFIX = ".partial"


def partial_path(target: str) -> str:
    """Where an output file is written until the run completes: beside it, hidden (folder walks
    skip it), `out/facts.jsonl` -> `out/.facts.jsonl.partial`."""
    folder, name = os.path.split(target)
    return os.path.join(folder, f".{name}{PARTIAL_SUFFIX}")


def _in_place(target: str) -> bool:
    """Standard output/error and existing files that are not regular files (devices, pipes) are
    written directly: a rename would replace the device itself."""
    if target in (STDOUT, STDERR):
        return True
    try:
        return not stat.S_ISREG(os.stat(target).st_mode) and not os.path.isdir(target)
    except OSError:
        return False


def final_path(target: str) -> str:
    """The file a committed output ends as: the target, or the file a symlink target points to
    (the link stays a link)."""
    return os.path.realpath(target) if os.path.islink(target) else target


def writing_path(target: str) -> str | None:
    """The file an output is written to while the run goes on (None: written in place)."""
    return None if _in_place(target) else partial_path(final_path(target))


def commit_partial(partial: str, target: str) -> None:
    """Give the finished file `partial` (written at `writing_path(target)`) its name: it replaces
    an earlier file of that name, whose permission bits it takes (a symlink target stays a link
    to the replaced file). Raises OutputError."""
    final = final_path(target)
    try:
        try:
            os.chmod(partial, stat.S_IMODE(os.stat(final).st_mode))
        except FileNotFoundError:
            pass
        os.replace(partial, final)
    except OSError as exc:
        raise OutputError(f"cannot write {describe(target)}: {write_reason(exc)}") from exc


def remove_partial(partial: str | None) -> None:
    """Remove an unfinished file, if it is there (a failed run leaves no half file behind)."""
    if partial is not None:
        try:
            os.remove(partial)
        except OSError:
            pass


@contextmanager
def replacing(target: str, mode: str = "w", **open_args: Any) -> Iterator[Any]:
    """Open the file `target` (not "-") for one whole output, written the way every command's
    outputs are: a regular file beside its name and renamed over it when the block ends (never
    a half-written file under the final name), a symlink's file through the link, a device or
    pipe (/dev/null) in place, where a rename would replace the device itself. A failed write
    leaves no partial file. Raises OutputError, with a reason for a person."""
    partial = writing_path(target)
    try:
        with open(partial or target, mode, **open_args) as handle:
            yield handle
        if partial is not None:
            commit_partial(partial, target)
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {write_reason(exc)}") from exc
    finally:
        remove_partial(partial)  # gone once renamed; else a failed write or Ctrl-C left it


def _inside(path: str, folder: str) -> bool:
    try:
        return os.path.commonpath([path, folder]) == folder
    except ValueError:  # different drives
        return False


def check_output_targets(outputs: Sequence[tuple[str, str | None]]) -> None:
    """Raise OutputRefused when two outputs would be written to standard output, or two name the
    same file. outputs: (what, target) pairs, such as ("--output", "facts.jsonl"); None = not
    written."""
    named = [(what, target) for what, target in outputs if target is not None]
    to_stdout = [what for what, target in named if target == STDOUT]
    if len(to_stdout) > 1:
        raise OutputRefused(f"only one output can be standard output ('-'): {', '.join(to_stdout)}")
    for i, (what_a, a) in enumerate(named):
        for what_b, b in named[i + 1 :]:
            if same_file(a, b):
                raise OutputRefused(f"{what_a} and {what_b} name the same file: {a}")


def check_outputs_not_inputs(outputs: Sequence[tuple[str, str]], inputs: Sequence[str]) -> None:
    """Raise OutputRefused when an existing output file is an input file or lies inside an input
    folder. outputs: (what, path) pairs, such as ("--output", "facts.jsonl"); "-" is skipped.

    Checked before anything is opened for writing: the run would otherwise replace (or, before
    outputs were renamed into place, truncate) a file it was asked to read."""
    folders: list[tuple[str, str]] = []
    files: dict[str, str] = {}
    for path in inputs:
        real = os.path.realpath(path)
        if os.path.isdir(path):
            folders.append((real, path))
        elif os.path.exists(path):
            files[real] = path
    for what, target in outputs:
        if target in (STDOUT, STDERR) or not os.path.exists(target) or _in_place(target):
            continue
        real = os.path.realpath(target)
        if real in files:
            raise OutputRefused(
                f"{what} {target} is also an input file: it would be replaced by this run's "
                "output. Name another output file, or add --overwrite to replace it (it is "
                "read first, then replaced when the run completes)"
            )
        for folder_real, folder in folders:
            if _inside(real, folder_real):
                raise OutputRefused(
                    f"{what} {target} already exists inside the input folder {folder}: it "
                    "would be replaced. Write the outputs outside the input folders, or add "
                    "--overwrite to replace it"
                )


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

    def __init__(self, target: str, resume_at: int | None = None, temporary: bool = False) -> None:
        """resume_at: continue a file of an interrupted run, cut back to this many bytes.
        temporary: write to `partial_path(target)` until `commit()` renames it to the target
        (files only; standard output and special files are written in place)."""
        self.target = target
        self.name = describe(target)
        self.count = 0
        self.position = 0  # bytes handed to the file so far (its length, for a file we own)
        self._owns_file = target not in (STDOUT, STDERR)
        self._fp: BinaryIO | None = None
        self.path = writing_path(target) if temporary else None  # None: in place
        try:
            if target == STDOUT:
                sys.stdout.flush()
                self._fp = sys.stdout.buffer
            elif target == STDERR:
                sys.stderr.flush()
                self._fp = sys.stderr.buffer
            elif os.path.isdir(target):
                raise OutputError(f"cannot open {self.name} for writing: it is a folder")
            elif resume_at is not None:
                path = self.path or target
                fp = open(path, "r+b" if os.path.exists(path) else "wb", buffering=0)
                fp.seek(0, os.SEEK_END)
                if fp.tell() < resume_at:
                    fp.close()
                    raise OutputError(
                        f"{path} is shorter than the interrupted run left it "
                        f"({resume_at} bytes): it was changed or removed; start afresh (remove "
                        "the journal)"
                    )
                fp.truncate(resume_at)
                fp.seek(resume_at)
                self._fp = fp
                self.position = resume_at
            else:
                # unbuffered: each flush() is one write of whole lines
                self._fp = open(self.path or target, "wb", buffering=0)
        except OSError as exc:
            raise OutputError(f"cannot open {self.name} for writing: {write_reason(exc)}") from exc
        self._sink = _LineSink()
        # made on the first `write`: `extract` hands whole lines to `write_lines` and writes a
        # record one by one only for an error, so a run without one never imports jsonlines
        self._writer: Any = None

    def write(self, record: dict[str, Any]) -> None:
        if self._fp is None:
            raise OutputError(f"{self.name} is already closed")
        if self._writer is None:
            import jsonlines

            self._writer = jsonlines.Writer(
                self._sink, compact=True, sort_keys=False, dumps=_encode
            )
        self._writer.write(record)
        self.count += 1
        if len(self._sink.pending) >= _MAX_PENDING:
            self.flush()

    def write_all(self, records: Iterable[dict[str, Any]]) -> None:
        for record in records:
            self.write(record)

    def write_lines(self, lines: bytes, count: int) -> None:
        """Write `count` records already encoded as whole lines (`encode_line`)."""
        if self._fp is None:
            raise OutputError(f"{self.name} is already closed")
        self._sink.pending += lines
        self.count += count
        if len(self._sink.pending) >= _MAX_PENDING:
            self.flush()

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
            raise OutputError(f"cannot write {self.name}: {write_reason(exc)}") from exc
        finally:
            data.clear()

    def close(self) -> None:
        if self._fp is None:
            return
        try:
            self.flush()
        finally:
            fp, self._fp = self._fp, None
            if self._writer is not None:
                self._writer.close()
            if self._owns_file:
                try:
                    fp.close()
                except OSError as exc:
                    raise OutputError(f"cannot write {self.name}: {write_reason(exc)}") from exc

    def commit(self) -> None:
        """Close, and give a temporary file its name (replacing an earlier file of that name,
        whose permission bits it takes)."""
        self.close()
        if self.path is None:
            return
        commit_partial(self.path, self.target)
        self.path = None

    def discard(self) -> None:
        """Close, and remove the temporary file (a run that cannot be resumed)."""
        try:
            self.close()
        finally:
            if self.path is not None:
                try:
                    os.remove(self.path)
                except OSError:
                    pass
                self.path = None

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
    error (as JSON lines) when the facts go to standard output or to a special file such as
    `/dev/null` (beside which no file belongs).
    """
    if facts_target == STDOUT or _in_place(facts_target):
        return STDERR
    root = facts_target[: -len(".jsonl")] if facts_target.endswith(".jsonl") else facts_target
    return root + ".errors.jsonl"


def write_reason(exc: OSError) -> str:
    """Why a file could not be written, for a person (a missing folder is named)."""
    if isinstance(exc, BrokenPipeError):
        return "the reading end of the pipe was closed"
    folder = os.path.dirname(exc.filename) if isinstance(exc.filename, str) else ""
    if isinstance(exc, FileNotFoundError) and folder and not os.path.isdir(folder):
        return f"the folder {folder} does not exist (create it, or name another output)"
    return exc.strerror or str(exc)


def replaces_an_input(target: str, inputs: Iterable[str | None]) -> bool:
    """True when writing `target` would replace one of the files `inputs` (the same file, by
    any name or link): the commands that read records refuse such an output."""
    if target == STDOUT or not os.path.exists(target):
        return False
    for path in inputs:
        if path not in (None, STDOUT) and os.path.exists(path) and os.path.samefile(path, target):
            return True
    return False


def same_file(a: str, b: str) -> bool:
    """True when two output targets (not "-") name the same file."""
    if STDOUT in (a, b):
        return False
    return os.path.abspath(a) == os.path.abspath(b)
