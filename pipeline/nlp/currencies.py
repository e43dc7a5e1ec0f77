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
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.nlp.rules import Rules, compiled_from_rules, normalise_phrase, phrase_alternation

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
    before: dict[str, list[Form]]  # normalised form -> forms written before an amount
    after: dict[str, list[Form]]  # ... after an amount
    longest: int  # the most words in a form
    before_ends: frozenset[str]  # the last 1-3 characters of forms before an amount, lower case
    before_last: frozenset[str]  # their last character
    after_starts: frozenset[str]  # the first word of forms after an amount, lower case
    after_first: frozenset[str]  # their first character
    scales: dict[str, float]
    cue_forms: frozenset[str]  # the symbols, codes and words of every currency
    followed_by: (
        frozenset[str] | None
    )  # the words that may follow: "pounds in profit", not "won medals"
    subunit_codes: dict[str, set[str]]  # code -> sub-unit words (lower case) of factor 0.01
    bracket_opens: dict[str, str]  # `bracketed_after`: opening bracket -> its closing one


@dataclass(frozen=True)
class _ContextPatterns:
    """What `_money_context` reads, compiled when a context word first follows an amount (its
    cue pattern of some 4,800 characters is not needed by a text without one: issue 19,
    round o)."""

    cue_re: re.Pattern
    not_followed_re: re.Pattern | None  # "pounds of", "marks the": not money
    rate_re: re.Pattern | None  # "rand a month": money, though "a" follows


def _add(table: dict[str, list[Form]], form: Form) -> None:
    key = normalise_phrase(form.surface)
    forms = table.setdefault(key, [])
    if form not in forms:
        forms.append(form)


@compiled_from_rules
def _tables(ruleset: Rules) -> _Tables:
    rules = ruleset.get("currencies", required=("currencies",))
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
    from pipeline.nlp.numbers import _tables as number_tables

    scales = {k.lower(): float(v) for k, v in number_tables(ruleset)[2].items()}
    followed = rules.get("context_followed_by")
    followed_by = frozenset(w.lower() for w in followed) if followed is not None else None
    longest = max(len(key.split()) for key in (*before, *after))
    before_ends = frozenset(key[-3:] for key in before)
    before_last = frozenset(key[-1] for key in before)
    after_starts = frozenset(_first_word(key, 0)[0] for key in after)
    after_first = frozenset(word[0] for word in after_starts if word)
    return _Tables(
        before,
        after,
        longest,
        before_ends,
        before_last,
        after_starts,
        after_first,
        scales,
        frozenset(cue_forms),
        followed_by,
        subunit_codes,
        {pair[0]: pair[1] for pair in rules.get("bracketed_after", [])},
    )


@compiled_from_rules
def _context_patterns(ruleset: Rules) -> _ContextPatterns:
    rules = ruleset.get("currencies", required=("currencies",))
    cues = [c for c in rules.get("money_cues", [])] + sorted(_tables(ruleset).cue_forms)
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
    return _ContextPatterns(cue_re, not_followed_re, rate_re)


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


# Currencies are found by looking the words next to an amount up in the tables (a few dictionary
# lookups per number) rather than by a pattern of every form, which costs more than the number
# scan itself.
_WORD = re.compile(r"\S+")
_OPENERS = "([\"'“‘"  # may stand right before a currency written before an amount
_CLOSERS = ".,;:!?)]\"'”’…"  # may stand right after a currency written after an amount
# where a currency written after an amount may end inside what white space delimits: "USD,100",
# "cent-a-share", "rubles(approx.", "rubles…", "rubles/month"
_INNER_CUT = re.compile(r"[-,;:!?()\[\]\"'”’…/]")
_FOLLOWING = re.compile(r"\s+([^\s.,;:!?)\]]+)")
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)\b")  # a word of letters right after a form

# the characters of a form's first word: letters, digits, "." ("Rs."), "$" ("C$") and currency
# signs (¢-¥, ֏, ฿, the Currency Symbols block); anything else ends the word ("rubles(approx.")
_FIRST_WORD = re.compile(r"\s*-?\s*([\w.$\u00a2-\u00a5\u058f\u0e3f\u20a0-\u20cf]*)")


def _first_word(text: str, pos: int) -> tuple[str, int]:
    """The first word at `pos` (after white space and a hyphen), lower case and without trailing
    full stops, and where it starts: what a form after an amount must begin with."""
    m = _FIRST_WORD.match(text, pos)
    return m.group(1).lower().rstrip("."), m.start(1)


def currency_before(ruleset: Rules, text: str, pos: int, floor: int = 0) -> CurrencyMatch | None:
    """The symbol or code that ends right before `pos` (white space allowed), not starting before
    `floor` (the end of the amount before it, which owns its own currency)."""
    tables = _tables(ruleset)
    end = pos
    if text[end - 1 : end] == " ":  # the usual one space, without a loop
        end -= 1
    while end > 0 and text[end - 1].isspace() and pos - end < 8:
        end -= 1
    if end == 0 or text[end - 1].lower() not in tables.before_last:
        return None  # most numbers: no form ends with that character
    tail = text[max(0, end - 3) : end].lower()
    if not (
        tail[-1:] in tables.before_ends
        or tail[-2:] in tables.before_ends
        or tail in tables.before_ends
    ):
        return None  # most numbers: no form ends there
    lo = max(0, pos - 24)
    window = text[lo:pos]
    words = [m.span() for m in _WORD.finditer(window)][-tables.longest :]
    if not words or window[words[-1][1] :].strip():
        return None
    for i in range(len(words)):  # longest first
        start = words[i][0]
        while start < words[-1][1] and window[start] in _OPENERS:
            start += 1
        written = window[start : words[-1][1]]
        forms = tables.before.get(normalise_phrase(written))
        if not forms:
            continue
        if words[i][0] == 0 and lo > 0 and not text[lo - 1].isspace():
            continue  # the window cut a word: "xUSD"
        form = _pick(forms, written, ())
        if form is None or lo + start < floor:
            return None
        return CurrencyMatch(form.code, form.factor, form.kind, lo + start, lo + words[-1][1])
    return None


def _after_candidates(window: str, count: int):
    """(written, end in window) of the first 1..count words of `window`, longest first; the last
    word may lose trailing punctuation ("dollars." -> "dollars") or what follows a hyphen
    ("cent-a-share" -> "cent")."""
    words = [m.span() for m in _WORD.finditer(window, 0)][:count]
    if not words:
        return
    first = words[0][0]
    for n in range(len(words), 0, -1):
        end = words[n - 1][1]
        last_start = words[n - 1][0]
        yield window[first:end], end
        trimmed = window[first:end].rstrip(_CLOSERS)
        if trimmed and len(trimmed) < end - first:
            yield trimmed, first + len(trimmed)
        # "USD,100 times": cut at punctuation inside the word; "cent-a-share": at a hyphen
        cut = _INNER_CUT.search(window, last_start + 1, end)
        if cut:
            yield window[first : cut.start()], cut.start()


def currency_after(
    ruleset: Rules,
    text: str,
    pos: int,
    prefer: tuple[str, ...] = (),
    sentence: tuple[int, int] | None = None,
    scaled: bool = False,
    context: Callable[[], tuple[tuple[str, ...], tuple[int, int] | None]] | None = None,
) -> CurrencyMatch | None:
    """The currency written right after the amount that ends at `pos`, or None.

    `prefer`: codes to choose first when a word belongs to several currencies ("cents");
    `sentence`: the bounds of the amount's sentence, where a context word looks for money cues;
    `context`: instead of those two, a function giving them, called only when a currency form
    follows (most numbers have none, and working them out costs more than the lookup);
    `scaled`: the amount already has a scale word (then "USD million" does not scale it again).
    A symbol or code glued to a digit after it ("3 USD50") belongs to that number, not this one.
    """
    tables = _tables(ruleset)
    first = text[pos + 1 : pos + 2] if text[pos : pos + 1] == " " else text[pos : pos + 1]
    if first in tables.bracket_opens:
        return _bracketed_after(ruleset, text, pos, scaled)
    if first.lower() not in tables.after_first and first not in " -\t\n\xa0":
        return None  # most numbers: no form starts with that character
    if _first_word(text, pos)[0] not in tables.after_starts:
        return None  # ... nor with that word
    if context is not None:
        prefer, sentence = context()
    window = text[pos : pos + 64]
    skip = len(window) - len(window.lstrip())
    if window[skip : skip + 1] == "-":  # "12-cent", "5 -dollar"
        skip += 1
        skip += len(window[skip:]) - len(window[skip:].lstrip())
    rest = window[skip:]
    for written, end in _after_candidates(rest, tables.longest):
        forms = tables.after.get(normalise_phrase(written))
        if not forms:
            continue
        if end < len(rest) and (rest[end].isalnum() or rest[end] == "_"):
            continue  # "$30": the symbol of the next number
        form = _pick(forms, written, prefer)
        if form is None:
            return None
        start, stop = pos + skip, pos + skip + end
        scale = 1.0
        if form.kind == CODE and not scaled:
            following = _FOLLOWING.match(text, stop)
            word = following.group(1).lower() if following else ""
            if word in tables.scales:
                scale, stop = tables.scales[word], following.end(1)  # "75 USD million"
        if form.kind == CONTEXT and not _money_context(ruleset, text, start, stop, sentence):
            return None
        return CurrencyMatch(form.code, form.factor, form.kind, start, stop, scale)
    return None


def _bracketed_after(ruleset: Rules, text: str, pos: int, scaled: bool) -> CurrencyMatch | None:
    """A currency word or code that an editor put in brackets after a bare amount, perhaps with
    its scale word: "40 billion [rubles]", "150 [billion rubles]" (currencies.json
    `bracketed_after`). The brackets must hold the currency alone ("[$3.20]" is a conversion,
    not this amount's unit); a scale word inside scales an amount that has none."""
    tables = _tables(ruleset)
    skip = 1 if text[pos : pos + 1] == " " else 0
    opening = text[pos + skip]
    close = text.find(tables.bracket_opens[opening], pos + skip + 1, pos + skip + 40)
    if close < 0:
        return None
    inside = text[pos + skip + 1 : close].strip()
    words = inside.split(None, 1)
    scale = 1.0
    if len(words) == 2 and words[0].lower() in tables.scales:
        if scaled:
            return None  # "5 million [billion rubles]": no amount of this page
        scale, inside = tables.scales[words[0].lower()], words[1]
    forms = tables.after.get(normalise_phrase(inside))
    form = _pick(forms, inside, ()) if forms else None
    if form is None or form.kind not in (WORD, CODE):
        return None
    return CurrencyMatch(form.code, form.factor, form.kind, pos + skip, close + 1, scale)


def _money_context(
    ruleset: Rules, text: str, start: int, end: int, sentence: tuple[int, int] | None
) -> bool:
    tables = _tables(ruleset)
    patterns = _context_patterns(ruleset)
    if (
        patterns.not_followed_re
        and patterns.not_followed_re.match(text, end, end + 40)
        and not (patterns.rate_re and patterns.rate_re.match(text, end, end + 40))
    ):
        return False  # "pounds of beef", "marks the anniversary", but "rand a month"
    if tables.followed_by is not None:
        following = _NEXT_WORD.match(text, end)
        if (
            following
            and following.group(1).lower() not in tables.followed_by
            and not (patterns.rate_re and patterns.rate_re.match(text, end, end + 40))
        ):
            return False  # "5 won medals", "3 marks were awarded", "20 pounds on your back"
    lo, hi = sentence if sentence else (max(0, start - 300), min(len(text), end + 300))
    return any(
        not (m.start() < end and start < m.end()) for m in patterns.cue_re.finditer(text, lo, hi)
    )


def has_subunits(ruleset: Rules, code: str) -> bool:
    """Whether the currency divides into hundredths that the rules name ("cents", "kopecks")."""
    return code in _tables(ruleset).subunit_codes
