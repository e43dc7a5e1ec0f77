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
"""

from __future__ import annotations

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


def span_text(span: Span) -> str:
    """`span.text` cut from the cached text (spaCy's joins the span's tokens on each access)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def register() -> None:
    for name, default in (
        ("doc_id", None),
        ("doc_date", None),
        ("doc_title", None),
        ("doc_place", None),
        ("doc_labels", None),
        ("turns", None),
    ):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Span.has_extension("fact"):
        Span.set_extension("fact", default=None)


register()
