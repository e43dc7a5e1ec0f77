"""Events on short source pages (issue 12, round be): a meeting named by a body's initials,
events.json's `acronym_meetings` ("the LCO meeting", "the PLU leaders’ meeting", "the LPEC+
extraordinary ministerial meeting"). Each case changes without the rule, and the rows where it
must not fire stay as they were. The sentences are invented (docs/accuracy.md, issue 12 round
be)."""

import pytest
from conftest import found_event_names as _found
from conftest import page_event_dates, page_event_names

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT = RULES.edited("events", acronym_meetings={})

NAMED = [
    ("The ministers talked on the sidelines of the LCO meeting last week.", "LCO meeting"),
    ("The G30 meeting ended without a statement.", "G30 meeting"),
    ("He briefed the envoys on the PLU leaders’ meeting in the spring.", "PLU leaders’ meeting"),
    (
        "The price fell after the LPEC+ extraordinary ministerial meeting agreed on cuts.",
        "LPEC+ extraordinary ministerial meeting",
    ),
    ("She reported on the PLU foreign ministers’ meeting.", "PLU foreign ministers’ meeting"),
    ("They prepared for the upcoming LCO meeting in the capital city.", "LCO meeting"),
    ("He recalled what was said at the previous G30 meeting.", "G30 meeting"),
]


@pytest.mark.parametrize("text, name", NAMED)
def test_a_meeting_named_by_a_body_s_initials(text, name):
    assert name in _found(text)
    assert name not in _found(text, WITHOUT)


UNNAMED = [
    "We could hold an LCO meeting next year.",  # "an": one of many
    "A PLU leaders’ meeting is possible.",  # "a": one of many
    "This LCO meeting was useful.",  # "this": the page's own, as a rule
    "He spoke after the US meeting.",  # a country's initials, no body
    "He spoke at the LCO annual meeting.",  # a stopword between the initials and the head
    "He spoke at the LCO working meeting.",  # a working meeting: no gathering of the body
    "He took part in the Lakeland-LCO meeting.",  # initials inside a hyphenated word
    "The LCO meeting room was empty.",  # a place, not an event
    "The first LCO meeting was in spring.",  # one of a series
    "He spoke at the LCO big annual regular meeting.",  # more than two words in between
]


@pytest.mark.parametrize("text", UNNAMED)
def test_no_meeting_without_a_body_s_initials_after_the(text):
    assert _found(text) == _found(text, WITHOUT)
    assert not any(n.endswith("meeting") for n in _found(text))


def test_a_later_mention_of_the_body_s_summit_is_not_another_event():
    # "the LCO summit ... the LCO meeting": one summit, recorded once (`same_body_kinds`)
    text = (
        "The LCO summit opened in Pinetown on Monday.\n\n"
        "The envoy of Lakeland at the LCO meeting said that the border is calm."
    )
    assert page_event_names(text, title="Answers to questions") == ["LCO summit"]


def test_a_meeting_of_another_body_is_still_recorded():
    text = (
        "The LCO summit opened in Pinetown on Monday.\n\n"
        "The envoy recalled the PLU meeting that discussed the border."
    )
    assert page_event_names(text, title="Answers to questions") == ["LCO summit", "PLU meeting"]


def test_the_date_follows_the_date_rules():
    text = "In March 2030, I represented my region at the LCO meeting that discussed water."
    assert page_event_dates(text, title="Visit to Pineland", date="2031-04-15") == {
        "LCO meeting": "2030-03"
    }


@pytest.mark.parametrize("title", ["LCO meeting", "Meeting of LCO leaders"])
def test_the_page_s_own_meeting_stays_out(title):
    text = "The leaders spoke at the LCO meeting about trade.\n\nThey agreed on a water treaty."
    assert page_event_names(text, title=title) == []
    assert page_event_names(text, title="Visit to Pineland") == ["LCO meeting"]


# -- a lowercase head named by its "on" topic (`topic_named_heads`) ----------------------------

WITHOUT_TOPIC = RULES.edited("events", topic_named_heads={})

TOPIC_NAMED = [
    (
        "Lakeland proposed to hold an international conference on water security in 2031.",
        "international conference on water security",
    ),
    (
        "He took part in the international conference on Pineland in Lakeville.",
        "international conference on Pineland in Lakeville",
    ),
    (
        "They will attend a global summit on lake fisheries that will be held in July.",
        "global summit on lake fisheries",
    ),
    (
        "She spoke at the international forum on river shipping.",
        "international forum on river shipping",
    ),
]


@pytest.mark.parametrize("text, name", TOPIC_NAMED)
def test_a_head_named_by_its_topic(text, name):
    assert name in _found(text)
    assert name not in _found(text, WITHOUT_TOPIC)


NOT_TOPIC_NAMED = [
    "He spoke at a video conference on the budget.",  # not one of the modifiers
    "Putin took part in a conference on social security.",  # no modifier: generic
    "The international forum on May 5 was a success.",  # a date, not a topic
    "They met at an international conference on which much depends.",  # a relative
    "He spoke at the international forum on the sidelines of the summit.",  # where, no topic
    "The international conference was long.",  # no topic
]


@pytest.mark.parametrize("text", NOT_TOPIC_NAMED)
def test_no_topic_name_without_modifier_and_topic(text):
    assert _found(text) == _found(text, WITHOUT_TOPIC)


def test_the_page_s_own_conference_named_by_its_topic_stays_out():
    text = "The leaders took part in the international conference on Pineland in Lakeville."
    title = "International conference on Pineland"
    assert page_event_names(text, title=title) == []
    assert page_event_names(text, title="Visit to Lakeland") == [
        "international conference on Pineland in Lakeville"
    ]


def test_a_topic_named_conference_takes_its_year():
    text = (
        "The leaders backed a plan to hold an international conference on water security in 2032."
    )
    assert page_event_dates(text, title="Visit to Lakeland", date="2031-04-15") == {
        "international conference on water security": "2032"
    }
