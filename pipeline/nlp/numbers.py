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
from dataclasses import dataclass

from pipeline.nlp.rules import load_rules, phrase_alternation, rule_cache


@dataclass(frozen=True)
class NumberMatch:
    start: int
    end: int
    value: float
    scaled: bool  # carries a scale word (million, bn, ...)
    is_integer_literal: bool  # plain digits without separators, decimals or scale ("2019")
    text: str


@rule_cache
def _tables():
    rules = load_rules("numbers", required=("small", "hundred", "scales"))
    small = {k.lower(): v for k, v in rules["small"].items()}
    hundred = {k.lower(): v for k, v in rules["hundred"].items()}
    scales = {k.lower(): v for k, v in rules["scales"].items()}
    return small, hundred, scales


@rule_cache
def number_pattern() -> re.Pattern:
    small, hundred, scales = _tables()
    word = phrase_alternation(list(small) + list(hundred))
    scale = phrase_alternation(scales)
    digits = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    # a word numeral: words joined by spaces, hyphens or "and" ("one hundred and twenty-five")
    words = rf"{word}(?:(?:-|\s+(?:and\s+)?){word}\b)*"
    half = r"(?:\s+and\s+a\s+half)?"
    article = r"(?:an?\s+(?=(?:hundred|thousand|million|billion|trillion|dozen)\b))"
    core = rf"(?:{digits}|{article}(?:{words})?{half}|{words}{half})"
    scale_part = rf"(?:\s*\[\s*{scale}\s*\]|(?:\s*-?\s*|\s+){scale}\b)"
    # compound amounts: "1 trillion 600 billion"
    compound = rf"(?:\s+(?:{digits}|{words})\s+{scale}\b)*"
    pattern = (
        rf"(?<![\w.,]){core}(?![\d])(?!\.\d)(?!,\d{{3}})(?:{scale_part}{compound})?"
        r"(?![\w])"
    )
    return re.compile(pattern, re.IGNORECASE)


_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[a-z]+", re.IGNORECASE)


def words_to_value(text: str) -> float | None:
    """The value of a numeric core's text ("2.5 billion" -> 2.5e9, "two and a half" -> 2.5)."""
    small, hundred, scales = _tables()
    total = 0.0
    current = 0.0
    seen = False
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    i = 0
    while i < len(tokens):
        tok = tokens[i]
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
            total += (current or 1) * scales[tok]
            current = 0.0
            seen = True
        elif tok == "half" and i >= 2 and tokens[i - 1] == "a" and tokens[i - 2] == "and":
            current += 0.5
        elif tok in ("a", "an", "and"):
            pass
        else:
            return None
        i += 1
    if not seen:
        return None
    return total + current


def find_numbers(text: str) -> list[NumberMatch]:
    found = []
    for match in number_pattern().finditer(text):
        surface = match.group(0)
        value = words_to_value(surface)
        if value is None or not math.isfinite(value):
            continue  # not a number, or one too large for a float ("9" * 400): not a figure
        _, _, scales = _tables()
        scaled = any(tok.lower() in scales for tok in _TOKEN.findall(surface))
        found.append(
            NumberMatch(
                start=match.start(),
                end=match.end(),
                value=value,
                scaled=scaled,
                is_integer_literal=surface.isdigit(),
                text=surface,
            )
        )
    return found


def looks_like_year(number: NumberMatch) -> bool:
    return number.is_integer_literal and len(number.text) == 4 and 1800 <= number.value <= 2100
