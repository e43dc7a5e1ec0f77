"""A year right after a rise or fall and "over"/"on" is the year it is measured on (issue 12,
round cr; temporal.json's `figure_base_after`): a year of the figure's own clause wins over it;
alone it is the period. The sentences are invented."""

import pytest

from pipeline.nlp.rules import installed_rules
from pipeline.nlp.temporal import period_for

RULES = installed_rules()


def period(sentence, figure, date="2019-05-14", change="increase"):
    start = sentence.index(figure)
    year, month = int(date[:4]), int(date[5:7])
    return period_for(RULES, sentence, start, start + len(figure), year, month, change=change)


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # the clause's own year wins over the base
        ("In 2018, Lakeland output grew by 6.1 percent over 2017.", "6.1 percent", 2018),
        ("Pine Valley exports in 2016 rose by 12 percent on 2015.", "12 percent", 2016),
        ("This year alone, ferry traffic is up 8 percent on 2018.", "8 percent", 2019),
        (
            "In 2018, 3 million guests came to Lakeland, a 9 percent increase over 2017.",
            "9 percent",
            2018,
        ),
        (
            "The Lakeland fund this year will reach 50 billion rubles, 10 percent up on last year.",
            "10 percent",
            2019,
        ),
    ],
)
def test_own_year_wins(sentence, figure, expected):
    assert period(sentence, figure) == expected


@pytest.mark.parametrize(
    ("sentence", "figure", "change", "expected"),
    [
        # the base alone is the period, as before
        ("The Lakeland index is up 4.2 percent on 2016.", "4.2 percent", "increase", 2016),
        ("Pine Valley sales grew by 3 percent over 2017.", "3 percent", "increase", 2017),
        # a year after the base is the next phrase's: the base stays the figure's period
        (
            "Pine trade grew 3 percent over 2017 and 20 percent over the spring of this year.",
            "3 percent",
            "increase",
            2017,
        ),
        (
            "Lakeland sales rose 5 percent on last year, and in April this year they doubled.",
            "5 percent",
            "increase",
            2018,
        ),
        # no change: the rule is not read, and a year joined by "over" stays the figure's
        ("In 2018 the Lakeland share was 30 percent over 2017.", "30 percent", None, 2017),
    ],
)
def test_base_alone(sentence, figure, change, expected):
    assert period(sentence, figure, change=change) == expected
