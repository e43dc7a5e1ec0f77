"""Round sub57: a part's share of a whole said with a share link ("Lakeland cheese accounts for
30 percent of the northern market") is "share of <part> in <whole>" when both are named in the
clause (invented sentences); a pronoun, pointing word or unnamed unit, a whole said before, two
names, a forecast or target, a restriction cut off, another figure after the whole: none."""

import pytest
from conftest import figure_record

from pipeline.nlp.rules import RuleError, installed_rules
from pipeline.nlp.subject.rule_lists import subject_rules


@pytest.mark.parametrize(
    ("text", "figure", "subject", "key"),
    [
        (
            "Pine gas accounts for about 30 percent of the northern heating market.",
            "about 30 percent",
            "share of pine gas in the northern heating market",
            "share of pine gas in northern heating market",
        ),
        (
            "In 2019, small farmers accounted for 14 percent of national grain production.",
            "14 percent",
            "share of small farmers in national grain production",
            "share of small farmer in national grain production",
        ),
        (
            "Women make up 60 percent of rural school teachers.",
            "60 percent",
            "share of women in rural school teachers",
            "share of woman in rural school teacher",
        ),
        (
            "Storms are frequent; and lamp oil accounts for 20 percent of household heating costs.",
            "20 percent",
            "share of lamp oil in household heating costs",
            "share of lamp oil in household heating cost",
        ),
        # round fix60: a place of two words opening the sentence keeps its capital, so the key
        # drops the whole name as the scope (before, "south" was left in the key)
        (
            "South Africa accounts for 30 percent of global chrome smelting output.",
            "30 percent",
            "share of South Africa in global chrome smelting output",
            "chrome smelting output share",
        ),
        (
            "New Zealand accounts for 12 percent of world lamb shipments.",
            "12 percent",
            "share of New Zealand in world lamb shipments",
            "lamb shipment share",
        ),
        (
            "North winds account for 30 percent of regional storm damage.",
            "30 percent",
            "share of north winds in regional storm damage",
            "share of north wind in regional storm damage",
        ),
        # a pronoun, a pointing word or an unnamed unit in the part or the whole
        ("They account for 40 percent of northern grain exports.", "40 percent", None, None),
        ("These goods account for 40 percent of northern grain exports.", "40 percent", None, None),
        ("Our firm accounts for 6 percent of global pump output.", "6 percent", None, None),
        ("The region accounts for 9 percent of national wool output.", "9 percent", None, None),
        ("Wool accounts for 9 percent of their farm income.", "9 percent", None, None),
        # review58: a possessive written with "’" (as most pages write it) is refused as with
        # "'"; "that" opening its clause points to a part said before (after a verb it is a
        # conjunction)
        (
            "The company’s cheese exports account for 30 percent of the northern heating market.",
            "30 percent",
            None,
            None,
        ),
        (
            "Pine gas accounts for 30 percent of the region’s northern heating market.",
            "30 percent",
            None,
            None,
        ),
        (
            "That gas accounts for 30 percent of the northern heating market.",
            "30 percent",
            None,
            None,
        ),
        (
            "Storms are rare, and that fuel accounts for 20 percent of household heating costs.",
            "20 percent",
            None,
            None,
        ),
        (
            "He noted that pine gas accounts for 30 percent of the northern heating market.",
            "30 percent",
            "share of pine gas in the northern heating market",
            "share of pine gas in northern heating market",
        ),
        # a whole said before: too few words, vague words, "the" and one word
        ("Small farmers account for 14 percent of the market.", "14 percent", None, None),
        ("Tractors make up 20 percent of all goods traded.", "20 percent", None, None),
        (
            "Local trade makes up 70 percent of the entire trade turnover.",
            "70 percent",
            None,
            None,
        ),
        (
            "Plant makers accounted for 6 percent of the northern segment of the market.",
            "6 percent",
            None,
            None,
        ),
        # a part that does not open its clause, two names, a forecast or target
        ("He said fishermen accounted for 30% of the coastal labour force.", "30%", None, None),
        (
            "In 2020, Lakeland accounted for 30 percent of Pineland's grain imports.",
            "30 percent",
            None,
            None,
        ),
        (
            "New tractors will account for 70 percent of the farm machine fleet.",
            "70 percent",
            None,
            None,
        ),
        (
            "Wind power must account for 20 percent of national power generation.",
            "20 percent",
            None,
            None,
        ),
        # a restriction cut off, another figure after the whole
        (
            "Women make up 60 percent of the school teachers who work in villages.",
            "60 percent",
            None,
            None,
        ),
        (
            "Pine ports accounted for 40 percent of grain exports and 20 percent of coal exports.",
            "40 percent",
            None,
            None,
        ),
    ],
)
def test_part_shares(text, figure, subject, key):
    fact = figure_record(text, figure)
    assert (fact["subject"], fact["subject_key"]) == (subject, key)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("part_share_refused", "it"),  # a string: read letter by letter before review58
        ("part_share_openers", ["and", 3]),
        ("part_share_max_words", "8"),
        ("part_share_min_whole_words", -1),
    ],
)
def test_part_share_rules_of_the_wrong_shape_are_refused(key, value):
    with pytest.raises(RuleError, match=key):
        subject_rules(installed_rules().edited("subjects", **{key: value}))
