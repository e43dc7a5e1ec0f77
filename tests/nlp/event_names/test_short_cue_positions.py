"""The cue places of a short text (a page's title) read from its runs of word characters
(`short_cue_positions`, issue 12's speed clause, round ev63): the same places as one
`str.find` scan per cue word (`word_positions`), which longer texts keep."""

import json

import pytest

from pipeline.nlp.event_names import (
    SHORT_TEXT_CHARS,
    _run_cue_words,
    anniversary_cue_words,
    cue_positions,
    grammar,
    lowercase_ascii,
    short_cue_positions,
    word_positions,
)
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()

TITLES = [
    "Plenary session of the Lake Forum",
    "SUMMIT of the Pine Union; summit-2031 and the Forum/Congress",
    "Summits, forums and the 75th Anniversary of the Lake Treaty",
    "summitry, presummit, summit_x, G20summit, summité and summit2 are no summits",
    "The forum's guests at the forum’s gala on the centenary of the summit summit",
    "İstanbul Forum: the KELVIN summit and the ſummit",
    "Anniversary anniversary ANNIVERSARY-anniversary (anniversary) 'anniversary'",
    "",
    "summit",
    " forum ",
]


def _by_finds(text):
    lowered = lowercase_ascii(text)
    return (
        word_positions(lowered, grammar(RULES).head_first_words),
        word_positions(lowered, anniversary_cue_words(RULES)),
    )


@pytest.mark.parametrize("text", TITLES)
def test_word_runs_give_the_places_of_the_finds(text):
    heads, anniversaries = _run_cue_words(RULES)
    assert short_cue_positions(lowercase_ascii(text), heads, anniversaries) == _by_finds(text)
    assert cue_positions(RULES, text) == _by_finds(text)


@pytest.mark.parametrize("length", [SHORT_TEXT_CHARS - 1, SHORT_TEXT_CHARS, SHORT_TEXT_CHARS + 1])
def test_both_sides_of_the_length_limit_give_the_same_places(length):
    text = ("the summit and the forum marked an anniversary; " * 10)[:length]
    assert cue_positions(RULES, text) == _by_finds(text)
    assert cue_positions(RULES, text)[0]  # heads found on either side


def test_a_word_found_as_a_head_and_an_anniversary_word_is_in_both_lists():
    assert short_cue_positions(
        "a jubilee summit", frozenset({"jubilee", "summit"}), frozenset({"jubilee"})
    ) == ([2, 10], [2])


def test_cue_words_with_a_hyphen_are_read_by_the_finds():
    """An anniversary word that holds a hyphen is no run of word characters: the word runs
    would miss it, so the text is scanned word by word as a long one is."""
    words = json.loads(RULES.texts["events"])["anniversary_words"]
    rules = RULES.edited("events", anniversary_words=[*words, "half-centenary"])
    assert "half-centenary" in anniversary_cue_words(rules)
    assert _run_cue_words(rules) is None
    text = "The half-centenary of the summit and its centenary"
    lowered = lowercase_ascii(text)
    assert cue_positions(rules, text) == (
        word_positions(lowered, grammar(rules).head_first_words),
        word_positions(lowered, anniversary_cue_words(rules)),
    )
    assert cue_positions(rules, text)[1] == [4, 9, 41]  # word runs alone would miss 4
