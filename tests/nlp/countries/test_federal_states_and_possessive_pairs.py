"""Issue 12, round ax: country counts that are no count of countries, and a qualifier that is
none. The states of a federation ("13 US states": countries.json's `blocked_between` "US",
"USA"), the pair of a meeting named by a possessive without a determiner ("two countries’
peoples": `bilateral_after`) and an after-qualifier that opens a comparison of its own ("nine
countries, and more than 600 members": qualifiers.json's `after_not_before`). The sentences are
invented (docs/accuracy.md, issue 12 round ax)."""

import json
from pathlib import Path

import pytest

from pipeline.nlp.quantities import scan
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
COUNTRIES = json.loads(
    (Path(__file__).resolve().parents[3] / "models/rules/countries.json").read_text()
)


def counts(text, rules=RULES):
    """(surface, value, qualifier) of each country count of `text`."""
    return [
        (text[c.start : c.end], c.fields()["value"], c.qualifier)
        for c in scan(rules, text)
        if c.type == "country_count"
    ]


def figures(text, rules=RULES):
    """(type, surface, qualifier) of each figure of `text`."""
    return [(c.type, text[c.start : c.end], c.qualifier) for c in scan(rules, text)]


# --- the states of a federation -------------------------------------------------------------

WITHOUT_US = RULES.edited(
    "countries", blocked_between=[w for w in COUNTRIES["blocked_between"] if w not in ("US", "USA")]
)


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("The chain runs shops in 13 US states and in Lakeland.", ("13 US states", 13, "exact")),
        ("Pine tea is sold in over 20 USA states.", ("over 20 USA states", 20, "more_than")),
    ],
)
def test_states_of_the_us_are_no_countries(text, before):
    assert counts(text) == []
    assert counts(text, WITHOUT_US) == [before]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Delegates of 30 Latin American states met.", [("30 Latin American states", 30, "exact")]),
        ("Guests came from 12 states, the US among them.", [("12 states", 12, "exact")]),
        ("Pine tea is sold in 40 countries, including the US.", [("40 countries", 40, "exact")]),
    ],
)
def test_other_states_stay_counts(text, expected):
    assert counts(text) == expected


# --- the pair of a meeting, named by a possessive -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ties will grow for the good of two countries’ peoples.",
        "The talks served two countries' shared interests.",
        "They praised the closeness of two nations’ views.",
    ],
)
def test_a_possessive_after_two_countries_names_the_pair(text):
    assert counts(text) == []
    assert len(counts(text, RULES.edited("countries", drop=["bilateral_after"]))) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive after another count: still a count
        ("Five countries’ envoys met in Lakeland.", [("Five countries", 5, "exact")]),
        # "two countries" without a possessive: still a count
        ("Only two countries signed the pact.", [("two countries", 2, "exact")]),
        ("Only two countries, Lakeland and Pineland, signed.", [("two countries", 2, "exact")]),
    ],
)
def test_other_counts_stay(text, expected):
    assert counts(text) == expected


# --- an after-qualifier that opens a comparison of its own ----------------------------------


def test_and_more_than_after_a_count_is_no_qualifier():
    text = "The jury has 30 judges from nine countries, and more than 600 members may vote."
    assert counts(text) == [("nine countries", 9, "exact")]
    without = RULES.edited("qualifiers", drop=["after_not_before"])
    assert counts(text, without) == [("nine countries, and more", 9, "at_least")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pine tea is sold in nine countries or less than in the spring.",
            [("country_count", "nine countries", "exact")],
        ),
        (
            "Prices rose 5 percent or more than twice the plan.",
            [("percentage", "5 percent", "exact")],
        ),
        # no "than": the qualifier stays
        (
            "Pine tea is sold in nine countries and more.",
            [("country_count", "nine countries and more", "at_least")],
        ),
        ("Prices rose 5 percent or more.", [("percentage", "5 percent or more", "at_least")]),
        ("It costs $10 or less each.", [("money", "$10 or less", "at_most")]),
    ],
)
def test_after_qualifiers_before_than(text, expected):
    assert figures(text) == expected
