"""Events on short pages (issue 12, round bq): a lowercase championship, cup or tournament named
by its sport and level ("an inter-regional junior lake hockey championship", "the world
wrestling cup"), and a lowercase meeting named by a body and who meets ("an informal meeting of
PCU leaders", written as a summit). Each case changes without its rule, and the rows where it
must not fire stay as they were. The sentences are invented (docs/accuracy.md, issue 12 round
bq)."""

import pytest
from conftest import found_event_names as _found

from pipeline.nlp.event_names import find_events
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT_SPORT = RULES.edited("events", sport_named_heads={})
WITHOUT_LEADERS = RULES.edited("events", leaders_named_meetings={})

SPORT = [
    (
        "On Friday the Governor opened an inter-regional junior bandy championship.",
        "inter-regional junior bandy championship",
    ),
    (
        "She became the winner of 2031 track cycling world championship in Pinetown.",
        "2031 track cycling world championship",
    ),
    ("Our team took gold at the world wrestling cup last week.", "world wrestling cup"),
    (
        "The minister visited the national speed skating championship in Lakeville.",
        "national speed skating championship",
    ),
    ("Pupils from Pineland joined a youth chess tournament.", "youth chess tournament"),
    (
        "Children came to a regional junior judo tournament in Hillside.",
        "regional junior judo tournament",
    ),
]


@pytest.mark.parametrize("text, name", SPORT)
def test_sport_and_level_name_a_championship(text, name):
    assert name in _found(text)
    assert name not in _found(text, WITHOUT_SPORT)


NOT_SPORT = [
    "The boys won a hockey championship in Lakeville.",  # a sport alone
    "He spoke of the world championship with the coach.",  # a level alone
    "The club won a good football championship.",  # another word among them
    "The club played in a football cup and then went home.",  # a sport alone again
    "The Lakovich world hockey cup was sold.",  # a lowercase word glued to a name
    "Both teams trained in world hockey championship conditions.",  # no determiner
]


@pytest.mark.parametrize("text", NOT_SPORT)
def test_sport_rule_does_not_fire(text):
    assert _found(text) == _found(text, WITHOUT_SPORT)


LEADERS = [
    (
        "The Premier will take part in an informal meeting of PCU heads of state on May 5.",
        "informal meeting of PCU heads of state",
    ),
    (
        "An informal meeting of Commonwealth of Lake States leaders will be held in Pinetown.",
        "informal meeting of Commonwealth of Lake States leaders",
    ),
    (
        "They spoke about the coming meeting of LPEC leaders in Hilltown.",
        "meeting of LPEC leaders",
    ),
]


@pytest.mark.parametrize("text, name", LEADERS)
def test_leaders_name_a_meeting(text, name):
    assert name in _found(text)
    assert name not in _found(text, WITHOUT_LEADERS)


def test_leaders_meeting_is_a_summit():
    text = "An informal meeting of PCU leaders was held in Pinetown."
    kinds = {f["name"]: f["kind"] for f in find_events(RULES, text)}
    assert kinds.get("informal meeting of PCU leaders") in ("meeting", "summit")


NOT_LEADERS = [
    "He recalled a meeting of Lakeland and Pineland leaders.",  # peoples, no body
    "They held a meeting of PCU heads of government.",  # not who the rule names
    "She chaired a meeting of PCU experts.",  # experts, not leaders
    "We had a meeting of the Lake Union staff.",  # no leaders
]


@pytest.mark.parametrize("text", NOT_LEADERS)
def test_leaders_rule_does_not_fire(text):
    assert _found(text) == _found(text, WITHOUT_LEADERS)
