"""A month after "this" and without a year (issue 12, round cd; temporal.json's
`months_as_periods.this_leads`): the document's year, whether the month comes before or after
the document's month. The sentences are invented."""

import pytest
from conftest import figure_period as period


@pytest.mark.parametrize(
    ("sentence", "figure", "date", "expected"),
    [
        # an earlier month, said later in the year
        ("This February our sales of tea rose by 12 percent.", "12 percent", "2021-03-20", 2021),
        ("The fund paid out 40 million rubles this January.", "40 million", "2021-11-02", 2021),
        # a later month, said early in the year: the coming one, with or without a future cue
        ("Tariffs go up by 4 percent this October.", "4 percent", "2021-02-08", 2021),
        (
            "The harbour opens this December, costing $90 million.",
            "$90 million",
            "2021-04-11",
            2021,
        ),
        ("This late May the plant hired 5 percent more staff.", "5 percent", "2021-06-30", 2021),
    ],
)
def test_this_month_is_the_documents_year(sentence, figure, date, expected):
    assert period(sentence, figure, date) == expected


@pytest.mark.parametrize(
    ("sentence", "figure", "date", "expected"),
    [
        # a bare later month without "this" stays last year's (round aw)
        ("Our sales of tea rose by 12 percent in October.", "12 percent", "2021-03-20", 2020),
        # "this" before a month with a year or a day is not read here
        ("This May 2019 the fund paid out 40 million rubles.", "40 million", "2021-03-20", 2019),
        # "this" before another word is no month
        ("This year tariffs go up by 4 percent.", "4 percent", "2021-02-08", 2021),
        ("This agreement cut costs by 3 percent.", "3 percent", "2021-02-08", None),
    ],
)
def test_other_months_and_this_are_unchanged(sentence, figure, date, expected):
    assert period(sentence, figure, date) == expected
