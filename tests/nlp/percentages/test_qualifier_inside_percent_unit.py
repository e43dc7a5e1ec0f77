"""Issue 12, round pp90: a qualifying word between a number and its percent unit
(percentages.json `inner_qualifiers`). The sentences are invented.

"40 plus percent" and "90 or more percent" are at_least 40 / 90 percent, "23-odd percent" and
"30-some percent" approx; before the round the number had no unit and no figure was read. A
qualifier before the number wins; "plus" followed by another number adds, as before.
"""

import pytest

from pipeline.nlp.quantities import scan
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()


def figures(text):
    return [
        (text[c.start : c.end], c.type, c.value, c.unit, c.fields()["qualifier"])
        for c in scan(RULES, text)
    ]


@pytest.mark.parametrize(
    ("text", "surface", "value", "qualifier"),
    [
        (
            "Ticket sales at the Pine Fair rose by 35 plus percent.",
            "35 plus percent",
            35,
            "at_least",
        ),
        ("Those 70 plus percent of Lakeland residents agree.", "70 plus percent", 70, "at_least"),
        ("Extra fees come to 23-odd percent of the price.", "23-odd percent", 23, "approx"),
        ("The share went from 40-some percent to half.", "40-some percent", 40, "approx"),
        (
            "Firms that keep 90 or more percent of their staff pay nothing.",
            "90 or more percent",
            90,
            "at_least",
        ),
        ("Debt stood at just 12 plus per cent of output.", "12 plus per cent", 12, "at_least"),
        ("The yield is 4 odd % a year.", "4 odd %", 4, "approx"),
        ("Exports grew by over 15 plus percent.", "over 15 plus percent", 15, "more_than"),
    ],
)
def test_a_word_inside_the_unit_qualifies_the_figure(text, surface, value, qualifier):
    assert (surface, "percentage", value, "percent", qualifier) in figures(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # "plus" before another number adds it: two figures, or one, never "5 plus percent"
        ("The rate is the key rate of 5 plus 2 percent.", 5),
        # no unit after the word: no percentage
        ("We counted 40 plus cases in Lakeland.", 40),
        ("There were 30-odd guests at the Pine Forum.", 30),
        ("Some 20 or more towns joined.", 20),
    ],
)
def test_no_percent_unit_no_figure(text, absent):
    assert not [f for f in figures(text) if f[1] == "percentage" and f[2] == absent]


def test_a_plain_percentage_keeps_its_qualifier():
    assert figures("Sales rose 8 percent.") == [("8 percent", "percentage", 8, "percent", "exact")]


@pytest.mark.parametrize("name", ["atleast", "about", "more"])
def test_an_inner_qualifier_not_of_the_fact_schema_fails_to_load(name):
    """review90: each name of `inner_qualifiers` becomes a fact's qualifier as it is, so a name
    the fact schema does not know ("atleast") was written into facts; now the rules refuse it."""
    from pipeline.nlp.rules import RuleError

    with pytest.raises(RuleError, match="inner_qualifiers"):
        RULES.edited("percentages", inner_qualifiers={name: ["plus"]})
