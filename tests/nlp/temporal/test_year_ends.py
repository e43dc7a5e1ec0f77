"""Issue 12, round bl: "by the end of the year" ties a figure to the document's year, as "this
year" does, or to an explicit year said before it in the sentence (temporal.json's
`relative_year_ends`). The sentences are invented (docs/accuracy.md, issue 12 round bl)."""

import pytest

from pipeline.nlp.rules import installed_rules
from pipeline.nlp.temporal import period_for

RULES = installed_rules()


def period(sentence, figure, date="2031-05-14", rules=RULES):
    start = sentence.index(figure)
    return period_for(rules, sentence, start, start + len(figure), int(date[:4]), int(date[5:7]))


@pytest.mark.parametrize(
    ("sentence", "figure", "date", "expected"),
    [
        (
            "We expect the harbour's output to reach 12 percent by the end of the year.",
            "12 percent",
            "2031-05-14",
            2031,
        ),
        (
            "By the end of the year, the grant will rise to 7 million rubles.",
            "7 million rubles",
            "2031-05-14",
            2031,
        ),
        (
            "The fund should pay out $2 billion before the end of the year.",
            "$2 billion",
            "2031-01-09",
            2031,
        ),
        ("Our aim is a rate below 3 percent by year-end.", "3 percent", "2031-11-30", 2031),
        # an explicit year before it: that year's end
        (
            "Sales turned up in June 2029 and had gained 4.35 percent by the end of the year.",
            "4.35 percent",
            "2031-05-14",
            2029,
        ),
        # kept as before: a year of its own, and a base of comparison is no year of its own
        (
            "It grew 5 percent in 2030, and we expect 6.15 percent by the end of the year.",
            "5 percent",
            "2031-05-14",
            2030,
        ),
        (
            "Up 5 percent compared to 2030, it should reach 9 percent by the end of the year.",
            "9 percent",
            "2031-05-14",
            2031,
        ),
        ("The figure was 8 percent at the end of the year.", "8 percent", "2031-05-14", None),
    ],
)
def test_year_end_period(sentence, figure, date, expected):
    assert period(sentence, figure, date) == expected
