"""The words of a sentence as the subject rules read them: spaCy tokens re-joined across
in-word hyphens and possessive endings (`Unit`, `sentence_units`), and the tests on one word's
text (a numeral, a possessive, a verb's "-ed" or "-ing" form, a place, a dictionary word).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Span

from pipeline.nlp.lemmas import is_known, lemmatize
from pipeline.nlp.numbers import _tables as _number_tables
from pipeline.nlp.rules import Rules, compiled_from_rules

# the marks that end a clause read backwards from a figure
_CLAUSE_MARKS = (",", ";", ":", "–", "—", "(")


_POSSESSIVE = {"'s", "’s", "'", "’"}


_APOSTROPHES = ("'", "’")


@dataclass
class Unit:
    """A word of the sentence: spaCy tokens re-joined across in-word hyphens ("non-oil") and
    possessive endings ("Russia's")."""

    text: str
    lower: str
    start: int
    end: int
    word: bool  # letters and no digits
    fact: int | None = None  # index of the fact span it belongs to


def sentence_units(ruleset: Rules, sent: Span, fact_ranges: list[tuple[int, int]]) -> list[Unit]:
    """The words of `sent`; `fact_ranges` (char offsets) mark the words of each fact."""
    units: list[Unit] = []
    tokens = list(sent)
    # each token's text and whether no white space follows it, read once (a Token attribute is
    # a call into spaCy, and the joining test reads each token's up to three times)
    texts = [tok.text for tok in tokens]
    joined = [not tok.whitespace_ for tok in tokens]
    count = len(tokens)
    numerals = _numerals(ruleset)  # read once, not per word (`_is_word`)
    ordered = True  # each unit starts at or after the end of the one before (tokens in order)
    i = 0
    while i < count:
        j = i
        # join "non", "-", "oil" and "Russia", "'s" when written without spaces
        while j + 1 < count and joined[j]:
            if (
                texts[j + 1] == "-"
                and joined[j + 1]
                and j + 2 < count
                and texts[j + 2][:1].isalpha()
                and texts[j][-1:].isalpha()
            ):
                j += 2
            elif tokens[j + 1].lower_ in _POSSESSIVE and texts[j][-1:].isalpha():
                j += 1
            else:
                break
        # no white space follows tokens i..j-1: their texts run on
        text = texts[i] if i == j else "".join(texts[i : j + 1])
        lower = text.lower()
        text_start = tokens[i].idx
        # a text of letters alone (the common case) is a word unless a numeral; one character
        # that is no letter ("," "5") and digits alone ("2019") are none (`_is_word`)
        if text.isalpha():
            word = lower not in numerals
        elif len(text) == 1 or text.isdigit():
            word = False
        else:
            word = _is_word(ruleset, text, lower)
        if units and text_start < units[-1].end:
            ordered = False
        units.append(Unit(text, lower, text_start, text_start + len(text), word))
        i = j + 1
    if ordered and fact_ranges:
        # the units' starts and ends both rise: those that overlap a fact's range run from the
        # first that ends after its start to the last that starts before its end
        starts = [unit.start for unit in units]
        ends = [unit.end for unit in units]
        for index, (start, end) in enumerate(fact_ranges):
            for k in range(bisect.bisect_right(ends, start), bisect.bisect_left(starts, end)):
                units[k].fact = index
        return units
    for index, (start, end) in enumerate(fact_ranges):
        for unit in units:
            if unit.start < end and start < unit.end:
                unit.fact = index
    return units


def _is_word(ruleset: Rules, text: str, lower: str) -> bool:
    """Letters and no digits, and no numeral (`_number_word`). A text of letters alone is the
    common case, answered without a loop over its characters: no character is both a letter
    and a digit (tests/nlp/subject/test_subject_units.py checks it for every code point)."""
    if text.isalpha():
        return not _number_word(ruleset, lower)
    return (
        any(c.isalpha() for c in text)
        and not any(c.isdigit() for c in text)
        and not _number_word(ruleset, lower)
    )


@compiled_from_rules
def _numerals(ruleset: Rules) -> frozenset[str]:
    """Every number, "hundred" and scale word of the rules, lower case."""
    small, hundred, scales = _number_tables(ruleset)
    return frozenset({*small, *hundred, *scales})


def _number_word(ruleset: Rules, lower: str) -> bool:
    """The numerals "three", "twenty-five", "million" are not words of a phrase."""
    numerals = _numerals(ruleset)
    if "-" not in lower:
        return lower in numerals
    return all(p in numerals for p in lower.split("-"))


def _base(unit: Unit) -> str:
    """The word without a possessive ending: "russia's" -> "russia"."""
    lower = unit.lower
    for ending in ("'s", "’s"):
        if lower.endswith(ending):
            return lower[: -len(ending)]
    return lower.rstrip("".join(_APOSTROPHES))


def _inflected(lower: str) -> bool:
    """A verb's "-ed" or "-ing" form ("increased", "bringing"), not a noun that only ends so
    ("rapeseed", "housing"): the lemmatiser gives it another lemma."""
    if not lower.endswith(("ed", "ing")):
        return False
    return lemmatize(lower) != lower


def _common_word(ruleset: Rules, text: str) -> bool:
    """An English word of the lemmatiser's dictionary, not a place ("Tourism", not "Gazprom")."""
    return is_known(text.lower()) and not _is_place(ruleset, text)


def _is_place(ruleset: Rules, text: str) -> bool:
    """A country, demonym or region name ("Russia's", "Chinese")."""
    from pipeline.nlp.places import find_places

    return text[:1].isupper() and bool(find_places(ruleset, text))


def _possessive(unit: Unit) -> bool:
    return unit.lower.endswith(("'s", "’s", "s'", "s’"))
