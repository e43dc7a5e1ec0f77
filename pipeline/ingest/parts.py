"""Large JSON-lines and CSV files in parts: byte ranges, each read on its own.

A plain (not gzipped) `.jsonl` or `.csv`/`.tsv` file larger than one part is never read whole:
`split_file` scans it once in blocks to find where records start near every `part_bytes` and the
line number each part starts at, and `load_part` reads one range. JSON lines are cut at line ends;
CSV rows, which may hold line breaks in quoted fields, where a row starts as the CSV reader reads
them (pipeline.ingest.csvrecords). The records, their sources ("file.jsonl:LINE") and their
fallback ids are the same as when the whole file is read at once. For such files `--max-bytes`
bounds each line or row (one record), not the file. Whether speechfacts wrote a large JSONL
file itself (an earlier output) is checked once, before it is cut (`first_record_own`).
"""

from __future__ import annotations

import os

from pipeline.ingest.language import check_language
from pipeline.ingest.options import DEFAULT_OPTIONS, IngestOptions
from pipeline.ingest.readers import DEFAULT_MAX_BYTES, decode_bytes, is_csv_name
from pipeline.speech import InputError, Skipped, Speech

# the CSV and JSON readers are imported by the functions that read such a file, not with this
# module, which the runner imports for every input (`is_splittable`)

DEFAULT_PART_BYTES = 8 * 1024 * 1024
_BLOCK = 1 << 20


def is_splittable(path: str) -> bool:
    name = path.lower()
    return name.endswith((".jsonl", ".ndjson")) or (is_csv_name(name) and not name.endswith(".gz"))


def split_file(
    path: str, part_bytes: int = DEFAULT_PART_BYTES, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[tuple[int, int, int]]:
    """[(start, end, first_line), ...] covering the file: `split_csv` or `split_jsonl`."""
    if is_csv_name(path):
        from pipeline.ingest.csvrecords import split_csv

        return split_csv(path, part_bytes, max_bytes)
    return split_jsonl(path, part_bytes)


def split_jsonl(path: str, part_bytes: int = DEFAULT_PART_BYTES) -> list[tuple[int, int, int]]:
    """[(start, end, first_line), ...] covering the file; one part for a small file.

    Raises OSError when the file cannot be read (the caller reads it whole instead, and reports).
    """
    size = os.stat(path).st_size
    if size <= part_bytes:
        return [(0, size, 1)]
    parts: list[tuple[int, int, int]] = []
    start, first_line, line = 0, 1, 1
    pos = 0
    with open(path, "rb") as handle:
        while True:
            block = handle.read(_BLOCK)
            if not block:
                break
            offset = 0
            while True:
                # the first line end at or after the next cut point, inside this block
                cut = start + part_bytes
                if cut > pos + len(block):
                    line += block.count(b"\n", offset)
                    break
                i = block.find(b"\n", max(offset, cut - pos - 1))
                if i < 0:
                    line += block.count(b"\n", offset)
                    break
                line += block.count(b"\n", offset, i + 1)
                end = pos + i + 1
                parts.append((start, end, first_line))
                start, first_line, offset = end, line, i + 1
            pos += len(block)
    if start < pos or not parts:
        parts.append((start, pos, first_line))
    return parts


def first_record_own(path: str, max_bytes: int) -> str | None:
    """The kind of speechfacts record the first non-blank line of the file is (a large output of
    an earlier run lying among the inputs), or None; reads at most one line of max_bytes."""
    from pipeline.ingest.jsonrecords import first_line_own

    try:
        with open(path, "rb") as handle:
            for line in iter(lambda: handle.readline(max_bytes + 1), b""):
                if line.strip():
                    text = decode_bytes(line, path)
                    return None if isinstance(text, InputError) else first_line_own(text)
    except OSError:
        return None
    return None


def load_part(
    path: str,
    start: int,
    end: int,
    first_line: int,
    max_bytes: int,
    name: str | None = None,
    scope: str | None = None,
    options: IngestOptions = DEFAULT_OPTIONS,
) -> list[Speech | InputError | Skipped]:
    """The records of path[start:end], whose first line is line `first_line` of the file; name
    and scope form ids as in `parse_json_records`, options are the run's ingest options."""
    if is_csv_name(path):
        from pipeline.ingest.csvrecords import load_csv_part

        items = load_csv_part(path, start, end, first_line, max_bytes, options, name, scope)
        return _english_only(items)
    try:
        with open(path, "rb") as handle:
            handle.seek(start)
            raw = handle.read(end - start)
    except OSError as exc:
        reason = f"cannot read bytes {start}-{end}: {exc.strerror or exc}"
        return [InputError(f"{path}:{first_line}", "unreadable", reason)]
    from pipeline.ingest.jsonrecords import parse_json_records

    results: list[Speech | InputError | Skipped] = []
    number = first_line
    for line in raw.split(b"\n"):
        if len(line) > max_bytes:
            reason = f"line {number} is {len(line)} bytes, over the limit of {max_bytes}"
            results.append(InputError(f"{path}:{number}", "too_large", reason))
        elif line.strip():
            text = decode_bytes(line, f"{path}:{number}")
            if isinstance(text, InputError):
                results.append(text)
            else:
                results.extend(
                    parse_json_records(
                        text, path, "jsonl", number, name, scope, check_own=False, options=options
                    )
                )
        number += 1
    return _english_only(results)


def _english_only(
    items: list[Speech | InputError | Skipped],
) -> list[Speech | InputError | Skipped]:
    return [check_language(item) if isinstance(item, Speech) else item for item in items]
