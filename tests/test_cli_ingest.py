"""`extract` options for record inputs (CSV columns, --date, --title, --date-order) and the
warnings beside documents, through Typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

runner = CliRunner()


def _extract(*args):
    return runner.invoke(app, ["extract", *map(str, args)])


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def speeches(tmp_path) -> Path:
    path = tmp_path / "speeches.csv"
    path.write_text(
        "key,speech,when\n"
        'k1,"Ivan Petrov: Exports grew by 5 percent.",03/04/2013\n'
        'k2,"Anna Berg: Imports fell by 2 percent.",22/03/2013\n',
        encoding="utf-8",
    )
    return path


def test_column_options_and_an_ambiguous_date_warning(speeches, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    result = _extract(
        speeches,
        "-o",
        out / "facts.jsonl",
        "--docs",
        out / "docs.jsonl",
        "--text-column",
        "speech",
        "--id-column",
        "key",
        "--date-column",
        "when",
    )
    assert result.exit_code == 0, result.output
    docs = _jsonl(out / "docs.jsonl")
    assert [(d["doc_id"], d["date"]) for d in docs] == [("k1", None), ("k2", "2013-03-22")]
    (warning,) = _jsonl(out / "facts.errors.jsonl")
    assert warning["kind"] == "ambiguous_date" and warning["doc_id"] == "k1"
    assert warning["source"].endswith("speeches.csv:2")
    assert "warnings:               1 (ambiguous_date 1)" in result.stderr
    assert "2 + 0 + 0 + 0 = 2 = 2 outcomes" in result.stderr  # a warning is no outcome
    facts = _jsonl(out / "facts.jsonl")
    assert [(f["speaker"], f["speaker_source"]) for f in facts] == [
        ("Ivan Petrov", "turn"),
        ("Anna Berg", "turn"),
    ]


def test_date_order_date_and_title(speeches, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    note = tmp_path / "note.txt"
    note.write_text("Exports grew by 5 percent.", encoding="utf-8")
    result = _extract(
        speeches,
        note,
        "-o",
        out / "facts.jsonl",
        "--docs",
        out / "docs.jsonl",
        "--text-column",
        "speech",
        "--id-column",
        "key",
        "--date-column",
        "when",
        "--date-order",
        "mdy",
        "--date",
        "March 1, 2014",
        "--title",
        "Council meeting",
    )
    assert result.exit_code == 0, result.output
    docs = {d["doc_id"]: d for d in _jsonl(out / "docs.jsonl")}
    assert docs["k1"]["date"] == "2013-03-04"  # MDY
    assert docs["note"]["date"] == "2014-03-01" and docs["note"]["title"] == "Council meeting"
    assert docs["k1"]["title"] == "Council meeting"  # the CSV gives no title
    assert (out / "facts.errors.jsonl").read_text() == ""


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--date-order", "YMD"], "--date-order"),
        (
            ["--date", "yesterday"],
            "invalid value for '--date': the date 'yesterday' could not be read",
        ),
        (["--date", "03/04/2013"], "--date"),  # ambiguous without --date-order
        (["--text-column", " "], "--text-column"),
    ],
)
def test_bad_ingest_options_are_usage_errors(speeches, tmp_path, args, words):
    result = _extract(speeches, "-o", tmp_path / "f.jsonl", *args)
    assert result.exit_code == 2
    assert words in result.stderr


def test_help_lists_the_ingest_options():
    result = runner.invoke(app, ["extract", "--help"], env={"COLUMNS": "200"})
    for option in ("--text-column", "--id-column", "--date-column", "--date ", "--title"):
        assert option in result.output
    assert "--date-order" in result.output


@pytest.mark.parametrize("ext", ["csv", "tsv"])
def test_csv_ids_meet_the_id_rule_across_files(tmp_path, ext):
    """A CSV row's id is a document id like a JSON record's: the same id with other text in
    another file is a duplicate_id error, the same text a quiet duplicate; --id-prefix file
    scopes the ids by file (relative to the input folder)."""
    sep = "\t" if ext == "tsv" else ","
    data = tmp_path / "data"
    (data / "2014").mkdir(parents=True)
    (data / "2013.jsonl").write_text(
        json.dumps({"id": "a", "text": "Ivan Petrov: Exports grew by 5 percent."}) + "\n",
        encoding="utf-8",
    )
    (data / "2014" / f"rows.{ext}").write_text(
        f"id{sep}text\n"
        f"a{sep}Anna Berg: Imports fell by 2 percent.\n"  # other text under id "a"
        f"b{sep}Ivan Petrov: Exports grew by 5 percent.\n",  # new id
        encoding="utf-8",
    )
    (data / "2014" / f"again.{ext}").write_text(
        f"id{sep}text\nb{sep}Ivan Petrov: Exports grew by 5 percent.\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    out.mkdir()
    plain = _extract(data, "-o", out / "f.jsonl", "--docs", out / "d.jsonl")
    assert plain.exit_code == 0, plain.output
    assert [d["doc_id"] for d in _jsonl(out / "d.jsonl")] == ["a", "b"]
    (error,) = _jsonl(out / "f.errors.jsonl")
    assert error["kind"] == "duplicate_id" and error["doc_id"] == "a"
    assert error["source"] == f"{data / '2014' / f'rows.{ext}'}:2"
    assert "duplicates skipped:     1" in plain.stderr  # again.EXT repeats row b

    scoped = _extract(data, "-o", out / "f.jsonl", "--docs", out / "d.jsonl", "--id-prefix", "file")
    assert scoped.exit_code == 0, scoped.output
    assert [d["doc_id"] for d in _jsonl(out / "d.jsonl")] == [
        "2013.jsonl#a",
        f"2014/again.{ext}#b",
        f"2014/rows.{ext}#a",
        f"2014/rows.{ext}#b",
    ]
    assert _jsonl(out / "f.errors.jsonl") == []
