"""Issue 12 round dg: the start of the year said with 'at', 'as of' or 'from' is the document's
year (temporal.json's `relative_year_ends`); a clause after ', and' that leaves out its verb
repeats the year of the clause before when it says its figure after 'for'
(`ellipsis_clause.leads`) or opens with the figure itself (`ellipsis_clause.bare_min_words`).
The sentences are invented."""

import pytest

from pipeline.nlp.rules import installed_rules
from pipeline.nlp.temporal import period_for

RULES = installed_rules()


def period(sentence, figure, date="2019-05-14", change=None, last=False):
    start = sentence.rindex(figure) if last else sentence.index(figure)
    year, month = int(date[:4]), int(date[5:7])
    return period_for(RULES, sentence, start, start + len(figure), year, month, change=change)


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("The Lakeland fund stood at $40 million at the start of the year.", "$40 million", 2019),
        (
            "As of the beginning of the year, Pine Valley farms held 12 billion rubles in loans.",
            "12 billion rubles",
            2019,
        ),
        (
            "Ferry fares at Lakeland have stayed at 300 rubles from the beginning of the year.",
            "300 rubles",
            2019,
        ),
        (
            "In 2016, the fund held $5 million at the beginning of the year.",
            "$5 million",
            2016,
        ),
    ],
)
def test_start_of_the_year(sentence, figure, expected):
    assert period(sentence, figure) == expected


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # no start of a year: nothing to tie
        ("The Lakeland fund stood at $40 million at the start of the season.", "$40 million"),
        ("At the start of the talks, the Pine fund held 7 billion rubles.", "7 billion rubles"),
    ],
)
def test_no_start_of_the_year(sentence, figure):
    assert period(sentence, figure) is None


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        (
            "By 2035, timber will make up 30 percent of Lakeland exports, fish for 20 percent, "
            "and apples and pears for 9 percent.",
            "9 percent",
            2035,
        ),
        (
            "In 2018, the Pine fund spent 4 billion rubles on roads, 2 billion rubles on "
            "schools, and 6 billion rubles each for the two new ferry lines.",
            "6 billion rubles",
            2018,
        ),
        (
            "The Lakeland budget sets aside 80 million rubles this year for bridges, and "
            "15 million rubles for the old harbour.",
            "15 million rubles",
            2019,
        ),
    ],
)
def test_gapped_clause_takes_the_year_before(sentence, figure, expected):
    assert period(sentence, figure) == expected


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # a verb of its own after the figure
        (
            "Lakeland inflation was 4 percent last year, and 3 percent is the target we set.",
            "3 percent",
        ),
        # a list item after '; ' keeps its own (here no) year
        (
            "The Lakeland shares were 40 percent for timber in 2018; 25 percent for fish.",
            "25 percent",
        ),
        # the clause before names no year
        (
            "Pine Valley spends 80 million rubles on bridges, and 15 million rubles on harbours.",
            "15 million rubles",
        ),
        # the clause before says no figure with a unit
        (
            "Lakeland planted many trees in 2017, and 15 percent for the orchards.",
            "15 percent",
        ),
        # 'for' without a parallel 'for' figure before it
        (
            "Timber made up 30 percent of exports in 2017, and fish accounted for 20 percent.",
            "20 percent",
        ),
    ],
)
def test_gapped_clause_keeps_null(sentence, figure):
    assert period(sentence, figure) is None
