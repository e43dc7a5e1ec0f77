"""Records of named fields (a JSON object, a CSV row) -> Speech.

The same names are looked for in every record format, case and surrounding spaces ignored:
text in `text`, `content`, `body` or `transcript`; the id in `id`, else `url`; the date in
`date`; `title`, `url`, `place` and `speaker` as named. `--text-column`, `--id-column` and
`--date-column` (IngestOptions) name other fields. The text itself is read like a plain text
(pipeline.ingest.plaintext): paragraphs, head lines and speaker labels. The id a record carries
is its document id, scoped by its file under `--id-prefix file` (pipeline.ingest.ids).
"""

from __future__ import annotations

from pipeline.ingest.ids import record_id
from pipeline.ingest.options import DEFAULT_OPTIONS, IngestOptions
from pipeline.ingest.plaintext import DocMeta, speech_from_text
from pipeline.speech import InputError, Speech

TEXT_NAMES = ("text", "content", "body", "transcript")
ID_NAMES = ("id", "url")
DATE_NAMES = ("date",)


def _key(name: object) -> str:
    return str(name).strip().lstrip("\ufeff").strip().casefold()


def find_field(names: list[str], wanted: str | None, usual: tuple[str, ...]) -> str | None:
    """The field among `names` that is `wanted` (an option), else the first usual name present.
    Case and surrounding spaces are ignored; the field is returned as spelled in `names`."""
    keyed = {}
    for name in names:
        keyed.setdefault(_key(name), name)
    if wanted is not None:
        return keyed.get(_key(wanted))
    for candidate in usual:
        if candidate in keyed:
            return keyed[candidate]
    return None


def missing_text_reason(names: list[str], options: IngestOptions) -> str:
    """Why no text field was found, for an error record."""
    shown = ", ".join(repr(str(n)) for n in names[:12]) or "none"
    if options.text_column is not None:
        return f"no column or field named {options.text_column!r} (--text-column); found: {shown}"
    usual = ", ".join(TEXT_NAMES)
    return f"no text column or field (looked for {usual}; found: {shown}); use --text-column"


def missing_option_reason(option: str, wanted: str, names: list[str]) -> str:
    shown = ", ".join(repr(str(n)) for n in names[:12]) or "none"
    return f"no column or field named {wanted!r} ({option}); found: {shown}"


def _text_or_none(value: object) -> str | None:
    if value is None or isinstance(value, dict | list | bool):
        return None
    text = " ".join(str(value).split())
    return text or None


def _carried_id(record: dict, names: list[str], options: IngestOptions) -> str | None:
    """The id a record carries: the field --id-column names, else the first of `id`, `url`
    with a value (a CSV row with an empty id cell falls back to its url)."""
    wanted = [options.id_column] if options.id_column is not None else list(ID_NAMES)
    for name in wanted:
        key = find_field(names, name, ())
        value = _text_or_none(record.get(key)) if key is not None else None
        if value is not None:
            return value
    return None


def speech_from_fields(
    record: dict,
    source: str,
    fallback_id: str,
    options: IngestOptions = DEFAULT_OPTIONS,
    scope: str | None = None,
) -> Speech | InputError:
    """A document from one record's fields; an InputError (file:line in `source`) when the
    record has no text or a field an option names is missing. fallback_id: the id of a record
    that carries none ("{name}-{line}"); scope: the prefix of carried ids (`--id-prefix file`)."""
    names = list(record)
    text_key = find_field(names, options.text_column, TEXT_NAMES)
    if text_key is None:
        return InputError(source, "malformed", missing_text_reason(names, options))
    for option, wanted in (
        ("--id-column", options.id_column),
        ("--date-column", options.date_column),
    ):
        if wanted is not None and find_field(names, wanted, ()) is None:
            return InputError(source, "malformed", missing_option_reason(option, wanted, names))
    text = record.get(text_key)
    if not isinstance(text, str) or not text.strip():
        return InputError(source, "malformed", f"{source} has no text in {str(text_key)!r}")
    date_key = find_field(names, options.date_column, DATE_NAMES)
    field = {key: find_field(names, None, (key,)) for key in ("title", "url", "place", "speaker")}
    meta = DocMeta(
        title=_text_or_none(record.get(field["title"])) if field["title"] else None,
        date=record.get(date_key) if date_key else None,
        url=_text_or_none(record.get(field["url"])) if field["url"] else None,
        place=_text_or_none(record.get(field["place"])) if field["place"] else None,
        speaker=_text_or_none(record.get(field["speaker"])) if field["speaker"] else None,
    )
    doc_id = record_id(_carried_id(record, names, options), fallback_id, scope)
    return speech_from_text(text, source, doc_id, meta, options)
