"""Numeric facts found in a text: money, percentages and country counts, with their fields.

`scan(text, sentence_starts)` reads the numbers of a text once (`numbers.find_numbers`) and decides
for each what it measures from the words around it, all taken from the rule files:
- money: a currency symbol or code before the amount ("$15 billion", "RUB 300 million") or a
  currency word after it ("5 billion Russian rubles"); a bare scaled amount takes the currency of
  the money figure before it in its sentence ("5 billion rubles in 2018 and 7 billion in 2019");
- percentage: "%", "percent", "per cent", "percentage points" after the number;
- country_count: a number, at most a few modifiers, then "countries", "states", "nations", ...
Ranges ("$3–4 billion", "1.5 to 2 million rubles", "between 10 and 15 percent") become one fact with
`value` and `high`; qualifiers ("about", "over", "up to", "or more") are read from the rule file and
included in the fact's surface text. Years are never money or percentages.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from pipeline.nlp.numbers import NumberMatch, find_numbers, looks_like_year
from pipeline.nlp.rules import load_rules, normalise_phrase, phrase_alternation, rule_cache

CARRY_NEXT = re.compile(
    r"^(?:\s*(?:[,.;:)\]!?]|–|—|$)|\s+(?:in|and|or|for|to|on|at|by|this|last|next|per|a|each|"
    r"over|from|with|was|were|is|are|will|would|has|have|had|while|but|within|since|of\s+which)\b)",
    re.IGNORECASE,
)


@dataclass
class Candidate:
    type: str
    start: int  # surface start (qualifier included)
    end: int
    value: float
    high: float | None = None
    unit: str | None = None
    qualifier: str = "exact"
    per: str | None = None
    number_start: int = 0

    def fields(self) -> dict:
        value = self.value
        high = self.high
        if self.type == "country_count":
            value = int(value)
            high = int(high) if high is not None else None
        return {
            "type": self.type,
            "start": self.start,
            "end": self.end,
            "value": _clean(value),
            "high": _clean(high),
            "unit": self.unit,
            "qualifier": self.qualifier,
            "per": self.per,
        }


def _clean(value):
    """Integral floats become ints so that records read "15000000000", not "15000000000.0"."""
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e18:
            return int(value)
        return round(value, 6)
    return value


@rule_cache
def _currency_tables():
    rules = load_rules("currencies", required=("currencies",))
    prefix: dict[str, str] = {}
    suffix: dict[str, str] = {}
    for entry in rules["currencies"]:
        code = entry["code"]
        for sym in entry.get("symbols", []) + entry.get("codes", []):
            prefix[sym.lower()] = code
        for word in entry.get("words", []):
            suffix[word.lower()] = code
    prefix_re = re.compile(
        r"(?:(?<=[\s(\[\"'“‘])|^)" + phrase_alternation(prefix) + r"\s*$", re.IGNORECASE
    )
    suffix_re = re.compile(r"^\s*-?\s*(" + phrase_alternation(suffix) + r")(?![\w])", re.IGNORECASE)
    return prefix, suffix, prefix_re, suffix_re


@rule_cache
def _percent_tables():
    rules = load_rules("percentages", required=("units",))
    units = {}
    for unit, words in rules["units"].items():
        for word in words:
            units[word.lower()] = unit
    # "%" needs no word boundary; words do
    unit_re = re.compile(r"^\s*-?\s*(" + phrase_alternation(units) + r")(?![\w])", re.IGNORECASE)
    return units, unit_re


@rule_cache
def _qualifier_tables():
    rules = load_rules("qualifiers", required=("before", "after"))
    before = {p.lower(): q for q, phrases in rules["before"].items() for p in phrases}
    after = {p.lower(): q for q, phrases in rules["after"].items() for p in phrases}
    before_re = re.compile(
        r"(?:^|(?<=[\s(\[\"'“‘–—-]))(" + phrase_alternation(before) + r")\s*$", re.IGNORECASE
    )
    after_re = re.compile(r"^\s*,?\s*(" + phrase_alternation(after) + r")(?![\w])", re.IGNORECASE)
    return before, after, before_re, after_re


@rule_cache
def _country_tables():
    rules = load_rules("countries", required=("nouns", "bilateral_determiners"))
    nouns = phrase_alternation(rules["nouns"])
    blocked = {w.lower() for w in rules.get("blocked_modifiers", [])} | {
        "the",
        "a",
        "an",
        "in",
        "with",
        "and",
        "or",
        "to",
        "for",
        "from",
        "by",
        "on",
        "at",
        "that",
        "which",
        "who",
        "are",
        "is",
        "were",
        "was",
        "have",
        "has",
        "had",
        "than",
        "more",
        "less",
        "people",
        "times",
        "its",
        "their",
        "our",
        "these",
        "those",
        "as",
    }
    n_between = int(rules.get("max_words_between", 3))
    noun_re = re.compile(
        rf"^((?:\s+[A-Za-z][\w’'-]*){{0,{n_between}}}?)\s+({nouns})(?![\w-])", re.IGNORECASE
    )
    determiners = re.compile(
        r"(?:^|\s)" + phrase_alternation(rules["bilateral_determiners"]) + r"\s*$", re.IGNORECASE
    )
    never_before = re.compile(
        r"^\s*" + phrase_alternation(rules.get("never_before", ["United"])) + r"\b"
    )
    excluded_after = (
        re.compile(
            r"^\s*" + phrase_alternation(rules.get("excluded_after", [])) + r"\b", re.IGNORECASE
        )
        if rules.get("excluded_after")
        else None
    )
    return noun_re, blocked, determiners, never_before, excluded_after


RANGE_SEP = re.compile(r"^\s*(?:-|–|—|to|and|or)\s*$", re.IGNORECASE)
PER_RE = re.compile(
    r"^\s*(?:per|a|an)\s+((?:cubic\s+|square\s+)?(?:barrel|tonne|ton|metre|meter|kilogram|kg|"
    r"litre|liter|month|year|day|hour|person|head|capita|unit|kilowatt-hour|kWh|megawatt-hour|"
    r"MWh|gigacalorie|square metre|square meter|cubic metre|cubic meter|thousand cubic metres|"
    r"ounce|troy ounce|share|family|child|student|pensioner|hectare))\b",
    re.IGNORECASE,
)


def _scale_of(number: NumberMatch) -> float:
    """The multiplier contributed by a scale word in `number` (1 when unscaled)."""
    if not number.scaled:
        return 1.0
    from pipeline.nlp.numbers import _tables

    _, _, scales = _tables()
    words = re.findall(r"[a-z]+", number.text.lower())
    last = [w for w in words if w in scales]
    return float(scales[last[-1]]) if last else 1.0


def _unit_after(text: str, pos: int):
    """('money', code, end) / ('percentage', unit, end) / None for the words right after pos."""
    _, suffix, _, suffix_re = _currency_tables()
    units, unit_re = _percent_tables()
    window = text[pos : pos + 40]
    m = unit_re.match(window)
    if m:
        return "percentage", units[normalise_phrase(m.group(1))], pos + m.end()
    m = suffix_re.match(window)
    if m:
        return "money", suffix[normalise_phrase(m.group(1))], pos + m.end()
    return None


def _currency_before(text: str, pos: int):
    prefix, _, prefix_re, _ = _currency_tables()
    window = text[max(0, pos - 12) : pos]
    m = prefix_re.search(window)
    if m:
        code = prefix.get(normalise_phrase(m.group(0)))
        if code:
            return code, pos - (len(window) - m.start())
    return None


def _qualifier_before(text: str, pos: int):
    before, _, before_re, _ = _qualifier_tables()
    window = text[max(0, pos - 40) : pos]
    m = before_re.search(window)
    if m:
        phrase = normalise_phrase(m.group(1))
        return before[phrase], pos - (len(window) - m.start(1))
    return None


def _qualifier_after(text: str, pos: int):
    _, after, _, after_re = _qualifier_tables()
    m = after_re.match(text[pos : pos + 30])
    if m:
        phrase = normalise_phrase(m.group(1))
        return after[phrase], pos + m.end()
    return None


CHANGE_FROM = re.compile(
    r"\b(?:grown|grew|grow|rose|risen|rise|increased|increase|fell|fallen|decreased|decrease|"
    r"dropped|declined|reduced|cut|went up|gone up|went down|gone down|climbed|jumped|soared|"
    r"changed|expanded|shrank|raised|lowered|up|down)\s+(?:\w+\s+){0,2}from\s*$",
    re.IGNORECASE,
)


def scan(text: str, sentence_starts: list[int] | None = None) -> list[Candidate]:
    """All money, percentage and country_count candidates of `text`, in text order."""
    starts = sentence_starts or [0]

    def sentence_index(offset: int) -> int:
        return bisect.bisect_right(starts, offset) - 1

    numbers = find_numbers(text)
    results: list[Candidate] = []
    consumed: set[int] = set()
    noun_re, blocked, determiners, never_before, excluded_after = _country_tables()

    for i, num in enumerate(numbers):
        if i in consumed:
            continue
        low = num
        high = None
        # a range: "3–4 billion", "1.5 to 2 million", "$3 to $4 billion", "between 10 and 15"
        if i + 1 < len(numbers) and not looks_like_year(num):
            nxt = numbers[i + 1]
            between = text[num.end : nxt.start]
            sym = _currency_before(text, nxt.start)
            gap = between[: len(between) - (nxt.start - sym[1])] if sym else between
            if (
                RANGE_SEP.match(gap)
                and _unit_after(text, num.end) is None
                and not looks_like_year(nxt)
                and sentence_index(num.start) == sentence_index(nxt.start)
            ):
                sep = gap.strip().lower()
                before_word = text[max(0, num.start - 12) : num.start].lower()
                ok = sep in ("-", "–", "—", "to") or (sep == "and" and "between" in before_word)
                if ok:
                    high = nxt
        last = high or low
        kind = None
        unit = None
        end = last.end
        start = low.start
        cur = _currency_before(text, low.start)
        after = _unit_after(text, last.end)
        if after and after[0] == "percentage":
            kind, unit, end = after
        elif cur:
            kind, unit = "money", cur[0]
            start = cur[1]
            if after and after[0] == "money":
                end = after[2]  # "$5 billion US dollars" keeps one currency
        elif after and after[0] == "money":
            kind, unit, end = after
        if kind and looks_like_year(low) and high is None and not cur:
            kind = None  # years are never money or percentages
        if kind is None and high is None and not looks_like_year(low) and low.value < 1000:
            m = noun_re.match(text[low.end : low.end + 80])
            if m:
                between_words = [w.lower() for w in m.group(1).split()]
                ok = not any(w in blocked for w in between_words)
                if ok and never_before.match(text[low.end :]):
                    ok = False
                if ok and excluded_after and excluded_after.match(text[low.end + m.end() :]):
                    ok = False
                noun = m.group(2).lower()
                if ok and not noun.endswith("s"):
                    ok = False  # "one country" is not a count of countries
                if (
                    ok
                    and low.value == 2
                    and determiners.search(text[max(0, low.start - 20) : low.start])
                ):
                    ok = False  # the bilateral pair of the meeting itself
                if ok and low.value == int(low.value) and low.value > 0:
                    kind, unit, end = "country_count", "country", low.end + m.end()
        if kind is None:
            continue
        value = low.value
        high_value = None
        if high is not None:
            high_value = high.value
            if not low.scaled:
                value = low.value * _scale_of(high)
            consumed.add(i + 1)
        cand = Candidate(kind, start, end, value, high_value, unit, number_start=low.start)
        qual = _qualifier_before(text, start)
        if qual:
            cand.qualifier, cand.start = qual
        post = _qualifier_after(text, end)
        if post and cand.qualifier == "exact":
            cand.qualifier, cand.end = post
        if kind == "money":
            per = PER_RE.match(text[end : end + 40])
            if per:
                cand.per = normalise_phrase(per.group(1))
        results.append(cand)

    _carry_currency(text, numbers, results, consumed, sentence_index)
    results.sort(key=lambda c: (c.start, c.end))
    return results


def _carry_currency(text, numbers, results, consumed, sentence_index) -> None:
    """Bare scaled amounts take the currency of the money figure before them in the sentence."""
    taken = {(c.number_start) for c in results}
    money = sorted((c for c in results if c.type == "money"), key=lambda c: c.start)
    if not money:
        return
    for i, num in enumerate(numbers):
        if i in consumed or num.start in taken or not num.scaled or looks_like_year(num):
            continue
        if _currency_before(text, num.start) or _unit_after(text, num.end):
            continue
        previous = [c for c in money if c.end <= num.start]
        if not previous:
            continue
        source = previous[-1]
        if sentence_index(source.start) != sentence_index(num.start):
            continue
        if not CARRY_NEXT.match(text[num.end : num.end + 20]):
            continue  # "2 million people": a count of something else
        cand = Candidate(
            "money", num.start, num.end, num.value, None, source.unit, number_start=num.start
        )
        qual = _qualifier_before(text, num.start)
        if qual:
            cand.qualifier, cand.start = qual
        results.append(cand)
