"""Numerals and number words to values: pure functions, no spaCy.

`find_numbers(text)` finds every numeric core ("1,500", "2.5", "two and a half", "a dozen",
"1 trillion 600 billion", "$24 [billion]"'s "24 [billion]") with its value. Years and other bare
numbers are found too; deciding what a number measures is the components' job.

The patterns avoid nested quantifiers over overlapping alternatives, so matching stays linear in the
length of the text.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from pipeline.nlp.prefilter import Spans, kept_matches
from pipeline.nlp.rules import Rules, compiled_from_rules, phrase_alternation


@dataclass(frozen=True)
class NumberMatch:
    start: int
    end: int
    value: float
    scaled: bool  # carries a scale word (million, bn, ...)
    is_integer_literal: bool  # plain digits without separators, decimals or scale ("2019")
    text: str
    # digits touching a letter ("USD115", "115USD", "100元"): found only when asked for
    glued_before: bool = False
    glued_after: bool = False


@compiled_from_rules
def _tables(ruleset: Rules):
    rules = ruleset.get("numbers", required=("small", "hundred", "scales"))
    small = {k.lower(): v for k, v in rules["small"].items()}
    hundred = {k.lower(): v for k, v in rules["hundred"].items()}
    scales = {k.lower(): v for k, v in rules["scales"].items()}
    return small, hundred, scales


@compiled_from_rules
def _fractions(ruleset: Rules) -> dict[str, float]:
    rules = ruleset.get("numbers", required=("small", "hundred", "scales"))
    return {k.lower(): v for k, v in rules.get("fractions", {}).items()}


@compiled_from_rules
def negative_words(ruleset: Rules) -> list[str]:
    """Words that make the amount after them negative ("minus five percent")."""
    return list(ruleset.get("numbers", required=("small",)).get("negative", []))


@compiled_from_rules
def number_pattern(ruleset: Rules, glued: bool = False) -> re.Pattern:
    """The numeric cores; with `glued`, digits may also touch a letter on either side ("USD115",
    "115USD"), for the caller to accept only where the letters are a currency."""
    small, hundred, scales = _tables(ruleset)
    word = phrase_alternation(list(small) + list(hundred))
    scale = phrase_alternation(scales)
    # Indian grouping first ("12,34,567.89"), then thousands groups, then plain digits
    digits = r"(?:\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    # a decimal comma before a scale word ("2,1 billion", "1,03 trillion") or a percent
    # (numbers.json's decimal_comma_before): one or two digits after the comma cannot be a
    # thousands group (issue 12 round aq)
    after_decimal = ruleset.get("numbers", required=("scales",)).get("decimal_comma_before", [])
    units = rf"|{phrase_alternation(after_decimal)}(?!\w)" if after_decimal else ""
    decimal_comma = rf"\d{{1,3}},\d{{1,2}}(?![\d,])(?=\s*-?\s*(?:{scale}\b{units}))"
    # a word numeral: words joined by spaces, hyphens or "and" ("one hundred and twenty-five")
    words = rf"{word}(?:(?:-|\s+(?:and\s+)?){word}\b)*"
    half = r"(?:\s+and\s+a\s+half)?"
    multipliers = phrase_alternation(list(hundred) + list(scales))
    # a fraction of a scale: "half a million", "a quarter billion", "three quarters of a billion"
    fractions = _fractions(ruleset)
    fraction = (
        rf"{phrase_alternation(fractions)}(?:\s+of)?(?:\s+an?)?(?=\s+{scale}\b)"
        if fractions
        else r"(?!x)x"
    )
    # each alternative starts differently, so that a word start tries the number words once
    article = rf"an?\s+(?:(?={multipliers}\b)(?:{words})?{half}|{fraction})"
    word_core = rf"(?:{article}|{words}(?:[\s-]+{fraction}|{half})|{fraction})"
    # the first three characters a word numeral can begin with ("thr", "a "): a word start with
    # others ("the", "and") is passed over after a few character tests instead of an attempt at
    # every alternative (most words begin with one of the numerals' first letters)
    beginnings = [w[:3] for w in (*small, *hundred, *fractions)] + ["a ", "an "]
    word_core = rf"(?={_beginning_alternation(beginnings)}){word_core}"
    if glued:
        core = rf"(?<![\d_.,])(?:{digits}|(?<![^\W\d_]){word_core})"
        tail = r"(?:(?![\w])|(?<=\d)(?=[^\W\d_]))"
    else:
        # a digit or the first letter of a numeral, tested once before the alternatives: a
        # word that begins with another letter ("but", "with") is passed over at one class test
        core = (
            rf"(?<![\w.,])(?={_first_characters(beginnings)})"
            rf"(?:{decimal_comma}|{digits}|{word_core})"
        )
        tail = r"(?![\w])"
    scale_part = rf"(?:\s*\[\s*{scale}\s*\]|(?:\s*-?\s*|\s+){scale}\b(?:\s+{scale}\b)*)"
    # compound amounts: "1 trillion 600 billion"
    compound = rf"(?:\s+(?:{digits}|{words})\s+{scale}\b)*"
    pattern = rf"{core}(?![\d])(?!\.\d)(?!,\d{{3}})(?:{scale_part}{compound})?{tail}"
    return re.compile(pattern, re.IGNORECASE)


def _first_characters(beginnings: Iterable[str]) -> str:
    """A regex class of a digit and the first characters of `beginnings` (a space for any white
    space): what a number of the pattern begins with."""
    firsts = {b[0] for b in beginnings if b}
    spaces = r"\s" if " " in firsts else ""
    return rf"[\d{spaces}{re.escape(''.join(sorted(firsts - {' '})))}]"


def _beginning_alternation(beginnings: Iterable[str]) -> str:
    """A regex alternation of `beginnings` (a space standing for any white space, as in
    `phrase_alternation`) factored by their first characters ("t(?:h(?:r|i)|w(?:o|e))"), so
    that the regex engine tries one branch per first character that matches. A beginning that
    another one starts with makes the longer one needless: the alternation says only whether
    one of them begins here (it is a lookahead's)."""
    by_first: dict[str, set[str]] = {}
    for beginning in beginnings:
        if beginning:
            by_first.setdefault(beginning[0], set()).add(beginning[1:])
    parts = []
    for first, rests in sorted(by_first.items()):
        head = r"\s" if first == " " else re.escape(first)
        parts.append(head if "" in rests else head + _beginning_alternation(rests))
    return "(?:" + "|".join(parts) + ")"


_TOKEN = re.compile(r"\d{1,3}(?:,\d{2,3})+(?:\.\d+)?|\d+(?:\.\d+)?|[a-z]+", re.IGNORECASE)


def words_to_value(ruleset: Rules, text: str) -> float | None:
    """The value of a numeric core's text ("2.5 billion" -> 2.5e9, "two and a half" -> 2.5,
    "three dozen" -> 36, "half a million" -> 5e5, "5 lakh crore" -> 5e12, "2,1 billion" with a
    decimal comma -> 2.1e9)."""
    return _tokens_value(ruleset, _core_tokens(text))


# a decimal comma at the start of a core: "2,1" of "2,1 billion" (the pattern only lets one
# stand before a scale word or a percent); not a thousands or Indian group ("2,100", "12,34,567")
_DECIMAL_COMMA = re.compile(r"^(\d{1,3}),(\d{1,2})(?![\d,])")


def _core_tokens(text: str) -> list[str]:
    """The digit groups and words of a numeric core's text, a leading decimal comma read as a
    point ("2,1 billion" -> ["2.1", "billion"])."""
    return _TOKEN.findall(_DECIMAL_COMMA.sub(r"\1.\2", text, count=1))


def _tokens_value(ruleset: Rules, found: list[str]) -> float | None:
    small, hundred, scales = _tables(ruleset)
    fractions = _fractions(ruleset)
    total = 0.0
    current = 0.0
    added = None  # what the last scale word added to total, while scale words follow each other
    seen = False
    tokens = [t.lower() for t in found]
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok in scales and added is not None:
            # a scale right after a scale multiplies it: "lakh crore", "thousand million"
            total += added * (scales[tok] - 1)
            added *= scales[tok]
            i += 1
            continue
        added = None
        if tok[0].isdigit():
            current += float(tok.replace(",", ""))
            seen = True
        elif tok in small:
            current += small[tok]
            seen = True
        elif tok in hundred:
            current = (current or 1) * hundred[tok]
            seen = True
        elif tok in scales:
            added = (current or 1) * scales[tok]
            total += added
            current = 0.0
            seen = True
        elif tok == "half" and i >= 2 and tokens[i - 1] == "a" and tokens[i - 2] == "and":
            current += 0.5
        elif tok in fractions:
            current = (current or 1) * fractions[tok]
            seen = True
        elif tok in ("a", "an", "and", "of"):
            pass
        else:
            return None
        i += 1
    if not seen:
        return None
    return total + current


# Digits touching a capital letter or a CJK character, before them ("USD115", "Rs.15", "MUSD30") or
# after them ("115USD", "100元"). The pattern starts with that letter, so that the regex engine
# passes over everything else (lower case, digits, spaces) in its fast loop: a search that starts
# at every digit or every letter costs a tenth of the whole number scan. Lower-case glued codes
# ("115usd") are not read.
_GLUED = re.compile(r"[A-Z\u3400-\u9fff\uf900-\ufaff](?:(?<=\d.)|[A-Za-z.]{0,3}(?=\d))")
_NUMBER_CHARS = frozenset("0123456789.,")


def _number_match(ruleset: Rules, text: str, match: re.Match, glued: bool) -> NumberMatch | None:
    surface = match.group(0)
    start, end = match.start(), match.end()
    literal = surface.isdigit()
    if literal:  # the most common number, "2019" or "15": no words to read
        value, scaled = float(surface), False
    else:
        _, _, scales = _tables(ruleset)
        tokens = _core_tokens(surface)
        value = _tokens_value(ruleset, tokens)
        scaled = any(tok.lower() in scales for tok in tokens)
    if value is None or not math.isfinite(value):
        return None  # not a number, or one too large for a float ("9" * 400): not a figure
    return NumberMatch(
        start=start,
        end=end,
        value=value,
        scaled=scaled,
        is_integer_literal=literal,
        text=surface,
        glued_before=glued and start > 0 and text[start - 1].isalpha(),
        glued_after=glued and end < len(text) and text[end].isalpha(),
    )


def find_numbers(ruleset: Rules, text: str, kept: Spans | None = None) -> list[NumberMatch]:
    """Every numeric core of `text` with its value, in text order. kept: (start, end) spans of
    `text`, in order (pipeline.nlp.prefilter.masked_text); given, the numbers found are those of
    the whole text that start inside one of them, and the text between the spans is read only
    where a number could run from it into the next span (see `kept_matches`)."""
    pattern = number_pattern(ruleset)
    if kept is None:
        matches: Iterable[re.Match] = pattern.finditer(text)
    else:
        words = _continuation_words(ruleset)
        matches = kept_matches(pattern, text, kept, lambda at: _no_number_runs_on(text, at, words))
    return [n for m in matches if (n := _number_match(ruleset, text, m, False))]


# the words of the number pattern's fixed parts ("two and a half", "half of a million", "an
# hundred"), which, like the number and scale words, may continue a number after white space
_JOINING_WORDS = frozenset({"and", "a", "an", "of", "half"})
_LETTERS = re.compile(r"[^\W\d_]+")


@compiled_from_rules
def _continuation_words(ruleset: Rules) -> frozenset[str]:
    """The lower-case letter runs a number of `ruleset` may continue with after white space: its
    number, scale and fraction words (each of their letter runs) and the joining words."""
    small, hundred, scales = _tables(ruleset)
    words = {*small, *hundred, *scales, *_fractions(ruleset)}
    return frozenset(_JOINING_WORDS.union(*(_LETTERS.findall(w.lower()) for w in words)))


def _no_number_runs_on(text: str, at: int, words: frozenset[str]) -> bool:
    """Whether no number of the pattern can start before `at` and go on past it, `at` being the
    start of a paragraph (after a line break): inside a number, white space is followed only by
    a digit, "[", "-", more white space or one of `words` (a letter run, in any case)."""
    char = text[at : at + 1]
    if not char or char.isspace() or char.isdecimal() or char in "[-":
        return False
    run = _LETTERS.match(text, at)
    if run is None:
        return True
    word = run.group()
    return word.lower() not in words and word.casefold() not in words


def find_glued_numbers(
    ruleset: Rules,
    text: str,
    where: Callable[[int, int], bool] | None = None,
    kept: Spans | None = None,
) -> list[NumberMatch]:
    """Numbers whose digits touch a capital letter or a CJK character ("USD115", "115USD", "100元",
    but also "G20", "A320"), which `find_numbers` leaves out, marked `glued_before` /
    `glued_after`: for the caller to keep only where the letters are a currency.
    `where(start, end)`, when given, says whether to read the number whose digits start at
    `start` and touch a letter at `start - 1` or at `end`. kept: as for `find_numbers`, the
    glues inside those spans alone."""
    found: list[NumberMatch] = []
    pattern = None  # compiled at the first glue read (issue 19, round o): many texts have none
    # a glue is one capital letter and at most three letters or dots: none runs across a
    # paragraph break, so the scan of kept spans starts afresh at each
    glues: Iterable[re.Match] = _GLUED.finditer(text)
    if kept is not None:
        glues = kept_matches(_GLUED, text, kept)
    for glue in glues:
        if text[glue.start() - 1 : glue.start()].isdigit():  # "115USD": digits end here
            end = start = glue.start()
            while start > 0 and text[start - 1] in _NUMBER_CHARS:
                start -= 1
            while start < end and not text[start].isdigit():
                start += 1  # not from a leading "." or ","
        else:  # "USD115": digits start here
            start = end = glue.end()
            while end < len(text) and text[end] in _NUMBER_CHARS:
                end += 1
        if found and start < found[-1].end:
            continue
        if where is not None and not where(start, end):
            continue
        if pattern is None:
            pattern = number_pattern(ruleset, True)
        match = pattern.match(text, start)
        number = _number_match(ruleset, text, match, True) if match else None
        if number and (number.glued_before or number.glued_after):
            found.append(number)
    return found


def looks_like_year(number: NumberMatch) -> bool:
    return number.is_integer_literal and len(number.text) == 4 and 1800 <= number.value <= 2100
