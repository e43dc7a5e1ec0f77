"""Events on the blind short pages (issue 12, round cf): a meeting named by a format,
events.json's `format_named_meetings` ("the Lakeland format meeting", "a Pine format
meeting": the meeting of the parties of a named negotiating format). Each case changes
without the rule, and the rows where it must not fire stay as they were. The sentences are
invented (docs/accuracy.md, issue 12 round cf)."""

import pytest
from conftest import found_event_names as _found
from conftest import page_event_names

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT = RULES.edited("events", format_named_meetings={})

NAMED = [
    ("The envoys prepared the Lakeland format meeting in the autumn.", "Lakeland format meeting"),
    ("A Pine Format meeting could take place before winter.", "Pine Format meeting"),
    ("They spoke about the next Lakeland format meeting at length.", "Lakeland format meeting"),
    ("We are holding a LPU format meeting on Friday.", "LPU format meeting"),
]


@pytest.mark.parametrize("text, name", NAMED)
def test_a_meeting_named_by_its_format(text, name):
    assert name in _found(text)
    assert name not in _found(text, WITHOUT)


UNNAMED = [
    "Our Lakeland format meetings went well.",  # plural: several, unnamed
    "This Lakeland format meeting was useful.",  # "this": the page's own, as a rule
    "The Lakeland format meeting room was empty.",  # a place, not an event
    "They agreed on the new format of the meeting.",  # no format named
    "He chaired the short format meeting.",  # no capitalised name before "format"
    "The Lakeland style meeting was calm.",  # not a format word
    "Lakeland format meeting notes were sent.",  # no determiner
]


@pytest.mark.parametrize("text", UNNAMED)
def test_no_meeting_without_a_named_format(text):
    assert _found(text) == _found(text, WITHOUT)
    assert not any(n.endswith("format meeting") for n in _found(text))


def test_a_later_mention_of_the_format_s_summit_is_not_another_event():
    text = (
        "The Lakeland format summit opened in Pinetown on Monday.\n\n"
        "The envoy said after the Lakeland format meeting that the border is calm."
    )
    assert page_event_names(text, title="Answers to questions") == ["Lakeland format summit"]
