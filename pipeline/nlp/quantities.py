"""Numeric facts found in a text: money, percentages and country counts, with their fields.

`scan(text, sentence_starts)` reads the numbers of a text once (`numbers.find_numbers`) and decides
for each what it measures from the words around it, all taken from the rule files:
- money: a currency symbol or code before the amount ("$15 billion", "RUB 300 million", "C$ 16.4
  million", "USD115") or a currency symbol, code, word or sub-unit word after it ("5 billion
  Russian rubles", "10 €", "115USD", "50 cents" = 0.50 USD, "30 MUSD"; see `currencies`); a whole
  amount and its sub-unit amount are one figure ("3 dollars 50 cents", "15 dollars and 50."); a
  bare scaled amount takes the currency of the money figure before it in its sentence ("5 billion
  rubles in 2018 and 7 billion in 2019"); a currency belongs to one amount only ("10 rmb 20 usd");
- percentage: "%", "percent", "per cent", "percentage points" after the number, or "percent of"
  before it at the end of a phrase ("per cent of twenty-two");
- country_count: a number, at most a few modifiers, then "countries", "states", "nations", ...
Ranges ("$3–4 billion", "1.5 to 2 million rubles", "between 10 and 15 percent") become one fact with
`value` and `high`; qualifiers ("about", "over", "up to", "or more") are read from the rule file and
included in the fact's surface text; "minus" (or a minus sign) makes a money figure negative and a
percentage a fall ("minus 35 percent": 35, change "decrease"). Years are never money or
percentages, and numbers inside web addresses are never facts.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass

from pipeline.nlp.currencies import (
    CODE,
    SUBUNIT,
    SYMBOL,
    WORD,
    CurrencyMatch,
    currency_after,
    currency_before,
    has_subunits,
)
from pipeline.nlp.numbers import (
    NumberMatch,
    find_glued_numbers,
    find_numbers,
    looks_like_year,
    negative_words,
)
from pipeline.nlp.prefilter import Spans
from pipeline.nlp.rules import (
    NEVER_MATCHES,
    Rules,
    compiled_from_rules,
    normalise_phrase,
    phrase_alternation,
)

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
    # written with "minus" or a minus sign: money is then below zero; a percentage keeps its size
    # and is a fall ("minus 35 percent" is 35 with change "decrease", as the guideline has it)
    negative: bool = False

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
    """Floats to 15 significant digits, so that binary noise does not show ("8.3 billion" is
    8300000000, not 8300000000.000001; "2 satoshis" stays 2e-08); integral ones become ints, so
    that records read "15000000000", not "15000000000.0"."""
    if isinstance(value, float) and math.isfinite(value):
        value = float(f"{value:.15g}")
        if value.is_integer() and abs(value) < 1e18:
            return int(value)
    return value


@compiled_from_rules
def _percent_tables(ruleset: Rules):
    rules = ruleset.get("percentages", required=("units",))
    units = {}
    for unit, words in rules["units"].items():
        for word in words:
            units[word.lower()] = unit
    # "%" needs no word boundary; words do
    unit_re = re.compile(r"^\s*-?\s*(" + phrase_alternation(units) + r")(?![\w])", re.IGNORECASE)
    # the unit written before the number: "per cent of twenty-two"
    before = {w.lower(): u for u, words in rules.get("units_before", {}).items() for w in words}
    before_re = (
        re.compile(
            r"(?:^|(?<=[\s(\[\"'“‘]))(" + phrase_alternation(before) + r")\s+$", re.IGNORECASE
        )
        if before
        else None
    )
    return units, unit_re, before, before_re


@compiled_from_rules
def _unit_range_tables(ruleset: Rules) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """percentages.json's `unit_ranges` (issue 12 round ai), compiled: what joins two
    percentages written each with its unit (spaced, or glued), a word right before the first
    that makes them a range whatever else the sentence says, and a word of a rise or a fall
    (the file's increase_before, decrease_before, level_verbs_before_to and the key's
    more_change_words) that makes them a level and the level it became."""
    rules = ruleset.get("percentages", required=("units",))
    spec = rules.get("unit_ranges")
    if not spec:
        return NEVER_MATCHES, NEVER_MATCHES, NEVER_MATCHES, NEVER_MATCHES
    spaced = spec.get("separators", [])
    glued = spec.get("joined_separators", [])
    spaced_re = (
        re.compile(rf"\s+(?:{phrase_alternation(spaced)})\s+", re.IGNORECASE)
        if spaced
        else NEVER_MATCHES
    )
    glued_re = re.compile(rf"(?:{phrase_alternation(glued)})") if glued else NEVER_MATCHES
    by_words = spec.get("by_words", [])
    by_re = (
        re.compile(rf"(?<![\w’'])(?:{phrase_alternation(by_words)})\s+$", re.IGNORECASE)
        if by_words
        else NEVER_MATCHES
    )
    change = [
        *rules.get("increase_before", []),
        *rules.get("decrease_before", []),
        *rules.get("level_verbs_before_to", []),
        *spec.get("more_change_words", []),
    ]
    change_re = (
        re.compile(rf"(?<![\w’'])(?:{phrase_alternation(change)})(?![\w’'])", re.IGNORECASE)
        if change
        else NEVER_MATCHES
    )
    return spaced_re, glued_re, by_re, change_re


def _percent_unit_range(
    ruleset: Rules, text: str, low: NumberMatch, high: NumberMatch, sentence_start: int
) -> bool:
    """Whether two percentages each written with its unit ("10% to 11%", "7%-10%") are one
    range (percentages.json's `unit_ranges`): the first below the second, joined by one of its
    separators, both in the same unit; right after one of its `by_words`, or with no word of a
    rise or a fall in the sentence before the first ("grew from 48 percent to 75 percent" is a
    level and the level it became)."""
    spaced, glued, by_re, change_re = _unit_range_tables(ruleset)
    if spaced is NEVER_MATCHES and glued is NEVER_MATCHES:
        return False
    if looks_like_year(low) or looks_like_year(high) or not low.value < high.value:
        return False
    first = _unit_after(ruleset, text, low.end)
    if first is None or first[0] != "percentage" or first[2] > high.start:
        return False
    second = _unit_after(ruleset, text, high.end)
    if second is None or second[0] != "percentage" or second[1] != first[1]:
        return False
    if not (
        spaced.fullmatch(text, first[2], high.start) or glued.fullmatch(text, first[2], high.start)
    ):
        return False
    if by_re.search(text, max(sentence_start, low.start - 12), low.start):
        return True
    return change_re.search(text, sentence_start, low.start) is None


def range_of_change_parts(rules: dict, tail: str) -> list[str]:
    """percentages.json's `range_of_change_*` (issue 12 round ca) as alternatives of a pattern
    that ends with `tail` (what stands between the words and the figure): a rise or fall word
    that ranges itself ('showed growth from 2 to 9 percent', 'the increase in grants went from
    5 to 20 percent'); the group `adjacent` or `noun` says which form matched."""
    adjacent = rules.get("range_of_change_adjacent", [])
    nouns = rules.get("range_of_change_nouns", [])
    verbs = rules.get("range_of_change_verbs", [])
    parts = []
    if adjacent:
        parts.append(rf"\b(?P<adjacent>{phrase_alternation(adjacent)}){tail}")
    if nouns and verbs:
        parts.append(
            rf"\b(?:the|an|a|this|that)\s+(?:\w+\s+)?(?P<noun>{phrase_alternation(nouns)})\b"
            rf"[^,;:.]{{0,60}}?\b(?:{phrase_alternation(verbs)}){tail}"
        )
    return parts


@compiled_from_rules
def _level_pair_tables(ruleset: Rules):
    """percentages.json's `from_to_levels` (issue 12 round da), compiled: 'from' and the words
    that may stand between it and the first number, right before that number (or its currency);
    a word of a rise or a fall (the `unit_ranges` change words); the rise or fall words that
    range themselves (round ca's `range_of_change_*`: 'showed growth from 2 to 9 percent');
    the number of words that may stand between the change word and 'from'; and whether a pair
    whose second number is below the first is two levels whatever the words before."""
    rules = ruleset.get("percentages", required=("units",))
    spec = rules.get("from_to_levels")
    if not spec:
        return None
    leads = [*spec.get("leads", []), *rules.get("from_figure_leads", [])]
    lead = rf"(?:(?:{phrase_alternation(leads)})\s+)?" if leads else ""
    from_re = re.compile(
        rf"(?<![\w’'])(?:{phrase_alternation(spec.get('from_words', ['from']))})\s+{lead}$",
        re.IGNORECASE,
    )
    _, _, _, change_re = _unit_range_tables(ruleset)
    parts = range_of_change_parts(rules, r"\s+$")
    ranging = re.compile("|".join(parts), re.IGNORECASE) if parts else NEVER_MATCHES
    max_words = int(spec.get("max_words_after_change", 6))
    return from_re, change_re, ranging, max_words, bool(spec.get("descending", True))


def _level_pair(
    ruleset: Rules,
    text: str,
    low: NumberMatch,
    high: NumberMatch,
    anchor: int,
    sentence_start: int,
) -> bool:
    """Whether "from X to Y unit" (the unit, currency or scale written once, after Y) names two
    levels, where a change started and where it ended, rather than one range (percentages.json's
    `from_to_levels`): 'from' right before X (or before its currency at `anchor`), and Y below X
    ("fell from 3.5 to 3.3 percent": a range never descends) or a word of a rise or a fall at
    most a few words before 'from' ("the share went up from 76 to 88 percent", "grew from 200 to
    700 billion rubles"); not when the rise or fall word is what ranges ("growth from 2 to 9
    percent"). "from 60 to 90 percent of the reserves", with no change said, stays a range."""
    tables = _level_pair_tables(ruleset)
    if tables is None:
        return False
    from_re, change_re, ranging, max_words, descending = tables
    lead = from_re.search(text, max(sentence_start, anchor - 40), anchor)
    if lead is None:
        return False
    low_value = low.value * _borrowed_scale(ruleset, low, high)
    if descending and low_value > high.value:
        return True
    left = text[max(sentence_start, lead.start() - 200) : lead.start()]
    if ranging.search(left):
        return False
    ends = [m.end() for m in change_re.finditer(left)]
    return bool(ends) and len(left[ends[-1] :].split()) <= max_words


@compiled_from_rules
def _negative_re(ruleset: Rules) -> re.Pattern:
    """A negative word of the rule file ("minus five percent"), or a minus sign glued to the number
    ("-5%"), right before an amount."""
    words = negative_words(ruleset)
    word = rf"(?:^|(?<=[\s(\[\"'“‘])){phrase_alternation(words)}\s+" if words else r"(?!x)x"
    return re.compile(rf"(?:{word}|(?:^|(?<=[\s(\[]))[-−])$", re.IGNORECASE)


@compiled_from_rules
def _qualifier_tables(ruleset: Rules):
    rules = ruleset.get("qualifiers", required=("before", "after"))
    before = {p.lower(): q for q, phrases in rules["before"].items() for p in phrases}
    after = {p.lower(): q for q, phrases in rules["after"].items() for p in phrases}
    before_re = re.compile(
        r"(?:^|(?<=[\s(\[\"'“‘–—-]))(" + phrase_alternation(before) + r")\s*$", re.IGNORECASE
    )
    after_re = re.compile(r"^\s*,?\s*(" + phrase_alternation(after) + r")(?![\w])", re.IGNORECASE)
    return before, after, before_re, after_re


@compiled_from_rules
def _country_tables(ruleset: Rules):
    rules = ruleset.get("countries", required=("nouns", "bilateral_determiners"))
    nouns = phrase_alternation(rules["nouns"])
    # modifiers that never stand between a number and its noun, and the words that end a phrase
    blocked = {
        w.lower() for w in rules.get("blocked_modifiers", []) + rules.get("blocked_between", [])
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
    singular_nouns = frozenset(normalise_phrase(w) for w in rules.get("singular_nouns", []))
    return noun_re, blocked, determiners, never_before, excluded_after, singular_nouns


@compiled_from_rules
def _bilateral_after(ruleset: Rules) -> re.Pattern:
    """countries.json's `bilateral_after` (issue 12 round ax): what right after "two countries"
    marks the pair of a meeting without a determiner ("the prosperity of two countries’
    peoples": a possessive), not a count."""
    marks = ruleset.get("countries", required=("nouns",)).get("bilateral_after", [])
    if not marks:
        return NEVER_MATCHES
    return re.compile(rf"(?:{'|'.join(re.escape(m) for m in marks)})")


@compiled_from_rules
def _first_between_only(ruleset: Rules) -> frozenset:
    """countries.json's `first_between_only` (issue 12 round bv): the words that stand between
    a number and its country noun only right after the number ("seven other countries"); further
    on they follow a verb ("on May 9 inspired other countries"), and the number is no count."""
    words = ruleset.get("countries", required=("nouns",)).get("first_between_only", [])
    return frozenset(w.lower() for w in words)


@compiled_from_rules
def _country_ranking_tables(ruleset: Rules):
    """countries.json's ranking and range keys (issue 12 round an): the words before a number
    that make it a place in a ranking ("the top five economies"), the words between it and the
    noun that do ("the five largest economies"), the separators of a range of counts ("60 or 65
    countries") and the words a range may not follow ("from 40 to 90 countries")."""
    rules = ruleset.get("countries", required=("nouns", "bilateral_determiners"))
    before = rules.get("ranking_before", [])
    ranking_before = (
        re.compile(r"(?:^|[\s(\[\"'“‘])" + phrase_alternation(before) + r"[\s-]*$", re.IGNORECASE)
        if before
        else None
    )
    ranking_between = frozenset(w.lower() for w in rules.get("ranking_between", []))
    separators = rules.get("range_separators", [])
    range_sep = (
        re.compile(r"\s*(?:" + phrase_alternation(separators) + r")\s*", re.IGNORECASE)
        if separators
        else None
    )
    not_after = rules.get("range_not_after", [])
    range_not_after = (
        re.compile(r"(?:^|\s)" + phrase_alternation(not_after) + r"\s*$", re.IGNORECASE)
        if not_after
        else None
    )
    return ranking_before, ranking_between, range_sep, range_not_after


def _country_range_high(
    ruleset: Rules,
    text: str,
    numbers: list[NumberMatch],
    i: int,
    same_sentence,
    high: NumberMatch | None,
) -> NumberMatch | None:
    """The number that ends a range of counts of countries opened by numbers[i] ("60 or 65
    countries", "10 to 15 states", "between 10 and 15 states": `high`, the range found for
    every kind of figure), or None (countries.json's `range_separators`)."""
    _, _, range_sep, range_not_after = _country_ranking_tables(ruleset)
    if range_sep is None or i + 1 >= len(numbers):
        return None
    low, nxt = numbers[i], numbers[i + 1]
    if (
        (high is not nxt and not range_sep.fullmatch(text, low.end, nxt.start))
        or looks_like_year(nxt)
        or not low.value < nxt.value < 1000
        or nxt.value != int(nxt.value)
        or not same_sentence(low.start, nxt.start)
    ):
        return None
    if range_not_after is not None and range_not_after.search(
        text, max(0, low.start - 12), low.start
    ):
        return None
    return nxt


RANGE_SEP = re.compile(r"^\s*(?:-|–|—|to|and|or)\s*$", re.IGNORECASE)
# the separators that join a range by themselves ("3–4", "3 to 4"); "and" needs "between"
RANGE_JOINERS = ("-", "–", "—", "to")


def _joins_range(text: str, low_start: int, sep: str) -> bool:
    """Whether `sep` (stripped, lower case) joins the number at `low_start` and the next into a
    range: one of RANGE_JOINERS, or "and" after "between" ("between 10 and 15")."""
    return sep in RANGE_JOINERS or (
        sep == "and" and "between" in text[max(0, low_start - 12) : low_start].lower()
    )


@compiled_from_rules
def _per_re(ruleset: Rules) -> re.Pattern:
    """The unit a price is given per, after the amount: "$60 per barrel", "5,000 rubles a month"
    (currencies.json: `per_words`, `per_unit_prefixes`, `per_units`, tried in the file's order)."""
    rules = ruleset.get("currencies", required=("per_words", "per_unit_prefixes", "per_units"))

    def alternation(words: list[str]) -> str:
        return "(?:" + "|".join(re.escape(w).replace("\\ ", " ") for w in words) + ")"

    prefixes = "(?:" + "|".join(re.escape(p) + r"\s+" for p in rules["per_unit_prefixes"]) + ")?"
    return re.compile(
        r"^\s*"
        + alternation(rules["per_words"])
        + r"\s+("
        + prefixes
        + alternation(rules["per_units"])
        + r")\b",
        re.IGNORECASE,
    )


def _descends(ruleset: Rules, low: NumberMatch, high: NumberMatch, sep: str) -> bool:
    """Whether two numbers joined by `sep` as a range would descend, the first (with the scale it
    borrows) above the second: numbers.json's `descending_pair_joiners` (round money52) makes
    such a pair two figures, a figure and its restatement ("almost $50 billion — $49.2 billion";
    "7.7–7.5 trillion rubles": the first takes the second's unit and scale), never a range."""
    joiners = ruleset.get("numbers").get("descending_pair_joiners", [])
    if sep not in joiners:
        return False
    return low.value * _borrowed_scale(ruleset, low, high) > high.value


def _restated_after(
    ruleset: Rules, text: str, numbers, j: int, sentence_index
) -> NumberMatch | None:
    """The number restating a range whose high end is numbers[j] ("about 7.6–7.7–7.5 trillion
    rubles": 7.5 trillion rubles restates 7.6–7.7, which takes its unit and scale): the next
    number, in the same sentence, joined to the high end by one of `descending_pair_joiners`
    alone, below it, when no unit stands after the high end; None otherwise."""
    if j + 1 >= len(numbers):
        return None
    high, nxt = numbers[j], numbers[j + 1]
    if looks_like_year(nxt) or sentence_index(high.start) != sentence_index(nxt.start):
        return None
    if _unit_after(ruleset, text, high.end) is not None:
        return None
    sep = text[high.end : nxt.start]
    if not RANGE_SEP.match(sep):
        return None
    return nxt if _descends(ruleset, high, nxt, sep.strip().lower()) else None


def _borrowed_scale(ruleset: Rules, low: NumberMatch, high: NumberMatch) -> float:
    """The scale a bare low end takes from the scaled number after it ("300 to 900 billion"):
    none when it has its own, or when it is written out to numbers.json's
    `borrowed_scale_below` or more ("from 600,000 to 1.3 million"; round money51)."""
    if low.scaled:
        return 1.0
    below = ruleset.get("numbers").get("borrowed_scale_below")
    if below is not None and low.value >= below:
        return 1.0
    return _scale_of(ruleset, high)


def _scale_of(ruleset: Rules, number: NumberMatch) -> float:
    """The multiplier contributed by the last scale words of `number` (1 when unscaled):
    "4 billion" -> 1e9, "5 lakh crore" -> 1e12."""
    if not number.scaled:
        return 1.0
    from pipeline.nlp.numbers import _tables

    _, _, scales = _tables(ruleset)
    factor = 1.0
    for word in reversed(re.findall(r"[a-z]+", number.text.lower())):
        if word in scales:
            factor *= float(scales[word])
        elif factor != 1.0:
            break
    return factor


def _unit_after(ruleset: Rules, text: str, pos: int, context=None, scaled: bool = False):
    """('percentage', unit, end) / ('money', CurrencyMatch, end) / None for the words right after
    pos (see `currencies.currency_after` for the arguments)."""
    units, unit_re, _, _ = _percent_tables(ruleset)
    m = unit_re.match(text[pos : pos + 40])
    if m:
        return "percentage", units[normalise_phrase(m.group(1))], pos + m.end()
    cur = currency_after(ruleset, text, pos, scaled=scaled, context=context)
    if cur:
        return "money", cur, cur.end
    return None


@compiled_from_rules
def _inner_qualifier_tables(ruleset: Rules) -> tuple[re.Pattern, dict[str, str]] | None:
    """percentages.json's `inner_qualifiers` (issue 12 round pp90): the words that may stand
    between a number and its percent unit ("40 plus percent", "23-odd percent"), each with the
    qualifier it gives the number, and a pattern for such a word and the unit after a number."""
    rules = ruleset.get("percentages", required=("units",)).get("inner_qualifiers")
    if not rules:
        return None
    words = {w.lower(): q for q, phrases in rules.items() for w in phrases}
    units, _, _, _ = _percent_tables(ruleset)
    # "40 plus percent", "23-odd percent", "30-some-percent"
    pattern = re.compile(
        rf"^(?:\s+|\s*-\s*)({phrase_alternation(words)})"
        rf"\s*-?\s*({phrase_alternation(units)})(?![\w])",
        re.IGNORECASE,
    )
    return pattern, words


def _inner_qualified_unit(ruleset: Rules, text: str, pos: int) -> tuple[str, int, str] | None:
    """(unit, end, qualifier) for a percent unit after a qualifying word right after `pos` (the
    number's end: "40 plus percent" is an at_least 40 percent); None where there is none."""
    tables = _inner_qualifier_tables(ruleset)
    if tables is None:
        return None
    pattern, words = tables
    m = pattern.match(text[pos : pos + 40])
    if m is None:
        return None
    units, _, _, _ = _percent_tables(ruleset)
    return units[normalise_phrase(m.group(2))], pos + m.end(), words[normalise_phrase(m.group(1))]


@compiled_from_rules
def _negated_bounds(ruleset: Rules) -> tuple[re.Pattern, dict[str, str], re.Pattern] | None:
    """qualifiers.json's `negated_bounds`: a negation up to `max_words_between` lowercase words
    (then one of `last_words_between`) before a comparison ("cannot show more than", "won't grow
    by more than"), and what each comparison then becomes. A comparison that starts with one of
    `words_not_between` ("just over") is not bounded by a negation before it."""
    rules = ruleset.get("qualifiers", required=("before", "after")).get("negated_bounds")
    if not rules or not rules.get("negations"):
        return None
    blocked = phrase_alternation(rules.get("words_not_between", []))
    word = rf"(?!{blocked}\b)[a-z]+"
    most = int(rules.get("max_words_between", 1))
    last = rules.get("last_words_between", [])
    tail = rf"(?:\s+{phrase_alternation(last)})?" if last else ""
    pattern = re.compile(
        rf"(?<![\w’'])((?i:{phrase_alternation(rules['negations'])}))(?:\s+{word}){{0,{most}}}{tail}\s+$"
    )
    starts = re.compile(rf"{blocked}\b", re.IGNORECASE)
    return pattern, dict(rules.get("flip", {})), starts


@compiled_from_rules
def _particle_up_to(ruleset: Rules) -> tuple[frozenset[str], re.Pattern] | None:
    """qualifiers.json's `particle_up_to` (issue 12 round cm): a phrase ("up to") that is the
    particle of one of `verbs` said before it in the clause ("bring the share up to 70 percent",
    "bringing the total up to 18 billion"): the figure is the level the verb reaches, no bound.
    The words between (the object: 1 to `max_words_between`) hold none of `words_not_between`
    ("raise wages by up to 10 percent" keeps its bound; so does "take up to 30 percent") and no
    mark."""
    rules = ruleset.get("qualifiers", required=("before", "after")).get("particle_up_to")
    if not rules or not rules.get("verbs") or not rules.get("phrases"):
        return None
    blocked = phrase_alternation(rules.get("words_not_between", []) or ["(?!x)x"])
    most = int(rules.get("max_words_between", 10))
    pattern = re.compile(
        rf"(?<![\w’'])(?:{phrase_alternation(rules['verbs'])})"
        rf"(?:\s+(?!(?:{blocked})\b)[\w’'-]+){{1,{most}}}\s+$",
        re.IGNORECASE,
    )
    return frozenset(normalise_phrase(p) for p in rules["phrases"]), pattern


@compiled_from_rules
def _before_fillers(ruleset: Rules) -> tuple[re.Pattern, frozenset[str], re.Pattern] | None:
    """qualifiers.json's `before_fillers` (issue 12 round cm): a word (`words`: "a", "an",
    "another") that may stand between a qualifier of `qualifiers` and the amount ("about a 15
    percent return", "by almost another 18 percent"), unless a word of `words_not_before` stands
    before the qualifier ("talked about a 5 percent rise": a preposition)."""
    rules = ruleset.get("qualifiers", required=("before", "after")).get("before_fillers")
    if not rules or not rules.get("words") or not rules.get("qualifiers"):
        return None
    words = re.compile(rf"(?<=\s)(?:{phrase_alternation(rules['words'])})\s+$", re.IGNORECASE)
    blocked = rules.get("words_not_before", [])
    not_before = (
        re.compile(rf"\b(?:{phrase_alternation(blocked)})\s+$", re.IGNORECASE)
        if blocked
        else NEVER_MATCHES
    )
    return words, frozenset(rules["qualifiers"]), not_before


def _qualifier_before(ruleset: Rules, text: str, pos: int):
    before, _, before_re, _ = _qualifier_tables(ruleset)
    window = text[max(0, pos - 40) : pos]
    m = before_re.search(window)
    if not m:
        fillers = _before_fillers(ruleset)
        filler = fillers[0].search(window) if fillers is not None else None
        if filler is not None:
            m = before_re.search(window, 0, filler.start())
            if m is not None and (
                before[normalise_phrase(m.group(1))] not in fillers[1]
                or fillers[2].search(window, 0, m.start(1))
            ):
                m = None
    if m:
        phrase = normalise_phrase(m.group(1))
        qualifier, start = before[phrase], pos - (len(window) - m.start(1))
        particle = _particle_up_to(ruleset)
        if (
            particle is not None
            and phrase in particle[0]
            and particle[1].search(text, max(0, start - 120), start)
        ):
            return None  # "bring the share up to 70 percent": the level reached
        negated = _negated_bounds(ruleset)
        if negated is not None and qualifier in negated[1] and not negated[2].match(phrase):
            lead = negated[0].search(text, max(0, start - 40), start)
            if lead is not None:
                return negated[1][qualifier], lead.start(1)
        return qualifier, start
    return None


@compiled_from_rules
def _before_mark_tables(ruleset: Rules):
    """qualifiers.json's `before_mark` (issue 12 round cr): a before-qualifier of one of
    `qualifiers` with 'the' between it and a figure that one of `nouns_after` follows ("exceeded
    the $1 billion mark", "approaching the 1.2 trillion rouble mark")."""
    rules = ruleset.get("qualifiers", required=("before", "after")).get("before_mark", {})
    nouns = rules.get("nouns_after", [])
    kinds = frozenset(rules.get("qualifiers", []))
    if not nouns or not kinds:
        return None
    between = phrase_alternation(rules.get("words_between", ["the"]))
    return (
        re.compile(rf"\s+{between}\s*$", re.IGNORECASE),
        re.compile(rf"(?:\s+|-)(?:{phrase_alternation(nouns)})(?![\w])", re.IGNORECASE),
        kinds,
    )


def _qualifier_before_mark(ruleset: Rules, text: str, start: int, end: int):
    tables = _before_mark_tables(ruleset)
    if tables is None:
        return None
    between_re, noun_re, kinds = tables
    noun = noun_re.match(text, end)
    if noun is None:
        return None
    between = between_re.search(text, max(0, start - 12), start)
    if between is None:
        return None
    qual = _qualifier_before(ruleset, text, between.start())
    if qual is None or qual[0] not in kinds:
        return None
    return qual[0], qual[1], noun.end()


def _qualifier_after(ruleset: Rules, text: str, pos: int):
    _, after, _, after_re = _qualifier_tables(ruleset)
    m = after_re.match(text[pos : pos + 30])
    if m is None:
        return _qualifier_after_closing(ruleset, text, pos)
    if m:
        phrase = normalise_phrase(m.group(1))
        if phrase in _addition_words(ruleset) and _ADDED.match(text, pos + m.end()):
            return None  # "20 trillion rubles plus 3 trillion": another amount is added
        if _after_not_before(ruleset).match(text, pos + m.end()):
            return None  # "nine countries, and more than 600 members": a new comparison
        return after[phrase], pos + m.end()
    return None


@compiled_from_rules
def _after_closing_tables(ruleset: Rules):
    """qualifiers.json's `after_closing` (issue 12 round cr): after-qualifiers read only where a
    mark or the text's end follows them ("15 percent and even higher.", "60,000 rubles at the
    least, which"), or one of `after_closing_words` for the phrases not in
    `after_closing_marks_only` ("12 percent and even more in 2015"); and `after_rate_words`, the
    rate words that may stand between a figure and its after-qualifier ("8 percent per annum or
    less")."""
    rules = ruleset.get("qualifiers", required=("before", "after"))
    closing = {
        p.lower(): q for q, phrases in rules.get("after_closing", {}).items() for p in phrases
    }
    if not closing:
        return None
    phrase_re = re.compile(
        r"^\s*,?\s*(" + phrase_alternation(closing) + r")(?=\s*(?:[,.;:!?)\]–—]|$))",
        re.IGNORECASE,
    )
    words = rules.get("after_closing_words", [])
    words_re = (
        re.compile(
            r"^\s*,?\s*("
            + phrase_alternation(closing)
            + rf")(?=\s+(?:{phrase_alternation(words)})\b)",
            re.IGNORECASE,
        )
        if words
        else NEVER_MATCHES
    )
    marks_only = frozenset(p.lower() for p in rules.get("after_closing_marks_only", []))
    rates = rules.get("after_rate_words", [])
    rate_re = (
        re.compile(rf"\s+(?:{phrase_alternation(rates)})(?![\w])", re.IGNORECASE)
        if rates
        else NEVER_MATCHES
    )
    return closing, phrase_re, words_re, marks_only, rate_re


def _qualifier_after_closing(ruleset: Rules, text: str, pos: int):
    tables = _after_closing_tables(ruleset)
    if tables is None:
        return None
    closing, phrase_re, words_re, marks_only, _ = tables
    window = text[pos : pos + 40]
    m = phrase_re.match(window)
    if m is None:
        m = words_re.match(window)
        if m is not None and normalise_phrase(m.group(1)) in marks_only:
            m = None  # "5 percent, at least in the first year": 'at least' bounds the year
    if m is None:
        return None
    return closing[normalise_phrase(m.group(1))], pos + m.end()


def _qualifier_after_rate(ruleset: Rules, text: str, pos: int, per_length: int):
    """An after-qualifier behind the figure's rate ("$100 per barrel or higher", "8 percent per
    annum or less"): `per_length`, the length of the money figure's per phrase, or one of
    `after_rate_words`."""
    tables = _after_closing_tables(ruleset)
    if not per_length and tables is not None:
        rate = tables[4].match(text, pos)
        per_length = rate.end() - pos if rate else 0
    if not per_length:
        return None
    return _qualifier_after(ruleset, text, pos + per_length)


@compiled_from_rules
def _addition_words(ruleset: Rules) -> frozenset[str]:
    """qualifiers.json's `after_additions`: after-qualifiers that add another quantity when a
    number or a name follows them ("plus")."""
    rules = ruleset.get("qualifiers", required=("before", "after"))
    return frozenset(normalise_phrase(w) for w in rules.get("after_additions", []))


@compiled_from_rules
def _after_not_before(ruleset: Rules) -> re.Pattern:
    """qualifiers.json's `after_not_before` (issue 12 round ax): the words after which an
    after-qualifier opens a comparison of its own ("and more than 600 members"), no qualifier."""
    rules = ruleset.get("qualifiers", required=("before", "after"))
    words = rules.get("after_not_before", [])
    if not words:
        return NEVER_MATCHES
    return re.compile(rf"\s+(?:{phrase_alternation(words)})(?![\w])", re.IGNORECASE)


# what follows an addition word when it adds: a digit, a currency sign, a capitalised name or a
# number word ("plus 3 trillion", "plus $5", "plus Lakeland", "plus one share")
_ADDED = re.compile(
    r"\s+(?:[\d$€£¥]|[A-Z]|(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an)\b)"
)


CHANGE_FROM = re.compile(
    r"\b(?:grown|grew|grow|rose|risen|rise|increased|increase|fell|fallen|decreased|decrease|"
    r"dropped|declined|reduced|cut|went up|gone up|went down|gone down|climbed|jumped|soared|"
    r"changed|expanded|shrank|raised|lowered|up|down)\s+(?:\w+\s+){0,2}from\s*$",
    re.IGNORECASE,
)

URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
# what may follow a sub-unit amount written without its sub-unit word ("15 dollars and 50.")
_PHRASE_END = re.compile(r"\s*(?:[.,;:!?)\]]|$)")
_SUBUNIT_GAP = re.compile(r"\s+(?:and\s+)?")


def _numbers(ruleset: Rules, text: str, kept: Spans | None = None) -> list[NumberMatch]:
    """The numbers of `text` that can be figures: digits touching letters only where the letters
    are a currency ("USD115", "115USD", "100元"), nothing inside a web address; with `kept`,
    those that start inside its spans (`numbers.find_numbers`)."""
    numbers = find_numbers(ruleset, text, kept)
    glued = []

    def next_to_currency(start: int, end: int) -> bool:
        if text[start - 1 : start].isalpha():
            return currency_before(ruleset, text, start) is not None
        return currency_after(ruleset, text, end) is not None

    for number in find_glued_numbers(ruleset, text, next_to_currency, kept):
        if number.glued_before:
            cur = currency_before(ruleset, text, number.start)
            if cur is None or cur.end != number.start or cur.kind not in (CODE, SYMBOL):
                continue
        if number.glued_after:
            cur = currency_after(ruleset, text, number.end)
            if cur is None or cur.start != number.end:
                continue
        glued.append(number)
    if glued:
        merged: list[NumberMatch] = []
        for number in sorted(numbers + glued, key=lambda n: n.start):
            if not merged or number.start >= merged[-1].end:
                merged.append(number)
        numbers = merged
    if "://" in text or "www." in text:
        urls = [m.span() for m in URL.finditer(text)]
        numbers = [n for n in numbers if not any(s <= n.start < e for s, e in urls)]
    return numbers


def scan(
    ruleset: Rules,
    text: str,
    sentence_starts: list[int] | None = None,
    kept: Spans | None = None,
) -> list[Candidate]:
    """All money, percentage and country_count candidates of `text`, in text order. kept: the
    spans of `text` the paragraph prefilter kept (`pipeline.nlp.prefilter.masked_text`); given,
    the figures are read from the numbers inside them alone (a masked paragraph holds none)."""
    starts = sentence_starts or [0]

    def sentence_index(offset: int) -> int:
        return bisect.bisect_right(starts, offset) - 1

    def sentence_bounds(offset: int) -> tuple[int, int]:
        i = sentence_index(offset)
        return starts[max(i, 0)], starts[i + 1] if i + 1 < len(starts) else len(text)

    numbers = _numbers(ruleset, text, kept)
    results: list[Candidate] = []
    consumed: set[int] = set()
    noun_re, blocked, determiners, never_before, excluded_after, singular_nouns = _country_tables(
        ruleset
    )
    _, _, units_before, unit_before_re = _percent_tables(ruleset)
    owned = 0  # the end of the last figure: a currency before it belongs to that figure
    before_cache: dict[int, CurrencyMatch | None] = {}

    def currency_at(pos: int) -> CurrencyMatch | None:
        """currency_before, once per position (ranges ask about the next number too)."""
        if pos not in before_cache:
            before_cache[pos] = currency_before(ruleset, text, pos)
        return before_cache[pos]

    for i, num in enumerate(numbers):
        if i in consumed:
            continue
        low = num
        high = None
        level_to = None  # "from 76 to 88 percent" after a change: the level whose unit X takes
        restated = None  # "about 7.6–7.7–7.5 trillion rubles": the number whose unit a range takes
        # a range: "3–4 billion", "1.5 to 2 million", "$3 to $4 billion", "between 10 and 15"
        if i + 1 < len(numbers) and not looks_like_year(num):
            nxt = numbers[i + 1]
            between = text[num.end : nxt.start]
            sym = currency_at(nxt.start)
            gap = between[: len(between) - (nxt.start - sym.start)] if sym else between
            if (
                RANGE_SEP.match(gap)
                and _unit_after(ruleset, text, num.end) is None
                and not looks_like_year(nxt)
                and sentence_index(num.start) == sentence_index(nxt.start)
            ):
                sep = gap.strip().lower()
                ok = _joins_range(text, num.start, sep)
                if ok and sep == "to":
                    # "from" is read before X, or before its currency ("from $3 to $5 billion")
                    first_cur = currency_at(num.start)
                    glued = first_cur and not text[first_cur.end : num.start].strip()
                    anchor = first_cur.start if glued else num.start
                    bound = sentence_bounds(num.start)[0]
                    if _level_pair(ruleset, text, num, nxt, anchor, bound):
                        level_to = nxt  # "fell from 3.5 to 3.3 percent": two levels (round da)
                if ok and level_to is None and _descends(ruleset, num, nxt, sep):
                    level_to = nxt  # "almost $50 billion — $49.2 billion": a restatement
                if ok and level_to is None:
                    high = nxt
                    restated = _restated_after(ruleset, text, numbers, i + 1, sentence_index)
            elif _percent_unit_range(ruleset, text, num, nxt, sentence_bounds(num.start)[0]):
                high = nxt  # "from 10% to 11% of output", "by 50% to 100%" (issue 12 round ai)
        last = high or level_to or low
        kind = None
        unit = None
        end = last.end
        if restated is not None:
            last = restated  # the unit is read after the restatement; the range ends at its high
        start = low.start
        factor = 1.0
        subunit = False
        cur = currency_at(low.start)
        if cur and cur.start < owned:
            cur = None  # the currency of the figure before: "10 rmb 20 usd"

        def context(cur=cur, offset=low.start):
            """The codes a shared word ("cents") prefers, and the sentence's bounds."""
            bounds = sentence_bounds(offset)
            if cur:
                return (cur.code,), bounds
            recent = reversed(results[-3:])
            return tuple(
                c.unit for c in recent if c.type == "money" and c.start >= bounds[0]
            ), bounds

        after = _unit_after(ruleset, text, last.end, context, last.scaled)
        inner = None
        if after is None and not cur:
            inner = _inner_qualified_unit(ruleset, text, last.end)
        if inner is not None:
            # "40 plus percent": the word between number and unit is the figure's qualifier
            kind, unit, end = "percentage", inner[0], inner[1]
        elif after and after[0] == "percentage":
            kind, unit, end = after
        elif cur:
            kind, unit = "money", cur.code
            start = cur.start
            factor = cur.factor
            money: CurrencyMatch | None = after[1] if after else None
            if money and money.code == cur.code and money.kind == WORD:
                end = money.end  # "$5 billion US dollars" keeps one currency
        elif after and after[0] == "money":
            money = after[1]
            kind, unit, end = "money", money.code, money.end
            factor = money.factor * money.scale
            subunit = money.kind == SUBUNIT
        if kind and looks_like_year(low) and high is None and not cur:
            kind = None  # years are never money or percentages
        if (
            kind is None
            and high is None
            and level_to is None
            and unit_before_re is not None
            and text.rfind("of", max(0, low.start - 8), low.start) >= 0
        ):
            # "per cent of twenty-two": the unit before a number that ends its phrase
            m = unit_before_re.search(text, max(0, low.start - 30), low.start)
            if (
                m
                and m.start(1) >= owned
                and not looks_like_year(low)
                and _PHRASE_END.match(text, low.end)
                and not (i > 0 and not text[numbers[i - 1].end : m.start(1)].strip())
            ):
                kind, unit = "percentage", units_before[normalise_phrase(m.group(1))]
                start = m.start(1)
        if kind is None and not looks_like_year(low) and low.value < 1000:
            # "60 or 65 countries", "10 to 15 states": one count with its high end
            country_high = _country_range_high(
                ruleset,
                text,
                numbers,
                i,
                lambda a, b: sentence_index(a) == sentence_index(b),
                high,
            )
            last_country = country_high or low
            m = (
                noun_re.match(text[last_country.end : last_country.end + 80])
                if high is None or country_high is not None
                else None
            )
            if m:
                between_words = [w.lower() for w in m.group(1).split()]
                ok = not any(w in blocked for w in between_words)
                if ok and not _first_between_only(ruleset).isdisjoint(between_words[1:]):
                    ok = False  # "May 9 inspired other countries": "other" after a verb
                if ok and never_before.match(text[last_country.end :]):
                    ok = False
                if (
                    ok
                    and excluded_after
                    and excluded_after.match(text[last_country.end + m.end() :])
                ):
                    ok = False
                if ok and normalise_phrase(m.group(2)) in singular_nouns:
                    ok = False  # "one country" is not a count of countries
                if (
                    ok
                    and low.value == 2
                    and country_high is None
                    and (
                        determiners.search(text[max(0, low.start - 20) : low.start])
                        or _bilateral_after(ruleset).match(text, last_country.end + m.end())
                    )
                ):
                    ok = False  # the bilateral pair of the meeting itself
                if ok and _country_ranking(ruleset, text, low.start, between_words):
                    ok = False  # "the top five economies": a place in a ranking
                if ok and _reference_number(ruleset, text, low.start):
                    ok = False  # "Article 100 states that": a part of a document
                if ok and low.value == int(low.value) and low.value > 0:
                    kind, unit = "country_count", "country"
                    end = last_country.end + m.end()
                    high = country_high
        if kind is None:
            continue
        value = low.value
        high_value = None
        if high is not None:
            high_value = high.value
            if not low.scaled:
                value = low.value * _borrowed_scale(ruleset, low, restated or high)
            if restated is not None:
                end = high.end  # its own words; the restatement stays a figure
                if not high.scaled:
                    high_value = high.value * _borrowed_scale(ruleset, high, restated)
            consumed.add(i + 1)
        elif level_to is not None:
            # the first level: the second's unit and scale, its own words ("from 200 to 700
            # billion rubles": 200 billion rubles, written "200"); the second stays a figure
            end = low.end
            if not low.scaled:
                value = low.value * _borrowed_scale(ruleset, low, level_to)
        if factor != 1.0:
            value *= factor
            high_value = high_value * factor if high_value is not None else None
        if kind == "money" and high is None and level_to is None and not subunit and factor == 1.0:
            end, value = _with_subunit_amount(
                ruleset, text, numbers, i, unit, end, value, consumed, sentence_bounds(low.start)
            )
        negative = False
        if kind in ("money", "percentage") and high is None:
            neg = _negative_re(ruleset).search(text, max(0, start - 12), start)
            if neg and _subtraction(text, neg.start(), results[-1].end if results else -1):
                neg = None  # "9,000 rubles minus 13%": a subtraction, not a negative figure
            if neg:
                negative, start = True, neg.start()
                if kind == "money":
                    value = -value
        cand = Candidate(
            kind, start, end, value, high_value, unit, number_start=low.start, negative=negative
        )
        qual = _qualifier_before(ruleset, text, start)
        if qual:
            cand.qualifier, cand.start = qual
        else:
            marked = _qualifier_before_mark(ruleset, text, start, end)
            if marked:
                cand.qualifier, cand.start, cand.end = marked
                end = cand.end
        post = _qualifier_after(ruleset, text, end)
        per = _per_re(ruleset).match(text[end : end + 40]) if kind == "money" else None
        if per:
            cand.per = normalise_phrase(per.group(1))
        if post is None and cand.qualifier == "exact":
            post = _qualifier_after_rate(ruleset, text, end, per.end() if per else 0)
        if post and cand.qualifier == "exact":
            cand.qualifier, cand.end = post
        if inner is not None and cand.qualifier == "exact":
            cand.qualifier = inner[2]
        results.append(cand)
        owned = cand.end

    _shared_unit_items(ruleset, text, numbers, results, consumed, sentence_index)
    _carry_currency(ruleset, text, numbers, results, consumed, sentence_index, sentence_bounds)
    results.sort(key=lambda c: (c.start, c.end))
    return results


@compiled_from_rules
def _reference_before(ruleset: Rules) -> re.Pattern:
    """countries.json's `reference_before`: the words after which a number names a part of a
    document or a document ("Article 100", "Order No. 204"), right before the number."""
    words = ruleset.get("countries", required=("nouns",)).get("reference_before", [])
    if not words:
        return NEVER_MATCHES
    return re.compile(rf"(?<![\w.])(?:{phrase_alternation(words)})\s*$", re.IGNORECASE)


def _reference_number(ruleset: Rules, text: str, start: int) -> bool:
    """Whether the number at `start` is the number of a document or of its part ("Article 100
    states that ...": `states` is a verb there), not a count of countries."""
    return bool(_reference_before(ruleset).search(text, max(0, start - 16), start))


def _country_ranking(ruleset: Rules, text: str, start: int, between_words: list[str]) -> bool:
    """Whether the number at `start` gives a place in a ranking, not a count of countries:
    right after countries.json's `ranking_before` ("among the top ten countries") or with one
    of its `ranking_between` before the noun ("the five largest economies")."""
    ranking_before, ranking_between, _, _ = _country_ranking_tables(ruleset)
    if ranking_between and not ranking_between.isdisjoint(between_words):
        return True
    return ranking_before is not None and bool(
        ranking_before.search(text, max(0, start - 12), start)
    )


def _subtraction(text: str, minus: int, previous_end: int) -> bool:
    """Whether the "minus" at `minus` stands between two amounts: right after a number, a "%" or
    the figure before it (which ends at `previous_end`)."""
    before = text[max(0, minus - 40) : minus].rstrip()
    if before[-1:].isdigit() or before.endswith("%"):
        return True
    return previous_end >= 0 and minus - previous_end < 40 and not text[previous_end:minus].strip()


def _with_subunit_amount(ruleset: Rules, text, numbers, i, code, end, value, consumed, bounds):
    """A whole amount followed by its sub-unit amount is one figure: "3 dollars 50 cents",
    "thirteen dollars and forty-five cents", "15 dollars and 50." (end, value) after it."""
    number = numbers[i]
    if (
        number.scaled
        or value != int(value)
        or i + 1 >= len(numbers)
        or not has_subunits(ruleset, code)
    ):
        return end, value
    nxt = numbers[i + 1]
    gap = _SUBUNIT_GAP.fullmatch(text, end, nxt.start)
    if (
        gap is None
        or nxt.scaled
        or nxt.value != int(nxt.value)
        or not 0 < nxt.value < 100
        or nxt.start < end
    ):
        return end, value
    after = _unit_after(ruleset, text, nxt.end, lambda: ((code,), bounds))
    if after is None:
        if not _PHRASE_END.match(text, nxt.end):
            return end, value
        consumed.add(i + 1)
        return nxt.end, value + nxt.value / 100
    money = after[1] if after[0] == "money" else None
    if money is None or money.kind != SUBUNIT or money.code != code:
        return end, value
    consumed.add(i + 1)
    return money.end, value + nxt.value * money.factor


@compiled_from_rules
def _carry_after(ruleset: Rules) -> re.Pattern:
    """currencies.json's `carry_after_words` right after a bare amount: words that tell where
    the amount goes ("11 billion going to ..."), so that it is money like the figure before."""
    words = ruleset.get("currencies", required=("currencies",)).get("carry_after_words", [])
    if not words:
        return NEVER_MATCHES
    return re.compile(rf"\s+(?:{phrase_alternation(words)})\b", re.IGNORECASE)


@compiled_from_rules
def _shared_unit_tables(
    ruleset: Rules,
) -> tuple[re.Pattern, re.Pattern, frozenset[str], frozenset[str], frozenset[str]] | None:
    """numbers.json's `shared_unit_lists` (issue 12 round cr): the last gap of a list of bare
    numbers before a figure that carries the unit ("30 and 40 percent", "6.4 and even 6.1 percent",
    "15,000 and 20,000 rubles"), the gap between earlier items (", "), the figure types, the
    words after which a number is no item (`not_after_words`), and the words that may follow the
    last joiner (`after_joiner`, normalised)."""
    rules = ruleset.get("numbers").get("shared_unit_lists")
    if not rules:
        return None
    joiners = phrase_alternation(rules.get("joiners", []))
    fillers = rules.get("after_joiner", [])
    filler = rf"(?:\s+(?:{phrase_alternation(fillers)}))?" if fillers else ""
    last = re.compile(rf"^\s*,?\s+(?:{joiners}){filler}\s+$", re.IGNORECASE)
    marks = "".join(re.escape(m) for m in rules.get("item_marks", [","]))
    earlier = re.compile(rf"^\s*[{marks}]\s*$")
    not_after = {w.lower() for w in rules.get("not_after_words", [])}
    after_joiner = frozenset(normalise_phrase(w) for w in fillers)
    return last, earlier, frozenset(rules.get("types", [])), frozenset(not_after), after_joiner


def _shared_unit_items(ruleset: Rules, text, numbers, results, consumed, sentence_index) -> None:
    """Bare numbers listed right before a money or percentage figure that alone carries the unit
    ("respectively 30 and 40 percent", "15, 20 and even 25%", "15,000 and 20,000 rubles") are
    figures of that unit too, each its own fact (issue 12 round cr); the list's first item takes a
    qualifier said before it ("no less than 5 or 6 percent"). A bare number that ends a range of
    its own ("aged 35 to 55 and 63 percent") or stands after "between" is no item."""
    tables = _shared_unit_tables(ruleset)
    if tables is None:
        return
    last_gap, earlier_gap, types, not_after, after_joiner = tables
    taken = {c.number_start for c in results}
    index = {n.start: i for i, n in enumerate(numbers)}
    added: list[Candidate] = []
    for cand in results:
        if cand.type not in types or cand.high is not None or cand.negative:
            continue
        j = index.get(cand.number_start)
        if j is None or j == 0:
            continue
        right = cand.start
        if cand.start < cand.number_start:
            if normalise_phrase(text[cand.start : cand.number_start]) not in after_joiner:
                continue  # a currency symbol before the figure: "$5 and $6" say theirs
            # "12 or maybe 13 percent": the hedge read as the figure's qualifier is the list's
            # word after its joiner, so the gap is measured to the number
            right = cand.number_start
        items: list[NumberMatch] = []
        k, gap_re = j - 1, last_gap
        while k >= 0:
            num = numbers[k]
            if (
                not _free_bare_number(ruleset, text, num, k, consumed, taken)
                or sentence_index(num.start) != sentence_index(cand.start)
                or not gap_re.match(text[num.end : right])
            ):
                break
            if num.scaled and (
                cand.type != "money"
                or numbers[j].scaled
                and _scale_of(ruleset, num) > _scale_of(ruleset, numbers[j])
            ):
                break  # "11.2 billion or 9.7 percent"; "three trillion and 270 billion rubles"
            items.append(num)
            k, right, gap_re = k - 1, num.start, earlier_gap
        if not items:
            continue
        first = items[-1]
        before = text[max(0, first.start - 12) : first.start].lower()
        if "between" in before:
            continue  # "between 3 and 5 percent": a range, read as one figure
        word = re.search(r"([^\W\d]+)\W*$", text[max(0, first.start - 20) : first.start])
        if word and word.group(1).lower() in not_after:
            continue  # "ready on May 4, and 81 percent by Friday": a day of a date
        if k >= 0 and RANGE_SEP.match(text[numbers[k].end : first.start]):
            continue  # "aged 35 to 55 and 63 percent": 55 ends a range of something else
        last = numbers[j]
        for num in reversed(items):
            value = num.value
            if cand.type == "money" and not num.scaled and last.scaled:
                value *= _borrowed_scale(ruleset, num, last)  # "8 or 9 billion": 8 billion
            item = Candidate(
                cand.type, num.start, num.end, value, None, cand.unit, number_start=num.start
            )
            if num is first:
                qual = _qualifier_before(ruleset, text, num.start)
                if qual:
                    item.qualifier, item.start = qual
            added.append(item)
    results.extend(added)


def _free_bare_number(ruleset: Rules, text, num: NumberMatch, i: int, consumed, taken) -> bool:
    """Whether numbers[i] (`num`) is no figure yet and says no unit of its own: not read into a
    figure (`consumed`, `taken` starts), no year, no currency before it, no unit after it; a
    bare number that the figure after it (`_shared_unit_items`) or the money before it
    (`_carry_currency`) may lend its unit."""
    return not (
        i in consumed
        or num.start in taken
        or looks_like_year(num)
        or currency_before(ruleset, text, num.start) is not None
        or _unit_after(ruleset, text, num.end) is not None
    )


@compiled_from_rules
def _carry_limits(ruleset: Rules) -> tuple[tuple[float, float] | None, tuple[float, int] | None]:
    """currencies.json's `carry_unscaled` (min_value, max_ratio) and `carry_repeated`
    (min_value, max_chars), None where the file has no such key (round money51)."""
    rules = ruleset.get("currencies", required=("currencies",))
    unscaled = rules.get("carry_unscaled")
    repeated = rules.get("carry_repeated")
    return (
        (float(unscaled["min_value"]), float(unscaled["max_ratio"])) if unscaled else None,
        (float(repeated["min_value"]), int(repeated["max_chars"])) if repeated else None,
    )


def _paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph holding `pos` starts: after the line break before it."""
    return text.rfind("\n", 0, pos) + 1


def _repeated_source(text, num: NumberMatch, previous: list[Candidate], max_chars: int):
    """The latest money figure of `num`'s paragraph, at most `max_chars` before it, whose value
    `num` repeats ("12 million rubles. The 12 million will ..."); None if there is none."""
    paragraph = _paragraph_start(text, num.start)
    for cand in reversed(previous):
        if cand.start < paragraph or num.start - cand.end > max_chars:
            return None
        if (
            cand.high is None
            and not cand.negative
            and math.isclose(cand.value, num.value, rel_tol=1e-9)
        ):
            return cand
    return None


def _amount_goes_on(ruleset: Rules, text, numbers, i) -> bool:
    """Whether the scaled numbers[i] goes on with "and" and a number of a smaller scale: "three
    trillion and 270 billion rubles" is one amount, its first part no figure of its own."""
    if i + 1 >= len(numbers) or not numbers[i + 1].scaled:
        return False
    if not re.fullmatch(r"\s+and\s+", text[numbers[i].end : numbers[i + 1].start]):
        return False
    return _scale_of(ruleset, numbers[i + 1]) < _scale_of(ruleset, numbers[i])


@compiled_from_rules
def _next_sentence_tables(ruleset: Rules) -> tuple[int, re.Pattern] | None:
    """currencies.json's `carry_next_sentences`: how many sentences back the money figure may
    stand, and the words that keep a sentence from taking it (round money51)."""
    rules = ruleset.get("currencies", required=("currencies",)).get("carry_next_sentences")
    if not rules:
        return None
    words = rules.get("not_in_sentence", [])
    blocked = (
        re.compile(rf"(?<![\w-])(?:{phrase_alternation(words)})(?![\w-])", re.IGNORECASE)
        if words
        else NEVER_MATCHES
    )
    return int(rules["max_sentences"]), blocked


def _next_sentence_source(
    ruleset: Rules, text, num, source, sentence_index, sentence_bounds
) -> bool:
    """Whether `source`, the last money figure before the bare scaled amount `num`, stands in
    `num`'s paragraph at most `max_sentences` sentences before, with none of the words of
    things counted ("population", "people") in `num`'s sentence."""
    tables = _next_sentence_tables(ruleset)
    if tables is None:
        return False
    max_sentences, blocked = tables
    if source.start < _paragraph_start(text, num.start):
        return False
    if sentence_index(num.start) - sentence_index(source.start) > max_sentences:
        return False
    lo, hi = sentence_bounds(num.start)
    return not blocked.search(text, lo, hi)


def _carry_currency(
    ruleset: Rules, text, numbers, results, consumed, sentence_index, sentence_bounds
) -> None:
    """Bare scaled amounts take the currency of the money figure before them in the sentence;
    so do bare unscaled amounts of the figure's size (`carry_unscaled`), bare amounts that
    repeat a money figure said shortly before in their paragraph (`carry_repeated`), and bare
    scaled amounts a sentence or two after the paragraph's last money figure
    (`carry_next_sentences`; round money51). The low end of a bare range is no amount of its
    own: it goes with its high end ("2,500 to 4,000"), which repeats no value ("2.5–3 billion"
    after "3 billion rubles" is a range; review52)."""
    taken = {(c.number_start) for c in results}
    money = sorted((c for c in results if c.type == "money"), key=lambda c: c.start)
    if not money:
        return
    unscaled, repeated = _carry_limits(ruleset)
    least = min([limits[0] for limits in (unscaled, repeated) if limits is not None], default=None)
    # the money figures ending before a number, in start order, grown as the numbers go on
    # (rebuilding the list for every number made a page dense with figures quadratic)
    by_end = sorted(range(len(money)), key=lambda k: (money[k].end, k))
    previous: list[Candidate] = []
    order: list[int] = []  # positions in `money` of the figures in `previous`
    added = 0
    for i, num in enumerate(numbers):  # in text order (`find_numbers`)
        if not num.scaled and (least is None or num.value < least):
            continue
        if num.start < money[0].end:
            continue
        if not CARRY_NEXT.match(text[num.end : num.end + 20]) and not _carry_after(ruleset).match(
            text, num.end
        ):
            continue  # "2 million people": a count of something else
        if not _free_bare_number(ruleset, text, num, i, consumed, taken):
            continue
        if (
            not num.scaled
            and i + 1 < len(numbers)
            and _bare_range_low(ruleset, text, numbers, i + 1, consumed, taken, sentence_index)
            is num
        ):
            continue  # "2,500–4,000": a range's low end, read with its high end or not at all
        while added < len(by_end) and money[by_end[added]].end <= num.start:
            at = bisect.bisect(order, by_end[added])
            order.insert(at, by_end[added])
            previous.insert(at, money[by_end[added]])
            added += 1
        if not previous:
            continue
        source = previous[-1]
        low = _bare_range_low(ruleset, text, numbers, i, consumed, taken, sentence_index)
        if sentence_index(source.start) == sentence_index(num.start):
            if not num.scaled and (
                unscaled is None
                or num.value < unscaled[0]
                or source.value <= 0
                or max(num.value, source.value) > unscaled[1] * min(num.value, source.value)
            ):
                continue  # "paid 5,000 rubles to 120 families": another size, another kind
        else:
            found = None
            if repeated is not None and num.value >= repeated[0] and low is None:
                # not the high end of a range ("2.5–3 billion" after "3 billion rubles")
                found = _repeated_source(text, num, previous, repeated[1])
            if found is not None:
                _add_carried(
                    ruleset, text, results, num.start, num.end, num.value, None, found.unit
                )
                continue
            if not num.scaled or _amount_goes_on(ruleset, text, numbers, i):
                continue
            if not _next_sentence_source(
                ruleset, text, num, source, sentence_index, sentence_bounds
            ):
                continue
        if low is not None:  # "2.9–3 trillion": one amount with its high end
            value = low.value * _scale_of(ruleset, num)
            _add_carried(ruleset, text, results, low.start, num.end, value, num.value, source.unit)
        else:
            _add_carried(ruleset, text, results, num.start, num.end, num.value, None, source.unit)


def _add_carried(ruleset: Rules, text, results, start, end, value, high, unit) -> None:
    """A bare amount that took a currency from another figure, as a money candidate with the
    qualifier written before it."""
    cand = Candidate("money", start, end, value, high, unit, number_start=start)
    qual = _qualifier_before(ruleset, text, cand.start)
    if qual:
        cand.qualifier, cand.start = qual
    results.append(cand)


def _bare_range_low(ruleset: Rules, text, numbers, i, consumed, taken, sentence_index):
    """The low end of a bare range whose high end is numbers[i] ("2.9–3 trillion"): the number
    right before it, joined by a dash or "to" alone (or "and" after "between", as `scan` joins a
    range: "between 2,500 and 4,000"; review52), unscaled, no year and in the same sentence;
    None if there is none."""
    if i == 0 or (i - 1) in consumed:
        return None
    low = numbers[i - 1]
    num = numbers[i]
    if low.start in taken or low.scaled or looks_like_year(low):
        return None
    if sentence_index(low.start) != sentence_index(num.start):
        return None
    gap = text[low.end : num.start]
    if not RANGE_SEP.match(gap):
        return None
    sep = gap.strip().lower()
    if not _joins_range(text, low.start, sep):
        return None
    return None if _descends(ruleset, low, num, sep) else low
