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


@pytest.mark.parametrize("quiet", [False, True])
def test_facts_without_their_documents_are_counted_and_warned_about(
    db_url, sample_records, tmp_path, quiet
):
    """Facts loaded without their --docs (or with a documents file that does not hold their
    documents) have no row to join: the summary counts them, a warning says what to load (also
    with --quiet), and the exit stays 0 (every line was loaded)."""
    facts, docs = sample_records
    lines = facts.read_text(encoding="utf-8").splitlines()
    n_facts = len(lines)
    n_docs = len({json.loads(line)["doc_id"] for line in lines})
    flags = ["-q"] if quiet else []
    alone = invoke("load", facts, "--db", db_url, *flags)
    assert alone.exit_code == 0, alone.output
    warning = (
        f"warning: {n_facts:,} facts of {n_docs:,} documents have no row in the documents table "
        "(no --docs was given)"
    )
    assert warning in alone.stderr
    assert "--docs DOCS.jsonl" in alone.stderr
    assert (f"orphans:    {n_facts:,} facts of {n_docs:,} documents" in alone.stderr) != quiet
    other = tmp_path / "other-docs.jsonl"  # a documents file of another run
    other.write_text(docs.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    kept = json.loads(other.read_text(encoding="utf-8"))["doc_id"]
    n_kept = sum(json.loads(line)["doc_id"] == kept for line in lines)
    partial = invoke("load", facts, "--docs", other, "--db", db_url, *flags)
    assert partial.exit_code == 0, partial.output
    assert (
        f"warning: {n_facts - n_kept:,} facts of {n_docs - 1:,} documents have no row in the "
        "documents table (the documents file given does not hold them)" in partial.stderr
    )
    complete = invoke("load", facts, "--docs", docs, "--db", db_url)
    assert complete.exit_code == 0, complete.output
    assert "warning" not in complete.stderr
    assert "orphans:    none" in complete.stderr


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("docs_as_facts", "docs.jsonl holds document records (the file `extract --docs"),
        ("facts_as_docs", "facts.jsonl holds fact records (the file `extract -o"),
        ("swapped", "the two files are swapped (speechfacts load {facts} --docs {docs})"),
        ("errors_as_facts", "errors.jsonl holds error records"),
    ],
)
def test_a_file_of_the_other_records_is_refused_before_anything_is_loaded(
    sample_records, tmp_path, case, message
):
    """DOCS given as FACTS (or the other way round, or an errors file) made every line a bad
    line, one 'does not match the fact schema' each, and exit 1; now exit 2, no database."""
    facts, docs = sample_records
    errors = tmp_path / "errors.jsonl"
    error = {"schema_version": "1.3", "source": "a.txt", "doc_id": None, "kind": "empty"}
    errors.write_text(json.dumps(error | {"reason": "the file is empty"}) + "\n")
    db = tmp_path / "x.db"
    args = {
        "docs_as_facts": [docs],
        "facts_as_docs": [facts, "--docs", facts],
        "swapped": [docs, "--docs", facts],
        "errors_as_facts": [errors],
    }[case]
    result = invoke("load", *args, "--db", db)
    assert result.exit_code == 2, result.output
    assert message.format(facts=facts, docs=docs) in result.stderr
    assert "does not match" not in result.stderr
    assert not db.exists()


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
def test_readme_has_six_queries_for_each_database(database):
    # the fourth: partner countries per year (round ccs54); the fifth: summits per year held,
    # by `event_key` (schema 1.4, round ident54); the sixth: figures said at each event, by the
    # document's `event_key` (schema 1.5, round doc60)
    dialects = [d for d, _ in readme_queries()]
    assert sum(database in d for d in dialects) == 6


def test_readme_queries_run_and_answer(db_url, sample_records):
    facts, docs = sample_records
    assert invoke("load", facts, "--docs", docs, "--db", db_url, "-q").exit_code == 0
    wanted = DIALECTS[db_url.split(":", 1)[0]]
    with connect(db_url) as db:
        for dialects, sql in readme_queries():
            if wanted in dialects:
                rows = db.conn.execute(sql).fetchall()
                assert rows, f"no rows from the README query:\n{sql}"
