"""Two numbers joined as a range whose first is above the second are no range (round money52;
numbers.json `descending_pair_joiners`). The sentences are invented.

- a money or percentage figure followed by a dash or "to" and a smaller number is two figures,
  the amount and its restatement ("nearly $80 billion — $78.5 billion in fact"): the first keeps
  its qualifier and takes the second's unit and scale when it has none, the second is bare and
  takes the first's currency when it has none;
- a range followed by such a smaller number is that range, with the unit and scale of the number
  after it, and that number ("roughly 4.6–4.7–4.5 trillion rubles");
- ascending ranges stay one figure; "from X to Y" levels (percentages.json `from_to_levels`)
  stay two levels; no record has a `high` below its `value`.
"""

import re

import pytest

from pipeline.nlp.quantities import scan
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()


def figures(text):
    starts = [0] + [m.end() for m in re.finditer(r"(?<=[.!?])\s+", text)]
    return [
        (text[c.start : c.end], c.value, c.high, c.unit, c.qualifier)
        for c in scan(RULES, text, starts)
        if c.type in ("money", "percentage")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Lakeland fund reached nearly $80 billion – 78.5 billion; here are the figures.",
            [
                ("nearly $80 billion", 80e9, None, "USD", "approx"),
                ("78.5 billion", 78.5e9, None, "USD", "exact"),
            ],
        ),
        (
            "Pine Bank holds about $70 billion — $68 billion in fact, with little debt.",
            [
                ("about $70 billion", 70e9, None, "USD", "approx"),
                ("$68 billion", 68e9, None, "USD", "exact"),
            ],
        ),
        (
            "The subsidy is not $5 billion but $7.5 billion — $7.3 billion.",
            [
                ("$5 billion", 5e9, None, "USD", "exact"),
                ("$7.5 billion", 7.5e9, None, "USD", "exact"),
                ("$7.3 billion", 7.3e9, None, "USD", "exact"),
            ],
        ),
        (
            "Around 6.3–6.1 trillion rubles will go to Lakeland bridges.",
            [
                ("Around 6.3", 6.3e12, None, "RUB", "approx"),
                ("6.1 trillion rubles", 6.1e12, None, "RUB", "exact"),
            ],
        ),
        (
            "Roughly 4.6–4.7–4.5 trillion rubles will go to bridges in Lakeland.",
            [
                ("Roughly 4.6–4.7", 4.6e12, 4.7e12, "RUB", "approx"),
                ("4.5 trillion rubles", 4.5e12, None, "RUB", "exact"),
            ],
        ),
        (
            "Pine Valley inflation slowed to 12 to 7.5 percent over the winter.",
            [
                ("12", 12, None, "percent", "exact"),
                ("7.5 percent", 7.5, None, "percent", "exact"),
            ],
        ),
    ],
)
def test_descending_pair_is_two_figures(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lakeland will spend 3–4 billion rubles on ferries.",
            [("3–4 billion rubles", 3e9, 4e9, "RUB", "exact")],
        ),
        (
            "The Pine Forum budget is 300 to 900 billion rubles.",
            [("300 to 900 billion rubles", 300e9, 900e9, "RUB", "exact")],
        ),
        (
            "Lakeland will spend $3 to $4 billion on ports.",
            [("$3 to $4 billion", 3e9, 4e9, "USD", "exact")],
        ),
        (
            "Lakeland tariffs fell from 9 to 4 percent.",
            [("9", 9, None, "percent", "exact"), ("4 percent", 4, None, "percent", "exact")],
        ),
        (
            "Pine Valley raised about 15–18 percent more than planned.",
            [("about 15–18 percent", 15, 18, "percent", "approx")],
        ),
    ],
)
def test_ascending_range_stays_one(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nearly $90 billion – 88.1 billion, as the Lakeland bank says.",
        "Approximately 3.9–4.1–3.8 trillion rubles go to the Pine Valley rail.",
        "Costs of 14 to 9.5 percent were seen in Lakeland.",
        "The Pine Forum raised 500 to 1 billion rubles.",
    ],
)
def test_no_high_below_value(text):
    for _, value, high, _, _ in figures(text):
        assert high is None or high >= value
