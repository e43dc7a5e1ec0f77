"""JSON and JSON-lines inputs -> one Speech per record (pipeline.ingest.fields: text, id,
title, date, url, place, speaker). A broken line or record becomes an InputError; the other records
still load."""

from __future__ import annotations

import json
import os

from pipeline.ingest.fields import speech_from_fields
from pipeline.ingest.options import DEFAULT_OPTIONS, IngestOptions
from pipeline.speech import InputError, Speech


def _stem(path: str) -> str:
    name = os.path.basename(path)
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return os.path.splitext(name)[0] or name


def _record(
    record: object, source: str, fallback_id: str, options: IngestOptions
) -> Speech | InputError:
    if not isinstance(record, dict):
        return InputError(source, "malformed", f"{source} is not a JSON object")
    return speech_from_fields(record, source, fallback_id, options)


def parse_json_records(
    text: str,
    source: str,
    fmt: str,
    first_line: int = 1,
    options: IngestOptions = DEFAULT_OPTIONS,
) -> list[Speech | InputError]:
    """Parse JSON ("json": an object or a list of objects) or JSON lines ("jsonl").

    first_line: the line number of the text's first line (a part of a larger file)."""
    stem = _stem(source)
    results: list[Speech | InputError] = []
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
                continue
            results.append(_record(record, where, f"{stem}-{number}", options))
        return results or [InputError(source, "empty", "the JSON-lines file has no records")]
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        reason = f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        return [InputError(source, "malformed", reason)]
    if isinstance(data, dict):
        return [_record(data, source, stem, options)]
    if isinstance(data, list):
        results = [
            _record(item, f"{source}:#{index}", f"{stem}-{index}", options)
            for index, item in enumerate(data)
        ]
        return results or [InputError(source, "empty", "the JSON list is empty")]
    return [InputError(source, "malformed", "JSON content is neither an object nor a list")]
