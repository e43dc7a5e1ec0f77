"""Event names of issue 12, round u: words grading an occurrence are no part of its name
(`evaluative_modifier_words`), a tail completed by a lowercase noun (`tail_completing_nouns`),
a word in capitals naming a head (`brand_after_head`). Each rule has rows that fail without its
key and rows where it must not fire. The sentences are invented."""

import pytest

from pipeline import extract_facts
from pipeline.speech import Speech


def _names(text, date="2031-04-15"):
    speech = Speech(doc_id="t", source="<test>", paragraphs=[text], title="Visit", date=date)
    return [f["text"] for f in extract_facts(speech, types="event")]


def _check(text, with_rule, without, key, monkeypatch, component):
    assert with_rule in _names(text)
    monkeypatch.setattr(component, "rules", component.rules.edited("events", drop=[key]))
    assert without in _names(text)
    assert with_rule not in _names(text)


# (sentence, the name with the rule, the name without its key)
EVALUATIVE_CASES = [
    (
        "We later held a rather productive session of the Lake Cooperation Council.",
        "session of the Lake Cooperation Council",
        "rather productive session of the Lake Cooperation Council",
    ),
    (
        "It was a quite constructive session of the Pine Valley Council.",
        "session of the Pine Valley Council",
        "quite constructive session of the Pine Valley Council",
    ),
]


@pytest.mark.parametrize("text, with_rule, without", EVALUATIVE_CASES)
def test_words_grading_an_occurrence_are_no_part_of_its_name(
    text, with_rule, without, monkeypatch, events_component
):
    _check(text, with_rule, without, "evaluative_modifier_words", monkeypatch, events_component)


def test_a_grading_word_alone_is_no_event():
    assert _names("That is quite fair, he said.") == []


TAIL_CASES = [
    (
        "The President addressed the first session of the Lakeland parliament.",
        "session of the Lakeland parliament",
        "session of the Lakeland",
    ),
    (
        "He took part in the second working meeting of the G7 leaders on trade.",
        "second working meeting of the G7 leaders",
        "second working meeting of the G7",
    ),
    (
        "He arrived in Pinetown to attend a session of the LTO heads of state.",
        "session of the LTO heads of state",
        "session of the LTO",
    ),
]

# not fired: a possessive noun; a noun not in the list
TAIL_KEPT_CASES = [
    (
        "They met ahead of the session of the LTO member-states’ finance ministers.",
        "session of the LTO",
    ),
    ("The President addressed the session of the Lakeland delegates.", "session of the Lakeland"),
]


@pytest.mark.parametrize("text, with_rule, without", TAIL_CASES)
def test_a_tail_goes_on_with_a_completing_noun(
    text, with_rule, without, monkeypatch, events_component
):
    _check(text, with_rule, without, "tail_completing_nouns", monkeypatch, events_component)


@pytest.mark.parametrize("text, name", TAIL_KEPT_CASES)
def test_a_tail_stops_before_other_nouns(text, name):
    assert name in _names(text)


BRAND_CASES = [
    (
        "He sent greetings to the 5th International Forum LAKEEXPO 2031, taking place in Pinetown.",
        "5th International Forum LAKEEXPO 2031",
        "5th International Forum",
    ),
    (
        "The guests visited the International Aviation and Space Salon PINEMAX-2031 at Lakeside.",
        "International Aviation and Space Salon PINEMAX-2031",
        "International Aviation and Space Salon",
    ),
]

# not fired: a lowercase head; a word in capitals of two letters
BRAND_KEPT_CASES = [
    ("He spoke at the Pinetown Forum UN delegates attended.", "Pinetown Forum"),
]


@pytest.mark.parametrize("text, with_rule, without", BRAND_CASES)
def test_a_word_in_capitals_after_a_head_names_it(
    text, with_rule, without, monkeypatch, events_component
):
    # round bh's `gathering_titles` takes a one-word title after a head too: left out here
    rules = events_component.rules.edited("events", drop=["gathering_titles"])
    monkeypatch.setattr(events_component, "rules", rules)
    _check(text, with_rule, without, "brand_after_head", monkeypatch, events_component)


@pytest.mark.parametrize("text, name", BRAND_KEPT_CASES)
def test_short_capitals_after_a_head_are_not_its_name(text, name):
    assert name in _names(text)
