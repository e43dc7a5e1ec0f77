"""Events on short pages (issue 12, round cu): an election named by the body it fills where the
body is counted by an ordinal ('elections to the seventh Lake Duma') or named by a lowercase body
word and an 'of' tail ('elections to the first parliament of the Pine Republic'), which the
plain capitalised tail of `head_tail_prepositions` ('elections to the Lake Assembly') missed
(events.json's `head_tail_bodies`). Each case fires with the rule and not without it; the cases
that must not fire stay empty. The sentences are invented."""

import pytest
from conftest import found_event_names as _found
from conftest import page_event_dates as _dates

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT = RULES.edited("events", drop=["head_tail_bodies"])

FIRES = [
    (
        "Elections to the first parliament of the Pine Republic will be held in the spring.",
        "Elections to the first parliament of the Pine Republic",
    ),
    (
        "Observers praised the elections to the parliament of the Lake Republic as calm.",
        "elections to the parliament of the Lake Republic",
    ),
    (
        "The board went over the campaign and the elections to the seventh Lake Duma.",
        "elections to the seventh Lake Duma",
    ),
    (
        "Few expected a fair count in the election to the 3rd Hill Assembly, she wrote.",
        "election to the 3rd Hill Assembly",
    ),
    (
        "Floods put off an election to the lower house of the Lakeland Parliament.",
        "election to the lower house of the Lakeland Parliament",
    ),
]


@pytest.mark.parametrize("text, name", FIRES)
def test_an_election_named_by_a_counted_or_lowercase_body(text, name):
    assert _found(text) == [name]
    assert _found(text, WITHOUT) == []


@pytest.mark.parametrize(
    "text",
    [
        "The elections to the first round of the cup start on Monday.",  # a lowercase word
        "The elections to the parliament next year will be open to all.",  # no 'of' tail
        "They spoke about elections to the seventh grade council.",  # lowercase after the ordinal
        "The elections to a parliament of the Pine Republic were never held.",  # no 'the'
    ],
)
def test_no_election_named_by_an_unnamed_body(text):
    assert _found(text) == []


def test_the_plain_capitalised_tail_is_found_as_before():
    text = "They discussed the elections to the Lake Assembly at length."
    assert _found(text) == ["elections to the Lake Assembly"]
    assert _found(text, WITHOUT) == ["elections to the Lake Assembly"]


def test_a_decree_dates_the_election_it_announces():
    text = (
        "By the decree, elections to the first parliament of the Pine Republic under its new "
        "charter will be held on November 27, 2031."
    )
    assert _dates(text, "News", "2031-08-23") == {
        "elections to the first parliament of the Pine Republic": "2031-11-27"
    }
