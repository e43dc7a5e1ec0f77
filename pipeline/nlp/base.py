"""What the numeric components share: the cached scan of a Doc and the span bookkeeping.

Each numeric component (money, percentage, country_count) is a class plus a factory registered with
`@Language.factory`; all three read one scan of the Doc's text (cached in `doc.user_data`), so
running three components costs one pass over the numbers.
"""

from __future__ import annotations

import json
from pathlib import Path

from spacy.tokens import Doc, Span

from pipeline.nlp.extensions import FACTS_KEY, doc_text
from pipeline.nlp.quantities import Candidate, scan
from pipeline.nlp.rules import read_rule_text, use_rules_from

NUMERIC_RULES = ("numbers", "currencies", "qualifiers", "percentages", "countries", "temporal")

SCAN_KEY = "speechfacts_scan"


def sentence_starts(doc: Doc) -> list[int]:
    if doc.has_annotation("SENT_START"):
        return [sent.start_char for sent in doc.sents]
    return [0]


def scanned(doc: Doc) -> list[Candidate]:
    if SCAN_KEY not in doc.user_data:
        doc.user_data[SCAN_KEY] = scan(doc_text(doc), sentence_starts(doc))
    return doc.user_data[SCAN_KEY]


def add_fact(doc: Doc, start: int, end: int, fields: dict) -> Span | None:
    """Add a fact Span covering text[start:end] (expanded to tokens) with its fields."""
    span = doc.char_span(start, end, label=fields["type"], alignment_mode="expand")
    if span is None:
        return None
    fields = dict(fields, start=start, end=end)
    span._.fact = fields
    if FACTS_KEY not in doc.spans:
        doc.spans[FACTS_KEY] = []
    doc.spans[FACTS_KEY].append(span)
    return span


class RuleComponent:
    """Serialisation shared by the components: their settings and the rule files they read travel
    with the saved pipeline, and loading it puts those rules back in force."""

    settings: dict
    rule_files: tuple[str, ...] = ()

    def to_disk(self, path, exclude=tuple()):
        path = Path(path)
        (path / "rules").mkdir(parents=True, exist_ok=True)
        (path / "settings.json").write_text(json.dumps(self.settings, indent=2, sort_keys=True))
        for name in self.rule_files:
            (path / "rules" / f"{name}.json").write_text(read_rule_text(name), encoding="utf-8")

    def from_disk(self, path, exclude=tuple()):
        path = Path(path)
        settings_file = path / "settings.json"
        if settings_file.exists():
            self.settings = json.loads(settings_file.read_text())
        if (path / "rules").is_dir():
            use_rules_from(path / "rules")
        return self


class NumericComponent(RuleComponent):
    fact_type = ""
    rule_files = NUMERIC_RULES

    def __init__(self, nlp, name: str):
        self.name = name
        self.settings = {"fact_type": self.fact_type}

    def __call__(self, doc: Doc) -> Doc:
        for cand in scanned(doc):
            if cand.type == self.fact_type:
                fields = self.enrich(doc, cand, cand.fields())
                add_fact(doc, cand.start, cand.end, fields)
        return doc

    def enrich(self, doc: Doc, cand: Candidate, fields: dict) -> dict:
        return fields
