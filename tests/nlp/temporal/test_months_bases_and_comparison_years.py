"""Periods of percentage and money facts (issue 12, round aw): a bare month after "would" is
ahead of the document; "X percent of the figure for YEAR" is a base; a rise measured against a
year said before the figure ("Compared to 2010, ...") is tied to that year."""

import pytest

from pipeline.nlp.rules import installed_rules
from pipeline.nlp.temporal import period_for

RULES = installed_rules()


def period(sentence, figure, date="2019-05-14", change=None):
    start = sentence.index(figure)
    year, month = int(date[:4]), int(date[5:7])
    return period_for(RULES, sentence, start, start + len(figure), year, month, change=change)


@pytest.mark.parametrize(
    ("sentence", "figure", "date", "expected"),
    [
        # "would" speaks of the future as "will" does: a later month is this year's
        (
            "He said the ministry would grant 40 million rubles in July.",
            "40 million",
            "2019-02-10",
            2019,
        ),
        (
            "The bank would lend $30 million in October, they agreed.",
            "$30 million",
            "2019-03-01",
            2019,
        ),
        # without a future cue a later month is still last year's
        ("The ministry granted 40 million rubles in July.", "40 million", "2019-02-10", 2018),
        # an earlier month is this year's either way
        ("It would grant 40 million rubles in January.", "40 million", "2019-02-10", 2019),
    ],
)
def test_a_month_after_would_is_ahead(sentence, figure, date, expected):
    assert period(sentence, figure, date) == expected


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # the year of the figure a level is measured against is a base, not its period
        ("Farm output came to 98.1 percent of the figure for 2016.", "98.1 percent", None),
        ("Retail sales stood at 101 percent of the figures for last year.", "101 percent", None),
        # a year of its own still counts
        ("In 2017 output was 97 percent of the figure for 2016.", "97 percent", 2017),
    ],
)
def test_percent_of_the_figure_for_a_year_is_a_base(sentence, figure, expected):
    assert period(sentence, figure) == expected


@pytest.mark.parametrize(
    ("sentence", "figure", "change", "expected"),
    [
        # the comparison opens the sentence or the clause
        (
            "Compared to 2010, exports of grain have grown by 40 percent.",
            "40 percent",
            "increase",
            2010,
        ),
        ("Compared with last year, bus fares fell by 6 percent.", "6 percent", "decrease", 2018),
        (
            "So, as compared to 2015, the number of clinics rose 12 percent.",
            "12 percent",
            "increase",
            2015,
        ),
        (
            "Output improved: compared to 2014, steel output increased by 9 percent.",
            "9 percent",
            "increase",
            2014,
        ),
        # a level is not measured: no period
        ("Compared to 2010, the share of exports is 30 percent.", "30 percent", None, None),
        # a year of its own wins
        ("Compared to 2015, sales rose 7 percent in 2018.", "7 percent", "increase", 2018),
        # the comparison in brackets holding another figure is that figure's
        (
            "Ports: Vyborg (10 percent higher compared to last year) and Kola (up 4 percent).",
            "4 percent",
            "increase",
            None,
        ),
        # another figure's year after the marker
        ("Compared to last year's 5 billion, sales grew 3 percent.", "3 percent", "increase", None),
    ],
)
def test_a_comparison_before_the_figure_ties_a_change(sentence, figure, change, expected):
    assert period(sentence, figure, change=change) == expected


@pytest.mark.parametrize(
    ("sentence", "figure", "date", "expected"),
    [
        # a month with a day but no year is resolved as a bare month
        ("As of March 1, the reserves stood at $410 billion.", "$410 billion", "2019-03-20", 2019),
        ("Fares went up 4 percent from 1 February.", "4 percent", "2019-03-20", 2019),
        # a later month, far ahead and without a future cue: last year's
        ("As of December 1, the debt came to 2 trillion rubles.", "2 trillion", "2019-02-10", 2018),
        # a later month near ahead: the coming one
        ("The minimum wage, which is 9,000 rubles, rises on June 1.", "9,000", "2019-02-10", 2019),
        # an ahead lead: a term or a start
        ("Loans are issued at 7 percent until December 31.", "7 percent", "2019-03-20", 2019),
        ("We decided to pay, from November 1, an extra 3,000 rubles.", "3,000", "2019-03-20", 2019),
        # a range from a later month is in the past
        ("From November 1 to December 15, sales grew 9 percent.", "9 percent", "2019-03-20", 2018),
        # a year after the day is its own; "of" dates a document, not a figure
        ("On May 9, 2015 it was 5 percent.", "5 percent", "2019-03-20", 2015),
        ("The decree of May 7 set a goal of 5 percent.", "5 percent", "2019-03-20", None),
        # "would like" speaks of no future: a later bare month stays last year's
        (
            "I would like to note that exports grew 8 percent in November.",
            "8 percent",
            "2019-03-20",
            2018,
        ),
    ],
)
def test_a_month_with_a_day_ties_a_figure_to_a_year(sentence, figure, date, expected):
    assert period(sentence, figure, date) == expected
