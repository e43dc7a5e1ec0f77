"""pipeline.load: fact and document records into SQLite, PostgreSQL and DuckDB (every test runs on
all three; PostgreSQL when SPEECHFACTS_TEST_PG is set, see tests/conftest.py).

Idempotence, replacement of a newer run's facts, batches as transactions, bad lines, lines the
database refuses, and a database failure in the middle of a load.
"""

from __future__ import annotations

import datetime
import json
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

import pipeline.load as load_module
from pipeline.db import connect
from pipeline.load import BadLine, Loader, LoadFailed, StrictStop
from pipeline.records import SCHEMA_VERSION


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def write_jsonl(path: Path, records: list) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def load(url: str, facts: Path, docs: Path | None = None, **options):
    """Load; returns (result, bad lines reported)."""
    bad: list[BadLine] = []
    with connect(url) as db:
        loader = Loader(db, on_bad_line=bad.append, **options)
        result = loader.load(str(facts), None if docs is None else str(docs))
    return result, bad


def query(url: str, sql: str) -> list[tuple]:
    with connect(url) as db:
        return [tuple(row) for row in db.conn.execute(sql).fetchall()]


def table(url: str, name: str) -> list[tuple]:
    key = "fact_id" if name == "facts" else "doc_id"
    return query(url, f"SELECT * FROM {name} ORDER BY {key}")


def fact_ids(url: str, doc_id: str | None = None) -> set[str]:
    where = f" WHERE doc_id = '{doc_id}'" if doc_id else ""
    return {row[0] for row in query(url, f"SELECT fact_id FROM facts{where}")}


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def is_duckdb(url: str) -> bool:
    return url.startswith("duckdb")


def refuse_fact(url: str, fact_id: str, message: str = "refused by the test trigger") -> None:
    """A trigger that makes the database refuse one fact: a real failure inside a batch.

    DuckDB has no triggers: the facts table is made again with a column `stored` (true for the
    rows already there, false for the rows the loader inserts) and a CHECK constraint that raises
    the message when that fact is inserted."""
    with connect(url) as db:
        db.prepare()
        if is_duckdb(url):
            from pipeline.db.tables import FACTS, create_statements

            create, *indexes = create_statements(FACTS, "duckdb")
            extra = (
                "stored BOOLEAN DEFAULT false,\n"
                f"  CHECK (CASE WHEN stored OR fact_id <> '{fact_id}' THEN true "
                f"ELSE error('{message}') END)"
            )
            db.conn.execute("CREATE TEMP TABLE kept AS SELECT * FROM facts")
            db.conn.execute("DROP TABLE facts")
            db.conn.execute(create[: create.rindex(")")] + f",\n  {extra}\n)")
            for statement in indexes:
                db.conn.execute(statement)
            db.conn.execute("INSERT INTO facts SELECT *, true FROM kept")
        elif is_sqlite(url):
            db.conn.execute(
                f"CREATE TRIGGER refuse BEFORE INSERT ON facts WHEN NEW.fact_id = '{fact_id}' "
                f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
            )
        else:
            db.conn.execute(
                "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                f"$$ BEGIN RAISE EXCEPTION '{message}'; END $$"
            )
            db.conn.execute(
                "CREATE TRIGGER refuse BEFORE INSERT ON facts FOR EACH ROW "
                f"WHEN (NEW.fact_id = '{fact_id}') EXECUTE FUNCTION refuse()"
            )


@pytest.fixture
def facts(sample_records) -> list[dict]:
    return read_jsonl(sample_records[0])


@pytest.fixture
def one_doc_each(facts) -> list[dict]:
    """The facts, each as if from its own document: batches then end exactly every batch_size
    lines (a batch never ends inside a document)."""
    return [f | {"doc_id": f"doc-{i}"} for i, f in enumerate(facts)]


@pytest.fixture
def docs(sample_records) -> list[dict]:
    return read_jsonl(sample_records[1])


# --- what is loaded ----------------------------------------------------------------------------


def test_loads_every_record_with_natural_types(db_url, sample_records, facts, docs):
    result, bad = load(db_url, *sample_records)
    assert bad == [] and result.bad == 0
    assert result.rows == {"documents": len(docs), "facts": len(facts)}
    assert [(f.kind, f.lines, f.loaded) for f in result.files] == [
        ("documents", len(docs), len(docs)),
        ("facts", len(facts), len(facts)),
    ]
    money = next(f for f in facts if f["type"] == "money" and f["doc_date"])
    columns = 'value, doc_date, period, "end", unit'
    (row,) = query(db_url, f"SELECT {columns} FROM facts WHERE fact_id = '{money['fact_id']}'")
    value, doc_date, period, end, unit = row
    assert value == money["value"] and period == money["period"] and end == money["end"]
    assert unit == money["unit"]
    if is_sqlite(db_url):
        assert doc_date == money["doc_date"]  # ISO text: SQLite has no date type
    elif is_duckdb(db_url):
        assert isinstance(value, float)  # DOUBLE, as in Parquet
        assert doc_date == datetime.date.fromisoformat(money["doc_date"])
    else:
        assert isinstance(value, Decimal)
        assert doc_date == datetime.date.fromisoformat(money["doc_date"])
    doc = next(d for d in docs if d["speakers"])
    (row,) = query(
        db_url,
        f"SELECT speakers, fact_counts, word_count FROM documents WHERE doc_id = '{doc['doc_id']}'",
    )
    speakers, counts, words = row
    if not isinstance(counts, dict):  # JSON text (SQLite's TEXT, DuckDB's JSON)
        counts = json.loads(counts)
    if is_sqlite(db_url):
        speakers = json.loads(speakers)
    assert (speakers, counts, words) == (doc["speakers"], doc["fact_counts"], doc["word_count"])


def test_loading_the_same_files_twice_leaves_the_same_rows(db_url, sample_records):
    load(db_url, *sample_records)
    first = table(db_url, "facts"), table(db_url, "documents")
    result, _ = load(db_url, *sample_records)
    assert (table(db_url, "facts"), table(db_url, "documents")) == first
    assert result.rows == {"documents": len(first[1]), "facts": len(first[0])}


@pytest.mark.parametrize("batch_size", [1, 2, 7, 10_000])
def test_batch_size_does_not_change_the_rows(db_url, sample_records, batch_size):
    # facts of one document split over several batches: the later batches must not delete the
    # facts the earlier ones brought
    load(db_url, *sample_records, batch_size=batch_size)
    once = table(db_url, "facts")
    load(db_url, *sample_records, batch_size=batch_size)
    assert table(db_url, "facts") == once
    assert len(once) == len(read_jsonl(sample_records[0]))


def test_a_newer_run_replaces_the_facts_of_its_documents(db_url, tmp_path, facts):
    old = write_jsonl(tmp_path / "old.jsonl", facts)
    load(db_url, old)
    doc_id = facts[0]["doc_id"]
    others = fact_ids(db_url) - fact_ids(db_url, doc_id)
    kept = facts[0] | {"subject": "corrected"}  # the same fact, corrected
    moved = facts[0] | {"start": 0, "end": 3, "fact_id": "fedcba9876543210"}  # a new fact
    new = write_jsonl(tmp_path / "new.jsonl", [kept, moved])
    result, _ = load(db_url, new)
    assert fact_ids(db_url, doc_id) == {kept["fact_id"], moved["fact_id"]}
    assert fact_ids(db_url) - fact_ids(db_url, doc_id) == others  # other documents untouched
    sql = f"SELECT subject FROM facts WHERE fact_id = '{kept['fact_id']}'"
    assert query(db_url, sql) == [("corrected",)]


def test_the_result_counts_the_stored_facts_a_newer_run_replaced_or_removed(
    db_url, tmp_path, facts
):
    first, _ = load(db_url, write_jsonl(tmp_path / "old.jsonl", facts))
    assert (first.replaced_facts, first.replaced_documents, first.removed_facts) == (0, 0, 0)
    assert "replaced:   none" in first.format()
    doc_id = facts[0]["doc_id"]
    stored = [f for f in facts if f["doc_id"] == doc_id]
    assert len(stored) >= 2
    # a newer run of that document: its first fact again (corrected), the others gone, one new
    kept = stored[0] | {"subject": "corrected"}
    new_fact = stored[0] | {"start": 0, "end": 3, "fact_id": "fedcba9876543210"}
    result, _ = load(db_url, write_jsonl(tmp_path / "new.jsonl", [kept, new_fact]))
    assert (result.replaced_facts, result.replaced_documents) == (len(stored), 1)
    assert result.removed_facts == len(stored) - 1
    assert (
        f"replaced:   {len(stored)} stored facts of 1 documents loaded again: 1 written again, "
        f"{len(stored) - 1} removed" in result.format()
    )
    # loading the same file again replaces its facts by themselves: nothing removed
    again, _ = load(db_url, tmp_path / "new.jsonl")
    assert (again.replaced_facts, again.replaced_documents, again.removed_facts) == (2, 1, 0)


def test_a_stored_fact_the_database_refuses_to_write_again_counts_as_removed(
    db_url, tmp_path, one_doc_each
):
    four = write_jsonl(tmp_path / "four.jsonl", one_doc_each[:4])
    load(db_url, four)
    refuse_fact(db_url, one_doc_each[3]["fact_id"])
    # the batch is refused, rolled back (with the deletions it noted) and written line by line
    result, bad = load(db_url, four, batch_size=4)
    assert len(bad) == 1
    assert (result.replaced_facts, result.replaced_documents, result.removed_facts) == (4, 4, 1)
    assert fact_ids(db_url) == {f["fact_id"] for f in one_doc_each[:3]}


def test_a_document_without_facts_any_more_loses_its_old_ones(db_url, tmp_path, facts, docs):
    load(db_url, write_jsonl(tmp_path / "f.jsonl", facts), write_jsonl(tmp_path / "d.jsonl", docs))
    gone = facts[0]["doc_id"]
    assert fact_ids(db_url, gone)
    new_docs = write_jsonl(tmp_path / "d2.jsonl", [d for d in docs if d["doc_id"] == gone])
    new_facts = write_jsonl(tmp_path / "f2.jsonl", [f for f in facts if f["doc_id"] != gone])
    load(db_url, new_facts, new_docs)
    assert fact_ids(db_url, gone) == set()
    assert fact_ids(db_url) == {f["fact_id"] for f in facts if f["doc_id"] != gone}


def test_a_repeated_key_in_one_batch_keeps_the_last_line(db_url, tmp_path, facts):
    first, again = facts[0] | {"subject": "first"}, facts[0] | {"subject": "again"}
    load(db_url, write_jsonl(tmp_path / "f.jsonl", [first, *facts[1:3], again]))
    sql = f"SELECT subject FROM facts WHERE fact_id = '{first['fact_id']}'"
    assert query(db_url, sql) == [("again",)]


# --- bad lines ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"fact_id": ', "invalid JSON: Expecting value"),
        ('{"text": "unterminated', "invalid JSON: Unterminated string"),
        ("[1, 2]", "does not match the fact schema: the record: expected object"),
        ('{"value": NaN}', "invalid JSON: NaN is not valid JSON"),
        ("TYPE", "does not match the fact schema: field 'type': must be one of"),
        ("EXTRA", "unknown field(s) 'note'"),
        ("OLD", f"field 'schema_version': must be \"{SCHEMA_VERSION}\""),
        ("BYTES", "not UTF-8"),
        ("SURROGATE", 'got "\\ud800"'),  # shown escaped: the report must stay printable
    ],
)
def test_bad_lines_are_reported_and_skipped(db_url, tmp_path, facts, line, reason):
    good = facts[:4]
    bad_record = {
        "TYPE": good[0] | {"type": "gdp"},
        "EXTRA": good[0] | {"note": "x"},
        "OLD": good[0] | {"schema_version": "0.9"},
        "SURROGATE": good[0] | {"type": "\ud800"},
    }.get(line, line)
    path = write_jsonl(tmp_path / "f.jsonl", [*good[:2], bad_record, "", *good[2:]])
    if line == "BYTES":
        path.write_bytes(path.read_bytes().replace(b"BYTES", b'{"text": "\xff"}'))
    result, bad = load(db_url, path, batch_size=2)
    assert [(b.line, b.source) for b in bad] == [(3, str(path))]
    assert reason in bad[0].reason, bad[0].reason
    assert str(bad[0]).startswith(f"{path}:3: ")
    str(bad[0]).encode("utf-8")  # printable
    assert fact_ids(db_url) == {f["fact_id"] for f in good}  # the blank line 4 is no record
    assert (result.files[0].lines, result.files[0].loaded, result.bad) == (5, 4, 1)


def test_strict_stops_at_a_bad_line_and_writes_nothing_of_its_batch(db_url, tmp_path, one_doc_each):
    facts = one_doc_each
    lines = [*facts[:4], "not json", *facts[4:6]]
    with pytest.raises(StrictStop) as stop:
        load(db_url, write_jsonl(tmp_path / "f.jsonl", lines), batch_size=3, strict=True)
    assert (stop.value.bad.line, stop.value.batch_start) == (5, 4)
    assert "lines 4 and after" in str(stop.value)
    assert fact_ids(db_url) == {f["fact_id"] for f in facts[:3]}  # the first batch only


# --- lines the database refuses, and database failures -----------------------------------------


def test_a_line_the_database_refuses_is_reported_and_skipped(db_url, tmp_path, facts):
    refuse_fact(db_url, facts[4]["fact_id"])
    result, bad = load(db_url, write_jsonl(tmp_path / "f.jsonl", facts[:7]), batch_size=3)
    assert [b.line for b in bad] == [5]
    assert bad[0].reason.startswith("refused by the database: ")
    assert "refused by the test trigger" in bad[0].reason  # DuckDB puts its CHECK before it
    assert fact_ids(db_url) == {f["fact_id"] for i, f in enumerate(facts[:7]) if i != 4}
    assert (result.files[0].loaded, result.bad) == (6, 1)


def test_strict_refused_line_rolls_back_its_whole_batch(db_url, tmp_path, one_doc_each):
    # the documents' old facts are there; the failed batch must not even have deleted them
    facts = one_doc_each
    old = [f | {"subject": "old"} for f in facts[:7]]
    load(db_url, write_jsonl(tmp_path / "old.jsonl", old))
    before = table(db_url, "facts")
    refuse_fact(db_url, facts[4]["fact_id"])
    new = [f | {"subject": "new"} for f in facts[:7]]
    with pytest.raises(StrictStop) as stop:
        load(db_url, write_jsonl(tmp_path / "new.jsonl", new), batch_size=3, strict=True)
    assert stop.value.bad.line == 5 and "refused by the test trigger" in stop.value.bad.reason
    subjects = dict(query(db_url, "SELECT fact_id, subject FROM facts"))
    assert [subjects[f["fact_id"]] for f in facts[:7]] == ["new"] * 3 + ["old"] * 4
    assert len(table(db_url, "facts")) == len(before)


def test_a_documents_lines_are_never_split_between_batches(db_url, tmp_path, facts):
    doc_id = facts[0]["doc_id"]
    lines = [f for f in facts if f["doc_id"] == doc_id]
    assert len(lines) > 4
    load(db_url, write_jsonl(tmp_path / "old.jsonl", [f | {"subject": "old"} for f in lines]))
    refuse_fact(db_url, lines[4]["fact_id"])
    new = write_jsonl(tmp_path / "new.jsonl", [f | {"subject": "new"} for f in lines])
    with pytest.raises(StrictStop) as stop:
        load(db_url, new, batch_size=3, strict=True)
    assert (stop.value.bad.line, stop.value.batch_start) == (5, 1)
    assert {s for (s,) in query(db_url, "SELECT subject FROM facts")} == {"old"}
    assert fact_ids(db_url) == {f["fact_id"] for f in lines}


def test_text_that_cannot_be_encoded_is_refused_by_the_database(db_url, tmp_path, facts):
    # "\ud800" (a lone surrogate) is valid JSON and a valid string, but not UTF-8
    bad_line = json.dumps(facts[1] | {"sentence": "\ud800"})
    result, bad = load(db_url, write_jsonl(tmp_path / "f.jsonl", [facts[0], bad_line, facts[2]]))
    assert [b.line for b in bad] == [2] and "surrogate" in bad[0].reason
    assert fact_ids(db_url) == {facts[0]["fact_id"], facts[2]["fact_id"]}


def test_postgres_refuses_nul_characters(pg_url, tmp_path, facts):
    records = [facts[0], facts[1] | {"sentence": "a\u0000b"}, facts[2]]
    result, bad = load(pg_url, write_jsonl(tmp_path / "f.jsonl", records))
    assert [b.line for b in bad] == [2] and "NUL" in bad[0].reason
    assert fact_ids(pg_url) == {facts[0]["fact_id"], facts[2]["fact_id"]}


def test_postgres_failure_mid_load_rolls_back_the_batch_and_names_its_lines(
    pg_url, tmp_path, one_doc_each
):
    facts = one_doc_each
    # a failure that is not about one row's data (here: disk full, raised by a trigger)
    with connect(pg_url) as db:
        db.prepare()
        db.conn.execute(
            "CREATE FUNCTION disk_full() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'no space left (test)' USING ERRCODE = 'disk_full'; END $$"
        )
        db.conn.execute(
            "CREATE TRIGGER disk_full BEFORE INSERT ON facts FOR EACH ROW "
            f"WHEN (NEW.fact_id = '{facts[4]['fact_id']}') EXECUTE FUNCTION disk_full()"
        )
    path = write_jsonl(tmp_path / "f.jsonl", facts[:7])
    with pytest.raises(LoadFailed, match=r"lines 4-6 not loaded .*no space left \(test\)"):
        load(pg_url, path, batch_size=3)
    assert fact_ids(pg_url) == {f["fact_id"] for f in facts[:3]}


def test_sqlite_locked_mid_load_rolls_back_the_batch_and_names_its_lines(
    tmp_path, one_doc_each, monkeypatch
):
    facts = one_doc_each
    path = tmp_path / "facts.db"
    other = sqlite3.connect(path, isolation_level=None)
    real_read_lines = load_module.read_lines

    def lines_then_lock(name):
        for number, raw in real_read_lines(name):
            if number == 5:  # after the first batch: another process takes the write lock
                other.execute("BEGIN EXCLUSIVE")
            yield number, raw

    monkeypatch.setattr(load_module, "read_lines", lines_then_lock)
    with connect(f"sqlite:///{path}") as db:
        db.conn.execute("PRAGMA busy_timeout = 50")
        loader = Loader(db, batch_size=3)
        with pytest.raises(LoadFailed, match="lines 4-6 not loaded .*database is locked"):
            loader.load(str(write_jsonl(tmp_path / "f.jsonl", facts[:7])))
    other.execute("ROLLBACK")
    assert fact_ids(f"sqlite:///{path}") == {f["fact_id"] for f in facts[:3]}


def test_the_facts_said_at_an_event_join_through_the_documents_event_key(
    db_url, tmp_path, facts, docs
):
    """Schema 1.5 (doc60): documents.event_key, the event the page is the record of, finds the
    figures said there by a join, in every database; a year is substr(event_key, 1, 4)."""
    with_money = next(d for d in docs if d["fact_counts"]["money"])
    key = "2031-06|forum|forum lakemoor"
    docs = [
        {**d, "event_name": "Lakemoor Forum", "event_kind": "forum", "event_key": key}
        if d["doc_id"] == with_money["doc_id"]
        else d
        for d in docs
    ]
    load(db_url, write_jsonl(tmp_path / "f.jsonl", facts), write_jsonl(tmp_path / "d.jsonl", docs))
    said = query(
        db_url,
        "SELECT f.fact_id FROM facts AS f JOIN documents AS d ON d.doc_id = f.doc_id "
        "WHERE d.event_key = '2031-06|forum|forum lakemoor' AND f.type = 'money'",
    )
    money = {f["fact_id"] for f in facts if f["doc_id"] == with_money["doc_id"]}
    money &= {f["fact_id"] for f in facts if f["type"] == "money"}
    assert {row[0] for row in said} == money != set()
    years = query(
        db_url,
        "SELECT doc_id FROM documents WHERE substr(event_key, 1, 4) = '2031'",
    )
    assert years == [(with_money["doc_id"],)]
