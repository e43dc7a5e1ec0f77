"""JSON and JSON-lines inputs -> one Speech per record (pipeline.ingest.fields: text, id,
title, date, url, place, speaker). A broken line or record becomes an InputError; the other
records still load. A file whose first record speechfacts wrote itself (an earlier output) is
skipped whole (`own_output`).

Ids (pipeline.ingest.ids): a record keeps the id it carries (`id`, else `url`, or the field
`--id-column` names; scoped "{file}#{id}" under `--id-prefix file`); a record without one is
"{name}-{line}" ("{name}-{index}" in a JSON list), where name is the file's path relative to its
input folder, without extension."""

from __future__ import annotations

import json
import os

from pipeline.ingest.fields import speech_from_fields
from pipeline.ingest.options import DEFAULT_OPTIONS, IngestOptions
from pipeline.ingest.ownrecords import own_output, own_record_kind
from pipeline.speech import InputError, Skipped, Speech


def _stem(path: str) -> str:
    name = os.path.basename(path)
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return os.path.splitext(name)[0] or name


def _record(
    record: object,
    source: str,
    fallback_id: str,
    options: IngestOptions,
    scope: str | None = None,
) -> Speech | InputError:
    if not isinstance(record, dict):
        return InputError(source, "malformed", f"{source} is not a JSON object")
    return speech_from_fields(record, source, fallback_id, options, scope)


def first_line_own(text: str) -> str | None:
    """The kind of speechfacts record the first non-blank line of `text` is, or None."""
    for line in text.lstrip("\ufeff").split("\n"):
        if line.strip():
            try:
                return own_record_kind(json.loads(line))
            except ValueError:
                return None
    return None


def parse_json_records(
    text: str,
    source: str,
    fmt: str,
    first_line: int = 1,
    name: str | None = None,
    scope: str | None = None,
    check_own: bool = True,
    options: IngestOptions = DEFAULT_OPTIONS,
) -> list[Speech | InputError | Skipped]:
    """Parse JSON ("json": an object or a list of objects) or JSON lines ("jsonl").

    first_line: the line number of the text's first line (a part of a larger file). name: the
    file's name for ids (default: its stem); scope: the prefix of carried ids (--id-prefix file).
    check_own: skip the whole text when its first record (the first non-blank line) is one
    speechfacts wrote (the parts of a large file are checked once, by `first_line_own`).
    options: the run's ingest options (field names, date, title, date order).
    """
    stem = name or _stem(source)
    results: list[Speech | InputError | Skipped] = []
    first_record = check_own
    if fmt == "jsonl":
        # lines end at "\n" only: U+2028 and other separators are valid inside JSON strings
        for number, line in enumerate(text.split("\n"), start=first_line):
            if number == 1:
                line = line.lstrip("\ufeff")
            if not line.strip():
                continue
            where = f"{source}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                reason = f"line {number} is not valid JSON: {exc.msg} (column {exc.colno})"
                results.append(InputError(where, "malformed", reason))
                first_record = False
                continue
            if first_record:
                first_record = False
                own = own_record_kind(record)
                if own is not None:
                    return [own_output(source, own)]
            results.append(_record(record, where, f"{stem}-{number}", options, scope))
        return results or [InputError(source, "empty", "the JSON-lines file has no records")]
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        own = first_line_own(text) if check_own else None  # our JSON lines under a .json name
        if own is not None:
            return [own_output(source, own)]
        reason = f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        return [InputError(source, "malformed", reason)]
    own = own_record_kind(data[0] if isinstance(data, list) and data else data)
    if check_own and own is not None:
        return [own_output(source, own)]
    if isinstance(data, dict):
        return [_record(data, source, stem, options, scope)]
    if isinstance(data, list):
        results = [
            _record(item, f"{source}:#{index}", f"{stem}-{index}", options, scope)
            for index, item in enumerate(data)
        ]
        return results or [InputError(source, "empty", "the JSON list is empty")]
    return [InputError(source, "malformed", "JSON content is neither an object nor a list")]
