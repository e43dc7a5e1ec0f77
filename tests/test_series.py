"""`speechfacts series`: series by measure, restatements, and the command (invented records)."""

import csv
import io
import json

import pytest
from conftest import SpecialOutput
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.series import (
    DocumentInfo,
    agree,
    build_series,
    document_info,
    interval,
    series_key,
)


def fact(value, year=2019, key="arms exports", scope=None, unit="USD", qualifier="exact", **kw):
    record = {
        "type": "money" if unit != "percent" else "percentage",
        "fact_id": f"f{value}{year}{kw.get('doc_id', 'd1')}",
        "doc_id": "d1",
        "doc_date": f"{year + 1}-03-01",
        "value": value,
        "high": None,
        "unit": unit,
        "qualifier": qualifier,
        "change": None,
        "period": year,
        "per": None,
        "subject": key,
        "subject_key": key,
        "scope": scope,
        "speaker": "Ivan Petrov",
        "sentence": "An invented sentence.",
        "start": 0,
    }
    record.update(kw)
    return record


@pytest.mark.parametrize(
    ("a", "b", "agreed"),
    [
        ((15e9, None, "more_than"), (15.3e9, None, "exact"), True),  # "over $15 billion"
        ((15e9, None, "exact"), (15.3e9, None, "exact"), True),  # 15 may be 15.3 rounded
        ((15e9, None, "exact"), (13e9, None, "exact"), False),
        ((15e9, None, "approx"), (14e9, None, "exact"), True),
        ((15e9, None, "less_than"), (16e9, None, "exact"), False),
        ((15e9, None, "more_than"), (14e9, None, "exact"), False),
        ((3.0, 4.0, "exact"), (3.5, None, "exact"), True),  # a range
        ((2.5, None, "exact"), (2.7, None, "exact"), False),
    ],
)
def test_agree(a, b, agreed):
    pa = dict(zip(("value", "high", "qualifier"), a, strict=True))
    pb = dict(zip(("value", "high", "qualifier"), b, strict=True))
    assert agree(pa, pb) is agreed
    assert agree(pb, pa) is agreed


def test_interval_widens_by_the_last_digit():
    assert interval(15e9, None, "exact") == (14.5e9, 15.5e9)


@pytest.mark.parametrize(
    ("record", "key"),
    [
        (fact(1e9), ("arms exports", None, "USD", "level")),
        (fact(3.0, unit="percent", change="increase"), ("arms exports", None, "percent", "change")),
        (fact(2.0, unit="percent", key="gdp growth"), ("gdp", None, "percent", "change")),
        (fact(60.0, per="barrel", key="oil price"), ("oil price", None, "USD/barrel", "level")),
        (fact(3.0, unit="percent", key="share of gdp"), None),  # the part is not named
        (fact(1e9, key=None), None),
        (fact(1e9) | {"type": "country_count"}, None),
    ],
)
def test_series_key(record, key):
    assert series_key(record) == key


def test_series_points_and_restatements():
    facts = [
        fact(15e9, doc_id="a"),
        fact(15.3e9, doc_id="b", qualifier="more_than"),
        fact(13e9, doc_id="c"),
        fact(13e9, doc_id="d"),  # the same pair of values again: listed once
        fact(13e9, doc_id="c", period=None, doc_date="2018-05-01"),  # year from the date
        fact(2e9, key="trade", scope="CL", doc_id="a"),
        fact(5.0, unit="percent", doc_id="a"),
    ]
    docs = {"a": DocumentInfo("http://a", local=False)}
    (arms,) = build_series(facts, docs, subject="exports of weapons", scope=None, unstated=True)
    assert (arms.subject_key, arms.unit, arms.measure) == ("arms exports", "USD", "level")
    assert [p["year"] for p in arms.points] == [2018, 2019, 2019, 2019, 2019]
    assert arms.points[1]["url"] == "http://a"
    (stated,) = build_series(facts, docs, subject="exports of weapons", scope=None)
    assert [p["year"] for p in stated.points] == [2019, 2019, 2019, 2019]
    assert stated.restatements == arms.restatements  # unstated years are never compared
    pairs = {(r["a"]["value"], r["b"]["value"]) for r in arms.restatements}
    assert pairs == {(15e9, 13e9), (15.3e9, 13e9)}
    assert arms.restatements[0]["gap"] == pytest.approx(15.3 / 13 - 1, abs=1e-4)
    assert build_series(facts, scope="cl", min_points=1)[0].subject_key == "trade"
    assert build_series(facts, min_points=6) == []


@pytest.mark.parametrize(
    ("record", "title", "kept", "kept_with_all_keys"),
    [
        (fact(1e9, key="arms exports"), "Talks", True, True),
        (fact(1e9, key="contract"), "Talks", False, True),  # not a series measure
        (fact(1e9, key="trade"), "Talks", False, True),  # trade with whom?
        (fact(1e9, key="trade", scope="CL"), "Talks", True, True),
        (
            fact(3.0, key="inflation", unit="percent"),
            "Meeting with Governor of Tula Region",
            False,
            True,
        ),
        (
            fact(3.0, key="inflation", unit="percent", scope="RU"),
            "Meeting with Governor of Tula Region",
            True,
            True,
        ),
    ],
)
def test_default_series_are_national_measures(record, title, kept, kept_with_all_keys):
    docs = document_info([{"doc_id": "d1", "url": None, "title": title}])
    assert bool(build_series([record], docs, min_points=1)) is kept
    assert bool(build_series([record], docs, min_points=1, all_keys=True)) is kept_with_all_keys


def test_series_command(tmp_path):
    facts = tmp_path / "facts.jsonl"
    docs = tmp_path / "docs.jsonl"
    facts.write_text("".join(json.dumps(f) + "\n" for f in [fact(15e9), fact(13e9, doc_id="d2")]))
    docs.write_text(json.dumps({"doc_id": "d1", "url": "http://d1"}) + "\n")
    runner = CliRunner()
    result = runner.invoke(app, ["series", str(facts), "--docs", str(docs)])
    assert result.exit_code == 0, result.output
    (line,) = [json.loads(x) for x in result.stdout.splitlines()]
    assert list(line) == [
        "subject_key",
        "scope",
        "unit",
        "measure",
        "span",
        "outlook",  # schema 1.5: null for a series of stated figures
        "points",
        "restatements",
    ]
    assert line["outlook"] is None
    assert len(line["restatements"]) == 1
    out = tmp_path / "series.csv"
    result = runner.invoke(app, ["series", str(facts), "--docs", str(docs), "-o", str(out)])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert [r["url"] for r in rows] == ["http://d1", ""]
    assert [r["span"] for r in rows] == ["year", "year"]
    assert "1 series, 2 points, 1 restatements" in result.stderr


@pytest.mark.parametrize("content", [None, "not json\n"])
def test_series_command_bad_input(tmp_path, content):
    facts = tmp_path / "facts.jsonl"
    if content is not None:
        facts.write_text(content)
    result = CliRunner().invoke(app, ["series", str(facts)])
    assert result.exit_code == 2


@pytest.mark.parametrize(
    ("case", "code", "message"),
    [
        ("output in a missing folder", 3, "the folder"),
        ("output is a folder", 3, "cannot write"),
        ("output is the facts file", 2, "is an input"),
        ("output is the docs file", 2, "is an input"),
        ("output named as Parquet", 2, "series writes CSV (.csv) or JSON lines"),
        ("documents given as facts", 2, "not a fact record"),
        ("facts given as documents", 2, "not a document record"),
    ],
)
def test_series_command_refuses_wrong_files_without_a_traceback(tmp_path, case, code, message):
    facts = tmp_path / "facts.jsonl"
    docs = tmp_path / "docs.jsonl"
    facts.write_text("".join(json.dumps(f) + "\n" for f in [fact(15e9), fact(13e9, doc_id="d2")]))
    docs.write_text(json.dumps({"doc_id": "d1", "url": "http://d1"}) + "\n")
    before = {p: p.read_bytes() for p in (facts, docs)}
    args = {
        "output in a missing folder": [facts, "-o", tmp_path / "no" / "series.csv"],
        "output is a folder": [facts, "-o", tmp_path],
        "output is the facts file": [facts, "-o", facts],
        "output is the docs file": [facts, "--docs", docs, "-o", docs],
        "output named as Parquet": [facts, "-o", tmp_path / "series.parquet"],
        "documents given as facts": [docs],
        "facts given as documents": [facts, "--docs", facts],
    }[case]
    result = CliRunner().invoke(app, ["series", *map(str, args), "--min-points", "1"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code == code, result.output
    assert message in result.stderr
    assert {p: p.read_bytes() for p in (facts, docs)} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs.jsonl", "facts.jsonl"]


@pytest.mark.parametrize("target", ["symlink", "fifo"])
def test_series_output_that_is_no_regular_file_is_written_through(tmp_path, target):
    """A link stays a link to the file written, and a pipe or device (/dev/null) is written in
    place: renaming a finished file over them would replace the link or the device itself."""
    facts = tmp_path / "facts.jsonl"
    facts.write_text("".join(json.dumps(f) + "\n" for f in [fact(15e9), fact(13e9, doc_id="d2")]))
    out = SpecialOutput(tmp_path, target, "series.jsonl")
    result = CliRunner().invoke(app, ["series", str(facts), "-o", str(out.path)])
    assert result.exit_code == 0, result.output
    assert "1 series, 2 points, 1 restatements" in result.stderr
    assert json.loads(out.written())["subject_key"] == "arms exports"


@pytest.mark.parametrize("line_end", ["\n", "\r\n"])
def test_series_command_reads_a_byte_order_mark_and_crlf(tmp_path, line_end):
    facts = tmp_path / "facts.jsonl"
    lines = "".join(json.dumps(f) + line_end for f in [fact(15e9), fact(13e9, doc_id="d2")])
    facts.write_bytes(b"\xef\xbb\xbf" + lines.encode())
    result = CliRunner().invoke(app, ["series", str(facts)])
    assert result.exit_code == 0, result.output
    assert "1 series, 2 points, 1 restatements" in result.stderr


@pytest.mark.parametrize(
    ("changes", "compared"),
    [
        ({}, True),
        ({"period": None}, False),  # the year is only the document's
        ({"sentence": "Exports will reach $13 billion in 2019."}, False),  # a goal
        ({"sentence": "In April, exports were $13 billion."}, False),  # part of a year
    ],
)
def test_only_comparable_points_make_restatements(changes, compared):
    facts = [fact(15e9, doc_id="a"), fact(13e9, doc_id="b", **changes)]
    (arms,) = build_series(facts, unstated=True)
    assert bool(arms.restatements) is compared


def test_series_command_counts_the_figures_left_out(tmp_path):
    facts = tmp_path / "facts.jsonl"
    lines = [
        fact(
            3.0,
            key="gdp",
            unit="percent",
            sentence="It would lift GDP by 3 percent.",
            text="3 percent",
        ),
        fact(2.0, key="gdp", unit="percent", sentence="GDP grew by 2 percent.", text="2 percent"),
    ]
    facts.write_text("".join(json.dumps(f) + "\n" for f in lines))
    result = CliRunner().invoke(app, ["series", str(facts), "--min-points", "1"])
    assert result.exit_code == 0, result.output
    assert "1 series, 1 points, 0 restatements; figures left out: 1 hypothetical" in result.stderr


def test_reading_places_for_series_does_not_import_spacy():
    """`series` reads country names in sentences (whose figure it is) through the gazetteer of
    pipeline.nlp.places, which needs no spaCy: the command stays a fast, light process."""
    import subprocess
    import sys

    code = (
        "import sys; from pipeline.series_checks import places_in; "
        "found = places_in('Trade with China and Kazakhstan grew.'); "
        "print(sorted(code for code, _ in found), 'spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['CN', 'KZ'] False"


@pytest.mark.parametrize(
    ("period", "unstated", "placed", "counted"),
    [
        (2018, False, True, 0),  # a year written in the sentence
        (None, False, False, 1),  # no year written: left out by default, and counted
        (None, True, True, 0),  # --unstated: at the document's year
    ],
)
def test_figures_without_a_stated_year_are_left_out_unless_asked(period, unstated, placed, counted):
    record = fact(4.0, key="inflation", unit="percent", period=period, doc_date="2019-01-20")
    record["sentence"] = "Inflation was 4 percent."
    record["text"] = "4 percent"
    left_out: dict[str, int] = {}
    found = build_series([record], min_points=1, left_out=left_out, unstated=unstated)
    assert bool(found) is placed
    assert left_out.get("unstated year", 0) == counted
    if placed:
        assert found[0].points[0]["year"] == (period or 2019)
        assert found[0].points[0]["stated"] is (period is not None)


@pytest.mark.parametrize(("flag", "points"), [([], 1), (["--unstated"], 2)])
def test_series_command_unstated_option(tmp_path, flag, points):
    facts = _stated_and_unstated(tmp_path)
    result = CliRunner().invoke(app, ["series", str(facts), "--min-points", "1", *flag])
    assert result.exit_code == 0, result.output
    found = [json.loads(line) for line in result.stdout.splitlines()]
    assert sum(len(s["points"]) for s in found) == points
    assert ("1 unstated year" in result.stderr) is (not flag)


@pytest.mark.parametrize("name", ["measures", "scopes"])
def test_series_reads_the_rule_files_of_the_running_tree(name):
    # a checkout put first on PYTHONPATH makes series of its own measures, not of the tree
    # the editable install points at (issue 16t)
    from pathlib import Path

    import pipeline.series

    tree = Path(pipeline.series.__file__).resolve().parents[1] / "models" / "rules"
    expected = json.loads((tree / f"{name}.json").read_text(encoding="utf-8"))
    assert pipeline.series._rule_file(name) == expected


def test_series_to_a_closed_pipe_says_so_and_exits_3(tmp_path):
    """`series ... | head`: Typer ended it with exit 1 and no word; now as extract's closed
    standard output (exit 3, the reason). The pipe has no reader from the start: no timing."""
    import os
    import subprocess
    import sys

    facts = tmp_path / "facts.jsonl"
    facts.write_text("".join(json.dumps(f) + "\n" for f in [fact(15e9), fact(13e9, doc_id="d2")]))
    read, write = os.pipe()
    os.close(read)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "pipeline", "series", str(facts)],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(write)
    assert done.returncode == 3, done.stderr
    assert done.stderr.startswith(
        "Error: cannot write standard output: the reading end of the pipe was closed\n"
    )
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr


def _two_facts(tmp_path):
    facts = tmp_path / "facts.jsonl"
    facts.write_text("".join(json.dumps(f) + "\n" for f in [fact(15e9), fact(13e9, doc_id="d2")]))
    return facts


@pytest.mark.parametrize(
    "name", ["series.txt", "series.json", "series.tsv", "series.csv.bak", "series"]
)
def test_series_command_refuses_an_output_named_neither_csv_nor_jsonl(tmp_path, name):
    """The help promises exit 2 for an output that is not CSV or JSON lines: `-o x.txt` used to
    exit 0 with JSON lines under a name that says text."""
    facts = _two_facts(tmp_path)
    result = CliRunner().invoke(app, ["series", str(facts), "-o", str(tmp_path / name)])
    assert result.exit_code == 2, result.output
    assert "series writes CSV (.csv) or JSON lines (.jsonl)" in result.stderr
    assert "Traceback" not in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.jsonl"]


@pytest.mark.parametrize(
    ("name", "is_csv"),
    [("series.csv", True), ("series.CSV", True), ("series.jsonl", False), ("s.JSONL", False)],
)
def test_series_command_writes_the_format_its_extension_names(tmp_path, name, is_csv):
    facts = _two_facts(tmp_path)
    out = tmp_path / name
    result = CliRunner().invoke(app, ["series", str(facts), "-o", str(out)])
    assert result.exit_code == 0, result.output
    first = out.read_text().splitlines()[0]
    assert first.startswith("subject_key,scope,") is is_csv
    assert first.startswith("{") is not is_csv


def test_series_command_writes_json_lines_to_a_pipe_without_an_extension(tmp_path):
    """A device or pipe names no format (/dev/stdout, a named pipe): JSON lines, as before."""
    facts = _two_facts(tmp_path)
    out = SpecialOutput(tmp_path, "fifo", "series-pipe")
    result = CliRunner().invoke(app, ["series", str(facts), "-o", str(out.path)])
    assert result.exit_code == 0, result.output
    assert json.loads(out.written())["subject_key"] == "arms exports"


def _stated_and_unstated(tmp_path):
    facts = tmp_path / "facts.jsonl"
    lines = [
        fact(2.0, key="gdp", unit="percent", sentence="GDP grew by 2 percent.", text="2 percent"),
        fact(
            1.5,
            year=2018,
            key="gdp",
            unit="percent",
            period=None,
            doc_id="d2",
            sentence="GDP grew by 1.5 percent.",
            text="1.5 percent",
        ),
    ]
    facts.write_text("".join(json.dumps(f) + "\n" for f in lines))
    return facts


def test_series_csv_says_whether_a_points_year_is_stated(tmp_path):
    """With --unstated, a year guessed from the document's date must not look like a stated one
    in the CSV: its `stated` column says false, as the JSON lines' point does."""
    facts = _stated_and_unstated(tmp_path)
    runner = CliRunner()
    args = ["series", str(facts), "--min-points", "1", "--unstated"]
    result = runner.invoke(app, [*args, "-o", str(tmp_path / "s.csv")])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO((tmp_path / "s.csv").read_text())))
    assert {r["value"]: r["stated"] for r in rows} == {"2.0": "true", "1.5": "false"}
    result = runner.invoke(app, args)
    points = [p for line in result.stdout.splitlines() for p in json.loads(line)["points"]]
    assert {str(p["value"]): p["stated"] for p in points} == {"2.0": True, "1.5": False}
    by_fact = {p["fact_id"]: str(p["stated"]).lower() for p in points}
    assert {r["fact_id"]: r["stated"] for r in rows} == by_fact


def test_series_csv_columns_are_the_readme_s():
    """The README's series table lists the CSV's columns, in order."""
    import re
    from pathlib import Path

    from pipeline.series import CSV_FIELDS

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Series across speeches", 1)[1].split("\n## ", 1)[0]
    listed = re.search(r"`\.csv`: one point a row \(`([^`]+)`\)", section)
    assert listed is not None
    assert tuple(listed.group(1).split(", ")) == CSV_FIELDS


@pytest.mark.parametrize(("scope", "kept"), [("", [None]), ("RU", ["RU"]), (None, [None, "RU"])])
def test_series_command_scope_blank_selects_the_series_without_a_scope(tmp_path, scope, kept):
    """A blank scope (no place named with the figure) and `RU` (Russia named) are two series;
    `--scope ""` keeps the first, as the README says."""
    facts = tmp_path / "facts.jsonl"
    lines = [
        fact(4.0, key="inflation", unit="percent", sentence="Inflation was 4 percent in 2018."),
        fact(3.0, key="inflation", unit="percent", scope="RU", doc_id="d2"),
    ]
    facts.write_text("".join(json.dumps(f) + "\n" for f in lines))
    flag = [] if scope is None else ["--scope", scope]
    result = CliRunner().invoke(app, ["series", str(facts), "--min-points", "1", *flag])
    assert result.exit_code == 0, result.output
    found = [json.loads(line)["scope"] for line in result.stdout.splitlines()]
    assert sorted(found, key=str) == sorted(kept, key=str)
