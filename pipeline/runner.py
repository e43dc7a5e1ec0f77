"""Batch extraction: input paths -> fact, document and error records (JSON lines) + a Summary.

Flow:
  discover(paths)                         main process, deterministic input order
  -> load_source + NLP + records, per file   in the main process (workers=1) or in worker
                                             processes (workers>1, "spawn" context; each worker
                                             builds the spaCy pipeline once in its initializer)
  -> results consumed in input order (Pool.imap), so the output is byte-identical whatever the
     number of workers
  -> dedupe by doc_id in the main process (first occurrence in input order wins; a later copy,
     such as kremlin's NNNN/print.html of NNNN.html, is counted as a duplicate and its facts are
     dropped)
  -> write records, flush per input file.

Every *outcome* ends in exactly one of: a document record, a skip (non-article page, counted by
kind), a duplicate, or an error record (counted by kind). An input file gives one outcome, except
multi-document files (JSONL) which give one outcome per record they hold; `Summary.check()` holds:

    outcomes = inputs + extra_outcomes
             = documents + duplicates + skipped + errors
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
import traceback
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from pipeline.output import STDERR, STDOUT, JsonlWriter, default_errors_path, describe
from pipeline.records import FACT_TYPES, SCHEMA_VERSION, document_record, fact_records
from pipeline.speech import InputError, Skipped, Speech

DEFAULT_MAX_BYTES = 50_000_000
DEFAULT_FACTS_PATH = "facts.jsonl"

# ---------------------------------------------------------------------------------------------
# Outcomes: what one input (or one record of a multi-document input) became. Plain tuples and
# dicts only, so they cross process boundaries cheaply.
#   ("doc", doc_id, document_record, [fact_record, ...])
#   ("skip", kind, source, reason)
#   ("error", kind, error_record)
# ---------------------------------------------------------------------------------------------

Outcome = tuple


def error_record(source: str, kind: str, reason: str, doc_id: str | None = None) -> dict[str, Any]:
    """The error record format: schema_version, source, doc_id (null if not known), kind, reason."""
    return {
        "schema_version": SCHEMA_VERSION,
        "source": source,
        "doc_id": doc_id,
        "kind": kind,
        "reason": reason,
    }


def _from_input_error(err: InputError) -> Outcome:
    rec = err.to_record()
    return ("error", err.kind, error_record(rec["source"], rec["kind"], rec["reason"]))


def _from_skipped(skip: Skipped) -> Outcome:
    return ("skip", skip.kind, skip.source, skip.reason)


def _internal_error(source: str, exc: BaseException, doc_id: str | None = None) -> Outcome:
    where = traceback.extract_tb(exc.__traceback__)
    last = f" (at {os.path.basename(where[-1].filename)}:{where[-1].lineno})" if where else ""
    reason = f"unexpected {type(exc).__name__}: {exc}{last}"
    return ("error", "internal", error_record(source, "internal", reason, doc_id))


# ---------------------------------------------------------------------------------------------
# Per-file work (runs in a worker process when workers > 1)
# ---------------------------------------------------------------------------------------------

_NLP = None
_MAX_BYTES = DEFAULT_MAX_BYTES


def _init_worker(types: tuple[str, ...] | None, max_bytes: int) -> None:
    """Pool initializer (and the single-process set-up): build the pipeline once."""
    global _NLP, _MAX_BYTES
    from pipeline.nlp import build_pipeline

    _NLP = build_pipeline(types)
    _MAX_BYTES = max_bytes


def _speech_outcome(speech: Speech, doc: Any) -> Outcome:
    facts = fact_records(doc, speech)
    return ("doc", speech.doc_id, document_record(speech, facts), facts)


def _annotate(speeches: list[Speech]) -> list[Outcome]:
    """NLP on one file's speeches: nlp.pipe on the batch; if that fails, one by one, so that an
    unexpected exception costs only the document that caused it (an "internal" error record)."""
    from pipeline.nlp import prepare_doc

    nlp = _NLP
    try:
        docs = list(nlp.pipe(prepare_doc(nlp, s) for s in speeches))
        return [_speech_outcome(s, d) for s, d in zip(speeches, docs, strict=True)]
    except Exception:  # retried document by document below
        pass
    outcomes = []
    for speech in speeches:
        try:
            outcomes.append(_speech_outcome(speech, nlp(prepare_doc(nlp, speech))))
        except Exception as exc:  # one bad document must not stop the run
            outcomes.append(_internal_error(speech.source, exc, speech.doc_id))
    return outcomes


def process_file(path: str) -> list[Outcome]:
    """load_source + NLP + records for one input file, in order. Never raises."""
    from pipeline.ingest import load_source

    try:
        items = load_source(path, max_bytes=_MAX_BYTES)
    except Exception as exc:  # load_source should not raise; be safe anyway
        return [_internal_error(path, exc)]
    if not items:
        return [("error", "empty", error_record(path, "empty", "no documents found in the file"))]
    outcomes: list[Outcome | None] = [None] * len(items)
    speeches: list[tuple[int, Speech]] = []
    for i, item in enumerate(items):
        if isinstance(item, Speech):
            speeches.append((i, item))
        elif isinstance(item, Skipped):
            outcomes[i] = _from_skipped(item)
        elif isinstance(item, InputError):
            outcomes[i] = _from_input_error(item)
        else:
            reason = f"loader returned an unexpected {type(item).__name__}"
            outcomes[i] = ("error", "internal", error_record(path, "internal", reason))
    if speeches:
        for (i, _), outcome in zip(speeches, _annotate([s for _, s in speeches]), strict=True):
            outcomes[i] = outcome
    return outcomes  # type: ignore[return-value]


# ---------------------------------------------------------------------------------------------
# Summary
# ---------------------------------------------------------------------------------------------


@dataclass
class Summary:
    """What a run did. All counts are over *outcomes* (see the module docstring)."""

    inputs: int = 0  # entries reported by discovery: files + missing/special paths
    files: int = 0  # of which regular files handed to the loader
    extra_outcomes: int = 0  # records beyond the first in multi-document (JSONL) files
    documents: int = 0  # document records written
    duplicates: int = 0  # documents dropped because their doc_id was already written
    skipped: Counter = field(default_factory=Counter)  # non-article pages, by kind
    errors: Counter = field(default_factory=Counter)  # error records, by kind
    facts: Counter = field(default_factory=lambda: Counter({t: 0 for t in FACT_TYPES}))
    words: int = 0  # words in the documents written
    elapsed: float = 0.0  # seconds
    workers: int = 1
    outputs: dict[str, str] = field(default_factory=dict)  # facts/docs/errors -> where

    @property
    def outcomes(self) -> int:
        return self.inputs + self.extra_outcomes

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())

    @property
    def errors_total(self) -> int:
        return sum(self.errors.values())

    @property
    def facts_total(self) -> int:
        return sum(self.facts.values())

    @property
    def words_per_second(self) -> float:
        return self.words / self.elapsed if self.elapsed > 0 else 0.0

    def check(self) -> bool:
        """The invariant: every outcome is a document, a duplicate, a skip or an error."""
        return self.outcomes == (
            self.documents + self.duplicates + self.skipped_total + self.errors_total
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "inputs": self.inputs,
            "files": self.files,
            "extra_outcomes": self.extra_outcomes,
            "outcomes": self.outcomes,
            "documents": self.documents,
            "duplicates": self.duplicates,
            "skipped": dict(sorted(self.skipped.items())),
            "errors": dict(sorted(self.errors.items())),
            "facts": {t: self.facts.get(t, 0) for t in FACT_TYPES},
            "words": self.words,
            "elapsed_seconds": round(self.elapsed, 3),
            "words_per_second": round(self.words_per_second, 1),
            "workers": self.workers,
            "outputs": dict(self.outputs),
        }

    def format(self) -> str:
        """Human-readable, one line per item; the numbers add up (see the `check` line)."""

        def by_kind(counter: Counter) -> str:
            parts = [f"{k} {v}" for k, v in sorted(counter.items()) if v]
            return f" ({', '.join(parts)})" if parts else ""

        others = self.inputs - self.files
        total = self.documents + self.duplicates + self.skipped_total + self.errors_total
        facts = ", ".join(f"{t} {self.facts.get(t, 0)}" for t in FACT_TYPES)
        plural = "s" if self.workers != 1 else ""
        items = [
            ("inputs", f"{self.inputs} ({self.files} files, {others} other paths)"),
            ("extra records", f"{self.extra_outcomes} (beyond the first, in multi-document files)"),
            ("outcomes", f"{self.outcomes} (inputs + extra records)"),
            ("documents", f"{self.documents}"),
            ("duplicates skipped", f"{self.duplicates}"),
            ("non-articles skipped", f"{self.skipped_total}{by_kind(self.skipped)}"),
            ("errors", f"{self.errors_total}{by_kind(self.errors)}"),
            (
                "check",
                f"{self.documents} + {self.duplicates} + {self.skipped_total} + "
                f"{self.errors_total} = {total} {'=' if self.check() else '!='} "
                f"{self.outcomes} outcomes",
            ),
            ("facts", f"{self.facts_total} ({facts})"),
            ("words", f"{self.words}"),
            ("elapsed", f"{self.elapsed:.1f} s ({self.workers} worker{plural})"),
            ("speed", f"{self.words_per_second:,.0f} words/s"),
        ]
        items += [(f"{name} written to", where) for name, where in self.outputs.items()]
        lines = [f"{label + ':':<24}{value}" for label, value in items]
        return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Progress bar (self-written; stderr, TTY only)
# ---------------------------------------------------------------------------------------------


class _Progress:
    """`[#####.....] 120/7188 files  docs 98  facts 410  35.2 files/s` on one stderr line."""

    WIDTH = 24

    def __init__(self, total: int, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled
        self.start = time.monotonic()
        self._last = 0.0

    def update(self, done: int, summary: Summary, final: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not final and now - self._last < 0.1:
            return
        self._last = now
        frac = done / self.total if self.total else 1.0
        filled = int(frac * self.WIDTH)
        rate = done / (now - self.start) if now > self.start else 0.0
        line = (
            f"[{'#' * filled}{'.' * (self.WIDTH - filled)}] {done}/{self.total} inputs  "
            f"docs {summary.documents}  facts {summary.facts_total}  {rate:.1f} inputs/s"
        )
        sys.stderr.write("\r\x1b[K" + line)
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


# ---------------------------------------------------------------------------------------------
# The run
# ---------------------------------------------------------------------------------------------


def normalize_types(types: str | Iterable[str] | None) -> tuple[str, ...] | None:
    """ "money,event" or ["money", "event"] -> ("money", "event"); None = all types.
    Raises ValueError on an unknown type or an empty list."""
    if types is None:
        return None
    items = types.split(",") if isinstance(types, str) else list(types)
    wanted = [t.strip() for t in items if t.strip()]
    if not wanted:
        raise ValueError(f"no fact type given; known: {', '.join(FACT_TYPES)}")
    unknown = [t for t in wanted if t not in FACT_TYPES]
    if unknown:
        raise ValueError(
            f"unknown fact type(s): {', '.join(unknown)}; known: {', '.join(FACT_TYPES)}"
        )
    return tuple(t for t in FACT_TYPES if t in wanted)  # pipeline order, no repeats


def _own_output(entry: object, writers: list[JsonlWriter]) -> object:
    """An output file of this run found among the inputs (e.g. `extract . -o facts.jsonl`) is
    skipped (kind "own_output"), never read back."""
    if isinstance(entry, str):
        real = os.path.realpath(entry)
        for w in writers:
            if w.target not in (STDOUT, STDERR) and os.path.realpath(w.target) == real:
                return Skipped(entry, "own_output", "an output file of this run")
    return entry


def _chunksize(n_files: int, workers: int) -> int:
    return max(1, min(16, n_files // (workers * 8) or 1))


def _results(
    files: list[str], workers: int, types: tuple[str, ...] | None, max_bytes: int
) -> Iterator[list[Outcome]]:
    """process_file over files, in order, in this process or in a spawn pool."""
    if not files:
        return
    if workers <= 1:
        _init_worker(types, max_bytes)
        for path in files:
            yield process_file(path)
        return
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(
        processes=min(workers, len(files)),
        initializer=_init_worker,
        initargs=(types, max_bytes),
    ) as pool:
        yield from pool.imap(process_file, files, chunksize=_chunksize(len(files), workers))


def run(
    paths: Sequence[str],
    facts_out: str = DEFAULT_FACTS_PATH,
    docs_out: str | None = None,
    errors_out: str | None = None,
    workers: int = 1,
    types: str | Iterable[str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool = False,
) -> Summary:
    """Extract facts from `paths` (files and folders) and write the records.

    facts_out: fact records ("-" = standard output). docs_out: document records (None = not
    written). errors_out: error records; None = `default_errors_path(facts_out)` (beside the facts
    file, or standard error when the facts go to standard output). progress: show a progress
    bar on stderr if stderr is a terminal (never when errors go to stderr).

    Raises ValueError for bad `types`/`workers`, OutputError when an output cannot be written.
    """
    from pipeline.ingest.discover import discover

    started = time.monotonic()
    wanted = normalize_types(types)
    if workers < 1:
        raise ValueError("workers must be at least 1")
    if errors_out is None:
        errors_out = default_errors_path(facts_out)

    summary = Summary(workers=workers)
    summary.outputs["facts"] = describe(facts_out)
    if docs_out is not None:
        summary.outputs["documents"] = describe(docs_out)
    summary.outputs["errors"] = describe(errors_out)

    writers: list[JsonlWriter] = []
    try:
        # open every output before any work, so an unwritable path fails at once
        facts_w = JsonlWriter(facts_out)
        writers.append(facts_w)
        docs_w = JsonlWriter(docs_out) if docs_out is not None else None
        if docs_w is not None:
            writers.append(docs_w)
        errors_w = JsonlWriter(errors_out)
        writers.append(errors_w)

        # discovery: files go to the loader; missing paths / special files are outcomes already
        entries = [_own_output(e, writers) for e in discover(list(paths))]
        files = [e for e in entries if isinstance(e, str)]
        summary.inputs = len(entries)
        summary.files = len(files)
        bar = _Progress(len(entries), progress and errors_out != STDERR and sys.stderr.isatty())
        seen: set[str] = set()
        done = 0

        def consume(outcomes: list[Outcome]) -> None:
            summary.extra_outcomes += max(0, len(outcomes) - 1)
            for outcome in outcomes:
                tag = outcome[0]
                if tag == "doc":
                    _, doc_id, doc_rec, facts = outcome
                    if doc_id in seen:
                        summary.duplicates += 1
                        continue
                    seen.add(doc_id)
                    facts_w.write_all(facts)
                    if docs_w is not None:
                        docs_w.write(doc_rec)
                    summary.documents += 1
                    summary.words += doc_rec.get("word_count") or 0
                    for fact in facts:
                        summary.facts[fact["type"]] += 1
                elif tag == "skip":
                    summary.skipped[outcome[1]] += 1
                else:
                    summary.errors[outcome[1]] += 1
                    errors_w.write(outcome[2])
            for w in writers:
                w.flush()

        results = _results(files, workers, wanted, max_bytes)
        try:
            for entry in entries:
                if isinstance(entry, str):
                    consume(next(results))
                elif isinstance(entry, Skipped):
                    consume([_from_skipped(entry)])
                elif isinstance(entry, InputError):
                    consume([_from_input_error(entry)])
                else:
                    reason = f"discovery returned an unexpected {type(entry).__name__}"
                    consume([("error", "internal", error_record(str(entry), "internal", reason))])
                done += 1
                bar.update(done, summary)
        finally:
            bar.close()
            results.close()  # ends the pool (terminates workers) if we stop early

        for w in writers:
            w.close()
    finally:
        for w in writers:
            try:
                w.close()
            except Exception:  # the first error is the one reported
                pass
    summary.elapsed = time.monotonic() - started
    return summary
