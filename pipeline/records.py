"""Turn annotated Docs into JSON-safe records: fact records and document records.

A record never holds a spaCy object, so records can cross process (and Dask) boundaries.
Importing this module does not import spaCy (`fact_records` does, when it is first called): the
main process of a run with worker processes, and the commands that only read records, need it
for the record layout alone.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

from pipeline.fact_types import DEFAULT_TYPES, FACT_TYPES
from pipeline.speech import Speech

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from pipeline.nlp.extensions import ExtensionNames

SCHEMA_VERSION = "1.5"

# Every fact record has exactly these keys, in this order; fields that do not apply are null.
FACT_FIELDS = (
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
    "speaker_source",
    "value",
    "high",
    "unit",
    "qualifier",
    "change",
    "period",
    "outlook",  # schema 1.5: "forecast", "target" or null
    "per",
    "subject",
    "subject_key",
    "scope",
    "event",
    "name",
    "kind",
    "date",
    "event_key",
)


def fact_id(doc_id: str, fact_type: str, start: int, end: int) -> str:
    """Stable id: the same document, type and offsets always give the same id."""
    # surrogatepass: a doc_id from a file name that is not UTF-8 (the same bytes as before)
    key = f"{doc_id}\x1f{fact_type}\x1f{start}\x1f{end}".encode("utf-8", "surrogatepass")
    return hashlib.sha1(key).hexdigest()[:16]


def word_count(text: str) -> int:
    return len(text.split())


def covering_sentence(span: Any) -> Any:
    """The sentence of `span`; for a span that crosses a sentence start (a quoted name with a
    full stop inside, a figure cut by the sentence cap), every sentence it touches, as one span,
    so that a record's `sentence` always holds its `text` (spaCy's `Span.sent` is the sentence of
    the span's first token alone)."""
    sent = span.sent
    if span.end <= sent.end:
        return sent
    return span.doc[sent.start : span.doc[span.end - 1].sent.end]


def fact_records(
    doc: Doc, speech: Speech, names: ExtensionNames | None = None
) -> list[dict[str, Any]]:
    """The fact records of an annotated Doc (its facts found under `names`: those of the
    pipeline, `pipeline.nlp.extensions.pipeline_names(nlp)`; None: the default names)."""
    from pipeline.nlp.extensions import DEFAULT_NAMES, doc_text, span_text

    if names is None:
        names = DEFAULT_NAMES
    records = []
    has_sents = doc.has_annotation("SENT_START")
    for span in names.facts(doc):
        fields = names.fields_of(span) or {}
        start, end = span.start_char, span.end_char
        # the component may narrow the surface inside token boundaries
        start = fields.get("start", start)
        end = fields.get("end", end)
        sent = covering_sentence(span) if has_sents else None
        record: dict[str, Any] = {key: None for key in FACT_FIELDS}
        record.update(
            {k: v for k, v in fields.items() if k in FACT_FIELDS and k not in ("start", "end")}
        )
        record.update(
            schema_version=SCHEMA_VERSION,
            fact_id=fact_id(speech.doc_id, fields["type"], start, end),
            doc_id=speech.doc_id,
            doc_date=speech.date,
            text=doc_text(doc)[start:end],
            start=start,
            end=end,
            sentence=span_text(sent).strip() if sent is not None else None,
        )
        records.append(record)
    records.sort(key=lambda r: (r["start"], r["end"], FACT_TYPES.index(r["type"])))
    return records


# The fields of a document record that tell the event it is the record of (schema 1.5), from
# the Doc's `doc_event` (pipeline/nlp/event_doc_event.py): name, kind, key
DOC_EVENT_FIELDS = {"event_name": "name", "event_kind": "kind", "event_key": "event_key"}


def doc_event_of(doc: Doc, names: ExtensionNames | None = None) -> dict[str, Any] | None:
    """The event an annotated Doc is the record of (name, kind, event_key), or None."""
    from pipeline.nlp.extensions import DEFAULT_NAMES

    return (names or DEFAULT_NAMES).context(doc, "doc_event")


def document_record(
    speech: Speech, facts: list[dict[str, Any]], event: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The document record of `speech`, with the counts of its `facts` and the event it is the
    record of (`event`: `doc_event_of` its Doc; None gives null event fields)."""
    counts = {t: 0 for t in DEFAULT_TYPES}
    for fact in facts:
        counts[fact["type"]] = counts.get(fact["type"], 0) + 1
    text = speech.text
    return {
        "schema_version": SCHEMA_VERSION,
        "doc_id": speech.doc_id,
        "title": speech.title,
        "date": speech.date,
        "place": speech.place,
        **{field: (event or {}).get(key) for field, key in DOC_EVENT_FIELDS.items()},
        "url": speech.url,
        "source": speech.source,
        "speakers": speech.speakers,
        "participants": speech.participants,
        "word_count": word_count(text),
        "fact_counts": counts,
        "text": text,
    }
