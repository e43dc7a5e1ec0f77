"""Batch extraction: input paths -> fact, document and error records (JSON lines) + a Summary.

Flow:
  discover(paths)                         main process, deterministic input order
  -> load_source + NLP + records, per file   by an Extractor (the pipeline, built once, and
                                             the limits): the main process's (workers=1), one
                                             per worker process (workers>1, "spawn" context),
                                             or one per Dask worker (pipeline.distributed)
  -> results consumed in input order (Pool.imap), so the output is byte-identical whatever the
     number of workers
  -> dedupe by doc_id in the main process (first occurrence in input order wins; a later copy
     with the same text, such as kremlin's NNNN/print.html of NNNN.html, is counted as a
     duplicate and its facts are dropped; a later document with the same id and other text is a
     `duplicate_id` error record naming both sources)
  -> write records to partial files, flush per input file; rename them into place at the end.

Nothing a user owns is destroyed: before anything is opened for writing, an existing output that
is an input file or lies in an input folder is refused (unless overwrite=True), and so is a run
without resume=True over the journal of an interrupted run.

Every *outcome* ends in exactly one of: a document record, a skip (non-article page, counted by
kind), a duplicate, or an error record (counted by kind). An input file gives one outcome, except
multi-document files (JSONL) which give one outcome per record they hold; `Summary.check()` holds:

    outcomes = inputs + extra_outcomes
             = documents + duplicates + skipped + errors
"""

from __future__ import annotations

import gc
import hashlib
import itertools
import multiprocessing
import os
import signal
import sys
import time
import traceback
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from pipeline.heap import after_large_text, release_free_memory
from pipeline.output import (
    STDERR,
    STDOUT,
    JsonlWriter,
    OutputError,
    check_output_targets,
    check_outputs_not_inputs,
    default_errors_path,
    describe,
    encode_line,
    writing_path,
)
from pipeline.records import (
    DEFAULT_TYPES,
    FACT_TYPES,
    SCHEMA_VERSION,
    doc_event_of,
    document_record,
    fact_records,
)
from pipeline.speech import InputError, PageKey, Skipped, Speech

if TYPE_CHECKING:
    from pipeline.ingest.options import IngestOptions
    from pipeline.journal import JournalWriter, Written
    from pipeline.nlp.extensions import ExtensionNames

DEFAULT_MAX_BYTES = 50_000_000
DEFAULT_FACTS_PATH = "facts.jsonl"


def ingest_or_default(ingest: IngestOptions | None) -> IngestOptions:
    """`ingest`, or the default IngestOptions when None. pipeline.ingest (its parsers, numpy,
    selectolax) is imported here, when a run needs it, not with this module: `speechfacts
    --help` and the commands that do not extract import the runner without it."""
    if ingest is not None:
        return ingest
    from pipeline.ingest.options import DEFAULT_OPTIONS

    return DEFAULT_OPTIONS


_freeze_nlp_imports = False  # set by freeze_nlp_imports: this process extracts and little else


def freeze_nlp_imports() -> None:
    """For a process that extracts and does little else (the extract command, a pool worker):
    the first Extractor built in it imports spaCy and our components with the garbage collector
    paused, then moves everything alive (modules, classes, rule data: kept to the process's end)
    out of the collector's reach (`gc.freeze`). The collector then stops walking these objects
    again and again while they load and afterwards: about 0.1 s less CPU per process. Not for a
    library caller, whose own objects it would freeze too; the records are the same."""
    global _freeze_nlp_imports
    _freeze_nlp_imports = True


def one_blas_thread() -> None:
    """For a process that extracts (the extract command, before anything imports numpy; its pool
    workers inherit the setting from its environment): numpy's OpenBLAS starts one thread, not
    one per core. Nothing of a run calls BLAS (numpy serves for counts, cumulative sums and
    searches of integers), and starting the threads cost about 0.05 s of CPU a process (issue 19,
    round o). A value the user set is kept. The records are the same."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


# The warning multiprocessing's resource tracker gives when the process that made the pool's
# semaphores died without releasing them (it releases them itself): see quiet_resource_tracker.
_TRACKER_WARNING = "ignore:resource_tracker:UserWarning:multiprocessing.resource_tracker"


def quiet_resource_tracker() -> None:
    """For a process that extracts (the extract command, before its pool starts): when it is
    killed (kill -9) while its pool runs, multiprocessing's resource tracker, a helper process
    of its own, frees the pool's semaphores and would warn on standard error that they "appear
    to be leaked"; a killed run leaves them so, and there is nothing to do about it. The tracker
    reads this filter from its environment; only that warning of that module is silenced, and a
    filter the user set is kept (this one added after it). The records are the same."""
    current = os.environ.get("PYTHONWARNINGS", "")
    if _TRACKER_WARNING not in current.split(","):
        os.environ["PYTHONWARNINGS"] = ",".join(w for w in (current, _TRACKER_WARNING) if w)


def import_ingestion() -> None:
    """Import pipeline.ingest (its file rules, numpy) now; in a process that asked for
    freeze_nlp_imports, as spaCy and the components are imported later (`_import_nlp_frozen`):
    with the garbage collector paused, then what is alive frozen. Some 40 collections, about
    0.03 s of a one-file run, are not made while numpy loads, nor walk it afterwards (issue 19,
    round o). Elsewhere a plain import. The records are the same. Each format's parser (and
    selectolax for HTML) is imported when a file of its format is first read, not here
    (round cold70)."""
    if not _freeze_nlp_imports:
        import pipeline.ingest  # noqa: F401

        return
    with _collector_paused_then_frozen():
        import pipeline.ingest  # noqa: F401


def _import_nlp_frozen() -> None:
    """What freeze_nlp_imports asked for, once per process; nothing if it was not asked."""
    global _freeze_nlp_imports
    if not _freeze_nlp_imports:
        return
    _freeze_nlp_imports = False
    with _collector_paused_then_frozen():
        import spacy  # noqa: F401 - what build_pipeline imports first, imported here paused

        from pipeline.nlp import components  # noqa: F401


@contextmanager
def _collector_paused_then_frozen() -> Iterator[None]:
    """The garbage collector paused for the block, then what is alive frozen (moved out of its
    generations) and the collector enabled again if it was: long-lived imports are neither
    walked while they load nor afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


# ---------------------------------------------------------------------------------------------
# Outcomes: what one input (or one record of a multi-document input) became. Named tuples of
# plain values, so they cross process (and Dask) boundaries cheaply.
# ---------------------------------------------------------------------------------------------


class DocumentOutcome(NamedTuple):
    """A document, ready to be written: its records already encoded as JSON lines where it was
    annotated (`pipeline.output.encode_line`), with what the main process needs to deduplicate
    and count it, so that the main process only writes bytes (it has no JSON to encode and
    fewer objects to unpickle while the workers run)."""

    doc_id: str
    source: str
    digest: str  # text_digest of its text
    word_count: int
    fact_types: tuple[str, ...]  # the type of each fact, in order
    facts: bytes  # its fact records, one line each
    document: bytes  # its document record, one line
    warnings: tuple[tuple[str, bytes], ...]  # (kind, line) of each warning (an error record)
    # Speech.page_key: a kremlin.ru article's PageKey.key and its blocks' size, so that a print
    # version with the same key is known to be its duplicate without its text (see PageKey)
    page_key: tuple[str, int] | None = None


class SkipOutcome(NamedTuple):
    """An input that is not a speech (a non-article page, an earlier output): counted by kind."""

    kind: str
    source: str
    reason: str


class ErrorOutcome(NamedTuple):
    """An input that could not be used: its error record."""

    kind: str
    record: dict[str, Any]


class ParsedOutcome(NamedTuple):
    """A print version, read for its text and id only (`load_source(text_only=True)`): the main
    process counts it as a duplicate when its document was written with the same text, and
    otherwise completes it (speaker turns, language) and annotates it if its doc_id is new (see
    _print_versions). Duplicates thus cost no NLP, turns or language check."""

    speech: Speech
    digest: str  # text_digest of its text, computed where it was read


# A print version read only as far as its PageKey (`load_source(key_only=True)`) comes back as
# that PageKey: the main process counts it as a duplicate when a document written had the same
# key (and its blocks fit this page's budget); otherwise it reads the file whole itself, as
# the worker would have (a ParsedOutcome, or the error), and goes on as with that outcome.
Outcome = DocumentOutcome | SkipOutcome | ErrorOutcome | ParsedOutcome | PageKey


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
    return ErrorOutcome(err.kind, error_record(rec["source"], rec["kind"], rec["reason"]))


def _from_skipped(skip: Skipped) -> Outcome:
    return SkipOutcome(skip.kind, skip.source, skip.reason)


def _internal_error(source: str, exc: BaseException, doc_id: str | None = None) -> Outcome:
    where = traceback.extract_tb(exc.__traceback__)
    last = f" (at {os.path.basename(where[-1].filename)}:{where[-1].lineno})" if where else ""
    reason = f"unexpected {type(exc).__name__}: {exc}{last}"
    return ErrorOutcome("internal", error_record(source, "internal", reason, doc_id))


# ---------------------------------------------------------------------------------------------
# Per-file work (runs in a worker process when workers > 1)
# ---------------------------------------------------------------------------------------------

# An Extractor gives its pipeline a fresh spaCy Vocab (and a tokenizer on it; a fresh pipeline
# before round ref72) after this many documents: the vocabulary's string store and lexemes grow
# with every new word form. Measured over the archive (7,188 documents, one process): peak RSS
# +14 MB from 1,000 to 7,188 documents without, +2 MB with. A refresh costs ~0.05 s, and the
# words met again are made again (~0.8 s of tokenising over the archive, round ref72). The
# output does not change.
REFRESH_DOCUMENTS = 1_000
# ... or sooner, once its vocabulary holds this many lexemes: 1,000 of the archive's later, longer
# documents bring 15,000 (the first 1,000: 10,400), and spaCy holds some 600 bytes a lexeme
# (lexeme, strings); over the archive 9 builds instead of 7 (issue 19, round l).
REFRESH_LEXEMES = 12_000


class Extractor:
    """What a process needs to turn tasks into outcomes: the spaCy pipeline (built once, for
    `types`), the size limit and the ingest options. There is one per process that does the
    work: the runner's own (workers=1), each pool worker's, each Dask worker's."""

    def __init__(
        self,
        types: tuple[str, ...] | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        ingest: IngestOptions | None = None,
    ) -> None:
        ingest = ingest_or_default(ingest)
        self.config = (types, max_bytes, ingest)
        self.types = types
        self.max_bytes = max_bytes
        self.ingest = ingest
        self.annotated = 0  # documents annotated by the current pipeline
        _import_nlp_frozen()
        self.nlp = self._build()

    def _build(self) -> Any:
        """A new pipeline for `types`, on a vocabulary that computes only the lexical attributes
        the pipeline reads (`pipeline.nlp.lexical`: its Docs go to the records alone; about
        0.65 s less tokenising a 1-worker archive run, the records the same bytes)."""
        from pipeline.nlp import build_pipeline
        from pipeline.nlp.lexical import lean_vocab

        return build_pipeline(self.types, vocab=lean_vocab())

    def pipeline_for(self, n_documents: int) -> Any:
        """The pipeline to annotate the next `n_documents` with: refreshed (a fresh Vocab,
        `_refresh`) once REFRESH_DOCUMENTS documents went through its vocabulary, or fewer that
        brought it to REFRESH_LEXEMES lexemes. PipelineError when the refresh or a new build
        fails: no later document could be annotated either, so the run stops as when the first
        build fails (its message, exit code and journal for `--resume`), instead of ending in a
        traceback; a later call builds anew."""
        try:
            if self.nlp is None:  # the last build failed: tried again, failing as loudly
                self.nlp = self._build()
                self.annotated = 0
            elif self.annotated >= REFRESH_DOCUMENTS or (
                self.annotated and len(self.nlp.vocab) >= REFRESH_LEXEMES
            ):
                self._refresh()
                self.annotated = 0
        except Exception as exc:  # noqa: BLE001 - any failure to build is reported the same way
            raise PipelineError.because("refreshed", exc) from exc
        self.annotated += n_documents
        return self.nlp

    def _refresh(self) -> None:
        """The pipeline on a new vocabulary: a new Vocab and a tokenizer on it, the components
        kept (`pipeline.nlp.lexical.renew_vocabulary`: about 15 ms less a refresh than a new
        pipeline, nine refreshes in a 1-worker archive run); a new pipeline when the current
        one has a component that may hold on to its vocabulary. Either way the old vocabulary
        (~3.5 MB of heap after 1,000 documents) is let go before the new one is made, and the
        heap it freed is given back to the system (`pipeline.heap`). A failure raises, as a
        failed build does: the next call builds a new pipeline."""
        from pipeline.nlp.lexical import renew_vocabulary

        try:
            renewed = renew_vocabulary(self.nlp)
        except BaseException:
            self.nlp = None  # perhaps left without a vocabulary
            raise
        if not renewed:
            self.nlp = None  # freed before the new one is built, not held alongside it
            self.nlp = self._build()
        release_free_memory()  # the old vocabulary's heap, back to the system (round mem73)

    def process_task(self, task: Task) -> list[Outcome]:
        """The outcomes of one task, in order (a part may have none). What raises out of it:
        see the module's `process_task`."""
        return process_task(task, self)

    def process_file(
        self, path: str, name: str | None = None, scope: str | None = None, annotate: bool = True
    ) -> list[Outcome]:
        """The outcomes of one input file, in order. annotate=False: no NLP (ParsedOutcome for
        each document). What raises out of it: see the module's `process_file`."""
        return process_file(path, name, scope, self, annotate)


class PipelineError(Exception):
    """The NLP pipeline cannot be built (a rule file or a saved pipeline that cannot be read):
    no document can be annotated, so the run stops instead of writing error records for all."""

    @classmethod
    def because(cls, action: str, exc: Exception) -> PipelineError:
        """The error for a build or a refresh that raised `exc`: "the NLP pipeline cannot be
        <action>: <exc's type>: <exc>"."""
        return cls(f"the NLP pipeline cannot be {action}: {type(exc).__name__}: {exc}")


class WorkerDied(Exception):
    """A pool worker process died in the middle of a run (killed from outside: `kill -9`, the
    kernel's out-of-memory killer; a crash in a C extension): the results of the tasks it held
    never come, so the run stops, with the journal kept for --resume. The message says how the
    worker ended (`worker_death`)."""


def built_extractor(
    types: tuple[str, ...] | None, max_bytes: int, ingest: IngestOptions | None = None
) -> Extractor:
    """An Extractor, or PipelineError saying why its pipeline cannot be built."""
    try:
        return Extractor(types, max_bytes, ingest)
    except Exception as exc:  # noqa: BLE001 - any failure to build is reported the same way
        raise PipelineError.because("built", exc) from exc


_WORKER: Extractor | None = None  # a pool worker's Extractor
_WORKER_ERROR: str | None = None  # why the pool worker's Extractor could not be built
_WORKER_STOP: Any = None  # the pool's stop flag (_stop_flag), set by the main process
# what a pool worker's task raises once the run is stopping (never reported: the main process
# raises the PipelineError that stopped the run, which came before it in input order)
_STOPPING = "the run is stopping: another worker's pipeline failed"


def _stop_flag() -> Any:
    """A flag shared by the main process and its pool workers (passed in initargs): the main
    process sets it when a worker's PipelineError stops the run, and each worker then fails its
    remaining tasks at once (_work) instead of working through them. A plain shared byte, not a
    multiprocessing Event: an Event's lock, held by a process killed meanwhile, would block
    every other process that reads or sets it (the kind of hang described in _results)."""
    return _WorkerContext().RawValue("b", 0)  # a C signed char, 0: not set


def _init_worker(
    types: tuple[str, ...] | None,
    max_bytes: int,
    ingest: IngestOptions | None = None,
    stop: Any = None,
) -> None:
    """Pool initializer: build the worker's Extractor once, and keep the pool's stop flag
    (`_stop_flag`; None: none). A failure is kept, not raised: a multiprocessing pool replaces a
    worker whose initializer raises, forever, so the run would hang; the worker's first task
    reports it instead (_work)."""
    global _WORKER, _WORKER_ERROR, _WORKER_STOP
    _WORKER_STOP = stop
    # Ctrl-C reaches every process of the terminal's group: the main process stops the run
    # (keeping the journal) and ends the pool; a worker must not die on it with a traceback
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # it started with SIGINT blocked (_WorkerProcess.start); ignored now, it is unblocked, so
    # that the worker's mask is the main process's again (a Ctrl-C pending meanwhile is dropped)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    freeze_nlp_imports()  # a pool worker is a process of its own
    try:
        _WORKER = built_extractor(types, max_bytes, ingest)
    except PipelineError as exc:
        _WORKER, _WORKER_ERROR = None, str(exc)


def _work(task: Task) -> list[Outcome]:
    """A pool worker's job: one task, with the worker's Extractor. Raises PipelineError when
    the worker could not build it, when the run is stopping (the stop flag is set: the task is
    not done), and as `process_task` does."""
    if _WORKER_STOP is not None and _WORKER_STOP.value:
        raise PipelineError(_STOPPING)
    if _WORKER is None:
        raise PipelineError(_WORKER_ERROR or "the pool worker has no NLP pipeline")
    return _WORKER.process_task(task)


def _work_chunk(tasks: tuple[Task, ...]) -> list[list[Outcome]]:
    """A pool worker's job for a chunk of tasks (_chunked): each task's outcomes, in order; what
    one task raises fails the chunk, as in Pool.imap's own chunks."""
    return [_work(task) for task in tasks]


def _chunked(tasks: Iterable[Task], size: int) -> Iterator[tuple[Task, ...]]:
    """`tasks` in tuples of `size` (the last one shorter), taken one chunk at a time."""
    it = iter(tasks)
    while chunk := tuple(itertools.islice(it, size)):
        yield chunk


def _speech_outcome(speech: Speech, doc: Any, names: ExtensionNames) -> Outcome:
    facts = fact_records(doc, speech, names)
    document = document_record(speech, facts, doc_event_of(doc, names))
    return DocumentOutcome(
        speech.doc_id,
        document["source"],
        text_digest(document["text"]),
        document.get("word_count") or 0,
        tuple(fact["type"] for fact in facts),
        b"".join(map(encode_line, facts)),
        encode_line(document),
        tuple(
            (w.kind, encode_line(error_record(w.source, w.kind, w.reason, speech.doc_id)))
            for w in speech.warnings
        ),
        speech.page_key,
    )


def _annotate(speeches: list[Speech], extractor: Extractor) -> list[Outcome]:
    """NLP on one file's speeches: nlp.pipe on the batch; if that fails, one by one, so that an
    unexpected exception costs only the document that caused it (an "internal" error record).
    After a batch of LARGE_TEXT characters or more, the freed heap goes back to the system
    (`pipeline.heap`)."""
    outcomes = _annotated(speeches, extractor)
    # a large text's tokens and records, freed, would stay resident as free heap under the
    # next large page's peak (issue 19, round mem73)
    after_large_text(sum(len(s.text) for s in speeches))
    return outcomes


def _annotated(speeches: list[Speech], extractor: Extractor) -> list[Outcome]:
    from pipeline.nlp import prepare_doc
    from pipeline.nlp.extensions import pipeline_names

    nlp = extractor.pipeline_for(len(speeches))
    names = pipeline_names(nlp)
    try:
        docs = list(nlp.pipe(prepare_doc(nlp, s) for s in speeches))
        return [_speech_outcome(s, d, names) for s, d in zip(speeches, docs, strict=True)]
    except Exception:  # retried document by document below
        pass
    outcomes = []
    for speech in speeches:
        try:
            outcomes.append(_speech_outcome(speech, nlp(prepare_doc(nlp, speech)), names))
        except Exception as exc:  # one bad document must not stop the run
            outcomes.append(_internal_error(speech.source, exc, speech.doc_id))
    return outcomes


def _outcomes_of(
    path: str, items: list, extractor: Extractor, annotate: bool = True
) -> list[Outcome]:
    """Outcomes of what the loader returned for one file or part, in order. annotate=False
    leaves the documents unannotated (ParsedOutcome)."""
    outcomes: list[Outcome | None] = [None] * len(items)
    speeches: list[tuple[int, Speech]] = []
    for i, item in enumerate(items):
        if isinstance(item, Speech):
            speeches.append((i, item))
        elif isinstance(item, PageKey):
            outcomes[i] = item
        elif isinstance(item, Skipped):
            outcomes[i] = _from_skipped(item)
        elif isinstance(item, InputError):
            outcomes[i] = _from_input_error(item)
        else:
            reason = f"loader returned an unexpected {type(item).__name__}"
            outcomes[i] = ErrorOutcome("internal", error_record(path, "internal", reason))
    if speeches and not annotate:
        for i, speech in speeches:
            outcomes[i] = ParsedOutcome(speech, text_digest(speech.text))
    elif speeches:
        for (i, _), outcome in zip(
            speeches, _annotate([s for _, s in speeches], extractor), strict=True
        ):
            outcomes[i] = outcome
    return outcomes  # type: ignore[return-value]


def _empty(path: str) -> Outcome:
    return ErrorOutcome("empty", error_record(path, "empty", "no documents found in the file"))


def process_file(
    path: str, name: str | None, scope: str | None, extractor: Extractor, annotate: bool = True
) -> list[Outcome]:
    """load_source + NLP + records for one input file, in order. name and scope form document
    ids (pipeline.ingest.ids); annotate=False: no NLP, and documents read for their text and id
    only ("parsed" outcomes, see ParsedOutcome), a kremlin.ru article page only as far as its
    PageKey.

    A file that cannot be read, and a document whose annotation fails, give error records. What
    raises out: PipelineError when the pipeline cannot be built anew or refreshed
    (`Extractor.pipeline_for`: no later document could be annotated either, so the run stops);
    a BaseException (KeyboardInterrupt, SystemExit) as it came; and an exception from the code
    between those guarded calls (sorting the loader's items, naming the pipeline's extensions):
    none is expected there, and it would stop the run with its traceback."""
    return _file_outcomes(
        path, name, scope, extractor.max_bytes, extractor.ingest, extractor, annotate, not annotate
    )


def read_whole(
    path: str, name: str | None, scope: str | None, max_bytes: int, ingest: IngestOptions
) -> list[Outcome]:
    """The outcomes of a print version read for its text and id (`process_file` with
    annotate=False, but no PageKey): what the main process reads when a PageKey does not tell."""
    return _file_outcomes(path, name, scope, max_bytes, ingest, None, False, False)


def _file_outcomes(
    path: str,
    name: str | None,
    scope: str | None,
    max_bytes: int,
    ingest: IngestOptions,
    extractor: Extractor | None,
    annotate: bool,
    key_only: bool,
) -> list[Outcome]:
    from pipeline.ingest import load_source
    from pipeline.ingest.ownrecords import is_empty_errors_file, own_output

    try:
        items = load_source(
            path,
            max_bytes=max_bytes,
            name=name,
            scope=scope,
            options=ingest,
            text_only=not annotate,
            key_only=key_only,
        )
    except Exception as exc:  # load_source should not raise; be safe anyway
        return [_internal_error(path, exc)]
    if not items:
        return [_empty(path)]
    if (
        len(items) == 1
        and isinstance(items[0], InputError)
        and items[0].kind == "empty"
        and is_empty_errors_file(path)
    ):
        return [_from_skipped(own_output(path, "error"))]  # an earlier run's empty errors file
    return _outcomes_of(path, items, extractor, annotate)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)  # slots: one task per input file, held for the whole run
class Task:
    """One unit of work: a whole file (end None), or bytes [start, end) of a large JSONL or CSV
    file (cut where a record starts).

    name: the file's document name (its path relative to its input folder, without extension);
    scope: the prefix of the ids its records carry (`--id-prefix file`), or None."""

    path: str
    start: int = 0
    end: int | None = None
    first_line: int = 1
    name: str | None = None
    scope: str | None = None
    # a print version of another input (not part of describe(): it changes no output)
    print_version: bool = False

    def describe(self) -> list:
        return ["task", self.path, self.start, self.end, self.first_line, self.name, self.scope]


def process_task(task: Task, extractor: Extractor) -> list[Outcome]:
    """The outcomes of one task, in order; a part may have none (blank lines). A whole file: as
    `process_file` (what raises out of it is said there). A part of a large file: any Exception
    but PipelineError gives one "internal" error record for the part; PipelineError (the
    pipeline cannot be built anew or refreshed: the run stops) and a BaseException
    (KeyboardInterrupt, SystemExit) raise out of it."""
    if task.end is None:
        return process_file(task.path, task.name, task.scope, extractor, not task.print_version)
    from pipeline.ingest.parts import load_part

    try:
        items = load_part(
            task.path,
            task.start,
            task.end,
            task.first_line,
            extractor.max_bytes,
            task.name,
            task.scope,
            extractor.ingest,
        )
        return _outcomes_of(task.path, items, extractor)
    except PipelineError:  # no part could be annotated: the run stops
        raise
    except Exception as exc:  # one bad part must not stop the run
        return [_internal_error(f"{task.path}:{task.first_line}", exc)]


def _rel_path(path: str) -> str:
    """The path of an input file relative to its input folder (discovery's `InputFile.rel`; a
    file named on the command line: its name)."""
    return getattr(path, "rel", None) or os.path.basename(path)


def _file_task(path: str, rel: str, id_prefix: str | None, print_version: bool = False) -> Task:
    """The task that reads the whole file `path`, whose path relative to its input folder is
    `rel` (its document name, and its id scope under `--id-prefix file`)."""
    from pipeline.ingest.ids import document_name

    scope = rel if id_prefix == "file" else None
    return Task(path, name=document_name(rel), scope=scope, print_version=print_version)


def _tasks_for(
    path: str, part_bytes: int, id_prefix: str | None, max_bytes: int
) -> list[Task] | Skipped:
    """A file is one task, except a large plain JSONL or CSV file, which is cut into parts where
    records start, so that it is never read whole (and its parts can go to different workers); a
    large JSONL file that an earlier run of speechfacts wrote is skipped here, once."""
    from pipeline.ingest.ownrecords import own_output
    from pipeline.ingest.parts import first_record_own, is_splittable, split_file

    # the task keeps a plain str: discovery's InputFile (a str with an attribute dictionary,
    # some 500 bytes a file) is then freed with the run's entries (issue 19, round k)
    file_task = _file_task(str(path), _rel_path(path), id_prefix)
    path = file_task.path
    if not is_splittable(path):
        return [file_task]
    try:
        parts = split_file(path, part_bytes, max_bytes)
    except OSError:
        return [file_task]  # the loader reports why it cannot be read
    if len(parts) <= 1:
        return [file_task]
    own = first_record_own(path, max_bytes)
    if own is not None:
        return own_output(path, own)
    return [
        Task(path, start, end, first, file_task.name, file_task.scope)
        for start, end, first in parts
    ]


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
    duplicates: int = 0  # documents dropped: their doc_id and text were already written
    skipped: Counter = field(default_factory=Counter)  # non-article pages, by kind
    other_formats: Counter = field(default_factory=Counter)  # unknown_format skips by extension
    errors: Counter = field(default_factory=Counter)  # error records, by kind
    # problems of documents that were written (an ambiguous date...): error records of their
    # kind, not outcomes
    warnings: Counter = field(default_factory=Counter)
    facts: Counter = field(default_factory=lambda: Counter({t: 0 for t in FACT_TYPES}))
    words: int = 0  # words in the documents written
    elapsed: float = 0.0  # seconds
    workers: int = 1  # the worker processes asked for (--workers); not used on a Dask cluster
    # a run on a Dask cluster: the scheduler's address and its workers at the end (None: no
    # task was sent, so the cluster was not asked). Neither is journalled (`state`): a run may
    # be resumed locally or on a cluster, whichever ran it before.
    dask: str | None = None
    dask_workers: int | None = None
    outputs: dict[str, str] = field(default_factory=dict)  # facts/docs/errors -> where
    types: tuple[str, ...] = DEFAULT_TYPES  # the types extracted, as the summary lists them

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

    def state(self) -> dict[str, Any]:
        """The counters a resumed run continues from (see pipeline.journal)."""
        return {
            "inputs": self.inputs,
            "files": self.files,
            "extra_outcomes": self.extra_outcomes,
            "documents": self.documents,
            "duplicates": self.duplicates,
            "skipped": dict(self.skipped),
            "other_formats": dict(self.other_formats),
            "errors": dict(self.errors),
            "warnings": dict(self.warnings),
            "facts": dict(self.facts),
            "words": self.words,
        }

    def restore(self, state: dict[str, Any]) -> None:
        for name in ("extra_outcomes", "documents", "duplicates", "words"):
            setattr(self, name, int(state.get(name, 0)))
        self.skipped = Counter(state.get("skipped", {}))
        self.other_formats = Counter(state.get("other_formats", {}))
        self.errors = Counter(state.get("errors", {}))
        self.warnings = Counter(state.get("warnings", {}))
        self.facts = Counter({t: 0 for t in FACT_TYPES}) + Counter(state.get("facts", {}))
        for t in FACT_TYPES:
            self.facts.setdefault(t, 0)

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
            "warnings": dict(sorted(self.warnings.items())),
            "facts": {t: self.facts.get(t, 0) for t in FACT_TYPES},
            "words": self.words,
            "elapsed_seconds": round(self.elapsed, 3),
            "words_per_second": round(self.words_per_second, 1),
            "workers": self.workers if self.dask is None else self.dask_workers,
            "dask": self.dask,
            "outputs": dict(self.outputs),
        }

    def items(self) -> list[tuple[str, str]]:
        """The summary as (label, value) lines."""

        def by_kind(counter: Counter) -> str:
            parts = [f"{k} {v}" for k, v in sorted(counter.items()) if v]
            return f" ({', '.join(parts)})" if parts else ""

        others = self.inputs - self.files
        total = self.documents + self.duplicates + self.skipped_total + self.errors_total
        facts = ", ".join(f"{t} {self.facts.get(t, 0)}" for t in self.types)
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
            ("warnings", f"{sum(self.warnings.values())}{by_kind(self.warnings)}"),
            ("facts", f"{self.facts_total} ({facts})"),
            ("words", f"{self.words}"),
            ("elapsed", f"{self.elapsed:.1f} s ({self.ran_on()})"),
            ("speed", f"{self.words_per_second:,.0f} words/s"),
        ]
        items += [(f"{name} written to", where) for name, where in self.outputs.items()]
        return items

    def ran_on(self) -> str:
        """Where the run's tasks ran: "2 workers" (local processes), or on a Dask cluster its
        scheduler and its workers when the run ended."""
        if self.dask is None:
            return _count(self.workers, "worker", "workers")
        if self.dask_workers is None:
            return f"Dask at {self.dask}: no task to send"
        return f"Dask at {self.dask}: {_count(self.dask_workers, 'worker', 'workers')}"

    def format(self) -> str:
        """Human-readable, one line per item; the numbers add up (see the `check` line)."""
        return "\n".join(f"{label + ':':<24}{value}" for label, value in self.items())

    def hints(self) -> list[str]:
        """Advice about what the run did not read or write, for standard error."""
        hints = []
        own = self.skipped.get("own_output", 0)
        if own:
            hints.append(
                f"{_count(own, 'input was an output', 'inputs were outputs')} of speechfacts (an "
                "earlier run's facts, documents or errors), not read as speeches (own_output): "
                "the records extract wrote are read by speechfacts load, export, series, show "
                "and report; in an input folder, write the outputs outside it, or --exclude them"
            )
        other = self.skipped.get("unknown_format", 0)
        if other:
            formats = ", ".join(f"{k} {v}" for k, v in sorted(self.other_formats.items()))
            hints.append(
                f"{_count(other, 'file', 'files')} of another format not read ({formats}): "
                "folder walks read the known formats only; --include GLOB chooses the files to "
                "read instead (e.g. --include '*.html' --include '*.asp')"
            )
        clashes = self.errors.get("duplicate_id", 0)
        if clashes:
            hints.append(
                f"{_count(clashes, 'document', 'documents')} not written: the doc_id was "
                "already written for a document with other text (error records of kind "
                "duplicate_id name both sources); --id-prefix file scopes the ids of JSON "
                "records by their file"
            )
        return hints

    def nothing_extracted(self) -> str | None:
        """Why the run wrote no document, or None when it wrote some."""
        if self.documents:
            return None
        if not self.outcomes:
            return "no input found: the given folders hold no files"
        if self.errors_total:
            kinds = ", ".join(f"{k} {v}" for k, v in sorted(self.errors.items()) if v)
            where = self.outputs.get("errors", "the errors file")
            others = self.outcomes - self.errors_total
            rest = f"; {others} more not read (skipped or duplicates)" if others else ""
            return (
                f"every input failed: {self.errors_total} error record{_s(self.errors_total)} "
                f"({kinds}) in {where}{rest}"
            )
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(self.skipped.items()) if v)
        if self.duplicates:
            kinds = ", ".join(x for x in (kinds, f"duplicates {self.duplicates}") if x)
        return f"no document found: every input was skipped ({kinds})"


def _s(n: int) -> str:
    return "" if n == 1 else "s"


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


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


def _working_files(entries: Iterable[object], working: set[str]) -> Iterator[object]:
    """Discovery's entries without this run's own working files (its partial outputs and
    journal, when an output lies in an input folder): never inputs, and not counted, so that an
    interrupted run and its resumption see the same inputs."""
    names = {os.path.basename(w) for w in working}
    for entry in entries:
        path = entry if isinstance(entry, str) else getattr(entry, "source", None)
        if isinstance(path, str) and _is_working_file(path, working, names):
            continue  # also when a walk reports it (hidden partial file, unknown journal name)
        yield entry


def _is_working_file(path: str, working: set[str], names: set[str]) -> bool:
    """Whether `path` resolves to one of the `working` files (real paths; `names` are their
    base names). The real path of a file that is not a symbolic link ends with the file's own
    name, so only a link or a file of such a name needs its real path (a lstat instead of one
    per folder of the path, for nearly every input)."""
    name = os.path.basename(path)
    if name not in names and name not in ("", ".", "..") and not os.path.islink(path):
        return False
    return os.path.realpath(path) in working


def _open_outputs(
    facts_out: str,
    docs_out: str | None,
    errors_out: str,
    journal_file: str | None,
    point: Any,
) -> tuple[list[JsonlWriter], Any]:
    """The writers [facts, (docs,) errors] and the journal writer; with a resume point, the
    outputs are cut back to where the journal says the interrupted run stopped. Files are
    written under their partial names until `JsonlWriter.commit`."""
    from pipeline.journal import JournalWriter

    pos = point.positions if point is not None else None
    writers: list[JsonlWriter] = []
    try:
        writers.append(JsonlWriter(facts_out, pos[0] if pos else None, temporary=True))
        if docs_out is not None:
            writers.append(JsonlWriter(docs_out, (pos[1] or 0) if pos else None, temporary=True))
        writers.append(JsonlWriter(errors_out, pos[2] if pos else None, temporary=True))
        journal = None
        if journal_file is not None:
            try:
                journal = JournalWriter(journal_file, resume=point is not None)
            except OSError as exc:
                raise OutputError(
                    f"cannot write the journal {journal_file}: {exc.strerror or exc}"
                ) from exc
    except BaseException:
        for w in writers:
            try:
                if point is None:
                    w.discard()  # nothing written yet
                else:
                    w.close()  # the interrupted run's partial files stay for --resume
            except Exception:
                pass
        raise
    return writers, journal


def _chunksize(n_tasks: int, workers: int) -> int:
    return max(1, min(16, n_tasks // (workers * 8) or 1))


def _results(
    tasks: Iterable[Task],
    n_tasks: int,
    workers: int,
    types: tuple[str, ...] | None,
    max_bytes: int,
    dask_address: str | None = None,
    ingest: IngestOptions | None = None,
    local: Extractor | None = None,
    seen: Any = None,
) -> Iterator[list[Outcome]]:
    """process_task over the `n_tasks` tasks, in order: in this process (with `local`, if
    given), in a spawn pool, or on a Dask cluster (what the run saw of it into `seen`, a
    distributed.ClusterSeen, if given)."""
    if not n_tasks:
        return
    ingest = ingest_or_default(ingest)
    if dask_address is not None:
        from pipeline import distributed

        yield from distributed.results(
            list(tasks), dask_address, types, max_bytes, ingest=ingest, seen=seen
        )
        return
    if workers <= 1:
        extractor = local or built_extractor(types, max_bytes, ingest)
        for task in tasks:
            yield extractor.process_task(task)
        return
    stop = _stop_flag()
    context = _WorkerContext()
    pool = context.Pool(
        processes=min(workers, n_tasks),
        initializer=_init_worker,
        initargs=(types, max_bytes, ingest, stop),
    )
    try:
        # imap takes the chunks as the pool's pipe to the workers has room for them; chunked
        # here, as Pool.imap's chunksize would (whose flat results cannot be waited for with a
        # time limit: a generator over its iterator)
        chunks = _chunked(tasks, _chunksize(n_tasks, workers))
        results = pool.imap(_work_chunk, chunks)
        yield from _while_workers_live(results, context.started)
    except PipelineError:
        # A failed build fails every worker alike, but a failed refresh fails one worker:
        # the others would go on with every remaining task (a whole run's time) while none
        # of it is written. The stop flag makes each remaining task fail at once (_work),
        # the one a worker is doing finishes. Let the workers end by themselves so, rather
        # than be terminated at once: a worker killed while it sends its own PipelineError
        # holds the result queue's lock for ever, and the pool's task handler, which sends
        # its closing sentinel through that queue, then waits for it for ever (CPython's
        # Pool.terminate; seen as a rare hang). The wait is bounded all the same (_within).
        stop.value = 1
        pool.close()
        _within(pool.join, POOL_CLOSE_SECONDS)
        raise
    except WorkerDied:
        stop.value = 1  # the workers begin no task while the pool ends
        raise
    finally:
        _end_pool(pool, context.started)


# How often (seconds) the main process, while it waits for a pool worker's result, looks whether
# a worker has died: a pool replaces a dead worker silently and waits for the lost task's
# result for ever. A look reads each worker's exit status (a waitpid that does not wait), and
# only when no result came for this long: nothing is done per task.
WORKER_CHECK_SECONDS = 1.0
# How long the end of a pool may take (Pool.terminate) before its workers are killed instead.
POOL_END_SECONDS = 5.0
# How long the workers may take to finish their current task after a PipelineError stopped the
# run (Pool.close and join) before the pool is ended anyway.
POOL_CLOSE_SECONDS = 60.0
# How long the main process waits for each worker it killed to be gone (it always is at once,
# unless the kernel holds it in an uninterruptible wait).
KILLED_SECONDS = 2.0


def worker_death(pid: int | None, exitcode: int) -> str:
    """What a pool worker's end says, for the message of the WorkerDied that stops the run:
    the signal that killed it (exitcode -N) or its exit code, and "possibly out of memory" for
    SIGKILL, which the kernel's out-of-memory killer sends."""
    worker = f"a worker process (pid {pid})" if pid is not None else "a worker process"
    if exitcode < 0:
        number = -exitcode
        try:
            name = signal.Signals(number).name
        except ValueError:
            name = "unknown"
        how = f"{worker} was killed by signal {number} ({name})"
        if number == getattr(signal, "SIGKILL", 9):
            how += ", possibly out of memory (the kernel's out-of-memory killer sends SIGKILL)"
    else:
        how = f"{worker} exited with code {exitcode}"
    return f"{how}: the inputs it was working on have no result, so the run stops"


def _dead_worker(processes: Iterable[Any]) -> str | None:
    """worker_death of the first of a pool's `processes` that has ended, or None: a pool never
    retires a worker in the middle of a run (no maxtasksperchild), so one that ended died."""
    for process in processes:
        exitcode = process.exitcode
        if exitcode is not None:
            return worker_death(process.pid, exitcode)
    return None


def _while_workers_live(results: Any, processes: list[Any]) -> Iterator[list[Outcome]]:
    """The results of a pool's `imap` of _work_chunk (`results`), task by task, in order;
    WorkerDied when, while no result comes, one of the pool's `processes` (each it started:
    _WorkerContext.started) has ended."""
    while True:
        try:
            chunk = results.next(timeout=WORKER_CHECK_SECONDS)
        except StopIteration:
            return
        except multiprocessing.TimeoutError:
            death = _dead_worker(processes)
            if death is not None:
                raise WorkerDied(death) from None
            continue
        yield from chunk


def _within(call: Any, seconds: float) -> bool:
    """call() in a daemon thread, waited for up to `seconds`: True once it has returned (what
    it raised is raised here), False if it still runs then. It is left to run, or to block for
    ever: a daemon thread does not hold up the interpreter's exit."""
    import threading

    raised: list[BaseException] = []

    def run() -> None:
        try:
            call()
        except BaseException as exc:  # noqa: BLE001 - raised in the caller's thread
            raised.append(exc)

    thread = threading.Thread(target=run, name="bounded-wait", daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        return False
    if raised:
        raise raised[0]
    return True


def _end_pool(pool: Any, processes: list[Any]) -> None:
    """End a pool (its `processes`: each it started), never waiting for it for ever.

    Pool.terminate waits without a time limit on the task queue's read lock, on the result
    queue's write lock, and on its threads and workers; a worker killed from outside while it
    held one of those locks holds it for ever (a worker waiting for a task holds the read lock),
    so terminate never returns, and neither would the main process's exit (multiprocessing's
    atexit function runs the pool's finalizer, which is terminate). So terminate runs for up to
    POOL_END_SECONDS; past that the workers still alive are killed (SIGKILL) and each waited
    for up to KILLED_SECONDS. Abandoning the pool so is safe: only the main process writes
    records, and it has written all it will before the pool ends; a worker holds nothing of the
    outputs, so killed in the middle of a task it leaves nothing half written (and the workers
    end by themselves anyway once the main process is gone: _exit_with_the_main_process). The
    exit then waits on nothing: the pool's finalizer left the atexit registry when terminate
    began, the blocked terminate is a daemon thread, and multiprocessing's exit joins only
    children that are still alive, after a SIGTERM."""
    if _within(pool.terminate, POOL_END_SECONDS):
        return
    started = [process for process in processes if process.pid is not None]
    for process in started:
        if process.exitcode is None:
            process.kill()
    for process in started:
        process.join(KILLED_SECONDS)


# A pool worker's exit status when it stops because the main process is gone (nobody reads it).
ORPHAN_EXIT = 1
# How long a worker whose pipe to the main process broke waits to see the main process gone
# (its end of the pipe and its sentinel close as it dies, one after the other) before taking
# the error for a real one.
ORPHAN_GRACE = 2.0


def _main_process_gone(timeout: float = 0.0) -> bool:
    """In a pool worker: whether the process that started it has ended (waiting up to
    `timeout` seconds for it to end); False in a process that no multiprocessing started."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return False
    parent.join(timeout)  # waits on its sentinel: a pipe that only the main process holds open
    return not parent.is_alive()


def _exit_with_the_main_process() -> None:
    """Started in each pool worker: a thread that waits for the main process to end, then ends
    the worker at once and silently, in the middle of a task too (only the main process writes
    records, so nothing is left half written)."""
    import threading

    def watch() -> None:
        if _main_process_gone(timeout=None):
            os._exit(ORPHAN_EXIT)

    threading.Thread(target=watch, name="main-process-watch", daemon=True).start()


class _WorkerProcess(multiprocessing.context.SpawnProcess):
    """A pool worker process ("spawn") that ends quietly when the main process is gone.

    Killed alone (kill -9 of its pid), the main process cannot end its pool: before this, the
    orphaned workers went on with the tasks in their pipe until a result met the closed pipe,
    each then leaving two BrokenPipeError tracebacks on standard error. Now a thread of each
    worker waits for the main process to end and then ends the worker
    (`_exit_with_the_main_process`); a result sent just as the main process died, before that
    thread ran, ends the worker the same way instead of printing the error (once the main
    process is seen gone, waiting up to ORPHAN_GRACE seconds: only its death breaks that pipe).
    Any other failure is raised as before, and a task's own failure while the main process lives
    is unchanged: an error record (process_task), or the PipelineError the main process
    reports."""

    def start(self) -> None:
        # Ctrl-C reaches every process of the terminal's group, and a worker ignores it (the main
        # process stops the run): the worker starts with SIGINT blocked, as the mask is inherited,
        # so that a Ctrl-C while it imports, before its initializer ignores SIGINT, prints no
        # KeyboardInterrupt traceback from it. In this process a Ctrl-C meanwhile waits for the
        # mask's restoring, then is raised as usual.
        if not hasattr(signal, "pthread_sigmask"):  # not POSIX: no signal masks
            super().start()
            return
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            super().start()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)

    def run(self) -> None:
        _exit_with_the_main_process()
        try:
            super().run()
        except (OSError, EOFError):
            if _main_process_gone(timeout=ORPHAN_GRACE):
                os._exit(ORPHAN_EXIT)
            raise


class _WorkerContext(multiprocessing.context.SpawnContext):
    """The "spawn" context, with _WorkerProcess for the pool's processes. Each process it makes
    is kept in `started`, so that the main process can see a worker that died (a pool replaces
    it silently, and forgets it): one context per pool."""

    def __init__(self) -> None:
        super().__init__()
        self.started: list[_WorkerProcess] = []

    def Process(self, *args: Any, **kwargs: Any) -> _WorkerProcess:  # noqa: N802 - Pool calls it
        """A new _WorkerProcess (a pool makes its workers through its context's Process)."""
        process = _WorkerProcess(*args, **kwargs)
        self.started.append(process)
        return process


@dataclass(slots=True)  # slots: one step per input file, held for the whole run
class _Step:
    """One journalled step of a run: a task, or an outcome discovery already decided."""

    item: object  # Task | Skipped | InputError
    first: bool = True  # the first step of its input
    last: bool = True  # the last step of its input

    def describe(self) -> list:
        if isinstance(self.item, Task):
            return self.item.describe()
        source = getattr(self.item, "source", str(self.item))
        return [type(self.item).__name__, source, getattr(self.item, "kind", None)]


_PRINT_NAMES = ("print.html", "print.htm")


def _print_versions(entries: list[object]) -> set[str]:
    """The inputs `D/print.html` whose page `D.html` (or `D.htm`) is an input too: kremlin.ru's
    print version of a page, which nearly always holds the page's text again. Such a file is
    parsed in the worker but annotated only if its document turns out not to be a duplicate (the
    main process knows what was written), which saves the NLP of every duplicate."""
    paths = {os.fspath(e) for e in entries if isinstance(e, str)}
    return {
        path
        for path in paths
        if os.path.basename(path) in _PRINT_NAMES
        and any(os.path.dirname(path) + ext in paths for ext in (".html", ".htm"))
    }


_V = TypeVar("_V")


class _Interned(list[_V]):
    """A list holding each value once, in the order first seen: `number(value)` is its index,
    the value added if new. What the listing and the written sources hold their folders in."""

    def __init__(self) -> None:
        super().__init__()
        self._numbers: dict[_V, int] = {}

    def number(self, value: _V) -> int:
        """The index of `value`, added at the end if it is not held yet."""
        number = self._numbers.setdefault(value, len(self))
        if number == len(self):
            self.append(value)
        return number

    def forget_values(self) -> None:
        """No value will be numbered again: the lookup by value is let go, the list kept."""
        self._numbers = {}


class _Listing:
    """The steps of a run in order, held for the whole run and made as the run reaches them
    (issue 19, rounds l and mem72). A step that reads a whole file (nearly every one) is held as
    its path relative to its input folder, in one joined string with an array of where each
    ends, and the index of its input folder, held once (`split_input_folder`): some 27 bytes an
    input file, against some 330 for a Task, its _Step and their strings (for the archive's
    19,379 files, 0.5 MB instead of 6.4 MB; 1.3 MB with each path and relative path joined in
    full, before round mem72); the other steps (the parts of a large file, an own output, what
    discovery skipped or could not read) are kept as they are. `step(i)` is the same _Step
    whichever way it was held."""

    def __init__(self, id_prefix: str | None) -> None:
        self.id_prefix = id_prefix
        self._pieces: list[str] = []  # the whole-file entries, until `finish` joins them
        self._text = ""
        self._ends = array("q")  # per step: where its entry in _text ends (others: none)
        self._folder = array("I")  # per step: its index in _folders (others: 0)
        # (input folder, "") or (path, rel), each once; found by value until `finish`
        self._folders: _Interned[tuple[str, str]] = _Interned()
        self._prints = bytearray()  # per step: 1 for a print version (_print_versions)
        self._others: dict[int, _Step] = {}  # the steps held as they are, by index

    def add_file(self, path: str, rel: str, print_version: bool) -> None:
        """A step that reads the whole file `path` (`_file_task`)."""
        folders, entry = split_input_folder(path, rel)
        self._pieces.append(entry)
        self._ends.append((self._ends[-1] if self._ends else 0) + len(entry))
        self._folder.append(self._folders.number(folders))
        self._prints.append(print_version)

    def add(self, step: _Step) -> None:
        self._others[len(self._ends)] = step
        self._ends.append(self._ends[-1] if self._ends else 0)
        self._folder.append(0)
        self._prints.append(False)

    def finish(self) -> _Listing:
        """Done adding: the entries joined into one string."""
        self._text = "".join(self._pieces)
        self._pieces = []
        self._folders.forget_values()
        return self

    def __len__(self) -> int:
        return len(self._ends)

    def step(self, i: int) -> _Step:
        other = self._others.get(i)
        if other is not None:
            return other
        entry = self._text[self._ends[i - 1] if i else 0 : self._ends[i]]
        before_path, before_rel = self._folders[self._folder[i]]
        task = _file_task(
            before_path + entry, before_rel + entry, self.id_prefix, bool(self._prints[i])
        )
        return _Step(task)

    def steps(self, start: int = 0) -> Iterator[_Step]:
        """The steps from the one at index `start` on."""
        return map(self.step, range(start, len(self)))

    def tasks(self, start: int = 0) -> Iterator[Task]:
        """The tasks of the steps from index `start` on."""
        return (s.item for s in self.steps(start) if isinstance(s.item, Task))

    def count_tasks(self, start: int = 0) -> int:
        """How many tasks `tasks(start)` gives."""
        not_tasks = sum(
            1 for i, s in self._others.items() if i >= start and not isinstance(s.item, Task)
        )
        return max(0, len(self) - start) - not_tasks


def split_input_folder(path: str, rel: str) -> tuple[tuple[str, str], str]:
    """((what comes before `rel` in `path`, ""), rel) where `path` ends with `rel`
    ("/in/news/1/a.html", "1/a.html" -> (("/in/news/", ""), "1/a.html")): the input folder, which
    a listing holds once, and what it holds per file; else ((path, rel), "") (still exact)."""
    if rel and path.endswith(rel):
        return (path[: len(path) - len(rel)], ""), rel
    return (path, rel), ""


def _steps(
    entries: list[object], part_bytes: int, id_prefix: str | None, max_bytes: int
) -> _Listing:
    listing = _Listing(id_prefix)
    prints = _print_versions(entries)
    for entry in entries:
        if isinstance(entry, str):
            tasks = _tasks_for(entry, part_bytes, id_prefix, max_bytes)
            if isinstance(tasks, Skipped):
                listing.add(_Step(tasks))
            elif len(tasks) == 1 and tasks[0].end is None:
                listing.add_file(tasks[0].path, _rel_path(entry), os.fspath(entry) in prints)
            else:
                for k, task in enumerate(tasks):
                    listing.add(_Step(task, first=k == 0, last=k == len(tasks) - 1))
        else:
            listing.add(_Step(entry))
    return listing.finish()


def _file_target(target: str | None) -> bool:
    return target is not None and target not in (STDOUT, STDERR)


DIGEST_CHARS = 16  # the length of a text_digest


def text_digest(text: str) -> str:
    """What tells two documents with the same id apart: a digest of their text."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:DIGEST_CHARS]


def duplicate_id_error(doc_id: str, source: str, first_source: str) -> dict[str, Any]:
    """The error record of a document dropped because its id was already written with other
    text: `source` is the dropped document's, the reason names the one written."""
    reason = (
        f"doc_id {doc_id!r} was already written for {first_source}, whose text differs; this "
        "document was not written (give the inputs distinct ids; see --id-prefix)"
    )
    return error_record(source, "duplicate_id", reason, doc_id)


def _discovery_outcomes(item: object) -> list[Outcome]:
    """The outcome of a step that discovery already decided (a skipped or unreadable path)."""
    if isinstance(item, Skipped):
        return [_from_skipped(item)]
    if isinstance(item, InputError):
        return [_from_input_error(item)]
    reason = f"discovery returned an unexpected {type(item).__name__}"
    return [ErrorOutcome("internal", error_record(str(item), "internal", reason))]


class _Folders:
    """Paths held with their folder once: `pack(path)` is "N:name", N the index of the folder
    (all before the last "/") in a table of the folders seen; `unpack` gives the path back,
    whatever it was (an empty folder, no "/", a ":" in it)."""

    def __init__(self) -> None:
        self._folders: _Interned[str] = _Interned()

    def pack(self, path: str) -> str:
        cut = max(path.rfind("/"), path.rfind(os.sep)) + 1
        return f"{self._folders.number(path[:cut])}:{path[cut:]}"

    def unpack(self, packed: str) -> str:
        index, _, name = packed.partition(":")
        return self._folders[int(index)] + name


class _OutcomeSink:
    """The writing stage of a run: turns each step's outcomes into records in the output files
    and counts in the summary, drops a document whose doc_id was written before (a duplicate,
    or a `duplicate_id` error when its text differs) and has print versions annotated only when
    their document is new (`annotate`)."""

    def __init__(
        self,
        summary: Summary,
        writers: list[JsonlWriter],
        with_docs: bool,
        written: Written,
        annotate: Any,
        entry_outcomes: int = 0,
        read_whole: Any = None,
    ) -> None:
        self.summary = summary
        self.writers = writers
        self.facts_w = writers[0]
        self.docs_w = writers[1] if with_docs else None
        self.errors_w = writers[-1]
        # doc_id -> the text digest of the document written with it, then its source, in one
        # string (a tuple of the two would hold some 130 bytes more a document); the source's
        # folder held once (`_Folders`: some 30 bytes less a document, round mem72)
        self.folders = _Folders()
        self.written = {
            doc_id: digest + self.folders.pack(source)
            for doc_id, (digest, source) in written.items()
        }
        self.annotate = annotate
        self.entry_outcomes = entry_outcomes  # outcomes of the current input so far
        # PageKey.key of each document written -> the most characters of blocks one of its
        # containers held (DocumentOutcome.page_key)
        self.page_keys: dict[str, int] = {}
        self.read_whole = read_whole  # Task -> its outcomes, the file read whole (PageKey)

    def consume(self, outcomes: list[Outcome], step: _Step) -> list[tuple[str, str, str]]:
        """Write one step's outcomes; the (doc_id, digest, source) of the documents written."""
        summary = self.summary
        if step.first:
            self.entry_outcomes = 0
        self.entry_outcomes += len(outcomes)
        if step.last and self.entry_outcomes == 0 and isinstance(step.item, Task):
            outcomes = [_empty(step.item.path)]  # a large JSONL file of blank lines
            self.entry_outcomes = 1
        summary.extra_outcomes += len(outcomes) - (1 if step.first else 0)
        new_ids: list[tuple[str, str, str]] = []
        for outcome in outcomes:
            if isinstance(outcome, PageKey):
                outcome = self._keyed(outcome, step.item)
                if outcome is None:
                    continue
            if isinstance(outcome, ParsedOutcome):
                outcome = self._parsed(outcome.speech, outcome.digest)
                if outcome is None:
                    continue
            if isinstance(outcome, DocumentOutcome):
                written = self._document(outcome)
                if written is not None:
                    new_ids.append(written)
            elif isinstance(outcome, SkipOutcome):
                summary.skipped[outcome.kind] += 1
                if outcome.kind == "unknown_format":
                    from pipeline.ingest.readers import format_label

                    summary.other_formats[format_label(outcome.source)] += 1
            else:
                summary.errors[outcome.kind] += 1
                self.errors_w.write(outcome.record)
        for w in self.writers:
            w.flush()
        return new_ids

    def positions(self) -> list[int | None]:
        """Where each output stands (the journal records it after each step)."""
        return [
            self.facts_w.position,
            self.docs_w.position if self.docs_w else None,
            self.errors_w.position,
        ]

    def _written_before(self, doc_id: str, digest: str, source: str) -> bool:
        """Whether doc_id was written before: then counted as a duplicate (the same text, whose
        text_digest is `digest`: a print version) or written as a `duplicate_id` error record
        (another text)."""
        first = self.written.get(doc_id)
        if first is None:
            return False
        if first[:DIGEST_CHARS] == digest:
            self.summary.duplicates += 1
        else:
            self.summary.errors["duplicate_id"] += 1
            first_source = self.folders.unpack(first[DIGEST_CHARS:])
            self.errors_w.write(duplicate_id_error(doc_id, source, first_source))
        return True

    def _keyed(self, key: PageKey, task: object) -> Outcome | None:
        """A print version read as far as its PageKey: None when counted as a duplicate (a
        document written had its key, so the page's text and doc_id are that document's, as
        `_parsed` would find them), else the outcome of the file read whole, here."""
        used = self.page_keys.get(key.key)
        if used is not None and used <= key.budget:
            self.summary.duplicates += 1
            return None
        assert isinstance(task, Task) and task.end is None, "a PageKey comes from a whole file"
        whole = self.read_whole(task)
        if len(whole) != 1 or isinstance(whole[0], PageKey):  # (the file changed since)
            reason = "the print version read again gave no single document"
            return ErrorOutcome("internal", error_record(task.path, "internal", reason))
        return whole[0]

    def _parsed(self, speech: Speech, digest: str) -> Outcome | None:
        """A print version read for its text (whose text_digest is `digest`): None when counted
        as a duplicate of its page, else its outcome as if it had been read whole (a language
        error, or counted / written as a `duplicate_id` error, or annotated when its doc_id is
        new)."""
        first = self.written.get(speech.doc_id)
        if first is not None and first[:DIGEST_CHARS] == digest:
            # the text of a written document, which passed the language check: so would this
            self.summary.duplicates += 1
            return None
        from pipeline.ingest import completed

        whole = completed(speech)
        if isinstance(whole, InputError):
            return _from_input_error(whole)
        # the text is the one read, so its digest is the one computed where it was read
        if self._written_before(whole.doc_id, digest, whole.source):
            return None
        return self.annotate(whole)

    def _document(self, outcome: DocumentOutcome) -> tuple[str, str, str] | None:
        """Write a document and its facts unless its doc_id was written before."""
        summary = self.summary
        if self._written_before(outcome.doc_id, outcome.digest, outcome.source):
            return None
        self.written[outcome.doc_id] = outcome.digest + self.folders.pack(outcome.source)
        if outcome.page_key is not None:
            self.page_keys.setdefault(outcome.page_key[0], outcome.page_key[1])
        self.facts_w.write_lines(outcome.facts, len(outcome.fact_types))
        if self.docs_w is not None:
            self.docs_w.write_lines(outcome.document, 1)
        for kind, line in outcome.warnings:
            summary.warnings[kind] += 1
            self.errors_w.write_lines(line, 1)
        summary.documents += 1
        summary.words += outcome.word_count
        summary.facts.update(outcome.fact_types)
        return (outcome.doc_id, outcome.digest, outcome.source)


@dataclass
class _Outputs:
    """Where a run writes: the three outputs ("-" = standard output, None = not written) and the
    journal beside the facts file (None when an output is not a regular file)."""

    facts: str
    docs: str | None
    errors: str
    journal_file: str | None

    @classmethod
    def checked(cls, facts: str, docs: str | None, errors: str | None, resume: bool) -> _Outputs:
        """The outputs of a run, refused when two go to one place, or when `resume` is asked for
        and one of them cannot be cut back (not a regular file)."""
        from pipeline.journal import journal_path

        if errors is None:
            errors = default_errors_path(facts)
        check_output_targets([("--output", facts), ("--docs", docs), ("--errors", errors)])
        # a journal needs outputs it can cut back: regular files (not standard output, /dev/null)
        journalled = all(
            _file_target(t) and writing_path(t) is not None
            for t in (facts, docs, errors)
            if t is not None
        )
        if resume and not journalled:
            raise ValueError(
                "--resume needs every output to be a regular file (not standard output or a device)"
            )
        return cls(facts, docs, errors, journal_path(facts) if journalled else None)

    def targets(self) -> tuple[str, str | None, str]:
        return (self.facts, self.docs, self.errors)

    def refuse_clashes(self, paths: Sequence[str], resume: bool, overwrite: bool) -> None:
        """Refuse a journal left by another run (unless resuming) and, without `overwrite`, an
        output that is an input."""
        from pipeline.journal import refuse_existing

        if self.journal_file is not None and not resume:
            refuse_existing(self.journal_file)
        if not overwrite:
            named = [("--output", self.facts), ("--docs", self.docs), ("--errors", self.errors)]
            check_outputs_not_inputs([(n, t) for n, t in named if _file_target(t)], paths)

    def new_summary(self, workers: int, wanted: list[str] | None) -> Summary:
        summary = Summary(workers=workers, types=wanted or DEFAULT_TYPES)
        summary.outputs["facts"] = describe(self.facts)
        if self.docs is not None:
            summary.outputs["documents"] = describe(self.docs)
        summary.outputs["errors"] = describe(self.errors)
        return summary

    def working_files(self) -> set[str]:
        """The files the run itself writes, which discovery must not read as inputs."""
        files = [self.journal_file, *(writing_path(t) for t in self.targets() if _file_target(t))]
        return {os.path.realpath(w) for w in files if w is not None}


def _checked_id_prefix(id_prefix: str | None) -> str | None:
    from pipeline.ingest.ids import ID_PREFIXES

    if id_prefix not in (None, *ID_PREFIXES):
        raise ValueError(f"unknown id prefix {id_prefix!r}; known: {', '.join(ID_PREFIXES)}")
    return None if id_prefix == "none" else id_prefix


def _plan(
    paths: Sequence[str],
    include: Sequence[str],
    exclude: Sequence[str],
    outputs: _Outputs,
    part_bytes: int,
    id_prefix: str | None,
    max_bytes: int,
) -> tuple[int, int, _Listing]:
    """What the run reads (discovery's entries, the run's own files left out): how many
    entries, how many of them files, and the steps it takes, in output order. The entries
    themselves are not kept."""
    from pipeline.ingest.discover import discover

    found = discover(list(paths), include, exclude)
    entries = list(_working_files(found, outputs.working_files()))
    files = sum(1 for e in entries if isinstance(e, str))
    return len(entries), files, _steps(entries, part_bytes, id_prefix, max_bytes)


def _run_key(
    wanted: list[str] | None,
    max_bytes: int,
    part_bytes: int,
    outputs: _Outputs,
    ingest: IngestOptions,
    listing: _Listing,
) -> str:
    """What identifies a run for --resume: version, settings, outputs and every step."""
    from pipeline import __version__
    from pipeline.journal import run_key

    targets = [os.path.abspath(t) if _file_target(t) else t for t in outputs.targets()]
    settings = [__version__, list(wanted or ()), max_bytes, part_bytes, targets, ingest.describe()]
    return run_key(itertools.chain(settings, (step.describe() for step in listing.steps())))


def _resume_point(journal_file: str | None, key: str) -> Any:
    """Where the interrupted run that the journal describes stopped (None: from the start)."""
    from pipeline import __version__
    from pipeline.journal import read_journal

    point = read_journal(journal_file, key, __version__)
    if point is None:
        sys.stderr.write(f"no journal at {journal_file}: starting from the beginning\n")
        if os.path.lexists(journal_file):
            os.remove(journal_file)  # empty: its run stopped before it began
    return point


@dataclass(frozen=True)
class _Work:
    """How the steps' tasks are done: which facts, the limits, and where (worker processes or
    a Dask cluster)."""

    wanted: list[str] | None
    max_bytes: int
    ingest: IngestOptions
    workers: int
    dask_address: str | None


def _process(
    listing: _Listing,
    done: int,
    sink: _OutcomeSink,
    journal: JournalWriter | None,
    work: _Work,
    progress: bool,
) -> None:
    """The run's loop: each step's outcomes from the step at index `done` on (from the
    workers, or discovery's own) written in step order, the journal recording each, a progress
    bar on a terminal."""
    from pipeline.display import ProgressBar, stderr_is_terminal

    summary = sink.summary
    bar = ProgressBar(
        len(listing),
        "inputs",
        counts=("documents", "facts"),
        enabled=progress and stderr_is_terminal(),
    )
    bar.update(done, documents=summary.documents, facts=summary.facts_total)
    # this process's Extractor: it does the work when workers=1, and annotates the print
    # versions whose document was not written (built on first need otherwise)
    local: Extractor | None = None
    n_tasks = listing.count_tasks(done)
    if work.workers <= 1 and work.dask_address is None and n_tasks:
        local = built_extractor(work.wanted, work.max_bytes, work.ingest)

    def annotate_here(speech: Speech) -> Outcome:
        """NLP in this process, for a print version whose document was not written."""
        nonlocal local
        if local is None:
            local = built_extractor(work.wanted, work.max_bytes, work.ingest)
        return _annotate([speech], local)[0]

    sink.annotate = annotate_here
    sink.read_whole = lambda task: read_whole(
        task.path, task.name, task.scope, work.max_bytes, work.ingest
    )
    seen = None
    if work.dask_address is not None:
        from pipeline.distributed import ClusterSeen

        seen = ClusterSeen(work.dask_address)
    results = _results(
        listing.tasks(done),
        n_tasks,
        work.workers,
        work.wanted,
        work.max_bytes,
        work.dask_address,
        work.ingest,
        local,
        seen,
    )
    try:
        for step in listing.steps(done):
            item = step.item
            outcomes = next(results) if isinstance(item, Task) else _discovery_outcomes(item)
            new_ids = sink.consume(outcomes, step)
            done += 1
            if journal is not None:
                state = summary.state()
                state["entry_outcomes"] = sink.entry_outcomes
                journal.record(done, sink.positions(), state, new_ids)
            bar.update(done, documents=summary.documents, facts=summary.facts_total)
    finally:
        bar.close()
        results.close()  # ends the pool (terminates workers; bounded: _end_pool) if we stop early
    if seen is not None:  # the summary says where the tasks ran
        summary.dask, summary.dask_workers = seen.address, seen.workers


def _close_outputs(
    writers: list[JsonlWriter], journal: JournalWriter | None, completed: bool
) -> None:
    """Close the outputs: committed ones stay; an unfinished run's files are kept with the
    journal for --resume, or discarded when nothing can be resumed."""
    for w in writers:
        try:
            if journal is not None:
                w.close()  # committed, or kept with the journal for --resume
            else:
                w.discard()  # nothing can be resumed: the partial files go
        except Exception:  # the first error is the one reported
            pass
    if journal is not None:
        # a finished run needs no journal; an interrupted one keeps it for --resume
        journal.close(remove=completed)


def run(
    paths: Sequence[str],
    facts_out: str = DEFAULT_FACTS_PATH,
    docs_out: str | None = None,
    errors_out: str | None = None,
    workers: int = 1,
    types: str | Iterable[str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool = False,
    resume: bool = False,
    dask_address: str | None = None,
    part_bytes: int | None = None,
    overwrite: bool = False,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    id_prefix: str | None = None,
    ingest: IngestOptions | None = None,
) -> Summary:
    """Extract facts from `paths` (files and folders) and write the records.

    facts_out: fact records ("-" = standard output). docs_out: document records (None = not
    written). errors_out: error records; None = `default_errors_path(facts_out)` (beside the facts
    file, or standard error when the facts go to standard output). progress: show a progress
    bar on stderr if stderr is a terminal (never when errors go to stderr).

    Output files are written under a temporary name beside them and renamed when the run
    completes. An existing output that is an input file or lies inside an input folder is refused
    (OutputRefused) unless overwrite=True: then it is read like any input (an earlier output of
    speechfacts is recognised and skipped) and replaced at the end.

    When every output is a file, a journal beside the facts file records each finished task;
    resume=True continues the interrupted run it describes (see pipeline.journal); without it, an
    existing journal is refused (JournalExists). dask_address: run the tasks on that Dask cluster
    instead of local processes. part_bytes: the size of the parts large JSON-lines and CSV files
    are read in. include / exclude: glob patterns choosing the files of folder walks
    (pipeline.ingest.discover). id_prefix: "file" scopes the ids records carry by their file
    (pipeline.ingest.ids); None or "none" keeps them. ingest: the columns to read and the date
    and title to use where a document gives none (pipeline.ingest.options).

    Raises ValueError for bad `types`/`workers`/`resume`/`id_prefix` and for refused outputs
    (OutputRefused: two outputs on standard output or in one file, an output that is an input),
    ResumeError when the interrupted run cannot be continued or a journal is in the way,
    OutputError when an output cannot be written, ClusterError when the Dask cluster
    fails, PipelineError when the NLP pipeline cannot be built or refreshed, WorkerDied when a
    pool worker process dies in the middle of the run. KeyboardInterrupt stops the run with the
    journal kept.
    """
    started = time.monotonic()
    wanted = normalize_types(types)
    if workers < 1:
        raise ValueError("workers must be at least 1")
    id_prefix = _checked_id_prefix(id_prefix)
    outputs = _Outputs.checked(facts_out, docs_out, errors_out, resume)
    # refusals come before anything is opened for writing
    outputs.refuse_clashes(paths, resume, overwrite)
    from pipeline.ingest.parts import DEFAULT_PART_BYTES

    part_bytes = part_bytes or DEFAULT_PART_BYTES
    ingest = ingest_or_default(ingest)
    summary = outputs.new_summary(workers, wanted)

    writers: list[JsonlWriter] = []
    journal: JournalWriter | None = None
    completed = False
    try:
        inputs, files, listing = _plan(
            paths, include, exclude, outputs, part_bytes, id_prefix, max_bytes
        )
        key = _run_key(wanted, max_bytes, part_bytes, outputs, ingest, listing)
        point = _resume_point(outputs.journal_file, key) if resume else None
        writers, journal = _open_outputs(
            outputs.facts, outputs.docs, outputs.errors, outputs.journal_file, point
        )
        if journal is not None and point is None:
            from pipeline import __version__

            journal.start(key, __version__, len(listing))
        summary.inputs = inputs
        summary.files = files
        written = point.ids if point is not None else {}
        sink = _OutcomeSink(summary, writers, outputs.docs is not None, written, None)
        if point is not None:
            summary.restore(point.summary)
            sink.entry_outcomes = int(point.summary.get("entry_outcomes", 0))
        done = point.done if point else 0
        _process(
            listing,
            done,
            sink,
            journal,
            _Work(wanted, max_bytes, ingest, workers, dask_address),
            progress and outputs.errors != STDERR,
        )
        for w in writers:
            w.commit()
        completed = True
    finally:
        _close_outputs(writers, journal, completed)
    summary.elapsed = time.monotonic() - started
    return summary
