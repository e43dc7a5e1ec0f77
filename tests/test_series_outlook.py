"""`speechfacts series` and a fact's `outlook` (schema 1.5, round out60): forecasts and targets
are left out of the default series and counted; `--outlook` gives them series of their own,
never mixed with stated points nor read for restatements (invented records)."""

import csv
import io
import json

import pytest
from test_series import fact
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.series import CSV_FIELDS, build_series


def _inflation(value, outlook=None, doc_id="d1", sentence="Inflation was 4 percent."):
    return fact(
        value,
        year=2019,
        key="inflation",
        unit="percent",
        doc_id=doc_id,
        fact_id=f"f{value}{doc_id}",
        sentence=sentence,
        text=f"{value:g} percent",
        outlook=outlook,
    )


STATED = _inflation(4.0, doc_id="a", sentence="Inflation was 4 percent.")
FORECAST = _inflation(6.0, "forecast", "b", "Inflation is expected to reach 6 percent.")
TARGET = _inflation(3.0, "target", "c", "Our goal is to bring inflation to 3 percent.")
FORECAST_2 = _inflation(9.0, "forecast", "d", "Inflation is expected to reach 9 percent.")


@pytest.mark.parametrize(
    ("with_outlook", "outlooks", "counted"),
    [
        (False, [None], {"forecast": 2, "target": 1}),
        (True, [None, "forecast", "target"], {}),
    ],
)
def test_forecasts_and_targets_join_no_stated_series(with_outlook, outlooks, counted):
    left_out: dict[str, int] = {}
    found = build_series(
        [STATED, FORECAST, TARGET, FORECAST_2],
        min_points=1,
        left_out=left_out,
        outlook=with_outlook,
    )
    assert sorted((s.outlook or "") for s in found) == sorted(o or "" for o in outlooks)
    for one in found:
        assert {p["outlook"] for p in one.points} == {one.outlook}
    assert {k: v for k, v in left_out.items() if k in ("forecast", "target")} == counted


def test_forecasts_are_never_read_for_restatements():
    """Two forecasts of one year from two documents that disagree (6 and 9 percent) would be a
    restatement if they were stated levels; as forecasts they are not compared."""
    stated_twice = [STATED, _inflation(9.0, doc_id="e", sentence="Inflation was 9 percent.")]
    (stated,) = build_series(stated_twice, min_points=1)
    assert len(stated.restatements) == 1  # the near-miss: two stated levels do disagree
    found = build_series([STATED, FORECAST, FORECAST_2], min_points=1, outlook=True)
    (forecasts,) = [s for s in found if s.outlook == "forecast"]
    assert len(forecasts.points) == 2 and forecasts.restatements == []


def test_a_forecast_does_not_fill_a_stated_series_up_to_min_points():
    """A series' family (its spans) counts points of its own outlook only."""
    found = build_series([STATED, FORECAST], min_points=2, outlook=True)
    assert found == []


def test_records_of_schema_1_4_have_no_outlook_and_stay_in_the_series():
    old = {k: v for k, v in STATED.items() if k != "outlook"}
    (one,) = build_series([old], min_points=1)
    assert one.outlook is None and one.points[0]["outlook"] is None


def _write(tmp_path):
    facts = tmp_path / "facts.jsonl"
    lines = [STATED, FORECAST, TARGET]
    facts.write_text("".join(json.dumps(f) + "\n" for f in lines), encoding="utf-8")
    return facts


@pytest.mark.parametrize(
    ("flag", "series", "summary"),
    [
        ([], 1, "figures left out: 1 forecast, 1 target"),
        (["--outlook"], 3, "3 series, 3 points, 0 restatements"),
        (["--no-outlook"], 1, "figures left out: 1 forecast, 1 target"),
    ],
)
def test_series_command_outlook_option(tmp_path, flag, series, summary):
    facts = _write(tmp_path)
    result = CliRunner().invoke(app, ["series", str(facts), "--min-points", "1", *flag])
    assert result.exit_code == 0, result.output
    found = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(found) == series
    assert summary in result.stderr
    for one in found:
        assert "outlook" in one
        assert all(p["outlook"] == one["outlook"] for p in one["points"])


def test_series_csv_rows_carry_the_outlook(tmp_path):
    facts = _write(tmp_path)
    out = tmp_path / "s.csv"
    args = ["series", str(facts), "--min-points", "1", "--outlook", "-o", str(out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert CSV_FIELDS[-1] == "outlook"
    assert {r["value"]: r["outlook"] for r in rows} == {
        "4.0": "",
        "6.0": "forecast",
        "3.0": "target",
    }


def test_series_help_documents_the_outlook_option():
    result = CliRunner().invoke(app, ["series", "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0
    # the option's help runs over several lines of a box: read its words alone
    words = " ".join(w for w in result.stdout.split() if w not in ("│", "|"))
    assert "--outlook" in words
    for phrase in (
        "never mixed with stated figures",
        "left out and counted",
        "to none unless --outlook gives it a series of its own",
    ):
        assert phrase in words
