"""The run journal: what a run has finished, so that `extract --resume` can continue it.

A run that writes to files keeps a journal beside its facts file (`facts.jsonl.journal`), one
JSON line per finished task, appended only after the task's records were handed to the output
files:

    {"journal": 2, "version": "0.1.0", "key": "<sha256>", "tasks": 19379}      header
    {"done": 1, "pos": [F, D, E], "summary": {...},
     "ids": [["11287", "<text digest>", "news/11287.html"]]}                    per task

`pos` are the byte lengths of the facts, documents and errors files after the task (D is null
without --docs; the files are the partial files the run writes, `pipeline.output.partial_path`),
`summary` the run's counters so far, `ids` the documents the task wrote, with a digest of their
text and their source (for deduplication across the restart: a later document with the same id is
a duplicate if its text is the same, a `duplicate_id` error naming the first source if not).
`key` fingerprints the inputs (the task list, in order) and the options that change the output; a
resume with other inputs or options is refused.

On resume the last complete line wins: a line torn by a kill is ignored, and each output is cut
back to its recorded length, which drops records written after the last journalled task (also a
torn last record). The journal is removed when the run completes; a run started without
`--resume` refuses to begin while a journal exists (it would lose the interrupted run).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pipeline.output import utf8_line

JOURNAL_SUFFIX = ".journal"
FORMAT = 2

# a written document: doc_id -> (digest of its text, its source)
Written = dict[str, tuple[str, str]]


class ResumeError(Exception):
    """The interrupted run cannot be continued (other inputs/options, or outputs changed)."""


class JournalExists(ResumeError):
    """A run without --resume found the journal of an interrupted run (it is kept)."""


def journal_path(facts_out: str) -> str:
    return facts_out + JOURNAL_SUFFIX


def _afresh(path: str) -> str:
    return f"to start afresh instead, remove the journal {path}"


def refuse_existing(path: str) -> None:
    """Raise JournalExists when a journal is at `path`: a new run must not delete it."""
    if os.path.lexists(path):
        raise JournalExists(
            f"an interrupted run left its journal {path}: add --resume to continue that run "
            f"(the same PATHs and options), or remove the journal to start afresh"
        )


def run_key(parts: Iterable[Any]) -> str:
    """A fingerprint of the task list and output-changing options."""
    digest = hashlib.sha256()
    for part in parts:
        # surrogatepass: paths that are not valid UTF-8 (see pipeline.output.escape_surrogates)
        digest.update(
            json.dumps(part, ensure_ascii=False, sort_keys=True).encode("utf-8", "surrogatepass")
        )
        digest.update(b"\n")
    return digest.hexdigest()


@dataclass
class ResumePoint:
    """Where an interrupted run stopped."""

    done: int = 0
    positions: list[int | None] = field(default_factory=lambda: [0, None, 0])
    summary: dict[str, Any] = field(default_factory=dict)
    ids: Written = field(default_factory=dict)


def read_journal(path: str, key: str, version: str) -> ResumePoint | None:
    """The resume point of the journal at `path`; None when there is no journal (or an empty
    one, left by a run stopped before it began)."""
    try:
        handle = open(path, "rb")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ResumeError(f"cannot read the journal {path}: {exc.strerror or exc}") from exc
    point = ResumePoint()
    with handle:
        header_line = handle.readline()
        if not header_line:
            return None  # killed before its header: nothing was done
        try:
            header = json.loads(header_line)
        except ValueError:
            raise ResumeError(f"the journal {path} has no valid header: {_afresh(path)}") from None
        if not isinstance(header, dict) or "journal" not in header:
            raise ResumeError(f"{path} is not a speechfacts journal")
        if header.get("journal") != FORMAT:
            raise ResumeError(
                f"the journal {path} was written by another version of speechfacts (journal "
                f"format {header.get('journal')}, this one reads {FORMAT}): {_afresh(path)}"
            )
        if header.get("version") != version:
            raise ResumeError(
                f"the interrupted run was made by speechfacts {header.get('version')}, "
                f"this is {version}: {_afresh(path)}"
            )
        if header.get("key") != key:
            raise ResumeError(
                "the inputs or options differ from those of the interrupted run "
                "(files added, removed or renamed, or other --types/--max-bytes/outputs): "
                f"{_afresh(path)}"
            )
        for line in handle:
            if not line.endswith(b"\n"):
                break  # torn by the kill: the task it records is done again
            try:
                entry = json.loads(line)
            except ValueError:
                break
            point.done = entry["done"]
            point.positions = entry["pos"]
            point.summary = entry["summary"]
            point.ids.update((doc_id, (digest, source)) for doc_id, digest, source in entry["ids"])
    return point


class JournalWriter:
    """Appends journal lines; each line goes to the file in one unbuffered write."""

    def __init__(self, path: str, resume: bool) -> None:
        """resume: append to the journal of the interrupted run; else start an empty one (its
        header follows once the task list is known, see `start`)."""
        self.path = path
        if resume and os.path.exists(path):
            self._fp = open(path, "r+b", buffering=0)
            self._fp.seek(0, os.SEEK_END)
            self._cut_torn_line()
        else:
            # "x": never replace a journal (the runner refuses to start over an existing one)
            self._fp = open(path, "xb", buffering=0)

    def start(self, key: str, version: str, tasks: int) -> None:
        self._write({"journal": FORMAT, "version": version, "key": key, "tasks": tasks})

    def _cut_torn_line(self) -> None:
        size = self._fp.tell()
        if size == 0:
            return
        self._fp.seek(size - 1)
        if self._fp.read(1) == b"\n":
            return
        # find the end of the last complete line and cut there
        chunk = 1 << 16
        pos = size
        while pos > 0:
            start = max(0, pos - chunk)
            self._fp.seek(start)
            data = self._fp.read(pos - start)
            i = data.rfind(b"\n")
            if i >= 0:
                self._fp.truncate(start + i + 1)
                self._fp.seek(start + i + 1)
                return
            pos = start
        self._fp.truncate(0)
        self._fp.seek(0)

    def _write(self, record: dict[str, Any]) -> None:
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
        view = memoryview(utf8_line(line))
        while view:
            view = view[self._fp.write(view) :]

    def record(
        self,
        done: int,
        positions: list[int | None],
        summary: dict[str, Any],
        ids: list[tuple[str, str, str]],
    ) -> None:
        self._write({"done": done, "pos": positions, "summary": summary, "ids": ids})

    def close(self, remove: bool) -> None:
        self._fp.close()
        if remove:
            try:
                os.remove(self.path)
            except FileNotFoundError:
                pass
