"""Issue 12, round bv: a word that stands between a number and its country noun only right
after the number (countries.json's `first_between_only`, "other"). After another word it follows
a verb, and the number is a day of a month or a pronoun, no count ("on June 4 moved other
countries", "if one studies other nations"). The sentences are invented (docs/accuracy.md,
issue 12 round bv)."""

import pytest

from pipeline.nlp.quantities import scan
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT = RULES.edited("countries", drop=["first_between_only"])


def counts(text, rules=RULES):
    """(surface, value, qualifier) of each country count of `text`."""
    return [
        (text[c.start : c.end], c.fields()["value"], c.qualifier)
        for c in scan(rules, text)
        if c.type == "country_count"
    ]


@pytest.mark.parametrize(
    ("text", "before"),
    [
        (
            "The flood of June 4 moved other countries to send help.",
            ("4 moved other countries", 4, "exact"),
        ),
        (
            "If one studies other nations, the pattern looks the same.",
            ("one studies other nations", 1, "exact"),
        ),
        (
            "The storm on March 12 hit other states in the region.",
            ("12 hit other states", 12, "exact"),
        ),
    ],
)
def test_other_after_a_verb_is_no_count(text, before):
    assert counts(text) == []
    assert counts(text, WITHOUT) == [before]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "other" right after the number: a count, with or without words after it
        ("Seven other countries joined the pact.", [("Seven other countries", 7, "exact")]),
        ("Over 20 other states signed it.", [("Over 20 other states", 20, "more_than")]),
        (
            "Five other European countries sent teams.",
            [("Five other European countries", 5, "exact")],
        ),
        # a range: "other" right after its high end
        (
            "Two or three other countries objected.",
            [("Two or three other countries", 2, "exact")],
        ),
        # no "other": the words between stay allowed
        (
            "Envoys of 30 Latin American states met in Lakeland.",
            [("30 Latin American states", 30, "exact")],
        ),
        ("Teams came from 12 countries.", [("12 countries", 12, "exact")]),
    ],
)
def test_other_right_after_the_number_stays_a_count(text, expected):
    assert counts(text) == expected
