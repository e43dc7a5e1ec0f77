"""Periods of money and percentage facts, issue 12 round du: a month or a day followed by "of
last year", "of this year", "of next year" ("of the previous / following / current year") ties
a figure to the year the words say; before the round the month (temporal.json's
`months_as_periods`) took the page's year. The sentences are invented."""

import pytest
from conftest import figure_period


def period(sentence, figure, date="2031-05-14"):
    return figure_period(sentence, figure, date)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Heron catches at Lakeland rose by 7 percent in April of last year.", 2030),
        ("Heron catches at Lakeland rose by 7 percent in April of the previous year.", 2030),
        ("Heron catches at Lakeland rose by 7 percent in November of last year.", 2030),
        ("Heron catches at Lakeland rose by 7 percent in November of this year.", 2031),
        ("Heron catches at Lakeland rose by 7 percent in November of the current year.", 2031),
        ("Heron catches at Lakeland will rise by 7 percent in April of next year.", 2032),
        ("Heron catches at Lakeland will rise by 7 percent in April of the following year.", 2032),
        ("Heron catches at Lakeland rose by 7 percent on April 2 of last year.", 2030),
        ("Heron catches at Lakeland will rise by 7 percent from April 2 of next year.", 2032),
        ("In April of last year, heron catches at Lakeland rose by 7 percent.", 2030),
    ],
)
def test_month_of_relative_year_ties_figure(sentence, expected):
    assert period(sentence, "7 percent") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # no "of ... year": as before
        ("Heron catches at Lakeland rose by 7 percent in April.", 2031),
        ("Heron catches at Lakeland rose by 7 percent in November.", 2030),
        ("Heron catches at Lakeland rose by 7 percent on April 2.", 2031),
        # the year word is another figure's
        ("In April, heron catches at Lakeland rose by 7 percent, and last year's rose by 3.", 2031),
    ],
)
def test_other_forms_unchanged(sentence, expected):
    assert period(sentence, "7 percent") == expected
