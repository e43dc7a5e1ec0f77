"""Currencies written around an amount, read from models/rules/currencies.json.

- `currency_before(text, pos)`: a symbol or code ending right before the amount at `pos` ("$15",
  "C$ 16.4 million", "USD 17.25", "USD115", "MAUD 60");
- `currency_after(text, pos, ...)`: a symbol, code, word or sub-unit word right after the amount
  ("10 €", "115USD", "5 billion Russian rubles", "50 cents", "30 MUSD", "75 USD million").

Codes match only as the rule file writes them ("TRY" is a code, "try" a verb). A few currency
words are ordinary words too ("pounds" of weight, "marks" as a verb, "won", "rand"): those are the
rule file's `context_words`, taken as money only in lower case, when the next word does not make
them something else ("pounds of beef", "marks the") and when their sentence speaks of money (a
cue word such as "price" or "profit", or another currency).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.nlp.rules import load_rules, normalise_phrase, phrase_alternation, rule_cache

SYMBOL, CODE, WORD, CONTEXT, SUBUNIT = "symbol", "code", "word", "context", "subunit"
_EXACT_KINDS = (CODE, CONTEXT)  # written exactly as in the rule file


@dataclass(frozen=True)
class Form:
    """One way of writing a currency: its ISO code, the factor to whole units (0.01 for "cents",
    1e6 for "MUSD") and its kind."""

    code: str
    factor: float
    kind: str
    surface: str  # as the rule file writes it


@dataclass(frozen=True)
class CurrencyMatch:
    code: str
    factor: float
    kind: str
    start: int
    end: int
    scale: float = 1.0  # a scale word after a code: "75 USD million"


@dataclass(frozen=True)
class _Tables:
    before: dict[str, list[Form]]
    after: dict[str, list[Form]]
    before_re: re.Pattern
    after_re: re.Pattern
    scales: dict[str, float]
    cue_re: re.Pattern
    not_followed_re: re.Pattern | None  # "pounds of", "marks the": not money
    rate_re: re.Pattern | None  # "rand a month": money, though "a" follows
    subunit_codes: dict[str, set[str]]  # code -> sub-unit words (lower case) of factor 0.01


def _add(table: dict[str, list[Form]], form: Form) -> None:
    key = normalise_phrase(form.surface)
    forms = table.setdefault(key, [])
    if form not in forms:
        forms.append(form)


@rule_cache
def _tables() -> _Tables:
    rules = load_rules("currencies", required=("currencies",))
    before: dict[str, list[Form]] = {}
    after: dict[str, list[Form]] = {}
    prefixes = rules.get("scaled_code_prefixes", {})
    cue_forms: set[str] = set()
    subunit_codes: dict[str, set[str]] = {}
    for entry in rules["currencies"]:
        code = entry["code"]
        for symbol in entry.get("symbols", []):
            _add(before, Form(code, 1.0, SYMBOL, symbol))
            _add(after, Form(code, 1.0, SYMBOL, symbol))
            cue_forms.add(symbol)
        for written in entry.get("codes", []):
            forms = [Form(code, 1.0, CODE, written)]
            if len(written) == 3 and written.isupper():
                forms += [Form(code, float(f), CODE, p + written) for p, f in prefixes.items()]
            for form in forms:
                _add(before, form)
                _add(after, form)
            cue_forms.add(written)
        for word in entry.get("words", []):
            _add(after, Form(code, 1.0, WORD, word))
            cue_forms.add(word)
        for word in entry.get("context_words", []):
            _add(after, Form(code, 1.0, CONTEXT, word))
        for word, factor in entry.get("subunits", {}).items():
            _add(after, Form(code, float(factor), SUBUNIT, word))
            if factor == 0.01:
                subunit_codes.setdefault(code, set()).add(normalise_phrase(word))
    before_re = re.compile(
        r"(?:(?<=[\s(\[\"'“‘])|^)(" + phrase_alternation(before) + r")\s*$", re.IGNORECASE
    )
    from pipeline.nlp.numbers import _tables as number_tables

    scales = number_tables()[2]
    after_re = re.compile(
        r"^\s*-?\s*(" + phrase_alternation(after) + r")(?![\w])"
        r"(?:\s+(" + phrase_alternation(scales) + r")\b)?",
        re.IGNORECASE,
    )
    cues = [c for c in rules.get("money_cues", [])] + sorted(cue_forms)
    cue_re = re.compile(r"(?<![\w])" + phrase_alternation(cues) + r"(?![\w])", re.IGNORECASE)
    not_followed = rules.get("context_not_followed_by", [])
    not_followed_re = (
        re.compile(r"\s+" + phrase_alternation(not_followed) + r"\b", re.IGNORECASE)
        if not_followed
        else None
    )
    rates = rules.get("context_rates", [])
    rate_re = (
        re.compile(r"\s+(?:a|an|per)\s+" + phrase_alternation(rates) + r"\b", re.IGNORECASE)
        if rates
        else None
    )
    return _Tables(
        before,
        after,
        before_re,
        after_re,
        {k.lower(): float(v) for k, v in scales.items()},
        cue_re,
        not_followed_re,
        rate_re,
        subunit_codes,
    )


def _pick(forms: list[Form], written: str, prefer: tuple[str, ...]) -> Form | None:
    """The form meant by `written`: codes and context words only as the rule file writes them;
    among several currencies, the first of `prefer` that has the form, else the first listed."""
    folded = normalise_phrase(written, lower=False)
    usable = [f for f in forms if f.kind not in _EXACT_KINDS or f.surface == folded]
    for code in prefer:
        for form in usable:
            if form.code == code:
                return form
    return usable[0] if usable else None


def currency_before(text: str, pos: int, floor: int = 0) -> CurrencyMatch | None:
    """The symbol or code that ends right before `pos` (white space allowed), not starting before
    `floor` (the end of the amount before it, which owns its own currency)."""
    tables = _tables()
    lo = max(0, pos - 16)
    m = tables.before_re.search(text, lo, pos)
    if m is None or m.start(1) < floor:
        return None
    form = _pick(tables.before[normalise_phrase(m.group(1))], m.group(1), ())
    if form is None:
        return None
    return CurrencyMatch(form.code, form.factor, form.kind, m.start(1), m.end(1))


def currency_after(
    text: str,
    pos: int,
    prefer: tuple[str, ...] = (),
    sentence: tuple[int, int] | None = None,
    scaled: bool = False,
) -> CurrencyMatch | None:
    """The currency written right after the amount that ends at `pos`, or None.

    `prefer`: codes to choose first when a word belongs to several currencies ("cents");
    `sentence`: the bounds of the amount's sentence, where a context word looks for money cues;
    `scaled`: the amount already has a scale word (then "USD million" does not scale it again).
    A symbol or code glued to a digit after it ("3 USD50") belongs to that number, not this one.
    """
    tables = _tables()
    window = text[pos : pos + 48]
    m = tables.after_re.match(window)
    if m is None:
        return None
    written = m.group(1)
    form = _pick(tables.after[normalise_phrase(written)], written, prefer)
    if form is None:
        return None
    end = pos + m.end(1)
    scale = 1.0
    if m.group(2) and form.kind == CODE and not scaled:
        scale = tables.scales[m.group(2).lower()]
        end = pos + m.end(2)
    if form.kind == CONTEXT and not _money_context(text, pos, end, sentence):
        return None
    return CurrencyMatch(form.code, form.factor, form.kind, pos + m.start(1), end, scale)


def _money_context(text: str, start: int, end: int, sentence: tuple[int, int] | None) -> bool:
    tables = _tables()
    if (
        tables.not_followed_re
        and tables.not_followed_re.match(text, end, end + 40)
        and not (tables.rate_re and tables.rate_re.match(text, end, end + 40))
    ):
        return False  # "pounds of beef", "marks the anniversary", but "rand a month"
    lo, hi = sentence if sentence else (max(0, start - 300), min(len(text), end + 300))
    return any(
        not (m.start() < end and start < m.end()) for m in tables.cue_re.finditer(text, lo, hi)
    )


def has_subunits(code: str) -> bool:
    """Whether the currency divides into hundredths that the rules name ("cents", "kopecks")."""
    return code in _tables().subunit_codes
