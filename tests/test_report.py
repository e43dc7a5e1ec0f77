"""`speechfacts report`: what each section counts (on records made up in conftest, whose counts
are known), that the file is self-contained and reproducible, and bad input, through CliRunner."""

from __future__ import annotations

import builtins
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from conftest import SpecialOutput, synthetic_records
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.view.formatting import amount
from pipeline.view.report import FIGURE_TYPES, _top_events, event_key, figure_year

runner = CliRunner()

SECTIONS = ("totals", "per-year", "over-time", "events", "speakers", "money")
CHARTS = ("per-year", "over-time", "events-per-year", "speakers")
MAX_BYTES = 5_000_000  # the bound for the whole shared archive's report


def invoke(*args):
    return runner.invoke(app, [*map(str, args)])


def no_traceback(result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output


def chart(page: str, name: str) -> str:
    start = page.index(f'data-chart="{name}"')
    return page[start : page.index("</svg>", start)]


def tips(svg: str) -> list[str]:
    return [t.replace("&amp;", "&") for t in re.findall(r"<title>(.*?)</title>", svg, re.S)]


@pytest.fixture(scope="module")
def synthetic_page(synthetic_run, tmp_path_factory) -> str:
    facts, docs = synthetic_run
    out = tmp_path_factory.mktemp("report") / "report.html"
    result = invoke("report", facts, "--docs", docs, "-o", out)
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


# --- what the sections say ------------------------------------------------------------------------


def test_every_section_and_chart_is_there(synthetic_page):
    for section in SECTIONS:
        assert f'<section id="{section}">' in synthetic_page
    for name in CHARTS:
        assert chart(synthetic_page, name).count("<path") > 0


def test_totals_count_documents_and_facts_by_type(synthetic_page):
    facts, docs = synthetic_records()
    totals = synthetic_page[: synthetic_page.index('<section id="per-year">')]
    boxes = dict((k, v) for v, k in re.findall(r"<div><b>(.*?)</b>(.*?)</div>", totals))
    assert boxes["documents"] == f"{len(docs):,}"
    assert boxes["facts"] == f"{len(facts):,}"
    for fact_type, n in Counter(f["type"] for f in facts).items():
        assert boxes[fact_type] == f"{n:,}"


def test_facts_per_year_and_type(synthetic_page):
    facts, _ = synthetic_records()
    expected = Counter((f["type"], int(f["doc_date"][:4])) for f in facts)
    shown = tips(chart(synthetic_page, "per-year"))
    assert sorted(shown) == sorted(f"{t}, {y}: {n:,}" for (t, y), n in expected.items())


def test_speakers_by_number_of_figures(synthetic_page):
    facts, _ = synthetic_records()
    expected = Counter(
        (f["speaker"], f["type"]) for f in facts if f["type"] in FIGURE_TYPES and f["speaker"]
    )
    shown = tips(chart(synthetic_page, "speakers"))
    assert sorted(shown) == sorted(f"{s}: {n:,} {t}" for (s, t), n in expected.items())


def test_figures_over_time_have_a_point_per_statement_with_its_source(synthetic_page):
    facts, docs = synthetic_records()
    urls = {d["doc_id"]: d["url"] for d in docs}
    groups = Counter(
        (f["subject"], f["unit"]) for f in facts if f["subject"] and f["type"] in FIGURE_TYPES
    )
    svg = chart(synthetic_page, "over-time")
    points = re.findall(r'<a xlink:href="([^"]*)" target="_blank"><title>(.*?)</title>', svg, re.S)
    assert len(points) == sum(groups.values())  # every group here has 3+ points in 2+ years
    wanted = Counter(urls[f["doc_id"]] for f in facts if f["subject"] and f["type"] in FIGURE_TYPES)
    assert Counter(url for url, _ in points) == wanted
    for subject, unit in groups:
        assert f"{subject} ({groups[(subject, unit)]})" in svg


def test_the_year_of_a_figure_is_its_period_else_the_speech_year():
    assert figure_year({"period": 2016, "doc_date": "2019-03-01"}) == 2016
    assert figure_year({"period": None, "doc_date": "2019-03-01"}) == 2019
    assert figure_year({"period": None, "doc_date": None}) is None


def test_largest_money_figures_per_currency_with_speaker_and_link(synthetic_page):
    facts, docs = synthetic_records()
    urls = {d["doc_id"]: d["url"] for d in docs}
    section = synthetic_page[synthetic_page.index('<section id="money">') :]
    for unit in ("USD", "RUB"):
        money = [f for f in facts if f["type"] == "money" and f["unit"] == unit]
        largest = max(money, key=lambda f: f["value"])
        table = section[section.index(f"<h3>{unit} ({len(money):,} figures)</h3>") :]
        first_row = table[table.index("<tbody>") : table.index("<tr>", table.index("<tbody>") + 8)]
        assert amount(largest) in first_row
        assert f'href="{urls[largest["doc_id"]]}"' in first_row
        assert f"<mark>{largest['text']}</mark>" in first_row


def test_most_mentioned_events_group_spellings_and_give_dates(synthetic_page):
    facts, _ = synthetic_records()
    events = [f for f in facts if f["type"] == "event"]
    northern = [f for f in events if event_key(f["name"]) == "northern forum"]
    assert {f["name"] for f in northern} == {"Northern Forum", "the Northern Forum"}
    # the invented records have no key: their names are shown apart, as names
    table = synthetic_page[synthetic_page.index('<table class="event-names">') :]
    row = table[table.index("<td>Northern Forum") :]
    row = row[: row.index("<tr>")]
    assert f'<td class="num">{len(northern):,}' in row
    assert "2018-06" in row
    kinds = Counter(f["kind"] for f in events)
    shown = tips(chart(synthetic_page, "events-per-year"))
    assert sum(int(t.rsplit(": ", 1)[1]) for t in shown) == sum(kinds.values())


def _event(doc: str, name: str, key: str | None, date: str = "2031-05") -> dict:
    return {"type": "event", "doc_id": doc, "name": name, "text": name, "kind": "summit",
            "date": date, "doc_date": "2031-05-02", "event_key": key}  # fmt: skip


def _rows(table: str) -> list[str]:
    body = table[table.index("<tbody>") + len("<tbody>") : table.index("</tbody>")]
    return [row for row in body.split("<tr>") if row]


@pytest.mark.parametrize(
    ("events", "first", "count"),
    [
        # one occurrence under three names, by its key: one row of 3 (by name, 2 rows of 1)
        (
            [
                _event("d1", "Lake Union summit", "2031|summit|lu"),
                _event("d2", "Lake Union summit", "2031|summit|lu"),
                _event("d3", "summit of the Lake Union in Pinefield", "2031|summit|lu"),
                _event("d4", "Hill Pact summit", "2031|summit|hp"),
                _event("d5", "Hill Pact summit", "2031|summit|hp"),
            ],
            "Lake Union summit",
            3,
        ),
        # records without a key are not ranked, however many share a name: a name alone is
        # not one occurrence ("Vale Forum" of 2029 and of 2031)
        (
            [
                _event("d1", "Vale Forum", None, None),
                _event("d2", "the vale forum", None, None),
                _event("d3", "Vale Forum", None, None),
                _event("d4", "Hill Pact summit", "2031|summit|hp"),
                _event("d5", "Hill Pact summit", "2031|summit|hp"),
            ],
            "Hill Pact summit",
            2,
        ),
        # one name, two occurrences (two keys): two rows, not one of 4
        (
            [
                _event("d1", "Lake Union summit", "2031-05|summit|lu", "2031-05"),
                _event("d2", "Lake Union summit", "2031-05|summit|lu", "2031-05"),
                _event("d3", "Lake Union summit", "2031-11|summit|lu", "2031-11"),
                _event("d4", "Lake Union summit", "2031-11|summit|lu", "2031-11"),
                _event("d5", "Lake Union summit", "2031-11|summit|lu", "2031-11"),
            ],
            "Lake Union summit",
            3,
        ),
    ],
)
def test_most_mentioned_events_rank_keyed_records_only(events, first, count):
    table = _top_events(events)
    rows = _rows(_table(table, "events"))
    assert rows[0].startswith(f'<td>{first}<td>summit<td class="num">{count:,}')
    keyed = [f for f in events if f["event_key"]]
    assert sum(int(re.findall(r'<td class="num">(\d+)', row)[0]) for row in rows) == len(keyed)
    unkeyed = len(events) - len(keyed)
    caption = _table(table, "events")[: _table(table, "events").index("</caption>")]
    assert "<code>event_key</code> only" in caption
    assert (f"{unkeyed:,} event records without a key are not ranked" in caption) == bool(unkeyed)
    if unkeyed:
        names = _table(table, "event-names")
        assert "names, several occurrences" in names[: names.index("</caption>")]
        shown = _rows(names)
        assert sum(int(re.findall(r'<td class="num">(\d+)', r)[0]) for r in shown) == unkeyed
    else:
        assert 'class="event-names"' not in table


@pytest.mark.parametrize(
    ("spread", "names"),
    [
        # one generic name over many documents and years outranks no keyed event
        (12, 1),
        (3, 4),
    ],
)
def test_generic_unkeyed_names_are_never_ranked_as_events(spread, names):
    events = [
        _event(f"p{n}-{k}", f"Pine Election {n}", None, f"{2020 + k}")
        for n in range(names)
        for k in range(spread)
    ] + [_event("d1", "Hill Pact summit", "2031|summit|hp")]
    table = _top_events(events)
    ranked = _rows(_table(table, "events"))
    assert len(ranked) == 1 and ranked[0].startswith("<td>Hill Pact summit<td>")
    assert "Pine Election" in _table(table, "event-names")


def _table(html: str, css: str) -> str:
    start = html.index(f'<table class="{css}">')
    return html[start : html.index("</table>", start)]


# --- one file, nothing loaded, the same every time ------------------------------------------------


def test_the_report_loads_nothing_and_links_only_to_sources(synthetic_page):
    _, docs = synthetic_records()
    urls = {d["url"] for d in docs}
    assert "<script" not in synthetic_page and "<link" not in synthetic_page
    assert not re.search(r"\ssrc=", synthetic_page)
    assert "url(http" not in synthetic_page and "@import" not in synthetic_page
    links = re.findall(r'(?:xlink:)?href="([^"]*)"', synthetic_page)
    assert links and all(link.startswith("#") or link in urls for link in links)


def test_the_same_records_give_the_same_file(synthetic_run, tmp_path):
    facts, docs = synthetic_run
    for name in ("a.html", "b.html"):
        assert invoke("report", facts, "--docs", docs, "-o", tmp_path / name).exit_code == 0
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_the_sample_run_gives_a_report(sample_records, tmp_path):
    facts, docs = sample_records
    result = invoke("report", facts, "--docs", docs, "-o", tmp_path / "r.html", "--title", "Mine")
    assert result.exit_code == 0, result.output
    assert re.search(r"report of \d+ facts in \d+ documents: .*r\.html \(\d", result.stderr)
    assert "<h1>Mine</h1>" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_the_whole_archive_report_stays_small(archive_records, tmp_path):
    facts, docs = archive_records
    out = tmp_path / "report.html"
    result = invoke("report", facts, "--docs", docs, "-o", out)
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert out.stat().st_size < MAX_BYTES
    for name in CHARTS:
        assert len(tips(chart(page, name))) > 0


# --- bad input: a message and an exit code, never a traceback -------------------------------------


def write(path: Path, records: list, extra: str = "") -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records) + extra, encoding="utf-8")
    return path


def test_broken_lines_are_reported_and_counted(synthetic_run, tmp_path):
    facts, docs = synthetic_run
    broken = tmp_path / "broken.jsonl"
    broken.write_bytes(facts.read_bytes() + b'{"doc_id": "syn-0001", "ty\n[]\n\xff\n{"a": 1}\n')
    out = tmp_path / "r.html"
    result = invoke("report", broken, "--docs", docs, "-o", out)
    no_traceback(result)
    assert result.exit_code == 1
    lines = len(facts.read_bytes().splitlines())
    for offset, reason in ((1, "not JSON"), (2, "not a JSON object"), (3, "not UTF-8"),
                           (4, "not a fact record: no 'doc_id'")):  # fmt: skip
        assert f"{broken}:{lines + offset}: {reason}" in result.stderr
    assert "4 bad input lines were skipped" in out.read_text(encoding="utf-8")


def test_facts_of_unknown_documents_are_counted_and_warned(synthetic_run, tmp_path):
    facts, docs = synthetic_run
    kept = [json.loads(line) for line in docs.read_text().splitlines()][1:]
    orphans = sum(1 for line in facts.read_text().splitlines() if '"syn-0001"' in line)
    assert orphans
    fewer = write(tmp_path / "fewer.jsonl", kept)
    result = invoke("report", facts, "--docs", fewer, "-o", tmp_path / "r.html")
    no_traceback(result)
    assert result.exit_code == 1
    assert f"warning: {orphans} facts have no document record" in result.stderr


@pytest.mark.parametrize(
    "case, code, message",
    [
        ("empty archive", 2, "nothing to report"),
        ("facts without documents", 2, "belongs to a document of"),
        ("documents file given as facts", 2, "nothing to report"),
        ("missing facts file", 2, "cannot read"),
        ("no --docs", 2, "Missing option '--docs'"),
        ("unwritable output", 3, "cannot write"),
    ],
)
def test_bad_input_gives_a_message_and_an_exit_code(case, code, message, synthetic_run, tmp_path):
    facts, docs = synthetic_run
    empty = write(tmp_path / "empty.jsonl", [], extra="\n\n")
    other_docs = write(tmp_path / "other.jsonl", [{"doc_id": "elsewhere", "title": "x"}])
    out = tmp_path / "r.html"
    args = {
        "empty archive": [empty, "--docs", empty],
        "facts without documents": [facts, "--docs", other_docs],
        "documents file given as facts": [docs, "--docs", empty],
        "missing facts file": [tmp_path / "missing.jsonl", "--docs", docs],
        "no --docs": [facts],
        "unwritable output": [facts, "--docs", docs, "-o", tmp_path / "no" / "dir" / "r.html"],
    }[case]
    result = invoke("report", *args, *(["-o", out] if "-o" not in args else []))
    no_traceback(result)
    assert result.exit_code == code, result.output
    assert message in result.stderr
    if code != 3:
        assert not out.exists()


@pytest.mark.parametrize("which", ["facts", "docs"])
def test_an_output_that_is_an_input_is_refused(which, synthetic_run, tmp_path):
    facts, docs = (tmp_path / "facts.jsonl", tmp_path / "docs.jsonl")
    for copy, original in zip((facts, docs), synthetic_run, strict=True):
        copy.write_bytes(original.read_bytes())
    before = {p: p.read_bytes() for p in (facts, docs)}
    result = invoke("report", facts, "--docs", docs, "-o", {"facts": facts, "docs": docs}[which])
    no_traceback(result)
    assert result.exit_code == 2, result.output
    assert "is an input" in result.stderr
    assert {p: p.read_bytes() for p in (facts, docs)} == before


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_records_files_may_start_with_a_byte_order_mark(bom, synthetic_run, tmp_path):
    facts, docs = (tmp_path / "facts.jsonl", tmp_path / "docs.jsonl")
    for copy, original in zip((facts, docs), synthetic_run, strict=True):
        copy.write_bytes(bom + original.read_bytes().replace(b"\n", b"\r\n"))
    result = invoke("report", facts, "--docs", docs, "-o", tmp_path / "r.html")
    no_traceback(result)
    assert result.exit_code == 0, result.output
    facts_count = len(synthetic_run[0].read_bytes().splitlines())
    assert f"report of {facts_count:,} facts" in result.stderr


def test_documents_without_facts_still_give_a_report(synthetic_run, tmp_path):
    _, docs = synthetic_run
    empty = write(tmp_path / "empty.jsonl", [])
    out = tmp_path / "r.html"
    result = invoke("report", empty, "--docs", docs, "-o", out)
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "No money figures." in page and "No events." in page


def test_without_matplotlib_the_error_names_the_extra(synthetic_run, tmp_path, monkeypatch):
    facts, docs = synthetic_run
    real_import = builtins.__import__

    def no_matplotlib(name, *args, **kwargs):
        if name == "matplotlib" or name.startswith("matplotlib."):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_matplotlib)
    result = invoke("report", facts, "--docs", docs, "-o", tmp_path / "r.html")
    no_traceback(result)
    assert result.exit_code == 4
    assert "pip install 'speechfacts[report]'" in result.stderr


@pytest.mark.parametrize("target", ["symlink", "fifo"])
def test_an_output_that_is_no_regular_file_is_written_through(target, synthetic_run, tmp_path):
    """A link stays a link to the page written, and a pipe or device (/dev/null) is written in
    place: renaming a finished page over them would replace the link or the device itself."""
    facts, docs = synthetic_run
    out = SpecialOutput(tmp_path, target, "report.html")
    result = invoke("report", facts, "--docs", docs, "-o", out.path)
    no_traceback(result)
    assert result.exit_code == 0, result.output
    assert b"<html" in out.written()[:200]
