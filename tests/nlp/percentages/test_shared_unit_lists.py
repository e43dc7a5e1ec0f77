"""Bare numbers listed before a figure that carries the unit (issue 12, round cr; numbers.json's
`shared_unit_lists`). The sentences are invented.

- "30 and 40 percent", "6.4 and even 6.1 percent", "15, 20 or even 25%": each bare number is a
  percentage of its own; "15,000 and 20,000 rubles", "8 or 9 billion rubles": money in the
  figure's currency (and scale);
- the list's first item takes a qualifier said before it ("no less than 5 or 6 percent");
- no item after "between" (a range), after a month or a document part, where the number ends a
  range of its own, where a currency symbol stands before the figure, or where a scaled item
  stands before a percentage or before a smaller scale.
"""

import pytest

from pipeline.nlp.quantities import scan
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()


def figures(sentence):
    return [
        (sentence[c.start : c.end], c.type, c.value, c.high, c.unit, c.qualifier)
        for c in scan(RULES, sentence)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Lakeland mills hold respectively 12 and 17 percent of the market.",
            [
                ("12", "percentage", 12.0, None, "percent", "exact"),
                ("17 percent", "percentage", 17.0, None, "percent", "exact"),
            ],
        ),
        # round fix60: "and not" puts the unit's figure against the bare number said first
        (
            "Pear inflation in the valley was 8.4 and not 8.1 percent last year.",
            [
                ("8.4", "percentage", 8.4, None, "percent", "exact"),
                ("8.1 percent", "percentage", 8.1, None, "percent", "exact"),
            ],
        ),
        (
            "Pine Forum fees went down to 7.2 and even 6.9 percent.",
            [
                ("7.2", "percentage", 7.2, None, "percent", "exact"),
                ("6.9 percent", "percentage", 6.9, None, "percent", "exact"),
            ],
        ),
        (
            "Youth joblessness in Lakeland is 11, 14 or even 19%, they say.",
            [
                ("11", "percentage", 11.0, None, "percent", "exact"),
                ("14", "percentage", 14.0, None, "percent", "exact"),
                ("19%", "percentage", 19.0, None, "percent", "exact"),
            ],
        ),
        (
            "Growth of no less than 4 or 5 percent is needed in Pine Valley.",
            [
                ("no less than 4", "percentage", 4.0, None, "percent", "at_least"),
                ("5 percent", "percentage", 5.0, None, "percent", "exact"),
            ],
        ),
        (
            "Nurses in Lakeland will get 12,000 and 18,000 rubles, respectively.",
            [
                ("12,000", "money", 12000.0, None, "RUB", "exact"),
                ("18,000 rubles", "money", 18000.0, None, "RUB", "exact"),
            ],
        ),
        (
            "The Pine Forum cost 6 or 7 billion rubles, I believe.",
            [
                ("6", "money", 6e9, None, "RUB", "exact"),
                ("7 billion rubles", "money", 7e9, None, "RUB", "exact"),
            ],
        ),
    ],
)
def test_bare_items_take_the_unit(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a range after "between" stays one figure
        (
            "Lakeland expects between 3 and 6 percent this year.",
            [("3 and 6 percent", "percentage", 3.0, 6.0, "percent", "exact")],
        ),
        # the day of a date
        (
            "Half the beds were ready on May 4, and 81 percent by Friday.",
            [("81 percent", "percentage", 81.0, None, "percent", "exact")],
        ),
        # the end of a range of something else
        (
            "Of the Pine Valley callers aged 20 to 40 and 55 percent are women.",
            [("55 percent", "percentage", 55.0, None, "percent", "exact")],
        ),
        # a currency symbol before the figure
        (
            "Lakeland paid 40 and $60 for the tickets.",
            [("$60", "money", 60.0, None, "USD", "exact")],
        ),
        # a scaled item before a percentage: a quantity of something else
        (
            "Pine Valley gas use grew by 3.1 billion or 7.5 percent.",
            [("7.5 percent", "percentage", 7.5, None, "percent", "exact")],
        ),
        # a larger scale before a smaller one: one amount, no item (its smaller part is read
        # alone, as before this round)
        (
            "The Lakeland budget came to two trillion and 310 billion rubles.",
            [("310 billion rubles", "money", 310e9, None, "RUB", "exact")],
        ),
    ],
)
def test_no_item(sentence, expected):
    assert figures(sentence) == expected
