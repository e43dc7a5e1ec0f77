"""The `speechfacts show` and `speechfacts report` commands (registered in pipeline.cli).

Only typer is imported here: the views (displaCy, matplotlib) are imported when a command runs.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Annotated

import typer

EXIT_OK = 0
EXIT_BAD_LINES = 1  # the page was written, but some input lines were bad (reported, skipped)
EXIT_USAGE = 2
EXIT_OUTPUT = 3  # the page cannot be written
EXIT_MISSING_EXTRA = 4  # a package of the command's extra is not installed

SHOW_HELP = """Write an HTML page of one document's text with every fact highlighted in place.

From an input file, extracted now: INPUT is a file extract reads (a kremlin.ru page, a plain-text
transcript, a JSON or JSON-lines file...); for one record of a file that holds several, write
FILE#ID (the record's id, as in the fact records' doc_id). --types chooses the fact types.

From the outputs of an earlier run: --facts FACTS.jsonl --docs DOCS.jsonl DOC_ID.

The text is drawn by spaCy's displaCy (entity style), a colour per fact type; each highlight
shows the normalised figure, and on hover or keyboard focus every field (value, unit,
qualifier, period, speaker, subject, event...). A table of the facts follows the text. The page
loads nothing from the network.

Exit codes: 0 written; 1 written, but some lines of FACTS/DOCS were bad (reported on standard
error and skipped) or some facts could not be highlighted (their offsets do not give their text,
or they overlap a fact before them; they are still in the table); 2 usage error (file missing or
unreadable, no such document, a file of several documents without #ID, an input that is not a
document, an output that is an input); 3 the page cannot be written.
"""

REPORT_HELP = """Write one self-contained HTML report of a run's fact and document records.

FACTS and DOCS are the files written by `extract -o FACTS.jsonl --docs DOCS.jsonl`. The report
holds the totals; facts per year and type; figures over time for the most frequent subjects (a
point per statement: hover for its words, speaker, date and sentence, click for the source);
events per year by kind and the most mentioned events with their dates; speakers by number of
figures; the largest money figures per currency with sentence, speaker and a link to the source.
Styles and charts (SVG) are inline: the file opens offline and loads nothing. Needs the 'report'
extra (matplotlib): pip install 'speechfacts[report]'.

Exit codes: 0 written; 1 written, but some input lines were bad or some facts have no document
record (reported on standard error); 2 usage error (file missing or unreadable, nothing to
report, no fact belongs to a document of DOCS, an output that is an input); 3 the report cannot
be written; 4 matplotlib is not installed.
"""


def _fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    typer.echo(f"Error: {message}", err=True)
    return typer.Exit(code)


class _BadLines:
    """Reports bad input lines on standard error (the first 20, then a count)."""

    LIMIT = 20

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, bad) -> None:
        self.count += 1
        if self.count <= self.LIMIT:
            typer.echo(f"skipped {bad}", err=True)

    def close(self) -> None:
        if self.count > self.LIMIT:
            typer.echo(f"... {self.count:,} bad lines in all", err=True)


def _write(page: str, output: str) -> int:
    """Write `page` to `output` ("-" = standard output); the number of bytes. A file is written
    as every command's outputs are (`output.replacing`): never half-written under its name,
    through a symlink, in place to a device or pipe."""
    from pipeline.output import OutputError, replacing, write_reason

    data = page.encode("utf-8")
    if output == "-":
        try:
            sys.stdout.write(page)
            sys.stdout.flush()
        except OSError as exc:
            raise _fail(f"cannot write {output}: {write_reason(exc)}", EXIT_OUTPUT) from None
        return len(data)
    try:
        with replacing(output, "wb") as handle:
            handle.write(data)
    except OutputError as exc:
        raise _fail(str(exc), EXIT_OUTPUT) from None
    return len(data)


def _refuse_an_input(output: str, inputs: tuple[str | None, ...]) -> None:
    """A usage error when the page would replace one of the files it is made from."""
    from pipeline.output import replaces_an_input

    # an INPUT may be FILE#ID, and a file's own name may hold a "#": each reading is an input
    files = [
        p for path in inputs if path for p in (path, path.split("#")[0], path.rsplit("#", 1)[0])
    ]
    if replaces_an_input(output, files):
        raise _fail(f"--output {output} is an input: the page would replace it; name another file")


def show(
    target: Annotated[
        str,
        typer.Argument(
            metavar="INPUT|DOC_ID",
            help="An input file, FILE#ID for one record of it, or with --facts/--docs a doc_id.",
            show_default=False,
        ),
    ],
    output: Annotated[
        str,
        typer.Option(
            "--output", "-o", metavar="PAGE.html", help='The page; "-" = standard output.'
        ),
    ] = "-",
    types: Annotated[
        str | None,
        typer.Option(
            "--types",
            "-t",
            metavar="TYPE,...",
            help="Fact types to extract (as for extract); with --facts, the types to show.",
            show_default=False,
        ),
    ] = None,
    facts: Annotated[
        str | None,
        typer.Option(
            "--facts",
            metavar="FACTS.jsonl",
            help="Fact records of an earlier run.",
            show_default=False,
        ),
    ] = None,
    docs: Annotated[
        str | None,
        typer.Option(
            "--docs",
            metavar="DOCS.jsonl",
            help="Document records of that run (with --facts).",
            show_default=False,
        ),
    ] = None,
) -> None:
    from pipeline.runner import normalize_types
    from pipeline.view import show as view
    from pipeline.view.sources import InputUnreadable

    try:
        wanted = normalize_types(types)
    except ValueError as exc:
        raise _fail(f"invalid value for '--types': {exc}") from None
    if (facts is None) != (docs is None):
        raise _fail("--facts and --docs go together (the records of one run)")
    _refuse_an_input(output, (facts, docs) if facts is not None else (target,))
    bad = _BadLines()
    try:
        if facts is not None and docs is not None:
            document, records = view.stored_document(facts, docs, target, bad)
            if wanted is not None:
                records = [r for r in records if r["type"] in wanted]
            name = f"{os.path.basename(docs)}#{target}"
        else:
            document, records = view.extract_document(target, wanted)
            name = target
    except (view.ViewError, InputUnreadable) as exc:
        raise _fail(str(exc)) from None
    finally:
        bad.close()
    page, refused = view.page_html(document, records, name)
    for fact_id, reason in refused:
        typer.echo(f"not highlighted: fact {fact_id}: {reason}", err=True)
    size = _write(page, output)
    if output != "-":
        typer.echo(
            f"{len(records)} facts of {document['doc_id']}: {output} ({size:,} bytes)", err=True
        )
    if bad.count or refused:
        raise typer.Exit(EXIT_BAD_LINES)


def report(
    facts: Annotated[
        str,
        typer.Argument(
            metavar="FACTS.jsonl", help="Fact records, as written by extract.", show_default=False
        ),
    ],
    docs: Annotated[
        str,
        typer.Option(
            "--docs",
            metavar="DOCS.jsonl",
            help="Document records of the same run (extract --docs): titles, dates, URLs.",
            show_default=False,
        ),
    ],
    output: Annotated[
        str,
        typer.Option(
            "--output", "-o", metavar="REPORT.html", help='The report; "-" = standard output.'
        ),
    ] = "report.html",
    title: Annotated[
        str, typer.Option("--title", help="The report's title.")
    ] = "speechfacts report",
) -> None:
    started = time.perf_counter()
    from pipeline.view.sources import InputUnreadable

    try:
        from pipeline.view import report as view
        from pipeline.view.charts import MissingExtra
    except ImportError as exc:  # pragma: no cover - a broken installation
        raise _fail(f"cannot load the report: {exc}", EXIT_MISSING_EXTRA) from None
    _refuse_an_input(output, (facts, docs))
    bad = _BadLines()
    try:
        archive = view.read_archive(facts, docs, bad)
        page = view.build_report(archive, title)
    except (view.ReportError, InputUnreadable) as exc:
        raise _fail(str(exc)) from None
    except MissingExtra as exc:
        raise _fail(str(exc), EXIT_MISSING_EXTRA) from None
    finally:
        bad.close()
    if archive.orphans:
        typer.echo(
            f"warning: {archive.orphans:,} facts have no document record in {docs}", err=True
        )
    size = _write(page, output)
    typer.echo(
        f"report of {len(archive.facts):,} facts in {len(archive.docs):,} documents: "
        f"{output if output != '-' else 'standard output'} ({size / 1e6:.2f} MB, "
        f"{time.perf_counter() - started:.1f} s)",
        err=True,
    )
    if archive.bad_lines or archive.orphans:
        raise typer.Exit(EXIT_BAD_LINES)
