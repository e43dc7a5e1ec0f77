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

import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

import srsly
from spacy.tokens import Doc, Span

from pipeline.nlp.extensions import DEFAULT_NAMES, ExtensionNames, doc_text, kept_spans
from pipeline.nlp.quantities import Candidate, scan
from pipeline.nlp.rules import RuleError, Rules, installed_rules

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
        for cand in scan(rules, doc_text(doc), sentence_starts(doc), kept_spans(doc)):
            by_type.setdefault(cand.type, []).append(tuple(vars(cand).values()))
        cached = doc.user_data[SCAN_KEY] = {"rules": rules.fingerprint, "candidates": by_type}
    return [Candidate(*fields) for fields in cached["candidates"].get(fact_type, ())]


def add_fact(
    doc: Doc, start: int, end: int, fields: dict, names: ExtensionNames = DEFAULT_NAMES
) -> Span | None:
    """Add a fact Span covering text[start:end] (expanded to tokens) with its fields, under
    `names`."""
    span = doc.char_span(start, end, label=fields["type"], alignment_mode="expand")
    if span is None:
        return None
    names.set_fields(span, dict(fields, start=start, end=end))
    names.add(doc, span)
    return span


class RuleComponent:
    """A component that reads the rule files `rule_files`: kept on the instance as a `Rules`,
    passed to the scanning functions, saved and restored with the pipeline.

    A saved pipeline holds each rule file once, in the `rules/` folder of the first component of
    the pipeline that reads it; a later component reads that copy. A copy in a component's own
    folder is read by that component alone (an override)."""

    rule_files: tuple[str, ...] = ()
    # functions of a Rules (compiled_from_rules) run whenever the component's rules are set, so
    # that a rule file lacking a required key, or a key of the wrong shape, is a RuleError when
    # the pipeline is built or loaded, not at the first document that reaches the rule
    load_checks: tuple[Callable[[Rules], Any], ...] = ()

    @property
    def rules(self) -> Rules:
        return self._rules

    @rules.setter
    def rules(self, rules: Rules) -> None:
        for check in self.load_checks:
            check(rules)
        self._rules = rules

    def __init__(
        self,
        nlp: Any,
        name: str,
        rules_dir: str | None = None,
        extension_names: dict[str, str] | None = None,
    ):
        self.names = ExtensionNames.from_config(extension_names)
        # the pipeline's order matters when saving and loading; a weak reference, so that a
        # pipeline the runner replaces (when a component of its pipeline may hold on to the
        # vocabulary it renews every 1,000 documents) is freed at once, not by the cycle
        # collector, with its vocabulary
        self._nlp = weakref.ref(nlp)
        self.name = name
        self.rules = self._load(rules_dir)

    def _load(self, rules_dir: str | Path | None) -> Rules:
        if rules_dir is None:
            # the installed files, read once per process: every component built from them shares
            # what is compiled from them (as one pipeline compiled them before rules were owned)
            return installed_rules()
        return Rules.from_dir(Path(rules_dir), self.rule_files)

    def _components_before(self) -> list[Any] | None:
        """The components before this one in its pipeline (disabled ones too), or None when it
        is not in its pipeline."""
        nlp = self._nlp() if self._nlp is not None else None
        if nlp is None:
            return None
        before = []
        for name in nlp.component_names:
            component = nlp.get_pipe(name)
            if component is self:
                return before
            before.append(component)
        return None

    def _earlier_copy(self, path: Path, name: str, *, any_folder: bool) -> Path | None:
        """The copy of rule file `name` in the folder of a component before this one in the
        saved pipeline at `path.parent` (pipeline order); with `any_folder`, then in any other
        component folder (one excluded from loading)."""
        folders = [c.name for c in self._components_before() or [] if isinstance(c, RuleComponent)]
        if any_folder:
            folders += sorted(
                p.name for p in path.parent.iterdir() if p.is_dir() and p.name not in folders
            )
        for folder in folders:
            copy = path.parent / folder / "rules" / f"{name}.json"
            if folder != path.name and copy.is_file():
                return copy
        return None

    def __getstate__(self) -> dict[str, Any]:
        # a weak reference does not pickle (n_process with "spawn"): the copy saves and loads
        # as a component outside a pipeline (all its files; its own folder, then any other)
        return dict(self.__dict__, _nlp=None)

    def _own(self) -> Rules:
        """The rule files this component reads, as it reads them."""
        return Rules({name: self.rules.texts[name] for name in self.rule_files})

    def initialize(self, get_examples=None, *, nlp=None, rules_dir: str | None = None) -> None:
        """Load the rule files again: from `rules_dir` (`[initialize.components.NAME]` in a
        config), else the installed ones."""
        self.rules = self._load(rules_dir)

    def __call__(self, doc: Doc) -> Doc:
        return self.annotate(doc)

    def annotate(self, doc: Doc) -> Doc:
        """Annotate `doc`, passing `self.rules` to the scanning functions."""
        raise NotImplementedError

    def to_disk(self, path, exclude=tuple()) -> None:
        """Save the rule files that no component before this one saved as this one reads them
        (`nlp.to_disk` saves the components in pipeline order)."""
        path = Path(path)
        folder = path / "rules"
        path.mkdir(parents=True, exist_ok=True)
        for name in self.rule_files:
            text = self.rules.texts[name]
            earlier = self._earlier_copy(path, name, any_folder=False)
            own = folder / f"{name}.json"
            if earlier is not None and earlier.read_text(encoding="utf-8") == text:
                own.unlink(missing_ok=True)  # one copy: the earlier one
            else:
                folder.mkdir(exist_ok=True)
                own.write_text(text, encoding="utf-8")

    def from_disk(self, path, exclude=tuple()):
        """Read each rule file from this component's folder, else from the earlier component's
        folder that holds it."""
        path = Path(path)
        texts = {}
        for name in self.rule_files:
            own = path / "rules" / f"{name}.json"
            copy = own if own.is_file() else self._earlier_copy(path, name, any_folder=True)
            if copy is None:
                raise RuleError(
                    f"rule file {name}.json is missing from {own.parent} and from the folders of "
                    f"the other components in {path.parent}"
                )
            texts[name] = copy.read_text(encoding="utf-8")
        for component in self._components_before() or []:
            if isinstance(component, RuleComponent) and component.rules.texts == texts:
                self.rules = component.rules  # the same files: compiled once, one numeric scan
                return self
        self.rules = Rules(texts, where=str(path))
        return self

    def to_bytes(self, exclude=tuple()) -> bytes:
        # every file the component reads: bytes travel alone, without the other components
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
            add_fact(doc, cand.start, cand.end, fields, self.names)
        return doc

    def enrich(self, doc: Doc, cand: Candidate, fields: dict) -> dict:
        return fields


# what the factories declare (spaCy's `assigns` and `requires`, shown by `nlp.analyze_pipes()`)
FACT_ASSIGNS = ["doc.spans", "span._.fact"]
RULES_CONFIG = {"rules_dir": None, "extension_names": {}}
