"""The words the subject component reads (`sentence_units`), rewritten for speed in issue 19,
round i: the same units as the code before, on invented sentences."""

import sys

import pytest
import spacy

from pipeline.nlp.numbers import _tables
from pipeline.nlp.rules import installed_rules
from pipeline.nlp.subject import _POSSESSIVE, Unit, _is_word, _number_word, sentence_units

RULES = installed_rules()
NLP = spacy.blank("en")


def _reference_units(sent, fact_ranges):
    """sentence_units as it was written before round i (Token attributes read at each test,
    character loops for every word)."""
    small, hundred, scales = _tables(RULES)
    units = []
    tokens = list(sent)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        text_start = tok.idx
        j = i
        while j + 1 < len(tokens) and not tokens[j].whitespace_:
            nxt = tokens[j + 1]
            if (
                nxt.text == "-"
                and not nxt.whitespace_
                and j + 2 < len(tokens)
                and tokens[j + 2].text[:1].isalpha()
                and tokens[j].text[-1:].isalpha()
            ):
                j += 2
            elif nxt.lower_ in _POSSESSIVE and tokens[j].text[-1:].isalpha():
                j += 1
            else:
                break
        text = "".join(t.text_with_ws for t in tokens[i:j]) + tokens[j].text
        lower = text.lower()
        word = (
            any(c.isalpha() for c in text)
            and not any(c.isdigit() for c in text)
            and not all(p in small or p in hundred or p in scales for p in lower.split("-"))
        )
        units.append(Unit(text, lower, text_start, text_start + len(text), word))
        i = j + 1
    for index, (start, end) in enumerate(fact_ranges):
        for unit in units:
            if unit.start < end and start < unit.end:
                unit.fact = index
    return units


SENTENCES = [
    "The non-oil exports of the region grew by twenty-five percent last year.",
    "Russia's and the Union’s trade reached $30 billion, up from 2019's figure.",
    "Forty-two new plants, a two-thirds share and one hundred-odd firms opened.",
    "Its co-owners' stake (3.5%) -- about a quarter -- went to the state-run fund.",
    "A well - known mid-size producer; the R&D budget: 12-15 million rubles.",
    "Hyphen at the end- and - start, X-ray, 5-year plans, Q2's results.",
    "Twenty-FIVE Thousand-strong, Ninety-nine point nine, ½ and ² and 三 left.",
    "",
    "'s alone, the ’ mark, s' at the start and O'Neill's firm.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_units_as_before(text):
    doc = NLP(text)
    sent = doc[:]
    ranges = [(4, 20), (30, 45)] if text else []
    assert sentence_units(RULES, sent, ranges) == _reference_units(sent, ranges)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("exports", True),
        ("non-oil", True),
        ("Russia's", True),
        ("twenty-five", False),  # a numeral
        ("million", False),
        ("2019's", False),  # a digit
        ("R&D", True),
        ("--", False),  # no letter
        ("½", False),
        ("x²", False),  # "²" is a digit to str.isdigit
    ],
)
def test_is_word(text, word):
    assert _is_word(RULES, text, text.lower()) is word


@pytest.mark.parametrize(
    ("lower", "numeral"),
    [("three", True), ("twenty-five", True), ("million", True), ("non-oil", False), ("", False)],
)
def test_number_word(lower, numeral):
    assert _number_word(RULES, lower) is numeral


def test_no_character_is_both_a_letter_and_a_digit():
    """`_is_word` answers a text of letters alone without looking for digits in it."""
    both = [c for c in map(chr, range(sys.maxunicode + 1)) if c.isalpha() and c.isdigit()]
    assert both == []
