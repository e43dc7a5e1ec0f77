"""Summits listed by who holds them before one plural head (issue 12, round ek): events.json's
`shared_head_lists` gives each member of "the Lake and Pine summits in Pinetown" a name of its
own ("Lake", "Pine summits in Pinetown"), where the finder gave the list one name. Each case
changes without the key, and the rows where it must not fire stay as they were. The sentences
are invented (docs/accuracy.md, issue 12 round ek)."""

import pytest
from conftest import found_event_names as _found
from conftest import page_event_names

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT = RULES.edited("events", shared_head_lists={})

SPLIT = [
    (
        "The leaders agreed to meet again at the LCU and PTO summits in Pinetown.",
        ["LCU", "PTO summits in Pinetown"],
    ),
    (
        "Pinetown would like to host PTO and LCU summits in 2031.",
        ["PTO", "LCU summits"],
    ),
    (
        "They spoke after the Lake Union and Pine Treaty Organisation summits.",
        ["Lake Union", "Pine Treaty Organisation summits"],
    ),
    (
        "He outlined the agenda of the upcoming L30 and L9 Summits in Lakeland.",
        ["L30", "L9 Summits in Lakeland"],
    ),
]


@pytest.mark.parametrize("text, names", SPLIT)
def test_each_listed_holder_names_a_summit(text, names):
    assert _found(text) == names
    assert _found(text, WITHOUT) != names


NOT_SPLIT = [
    # one holder: nothing to split
    ("They met at the PTO summits in Pinetown.", ["PTO summits in Pinetown"]),
    # a singular head names one gathering of two holders
    ("They met at the Lake-Pine summit in Pinetown.", ["Lake-Pine summit in Pinetown"]),
    # a plural head this rule does not take
    ("He praised the Lake and Pine forums.", None),
    # a lowercase member: not a holder's name
    ("He recalled the bilateral and PTO summits.", None),
]


@pytest.mark.parametrize("text, names", NOT_SPLIT)
def test_no_split_without_a_list_of_holders(text, names):
    assert _found(text) == _found(text, WITHOUT)
    if names is not None:
        assert _found(text) == names


def test_the_split_summits_are_two_events_on_a_page():
    text = (
        "The Premier said he would attend the LCU and PTO summits in Pinetown in June."
        "\n\nThe LCU summit will be the first in Pinetown."
    )
    assert page_event_names(text, title="Telephone conversation") == [
        "LCU",
        "PTO summits in Pinetown",
    ]


def test_a_listed_summit_of_the_title_is_the_page_own():
    text = "The leaders met in Pinetown.\n\nAs part of the LCU and PTO summits, they held talks."
    assert page_event_names(text, title="Statement following LCU and PTO summits") == []
