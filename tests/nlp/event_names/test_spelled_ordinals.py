"""Events counted by a spelled ordinal or with "annual" after the count (issue 12, round br):
"the eighth inter-regional forum" is counted as "the 8th inter-regional forum" is, and "the
eighth annual Lake Exchange Forum", "the 19th annual summit" keep "annual" inside the count.
Each case changes without its rule, and the rows where it must not fire stay as they were. The
sentences are invented (docs/accuracy.md, issue 12 round br)."""

import pytest
from conftest import found_event_names as _found
from conftest import page_event_names

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT_SPELLED = RULES.edited("events", lowercase_ordinal_names={})
WITHOUT_ANNUAL = RULES.edited("events", ordinal_frequency_words=[])

SPELLED = [
    (
        "The eighth inter-regional forum met in Pinetown last spring with your team.",
        "eighth inter-regional forum",
    ),
    (
        "We hope for much from the ninth interregional forum in Lakeville next year.",
        "ninth interregional forum",
    ),
    (
        "Scholars gathered for the fifth regional conference on river fish.",
        "fifth regional conference",
    ),
    ("Pupils came to the eleventh youth festival by the lake.", "eleventh youth festival"),
    (
        "Delegates of the twenty-first party congress voted on Monday.",
        "twenty-first party congress",
    ),
    ("He thanked them for the second forum of Lake regions.", "second forum of Lake"),
    (
        "The fourth Forum of Pine and Lake Regions will open on Friday.",
        "fourth Forum of Pine and Lake Regions",
    ),
    (
        "She will attend the second Lake Basin Energy Forum in May.",
        "second Lake Basin Energy Forum",
    ),
]


@pytest.mark.parametrize("text, name", SPELLED)
def test_a_spelled_ordinal_counts_a_gathering(text, name):
    assert name in _found(text)
    assert name not in _found(text, WITHOUT_SPELLED)


NOT_SPELLED = [
    "This is the ninth forum, and in a year it turns ten.",  # the page's own, nothing else named
    "The fifth forum is under way in the old town hall.",  # the same, bare
    "It was to be followed later by a second conference on the peace plan.",  # "a second": another
    "The leaders then held a second summit in Pinetown.",  # another one, not a count
    "The first youth forum was a success.",  # "first": the earliest one, not a count
    "Voters went to a second referendum within a year.",  # another round, no name
    "Lakeland lost the second war with its neighbour.",  # not a gathering head
    "The second session of the council opened.",  # "session" is capitalised-only
    "We will meet on the second day of the forum.",  # the ordinal is the day's
    "They visited the third exhibition hall.",  # a place after the head
]


@pytest.mark.parametrize("text", NOT_SPELLED)
def test_spelled_ordinal_rule_does_not_fire(text):
    assert _found(text) == _found(text, WITHOUT_SPELLED)


def test_a_second_before_a_name_names_the_name_alone():
    text = "He will attend a second Lake Forum in June."
    assert _found(text) == ["Lake Forum"] == _found(text, WITHOUT_SPELLED)


ANNUAL = [
    (
        "The eighth annual Lake Exchange Forum runs from April 5 to 7.",
        "eighth annual Lake Exchange Forum",
    ),
    ("I am glad to host the 19th annual summit meeting of our two nations.", "19th annual summit"),
    ("He spoke at the 14th annual Pine conference on Tuesday.", "14th annual Pine conference"),
]


@pytest.mark.parametrize("text, name", ANNUAL)
def test_annual_stays_inside_a_count(text, name):
    assert name in _found(text)
    assert name not in _found(text, WITHOUT_ANNUAL)


NOT_ANNUAL = [
    "The annual summit was held in Pinetown.",  # no count
    "Our annual Lake Forum draws many guests.",  # no count: the name alone
    "The twelfth annual forum is under way.",  # the page's own, bare
    "Every year the annual Lake Fair opens in May.",  # no count
]


@pytest.mark.parametrize("text", NOT_ANNUAL)
def test_annual_rule_does_not_fire(text):
    assert _found(text) == _found(text, WITHOUT_ANNUAL)


def test_annual_names_the_same_event_as_its_plain_count():
    # two mentions, one event: "annual" tells no event apart in the key the mentions are
    # grouped by
    text = (
        "Guests came to the 14th Pine Club conference.\n\n"
        "They met again during the 14th annual Pine conference."
    )
    assert "14th annual Pine conference" in _found(text)
    assert page_event_names(text) == ["14th Pine Club conference"]


def test_annual_head_alone_does_not_take_a_later_summit():
    # the key of "the 19th annual summit" keeps "annual": "the Lake Business Summit" later
    # is another event
    text = (
        "We welcome you to the 19th annual summit meeting of our two nations.\n\n"
        "Tomorrow we take part in the Lake Business Summit."
    )
    assert page_event_names(text) == ["19th annual summit", "Lake Business Summit"]
