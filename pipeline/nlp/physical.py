"""The quantity component (opt-in: `--types quantity`): physical quantities such as "40 million
tonnes", "55 billion cubic metres", "2,000-km", "1,200 megawatts", "11 million barrels per day".

Cheap first: a regex of unit words and symbols from models/rules/units.json picks the sentences
worth reading; only those are given to quantulum3, which is imported on first need (a run, or a
document, without unit words never imports it). quantulum3 finds the amount and its unit; the rules
keep only physical units (a year, a sum of money, a percentage, a time span or a bare number is
never a quantity), and our own number reader gives the value, so that ranges ("3 to 5 million
tonnes": value 3000000, high 5000000) and word numbers read as they do for money. Amounts
quantulum3 misses ("1.2 million hectares") are taken from a number followed by a unit word of the
rules. Qualifiers ("about", "over": quantulum3 drops them) come from the shared qualifier rules.
"""

from __future__ import annotations

import bisect
import re
import warnings
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp.base import FACT_ASSIGNS, RULES_CONFIG, RuleComponent, add_fact
from pipeline.nlp.extensions import doc_text
from pipeline.nlp.numbers import NumberMatch, find_numbers, looks_like_year
from pipeline.nlp.quantities import (
    RANGE_SEP,
    _clean,
    _qualifier_after,
    _qualifier_before,
    _scale_of,
)
from pipeline.nlp.rules import Rules, compiled_from_rules, normalise_phrase, phrase_alternation

_PARSE: Callable | None = None


def quantulum_parse() -> Callable:
    """quantulum3's parser, imported on first use (it loads its unit tables then, ~2 s)."""
    global _PARSE
    if _PARSE is None:
        with warnings.catch_warnings():
            # "Classifier dependencies not installed": we do without its disambiguation
            warnings.simplefilter("ignore")
            from quantulum3 import parser

        _PARSE = parser.parse
    return _PARSE


@compiled_from_rules
def unit_rules(ruleset: Rules):
    data = ruleset.get("units", required=("prefilter", "units", "words"))
    words = data["prefilter"].get("words", [])
    symbols = data["prefilter"].get("symbols", [])
    prefilter = re.compile(
        r"(?<![\w])(?:(?i:" + phrase_alternation(words) + r")|" + phrase_alternation(symbols) + r")"
        r"(?![\w])"
    )
    units = {k.lower(): v for k, v in data["units"].items()}
    unit_words = {k.lower(): v for k, v in data["words"].items()}
    word_after = re.compile(
        r"^\s*-?\s*(" + phrase_alternation(unit_words) + r")(?![\w])", re.IGNORECASE
    )
    per = [p.lower() for p in data.get("per", [])]
    per_after = re.compile(
        r"^\s*(?:per|a|an)\s+(" + phrase_alternation(per) + r")\b", re.IGNORECASE
    )
    not_after = re.compile(
        r"(?:^|\s)" + phrase_alternation(data.get("not_after", ["per"])) + r"\s+$", re.IGNORECASE
    )
    return prefilter, units, unit_words, word_after, set(per), per_after, not_after


def _unit_of(ruleset: Rules, name: str) -> tuple[str, str | None] | None:
    """A quantulum3 unit name as (unit, per), or None when it is not a physical quantity."""
    _, units, _, _, per_units, _, _ = unit_rules(ruleset)
    name = name.lower()
    if name in units:
        return units[name], None
    base, sep, per = name.partition(" per ")
    if sep and base in units and per in per_units:
        return units[base], per
    return None


def _amount(ruleset: Rules, sentence: str, start: int, end: int):
    """(start, low, high) of the numbers in sentence[start:end], or None."""
    numbers = [n for n in find_numbers(ruleset, sentence) if start <= n.start and n.end <= end]
    if len(numbers) == 1:
        return numbers[0].start, numbers[0], None
    if len(numbers) == 2 and RANGE_SEP.match(sentence[numbers[0].end : numbers[1].start]):
        return numbers[0].start, numbers[0], numbers[1]
    return None


def _range_before(sentence: str, number: NumberMatch, numbers: list[NumberMatch]):
    """The low end written before `number` ("3-5 million tonnes", "3 to 5 million"), or None."""
    previous = [n for n in numbers if n.end <= number.start]
    if not previous:
        return None
    low = previous[-1]
    sep = sentence[low.end : number.start]
    word = sep.strip().lower()
    if not RANGE_SEP.match(sep) or word == "or" or looks_like_year(low):
        return None
    if word == "and" and "between" not in sentence[max(0, low.start - 9) : low.start].lower():
        return None  # "600 and 1,500 square metres" is two amounts
    return low


def find_quantities(
    ruleset: Rules, sentence: str, offset: int = 0, parse: Callable | None = None
) -> list[dict]:
    """The quantities of one sentence, as fact fields with document offsets (`offset` = where the
    sentence starts in the document). Qualifiers are not read here (they need the document)."""
    prefilter, _, unit_words, word_after, _, per_after, not_after = unit_rules(ruleset)
    parse = parse or quantulum_parse()
    found: list[dict] = []
    taken: list[tuple[int, int]] = []

    def add(start, end, low, high, unit, per):
        if any(s < end and start < e for s, e in taken):
            return
        if not re.search(r"[^\W\d_]", sentence[low.end if high is None else high.end : end]):
            return  # no unit written after the number: "the 500, 1,000 and 5,000-metre races"
        if re.match(r"-\s*\w", sentence[end : end + 2]) and prefilter.match(sentence, end + 1):
            return  # a compound unit: "2.3 trillion tonne-kilometres"
        if high is None and looks_like_year(low):
            return
        if not_after.search(sentence[max(0, start - 8) : start]):
            return  # "$250 per 1,000 cubic metres": the unit of a price
        value = low.value
        high_value = None
        if high is not None:
            high_value = high.value
            if not low.scaled:
                value = low.value * _scale_of(ruleset, high)
            if high_value <= value:
                return
        if per is None:
            m = per_after.match(sentence[end : end + 20])
            per = normalise_phrase(m.group(1)) if m else None
        taken.append((start, end))
        found.append(
            {
                "type": "quantity",
                "start": offset + start,
                "end": offset + end,
                "value": _clean(value),
                "high": _clean(high_value),
                "unit": unit,
                "qualifier": "exact",
                "per": per,
            }
        )

    numbers = find_numbers(ruleset, sentence)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            quantities = parse(sentence)
    except Exception:  # quantulum3 fails on odd input now and then: fall back to the unit words
        quantities = []
    for q in quantities:
        unit = _unit_of(ruleset, q.unit.name)
        if unit is None:
            continue
        span_start, span_end = q.span
        amount = _amount(ruleset, sentence, span_start, span_end)
        if amount is None:
            continue
        start, low, high = amount
        if high is None:
            before = _range_before(sentence, low, numbers)  # "between 600 and 900 metres"
            if before is not None:
                start, low, high = before.start, before, low
        add(start, span_end, low, high, unit[0], unit[1])

    for number in numbers:
        m = word_after.match(sentence[number.end : number.end + 40])
        if not m:
            continue
        unit = unit_words[normalise_phrase(m.group(1))]
        low = _range_before(sentence, number, numbers)
        if low is not None:
            add(low.start, number.end + m.end(), low, number, unit, None)
        else:
            add(number.start, number.end + m.end(), number, None, unit, None)
    found.sort(key=lambda f: f["start"])
    return found


class QuantityExtractor(RuleComponent):
    rule_files = ("units", "numbers", "qualifiers")

    def annotate(self, doc: Doc) -> Doc:
        prefilter = unit_rules(self.rules)[0]
        text = doc_text(doc)
        hits = [m.start() for m in prefilter.finditer(text)]
        if not hits:
            return doc
        sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        starts = [s.start_char for s in sentences]
        wanted = sorted({bisect.bisect_right(starts, h) - 1 for h in hits})
        others = [
            (fact["start"], fact["end"])
            for fact in (self.names.fields_of(s) for s in self.names.facts(doc))
        ]
        for index in wanted:
            sent = sentences[index]
            for fields in find_quantities(self.rules, sent.text, sent.start_char):
                start, end = fields["start"], fields["end"]
                if any(s < end and start < e for s, e in others):
                    continue  # part of a money, percentage or other fact
                qual = _qualifier_before(self.rules, text, start)
                if qual:
                    fields["qualifier"], start = qual
                post = _qualifier_after(self.rules, text, end)
                if post and fields["qualifier"] == "exact":
                    fields["qualifier"], end = post
                fields["start"], fields["end"] = start, end
                add_fact(doc, start, end, fields, self.names)
        return doc


@Language.factory(
    "speechfacts_quantity",
    default_config=RULES_CONFIG,
    assigns=FACT_ASSIGNS,
    requires=["token.is_sent_start"],
)
def make_quantity_extractor(
    nlp: Language, name: str, rules_dir: str | None, extension_names: dict[str, str]
) -> QuantityExtractor:
    return QuantityExtractor(nlp, name, rules_dir, extension_names)
