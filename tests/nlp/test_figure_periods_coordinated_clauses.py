"""Issue 12, round cb: periods of figures (temporal.json). The sentences are invented
(docs/accuracy.md, issue 12 round cb).

- a year after the figure behind a coordinator that opens another clause ("and in", "and this
  year", "whereas") gives way to a year said before the figure in its own stretch
  (`later_clause_openers`), and is still taken when there is none;
- "the first nine months of the year", "the first half of the year", "since the beginning of
  the year" are the document's year, or an explicit year's said before (`relative_year_ends`);
- two years said together ("this year and last") tie a figure to no one year
  (`relative_spans`).
"""

import pytest

from pipeline.nlp.rules import installed_rules
from pipeline.nlp.temporal import period_for

RULES = installed_rules()


def period(sentence, figure, date="2031-05-14"):
    start = sentence.index(figure)
    return period_for(RULES, sentence, start, start + len(figure), int(date[:4]), int(date[5:7]))


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # the figure's own year before it wins over the next clause's
        (
            "Freight in the first half of 2028 came to 6 billion rubles and in 2027 to 11 billion.",
            "6 billion rubles",
            2028,
        ),
        (
            "Freight in the first half of 2028 came to 6 billion rubles and in 2027 to 11 billion.",
            "11 billion",
            2027,
        ),
        ("Last year the harvest rose by 12 percent and this year it tripled.", "12 percent", 2030),
        (
            "In 2029 the tariff was cut by 8 percent, whereas in 2030 it stayed flat.",
            "8 percent",
            2029,
        ),
        (
            "In 2026 the clinic received 40 million rubles while in 2027 it got nothing.",
            "40 million rubles",
            2026,
        ),
        # no year before the figure: the later clause's year is still taken
        ("The budget grew by 5 percent and in 2029 it will double.", "5 percent", 2029),
        # a year joined to the figure by a preposition stays its own
        (
            "Last year exports rose 4 percent in 2029 and in 2030 fell again.",
            "4 percent",
            2029,
        ),
    ],
)
def test_later_clause_year_gives_way(sentence, figure, expected):
    assert period(sentence, figure) == expected


@pytest.mark.parametrize(
    ("sentence", "figure", "date", "expected"),
    [
        (
            "Ferry traffic grew by 17 percent in the first eleven months of the year.",
            "17 percent",
            "2031-12-20",
            2031,
        ),
        (
            "In the first half of the year the port handled cargo worth $3 billion.",
            "$3 billion",
            "2031-08-02",
            2031,
        ),
        (
            "Since the beginning of the year, lending has gone up 9 percent.",
            "9 percent",
            "2031-04-11",
            2031,
        ),
        (
            "Since the start of the year, the city spent 2 billion rubles on the roads.",
            "2 billion rubles",
            "2031-06-30",
            2031,
        ),
        # an explicit year before it is its own
        (
            "Back in 2027, sales rose 6 percent in the first quarter of the year.",
            "6 percent",
            "2031-06-30",
            2027,
        ),
        # a bare first half, without "of the year", stays as it was (no year)
        (
            "In the first half, sales rose 6 percent.",
            "6 percent",
            "2031-06-30",
            None,
        ),
    ],
)
def test_parts_of_the_year_are_the_documents_year(sentence, figure, date, expected):
    assert period(sentence, figure, date) == expected


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("The grain crop will grow by 4 percent this year and the next year.", "4 percent", None),
        ("Across this year and last, the fund paid out $2 billion.", "$2 billion", None),
        ("Exports rose 3 percent last year and this year.", "3 percent", None),
        ("We expect 2 percent growth this and next year.", "2 percent", None),
        # one year alone is still that year
        ("The grain crop will grow by 4 percent this year.", "4 percent", 2031),
        ("Exports rose 3 percent last year, and this year imports fell.", "3 percent", 2030),
    ],
)
def test_two_years_together_are_no_one_year(sentence, figure, expected):
    assert period(sentence, figure) == expected
