"""Measure speechfacts on the shared kremlin.ru archive (issue 5, "Measure first").

    python scripts/bench.py [--archive /tmp/kremlin/kremlin-en] [--limit N] [--json out.json]

In one run, over the same cleaned texts (the documents a 1-worker run writes, read with the
run's own calls: see `ingest` below):

- `extract` end to end: the real CLI in a subprocess, `--workers 1` and `--workers 2`, `-q`,
  output to a temporary folder; words counted as the run's summary does (`word_count` of the
  document records, written with `--docs`);
- spaCy's bare `spacy.blank("en")` tokenizer (`nlp.pipe(texts)`): the floor of any spaCy pipeline;
- our NLP pipeline alone (`build_pipeline` + `prepare_doc`, `nlp.pipe`);
- ingestion and cleaning alone: a 1-worker run without its NLP (`pipeline.runner.run` itself,
  the NLP and the records stood in for: each file read as the run reads it, a print version
  only as far as its page key; its sink, journal and outputs), split into reading + decoding,
  the checks before parsing, HTML parsing (lexbor), cleaning, speaker turns, the language
  check, the journal and the rest;
- a profile by stage: ingestion's stages, then the run's NLP and records document by document
  (the pipeline's builds, tokenising, each component and the helpers inside them, the records,
  their JSON encoding and writing), each stage timed exclusively, with the process's start-up:
  the stages of a 1-worker run, which add up to the wall time of `extract --workers 1` (the
  table says how closely when the bench ran it);
- the real run stage by stage (`runprofile`): `pipeline.runner.run`, 1 worker, in a fresh process,
  each stage timed exclusively, so that with the process start and the imports the stages add
  up to the wall time;
- quantulum3's `parser.parse(text)` on a subset (`--quantulum-limit`), with our pipeline on the
  same subset for comparison;
- a trained spaCy pipeline (en_core_web_sm/md/lg) where installed; nothing is downloaded;
- the peak RSS of each measurement (each runs in its own subprocess; the peak comes from
  `wait4`, and for `extract` the sum over its process tree is sampled too), and the peak RSS of
  `extract` as the corpus grows (`--scale`);
- the cold start of `extract corpus/70001.html` (fresh process, median of `--cold-runs`) and the
  heaviest imports (`python -X importtime`).

It prints markdown tables (results, figures against the issue's targets, profile) and writes
everything as JSON with `--json`. The one-minute load average is recorded before and after each
measurement: on a shared machine, repeat when it is high.

Internal: `--child STAGE --work DIR` runs one measurement and writes DIR/STAGE.json.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import pickle
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED_ARCHIVE = ROOT.parent / "shared" / "kremlin-en.tar.xz"
DEFAULT_ARCHIVE = Path("/tmp/kremlin/kremlin-en")
COLD_FILE = "corpus/70001.html"  # in CODE_ROOT
TRAINED_MODELS = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg")
STAGES = (
    "tokenizer",
    "pipeline",
    "profile",
    "quantulum",
    "trained",
    "extract",
    "runprofile",
    "scale",
    "refresh",
    "cold",
)

# the figures
# Issue 19's targets (issue 5's were 60 s, 500 MB, 3 s and a peak within 10 % as the corpus grows)
TARGET_RATIO = 0.5  # end-to-end (1 worker) words/s / bare tokenizer words/s, at least
TARGET_WALL_2W = 10.0  # whole archive, 2 workers, seconds, below
TARGET_RSS_MB = 200.0  # peak RSS of one process, below
TARGET_COLD = 0.5  # extract on one small file, seconds, below
TARGET_RSS_GROWTH_MB = 5.0  # peak RSS from the smallest to the whole corpus, at most

perf = time.perf_counter

# the environment of every measured subprocess: with --rev, PYTHONPATH puts an exported revision
# of the code ahead of the (editable) installed one
CHILD_ENV: dict[str, str] | None = None
CODE_ROOT = ROOT  # where the measured code (and corpus/70001.html) lives


# ---------------------------------------------------------------------------------------------
# Helpers shared by the parent and the children
# ---------------------------------------------------------------------------------------------


def vm_hwm_mb() -> float | None:
    """This process's peak resident set size (VmHWM), in MB."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


_WRAPPED: list[tuple[Any, str, Any]] = []  # (owner, attribute, original) replaced by Timers.wrap


def unwrap_all() -> None:
    """Put back everything `Timers.wrap` replaced (for in-process use, e.g. the tests)."""
    while _WRAPPED:
        owner, attr, original = _WRAPPED.pop()
        setattr(owner, attr, original)


class Timers:
    """Seconds and calls per label; `wrap` times a module attribute or a method in place (at run
    time only: no source file is changed)."""

    def __init__(self) -> None:
        self.seconds: Counter = Counter()
        self.calls: Counter = Counter()

    def add(self, label: str, seconds: float) -> None:
        self.seconds[label] += seconds
        self.calls[label] += 1

    def wrap(self, owner: Any, attr: str, label: str) -> None:
        func = getattr(owner, attr)
        _WRAPPED.append((owner, attr, func))

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = perf()
            try:
                return func(*args, **kwargs)
            finally:
                self.add(label, perf() - start)

        setattr(owner, attr, timed)

    def to_dict(self) -> dict[str, dict[str, float]]:
        return {k: {"seconds": self.seconds[k], "calls": self.calls[k]} for k in self.seconds}


class ExclusiveTimers(Timers):
    """Timers whose seconds exclude the timed calls nested inside them, so that the stages of a
    run add up to the run: a stage is charged only for its own time."""

    def __init__(self) -> None:
        super().__init__()
        self._nested = [0.0]  # per open timed call: seconds spent in timed calls inside it

    def timed(self, func: Any, label: str) -> Any:
        def timed(*args: Any, **kwargs: Any) -> Any:
            self._nested.append(0.0)
            start = perf()
            try:
                return func(*args, **kwargs)
            finally:
                spent = perf() - start
                self.add(label, spent - self._nested.pop())
                self._nested[-1] += spent

        return timed

    def wrap(self, owner: Any, attr: str, label: str) -> None:
        if not hasattr(owner, attr):
            return  # an older revision (--rev) without this stage
        func = getattr(owner, attr)
        _WRAPPED.append((owner, attr, func))
        setattr(owner, attr, self.timed(func, label))


def word_count(text: str) -> int:
    from pipeline.records import word_count as count

    return count(text)


def iter_speeches(work: Path) -> Iterator[Any]:
    """The documents the ingestion kept, one at a time (pickled one after the other)."""
    with open(work / "speeches.pickle", "rb") as fh:
        while True:
            try:
                yield pickle.load(fh)
            except EOFError:
                return


def load_speeches(work: Path) -> list:
    return list(iter_speeches(work))


def rate(n: float, seconds: float) -> float | None:
    return n / seconds if seconds > 0 else None


# ---------------------------------------------------------------------------------------------
# Children: one measurement each, in a fresh process
# ---------------------------------------------------------------------------------------------


@contextmanager
def _unwrapped_after() -> Iterator[None]:
    """Everything wrapped put back at the end of the block (a child run in the same process as
    the next one, as the tests run them, must not leave the ingestion's stand-in for the NLP)."""
    try:
        yield
    finally:
        unwrap_all()


# the stages of ingestion, timed exclusively (a stage's nested timed calls are charged to them),
# as (owner module name, attribute, label); `pipeline.ingest` looks read_source and
# check_language up in itself, and parse_html, parse_plaintext and turns_of in their modules,
# which it imports when a file of their format comes (before cold70 it looked them up in itself
# too: an owner without the attribute is skipped, so both ways are timed), pipeline.ingest.kremlin
# its own
INGEST_STAGES = (
    ("pipeline.runner", "_steps", "tasks (sizes, print versions)"),
    ("pipeline.ingest", "load_source", "load_source, other"),
    ("pipeline.ingest", "read_source", "read + decode"),
    (
        "pipeline.ingest.kremlin",
        "skip_before_parsing",
        "galleries and listings told before parsing",
    ),
    ("pipeline.ingest.kremlin", "limit_depth", "nesting guard (limit_depth)"),
    ("pipeline.ingest.kremlin", "LexborHTMLParser", "lexbor parse"),
    ("pipeline.ingest", "parse_html", "parse_html"),
    ("pipeline.ingest.kremlin", "parse_html", "parse_html"),
    ("pipeline.ingest", "parse_plaintext", "parse_plaintext"),
    ("pipeline.ingest.plaintext", "parse_plaintext", "parse_plaintext"),
    ("pipeline.ingest", "turns_of", "speaker turns"),
    ("pipeline.ingest.kremlin", "turns_of", "speaker turns"),
    ("pipeline.ingest", "check_language", "language check"),
    ("pipeline.runner", "text_digest", "dedupe: text digest (print versions read whole)"),
    # what the run does around the inputs: its journal, its outputs (the records themselves are
    # written in the profile)
    ("pipeline.journal", "run_key", "journal: run key"),
    ("pipeline.journal.JournalWriter", "record", "journal: record per input"),
    ("pipeline.runner.Summary", "state", "journal: summary state per input"),
    ("pipeline.output.JsonlWriter", "flush", "JSON writing (flush per input)"),
    ("pipeline.output.JsonlWriter", "write", "JSON writing (error records)"),
    ("pipeline.output.JsonlWriter", "commit", "outputs: commit (rename)"),
)


class _Enough(Exception):
    """--limit: the documents wanted were kept; the run stops here."""


# what the ingestion and profile children stand in for or call in `pipeline.runner`
RUNNER_NEEDS = (
    "built_extractor",
    "_annotate",
    "_OutcomeSink",
    "_import_nlp_frozen",
    "_speech_outcome",
    "encode_line",
    "text_digest",
    "process_task",
    "ingest_or_default",
    "DocumentOutcome",
)


def require_runner(runner: Any) -> None:
    """Exit with a clear message when the measured code's runner lacks a name the bench stands in
    for or calls (a --rev older than the runner the bench mirrors), not with a traceback."""
    missing = [name for name in RUNNER_NEEDS if not hasattr(runner, name)]
    if missing:
        sys.exit(
            f"bench: the measured code's pipeline.runner has no {', '.join(missing)}; this bench "
            "mirrors a newer runner and cannot measure that revision: run that revision's own "
            "bench (git show REV:scripts/bench.py > /tmp/bench_rev.py) from its exported tree"
        )


def _owner(dotted: str) -> Any:
    """The module, or the class in a module, that `dotted` names."""
    import importlib

    try:
        return importlib.import_module(dotted)
    except ModuleNotFoundError:
        module, _, name = dotted.rpartition(".")
        return getattr(importlib.import_module(module), name)


def child_ingest(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    """A 1-worker run without its NLP: `pipeline.runner.run` itself on the archive (discovery,
    the steps, each file's task as the run processes it: a page read whole, with its speaker
    turns and language; a print version of another input only as far as its PageKey, then
    counted as a duplicate when a written page had its key, else read whole, completed and
    its text digest compared; its journal and its outputs), where only the NLP and the records
    are stood in for: where the run annotates a document, its Speech is kept instead (pickled
    at once, so that, as in a run, no document stays alive) and the sink gets an outcome with
    its text digest and page key but no records (the profile makes and writes them). The
    documents the run writes are the ones kept for the other stages. The stages are timed
    exclusively; what run() spends outside them is a row of its own."""
    from types import SimpleNamespace

    import pipeline.ingest.discover as discovery
    from pipeline import runner

    require_runner(runner)
    timers = ExclusiveTimers()
    entries: list[Any] = []
    original_discover = discovery.discover

    def discover_all(*a: Any, **k: Any) -> list:
        entries[:] = original_discover(*a, **k)  # run() lists it at once too
        return entries

    discovery.discover = discover_all
    _WRAPPED.append((discovery, "discover", original_discover))
    timers.wrap(discovery, "discover", "discovery")
    untimed_digest = runner.text_digest
    for owner, attr, label in INGEST_STAGES:
        timers.wrap(_owner(owner), attr, label)

    annotated: dict[tuple[str, str], Any] = {}  # (doc_id, source) -> Speech, in the current step
    keeping = 0.0  # seconds of the bench's own work (keeping the documents), not the run's

    def not_annotated(speech: Any) -> Any:
        """The outcome the run's NLP would give `speech`, without the NLP: what the sink reads
        of it. Its text digest, which the run computes with the records, is the profile
        stage's: here it is the bench's own work."""
        nonlocal keeping
        start = perf()
        annotated[(speech.doc_id, speech.source)] = speech
        digest = untimed_digest(speech.text)
        keeping += perf() - start
        return runner.DocumentOutcome(
            speech.doc_id,
            speech.source,
            digest,
            0,
            (),
            b"",
            b"",
            tuple((w.kind, b"") for w in speech.warnings),
            speech.page_key,
        )

    def stand_in(types: Any, max_bytes: int, ingest: Any = None) -> Any:
        """The run's Extractor, without the pipeline it would build."""
        extractor = SimpleNamespace(max_bytes=max_bytes, ingest=runner.ingest_or_default(ingest))
        extractor.process_task = lambda task: runner.process_task(task, extractor)
        return extractor

    consume = runner._OutcomeSink.consume
    files: dict[str, int] = {}  # each input file's index among the files, once listed
    kept: dict[str, Any] = {"documents": 0, "words": 0, "chars": 0, "index": [], "last": -1}
    summaries: list[Any] = []

    def consume_and_keep(sink: Any, outcomes: list, step: Any) -> list:
        """The run's sink; then the documents it wrote kept (pickled) for the other stages."""
        nonlocal keeping
        written = consume(sink, outcomes, step)
        start = perf()
        try:
            if not files:
                listed = (e for e in entries if isinstance(e, str))
                files.update((str(e), i) for i, e in enumerate(listed))
                summaries.append(sink.summary)  # the run's (what run() returns)
            path = getattr(step.item, "path", None)
            if path in files:
                kept["last"] = files[path]
            for doc_id, _digest, source in written:
                speech = annotated[(doc_id, source)]
                pickle.dump(speech, out, protocol=pickle.HIGHEST_PROTOCOL)
                kept["documents"] += 1
                kept["words"] += word_count(speech.text)
                kept["chars"] += len(speech.text)
                kept["index"].append(kept["last"])
                if args.limit and kept["documents"] >= args.limit:
                    raise _Enough
            annotated.clear()
        finally:
            keeping += perf() - start
        return written

    for owner, attr, replacement in (
        (runner, "built_extractor", stand_in),
        (runner, "_annotate", lambda speeches, _extractor: list(map(not_annotated, speeches))),
        (runner._OutcomeSink, "consume", consume_and_keep),
    ):
        _WRAPPED.append((owner, attr, getattr(owner, attr)))
        setattr(owner, attr, replacement)

    out_dir = work / "ingest-run"
    out_dir.mkdir(exist_ok=True)
    start = perf()
    with open(work / "speeches.pickle", "wb") as out, _unwrapped_after():
        try:
            # as `extract ARCHIVE -o ... --docs ... --errors ... --workers 1` calls it
            runner.run(
                [str(args.archive)],
                facts_out=str(out_dir / "facts.jsonl"),
                docs_out=str(out_dir / "docs.jsonl"),
                errors_out=str(out_dir / "errors.jsonl"),
                workers=1,
            )
        except _Enough:
            pass
    run_seconds = perf() - start - keeping
    shutil.rmtree(out_dir)

    parts = timers.to_dict()
    discovery_seconds = parts.pop("discovery")["seconds"]
    summary = summaries[0] if summaries else runner.Summary()  # (no input: no step)
    outcomes: Counter = Counter(document=summary.documents, duplicate=summary.duplicates)
    for kind, n in summary.skipped.items():
        outcomes[f"skipped {kind}"] += n
    for kind, n in summary.errors.items():
        outcomes[f"error {kind}"] += n
    used_files = kept["last"] + 1
    archive = str(args.archive)
    listed = [e for e in entries if isinstance(e, str)][:used_files]
    rel = [os.path.relpath(p, archive) for p in listed]
    (work / "files.json").write_text(json.dumps({"files": rel, "doc_file_index": kept["index"]}))
    return {
        "files": used_files,
        "documents": kept["documents"],
        "words": kept["words"],
        "chars": kept["chars"],
        "outcomes": {k: v for k, v in outcomes.items() if v},
        "discovery_seconds": discovery_seconds,
        "load_source_seconds": run_seconds - discovery_seconds,
        "seconds": run_seconds,
        "keeping_seconds": keeping,  # not in `seconds`: the bench's, not the run's
        "parts": parts,
        "exclusive": True,  # each part excludes the parts timed inside it
    }


def child_tokenizer(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    speeches = load_speeches(work)
    texts = [s.text for s in speeches]
    start = perf()
    import spacy

    nlp = spacy.blank("en")
    nlp.max_length = 20_000_000
    setup = perf() - start
    tokens = 0
    start = perf()
    for doc in nlp.pipe(texts):
        tokens += len(doc)
    seconds = perf() - start
    return {
        "documents": len(texts),
        "words": sum(word_count(t) for t in texts),
        "tokens": tokens,
        "seconds": seconds,
        "setup_seconds": setup,
    }


def child_pipeline(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    speeches = load_speeches(work)
    start = perf()
    from pipeline.nlp import build_pipeline, prepare_doc
    from pipeline.nlp.extensions import FACTS_KEY

    nlp = build_pipeline()
    setup = perf() - start
    facts = 0
    start = perf()
    for doc in nlp.pipe(prepare_doc(nlp, s) for s in speeches):
        facts += len(doc.spans[FACTS_KEY]) if FACTS_KEY in doc.spans else 0
    seconds = perf() - start
    return {
        "documents": len(speeches),
        "words": sum(word_count(s.text) for s in speeches),
        "facts": facts,
        "seconds": seconds,
        "setup_seconds": setup,
        "components": nlp.pipe_names,
    }


def child_refresh(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    """What the runner's pipeline refresh every REFRESH_DOCUMENTS documents costs: for each block
    of that many documents after the first (where the runner builds its first pipeline either
    way), a pipeline just refreshed as the runner refreshes its own (`Extractor.pipeline_for`)
    and one kept warm annotate the same block one after the other (CPU seconds). Twice, the
    order swapped, since the second of a pair gains from the caches the first warmed; the mean
    of the two orders is the estimate."""
    speeches = load_speeches(work)
    from pipeline.nlp import prepare_doc
    from pipeline.runner import REFRESH_DOCUMENTS, Extractor

    def annotate(nlp: Any, block: list[Any]) -> float:
        start = time.process_time()
        for _ in nlp.pipe(prepare_doc(nlp, s) for s in block):
            pass
        return time.process_time() - start

    orders = {}
    for order in ("fresh first", "warm first"):
        warm = Extractor().nlp  # the runner's first pipeline
        refreshed = Extractor()
        annotate(warm, speeches[:REFRESH_DOCUMENTS])  # warmed as the runner's first pipeline is
        sums = {"warm": 0.0, "fresh": 0.0, "builds": 0.0}
        # from the second block on: the runner's first pipeline is built once either way
        for i in range(REFRESH_DOCUMENTS, len(speeches), REFRESH_DOCUMENTS):
            block = speeches[i : i + REFRESH_DOCUMENTS]
            start = time.process_time()
            refreshed.annotated = REFRESH_DOCUMENTS  # due for its refresh
            fresh = refreshed.pipeline_for(len(block))
            sums["builds"] += time.process_time() - start
            if order == "warm first":
                sums["warm"] += annotate(warm, block)
            sums["fresh"] += annotate(fresh, block)
            if order == "fresh first":
                sums["warm"] += annotate(warm, block)
        orders[order] = sums
    warm_mean = sum(o["warm"] for o in orders.values()) / 2
    fresh_mean = sum(o["fresh"] + o["builds"] for o in orders.values()) / 2
    return {
        "documents": len(speeches),
        "every": REFRESH_DOCUMENTS,
        "orders": orders,
        "cost_seconds": fresh_mean - warm_mean,
        "warm_seconds": warm_mean,
    }


def child_profile(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    """The NLP and the records of a 1-worker run, document by document with the run's own code
    (`pipeline.runner`), over the documents the ingestion kept, in a fresh process started as
    `extract` starts: the run's Extractor (its pipeline built first, and again every
    REFRESH_DOCUMENTS documents), `_annotate` on each document as the run calls it on each
    file's (`nlp.pipe`: tokenising with prepare_doc, each component through a timer; then the
    records, `_speech_outcome`: fact and document records, text digest, JSON encoding), and
    the encoded lines written into three outputs, flushed after each document as the run's sink
    does after each input. The stages are timed exclusively; the imports are timed, and the
    parent adds the process's start and exit (`startup_seconds`)."""
    started = perf()
    import pipeline.nlp as nlp_module
    from pipeline import runner
    from pipeline.ingest.readers import DEFAULT_MAX_BYTES
    from pipeline.output import JsonlWriter

    imports = perf() - started
    require_runner(runner)
    timers = ExclusiveTimers()  # the stages
    # the Extractor imports spaCy and the components (collector paused) before its first build
    timers.wrap(runner, "_import_nlp_frozen", "import spaCy and the components")
    _time_pipelines(timers, runner)
    timers.wrap(nlp_module, "prepare_doc", "tokenise (prepare_doc)")
    timers.wrap(runner, "_annotate", "nlp.pipe, other")
    timers.wrap(runner, "_speech_outcome", "records (fact_records + document_record)")
    timers.wrap(runner, "text_digest", "dedupe: text digest")
    timers.wrap(runner, "encode_line", "JSON encoding of the records (encode_line)")
    start = perf()
    extractor = runner.built_extractor(None, DEFAULT_MAX_BYTES, None)
    setup = perf() - start
    from pipeline.nlp import base, context, events, percentages, temporal

    inner = Timers()  # helpers inside the components ("of which")
    inner.wrap(base, "sentence_starts", "numeric: sentence_starts (shared by the three)")
    inner.wrap(base, "scan", "numeric: scan of numbers (shared by the three)")
    inner.wrap(percentages, "classify_change", "percentage: classify_change")
    inner.wrap(events, "find_events", "event: find_events")
    inner.wrap(events.EventExtractor, "_date_of", "event: _date_of")
    inner.wrap(temporal, "_dateparser_date", "event: dateparser (incl. its import)")
    inner.wrap(context, "quote_speaker", "context: quote_speaker")
    inner.wrap(context, "period_for", "context: period_for")

    writers = [JsonlWriter(str(work / f"profile.{name}.jsonl")) for name in ("f", "d", "e")]
    facts_w, docs_w, errors_w = writers
    n_facts = documents = words = 0
    reading = 0.0  # unpickling the documents: the bench's work, not the run's
    speeches = iter_speeches(work)
    while True:
        t0 = perf()
        speech = next(speeches, None)
        reading += perf() - t0
        if speech is None:
            break
        outcome = runner._annotate([speech], extractor)[0]
        t0 = perf()
        # as the run's sink writes a document (or an error) and flushes its outputs
        if isinstance(outcome, runner.DocumentOutcome):
            facts_w.write_lines(outcome.facts, len(outcome.fact_types))
            docs_w.write_lines(outcome.document, 1)
            for _kind, line in outcome.warnings:
                errors_w.write_lines(line, 1)
            n_facts += len(outcome.fact_types)
            documents += 1
            words += outcome.word_count
        else:
            errors_w.write(outcome.record)
        for w in writers:
            w.flush()
        timers.add("JSON writing (JsonlWriter, flush per document)", perf() - t0)
    for w in writers:
        w.close()
        Path(w.target).unlink(missing_ok=True)
    stages = timers.to_dict()
    return {
        "documents": documents,
        "words": words,
        "facts": n_facts,
        "seconds": sum(v["seconds"] for v in stages.values()),
        "setup_seconds": setup,
        "imports_seconds": imports,
        "reading_seconds": reading,
        "in_process_seconds": perf() - started,
        "stages": stages,
        "inner": inner.to_dict(),
    }


def _time_pipelines(timers: ExclusiveTimers, runner: Any) -> None:
    """Time the run's pipeline builds (one stage) and, in every pipeline built, each component
    (one stage each, by its name): the components are called through timers."""
    build = runner.Extractor._build

    def build_with_timed_components(self: Any) -> Any:
        nlp = build(self)
        nlp._components = [
            (name, _TimedComponent(proc, timers.timed(proc, name)))
            for name, proc in nlp._components
        ]
        return nlp

    runner.Extractor._build = build_with_timed_components
    _WRAPPED.append((runner.Extractor, "_build", build))
    timers.wrap(runner.Extractor, "_build", "build the pipeline")
    # its refresh every REFRESH_DOCUMENTS documents (a new vocabulary, since ref72) is charged
    # to the same stage, as the builds it replaced were
    timers.wrap(runner.Extractor, "_refresh", "build the pipeline")


class _TimedComponent:
    """A pipeline component called through a timer (spaCy calls it document by document)."""

    def __init__(self, proc: Any, timed: Any) -> None:
        self.proc = proc
        self._timed = timed
        # the paragraph prefilter takes its triggers from the components' rules; a component
        # whose rules it cannot read turns it off (before 19e it masked by digits alone here)
        self.rules = getattr(proc, "rules", None)

    def __call__(self, doc: Any) -> Any:
        return self._timed(doc)


def child_runprofile(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    """The real run (`pipeline.runner.run`, 1 worker, facts + documents + errors + journal, as
    `extract` writes them), every stage timed exclusively (nested timed calls are charged to
    themselves), in a fresh process whose wall time the parent measures: the stages, the imports
    and the process start add up to that wall time."""
    started = perf()
    import pipeline.cli  # noqa: F401  (what `extract` imports before it runs)

    imports_cli = perf() - started
    t0 = perf()
    import spacy  # noqa: F401

    imports_spacy = perf() - t0
    import pipeline.ingest as ingest
    import pipeline.ingest.discover as discovery
    import pipeline.journal as journal
    import pipeline.nlp as nlp_module
    from pipeline import output, runner
    from pipeline.ingest import kremlin, plaintext

    imports_rest = perf() - started - imports_cli - imports_spacy
    timers = ExclusiveTimers()
    original_discover = discovery.discover

    def discover_all(*a: Any, **k: Any) -> list:
        return list(original_discover(*a, **k))  # run() lists it at once too

    discovery.discover = discover_all
    _WRAPPED.append((discovery, "discover", original_discover))
    timers.wrap(discovery, "discover", "discovery (walk the folders)")
    timers.wrap(runner, "_steps", "tasks (sizes, print versions)")
    timers.wrap(journal, "run_key", "journal: run key")
    timers.wrap(ingest, "load_source", "load_source, other")
    timers.wrap(ingest, "read_source", "reading + decoding (`read_source`)")
    timers.wrap(kremlin, "skip_before_parsing", "galleries and listings told before parsing")
    timers.wrap(kremlin, "limit_depth", "nesting guard (limit_depth)")
    timers.wrap(kremlin, "LexborHTMLParser", "HTML parsing (lexbor tree)")
    # in pipeline.ingest's namespace before cold70, looked up in their modules since (the
    # timers skip a name an owner does not have)
    for owner in (ingest, kremlin):
        timers.wrap(owner, "parse_html", "cleaning (parse_html minus the above)")
    for owner in (ingest, plaintext):
        timers.wrap(owner, "parse_plaintext", "plain-text parsing")
    timers.wrap(ingest, "check_language", "language check")
    timers.wrap(nlp_module, "prepare_doc", "tokenise (prepare_doc)")
    timers.wrap(runner, "_annotate", "nlp.pipe, other")
    timers.wrap(runner, "fact_records", "records: fact_records")
    timers.wrap(runner, "document_record", "records: document_record")
    timers.wrap(runner, "_speech_outcome", "records, other")
    timers.wrap(runner, "text_digest", "dedupe: text digest")
    timers.wrap(runner, "encode_line", "JSON encoding of the records (encode_line)")
    timers.wrap(output.JsonlWriter, "write", "JSON writing (JsonlWriter.write)")
    timers.wrap(output.JsonlWriter, "write_lines", "JSON writing (JsonlWriter.write_lines)")
    timers.wrap(output.JsonlWriter, "flush", "JSON writing (flush per file)")
    timers.wrap(output.JsonlWriter, "commit", "outputs: commit (rename)")
    timers.wrap(journal.JournalWriter, "record", "journal: record per task")
    timers.wrap(runner.Summary, "state", "journal: summary state per task")

    _time_pipelines(timers, runner)

    inputs = json.loads((work / "runprofile-inputs.json").read_text())
    out = work / "runprofile"
    out.mkdir(exist_ok=True)
    run_start = perf()
    summary = runner.run(
        inputs,
        facts_out=str(out / "facts.jsonl"),
        docs_out=str(out / "docs.jsonl"),
        errors_out=str(out / "errors.jsonl"),
        workers=1,
    )
    run_seconds = perf() - run_start
    shutil.rmtree(out)
    stages = timers.to_dict()
    timed = sum(v["seconds"] for v in stages.values())
    return {
        "documents": summary.documents,
        "words": summary.words,
        "facts": summary.facts_total,
        "imports": {
            "pipeline.cli (typer, runner...)": imports_cli,
            "spacy": imports_spacy,
            "ingest, nlp (selectolax...)": imports_rest,
        },
        "run_seconds": run_seconds,
        "run_other_seconds": run_seconds - timed,
        "in_process_seconds": perf() - started,
        "stages": stages,
    }


def _subset(speeches: list, n: int) -> list:
    """`n` documents spread evenly over the archive (its years differ in style and length)."""
    if n >= len(speeches):
        return list(speeches)
    step = len(speeches) / n
    return [speeches[int(i * step)] for i in range(n)]


def child_quantulum(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    import warnings

    speeches = _subset(load_speeches(work), args.quantulum_limit)
    texts = [s.text for s in speeches]
    words = sum(word_count(t) for t in texts)
    start = perf()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        parser.parse("warm-up: 5 percent and $3 billion")  # loads its unit tables
    setup = perf() - start
    quantities = 0
    per_doc = []  # (words, seconds): its time grows faster than the length of the text
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for text in texts:
            start = perf()
            quantities += len(parser.parse(text))
            per_doc.append((word_count(text), perf() - start))
    seconds = sum(t for _, t in per_doc)
    slowest = max(per_doc, key=lambda p: p[1])
    longest = max(per_doc, key=lambda p: p[0])
    doc_rates = sorted(w / t for w, t in per_doc if t > 0 and w >= 50)
    # our pipeline on the very same subset, for a like-for-like comparison
    from pipeline.nlp import build_pipeline, prepare_doc

    nlp = build_pipeline()
    start = perf()
    for _ in nlp.pipe(prepare_doc(nlp, s) for s in speeches):
        pass
    ours = perf() - start
    import quantulum3

    return {
        "documents": len(texts),
        "words": words,
        "quantities": quantities,
        "seconds": seconds,
        "setup_seconds": setup,
        "ours_seconds": ours,
        "slowest_doc": {"words": slowest[0], "seconds": slowest[1]},
        "longest_doc": {"words": longest[0], "seconds": longest[1]},
        "median_doc_words_per_second": statistics.median(doc_rates) if doc_rates else None,
        "version": getattr(quantulum3, "__version__", None) or _dist_version("quantulum3"),
    }


def _dist_version(name: str) -> str | None:
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def child_trained(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    import importlib.util

    names = [args.trained_model] if args.trained_model else list(TRAINED_MODELS)
    name = next((n for n in names if importlib.util.find_spec(n) is not None), None)
    if name is None:
        return {"status": "not installed", "tried": names}
    speeches = _subset(load_speeches(work), args.trained_limit)
    texts = [s.text for s in speeches]
    import spacy

    start = perf()
    nlp = spacy.load(name)
    nlp.max_length = 20_000_000
    setup = perf() - start
    start = perf()
    for _ in nlp.pipe(texts):
        pass
    seconds = perf() - start
    return {
        "status": "ok",
        "model": f"{name} {_dist_version(name)}",
        "components": nlp.pipe_names,
        "documents": len(texts),
        "words": sum(word_count(t) for t in texts),
        "seconds": seconds,
        "setup_seconds": setup,
    }


def child_startup(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    """Where the cold start goes, inside one fresh process (imports are not yet cached)."""
    steps: dict[str, float] = {}
    start = perf()
    import spacy  # noqa: F401

    steps["import spacy"] = perf() - start
    start = perf()
    import pipeline.cli  # noqa: F401

    steps["import pipeline.cli (typer, records, output, runner)"] = perf() - start
    start = perf()
    from pipeline.ingest import load_source

    steps["import pipeline.ingest (selectolax)"] = perf() - start
    start = perf()
    from pipeline.nlp import build_pipeline, prepare_doc

    nlp = build_pipeline()
    steps["build_pipeline (spacy.blank, components, rule files)"] = perf() - start
    start = perf()
    code_root = Path(pipeline.cli.__file__).resolve().parents[1]
    speech = load_source(str(code_root / COLD_FILE))[0]
    steps["load_source(corpus/70001.html)"] = perf() - start
    start = perf()
    nlp(prepare_doc(nlp, speech))
    steps["NLP on it (first call: compiles the rule regexes)"] = perf() - start
    return {"steps": steps}


CHILDREN = {
    "ingest": child_ingest,
    "tokenizer": child_tokenizer,
    "pipeline": child_pipeline,
    "profile": child_profile,
    "runprofile": child_runprofile,
    "refresh": child_refresh,
    "quantulum": child_quantulum,
    "trained": child_trained,
    "startup": child_startup,
}


def as_extract_process() -> None:
    """Set this process up as the extract command sets up its own before it runs: the imports
    of ingestion, spaCy and the components made with the collector paused, then frozen; one
    BLAS thread; the interpreter's last collection skipped at exit."""
    from pipeline import cli, runner

    cli._exit_without_final_collection()
    runner.freeze_nlp_imports()
    runner.one_blas_thread()
    runner.import_ingestion()


def child_main(args: argparse.Namespace) -> None:
    work = Path(args.work)
    if args.child in ("ingest", "profile"):
        as_extract_process()  # these measure a run's work: in a process like the run's
    result = CHILDREN[args.child](args, work)
    result["peak_rss_mb"] = vm_hwm_mb()
    (work / f"{args.child}.json").write_text(json.dumps(result, indent=1))


# ---------------------------------------------------------------------------------------------
# Parent: subprocesses with their wall time, peak RSS and the load around them
# ---------------------------------------------------------------------------------------------


def _children_of(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as fh:
            return [int(p) for p in fh.read().split()]
    except OSError:
        return []


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class TreeSampler(threading.Thread):
    """Samples the summed RSS of a process and its descendants every `interval` seconds."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.interval = interval
        self.peak = 0.0
        self.peak_processes = 0
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            pids, todo = [], [self.pid]
            while todo:
                pid = todo.pop()
                pids.append(pid)
                todo.extend(_children_of(pid))
            total = sum(_rss_mb(p) for p in pids)
            if total > self.peak:
                self.peak, self.peak_processes = total, len(pids)
            self._halt.wait(self.interval)

    def stop(self) -> None:
        self._halt.set()
        self.join()


def cpu_busy_seconds() -> float:
    """CPU seconds spent busy by the whole machine since boot, all cores (/proc/stat)."""
    with open("/proc/stat", encoding="ascii") as fh:
        fields = [int(x) for x in fh.readline().split()[1:]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = (fields + [0] * 8)[:8]
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


WAIT_IDLE = 0.0  # --wait-idle: seconds to wait at most for the other processes to calm down
IDLE_CORES = 0.3  # "calm": the rest of the machine uses less than this many cores


def wait_for_idle() -> float:
    """Wait (at most WAIT_IDLE seconds) until the rest of the machine uses less than IDLE_CORES
    cores over 3 s; returns the cores in use when the wait ended."""
    deadline = perf() + WAIT_IDLE
    while True:
        before, start = cpu_busy_seconds(), perf()
        time.sleep(3)
        cores = (cpu_busy_seconds() - before) / (perf() - start)
        if cores < IDLE_CORES or perf() >= deadline:
            return cores
        _say(f"  the machine is busy ({cores:.1f} cores in use by others); waiting")


def run_measured(cmd: list[str], cwd: Path, sample_tree: bool = False) -> dict[str, Any]:
    """Run `cmd`; its wall time, exit code, peak RSS (wait4: the largest single process of its
    tree), optionally the sampled peak of the summed RSS over the tree, and how busy the rest of
    the machine was meanwhile (CPU seconds of the machine minus those of the tree, per second)."""
    idle_before = wait_for_idle() if WAIT_IDLE else None
    load_before = os.getloadavg()[0]
    busy_before = cpu_busy_seconds()
    out_path, err_path = cwd / "stdout.txt", cwd / "stderr.txt"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        start = perf()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=err, env=CHILD_ENV)
        sampler = TreeSampler(proc.pid) if sample_tree else None
        if sampler:
            sampler.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        except BaseException:
            proc.kill()
            proc.wait()
            raise
        wall = perf() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if sampler:
            sampler.stop()
    own_cpu = usage.ru_utime + usage.ru_stime  # the process and the children it waited for
    others = max(0.0, cpu_busy_seconds() - busy_before - own_cpu) / wall if wall > 0 else 0.0
    result = {
        "wall_seconds": wall,
        "cpu_seconds": own_cpu,
        "returncode": proc.returncode,
        "peak_rss_mb": usage.ru_maxrss / 1024,
        "load_before": load_before,
        "load_after": os.getloadavg()[0],
        "others_cores": others,
        "others_cores_before": idle_before,
    }
    if sampler:
        result["tree_peak_rss_mb"] = sampler.peak
        result["tree_processes"] = sampler.peak_processes
    if proc.returncode != 0:
        result["stderr"] = err_path.read_text(errors="replace")[-2000:]
    return result


def run_child(stage: str, args: argparse.Namespace, work: Path) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", stage, "--work", str(work)]
    cmd += ["--archive", str(args.archive), "--limit", str(args.limit or 0)]
    cmd += ["--quantulum-limit", str(args.quantulum_limit)]
    cmd += ["--trained-limit", str(args.trained_limit)]
    if args.trained_model:
        cmd += ["--trained-model", args.trained_model]
    _say(f"{stage} ...")
    proc = run_measured(cmd, work)
    if proc["returncode"] != 0:
        raise RuntimeError(f"child {stage} failed:\n{proc.get('stderr', '')}")
    result = json.loads((work / f"{stage}.json").read_text())
    result["process"] = proc
    result["peak_rss_mb"] = proc["peak_rss_mb"]
    return result


def extract_command() -> list[str]:
    script = Path(sys.executable).parent / "extract"
    if script.exists():
        return [sys.executable, str(script)]
    return [sys.executable, "-c", "from pipeline.cli import extract_main; extract_main()"]


def run_extract(inputs: list[str], workers: int, work: Path, label: str) -> dict[str, Any]:
    """The real CLI, -q, facts + documents + errors into a temporary folder."""
    out = work / f"extract-{label}"
    out.mkdir(exist_ok=True)
    cmd = extract_command() + inputs
    cmd += ["-o", str(out / "facts.jsonl"), "--docs", str(out / "docs.jsonl")]
    cmd += ["--errors", str(out / "errors.jsonl"), "--workers", str(workers), "-q"]
    _say(f"extract {label} ({workers} worker{'s' if workers > 1 else ''}) ...")
    proc = run_measured(cmd, out, sample_tree=True)
    if proc["returncode"] != 0:
        raise RuntimeError(f"extract {label} failed:\n{proc.get('stderr', '')}")
    documents = words = 0
    with open(out / "docs.jsonl", encoding="utf-8") as docs:
        for line in docs:
            documents += 1
            words += json.loads(line).get("word_count") or 0
    with open(out / "facts.jsonl", "rb") as facts:
        n_facts = sum(1 for _ in facts)
    shutil.rmtree(out)
    return dict(proc, documents=documents, words=words, facts=n_facts, workers=workers)


def best_of(runs: list[dict[str, Any]]) -> dict[str, Any]:
    best = dict(min(runs, key=lambda r: r["wall_seconds"]))
    best["all_wall_seconds"] = [r["wall_seconds"] for r in runs]
    return best


def subset_folder(work: Path, archive: Path, files: list[str], name: str) -> Path:
    """A folder of symlinks to `files` (paths relative to the archive), same relative layout,
    so that discovery order is the archive's."""
    folder = work / name
    for rel in files:
        link = folder / rel
        link.parent.mkdir(parents=True, exist_ok=True)
        link.symlink_to((archive / rel).resolve())
    return folder


def importtime(work: Path) -> dict[str, Any]:
    """`python -X importtime` on a real `extract` of the small file: the heaviest imports."""
    cmd = [sys.executable, "-X", "importtime"] + extract_command()[1:]
    cmd += [str(CODE_ROOT / COLD_FILE), "-o", str(work / "it.facts.jsonl"), "-q"]
    proc = subprocess.run(cmd, cwd=work, capture_output=True, text=True, env=CHILD_ENV)
    rows = []
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|( *)(\S+)", line)
        if m:
            rows.append(
                {
                    "self_ms": int(m.group(1)) / 1000,
                    "cumulative_ms": int(m.group(2)) / 1000,
                    "depth": len(m.group(3)) // 2,
                    "module": m.group(4),
                }
            )
    top_level = sorted((r for r in rows if r["depth"] == 0), key=lambda r: -r["cumulative_ms"])
    by_self = sorted(rows, key=lambda r: -r["self_ms"])
    # the heaviest third-party packages wherever they are first imported
    first: dict[str, dict[str, Any]] = {}
    for r in rows:
        root = r["module"].split(".")[0]
        if "." not in r["module"] and root not in first:
            first[root] = r
    packages = sorted(first.values(), key=lambda r: -r["cumulative_ms"])
    return {
        "total_ms": sum(r["self_ms"] for r in rows),
        "top_level": top_level[:12],
        "packages": packages[:15],
        "by_self": by_self[:10],
        "returncode": proc.returncode,
    }


def cold_start(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    folder = work / "cold"
    folder.mkdir(exist_ok=True)
    runs = []
    for _ in range(args.cold_runs):
        cmd = extract_command() + [str(CODE_ROOT / COLD_FILE), "-o", str(folder / "f.jsonl"), "-q"]
        runs.append(run_measured(cmd, folder))
        if runs[-1]["returncode"] != 0:
            raise RuntimeError(f"cold start failed:\n{runs[-1].get('stderr', '')}")
    bare = [run_measured([sys.executable, "-c", "pass"], folder) for _ in range(args.cold_runs)]
    spacy_only = [
        run_measured([sys.executable, "-c", "import spacy"], folder) for _ in range(args.cold_runs)
    ]
    return {
        "runs": [r["wall_seconds"] for r in runs],
        "median_seconds": statistics.median(r["wall_seconds"] for r in runs),
        "peak_rss_mb": max(r["peak_rss_mb"] for r in runs),
        "python_pass_seconds": statistics.median(r["wall_seconds"] for r in bare),
        "import_spacy_seconds": statistics.median(r["wall_seconds"] for r in spacy_only),
        "load_before": runs[0]["load_before"],
        "load_after": runs[-1]["load_after"],
        "others_cores": max(r["others_cores"] for r in runs),
        "importtime": importtime(folder),
    }


# ---------------------------------------------------------------------------------------------
# The machine and the report
# ---------------------------------------------------------------------------------------------


def machine(rev: str | None = None) -> dict[str, Any]:
    info: dict[str, Any] = {"python": platform.python_version(), "platform": platform.platform()}
    try:
        lscpu = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
        m = re.search(r"Model name:\s*(.+)", lscpu)
        info["cpu"] = m.group(1).strip() if m else None
    except OSError:
        info["cpu"] = platform.processor() or None
    info["cores"] = os.cpu_count()
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            kb = int(fh.readline().split()[1])
        info["ram_gb"] = round(kb / 1024 / 1024, 1)
    except OSError:
        info["ram_gb"] = None
    for dist in ("spacy", "selectolax", "quantulum3", "speechfacts"):
        info[dist] = _dist_version(dist)
    try:
        info["commit"] = subprocess.run(
            ["git", "rev-parse", "--short", rev or "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
        info["code"] = f"revision {rev} (exported)" if rev else "working tree"
        if not rev:
            dirty = subprocess.run(
                ["git", "status", "--porcelain", "--", "pipeline", "models"],
                cwd=ROOT,
                capture_output=True,
                text=True,
            ).stdout.strip()
            info["uncommitted_changes_in_pipeline"] = bool(dirty)
    except OSError:
        pass
    return info


def _fmt(x: float | None, spec: str = ",.0f") -> str:
    return "–" if x is None else format(x, spec)


def _load(proc: dict[str, Any] | None) -> str:
    """The rest of the machine during the measurement: cores it kept busy on average, and the
    one-minute load average before → after."""
    if not proc:
        return "–"
    return f"{proc['others_cores']:.2f} ({proc['load_before']:.1f}→{proc['load_after']:.1f})"


def _row(name, docs, words, seconds, rss, load, note="") -> str:
    return (
        f"| {name} | {_fmt(docs)} | {_fmt(words)} | {_fmt(seconds, '.1f')} | "
        f"{_fmt(rate(docs, seconds) if seconds else None, ',.1f')} | "
        f"{_fmt(rate(words, seconds) if seconds else None)} | {_fmt(rss)} | {load} | {note} |"
    )


def report(res: dict[str, Any]) -> str:
    lines: list[str] = []
    ing = res["ingest"]
    lines += [
        "| measurement | docs | words | seconds | docs/s | words/s | peak RSS MB | others' cores "
        "(load) | note |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |",
    ]
    for label, run in sorted(res.get("extract", {}).items()):
        note = "wall time of the CLI, start-up included"
        if "tree_peak_rss_mb" in run:
            note += f"; tree RSS sum {run['tree_peak_rss_mb']:,.0f} MB"
        if len(run.get("all_wall_seconds", [])) > 1:
            note += "; best of " + ", ".join(f"{s:.1f}" for s in run["all_wall_seconds"])
        lines.append(
            _row(
                f"`extract` end to end, {label}",
                run["documents"],
                run["words"],
                run["wall_seconds"],
                run["peak_rss_mb"],
                _load(run),
                note,
            )
        )
    if "tokenizer" in res:
        t = res["tokenizer"]
        lines.append(
            _row(
                'bare `spacy.blank("en")` tokenizer',
                t["documents"],
                t["words"],
                t["seconds"],
                t["peak_rss_mb"],
                _load(t["process"]),
                f"{t['tokens']:,} tokens",
            )
        )
    if "pipeline" in res:
        p = res["pipeline"]
        lines.append(
            _row(
                "our NLP pipeline alone (`nlp.pipe`)",
                p["documents"],
                p["words"],
                p["seconds"],
                p["peak_rss_mb"],
                _load(p["process"]),
                f"{p['facts']:,} facts; set-up {p['setup_seconds']:.2f} s not counted",
            )
        )
    lines.append(
        _row(
            "ingestion + cleaning alone (`load_source`)",
            ing["documents"],
            ing["words"],
            ing["seconds"],
            ing["peak_rss_mb"],
            _load(ing["process"]),
            f"{ing['files']:,} files; discovery {ing['discovery_seconds']:.1f} s included; "
            "a 1-worker run's calls, without its NLP",
        )
    )
    if "profile" in res:
        p = res["profile"]
        lines.append(
            _row(
                "profile: NLP + records + JSON, one doc at a time",
                p["documents"],
                p["words"],
                p["seconds"],
                p["peak_rss_mb"],
                _load(p["process"]),
                "sum of the stages below",
            )
        )
    if "quantulum" in res:
        q = res["quantulum"]
        lines.append(
            _row(
                f"quantulum3 {q.get('version') or ''} `parser.parse` (subset)",
                q["documents"],
                q["words"],
                q["seconds"],
                q["peak_rss_mb"],
                _load(q["process"]),
                f"{q['quantities']:,} quantities; evenly spaced docs; median per doc "
                f"{_fmt(q['median_doc_words_per_second'])} words/s; longest doc "
                f"{q['longest_doc']['words']:,} words in {q['longest_doc']['seconds']:.1f} s; "
                f"our pipeline on the same subset: "
                f"{_fmt(rate(q['words'], q['ours_seconds']))} words/s",
            )
        )
    if "trained" in res:
        t = res["trained"]
        if t.get("status") == "ok":
            lines.append(
                _row(
                    f"trained pipeline {t['model']} `nlp.pipe` (subset)",
                    t["documents"],
                    t["words"],
                    t["seconds"],
                    t["peak_rss_mb"],
                    _load(t["process"]),
                    ", ".join(t["components"]),
                )
            )
        else:
            tried = ", ".join(t.get("tried", []))
            lines.append(
                f"| trained spaCy pipeline | – | – | – | – | – | – | – | not installed "
                f"({tried}); nothing downloaded |"
            )
    if "cold" in res:
        c = res["cold"]
        runs = ", ".join(f"{s:.2f}" for s in c["runs"])
        lines.append(
            f"| cold start: `extract corpus/70001.html -q` | 1 | – | "
            f"{c['median_seconds']:.2f} | – | – | {c['peak_rss_mb']:,.0f} | "
            f"{c['others_cores']:.2f} ({c['load_before']:.1f}→{c['load_after']:.1f}) | "
            f"median of {runs} s; "
            f"`python -c pass` {c['python_pass_seconds']:.2f} s, "
            f"`python -c 'import spacy'` {c['import_spacy_seconds']:.2f} s |"
        )
    lines += ["", *figures(res)]
    if "scale" in res:
        lines += ["", "Peak RSS of `extract --workers 1` as the corpus grows:", ""]
        lines += ["| documents | words | wall s | peak RSS MB | tree RSS sum MB |"]
        lines += ["| ---: | ---: | ---: | ---: | ---: |"]
        for point in res["scale"]:
            lines.append(
                f"| {point['documents']:,} | {point['words']:,} | {point['wall_seconds']:.1f} | "
                f"{point['peak_rss_mb']:,.0f} | {point['tree_peak_rss_mb']:,.0f} |"
            )
    if "runprofile" in res:
        lines += ["", *runprofile_table(res)]
    if "profile" in res:
        lines += ["", *profile_table(res)]
    if "cold" in res:
        lines += ["", *cold_tables(res)]
    if "refresh" in res:
        lines += ["", *refresh_table(res["refresh"])]
    return "\n".join(lines)


def figures(res: dict[str, Any]) -> list[str]:
    rows = ["| figure | target | measured | met |", "| --- | --- | --- | --- |"]
    ext = res.get("extract", {})
    one = ext.get("1 worker")
    two = ext.get("2 workers")
    tok = res.get("tokenizer")
    if one and tok:
        ratio = rate(one["words"], one["wall_seconds"]) / rate(tok["words"], tok["seconds"])
        res.setdefault("figures", {})["ratio"] = ratio
        rows.append(
            f"| end-to-end words/s (1 worker) ÷ bare tokenizer words/s | ≥ {TARGET_RATIO} | "
            f"{ratio:.3f} | {'yes' if ratio >= TARGET_RATIO else 'no'} |"
        )
    if two:
        whole = "whole archive" if not res["args"]["limit"] else f"{two['documents']} docs"
        met = "yes" if two["wall_seconds"] < TARGET_WALL_2W else "no"
        rows.append(
            f"| wall time, {whole}, 2 workers | < {TARGET_WALL_2W:.0f} s | "
            f"{two['wall_seconds']:.1f} s | {met} |"
        )
    peaks = [(k, r["peak_rss_mb"]) for k, r in ext.items()]
    if peaks:
        worst = max(peaks, key=lambda p: p[1])
        rows.append(
            f"| peak RSS of one process (`extract`) | < {TARGET_RSS_MB:.0f} MB | "
            f"{worst[1]:,.0f} MB ({worst[0]}) | {'yes' if worst[1] < TARGET_RSS_MB else 'no'} |"
        )
    if res.get("scale"):
        pts = res["scale"]
        growth = pts[-1]["peak_rss_mb"] - pts[0]["peak_rss_mb"]
        rows.append(
            f"| peak RSS flat as the corpus grows | within {TARGET_RSS_GROWTH_MB:.0f} MB | "
            f"{pts[0]['peak_rss_mb']:,.0f} → "
            f"{pts[-1]['peak_rss_mb']:,.0f} MB ({pts[0]['documents']:,} → "
            f"{pts[-1]['documents']:,} docs, {growth:+,.0f} MB) | "
            f"{'yes' if abs(growth) <= TARGET_RSS_GROWTH_MB else 'no'} |"
        )
    if "cold" in res:
        c = res["cold"]["median_seconds"]
        rows.append(
            f"| cold start, one small file | < {TARGET_COLD} s | {c:.2f} s | "
            f"{'yes' if c < TARGET_COLD else 'no'} |"
        )
    return rows


def refresh_table(r: dict[str, Any]) -> list[str]:
    """The pipeline rebuild's cost, both orders and their mean (see child_refresh)."""
    lines = [
        f"The pipeline rebuilt every {r['every']:,} documents ({r['documents']:,} documents, "
        "CPU seconds of the NLP, each block annotated by a fresh and a warm pipeline in turn):",
        "",
        "| order in each block | warm pipeline | fresh pipeline | + the builds |",
        "| --- | ---: | ---: | ---: |",
    ]
    for order, sums in r["orders"].items():
        lines.append(
            f"| {order} | {sums['warm']:.2f} | {sums['fresh']:.2f} | {sums['builds']:.2f} |"
        )
    share = r["cost_seconds"] / r["warm_seconds"] if r["warm_seconds"] else 0.0
    lines += ["", f"Mean cost of the rebuilds: {r['cost_seconds']:.2f} s ({share:.1%} of the NLP)."]
    return lines


# the ingestion's rows of the profile, in the order a page goes through them: (row, part label)
INGEST_ROWS = (
    ("tasks (sizes, print versions)", "tasks (sizes, print versions)"),
    ("reading + decoding (`read_source`)", "read + decode"),
    ("galleries and listings told before parsing", "galleries and listings told before parsing"),
    ("nesting guard (limit_depth)", "nesting guard (limit_depth)"),
    ("HTML parsing (lexbor tree)", "lexbor parse"),
    ("cleaning (parse_html minus the lexbor parse and the checks above)", "parse_html"),
    ("speaker turns", "speaker turns"),
    ("language check", "language check"),
    ("plain-text parsing", "parse_plaintext"),
    (
        "dedupe: text digest (print versions read whole)",
        "dedupe: text digest (print versions read whole)",
    ),
    ("load_source, other", "load_source, other"),
)


# the profile's own stages in the order a document goes through them; the components (not
# listed) come after "tokenise", in the pipeline's order
PROFILE_ORDER = (
    "import spaCy and the components",
    "build the pipeline",
    "tokenise (prepare_doc)",
    None,  # the components
    "nlp.pipe, other",
    "records (fact_records + document_record)",
    "dedupe: text digest",
    "JSON encoding of the records (encode_line)",
    "JSON writing (JsonlWriter, flush per document)",
)


def _profile_order(item: tuple[str, Any]) -> int:
    """Where a profile stage goes in the table (sorted() keeps the components' order)."""
    name = item[0]
    return PROFILE_ORDER.index(name if name in PROFILE_ORDER else None)


def _startup_seconds(prof: dict[str, Any]) -> float | None:
    """The profile process's start and exit and its imports (the parent's wall time of it less
    the time spent inside child_profile, plus the imports made there); None when unknown."""
    wall = prof.get("process", {}).get("wall_seconds")
    if wall is None or "in_process_seconds" not in prof:
        return None
    return wall - prof["in_process_seconds"] + prof["imports_seconds"]


def profile_table(res: dict[str, Any]) -> list[str]:
    """Every stage a document goes through in a 1-worker run, serially in one process, with
    its share; against `extract --workers 1`'s wall time when the bench ran it."""
    ing, prof = res["ingest"], res["profile"]
    parts = ing["parts"]
    stages: list[tuple[str, float, str]] = []
    startup = _startup_seconds(prof)
    if startup is not None:
        stages.append(("start-up: process start and exit, imports", startup, ""))
    stages.append(("discovery (walk the folder)", ing["discovery_seconds"], ""))
    rows = {label: row for row, label in INGEST_ROWS}
    listed = [label for _, label in INGEST_ROWS if label in parts]
    listed += sorted(set(parts) - set(listed), key=lambda label: -parts[label]["seconds"])
    for label in listed:
        part = parts[label]
        note = f"{part['calls']:,} files" if label == "read + decode" else ""
        stages.append((rows.get(label, label), part["seconds"], note))
    other = ing["load_source_seconds"] - sum(v["seconds"] for v in parts.values())
    stages.append(("run() without its NLP, outside every timed stage", other, ""))
    inner = prof["inner"]
    owners = {
        "numeric": "speechfacts_money",
        "percentage": "speechfacts_percentage",
        "event": "speechfacts_event",
        "context": "speechfacts_context",
    }
    for name, v in sorted(prof["stages"].items(), key=_profile_order):
        note = f"{v['calls']:,} calls" if name == "build the pipeline" else ""
        stages.append((name, v["seconds"], note))
        for label, iv in inner.items():
            if owners.get(label.split(":")[0]) == name:
                stages.append((f"  of which {label}", iv["seconds"], f"{iv['calls']:,} calls"))
    if "in_process_seconds" in prof:
        outside = prof["in_process_seconds"] - prof["imports_seconds"] - prof["seconds"]
        outside -= prof["reading_seconds"]
        stages.append(("profile: outside every timed stage", outside, ""))
    total = sum(s for name, s, _ in stages if not name.startswith("  "))
    words = prof["words"]
    figures = res.setdefault("figures", {})
    figures["profile_total_seconds"] = total
    one = res.get("extract", {}).get("1 worker")
    against = ""
    if one:
        share = total / one["wall_seconds"]
        figures["profile_share_of_extract_1_worker"] = share
        against = (
            f"; `extract --workers 1` in the same bench run: {one['wall_seconds']:.1f} s wall, "
            f"which the stages add up to {100 * share:.1f} % of"
        )
    lines = [
        f"Profile by stage (a 1-worker run's work, one document at a time with the run's code; "
        f"{prof['documents']:,} documents, {words:,} words; total {total:.1f} s = "
        f"{rate(words, total):,.0f} words/s{against}):",
        "",
        "| stage | seconds | share | words/s of the stage alone | note |",
        "| --- | ---: | ---: | ---: | --- |",
    ]
    for name, seconds, note in stages:
        shown = name.replace("  of which", "↳ of which")
        lines.append(
            f"| {shown} | {seconds:.2f} | {100 * seconds / total:.1f} % | "
            f"{_fmt(rate(words, seconds))} | {note} |"
        )
    own = ing.get("keeping_seconds", 0.0) + prof.get("reading_seconds", 0.0)
    lines += [
        "",
        f"Not in any stage: the bench's own work of handing the documents from ingestion to the "
        f"profile (pickling, counting words, unpickling) {own:.2f} s; and the ingestion's "
        "process start (a run starts one process, the bench two).",
    ]
    return lines


def runprofile_table(res: dict[str, Any]) -> list[str]:
    """The real run's wall time, stage by stage: process start, imports, the stages of run()
    (each exclusive of the others), and what run() spent outside every timed stage."""
    rp = res["runprofile"]
    wall = rp["process"]["wall_seconds"]
    rows_in: list[tuple[str, float, str]] = [
        ("process start and exit, bench script", wall - rp["in_process_seconds"], "")
    ]
    rows_in += [(f"import {name}", sec, "") for name, sec in rp["imports"].items()]
    stages = sorted(rp["stages"].items(), key=lambda kv: -kv[1]["seconds"])
    rows_in += [(name, v["seconds"], f"{v['calls']:,} calls") for name, v in stages]
    rows_in.append(("run(), outside every timed stage", rp["run_other_seconds"], ""))
    after_run = rp["in_process_seconds"] - sum(rp["imports"].values()) - rp["run_seconds"]
    rows_in.append(("after run() (clean-up)", after_run, ""))
    named = sum(s for n, s, _ in rows_in if not n.startswith(("run(), outside", "after run")))
    words = rp["words"]
    one = res.get("extract", {}).get("1 worker")
    vs = (
        f"; `extract --workers 1` in the same bench run: {one['wall_seconds']:.1f} s" if one else ""
    )
    res.setdefault("figures", {})["runprofile_named_share"] = named / wall if wall else 0
    rows = [
        f"The whole run, stage by stage (`pipeline.runner.run`, 1 worker, in a fresh process: "
        f"{rp['documents']:,} documents, {words:,} words, {rp['facts']:,} facts; wall time "
        f"{wall:.1f} s{vs}; the named stages account for {100 * named / wall:.1f} % of it):",
        "",
        "| stage | seconds | share of the wall time | note |",
        "| --- | ---: | ---: | --- |",
    ]
    for name, seconds, note in rows_in:
        rows.append(f"| {name} | {seconds:.2f} | {100 * seconds / wall:.1f} % | {note} |")
    return rows


def cold_tables(res: dict[str, Any]) -> list[str]:
    c = res["cold"]
    rows = []
    if "startup" in res:
        rows += ["Start-up, step by step in one fresh process:", ""]
        rows += ["| step | seconds |", "| --- | ---: |"]
        for step, seconds in res["startup"]["steps"].items():
            rows.append(f"| {step} | {seconds:.3f} |")
        rows.append("")
    it = c["importtime"]
    rows += [
        f"Heaviest imports of `extract corpus/70001.html` (`python -X importtime`, "
        f"{it['total_ms'] / 1000:.2f} s of imports in all; importtime itself adds overhead):",
        "",
        "| package (first import) | cumulative ms | self ms |",
        "| --- | ---: | ---: |",
    ]
    for r in it["packages"][:12]:
        rows.append(f"| {r['module']} | {r['cumulative_ms']:,.0f} | {r['self_ms']:,.0f} |")
    return rows


def _say(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------


def export_revision(rev: str, work: Path) -> Path:
    """`git archive REV` into work/code (read-only for the repository: no index, no lock), with
    pipeline/rules pointing at models/rules as the installed package maps it."""
    dest = work / "code"
    dest.mkdir()
    tar = subprocess.run(["git", "archive", "--format=tar", rev], cwd=ROOT, capture_output=True)
    if tar.returncode != 0:
        sys.exit(f"bench: git archive {rev} failed: {tar.stderr.decode(errors='replace')}")
    subprocess.run(["tar", "-x", "-C", str(dest)], input=tar.stdout, check=True)
    rules = dest / "pipeline" / "rules"
    if not rules.exists():
        rules.symlink_to(dest / "models" / "rules")
    _shadow_metadata(dest)
    return dest


def _shadow_metadata(dest: Path) -> None:
    """spaCy loads every `spacy_factories` entry point of the installed distribution when it
    builds a pipeline; those of the working tree may name modules the revision lacks. Package
    metadata built from the revision's pyproject.toml, first on the path, hides them."""
    import tomllib

    project = tomllib.loads((dest / "pyproject.toml").read_text())["project"]
    info = dest / f"{project['name']}-{project['version']}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {project['name']}\nVersion: {project['version']}\n"
    )
    groups = {"console_scripts": project.get("scripts", {}), **project.get("entry-points", {})}
    lines = []
    for group, entries in groups.items():
        lines.append(f"[{group}]")
        lines += [f"{name} = {target}" for name, target in entries.items()]
        lines.append("")
    (info / "entry_points.txt").write_text("\n".join(lines))


def resolve_archive(args: argparse.Namespace, work: Path) -> Path:
    if args.archive is not None:
        if not args.archive.is_dir():
            sys.exit(f"bench: --archive {args.archive} is not a folder")
        return args.archive
    if DEFAULT_ARCHIVE.is_dir():
        return DEFAULT_ARCHIVE
    if not SHARED_ARCHIVE.exists():
        sys.exit(f"bench: neither {DEFAULT_ARCHIVE} nor {SHARED_ARCHIVE} exists; give --archive")
    _say(f"unpacking {SHARED_ARCHIVE} ...")
    subprocess.run(["tar", "-xJf", str(SHARED_ARCHIVE), "-C", str(work)], check=True)
    return work / "kremlin-en"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Measure speechfacts on the shared kremlin.ru archive (issue 5)."
    )
    parser.add_argument(
        "--archive",
        type=Path,
        default=None,
        help=f"unpacked archive folder (default {DEFAULT_ARCHIVE}, else ../shared/kremlin-en.tar.xz"
        " unpacked into a temporary folder)",
    )
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    parser.add_argument("--quantulum-limit", type=int, default=300, metavar="N")
    parser.add_argument("--trained-limit", type=int, default=1000, metavar="N")
    parser.add_argument("--trained-model", default=None, help="default: en_core_web_sm/md/lg")
    parser.add_argument(
        "--scale",
        default="1000,3000",
        help="document counts at which to measure extract's peak RSS, besides all (default "
        "1000,3000; '' = none)",
    )
    parser.add_argument("--workers", default="1,2", help="extract runs (default 1,2)")
    parser.add_argument("--repeat", type=int, default=1, help="extract runs each (best kept)")
    parser.add_argument("--cold-runs", type=int, default=3)
    parser.add_argument(
        "--stages",
        default=",".join(STAGES),
        help=f"what to measure (default all: {','.join(STAGES)}); ingestion always runs",
    )
    parser.add_argument(
        "--rev",
        default=None,
        help="measure this git revision (exported to a temporary folder and put first on "
        "PYTHONPATH) instead of the working tree, which others may be editing",
    )
    parser.add_argument(
        "--wait-idle",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help=f"before each measurement, wait up to SECONDS for the rest of the machine to use "
        f"less than {IDLE_CORES} cores (default 0: do not wait)",
    )
    parser.add_argument("--json", type=Path, default=None, help="also write the results here")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--child", choices=sorted(CHILDREN), help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    unknown = set(filter(None, args.stages.split(","))) - set(STAGES)
    if unknown:
        parser.error(f"unknown stage(s): {', '.join(sorted(unknown))}")
    return args


def main(argv: list[str] | None = None) -> dict[str, Any]:
    args = parse_args(argv)
    if args.child:
        child_main(args)
        return {}
    global CHILD_ENV, CODE_ROOT, WAIT_IDLE
    WAIT_IDLE = args.wait_idle
    stages = set(filter(None, args.stages.split(",")))
    work = Path(tempfile.mkdtemp(prefix="speechfacts-bench-"))
    try:
        if args.rev:
            CODE_ROOT = export_revision(args.rev, work)
            path = os.pathsep.join(filter(None, [str(CODE_ROOT), os.environ.get("PYTHONPATH")]))
            CHILD_ENV = dict(os.environ, PYTHONPATH=path)
        args.archive = resolve_archive(args, work).resolve()
        res: dict[str, Any] = {
            "date": datetime.date.today().isoformat(),
            "command": " ".join(["python", "scripts/bench.py", *(argv or sys.argv[1:])]),
            "machine": machine(args.rev),
            "args": {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()},
        }
        res["ingest"] = run_child("ingest", args, work)
        listing = json.loads((work / "files.json").read_text())
        files, doc_file_index = listing["files"], listing["doc_file_index"]
        for stage in ("tokenizer", "pipeline", "profile", "quantulum", "trained"):
            if stage in stages:
                res[stage] = run_child(stage, args, work)
        if args.limit:
            inputs = [str(subset_folder(work, args.archive, files, "subset"))]
        else:
            inputs = [str(args.archive)]
        if "extract" in stages:
            res["extract"] = {}
            for workers in [int(w) for w in args.workers.split(",") if w]:
                label = f"{workers} worker{'s' if workers > 1 else ''}"
                runs = [run_extract(inputs, workers, work, label) for _ in range(args.repeat)]
                res["extract"][label] = best_of(runs)
        if "runprofile" in stages:
            (work / "runprofile-inputs.json").write_text(json.dumps(inputs))
            res["runprofile"] = run_child("runprofile", args, work)
        if "scale" in stages:
            points = []
            n_docs = len(doc_file_index)
            for n in sorted({int(x) for x in args.scale.split(",") if x}):
                if 0 < n < n_docs:
                    cut = files[: doc_file_index[n - 1] + 1]
                    folder = subset_folder(work, args.archive, cut, f"scale-{n}")
                    points.append(run_extract([str(folder)], 1, work, f"scale-{n}"))
                    shutil.rmtree(folder)
            full = res.get("extract", {}).get("1 worker")
            points.append(full or run_extract(inputs, 1, work, "scale-all"))
            res["scale"] = points
        if "refresh" in stages:
            res["refresh"] = run_child("refresh", args, work)
        if "cold" in stages:
            _say("cold start ...")
            res["startup"] = run_child("startup", args, work)
            res["cold"] = cold_start(args, work)
        ext = res.get("extract", {})
        if ext and any(r["documents"] != res["ingest"]["documents"] for r in ext.values()):
            _say("warning: extract wrote a different number of documents than were cleaned")
        text = report(res)
        print(text)
        if args.json:
            args.json.write_text(json.dumps(res, indent=1, ensure_ascii=False) + "\n")
        return res
    finally:
        if args.keep:
            _say(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
