"""`speechfacts schema` and `speechfacts load` through Typer's CliRunner, and the README's example
queries, run on SQLite, PostgreSQL and DuckDB."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import schemas
from pipeline.cli import app
from pipeline.db import connect

README = Path(__file__).resolve().parent.parent / "README.md"
SECTION = "## Databases: `speechfacts schema` and `speechfacts load`"

runner = CliRunner()


def invoke(*args, **kwargs):
    return runner.invoke(app, [*map(str, args)], **kwargs)


def count(url: str, table: str) -> int:
    with connect(url) as db:
        return db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


# --- schema ------------------------------------------------------------------------------------


def test_schema_prints_both_schemas_as_one_object():
    result = invoke("schema")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {n: schemas.load_schema(n) for n in schemas.SCHEMA_NAMES}


@pytest.mark.parametrize("name", schemas.SCHEMA_NAMES)
def test_schema_name_prints_the_file_as_shipped(name):
    result = invoke("schema", name)
    assert result.exit_code == 0
    assert result.stdout == schemas.schema_text(name)


def test_unknown_schema_is_a_usage_error():
    result = invoke("schema", "error")
    assert result.exit_code == 2
    assert "choose from fact, document" in result.stderr


# --- load --------------------------------------------------------------------------------------


def test_load_then_load_again(db_url, sample_records):
    facts, docs = sample_records
    first = invoke("load", facts, "--docs", docs, "--db", db_url)
    assert first.exit_code == 0, first.output
    assert "facts:" in first.stderr and "0 bad" in first.stderr
    n_facts = len(facts.read_text(encoding="utf-8").splitlines())
    assert "replaced:   none" in first.stderr
    again = invoke("load", facts, "--docs", docs, "--db", db_url, "-q")
    assert again.exit_code == 0 and again.stderr == ""
    assert count(db_url, "facts") == n_facts


def test_load_says_how_many_stored_facts_a_newer_run_replaced(db_url, sample_records, tmp_path):
    facts, docs = sample_records
    assert invoke("load", facts, "--docs", docs, "--db", db_url).exit_code == 0
    lines = facts.read_text(encoding="utf-8").splitlines()
    doc_id = json.loads(lines[0])["doc_id"]
    stored = [line for line in lines if json.loads(line)["doc_id"] == doc_id]
    newer = tmp_path / "newer.jsonl"  # a newer run found only the first fact of that document
    newer.write_text(stored[0] + "\n", encoding="utf-8")
    result = invoke("load", newer, "--db", db_url)
    assert result.exit_code == 0, result.output
    n = len(stored)
    assert (
        f"replaced:   {n} stored facts of 1 documents loaded again: 1 written again, "
        f"{n - 1} removed (not in this load)" in result.stderr
    )


def test_default_database_is_facts_db_in_the_current_folder(tmp_path, monkeypatch, sample_records):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SPEECHFACTS_DB", raising=False)
    assert invoke("load", sample_records[0], "-q").exit_code == 0
    assert count("sqlite:///facts.db", "facts") > 0


def test_database_url_from_the_environment(tmp_path, sample_records):
    url = f"sqlite:///{tmp_path / 'env.db'}"
    result = invoke("load", sample_records[0], "-q", env={"SPEECHFACTS_DB": url})
    assert result.exit_code == 0, result.output
    assert count(url, "facts") > 0


def test_facts_from_standard_input(tmp_path, sample_records):
    url = f"sqlite:///{tmp_path / 'stdin.db'}"
    text = sample_records[0].read_text(encoding="utf-8")
    result = invoke("load", "-", "--db", url, input=text)
    assert result.exit_code == 0, result.output
    assert "(<stdin>)" in result.stderr
    assert count(url, "facts") == len(text.splitlines())


@pytest.mark.parametrize(
    ("case", "code", "message"),
    [
        ("good", 0, ""),
        ("bad_line", 1, "f.jsonl:2: invalid JSON"),
        ("strict", 4, "stopped at the first bad line"),
        ("missing_file", 2, "not a readable file"),
        ("two_stdin", 2, "only one input can be standard input"),
        ("bad_url", 2, "invalid value for '--db'"),
        ("batch_0", 2, "--batch-size"),
        ("missing_folder", 3, "no/such does not exist (create it, or name another database)"),
        ("folder", 3, "it is a folder; name a database file"),
        ("no_server", 3, "cannot connect to postgresql://speechfacts:***@127.0.0.1:1/none"),
        ("duckdb_missing_folder", 3, "no/such does not exist"),
        ("duckdb_not_installed", 3, "pip install 'speechfacts[duckdb]'"),
    ],
)
def test_exit_codes(tmp_path, sample_records, monkeypatch, case, code, message):
    facts = sample_records[0]
    lines = facts.read_text(encoding="utf-8").splitlines()
    broken = tmp_path / "f.jsonl"
    broken.write_text("\n".join([lines[0], "{oops", *lines[1:]]) + "\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'x.db'}"
    args = {
        "good": [facts, "--db", db],
        "bad_line": [broken, "--db", db],
        "strict": [broken, "--db", db, "--strict"],
        "missing_file": [tmp_path / "none.jsonl", "--db", db],
        "two_stdin": ["-", "--docs", "-", "--db", db],
        "bad_url": [facts, "--db", "mysql://localhost/x"],
        "batch_0": [facts, "--db", db, "--batch-size", "0"],
        "missing_folder": [facts, "--db", f"sqlite:///{tmp_path}/no/such/folder.db"],
        "folder": [facts, "--db", str(tmp_path)],
        "no_server": [facts, "--db", "postgresql://speechfacts:pw@127.0.0.1:1/none"],
        "duckdb_missing_folder": [facts, "--db", f"duckdb:///{tmp_path}/no/such/folder.duckdb"],
        "duckdb_not_installed": [facts, "--db", str(tmp_path / "x.duckdb")],
    }[case]
    if case == "no_server":
        pytest.importorskip("psycopg")
    if case == "duckdb_missing_folder":
        pytest.importorskip("duckdb")
    if case == "duckdb_not_installed":
        monkeypatch.setitem(sys.modules, "duckdb", None)  # import duckdb -> ImportError
    result = invoke("load", *args)
    assert result.exit_code == code, result.output
    assert message in result.stderr
    assert "pw@" not in result.stderr  # the password is never printed


def test_help_reads_as_documentation():
    result = invoke("load", "--help", env={"COLUMNS": "100"})
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    for phrase in (
        "idempotent",
        "replaces their facts",
        "one transaction per batch",
        "Exit codes: 0 every line loaded",
        "4 stopped at a bad line (--strict)",
    ):
        assert phrase in text


# --- the README's example queries --------------------------------------------------------------


def readme_queries() -> list[tuple[str, str]]:
    """(dialects, sql) of every ```sql block in the README's database section."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index(SECTION) :]
    section = section[: section.index("\n## ", len(SECTION))]
    blocks = re.findall(r"```sql\n(.*?)```", section, flags=re.S)
    return [(block.splitlines()[0].removeprefix("-- "), block) for block in blocks]


DIALECTS = {"sqlite": "SQLite", "postgresql": "PostgreSQL", "duckdb": "DuckDB"}


@pytest.mark.parametrize("database", DIALECTS.values())
def test_readme_has_four_queries_for_each_database(database):
    # the fourth: summits per year held, by `event_key` (schema 1.4, round ident54)
    dialects = [d for d, _ in readme_queries()]
    assert sum(database in d for d in dialects) == 4


def test_readme_queries_run_and_answer(db_url, sample_records):
    facts, docs = sample_records
    assert invoke("load", facts, "--docs", docs, "--db", db_url, "-q").exit_code == 0
    wanted = DIALECTS[db_url.split(":", 1)[0]]
    with connect(db_url) as db:
        for dialects, sql in readme_queries():
            if wanted in dialects:
                rows = db.conn.execute(sql).fetchall()
                assert rows, f"no rows from the README query:\n{sql}"
