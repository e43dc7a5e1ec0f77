"""The "on the sidelines of this" scan reads no page without one of the phrases every match of
its pattern holds (round lead64): `event_page_dates.has_phrase` against the case-ignoring
pattern it stands in for, and the scan's hits against the scan as it was (copied below)."""

import re
import string

import pytest

from pipeline.nlp import event_page_dates
from pipeline.nlp.event_page_dates import (
    _FOLDS_TO_ASCII,
    _demonstrative_doc_day,
    _demonstrative_hits,
    _phrases_for_test,
    has_phrase,
)
from pipeline.nlp.quick_tests import may_match
from pipeline.nlp.rules import installed_rules, phrase_alternation

RULES = installed_rules()

PHRASES = ["on the margins of this", "which is now being held", "that is under way", "in full"]

TEXTS = [
    "The talks went on the margins of this fair in Pinetown.",
    "The talks went ON THE Margins Of This fair.",
    "The talks went on\nthe  margins\tof this fair.",
    "The talks went on the\u00a0margins of\u2003this fair.",
    "The talks went on the margins of thistle fields.",
    "The talks went on themargins of this fair.",
    "The talks went on the margin of this fair.",
    "The show, which is now being held here, is new. It is being held well.",
    "The show, which is now being\nheld here.",
    "Being there, at the margins, we saw the show which is now being held here.",
    "The show, which was being held here; being being held; which is being held.",
    "The show, which is now being being held here.",
    "A rally that is under way in the square.",
    "A rally that is underway in the square.",
    "A rally that is under  way; under under way.",
    "They paid in full.",
    "They paid infull, in part.",
    "under the margins of that which is now",
    "",
    "The talks went on the margins of \u017fome fair.",
    "The talks went on the margin\u017f of this fair.",
    "A rally that i\u017f under way.",
    "The \u212aelvin talks went on the margins of this fair.",
    "\u0130n full view of the fair.",
]


def reference(text: str, phrases: list[str]) -> bool:
    return re.search(phrase_alternation(phrases), text, re.IGNORECASE) is not None


@pytest.mark.parametrize("text", TEXTS)
def test_the_phrase_test_finds_what_the_pattern_finds(text):
    found = has_phrase(text, _phrases_for_test(PHRASES))
    if any(c in text for c in _FOLDS_TO_ASCII):
        assert found  # not read
    else:
        assert found is reference(text, PHRASES)
    if reference(text, PHRASES):
        assert found  # what the gate must never miss


def test_a_text_with_a_letter_folding_to_ascii_is_not_refused():
    # "ſ" is an "s" to a case-ignoring pattern, and stays "ſ" lowercased
    assert reference("on the margin\u017f of this", PHRASES)
    assert has_phrase("on the margin\u017f of this", _phrases_for_test(PHRASES))


def test_the_phrase_test_refuses_where_no_phrase_is():
    assert not has_phrase("The talks went on the margin of this fair.", _phrases_for_test(PHRASES))
    assert not has_phrase("which was being held", _phrases_for_test(PHRASES))


@pytest.mark.parametrize(
    "phrases, readable",
    [(["on the margins of this"], True), (["today’s show"], True), (["caf\u00e9 show"], False)],
)
def test_a_phrase_of_cased_letters_beyond_ascii_is_not_read_so(phrases, readable):
    assert (_phrases_for_test(phrases) is not None) is readable


def test_the_characters_that_fold_to_ascii_are_all_listed():
    # every character beyond ASCII that a case-ignoring pattern matches with an ASCII letter,
    # or whose lowercase holds one; and white space is the same to `\s`, `str.split` and lower
    letter = re.compile("[a-z]", re.IGNORECASE)
    space = re.compile(r"\s")
    folds = set()
    for i in range(128, 0x110000):
        c = chr(i)
        if letter.match(c) or any(ch in string.ascii_letters for ch in c.lower()):
            folds.add(c)
        assert bool(space.match(c)) is c.isspace()
        assert any(ch.isspace() for ch in c.lower()) is c.isspace()
    assert folds == set(_FOLDS_TO_ASCII)


def hits_in_full(text: str, ruleset=RULES) -> tuple[tuple[int, str], ...]:
    """The scan as it was before round lead64."""
    cues, against = _demonstrative_doc_day(ruleset)
    found = []
    if not may_match(cues, text):
        return ()
    for m in cues.finditer(text):
        lo = max(text.rfind(stop, 0, m.start()) for stop in (".", "!", "?", "\n")) + 1
        ends = [i for i in (text.find(stop, m.end()) for stop in (".", "!", "?", "\n")) if i >= 0]
        if not against.search(text[lo : min(ends, default=len(text))]):
            found.append((m.start(), (m.group(1) or m.group(2)).lower()))
    return tuple(found)


SCANS = [
    "Ministers met on the sidelines of this Lake Summit in Pinetown.",
    "Ministers met On The Sidelines\nof this summit.",
    "Ministers met on the sidelines of today's forum. Last year they met too.",
    "Ministers met on the sidelines of the summit, which is being held now.",
    "Visit this exhibition, which is being held in Pinetown.",
    "Visit this lake exhibition which is now taking place downtown.",
    "Visit this fine new exhibition, which is under  way.",
    "Visit this exhibition which was held in Pinetown last year.",
    "Visit this exhibition, which is\u00a0in progress.",
    "Ministers met on the \u017fidelines of this summit.",
    "The summit is being held in a session taking place under the forum.",
]


@pytest.mark.parametrize("text", SCANS)
def test_the_scan_finds_what_the_scan_in_full_finds(text):
    assert _demonstrative_hits(RULES)(text) == hits_in_full(text)


def test_the_scan_is_gated_by_the_phrases_of_the_rules():
    phrases = event_page_dates._demonstrative_phrases(RULES)
    assert phrases is not None
    assert not has_phrase(SCANS[-1], phrases)  # may_match lets it through; the phrases do not
    assert may_match(_demonstrative_doc_day(RULES)[0], SCANS[-1])


# review65: phrases of a rule set other than the shipped one, written with a character whose
# lowercase differs from what the case-ignoring pattern matches ("İ" lowercases to "i" and a
# combining dot; the pattern matches a plain "i" for it)
@pytest.mark.parametrize(
    "phrase, text",
    [
        ("\u0130n the margins", "They met in the margins of the fair."),
        ("on the marg\u0130ns", "They met ON THE MARGINS of the fair."),
        ("\u212aeen on", "They were keen on the fair."),
        ("On The Margins", "They met on the margins of the fair."),
    ],
)
def test_a_phrase_with_a_folding_capital_is_found_or_not_tested(phrase, text):
    assert reference(text, [phrase])
    phrases = _phrases_for_test([phrase])
    assert phrases is None or has_phrase(text, phrases)


def test_the_scan_of_a_rule_set_with_a_folding_capital_finds_what_the_scan_in_full_finds():
    data = RULES.get("events", required=("heads",))
    cues = {**data["demonstrative_doc_day_cues"], "cues": ["\u0130n the margins of this"]}
    ruleset = RULES.edited("events", demonstrative_doc_day_cues=cues)
    text = "Ministers met in the margins of this summit."
    assert hits_in_full(text, ruleset)
    assert _demonstrative_hits(ruleset)(text) == hits_in_full(text, ruleset)
