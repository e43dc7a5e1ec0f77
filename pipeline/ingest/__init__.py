"""Ingestion: turn one input path into Speech documents (or Skipped / InputError outcomes).

`load_source` reads a file (readers), then dispatches on its format to the kremlin.ru/HTML parser,
the plain-text parser, the JSON parser or the CSV parser, and reports documents that are not in
English (pipeline.ingest.language). It never raises.

Each parser is imported when a file of its format is first read, not with this package: a run
over HTML pages never imports the CSV, JSON and plain-text readers, and one over text files never
imports the HTML parser (selectolax). Python compiles each module from source in every process
where no bytecode is written, so a one-file run saves their import (issue 19, cold start).
"""

from __future__ import annotations

import os

from pipeline.ingest.language import check_language
from pipeline.ingest.options import DEFAULT_OPTIONS, IngestOptions
from pipeline.ingest.readers import DEFAULT_MAX_BYTES, read_source
from pipeline.speech import InputError, PageKey, Skipped, Speech


def file_stem(path: str) -> str:
    """ "a/b/11287.html.gz" -> "11287"."""
    name = os.path.basename(path.rstrip("/\\"))
    if name.lower().endswith(".gz"):
        name = name[:-3]
    stem = os.path.splitext(name)[0]
    return stem or name


def english_only(items: list[Speech | Skipped | InputError]) -> list[Speech | Skipped | InputError]:
    """The items, with each document that is not in English replaced by its error."""
    return [check_language(item) if isinstance(item, Speech) else item for item in items]


def completed(speech: Speech) -> Speech | InputError:
    """A document read with `load_source(text_only=True)` as `load_source` would have returned
    it: its speaker turns built, and its language checked. Never raises: a failure is the error
    record the whole read would have given (the same kind and wording)."""
    if speech.unbuilt_labels is not None:
        from pipeline.ingest.kremlin import turns_of

        try:
            speech.turns = turns_of(speech, speech.unbuilt_labels)
        except Exception as exc:  # noqa: BLE001 - as parse_html: one bad page must not stop a run
            return InputError(speech.source, "malformed", f"could not parse the HTML: {exc}")
        speech.unbuilt_labels = None
    try:
        return check_language(speech)
    except Exception as exc:  # noqa: BLE001 - as load_source
        return InputError(speech.source, "malformed", f"unexpected error while reading: {exc}")


def _parse(
    text: str,
    fmt: str,
    path: str,
    max_bytes: int,
    options: IngestOptions,
    name: str,
    scope: str | None,
    text_only: bool = False,
    utf8: bytes | None = None,
    key_only: bool = False,
) -> list[Speech | PageKey | Skipped | InputError]:
    if fmt == "feed":
        return [Skipped(path, "feed", "RSS/Atom feed, not an article")]
    if fmt == "html":
        from pipeline.ingest.kremlin import parse_html

        return [
            parse_html(text, path, name, speaker_turns=not text_only, utf8=utf8, key_only=key_only)
        ]
    if fmt in ("json", "jsonl"):
        from pipeline.ingest.jsonrecords import parse_json_records

        return list(parse_json_records(text, path, fmt, name=name, scope=scope, options=options))
    if fmt == "csv":
        from pipeline.ingest.csvrecords import parse_csv_text

        return list(parse_csv_text(text, path, max_bytes, options, name=name, scope=scope))
    from pipeline.ingest.plaintext import parse_plaintext

    return [parse_plaintext(text, path, name, options)]


def load_source(
    path: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    name: str | None = None,
    scope: str | None = None,
    options: IngestOptions = DEFAULT_OPTIONS,
    text_only: bool = False,
    key_only: bool = False,
) -> list[Speech | PageKey | Skipped | InputError]:
    """Read `path` and parse it into documents; problems come back as values, never raised.

    name: the file's document name, its path relative to its input folder without extension
    (default: its stem); scope: the prefix of ids carried by records (`--id-prefix file`). See
    pipeline.ingest.ids for the id rule. options: the run's ingest options (columns, date, title,
    date order). text_only: the documents are wanted for their text and id alone, for now (a
    print version, usually a duplicate): an HTML page's speaker turns are not built and no
    document's language is checked; `completed` does both when the document is needed.
    key_only (with text_only): a kremlin.ru article page whose url names its document comes
    back as its PageKey, without its text (pipeline.ingest.kremlin.parse_html); nothing else
    changes."""
    name = name or file_stem(path)
    try:
        read = read_source(path, max_bytes)
        if isinstance(read, InputError):
            return [read]
        text, fmt, utf8 = read
        key_only = text_only and key_only
        items = _parse(text, fmt, path, max_bytes, options, name, scope, text_only, utf8, key_only)
        return items if text_only else english_only(items)
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop a run
        return [InputError(path, "malformed", f"unexpected error while reading: {exc}")]


__all__ = ["load_source", "completed", "file_stem", "english_only"]
