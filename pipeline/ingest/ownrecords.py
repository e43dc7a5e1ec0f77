"""Records that speechfacts wrote itself (fact, document and error records) are never speeches.

A fact record has a "text" (the mention) and a document record a "text" (the whole document), so
without this check an earlier run's output lying in an input folder would be read back as
thousands of tiny "documents". A JSON object is recognised as one of ours by its keys: a
`schema_version` string and every field of a fact, document or error record of schema 1.0 (later
versions only add fields). A file whose first record is one of ours is skipped whole, as
`own_output`; so is an empty file named like our errors file ("*.errors.jsonl", written even when
no error occurred).
"""

from __future__ import annotations

import os

from pipeline.speech import Skipped

OWN_OUTPUT = "own_output"
ERRORS_SUFFIX = ".errors.jsonl"

# the fields of each record kind in schema 1.0 (tests check them against pipeline.records)
RECORD_KEYS = {
    "fact": frozenset(
        (
            "schema_version",
            "fact_id",
            "doc_id",
            "doc_date",
            "type",
            "text",
            "start",
            "end",
            "sentence",
            "speaker",
            "value",
            "unit",
            "qualifier",
        )
    ),
    "document": frozenset(
        (
            "schema_version",
            "doc_id",
            "title",
            "date",
            "source",
            "speakers",
            "word_count",
            "fact_counts",
            "text",
        )
    ),
    "error": frozenset(("schema_version", "source", "doc_id", "kind", "reason")),
}


def own_record_kind(record: object) -> str | None:
    """ "fact", "document" or "error" when `record` is a record speechfacts writes, else None."""
    if not isinstance(record, dict) or not isinstance(record.get("schema_version"), str):
        return None
    for kind, keys in RECORD_KEYS.items():
        if keys <= record.keys():
            return kind
    return None


def own_output(source: str, kind: str) -> Skipped:
    """The skip of a file (or a part of one) whose records speechfacts wrote."""
    reason = f"holds {kind} records written by speechfacts (an earlier output), not speeches"
    return Skipped(source, OWN_OUTPUT, reason)


def is_empty_errors_file(path: str) -> bool:
    """An empty file named like the errors file speechfacts writes beside its facts."""
    if not os.path.basename(path).endswith(ERRORS_SUFFIX):
        return False
    try:
        return os.path.getsize(path) == 0
    except OSError:
        return False
