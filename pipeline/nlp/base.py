"""What the components share: rules owned per instance, the cached scan of a Doc, span bookkeeping.

Every speechfacts component is a class plus a factory registered with `@Language.factory`. Those
that read rule files derive from `RuleComponent`: the rules live on the instance (loaded from the
installed rule files, from `rules_dir` in the config or `initialize`, or from the saved pipeline),
are put in force while the component runs, and are saved with it (`to_disk`, `to_bytes`).

The numeric components (money, percentage, country_count) read one scan of the Doc's text, kept in
`doc.user_data` as plain tuples (serialisable) and tagged with the rules that produced it, so that
running three components costs one pass over the numbers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import srsly
from spacy.tokens import Doc, Span

from pipeline.nlp.extensions import FACTS_KEY, doc_text
from pipeline.nlp.quantities import Candidate, scan
from pipeline.nlp.rules import IN_FORCE, Rules, installed_rules

NUMERIC_RULES = ("numbers", "currencies", "qualifiers", "percentages", "countries", "temporal")

# working data of the numeric components: {"rules": fingerprint, "candidates": {type: [tuple]}};
# removed by the context component, the last of the pipeline
SCAN_KEY = "speechfacts_scan"


def sentence_starts(doc: Doc) -> list[int]:
    if doc.has_annotation("SENT_START"):
        return [sent.start_char for sent in doc.sents]
    return [0]


def scanned(doc: Doc, rules: Rules, fact_type: str) -> list[Candidate]:
    """The numeric candidates of `fact_type` in `doc` under `rules`: the Doc's text is scanned once
    per rule set, the candidates kept by type as plain tuples until their component takes them."""
    cached = doc.user_data.get(SCAN_KEY)
    if cached is None or cached["rules"] != rules.fingerprint:
        by_type: dict[str, list[tuple]] = {}
        for cand in scan(doc_text(doc), sentence_starts(doc)):
            by_type.setdefault(cand.type, []).append(tuple(vars(cand).values()))
        cached = doc.user_data[SCAN_KEY] = {"rules": rules.fingerprint, "candidates": by_type}
    return [Candidate(*fields) for fields in cached["candidates"].get(fact_type, ())]


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
    """A component that owns the rule files `rule_files`: kept on the instance as a `Rules`, in
    force while it annotates a Doc, saved and restored with the pipeline (one folder `rules/`
    holding the files, as they were loaded)."""

    rule_files: tuple[str, ...] = ()

    def __init__(self, nlp: Any, name: str, rules_dir: str | None = None):
        self.name = name
        self.rules = self._load(rules_dir)

    def _load(self, rules_dir: str | Path | None) -> Rules:
        if rules_dir is None:
            # the installed files, read once per process: every component built from them shares
            # what is compiled from them (as one pipeline compiled them before rules were owned)
            return installed_rules()
        return Rules.from_dir(Path(rules_dir), self.rule_files)

    def _own(self) -> Rules:
        """The rule files this component saves: its `rule_files`, as it reads them."""
        return Rules({name: self.rules.texts[name] for name in self.rule_files})

    def initialize(self, get_examples=None, *, nlp=None, rules_dir: str | None = None) -> None:
        """Load the rule files again: from `rules_dir` (`[initialize.components.NAME]` in a
        config), else the installed ones."""
        self.rules = self._load(rules_dir)

    def __call__(self, doc: Doc) -> Doc:
        # `with self.rules.in_force()`, spelled out: this runs once per component and Doc
        token = IN_FORCE.set(self.rules)
        try:
            return self.annotate(doc)
        finally:
            IN_FORCE.reset(token)

    def annotate(self, doc: Doc) -> Doc:
        raise NotImplementedError

    def to_disk(self, path, exclude=tuple()) -> None:
        self._own().to_disk(Path(path) / "rules")

    def from_disk(self, path, exclude=tuple()):
        self.rules = Rules.from_dir(Path(path) / "rules", self.rule_files)
        return self

    def to_bytes(self, exclude=tuple()) -> bytes:
        return srsly.msgpack_dumps({"rules": self._own().to_bytes()})

    def from_bytes(self, data: bytes, exclude=tuple()):
        self.rules = Rules.from_bytes(srsly.msgpack_loads(data)["rules"])
        return self


class NumericComponent(RuleComponent):
    fact_type = ""
    rule_files = NUMERIC_RULES

    def annotate(self, doc: Doc) -> Doc:
        for cand in scanned(doc, self.rules, self.fact_type):
            fields = self.enrich(doc, cand, cand.fields())
            add_fact(doc, cand.start, cand.end, fields)
        return doc

    def enrich(self, doc: Doc, cand: Candidate, fields: dict) -> dict:
        return fields


# what the factories declare (spaCy's `assigns` and `requires`, shown by `nlp.analyze_pipes()`)
FACT_ASSIGNS = ["doc.spans", "span._.fact"]
RULES_CONFIG = {"rules_dir": None}
