"""Periods of money and percentage facts, issue 12 round ds: a range of days or months whose
year is written after its last day or month ("from March 3 to 9, 1951", "on March 3–9, 1951",
"from March 29 to April 2, 1951", "in March–May 1951") ties a figure to that year; before
the round its first day or month, read without a year (temporal.json's `months_as_periods`),
took the page's year. A range with no year keeps the page's year as before. The sentences are
invented."""

import pytest
from conftest import figure_period


def period(sentence, figure, date="2031-05-14"):
    return figure_period(sentence, figure, date)


@pytest.mark.parametrize(
    "sentence",
    [
        "Heron catches at Lakeland rose by 7 percent on March 3–9, 2027.",
        "Heron catches at Lakeland rose by 7 percent on March 3-9, 2027.",
        "Heron catches at Lakeland rose by 7 percent from March 3 to 9, 2027.",
        "Heron catches at Lakeland rose by 7 percent from March 3rd through 9th, 2027.",
        "Heron catches at Lakeland rose by 7 percent from March 29 to April 2, 2027.",
        "Heron catches at Lakeland rose by 7 percent from 29 March to 2 April 2027.",
        "Heron catches at Lakeland rose by 7 percent from March to May 2027.",
        "Heron catches at Lakeland rose by 7 percent in March through May 2027.",
        "Heron catches at Lakeland rose by 7 percent in March and April 2027.",
        # a dash between the months: the first month alone was read before the round
        "Heron catches at Lakeland rose by 7 percent in March–May 2027.",
    ],
)
def test_range_with_year_ties_figure_to_that_year(sentence):
    assert period(sentence, "7 percent") == 2027


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # already read before the round
        ("Heron catches at Lakeland rose by 7 percent on March 3, 2027.", 2027),
        ("From March 3 to 9, 2027, heron catches at Lakeland rose by 7 percent.", 2027),
        # no year: the page's, or the year before for a later month, as before
        ("Heron catches at Lakeland rose by 7 percent from March 3 to 9.", 2031),
        ("Heron catches at Lakeland rose by 7 percent from March to April.", 2031),
        ("Heron catches at Lakeland rose by 7 percent from November 3 to 9.", 2030),
        ("Heron catches at Lakeland rose by 7 percent from December 28 to January 3.", 2030),
    ],
)
def test_other_forms_unchanged(sentence, expected):
    assert period(sentence, "7 percent") == expected
