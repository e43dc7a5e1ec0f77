"""Meetings and gatherings of named bodies (issue 12, round bi): a meeting counted by a spelled
ordinal before its capitalised name ("the eighth International Meeting on Lakeland", the
ordinal looked for from the nearest word back), and a capitalised "Convention" or "Assembly"
counted by an ordinal and named by an "of" tail (events.json's `ordinal_gatherings`). Each case
changes without the rule, and the rows where it must not fire stay as they were. The sentences
are invented (docs/accuracy.md, issue 12 round bi)."""

import pytest
from conftest import found_event_names as _found
from conftest import page_event_names

from pipeline.nlp import build_pipeline
from pipeline.nlp.prefilter import is_candidate, triggers
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT = RULES.edited("events", ordinal_gatherings={})

# -- a meeting counted by a spelled ordinal before its capitalised name -------------------------

ORDINAL_BEFORE_NAME = [
    (
        "They agreed in Pinetown at the sixth International Meeting on Lakeland in May.",
        "sixth International Meeting on Lakeland",
    ),
    (
        "The details will be settled at the eighth International Meeting on Lakeland.",
        "eighth International Meeting on Lakeland",
    ),
    (
        "He recalled the twenty-second Lake Economic Meeting of the river states.",
        "twenty-second Lake Economic Meeting",
    ),
    ("They met at the seventh Lake Economic Meeting.", "seventh Lake Economic Meeting"),
]


@pytest.mark.parametrize("text, name", ORDINAL_BEFORE_NAME)
def test_a_spelled_ordinal_before_a_capitalised_meeting_counts_it(text, name):
    assert name in _found(text)


NO_ORDINAL_BEFORE_NAME = [
    "This is the first meeting of the Lake Council after the rotation.",  # "first": as before
    "Our group now opens the first meeting of the Pine Commission this year.",
    "They met at the International Meeting on Lakeland.",  # no ordinal: as before
    "This is our second meeting with the new members.",  # no name
]


@pytest.mark.parametrize("text", NO_ORDINAL_BEFORE_NAME)
def test_no_meeting_without_a_counting_ordinal(text):
    assert not any("meeting" in n.lower() for n in _found(text))


def test_digit_ordinals_and_lowercase_words_between_stay_as_before():
    text = "He attended the 15th regular Lakeland-Pineland meeting of Heads of Government."
    assert _found(text) == ["15th regular Lakeland-Pineland meeting of Heads of Government"]
    text = "He attended the fifteenth regular Lakeland-Pineland meeting of Heads of Government."
    assert _found(text) == ["fifteenth regular Lakeland-Pineland meeting of Heads of Government"]


# -- a capitalised "Convention" or "Assembly" counted and named by its tail -----------------------

GATHERINGS = [
    (
        "He sent greetings to the 6th Convention of the Lake Society of Inventors.",
        "6th Convention of the Lake Society of Inventors",
    ),
    (
        "Delegates came to the Fourth National Convention of the Pine Youth League.",
        "Fourth National Convention of the Pine Youth League",
    ),
    (
        "The 140th Assembly of the Lake Parliamentary Union was held in Pinetown.",
        "140th Assembly of the Lake Parliamentary Union",
    ),
    (
        "It was the twenty-first Assembly of the River Union on May 5.",
        "twenty-first Assembly of the River Union",
    ),
]


@pytest.mark.parametrize("text, name", GATHERINGS)
def test_a_counted_convention_or_assembly_of_a_body(text, name):
    assert name in _found(text)
    assert name not in _found(text, WITHOUT)


NOT_GATHERINGS = [
    "He spoke about the Fourth Pine Convention.",  # no tail: a treaty
    "The Convention of the Lake Union was signed in 2030.",  # no count: a treaty
    "He spoke at the National Convention of the Lake Youth.",  # no count
    "He met the 7th National Assembly of Lakeland.",  # a parliament's convocation
    "He signed the Fourth Lake Convention of the Pine Union.",  # another word between
    "The 1986 Convention of the Lake States is in force.",  # a year, no ordinal
    "The Legislative Assembly of the Pine Region met.",  # no count
]


@pytest.mark.parametrize("text", NOT_GATHERINGS)
def test_no_gathering_without_count_and_tail(text):
    assert _found(text) == _found(text, WITHOUT)


def test_the_prefilter_keeps_a_paragraph_with_a_counted_convention():
    found = triggers(build_pipeline())
    assert is_candidate("Greetings to the 6th Convention of the Lake Society of Inventors.", found)
    assert not is_candidate("The Convention was signed.", found)


def test_a_counted_convention_on_a_page():
    text = (
        "The President sent greetings to the 6th Convention of the Lake Society of Inventors."
        "\n\nThe message reads, in part: we wish you success."
    )
    assert page_event_names(text, title="Message of greeting") == [
        "6th Convention of the Lake Society of Inventors"
    ]
