"""Command line: `speechfacts extract|evaluate|schema|load|export|series|show|report ...`, the
standalone `extract ...`, and `python -m pipeline ...` (the same as `speechfacts`).

Exit codes (extract): 0 the run completed (error records may have been written), 2 usage error
(bad option, unknown fact type, none of the given paths exists, an output that would replace an
input, a journal in the way, or --resume refused), 3 an output cannot be written (the journal is
kept for --resume), 4 the Dask cluster failed, 5 no document was extracted (no input found, or
every input failed or was skipped; --allow-empty makes that 0), 6 the NLP pipeline cannot be built
or refreshed, 7 a worker process died (killed from outside, perhaps for lack of memory; the journal
is kept for --resume), 130 stopped by Ctrl-C (the journal is kept for --resume). The other commands
document theirs in their --help.
"""

from __future__ import annotations

if __name__ == "__main__":  # python -m pipeline.cli: Ctrl-C is handled before the imports below
    from pipeline.entry import speechfacts_main

    speechfacts_main()  # exits

import atexit
import functools
import gc
import inspect
import json
import os
import re
import shlex
import sys
import typing
from collections.abc import Callable
from enum import Enum, StrEnum
from typing import Annotated, Any

import typer

from pipeline.defaults import DEFAULT_BATCH_SIZE, DEFAULT_URL
from pipeline.distributed import ClusterError
from pipeline.entry import command_running
from pipeline.journal import journal_path
from pipeline.output import STDOUT, OutputError, default_errors_path
from pipeline.records import FACT_TYPES
from pipeline.runner import (
    DEFAULT_FACTS_PATH,
    DEFAULT_MAX_BYTES,
    PipelineError,
    WorkerDied,
    normalize_types,
)
from pipeline.view import commands as _view

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_OUTPUT = 3
EXIT_CLUSTER = 4
EXIT_EMPTY = 5  # extract: the run completed but wrote no document
EXIT_PIPELINE = 6  # extract: the NLP pipeline cannot be built (rule files...) or refreshed
EXIT_WORKER = 7  # extract: a worker process died (kill -9, out of memory, a crash)
EXIT_INTERRUPTED = 130  # extract: Ctrl-C (128 + SIGINT, as shells report it)

_EXTRACT_HELP = f"""Extract fact records from speech archives.

PATH may be files or folders (searched recursively): kremlin.ru-style HTML pages, plain-text
transcripts, JSON or JSON-lines files of documents (text, id, title, date), or CSV/TSV files with
one document per row. Speaker labels at a paragraph's start ("Vladimir Putin: ...") make the
speaker turns in every format. Folder walks read the known formats only (others are counted and
named on standard error), never hidden files or folders (".git"), nor records speechfacts wrote
itself (an earlier run's outputs); --include and --exclude choose other files. A file named as a
PATH is always read.

Document ids: kremlin.ru pages keep their page id; JSON, JSON-lines and CSV records keep their
"id" (else their "url"; --id-prefix file scopes them by file: "2013.jsonl#1"); other files are
named by their path in the folder, without extension ("2013/speech"). A document whose id was
already written is dropped: quietly when its text is the same (a print version), else with a
"duplicate_id" error record naming both files.

Writes one JSON line per fact to FACTS (default: {DEFAULT_FACTS_PATH} in the current folder;
"-o -" = standard output), one JSON line per document to --docs if given, and one JSON line per
input that could not be processed to --errors (default: beside FACTS, "facts.jsonl" ->
"facts.errors.jsonl"; standard error when FACTS is standard output or a special file such as
/dev/null).

A summary (inputs, documents, duplicates, skipped pages, errors by kind, facts by type, words,
speed) is printed on standard error at the end.

Output files are written under a temporary name beside them (".FACTS.partial") and renamed when
the run completes, so an existing file is never truncated. An output that already exists and is
an input file, or lies inside an input folder, is refused (exit 2) unless --overwrite is given.

While it runs, a journal beside FACTS ("FACTS.journal") records each finished input; a run that
is killed, stopped by Ctrl-C or by a full disk continues with --resume (the exact command is
printed), and the files end byte for byte as an uninterrupted run's. A run without --resume
refuses to start over an existing journal. The output is the same whatever --workers is, and
with --dask.

Exit codes: 0 run completed (even if error records were written); 2 usage error (bad option,
unknown fact type, none of the paths exists, an output that would replace an input, a journal in
the way, --resume refused because the inputs or options changed); 3 an output file cannot be
written (the journal is kept: fix, then --resume); 4 the Dask cluster failed (the journal is
kept); 5 no document extracted: no input found, or every input failed or was skipped (0 with
--allow-empty); 6 the NLP pipeline cannot be built (a rule file or saved pipeline that cannot be
read) or, in the middle of a run, refreshed, here, in a worker or on a Dask worker: the reason
is printed; the journal is kept; 7 a worker process
died (killed from outside, as by the kernel's out-of-memory killer, or crashed): the run stops
within seconds, says how it ended, and keeps the journal (--resume, perhaps with fewer
--workers); 130 stopped by Ctrl-C (the journal is kept: --resume).
"""

_EVALUATE_HELP = """Score extracted facts against gold annotations.

GOLD and FACTS are JSON-lines files of fact records (FACTS as written by `extract`). Prints
precision, recall and F1 per fact type, field accuracy, and the false positives / negatives.

Exit codes: 0 report printed; 2 an input file is missing, malformed or holds other records than
facts, or nothing to score (GOLD empty without --docs, or --docs naming no document).
"""


_EXAMPLES = {
    "extract": [
        "extract corpus/    # facts.jsonl and facts.errors.jsonl in the current folder",
        "extract archive/ -o out/facts.jsonl --docs out/docs.jsonl --workers 2",
        "extract archive/ -o out/facts.jsonl --docs out/docs.jsonl --workers 2 --resume",
        "extract speeches.csv --text-column body --types money,percentage -o facts.jsonl",
        "extract speech.txt -o - | head",
    ],
    "evaluate": [
        "speechfacts evaluate gold.jsonl facts.jsonl",
        "speechfacts evaluate gold.jsonl facts.jsonl --docs @dev_docs.txt --json > scores.json",
    ],
    "schema": [
        "speechfacts schema fact > fact.schema.json",
        "speechfacts schema    # both schemas in one JSON object",
    ],
    "load": [
        "speechfacts load facts.jsonl --docs docs.jsonl    # into facts.db (SQLite)",
        "speechfacts load facts.jsonl --docs docs.jsonl --db postgresql://me@localhost/speeches",
    ],
    "show": [
        "speechfacts show corpus/70001.html -o page.html",
        "speechfacts show --facts facts.jsonl --docs docs.jsonl 70001 -o page.html",
    ],
    "export": [
        "speechfacts export facts.jsonl --docs docs.jsonl -o facts.parquet",
        "speechfacts export facts.jsonl -o facts.csv --bom    # for spreadsheets",
    ],
    "report": ["speechfacts report facts.jsonl --docs docs.jsonl -o report.html"],
    "series": [
        "speechfacts series facts.jsonl --docs docs.jsonl -o series.jsonl",
        "speechfacts series facts.jsonl --docs docs.jsonl --subject trade --scope CN -o cn.csv",
    ],
}


app = typer.Typer(
    name="speechfacts",
    help="Turn archives of official speeches into JSON-lines fact records.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _help(text: str, examples: list[str]) -> str:
    """A command's help as the terminal shows it: each paragraph of `text` on one line, for the
    terminal's width to wrap (Typer keeps the line ends of a docstring, which gives ragged lines
    in any other width than they were written for), then the examples, one command a line."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    reflowed = "\n\n".join(" ".join(p.split()) for p in paragraphs)
    # Typer reads a help as Rich markup, which would swallow "[report]" in "speechfacts[report]"
    try:
        from rich.markup import escape
    except ImportError:  # without Rich, Typer shows the text as it is
        escape = str
    return escape(reflowed) + "\n\nExamples:\n\n" + "\n".join(examples)


def _print_version(value: bool) -> None:
    if value:
        from pipeline import __version__
        from pipeline.records import SCHEMA_VERSION

        typer.echo(f"speechfacts {__version__} (records: schema {SCHEMA_VERSION})")
        raise typer.Exit()


_VERSION_OPTION = typer.Option(
    "--version",
    callback=_print_version,
    is_eager=True,
    help="Print the version of speechfacts (and of its records' schema) and exit.",
)


# what Ctrl-C leaves behind, for the commands that do not say it themselves (extract does)
_INTERRUPTED = {
    "load": "the batches committed before it stay in the database; loading the same files "
    "again is safe",
    "extract": "stopped outside the run, before it started or once its files were complete; "
    "run the command again if no summary was printed",
}
_NOTHING_WRITTEN = "no output file was written or changed; run the command again"


def versioned(command: Callable[..., Any]) -> Callable[..., Any]:
    """`command` with a `--version` option (printed before anything else is checked), and a
    message for Ctrl-C (exit 130) that says what was left."""

    @functools.wraps(command)
    def wrapper(*args: Any, version: bool = False, **kwargs: Any) -> Any:
        try:
            with command_running():  # before and after it, pipeline.entry says what Ctrl-C left
                return command(*args, **kwargs)
        except KeyboardInterrupt:
            left = _INTERRUPTED.get(command.__name__, _NOTHING_WRITTEN)
            typer.echo(f"\nInterrupted (Ctrl-C): {left}.", err=True)
            raise typer.Exit(EXIT_INTERRUPTED) from None

    # the annotations resolved here (they are strings under `from __future__ import annotations`,
    # and Typer reads its options from them)
    hints = typing.get_type_hints(command, include_extras=True)
    signature = inspect.signature(command)
    parameters = [
        p.replace(annotation=hints.get(p.name, p.annotation)) for p in signature.parameters.values()
    ]
    option = inspect.Parameter(
        "version",
        inspect.Parameter.KEYWORD_ONLY,
        default=False,
        annotation=Annotated[bool, _VERSION_OPTION],
    )
    wrapper.__signature__ = signature.replace(parameters=[*parameters, option])
    wrapper.__annotations__ = {**hints, "version": option.annotation}
    return wrapper


@app.callback()
def _main(version: Annotated[bool, _VERSION_OPTION] = False) -> None:
    """Turn archives of official speeches into JSON-lines fact records."""


def _usage_error(message: str) -> typer.Exit:
    typer.echo(f"Error: {message}", err=True)
    return typer.Exit(EXIT_USAGE)


class IdPrefix(StrEnum):
    none = "none"
    file = "file"


def _command_line(ctx: typer.Context, extra: list[str]) -> str:
    """The command as it was invoked (the PATHs, and every option that differs from its default,
    with the value given), plus the options in `extra`: what to type to run it again."""
    head = ctx.command_path.split()
    positional: list[str] = []
    options: list[str] = []
    for param in ctx.command.params:
        value = ctx.params.get(param.name)
        if param.param_type_name == "argument":
            positional += [str(v) for v in value or ()]
            continue
        if value is None or value == param.default or (param.multiple and not value):
            continue
        option = max(param.opts, key=len)  # the long name reads better
        if isinstance(value, Enum):
            value = value.value
        if getattr(param, "is_flag", False):
            options += [option] if value else []
        elif param.multiple:
            for item in value:
                options += [option, str(item)]
        else:
            options += [option, str(value)]
    options += [word for word in extra if word not in options]
    if any(p.startswith("-") for p in positional):
        return shlex.join(head + options + ["--"] + positional)
    return shlex.join(head + positional + options)


# outputs that extract does not write: it writes JSON lines, which `export` turns into these
_TABLE_EXTENSIONS = {".csv": "CSV", ".tsv": "CSV", ".parquet": "Parquet", ".pq": "Parquet"}
_NOT_WRITTEN = {".xlsx": "Excel", ".xls": "Excel", ".db": "a database", ".duckdb": "a database"}
_SERIES_EXTENSIONS = (".csv", ".jsonl")  # `series -o`: CSV, else JSON lines


def _table_format_refusal(option: str, target: str | None) -> str | None:
    """Why extract refuses an output named as another format (it would hold JSON lines), with
    the command that does write that format; None for a JSON-lines name."""
    if target is None or target == STDOUT:
        return None
    ext = os.path.splitext(target)[1].lower()
    jsonl = os.path.splitext(target)[0] + ".jsonl"
    if ext in _TABLE_EXTENSIONS:
        return (
            f"{option} {target}: extract writes JSON lines, not {_TABLE_EXTENSIONS[ext]}; write "
            f"{jsonl}, then: speechfacts export {jsonl} -o {target}"
        )
    if ext in _NOT_WRITTEN:
        return (
            f"{option} {target}: extract writes JSON lines, not {_NOT_WRITTEN[ext]}; write "
            f"{jsonl}, then see `speechfacts export --help` (Parquet, CSV) and "
            "`speechfacts load --help` (SQLite, PostgreSQL, DuckDB)"
        )
    return None


def extract(
    ctx: typer.Context,
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH...",
            help="Input files or folders. A path that does not exist gives an error record; "
            "if none of them exists, nothing is run (exit 2).",
            show_default=False,
        ),
    ],
    output: Annotated[
        str,
        typer.Option(
            "--output",
            "-o",
            metavar="FACTS.jsonl",
            help='Fact records, one JSON line per fact. "-" = standard output.',
        ),
    ] = DEFAULT_FACTS_PATH,
    docs: Annotated[
        str | None,
        typer.Option(
            "--docs",
            metavar="DOCS.jsonl",
            help="Also write one document record per document (metadata, speakers, word and "
            'fact counts, cleaned text). "-" = standard output. Not written by default.',
            show_default=False,
        ),
    ] = None,
    errors: Annotated[
        str | None,
        typer.Option(
            "--errors",
            metavar="ERRORS.jsonl",
            help="Error records, one JSON line per input that could not be processed. Default: "
            'beside FACTS with ".errors.jsonl" in place of ".jsonl"; standard error when FACTS '
            'is "-" or a special file such as /dev/null.',
            show_default=False,
        ),
    ] = None,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            "-w",
            min=1,
            metavar="N",
            help="Worker processes. The output is identical whatever N is.",
        ),
    ] = 1,
    types: Annotated[
        str | None,
        typer.Option(
            "--types",
            "-t",
            metavar="TYPE,...",
            help=f"Fact types to extract, comma-separated, from: {', '.join(FACT_TYPES)}. "
            "Default: all but quantity, which is opt-in (--types money,percentage,"
            "country_count,event,quantity).",
            show_default=False,
        ),
    ] = None,
    max_bytes: Annotated[
        int,
        typer.Option(
            "--max-bytes",
            min=1,
            metavar="N",
            help="Larger input files are not read; they give a 'too_large' error record.",
        ),
    ] = DEFAULT_MAX_BYTES,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet",
            "-q",
            help="No progress bar, no summary and no hints (the progress bar is only ever "
            "shown when standard error is a terminal).",
        ),
    ] = False,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume",
            help="Continue an interrupted run (killed, stopped by Ctrl-C or by a full disk) "
            'from its journal ("FACTS.journal", kept beside FACTS until a run completes). The same '
            "PATHs and options must be given; the files end as an uninterrupted run's. "
            "Without a journal, the run starts from the beginning.",
        ),
    ] = False,
    text_column: Annotated[
        str | None,
        typer.Option(
            "--text-column",
            metavar="NAME",
            help="CSV column or JSON field holding the text. Default: the first of text, "
            "content, body, transcript (case ignored).",
            show_default=False,
        ),
    ] = None,
    id_column: Annotated[
        str | None,
        typer.Option(
            "--id-column",
            metavar="NAME",
            help="CSV column or JSON field holding the document id. Default: id, else url; "
            "without either, FILE-LINE.",
            show_default=False,
        ),
    ] = None,
    date_column: Annotated[
        str | None,
        typer.Option(
            "--date-column",
            metavar="NAME",
            help="CSV column or JSON field holding the date. Default: date.",
            show_default=False,
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            metavar="DATE",
            help="The date of documents that give none (no date field, front matter or date "
            'line), e.g. 2013-03-22 or "March 22, 2013".',
            show_default=False,
        ),
    ] = None,
    title: Annotated[
        str | None,
        typer.Option(
            "--title",
            metavar="TEXT",
            help="The title of documents that give none.",
            show_default=False,
        ),
    ] = None,
    date_order: Annotated[
        str | None,
        typer.Option(
            "--date-order",
            metavar="DMY|MDY",
            help='How to read numeric dates that both orders read ("03/04/2013"). Default: '
            "such a date is left empty, with an ambiguous_date warning naming the file and line.",
            show_default=False,
        ),
    ] = None,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            metavar="ADDRESS",
            help="Run on a Dask distributed cluster: the scheduler's address "
            '("tcp://host:8786") or its scheduler file ("*.json"). Workers need speechfacts '
            "installed and must see the input paths. --workers is then ignored.",
            show_default=False,
        ),
    ] = None,
    overwrite: Annotated[
        bool,
        typer.Option(
            "--overwrite",
            help="Allow an output that already exists as an input file, or inside an input "
            "folder, to be replaced when the run completes (it is read first, like any input). "
            "Without it such a run is refused (exit 2).",
        ),
    ] = False,
    include: Annotated[
        list[str] | None,
        typer.Option(
            "--include",
            metavar="GLOB",
            help="In folders, read only the files matching GLOB (repeatable; format from the "
            "extension, else the content) instead of the known formats. A GLOB without '/' "
            "matches the file name at any depth, one with '/' the path in the folder.",
            show_default=False,
        ),
    ] = None,
    exclude: Annotated[
        list[str] | None,
        typer.Option(
            "--exclude",
            metavar="GLOB",
            help="In folders, do not read the files or folders matching GLOB (repeatable; e.g. "
            "--exclude README.md --exclude 'drafts'). They are counted as 'excluded'.",
            show_default=False,
        ),
    ] = None,
    id_prefix: Annotated[
        IdPrefix,
        typer.Option(
            "--id-prefix",
            help='"file": the ids of JSON, JSON-lines and CSV records get their file\'s path in '
            'front, "2013.jsonl#1", for files whose ids are only row numbers. "none": records '
            "keep their ids.",
        ),
    ] = IdPrefix.none,
    allow_empty: Annotated[
        bool,
        typer.Option(
            "--allow-empty",
            help="Exit 0, not 5, when no document was extracted (no input found, or every "
            "input failed or was skipped), for scripts that expect it.",
        ),
    ] = False,
) -> None:
    from pipeline import runner
    from pipeline.journal import JournalExists, ResumeError

    _exit_without_final_collection()
    runner.freeze_nlp_imports()  # this process extracts and nothing else
    runner.one_blas_thread()  # before numpy is imported, here and in the pool's workers
    runner.quiet_resource_tracker()  # before the pool starts: a kill -9 leaves no warning
    try:
        wanted = normalize_types(types)
    except ValueError as exc:
        raise _usage_error(f"invalid value for '--types': {exc}") from None
    ingest = _ingest_options(text_column, id_column, date_column, date, title, date_order)
    if not paths:
        raise _usage_error("no PATH given")
    if dask is not None and dask.startswith("-"):
        # "--dask --workers 2" would take "--workers" for the address and "2" for a PATH,
        # then fail on the cluster with a journal left behind: refuse it before anything starts
        raise _usage_error(
            f"--dask needs the scheduler's address or scheduler file, got the option {dask!r}"
        )
    if "-" in paths and not os.path.lexists("-"):
        raise _usage_error(
            "PATH '-': extract reads files and folders, not standard input; save the text to a "
            "file (e.g. speech.txt) and name that file"
        )
    if not any(os.path.lexists(p) for p in paths):
        named = ", ".join(repr(p) if not p.strip() or p != p.strip() else p for p in paths)
        raise _usage_error(f"none of the given paths exists: {named}")

    for option, target in (("--output", output), ("--docs", docs), ("--errors", errors)):
        refusal = _table_format_refusal(option, target)
        if refusal is not None:
            raise _usage_error(refusal)
    # the other output checks are runner.run's (two on standard output, two in one file, one
    # that is an input): a refused output is a ValueError, reported below as a usage error
    errors_target = errors if errors is not None else default_errors_path(output)
    journal = journal_path(output)

    def resume_advice(intro: str) -> None:
        if os.path.exists(journal):
            command = _command_line(ctx, ["--resume"])
            typer.echo(f"{intro}: the journal {journal} is kept; continue with:", err=True)
            typer.echo(f"  {command}", err=True)

    try:
        summary = runner.run(
            paths,
            facts_out=output,
            docs_out=docs,
            errors_out=errors_target,
            workers=workers,
            types=wanted,
            max_bytes=max_bytes,
            progress=not quiet,
            resume=resume,
            dask_address=dask,
            overwrite=overwrite,
            include=include or (),
            exclude=exclude or (),
            id_prefix=id_prefix.value,
            ingest=ingest,
        )
    except JournalExists as exc:
        typer.echo(f"Error: {exc}", err=True)
        resume_advice("To continue")
        raise typer.Exit(EXIT_USAGE) from None
    except (ResumeError, ValueError) as exc:
        raise _usage_error(str(exc)) from None
    except OutputError as exc:
        typer.echo(f"Error: {exc}", err=True)
        resume_advice("Once that is fixed")
        raise typer.Exit(EXIT_OUTPUT) from None
    except ClusterError as exc:
        typer.echo(f"Error: {exc}", err=True)
        resume_advice("Once the cluster works")
        raise typer.Exit(EXIT_CLUSTER) from None
    except PipelineError as exc:
        typer.echo(f"Error: {exc}", err=True)
        if os.path.exists(journal):
            resume_advice("Once that is fixed")
        raise typer.Exit(EXIT_PIPELINE) from None
    except WorkerDied as exc:
        typer.echo(f"Error: {exc}", err=True)
        if os.path.exists(journal):
            resume_advice("To continue (with fewer --workers if memory ran short)")
        raise typer.Exit(EXIT_WORKER) from None
    except KeyboardInterrupt:
        typer.echo("\nInterrupted (Ctrl-C).", err=True)
        if os.path.exists(journal):
            resume_advice("Stopped cleanly")
        else:
            typer.echo("Nothing to resume: run the command again.", err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    if not quiet:
        from pipeline.display import print_summary

        print_summary(summary.items(), summary.format())
        for hint in summary.hints():
            typer.echo(f"hint: {hint}", err=True)
    empty = summary.nothing_extracted()
    if empty is not None:
        if not allow_empty:
            typer.echo(f"Error: {empty} (exit {EXIT_EMPTY}; --allow-empty accepts it)", err=True)
            raise typer.Exit(EXIT_EMPTY)
        if not quiet:
            typer.echo(f"note: {empty}", err=True)


def _exit_without_final_collection() -> None:
    """At the interpreter's exit, skip its last garbage collection over every object still
    alive: after a run with spaCy loaded that walk takes about 0.3 s, a sixth of a one-file run.
    Nothing is lost: the outputs are closed and renamed before the command returns, standard
    output and error are flushed and the atexit functions run as before; only memory that the
    operating system takes back anyway is left unfreed (`gc.freeze`, registered to run first)."""
    atexit.unregister(gc.freeze)  # once per process, however many runs a test makes in it
    atexit.register(gc.freeze)


def _ingest_options(
    text_column: str | None,
    id_column: str | None,
    date_column: str | None,
    date: str | None,
    title: str | None,
    date_order: str | None,
):
    """The run's IngestOptions; a usage error for a --date that is no date or a bad order."""
    from pipeline import runner

    runner.import_ingestion()  # the collector paused while it loads, in an extracting process
    from pipeline.ingest.options import IngestOptions

    if date_order is not None or date is not None:
        # the date reader, only for the options that need it: an HTML run never imports it
        from pipeline.ingest.dates import DATE_ORDERS, read_date
    order = date_order.upper() if date_order is not None else None
    if order is not None and order not in DATE_ORDERS:
        raise _usage_error(f"invalid value for '--date-order': {date_order!r} (DMY or MDY)")
    iso = None
    if date is not None:
        reading = read_date(date, order)
        if reading.iso is None:
            raise _usage_error(f"invalid value for '--date': {reading.reason or repr(date)}")
        iso = reading.iso
    for name, value in (
        ("--text-column", text_column),
        ("--id-column", id_column),
        ("--date-column", date_column),
        ("--title", title),
    ):
        if value is not None and not value.strip():
            raise _usage_error(f"invalid value for '{name}': empty")
    return IngestOptions(
        text_column=text_column,
        id_column=id_column,
        date_column=date_column,
        date=iso,
        title=" ".join(title.split()) if title is not None else None,
        date_order=order,
    )


app.command("extract", help=_help(_EXTRACT_HELP, _EXAMPLES["extract"]), no_args_is_help=True)(
    versioned(extract)
)


@app.command("evaluate", help=_help(_EVALUATE_HELP, _EXAMPLES["evaluate"]), no_args_is_help=True)
@versioned
def evaluate(
    gold: Annotated[
        str, typer.Argument(metavar="GOLD.jsonl", help="Gold fact records (JSON lines).")
    ],
    facts: Annotated[
        str,
        typer.Argument(metavar="FACTS.jsonl", help="Extracted fact records (JSON lines)."),
    ],
    docs: Annotated[
        str | None,
        typer.Option(
            "--docs",
            metavar="@FILE|ID,...",
            help="Documents to score: @FILE (one doc_id per line, # comments allowed) or a "
            "comma-separated list of doc_ids. Default: the documents that appear in GOLD.",
            show_default=False,
        ),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the full result as JSON instead of a report.")
    ] = False,
) -> None:
    from pipeline import evaluate as ev

    try:
        gold_records = ev.load_jsonl(gold, facts=True)
        predicted = ev.load_jsonl(facts, facts=True)
        doc_ids = ev.read_doc_list(docs) if docs is not None else None
    except OSError as exc:
        raise _usage_error(f"cannot read {exc.filename}: {exc.strerror}") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise _usage_error(str(exc)) from None
    # scores over no document would read as a zero F1
    if doc_ids is None and not gold_records:
        raise _usage_error(
            f"nothing to score: {gold} holds no fact record (give the pages to score with --docs)"
        )
    if doc_ids == []:
        raise _usage_error(f"nothing to score: --docs {docs} names no document")
    result = ev.evaluate(gold_records, predicted, doc_ids)
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        typer.echo(ev.format_report(result))


# --- speechfacts schema / load (docs: README "Databases", docs/CHANGELOG-schema.md) -------------

EXIT_BAD_LINES = 1  # load: finished, but some lines were bad and skipped
EXIT_DATABASE = 3  # load: the database cannot be opened or written (like extract's output code)
EXIT_STOPPED = 4  # load --strict: stopped at the first bad line

_SCHEMA_HELP = """Print the JSON Schema (Draft 2020-12) of fact records, document records, or both.

NAME is "fact" or "document": that schema is printed exactly as shipped in the package
(pipeline/schema/NAME.schema.json). Without NAME, one JSON object with both:
{"fact": {...}, "document": {...}}. Every record carries "schema_version"; the schemas are the
contract of that version (what changes a version: docs/CHANGELOG-schema.md).

Exit codes: 0 printed; 2 unknown NAME.
"""

_LOAD_HELP = """Load fact records, and optionally document records, into a database: SQLite,
PostgreSQL or DuckDB.

FACTS is a JSON-lines file of fact records as written by `extract` ("-" = standard input);
--docs adds the document records (written by `extract --docs`). The tables `documents` (primary
key doc_id) and `facts` (primary key fact_id) are created if missing, with one column per record
field and indexes for type, unit, period, speaker and document date.

Loading is idempotent: loading the same files again leaves the same rows. A newer run of the same
documents replaces their facts instead of adding to them: the facts already stored for a document
that appears in this load (in DOCS, else in FACTS) are deleted before its new facts are written,
so a document in DOCS that has no facts any more loses its old ones.

The files are streamed and written in batches of --batch-size lines, one transaction per batch,
ending where a document's lines end: a failure never leaves half a batch or half a document's facts
in the database (earlier batches stay loaded; loading again is safe).

A line that is not UTF-8 or JSON, does not match the record's schema (`speechfacts schema`), or is
refused by the database is reported on standard error as FILE:LINE: reason and skipped; with
--strict the load stops there instead, and nothing of that line's batch is written.

Facts whose document has no row in the documents table (loaded without --docs, or with a
documents file that does not hold it) are left out by queries that join the two tables: the
summary counts them ("orphans") and a warning says what to load, also with --quiet; the exit code
stays 0.

Exit codes: 0 every line loaded; 1 the load finished but some lines were bad (reported, not
loaded); 2 usage error (bad option, input file missing or unreadable, unsupported --db URL, a
file of the other kind of records: DOCS given as FACTS, FACTS as --docs, or an errors file); 3
database error (cannot connect or write, psycopg or duckdb missing, database made for another
schema version): the batch in progress was rolled back; 4 stopped at a bad line (--strict).
"""


@app.command("schema", help=_help(_SCHEMA_HELP, _EXAMPLES["schema"]))
@versioned
def schema(
    name: Annotated[
        str | None,
        typer.Argument(
            metavar="[fact|document]",
            help="Which schema; default: both, as one JSON object.",
            show_default=False,
        ),
    ] = None,
) -> None:
    from pipeline import schemas

    if name is None:
        both = {n: schemas.load_schema(n) for n in schemas.SCHEMA_NAMES}
        typer.echo(json.dumps(both, ensure_ascii=False, indent=2))
        return
    try:
        typer.echo(schemas.schema_text(name), nl=False)
    except KeyError:
        raise _usage_error(
            f"no schema named {name!r}; choose from {', '.join(schemas.SCHEMA_NAMES)}"
        ) from None


@app.command("load", help=_help(_LOAD_HELP, _EXAMPLES["load"]), no_args_is_help=True)
@versioned
def load(
    facts: Annotated[
        str,
        typer.Argument(
            metavar="FACTS.jsonl",
            help='Fact records (JSON lines), as written by `extract`. "-" = standard input.',
            show_default=False,
        ),
    ],
    docs: Annotated[
        str | None,
        typer.Option(
            "--docs",
            metavar="DOCS.jsonl",
            help="Document records (JSON lines), as written by `extract --docs`; loaded first.",
            show_default=False,
        ),
    ] = None,
    db: Annotated[
        str,
        typer.Option(
            "--db",
            metavar="URL",
            envvar="SPEECHFACTS_DB",
            help="sqlite:///relative.db, sqlite:////absolute.db (or a bare path) for SQLite; "
            "duckdb:///relative.duckdb, duckdb:////absolute.duckdb (or a bare path ending in "
            ".duckdb or .ddb) for DuckDB (needs the 'duckdb' extra); "
            "postgresql://user@host:port/dbname for PostgreSQL (needs the 'postgres' extra; "
            "libpq's PG* environment variables and ~/.pgpass work, so the password need not "
            "be on the command line).",
        ),
    ] = DEFAULT_URL,
    batch_size: Annotated[
        int,
        typer.Option(
            "--batch-size",
            "-b",
            min=1,
            metavar="N",
            help="Lines per transaction (more when the last document's lines go on: the "
            "consecutive lines of one document are never split between transactions).",
        ),
    ] = DEFAULT_BATCH_SIZE,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict",
            help="Stop at the first bad line (exit 4) instead of reporting and skipping it.",
        ),
    ] = False,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet",
            "-q",
            help="No progress bar and no summary (bad lines, and facts without their "
            "documents, are still reported).",
        ),
    ] = False,
) -> None:
    from pipeline import db as dbs
    from pipeline.display import ProgressBar, print_summary, stderr_is_terminal
    from pipeline.load import (
        InputUnreadable,
        Loader,
        LoadFailed,
        StrictStop,
        WrongRecords,
        check_record_kinds,
    )

    for path in (docs, facts):
        if path is not None and path != "-" and not os.path.isfile(path):
            raise _usage_error(f"not a readable file: {path}")
    if docs == "-" and facts == "-":
        raise _usage_error("only one input can be standard input ('-')")
    try:
        check_record_kinds(facts, docs)
    except WrongRecords as exc:
        raise _usage_error(f"{exc}{_wrong_records_advice(exc, facts, docs)}") from None
    except InputUnreadable as exc:
        raise _usage_error(str(exc)) from None
    try:
        database = dbs.connect(db)
    except dbs.UnsupportedURL as exc:
        raise _usage_error(f"invalid value for '--db': {exc}") from None
    except dbs.DatabaseError as exc:
        typer.echo(f"Error: {exc}", err=True)
        raise typer.Exit(EXIT_DATABASE) from None

    def report(bad) -> None:
        bar.close()  # the bar would be drawn over the report
        typer.echo(str(bad), err=True)

    sizes = [os.path.getsize(p) for p in (docs, facts) if p is not None and p != "-"]
    bar = ProgressBar(
        None if "-" in (docs, facts) else max(1, sum(sizes) // 1000),  # stdin: size unknown
        "kB",
        counts=("rows",),
        enabled=not quiet and stderr_is_terminal(),
        description="load",
    )

    def progress(read: int, loaded: int) -> None:
        bar.update(read // 1000, rows=loaded)

    with database, bar:
        loader = Loader(
            database,
            batch_size=batch_size,
            strict=strict,
            on_bad_line=report,
            on_progress=progress,
        )
        try:
            result = loader.load(facts, docs)
        except StrictStop as exc:
            typer.echo(f"Error: {exc}", err=True)
            raise typer.Exit(EXIT_STOPPED) from None
        except (LoadFailed, dbs.DatabaseError) as exc:
            typer.echo(f"Error: {exc}", err=True)
            raise typer.Exit(EXIT_DATABASE) from None
        except InputUnreadable as exc:
            typer.echo(f"Error: {exc}", err=True)
            raise typer.Exit(EXIT_USAGE) from None
    if not quiet:
        print_summary(result.items(), result.format())
    orphans = result.orphan_warning()
    if orphans is not None:  # also with --quiet: the tables do not join as the user expects
        typer.echo(f"warning: {orphans}", err=True)
    if result.bad:
        raise typer.Exit(EXIT_BAD_LINES)


def _wrong_records_advice(exc, facts: str, docs: str | None) -> str:
    """What to type instead, for a load whose FACTS or --docs holds the other kind of records."""
    if exc.swapped:
        return f": the two files are swapped (speechfacts load {docs} --docs {facts})"
    if exc.other == "document":
        return f": give it as --docs (speechfacts load FACTS.jsonl --docs {exc.path})"
    if exc.other == "fact":
        return f": give it as FACTS (speechfacts load {exc.path} --docs DOCS.jsonl)"
    return ""


# --- speechfacts export (docs: README "Parquet, CSV and DuckDB") -------------------------------

EXIT_BAD_RECORD = 1  # export: an input line is not a valid record; nothing was written
EXIT_MISSING_EXTRA = 4  # export: pyarrow (the 'parquet' extra) is not installed

_EXPORT_HELP = """Write fact records, and optionally document records, as Parquet or CSV files.

FACTS and DOCS are JSON-lines files as written by `extract -o FACTS.jsonl --docs DOCS.jsonl`.
OUT names the facts file; its extension gives the format (.parquet or .csv; --format forces
one). The documents go to --docs-output, by default "documents.parquet" (or .csv) beside OUT.
One column per record field, in the record's order.

Parquet (needs the 'parquet' extra, pyarrow): typed from the JSON Schema (speechfacts schema):
integers int64, numbers double, dates date32, lists as lists, participants and fact_counts as
structs, nullable where the schema allows null; zstd-compressed. Read by pandas, Polars, R's
arrow and DuckDB. CSV: UTF-8 (--bom adds the byte-order mark some spreadsheets want), a header
row, RFC 4180 quoting, null as an empty cell, lists and objects as JSON text.

The input is streamed and checked against the schema line by line. Every output is written under
a temporary name and renamed when all are complete: an input line that is not a valid record, a
missing extra or a failed write leaves no output file (an earlier file stays as it was).

Exit codes: 0 written; 1 an input line is not a valid record (FILE:LINE: reason; nothing
written); 2 usage error (input missing or unreadable, unknown format, an output that is an input,
a folder or "-"); 3 an output cannot be written; 4 pyarrow is not installed (Parquet).
"""


class ExportFormat(StrEnum):
    parquet = "parquet"
    csv = "csv"


@app.command("export", help=_help(_EXPORT_HELP, _EXAMPLES["export"]), no_args_is_help=True)
@versioned
def export(
    facts: Annotated[
        str,
        typer.Argument(
            metavar="FACTS.jsonl",
            help="Fact records (JSON lines), as written by `extract`.",
            show_default=False,
        ),
    ],
    output: Annotated[
        str,
        typer.Option(
            "--output",
            "-o",
            metavar="OUT.parquet|OUT.csv",
            help="The facts file to write; the format comes from its extension.",
            show_default=False,
        ),
    ],
    docs: Annotated[
        str | None,
        typer.Option(
            "--docs",
            metavar="DOCS.jsonl",
            help="Also export these document records (as written by `extract --docs`).",
            show_default=False,
        ),
    ] = None,
    docs_output: Annotated[
        str | None,
        typer.Option(
            "--docs-output",
            metavar="PATH",
            help='Where the documents go. Default: "documents.parquet" (or .csv) beside OUT.',
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        ExportFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="The format, whatever the extensions say.",
            show_default=False,
        ),
    ] = None,
    bom: Annotated[
        bool,
        typer.Option("--bom", help="CSV: start with a UTF-8 byte-order mark (for Excel)."),
    ] = False,
    quiet: Annotated[
        bool,
        typer.Option("--quiet", "-q", help="No progress bar and no summary."),
    ] = False,
) -> None:
    from pipeline import export as ex
    from pipeline.display import ProgressBar, print_summary, stderr_is_terminal

    for path in (docs, facts):
        if path is not None and not os.path.isfile(path):
            raise _usage_error(f"not a readable file: {path}")
    sizes = [os.path.getsize(p) for p in (docs, facts) if p is not None]
    bar = ProgressBar(
        max(1, sum(sizes) // 1000),
        "kB",
        counts=("rows",),
        enabled=not quiet and stderr_is_terminal(),
        description="export",
    )
    read_by_kind: dict[str, int] = {}
    rows_by_kind: dict[str, int] = {}

    def progress(kind: str, read: int, total: int | None, rows: int) -> None:
        read_by_kind[kind], rows_by_kind[kind] = read, rows
        bar.update(sum(read_by_kind.values()) // 1000, rows=sum(rows_by_kind.values()))

    try:
        with bar:
            result = ex.export(
                facts,
                output,
                docs=docs,
                docs_out=docs_output,
                fmt=fmt.value if fmt else None,
                bom=bom,
                progress=progress,
            )
    except ex.ExportUsageError as exc:
        raise _usage_error(str(exc)) from None
    except ex.InputUnreadable as exc:
        raise _usage_error(str(exc)) from None
    except ex.BadRecord as exc:
        typer.echo(f"Error: {exc} (nothing was written)", err=True)
        raise typer.Exit(EXIT_BAD_RECORD) from None
    except ex.MissingExtra as exc:
        typer.echo(f"Error: {exc}", err=True)
        raise typer.Exit(EXIT_MISSING_EXTRA) from None
    except OutputError as exc:
        typer.echo(f"Error: {exc}", err=True)
        raise typer.Exit(EXIT_OUTPUT) from None
    if not quiet:
        print_summary(result.items(), result.format_text())


# speechfacts show / report: views for a person (pipeline/view; heavy imports only when run)
app.command("show", help=_help(_view.SHOW_HELP, _EXAMPLES["show"]), no_args_is_help=True)(
    versioned(_view.show)
)
app.command("report", help=_help(_view.REPORT_HELP, _EXAMPLES["report"]), no_args_is_help=True)(
    versioned(_view.report)
)


# --- speechfacts series -------------------------------------------------------------------------

_SERIES_HELP = """Figures across speeches: the same measure as a series, and its restatements.

FACTS and DOCS are files written by `extract` (DOCS gives each point its URL). A series is every
money or percentage fact with the same subject_key, scope, unit (with "/barrel" for prices per
unit) and measure ("level", or "change" for a rise or fall); each point has its year (the fact's
period, else its document's year), value, high, qualifier, speaker, date, doc_id, url, sentence
and stated (whether that year is written in the sentence).
Restatements: points of one series for the same year, from different documents, whose values
cannot both be true given their qualifiers ("over $15 billion" and "$15.3 billion" agree, "$15
billion" and "$13 billion" do not).

By default only national measures make series (models/rules/measures.json `series_measures`:
trade with a scope, GDP, inflation, arms exports, ...), and figures without a scope in documents
about one Russian region or company are left out; --all-keys makes series of every subject key.

The sentence decides more (models/rules/series.json): a figure for part of a year ("in the first
quarter", "in April") or several years ("since 2000") goes to a series of its own (`span`: year,
part, years); a hypothetical effect ("would increase GDP by 1.5 percent") to none; a forecast
or a target (the fact's `outlook`: "will reach", "is expected to", "the target is") to none
unless --outlook gives it a series of its own; a figure
without a scope that a foreign speaker gave, or whose sentence names another country as its
owner, to that country's series; one of a region or an organisation ("regions", "their", a
company head's) to no national series.

Output by the extension of -o: .jsonl (one series a line, largest first; also to standard
output, "-" or no -o, and to a device or pipe such as /dev/stdout) or .csv (one point a row,
with `stated`: true when the year is written in the sentence, false when --unstated placed it,
and `outlook`: forecast, target or empty);
any other name is refused. Exit codes: 0 written; 2 an input file is missing or not JSON lines,
or the output is an input or named other than .csv/.jsonl; 3 the output cannot be written.
"""


@app.command("series", help=_help(_SERIES_HELP, _EXAMPLES["series"]), no_args_is_help=True)
@versioned
def series(
    facts: Annotated[str, typer.Argument(metavar="FACTS.jsonl", help="Fact records.")],
    docs: Annotated[
        str | None, typer.Option("--docs", metavar="DOCS.jsonl", help="Document records.")
    ] = None,
    output: Annotated[
        str, typer.Option("--output", "-o", metavar="series.csv|series.jsonl", help='"-" = stdout.')
    ] = STDOUT,
    subject: Annotated[
        str | None,
        typer.Option(
            help="Only series whose key is this text's key, or contains it.", show_default=False
        ),
    ] = None,
    scope: Annotated[
        str | None,
        typer.Option(
            metavar="CODE",
            help='Only series of this scope (ISO code or region; "" = the series without one: '
            "no place named with the figure, most likely the home country's, but a figure "
            'naming Russia is "RU").',
            show_default=False,
        ),
    ] = None,
    min_points: Annotated[
        int, typer.Option(min=1, metavar="N", help="Fewest points a series may have.")
    ] = 2,
    all_keys: Annotated[
        bool, typer.Option(help="Every subject key, not only the national measures.")
    ] = False,
    unstated: Annotated[
        bool,
        typer.Option(
            help="Also place the figures whose sentence writes no year, at their document's "
            'year: a guess ("inflation was 4 percent", said in January, is most likely the year '
            "before's). By default only figures with a stated year make points."
        ),
    ] = False,
    outlook: Annotated[
        bool,
        typer.Option(
            help="Also the forecasts and targets (a fact's outlook: \"inflation is expected to "
            'reach 4 percent", "the target is $100 billion by 2025"), each in series of its '
            "own (the series' `outlook`: forecast or target), never mixed with stated figures "
            "and never read for restatements. By default they are left out and counted."
        ),
    ] = False,
) -> None:
    from pipeline import series as sr
    from pipeline.output import replaces_an_input, replacing, write_reason

    if output != STDOUT:
        refusal = _series_output_refusal(output)
        if refusal is not None:
            raise _usage_error(refusal)
        if replaces_an_input(output, (facts, docs)):
            raise _usage_error(
                f"--output {output} is an input: it would be replaced by the series; name "
                "another output file"
            )
    try:
        info = sr.document_info(sr.read_jsonl(docs, "document")) if docs else {}
        left_out: dict[str, int] = {}
        found = sr.build_series(
            sr.read_jsonl(facts, "fact"),
            info,
            subject,
            scope,
            min_points,
            all_keys,
            left_out,
            unstated,
            outlook,
        )
    except OSError as exc:
        raise _usage_error(f"cannot read {exc.filename}: {exc.strerror}") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise _usage_error(str(exc)) from None
    write = sr.write_csv if output.lower().endswith(".csv") else sr.write_jsonl
    if output == STDOUT:
        try:
            write(found, sys.stdout)
            sys.stdout.flush()
        except BrokenPipeError as exc:  # `| head`: Typer ended it with exit 1 and no word
            _stdout_gone()
            typer.echo(f"Error: cannot write standard output: {write_reason(exc)}", err=True)
            raise typer.Exit(EXIT_OUTPUT) from None
    else:
        try:
            with replacing(output, encoding="utf-8", newline="") as out:
                write(found, out)
        except OutputError as exc:
            typer.echo(f"Error: {exc}", err=True)
            raise typer.Exit(EXIT_OUTPUT) from None
    points = sum(len(s.points) for s in found)
    restated = sum(len(s.restatements) for s in found)
    reasons = ", ".join(f"{n} {why}" for why, n in sorted(left_out.items()))
    typer.echo(
        f"{len(found)} series, {points} points, {restated} restatements"
        + (f"; figures left out: {reasons}" if reasons else ""),
        err=True,
    )


def _series_output_refusal(output: str) -> str | None:
    """Why `series` refuses to write `output`, or None: a file named other than .csv or .jsonl
    (`-o x.txt` would otherwise get JSON lines without a word). A device or named pipe
    (/dev/stdout) names no format and gets JSON lines; a folder is left to the writer (exit 3)."""
    from pipeline.output import writing_path

    ext = os.path.splitext(output)[1].lower()
    if ext in _SERIES_EXTENSIONS or os.path.isdir(output) or writing_path(output) is None:
        return None
    return (
        f"--output {output}: series writes CSV (.csv) or JSON lines (.jsonl), not "
        f"{ext or 'a name without an extension'}; name the file series.csv or series.jsonl "
        "(-o - writes JSON lines to standard output)"
    )


def _stdout_gone() -> None:
    """Standard output to /dev/null once its reader has gone: Python's last flush at the exit
    would otherwise print a BrokenPipeError of its own."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):  # no file descriptor (a test's captured output)
        pass


# The standalone `extract` script: the same command as `speechfacts extract`.
extract_app = typer.Typer(
    name="extract",
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
extract_app.command(help=_help(_EXTRACT_HELP, _EXAMPLES["extract"]), no_args_is_help=True)(
    versioned(extract)
)


def extract_main() -> None:
    extract_app(prog_name="extract")
