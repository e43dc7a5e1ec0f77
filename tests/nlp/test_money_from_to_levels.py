"""'from X to Y' money after a change, or descending: two levels, not a range (issue 12, round
da; percentages.json's `from_to_levels`, read for money as for percentages). The sentences are
invented.

- X takes Y's currency and scale ("from 300 to 900 billion rubles": 300 billion rubles, written
  "300"; "from $40 to $25 billion": $40 billion);
- one range still where no change is said ("plans to spend from $200 million to $1 billion"),
  where the amounts ascend in scale ("from around $700 billion to $1.1 trillion" after no change
  word), or with "between".
"""

import pytest

from pipeline.nlp.quantities import scan
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()


def money(sentence):
    return [
        (sentence[c.start : c.end], c.value, c.high, c.unit)
        for c in scan(RULES, sentence)
        if c.type == "money"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Lakeland's debts to suppliers grew from 300 to 900 billion rubles.",
            [("300", 3e11, None, "RUB"), ("900 billion rubles", 9e11, None, "RUB")],
        ),
        (
            "Our trade with Pine Valley dropped from $40 to $25 billion.",
            [("$40", 4e10, None, "USD"), ("$25 billion", 2.5e10, None, "USD")],
        ),
        (
            "The Lakeland fund has doubled, from $12.5 billion to $25.1 billion.",
            [("$12.5 billion", 1.25e10, None, "USD"), ("$25.1 billion", 2.51e10, None, "USD")],
        ),
        (
            "Spending on the Pine Forum parks went from 14.2 to 310.5 billion rubles.",
            [("14.2", 1.42e10, None, "RUB"), ("310.5 billion rubles", 3.105e11, None, "RUB")],
        ),
        # ranges
        (
            "Lakeland plans to spend from $200 million to $1 billion on its ports.",
            [("$200 million to $1 billion", 2e8, 1e9, "USD")],
        ),
        (
            "The lake towns need from around $700 billion to $1.1 trillion.",
            [("around $700 billion to $1.1 trillion", 7e11, 1.1e12, "USD")],
        ),
        (
            "Fines in Pine Valley range from 5,000 to 60,000 rubles.",
            [("5,000 to 60,000 rubles", 5e3, 6e4, "RUB")],
        ),
        (
            "Loans rose to between 10 and 15 billion rubles.",
            [("10 and 15 billion rubles", 1e10, 1.5e10, "RUB")],
        ),
    ],
)
def test_money_from_to_levels(sentence, expected):
    assert money(sentence) == expected
