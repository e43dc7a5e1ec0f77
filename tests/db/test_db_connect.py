"""pipeline.db: URLs, opening databases, the layout version, the lazy psycopg import."""

from __future__ import annotations

import sys

import pytest

from pipeline.db import (
    DatabaseError,
    UnsupportedURL,
    connect,
    display_url,
    duckdb_path,
    sqlite_path,
)


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("sqlite:///facts.db", "facts.db"),
        ("sqlite:///out/facts.db", "out/facts.db"),
        ("sqlite:////tmp/facts.db", "/tmp/facts.db"),
        ("facts.db", "facts.db"),
        ("/tmp/facts.db", "/tmp/facts.db"),
        ("postgresql://u@localhost/db", None),
    ],
)
def test_sqlite_urls(url, path):
    assert sqlite_path(url) == path


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("duckdb:///facts.duckdb", "facts.duckdb"),
        ("duckdb:////tmp/facts.duckdb", "/tmp/facts.duckdb"),
        ("facts.duckdb", "facts.duckdb"),
        ("out/Facts.DDB", "out/Facts.DDB"),
        ("facts.db", None),
        ("sqlite:///facts.duckdb", None),  # the scheme decides
    ],
)
def test_duckdb_urls(url, path):
    assert duckdb_path(url) == path
    if path is not None:
        assert sqlite_path(url) is None


def test_a_bare_duckdb_path_opens_duckdb(tmp_path):
    pytest.importorskip("duckdb")
    with connect(str(tmp_path / "facts.duckdb")) as db:
        assert db.dialect == "duckdb"


def test_duckdb_without_the_package_says_what_to_install(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "duckdb", None)
    with pytest.raises(DatabaseError, match=r"pip install 'speechfacts\[duckdb\]'"):
        connect(f"duckdb:///{tmp_path}/x.duckdb")


@pytest.mark.parametrize(
    "url", ["sqlite://facts.db", "sqlite:///", "duckdb://x.duckdb", "mysql://u@h/db", "http://x"]
)
def test_unsupported_urls(url):
    with pytest.raises(UnsupportedURL):
        connect(url)


def test_display_url_masks_the_password():
    assert (
        display_url("postgresql://ann:s3cret@db:5432/facts") == "postgresql://ann:***@db:5432/facts"
    )
    assert display_url("postgresql://ann@db/facts") == "postgresql://ann@db/facts"


def test_sqlite_in_a_missing_folder_is_a_database_error(tmp_path):
    with pytest.raises(DatabaseError, match="cannot open"):
        connect(f"sqlite:///{tmp_path}/missing/facts.db")


def test_postgres_without_psycopg_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg -> ImportError
    with pytest.raises(DatabaseError, match=r"pip install 'speechfacts\[postgres\]'"):
        connect("postgresql://nobody@127.0.0.1:1/none")


def test_prepare_creates_tables_and_indexes_once(db_url):
    with connect(db_url) as db:
        db.prepare()
        db.prepare()  # idempotent
        if db.dialect == "sqlite":
            names = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master").fetchall()}
        else:
            names = {
                r[0]
                for r in db.conn.execute(
                    "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() "
                    "UNION SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                ).fetchall()
            }
    assert {"facts", "documents", "speechfacts_meta"} <= names
    assert {"facts_type_period_idx", "facts_speaker_idx", "documents_date_idx"} <= names


def test_a_database_of_another_schema_version_is_refused(db_url):
    with connect(db_url) as db:
        db.prepare()
        db.conn.execute("UPDATE speechfacts_meta SET value = '0.9' WHERE key = 'schema_version'")
    with connect(db_url) as db, pytest.raises(DatabaseError, match="schema version 0.9"):
        db.prepare()
