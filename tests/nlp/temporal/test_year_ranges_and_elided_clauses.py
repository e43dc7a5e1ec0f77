"""Issue 12, round bu: periods and changes of percentages and amounts, from a survey of pages
nobody tuned to (docs/accuracy.md, issue 12 round bu). The sentences are invented.

- a range or list of years ("from 2028 to 2031", "for 2030-2032", "in 2029 and 2030") ties a
  figure to no one year (temporal.json's `year_range_joiners`), unless the figure is an end of a
  change that runs over the range ("from 2020 to 2030 the share grew from 40 to 70 percent");
- a comparison's marker does not reach across a clause of its own ("relative to revenues and in
  2032 it will be 42 percent"; `comparison_ends`);
- a clause that leaves out its verb repeats the year of the clause before
  (`ellipsis_clause`);
- a figure after a comma and "to", "now standing at" once a change was said is a level
  (percentages.json's `level_leads_after_comma`), so is one after "from an average of"
  (`from_figure_leads`); "plus" right after a mark or "means" is a rise (`increase_right_before`).
"""

import pytest

from pipeline.nlp.percentages import classify_change
from pipeline.nlp.rules import installed_rules
from pipeline.nlp.temporal import period_for

RULES = installed_rules()


def period(sentence, figure, date="2031-05-14", change=None, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = sentence.index(figure, start + 1)
    return period_for(
        RULES, sentence, start, start + len(figure), int(date[:4]), int(date[5:7]), change=change
    )


def change(sentence, figure):
    start = sentence.index(figure)
    return classify_change(RULES, sentence, start, start + len(figure))


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # ranges and lists of years: no one year
        ("From 2021 to 2030, the harbour's output rose by about 6.2 percent.", "6.2 percent", None),
        ("The province will get 12 billion rubles for 2032–2034.", "12 billion rubles", None),
        ("In 2024-2029, the mills were granted 3 billion rubles.", "3 billion rubles", None),
        ("Between 2026 and 2029, ferry traffic grew by 40 percent.", "40 percent", None),
        ("The fleet earned 9 percent more in 2028 and 2029.", "9 percent", None),
        ("Grants of 2 million euros are paid in 2032, 2033 and 2034.", "2 million euros", None),
        ("Orchards took 1.5 billion rubles in 2029–30.", "1.5 billion rubles", None),
        ("In 2029–2030, 30 towns joined the scheme, after 5 towns in 2027.", "30 towns", None),
        # a range gives way to a single year of the clause ...
        (
            "In 2030, after the slump of 2028–2029 that came from abroad, the fall was"
            " 4.1 percent.",
            "4.1 percent",
            2030,
        ),
        # ... and the ends of a change over the range take its first and last years
        (
            "From 2020 to 2030, the share of rail freight grew from 38.5 percent to 61.2 percent.",
            "38.5 percent",
            2020,
        ),
        (
            "From 2020 to 2030, the share of rail freight grew from 38.5 percent to 61.2 percent.",
            "61.2 percent",
            2030,
        ),
        # kept as before: a single year, a percentage after a year, a year and a number of it
        ("In 2029, the mills were granted 3 billion rubles.", "3 billion rubles", 2029),
        ("It rose by 8 percent in 2030 - 20 percent of it abroad.", "8 percent", 2030),
        ("By 2030, output should be 25 percent higher.", "25 percent", 2030),
        # a comparison's marker does not reach across "and in"
        (
            "In 2031, the debt is 30 percent relative to revenues and in 2032 it will be"
            " 44 percent.",
            "44 percent",
            2032,
        ),
        (
            "In 2031, the debt is 30 percent relative to revenues and in 2032 it will be"
            " 44 percent.",
            "30 percent",
            2031,
        ),
        ("Sales are 7 percent higher than in spring and summer 2030.", "7 percent", None),
    ],
)
def test_ranges_and_comparisons(sentence, figure, expected):
    assert period(sentence, figure) == expected


@pytest.mark.parametrize(
    ("sentence", "figure", "nth", "expected"),
    [
        (
            "Overall, river accidents in 2030 went down by 4.4 percent, while deaths fell by 6.1"
            " percent, and the number of people hurt – by 2.2 percent.",
            "2.2 percent",
            0,
            2030,
        ),
        (
            "Wheat exports rose by 12 percent in 2029, and barley by 5 percent.",
            "5 percent",
            0,
            2029,
        ),
        (
            "In 2030, the price index for cheese was 104.2 percent, and for butter, 102.7 percent.",
            "102.7 percent",
            0,
            2030,
        ),
        # negatives: a verb, a subject, a time of the clause's own, a second year
        (
            "Wheat exports fell by 12 percent in 2027, and have since grown by 5 percent.",
            "5 percent",
            0,
            None,
        ),
        ("Its share was 3.3 percent in 2027, and only 1.9 percent today.", "1.9 percent", 0, None),
        (
            "Investment came to $2 trillion in 2030, and anyway, we get about 4 percent of it.",
            "4 percent",
            0,
            None,
        ),
        (
            "Wheat exports rose by 12 percent in 2029 and 2030, and barley by 5 percent.",
            "5 percent",
            0,
            None,
        ),
        (
            "Wheat exports rose by 12 percent in 2029, and barley has not grown.",
            "12 percent",
            0,
            2029,
        ),
    ],
)
def test_clauses_that_leave_out_their_verb(sentence, figure, nth, expected):
    assert period(sentence, figure, nth=nth) == expected


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # where a change ended, after a comma and a lead
        (
            "The number of pensioners has increased 1.5 percent in a year, now standing"
            " at 27.3 percent.",
            "27.3 percent",
            None,
        ),
        (
            "The number of pensioners has increased 1.5 percent in a year, now standing"
            " at 27.3 percent.",
            "1.5 percent",
            "increase",
        ),
        (
            "We have cut the levy for all the small farms threefold, to 6 percent.",
            "6 percent",
            None,
        ),
        (
            "Lending grew strongly over the winter, reaching 14 percent of the total.",
            "14 percent",
            None,
        ),
        # where a change started, after "from an average of", and where it ended
        (
            "The share of local funds is to rise sharply, from an average of 20% to 55%.",
            "20%",
            None,
        ),
        (
            "The share of local funds is to rise sharply, from an average of 20% to 55%.",
            "55%",
            None,
        ),
        (
            "We will lower the rate for start-ups from the current 18 percent to 5 percent.",
            "18 percent",
            None,
        ),
        # "plus" right after a mark or a verb that says what a figure is: a rise
        ("That means plus 35 percent to what the towns get now.", "35 percent", "increase"),
        (
            "Freight with our neighbours grew just as fast: plus 17 percent.",
            "17 percent",
            "increase",
        ),
        # negatives: "plus" after a noun adds; a comma with no change said before; "up to"
        ("Banks may lend at the key rate plus two percent.", "two percent", None),
        ("The fee is one monthly wage plus one percent of the excess.", "one percent", None),
        ("Exports grew by 5 percent, to 20 percent of output.", "20 percent", None),
        ("Our main partner, to be fair, holds 30 percent of the market.", "30 percent", None),
        ("Exports grew, to everyone's surprise, by 5 percent.", "5 percent", "increase"),
    ],
)
def test_levels_and_rises(sentence, figure, expected):
    assert change(sentence, figure) == expected
