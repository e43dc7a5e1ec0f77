"""Shared fixtures: the ../shared folder beside the project (gold files, the kremlin.ru archive).

Tests that need it skip with a reason when it is absent.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ARCHIVE = SHARED / "kremlin-en.tar.xz"
GOLD = SHARED / "gold" / "dev.jsonl"
DEV_DOCS = SHARED / "gold" / "dev_docs.txt"


@pytest.fixture(scope="session")
def shared_gold() -> tuple[Path, Path]:
    if not GOLD.exists() or not DEV_DOCS.exists():
        pytest.skip(
            f"the development gold is absent ({GOLD}); it lives in ../shared beside the repo"
        )
    return GOLD, DEV_DOCS


@pytest.fixture(scope="session")
def archive_dir(tmp_path_factory) -> Path:
    """The shared kremlin.ru archive, unpacked once per test session into a temporary folder."""
    if not ARCHIVE.exists():
        pytest.skip(
            f"the shared archive is absent ({ARCHIVE}); it lives in ../shared beside the repo"
        )
    target = tmp_path_factory.mktemp("kremlin")
    subprocess.run(["tar", "-xJf", str(ARCHIVE), "-C", str(target)], check=True)
    return target / "kremlin-en" / "news"


# --- databases (speechfacts load): SQLite always, PostgreSQL when SPEECHFACTS_TEST_PG is set ----

PG_ENV = "SPEECHFACTS_TEST_PG"
DB_FIXTURE_SPEECHES = ROOT / "tests" / "fixtures" / "db-speeches.jsonl"


@pytest.fixture
def pg_url(request) -> str:
    """A PostgreSQL URL whose search_path is a fresh schema, dropped after the test.

    `.ci/run` starts a throwaway server and sets SPEECHFACTS_TEST_PG; without it these tests skip.
    """
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set (.ci/run starts a throwaway PostgreSQL and sets it)")
    psycopg = pytest.importorskip("psycopg", reason="psycopg is not installed ('postgres' extra)")
    schema = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in base else "?"
    yield f"{base}{separator}options=-csearch_path%3D{schema}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path) -> str:
    """The URL of an empty database: each test using it runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'facts.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture(scope="session")
def sample_records(tmp_path_factory) -> tuple[Path, Path]:
    """(facts, docs) extracted once from corpus/ and tests/fixtures/db-speeches.jsonl."""
    from pipeline.runner import run

    out = tmp_path_factory.mktemp("sample_records")
    facts, docs = out / "facts.jsonl", out / "docs.jsonl"
    run(
        [str(ROOT / "corpus"), str(DB_FIXTURE_SPEECHES)],
        facts_out=str(facts),
        docs_out=str(docs),
        errors_out=str(out / "errors.jsonl"),
    )
    return facts, docs
