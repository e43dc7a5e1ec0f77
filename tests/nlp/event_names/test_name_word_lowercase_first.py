"""`is_name_word` refuses a word that is neither capitalised nor starts with a digit before its
pattern tests (round ev65, issue 12's speed clause): those tests only refuse, and an ordinal in
digits starts with a digit. The answers equal those of the tests in their former order (kept
here), over words of every shape."""

import re

import pytest

from pipeline.nlp.event_names import grammar, is_name_word
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
STOP = grammar(RULES).name_stop

_YEAR = re.compile(r"(?:19|20)\d{2}")
_TIMES = re.compile(r"[\w]+-times?", re.IGNORECASE)
_ORDINAL_DIGITS = re.compile(r"\d+(?:st|nd|rd|th)")
_HYPHEN_ADJECTIVE = re.compile(r"[\w’'.&-]+-[a-z]+ed")


def _former(word: str, stop: frozenset[str]) -> bool:
    """`is_name_word` before round ev65."""
    if word in stop:
        return False
    if word.isdigit() and not _YEAR.fullmatch(word):
        return False
    if _TIMES.fullmatch(word):
        return False
    if _HYPHEN_ADJECTIVE.fullmatch(word):
        return False
    if word[0].isupper() or word[0].isdigit():
        return True
    return bool(_ORDINAL_DIGITS.fullmatch(word))


WORDS = [
    "Lake",
    "lake",
    "LAKE",
    "the",
    "The",
    "of",
    "and",
    "And",
    "2031",
    "1999",
    "31",
    "3",
    "2031s",
    "16th",
    "1st",
    "22nd",
    "3rd",
    "16th-century",
    "16-time",
    "three-time",
    "Three-Times",
    "UN-supervised",
    "un-supervised",
    "Lake-based",
    "ǅemal",
    "ǆemal",
    "Émile",
    "émile",
    "İzmir",
    "ß",
    "²nd",
    "²",
    "٣rd",
    "٣",
    "Ⅻ",
    "ⅻ",
    "_lake",
    "_Lake",
    "’s",
    "'Lake",
    "-Lake",
    ".Lake",
    "&Co",
    "x",
    "X",
    "eighth",
    "Eighth",
]


@pytest.mark.parametrize("word", WORDS)
@pytest.mark.parametrize("stop", [STOP, frozenset({"Lake", "16th", "the", "2031"})])
def test_the_lowercase_refusal_first_gives_the_former_answers(word, stop):
    assert is_name_word(word, stop) == _former(word, stop)


def test_the_words_meet_every_answer():
    answers = {_former(w, STOP) for w in WORDS}
    assert answers == {True, False}
    # refused by the new first test, and by each of the former tests in turn
    assert not is_name_word("16-time", STOP) and not is_name_word("UN-supervised", STOP)
    assert is_name_word("16th", STOP) and not is_name_word("lake", STOP)


def test_an_empty_word_raises_as_before():
    with pytest.raises(IndexError):
        _former("", frozenset())
    with pytest.raises(IndexError):
        is_name_word("", frozenset())


def test_every_first_character_gives_the_former_answer():
    """review66: each code point as a word's first character, alone, before an ordinal's
    ending, before a digit and an ordinal's ending: title-case letters, digits of every script,
    quotes and apostrophes, marks."""
    stop = frozenset({"The"})
    differ = [
        word
        for code in range(0x110000)
        for word in (chr(code), chr(code) + "th", chr(code) + "1st")
        if is_name_word(word, stop) != _former(word, stop)
    ]
    assert differ == []
