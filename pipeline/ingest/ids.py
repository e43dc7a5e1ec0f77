"""The document id rule: ids that do not collide by accident.

- A file that holds one document (plain text, an HTML page without a page URL) is named by its
  path relative to the input folder it was found in, without extension, with "/" between
  folders: `2013/speech.txt` -> "2013/speech", `2014/speech.txt` -> "2014/speech". A file directly
  in that folder (a flat folder), or named on the command line, keeps its file name stem
  ("speech").
- A kremlin.ru page (any HTML page with an `og:url`) keeps the page id of its URL
  (pipeline.ingest.kremlin).
- A record of a JSON, JSON-lines (or CSV) file keeps the id it carries: users join on it. With
  `--id-prefix file` that id is scoped by its file, "{file}#{id}" (`2013.jsonl#1`), for files whose
  ids are only row numbers. A record without an id is "{name}-{line}" (the file's name as above).

Two documents that still share an id are told apart by the runner: the same text is a duplicate
(dropped quietly, as kremlin.ru's print versions), other text is a `duplicate_id` error record.
"""

from __future__ import annotations

import os

ID_PREFIXES = ("none", "file")
SCOPE_SEPARATOR = "#"


def strip_extension(name: str) -> str:
    """ "11287.html.gz" -> "11287"; "notes.v2.txt" -> "notes.v2"; a name that is only an
    extension (".txt") stays as it is."""
    base = name[:-3] if name.lower().endswith(".gz") else name
    return os.path.splitext(base)[0] or base or name


def document_name(rel: str) -> str:
    """The id of a one-document file from its path relative to its input folder ("/"-separated):
    "2013/speech.txt" -> "2013/speech"."""
    folder, _, name = rel.rpartition("/")
    stem = strip_extension(name)
    return f"{folder}/{stem}" if folder else stem


def record_id(carried: str | None, fallback: str, scope: str | None = None) -> str:
    """The id of one record of a multi-document file: the id it carries (scoped by `scope`, the
    file's relative path, under `--id-prefix file`), else `fallback` ("{name}-{line}")."""
    if carried is None:
        return fallback
    return f"{scope}{SCOPE_SEPARATOR}{carried}" if scope is not None else carried
