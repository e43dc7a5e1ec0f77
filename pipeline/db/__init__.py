"""Databases that fact and document records are loaded into: SQLite and PostgreSQL.

`connect(url)` picks the backend from the URL:

- `sqlite:///relative/path.db`, `sqlite:////absolute/path.db`, or a bare path: SQLite;
- `postgresql://user:password@host:port/dbname?options` (or `postgres://`): PostgreSQL, any URL
  libpq understands (PG* environment variables fill in what it leaves out).
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from pipeline.db.base import Database, DatabaseError, RowRefused
from pipeline.db.tables import DOCUMENTS, FACTS, TABLES

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
]

DEFAULT_URL = "sqlite:///facts.db"
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


def sqlite_path(url: str) -> str | None:
    """The file of a SQLite URL (or bare path), or None if `url` is not one."""
    if url.startswith("sqlite:"):
        rest = url[len("sqlite:") :]
        if not rest.startswith("///") or len(rest) == 3:
            raise UnsupportedURL(
                f"{url!r}: a SQLite URL is sqlite:///relative/path.db or sqlite:////absolute/path.db"
            )
        return rest[3:]
    if "://" not in url:
        return url
    return None


def connect(url: str) -> Database:
    """Open the database; raises UnsupportedURL, or DatabaseError when it cannot be opened."""
    path = sqlite_path(url)
    if path is not None:
        from pipeline.db.sqlite import SQLiteDatabase

        return SQLiteDatabase(path, display_url(url))
    if urlsplit(url).scheme in POSTGRES_SCHEMES:
        from pipeline.db.postgres import PostgresDatabase

        return PostgresDatabase(url, display_url(url))
    raise UnsupportedURL(
        f"{display_url(url)!r}: use sqlite:///PATH.db (or a bare path) or postgresql://..."
    )
