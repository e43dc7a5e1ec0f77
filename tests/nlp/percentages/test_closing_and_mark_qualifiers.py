"""Qualifiers after a figure that need a mark after them, qualifiers behind a figure's rate, and
qualifiers before "the ... mark" (issue 12, round cr; qualifiers.json's `after_closing`,
`after_closing_words`, `after_closing_marks_only`, `after_rate_words`, `before_mark`). The
sentences are invented."""

import pytest

from pipeline.nlp.quantities import scan
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()


def first(sentence):
    c = scan(RULES, sentence)[0]
    return sentence[c.start : c.end], c.qualifier


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after_closing: a mark or the end follows
        (
            "Lakeland rents rose 9 percent and even higher.",
            ("9 percent and even higher", "at_least"),
        ),
        (
            "The Pine Valley levy is 14 percent or even higher.",
            ("14 percent or even higher", "at_least"),
        ),
        ("Keep the rate at 6 percent or below, as agreed.", ("6 percent or below", "at_most")),
        (
            "Clinics there pay 45,000 rubles at the least, I am told.",
            ("45,000 rubles at the least", "at_least"),
        ),
        (
            "We need 3 trillion rubles, at least, to do it.",
            ("3 trillion rubles, at least", "at_least"),
        ),
        # after_closing_words: a word in place of the mark
        ("Sales fell 7 percent and even more in March.", ("7 percent and even more", "at_least")),
        # after_rate_words and a money figure's per phrase
        (
            "Loans at 5 percent per annum or less; and so on.",
            ("5 percent per annum or less", "at_most"),
        ),
        ("Oil sold at $90 per barrel or higher then.", ("$90 per barrel or higher", "at_least")),
        # before_mark
        (
            "Lakeland trade has exceeded the 3,2 billion dollar mark.",
            ("exceeded the 3,2 billion dollar mark", "more_than"),
        ),
        (
            "Pine Valley exports are approaching the $700 million mark.",
            ("approaching the $700 million mark", "approx"),
        ),
        (
            "Output surpassed the 40 percent threshold.",
            ("surpassed the 40 percent threshold", "more_than"),
        ),
    ],
)
def test_qualifier_read(sentence, expected):
    assert first(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # no mark after the phrase: it says something of what follows
        ("The plant gives 4 percent and higher wages to its staff.", ("4 percent", "exact")),
        # 'at least' before a word bounds what follows
        ("Lakeland grew 6 percent, at least in the first quarter.", ("6 percent", "exact")),
        # 'reached' is no qualifier
        ("Lakeland trade reached the $2 billion mark.", ("$2 billion", "exact")),
        # no mark noun after the figure
        ("Pine Valley has exceeded the 2019 plan by $5 million.", ("$5 million", "exact")),
    ],
)
def test_qualifier_not_read(sentence, expected):
    assert first(sentence) == expected
