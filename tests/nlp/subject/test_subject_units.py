"""The words the subject component reads (`sentence_units`), rewritten for speed in issue 19,
round i: the same units as the code before, on invented sentences."""

import sys

import pytest
import spacy

from pipeline.nlp.extensions import KEPT_KEY, TEXT_KEY
from pipeline.nlp.numbers import _tables
from pipeline.nlp.rules import installed_rules
from pipeline.nlp.subject import _POSSESSIVE, Unit, _is_word, _number_word, sentence_units
from pipeline.nlp.subject.units import token_texts

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


def _tokens_read(sent):
    tokens = list(sent)
    return (
        [t.text for t in tokens],
        [t.idx for t in tokens],
        [not t.whitespace_ for t in tokens],
    )


@pytest.mark.parametrize("text", SENTENCES)
def test_token_texts_as_the_tokens_give_them(text):
    doc = NLP(text)
    for start in range(0, len(doc) + 1, 3):  # whole spans and spans that start inside
        assert token_texts(doc[start:]) == _tokens_read(doc[start:])


# a doc made from a masked text, as pipeline.nlp.prepare_doc makes one: the real text differs
# from the masked one outside the kept spans
KEPT = "Pine exports grew by 4 percent."
MASKED = "Ooooooooo ooooooo oooo ooo ooooo."
REAL = "Hilltown's farms sold more grain."
REAL_DOC_TEXT = f"{KEPT} {REAL}"


@pytest.mark.parametrize(
    ("first", "last", "kept"),
    [
        (0, 7, True),  # inside the kept paragraph: cut from the cached real text
        (7, 12, False),  # inside the masked one: the tokens' own (masked) texts
        (3, 9, False),  # across both
    ],
)
def test_token_texts_of_a_masked_doc(first, last, kept):
    """`kept`: the sentence lies inside the kept paragraph (the fast path)."""
    doc = NLP(f"{KEPT} {MASKED}")
    assert len(MASKED) == len(REAL) and doc[6].text == "."  # the kept paragraph: tokens 0..6
    doc.user_data[TEXT_KEY] = REAL_DOC_TEXT
    doc.user_data[KEPT_KEY] = ((0, len(KEPT)),)
    sent = doc[first:last]
    assert token_texts(sent) == _tokens_read(sent)
    real = [REAL_DOC_TEXT[t.idx : t.idx + len(t.text)] for t in sent]
    assert (real == [t.text for t in sent]) is kept  # the real text is the tokens' there alone
