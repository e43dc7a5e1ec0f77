"""Databases that fact and document records are loaded into: SQLite, PostgreSQL and DuckDB.

`connect(url)` picks the backend from the URL:

- `sqlite:///relative/path.db`, `sqlite:////absolute/path.db`, or a bare path: SQLite;
- `duckdb:///relative/path.duckdb`, `duckdb:////absolute/path.duckdb`, or a bare path ending in
  `.duckdb` or `.ddb`: DuckDB (the `duckdb` extra);
- `postgresql://user:password@host:port/dbname?options` (or `postgres://`): PostgreSQL, any URL
  libpq understands (PG* environment variables fill in what it leaves out).
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit, urlunsplit

from pipeline.db.base import Database, DatabaseError, RowRefused
from pipeline.db.tables import DOCUMENTS, FACTS, TABLES
from pipeline.defaults import DEFAULT_URL  # noqa: F401 - defined where the CLI reads it

__all__ = [
    "DOCUMENTS",
    "FACTS",
    "TABLES",
    "Database",
    "DatabaseError",
    "RowRefused",
    "UnsupportedURL",
    "connect",
    "display_url",
    "duckdb_path",
    "sqlite_path",
]

POSTGRES_SCHEMES = ("postgresql", "postgres")


class UnsupportedURL(ValueError):
    """The URL names no database this tool can load into."""


def display_url(url: str) -> str:
    """The URL with its password masked, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


DUCKDB_EXTENSIONS = (".duckdb", ".ddb")


def _file_url_path(url: str, scheme: str, name: str, example: str) -> str | None:
    """The file of a `scheme:///path` URL, or None if `url` is not of that scheme."""
    if not url.startswith(f"{scheme}:"):
        return None
    rest = url[len(scheme) + 1 :]
    if not rest.startswith("///") or len(rest) == 3:
        raise UnsupportedURL(
            f"{url!r}: a {name} URL is {scheme}:///relative/path.{example} or "
            f"{scheme}:////absolute/path.{example}"
        )
    return rest[3:]


def duckdb_path(url: str) -> str | None:
    """The file of a DuckDB URL (or a bare path ending in .duckdb/.ddb), or None."""
    path = _file_url_path(url, "duckdb", "DuckDB", "duckdb")
    if path is None and "://" not in url and url.lower().endswith(DUCKDB_EXTENSIONS):
        return url
    return path


def sqlite_path(url: str) -> str | None:
    """The file of a SQLite URL (or any other bare path), or None if `url` is not one."""
    path = _file_url_path(url, "sqlite", "SQLite", "db")
    if path is None and "://" not in url and not url.lower().endswith(DUCKDB_EXTENSIONS):
        return url
    return path


def _file_problem(path: str) -> str | None:
    """Why a database file cannot be opened at all, in words a person can act on (the drivers
    say "unable to open database file"), or None."""
    if path in ("", ":memory:"):
        return None
    if os.path.isdir(path):
        return "it is a folder; name a database file"
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        return f"the folder {folder} does not exist (create it, or name another database)"
    return None


def connect(url: str) -> Database:
    """Open the database; raises UnsupportedURL, or DatabaseError when it cannot be opened."""
    for path in (duckdb_path(url), sqlite_path(url)):
        problem = _file_problem(path) if path is not None else None
        if problem is not None:
            raise DatabaseError(f"cannot open {path}: {problem}")
    path = duckdb_path(url)
    if path is not None:
        from pipeline.db.duckdb import DuckDBDatabase

        return DuckDBDatabase(path, display_url(url))
    path = sqlite_path(url)
    if path is not None:
        from pipeline.db.sqlite import SQLiteDatabase

        return SQLiteDatabase(path, display_url(url))
    if urlsplit(url).scheme in POSTGRES_SCHEMES:
        from pipeline.db.postgres import PostgresDatabase

        return PostgresDatabase(url, display_url(url))
    raise UnsupportedURL(
        f"{display_url(url)!r}: use sqlite:///PATH.db (or a bare path), duckdb:///PATH.duckdb "
        "or postgresql://..."
    )
