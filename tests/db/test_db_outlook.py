"""Schema 1.5's `outlook` in the databases (round out60): a column like every record field,
loaded and queried on SQLite, PostgreSQL and DuckDB; a database of 1.4 is refused."""

import json

from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.db import connect
from pipeline.db.tables import FACTS

runner = CliRunner()


def test_outlook_is_a_column_after_period():
    names = FACTS.names
    assert names.index("outlook") == names.index("period") + 1


def test_outlook_is_loaded_and_queried(db_url, sample_records, tmp_path):
    facts, docs = sample_records
    records = [json.loads(line) for line in facts.read_text(encoding="utf-8").splitlines()]
    # two money facts given as a forecast and a target; the others keep the run's outlook
    money = [r for r in records if r["type"] == "money" and r["outlook"] is None][:2]
    assert len(money) == 2
    money[0]["outlook"], money[1]["outlook"] = "forecast", "target"
    wanted = {r["fact_id"]: r["outlook"] for r in records}
    path = tmp_path / "facts.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = runner.invoke(app, ["load", str(path), "--docs", str(docs), "--db", db_url, "-q"])
    assert result.exit_code == 0, result.output
    with connect(db_url) as db:
        rows = db.conn.execute("SELECT fact_id, outlook FROM facts").fetchall()
    assert {str(a): b for a, b in rows} == wanted


def test_a_database_of_schema_1_4_is_refused(db_url, sample_records):
    facts, docs = sample_records
    with connect(db_url) as db:
        db.prepare()
        db.conn.execute("UPDATE speechfacts_meta SET value = '1.4' WHERE key = 'schema_version'")
    result = runner.invoke(app, ["load", str(facts), "--db", db_url, "-q"])
    assert result.exit_code == 3
    assert "schema version 1.4; this speechfacts loads version 1.5" in result.output
