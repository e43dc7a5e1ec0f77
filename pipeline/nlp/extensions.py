"""All Doc/Span extension attributes used by the speechfacts components, registered once.

Context set on the Doc before the pipeline runs (by `pipeline.nlp.prepare_doc`):
  doc._.doc_id, doc._.doc_date (ISO date or None), doc._.turns (list of (start, end, speaker)).
Results written by the components:
  doc.spans["facts"]: one Span per fact; each Span carries its fields on span._.fact (a dict of
  JSON-safe values: type, value, high, unit, qualifier, change, period, per, name, kind, date, ...).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

FACTS_KEY = "facts"


def register() -> None:
    for name, default in (
        ("doc_id", None),
        ("doc_date", None),
        ("doc_title", None),
        ("turns", None),
    ):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Span.has_extension("fact"):
        Span.set_extension("fact", default=None)


register()
