"""All Doc/Span extension attributes used by the speechfacts components, registered once.

Context set on the Doc before the pipeline runs (by `pipeline.nlp.prepare_doc`):
  doc._.doc_id, doc._.doc_date (ISO date or None), doc._.turns (list of (start, end, speaker)),
  doc._.doc_title, doc._.doc_place and doc._.doc_labels (the participants' labels, titles
  included), which the scope component reads for a document's counterpart.
  doc_text(doc) is the text, computed once (prepare_doc sets it from the Speech). Components read
  the text through it, never through spaCy's doc.text, which differs in the paragraphs the
  prefilter masked for the tokenizer (pipeline.nlp.prefilter; same length, same offsets).
Results written by the components:
  doc.spans["facts"]: one Span per fact; each Span carries its fields on span._.fact (a dict of
  JSON-safe values: type, value, high, unit, qualifier, change, period, per, name, kind, date, ...).
  doc._.doc_event: the event the document is the record of, the meeting its title or a heading
  names (the event component leaves it out of the facts), as a dict of name, kind and event_key,
  or None (no such meeting, or no event component in the pipeline): `event_doc_event`.

Every one of these names can be changed, as spacymoji's attribute names can: a component's
`extension_names` setting (config.cfg, `nlp.add_pipe(..., config=...)`, or
`build_pipeline(extension_names=...)`) maps a field of `ExtensionNames` to another name, for a
pipeline where "facts" or `span._.fact` is already taken. All components of one pipeline must be
given the same names (they read each other's facts); `pipeline_names(nlp)` says which a pipeline
uses.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from spacy.tokens import Doc, Span

FACTS_KEY = "facts"
TEXT_KEY = "speechfacts_text"


def doc_text(doc: Doc) -> str:
    """The Doc's text, built once and kept in `doc.user_data`.

    spaCy's `Doc.text` joins every token's text on each access, so a component that reads it per
    fact would cost a pass over the whole document per fact (quadratic on long transcripts).
    """
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


# the character spans of the Doc the tokenizer read unmasked (pipeline.nlp.prefilter.masked_text),
# when some paragraph was masked
KEPT_KEY = "speechfacts_kept"


def kept_spans(doc: Doc) -> tuple[tuple[int, int], ...] | None:
    """The (start, end) character spans of `doc` that the prefilter kept, in order, or None when
    it masked nothing (the whole text is to be read)."""
    return doc.user_data.get(KEPT_KEY)


def span_text(span: Span) -> str:
    """`span.text` cut from the cached text (spaCy's joins the span's tokens on each access)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


@dataclass(frozen=True)
class ExtensionNames:
    """Where the components keep their results (`spans_key`: the key of `doc.spans`; `fact`: the
    Span attribute with a fact's fields) and read a document's context (Doc attributes)."""

    spans_key: str = FACTS_KEY
    fact: str = "fact"
    doc_id: str = "doc_id"
    doc_date: str = "doc_date"
    doc_title: str = "doc_title"
    doc_place: str = "doc_place"
    doc_labels: str = "doc_labels"
    turns: str = "turns"
    doc_event: str = "doc_event"

    @classmethod
    def from_config(cls, overrides: Mapping[str, str] | None) -> ExtensionNames:
        """The default names with `overrides` (field -> name); an unknown field or an empty name
        is an error."""
        known = [f.name for f in fields(cls)]
        overrides = dict(overrides or {})
        unknown = sorted(k for k in overrides if k not in known)
        if unknown:
            raise ValueError(
                f"unknown extension name(s): {', '.join(unknown)}; known: {', '.join(known)}"
            )
        empty = sorted(k for k, v in overrides.items() if not isinstance(v, str) or not v)
        if empty:
            raise ValueError(f"extension name(s) must be non-empty strings: {', '.join(empty)}")
        names = replace(cls(), **overrides) if overrides else DEFAULT_NAMES
        names.register()
        return names

    def register(self) -> None:
        """Register the Doc and Span attributes under these names (once each)."""
        for field in fields(self):
            if field.name in ("spans_key", "fact"):
                continue
            name = getattr(self, field.name)
            if not Doc.has_extension(name):
                Doc.set_extension(name, default=None)
        if not Span.has_extension(self.fact):
            Span.set_extension(self.fact, default=None)

    def facts(self, doc: Doc) -> list[Span]:
        """The fact Spans of `doc`, in the order they were added."""
        return list(doc.spans[self.spans_key]) if self.spans_key in doc.spans else []

    def fields_of(self, span: Span) -> dict[str, Any] | None:
        """The fields of a fact Span."""
        return getattr(span._, self.fact)

    def set_fields(self, span: Span, values: dict[str, Any]) -> None:
        setattr(span._, self.fact, values)

    def add(self, doc: Doc, span: Span) -> None:
        """Append a fact Span to the Doc's group of facts."""
        if self.spans_key not in doc.spans:
            doc.spans[self.spans_key] = []
        doc.spans[self.spans_key].append(span)

    def context(self, doc: Doc, field: str) -> Any:
        """The Doc's context attribute `field` ("doc_date", "turns", ...)."""
        return getattr(doc._, getattr(self, field))

    def set_context(self, doc: Doc, **values: Any) -> None:
        for field, value in values.items():
            setattr(doc._, getattr(self, field), value)


DEFAULT_NAMES = ExtensionNames()


def pipeline_names(nlp: Any) -> ExtensionNames:
    """The extension names the speechfacts components of `nlp` use (the defaults when it has
    none)."""
    for _, component in nlp.components:
        names = getattr(component, "names", None)
        if isinstance(names, ExtensionNames):
            return names
    return DEFAULT_NAMES


DEFAULT_NAMES.register()
