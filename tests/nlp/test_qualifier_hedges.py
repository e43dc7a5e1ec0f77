"""Issue 12, round pp90: "maybe" and "perhaps" right before an amount hedge it: approx
(qualifiers.json `before.approx`). The sentences are invented."""

import pytest
from conftest import qualified_figures as figures

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        ("It is a small share, maybe six percent of the Pine Fund.", "maybe six percent", "approx"),
        ("We are talking perhaps $3 billion in Lakeland.", "perhaps $3 billion", "approx"),
        ("Perhaps 30% of the towns agree.", "Perhaps 30%", "approx"),
        ("The rate is around 9 or maybe 10 percent.", "maybe 10 percent", "approx"),
        # a nearer qualifier wins
        ("They lent perhaps about 40 billion rubles.", "about 40 billion rubles", "approx"),
        (
            "It may be maybe a little more than 4 percent.",
            "a little more than 4 percent",
            "more_than",
        ),
    ],
)
def test_a_hedge_right_before_the_amount_is_approx(text, surface, qualifier):
    assert (surface, qualifier) in figures(text)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # the hedge is not right before the amount
        ("Maybe the Lake Fund will add 5 percent.", "5 percent"),
        ("Perhaps we should spend 2 billion rubles on roads.", "2 billion rubles"),
    ],
)
def test_a_hedge_elsewhere_leaves_the_amount_exact(text, surface):
    assert (surface, "exact") in figures(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the hedge after a list's joiner is the last item's qualifier; the list is still read
        (
            "The share is around 12 or maybe 13 percent now.",
            [("around 12", "approx"), ("maybe 13 percent", "approx")],
        ),
        (
            "Trade may grow by maybe seven or eight billion euros.",
            [("maybe seven", "approx"), ("eight billion euros", "exact")],
        ),
        ("We paid 4 or perhaps 5 percent.", [("4", "exact"), ("perhaps 5 percent", "approx")]),
    ],
)
def test_a_hedged_list_keeps_its_items(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("key", ["before", "after", "after_closing"])
def test_a_qualifier_name_not_of_the_fact_schema_fails_to_load(key):
    """review90: each name of these tables is written into facts as the qualifier, so a typo
    ("aprox") gave facts a qualifier the fact schema does not know; now the rules refuse it."""
    from pipeline.nlp.rules import RuleError

    table = {**RULES.get("qualifiers")[key], "aprox": ["maybe"]}
    with pytest.raises(RuleError, match=f"'{key}' has an unknown key 'aprox'"):
        RULES.edited("qualifiers", **{key: table})
