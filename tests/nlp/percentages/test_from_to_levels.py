"""'from X to Y percent' after a change, or descending: two levels, not a range (issue 12,
round da; percentages.json's `from_to_levels`). The sentences are invented.

- the unit written once, after Y: X is a percentage of its own ("76", its own words), Y another
  ("88 percent"), when 'from' stands right before X and either Y is below X ("eased from 6.5 to
  6.1 percent") or a rise or fall word stands at most a few words before 'from' ("climbed from 40
  to 55 percent");
- neither is the size of a rise or a fall: X is where the change started, Y where it ended;
- one range still where no change is said ("from 20 to 35 percent of the lakes"), where the rise
  word is what ranges ("showed growth from 2 to 9 percent", round ca), without 'from' ("rose 3 to
  4 percent"), or where the change word stands far before 'from'.
"""

import pytest
from conftest import percentage_change as change

from pipeline.nlp.quantities import scan
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()


def figures(sentence):
    return [
        (sentence[c.start : c.end], c.value, c.high, c.qualifier)
        for c in scan(RULES, sentence)
        if c.type == "percentage"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # descending: two levels whatever the words before
        (
            "The Lakeland bank revised its forecast downwards from 6.5 to 6.1 percent.",
            [("6.5", 6.5, None, "exact"), ("6.1 percent", 6.1, None, "exact")],
        ),
        (
            "We have halved the Pine Valley levy from 12 to 6 percent.",
            [("12", 12.0, None, "exact"), ("6 percent", 6.0, None, "exact")],
        ),
        (
            "The lowering of the barrier from nine to seven percent helped small parties.",
            [("nine", 9.0, None, "exact"), ("seven percent", 7.0, None, "exact")],
        ),
        (
            "The Lakeland duty was trimmed from about 30 to 25 percent.",
            [("about 30", 30.0, None, "approx"), ("25 percent", 25.0, None, "exact")],
        ),
        # ascending after a rise or fall word
        (
            "The share of paved roads in Lakeland climbed from 40 to 55 percent.",
            [("40", 40.0, None, "exact"), ("55 percent", 55.0, None, "exact")],
        ),
        (
            "They decided to raise the Pine Valley sales tax from 16 to 18 percent.",
            [("16", 16.0, None, "exact"), ("18 percent", 18.0, None, "exact")],
        ),
        (
            "Timber exports increased fourfold in ten years, from 11 to 44 percent of the total.",
            [("11", 11.0, None, "exact"), ("44 percent", 44.0, None, "exact")],
        ),
        # one range: no change said, the rise word ranges, no 'from', a change word far away
        (
            "Lakeland holds 30 percent of the salt and from 20 to 35 percent of the lakes.",
            [("30 percent", 30.0, None, "exact"), ("20 to 35 percent", 20.0, 35.0, "exact")],
        ),
        (
            "The Pine Valley farms showed growth from 2 to 9 percent.",
            [("2 to 9 percent", 2.0, 9.0, "exact")],
        ),
        (
            "The increase in grants went from 4 to 15 percent, by district.",
            [("4 to 15 percent", 4.0, 15.0, "exact")],
        ),
        ("Lakeland exports rose 3 to 4 percent.", [("3 to 4 percent", 3.0, 4.0, "exact")]),
        (
            "To keep this growth the lake towns of Pine Valley will each need from 5 to 8 percent.",
            [("5 to 8 percent", 5.0, 8.0, "exact")],
        ),
        (
            "Wages in Lakeland range from 10 to 12 percent above the average.",
            [("10 to 12 percent", 10.0, 12.0, "exact")],
        ),
    ],
)
def test_from_to_levels(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # neither level is a rise or a fall
        ("The Lakeland levy was cut in half, from 30 to 15 percent.", "30", None),
        ("The Lakeland levy was cut in half, from 30 to 15 percent.", "15 percent", None),
        ("The reduction of the Pine fee from eight to five percent helped.", "five percent", None),
        ("The share of clean rivers went up from 61 to 70 percent.", "70 percent", None),
        # still a rise: a range right after the rise word, or 'by'
        ("The Pine farms showed growth from 2 to 9 percent.", "2 to 9 percent", "increase"),
        ("Lakeland exports rose by 4 percent.", "4 percent", "increase"),
    ],
)
def test_from_to_levels_change(sentence, figure, expected):
    assert change(sentence, figure) == expected
