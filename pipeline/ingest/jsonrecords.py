"""JSON and JSON-lines inputs -> one Speech per record (fields: text, id, title, date, url,
place). A broken line or record becomes an InputError; the other records still load. A file whose
first record speechfacts wrote itself (an earlier output) is skipped whole (`own_output`).

Ids (pipeline.ingest.ids): a record keeps the `id` it carries (scoped "{file}#{id}" under
`--id-prefix file`); a record without one is "{name}-{line}" ("{name}-{index}" in a JSON list),
where name is the file's path relative to its input folder, without extension."""

from __future__ import annotations

import json
import os
import re
from datetime import datetime

from pipeline.ingest.ids import record_id
from pipeline.ingest.ownrecords import own_output, own_record_kind
from pipeline.speech import InputError, Skipped, Speech

_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
_SURROGATE = re.compile("[\ud800-\udfff]")
_SPACES = re.compile(r"\s+")
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d.%m.%Y", "%d/%m/%Y", "%B %d, %Y", "%d %B %Y", "%Y%m%d")


def normalise_date(value: object) -> str | None:
    """ISO "YYYY-MM-DD" for a recognisable date (also a datetime prefix), else None."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    match = re.match(r"^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$", value)
    candidates = [match.group(1)] if match else [value]
    for candidate in candidates:
        for fmt in _DATE_FORMATS:
            try:
                return datetime.strptime(candidate, fmt).date().isoformat()
            except ValueError:
                continue
    return None


def _stem(path: str) -> str:
    name = os.path.basename(path)
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return os.path.splitext(name)[0] or name


def _optional_str(record: dict, key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _record(
    record: object, source: str, fallback_id: str, scope: str | None = None
) -> Speech | InputError:
    if not isinstance(record, dict):
        return InputError(source, "malformed", f"{source} is not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputError(source, "malformed", f'{source} has no "text" field with text')
    # lone surrogates ("\ud800" escapes) cannot be tokenised or written as UTF-8: one U+FFFD
    # each, so offsets are as in the input
    text = _SURROGATE.sub("\ufffd", text.replace("\r\n", "\n"))
    paragraphs = [_SPACES.sub(" ", p).strip() for p in _BLANK_LINE.split(text)]
    return Speech(
        doc_id=record_id(_optional_str(record, "id"), fallback_id, scope),
        source=source,
        paragraphs=[p for p in paragraphs if p],
        title=_optional_str(record, "title"),
        date=normalise_date(record.get("date")),
        url=_optional_str(record, "url"),
        place=_optional_str(record, "place"),
    )


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
) -> list[Speech | InputError | Skipped]:
    """Parse JSON ("json": an object or a list of objects) or JSON lines ("jsonl").

    first_line: the line number of the text's first line (a part of a larger file). name: the
    file's name for ids (default: its stem); scope: the prefix of carried ids (--id-prefix file).
    check_own: skip the whole text when its first record (the first non-blank line) is one
    speechfacts wrote (the parts of a large file are checked once, by `first_line_own`).
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
            results.append(_record(record, where, f"{stem}-{number}", scope))
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
        return [_record(data, source, stem, scope)]
    if isinstance(data, list):
        results = [
            _record(item, f"{source}:#{index}", f"{stem}-{index}", scope)
            for index, item in enumerate(data)
        ]
        return results or [InputError(source, "empty", "the JSON list is empty")]
    return [InputError(source, "malformed", "JSON content is neither an object nor a list")]
