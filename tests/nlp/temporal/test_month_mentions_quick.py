"""Months said without a year, found with a quick test before each of the three month scans
(issue 19): the same mentions as the scans alone, on invented sentences where each pattern
matches and where the quick test skips it."""

from __future__ import annotations

import pytest

from pipeline.nlp import quick_tests, temporal


@pytest.fixture(scope="module")
def ruleset():
    from pipeline.nlp import build_pipeline

    return build_pipeline(["money"]).get_pipe("speechfacts_context").rules


class _AlwaysScan(quick_tests.QuickText):
    __slots__ = ()

    def may(self, pattern):
        return True


SENTENCES = [
    "Exports to Lakeland grew by 4 percent in April, and imports fell in November.",
    "As of November 1, the Pine Fund held 12 billion roubles.",
    "This October the Lake Bank lent 3 billion roubles to farmers.",
    "Between March and May the harvest in Pineland rose by 7 percent.",
    "On May 1 the new Meadow tariff of 5 percent takes effect.",
    "The Lake Fund will spend 2 billion roubles in December.",
    "Spending on roads in Lakeland rose by 9 percent.",
    "In the first half the output of the Pine works grew by 3 percent.",
    "MARCH ended with 40 new schools in Pineland, and in march the rest.",
    "since early June the Lake region has built 30 kilometres of road",
    "From September 3 to October 9 the fair in Pinetown drew 20,000 visitors.",
    "Until the end of July, the Meadow plant made 500 tractors.",
    "ſince April the Lake works have hired 200 people.",
    "",
]


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize(("year", "month"), [(2031, 3), (2031, None), (2030, 12), (2031, 1)])
def test_the_same_mentions_as_the_scans_alone(monkeypatch, ruleset, sentence, year, month):
    fast = temporal._month_mentions(ruleset, sentence, year, month)
    monkeypatch.setattr(temporal, "QuickText", _AlwaysScan)
    slow = temporal._month_mentions(ruleset, sentence, year, month)
    assert fast == slow


def test_the_quick_test_skips_and_lets_through(ruleset):
    pattern, _, _, with_day, _, _, this_month = temporal._month_rules(ruleset)
    plain = quick_tests.QuickText("Spending on roads in Lakeland rose by 9 percent.")
    assert not plain.may(pattern) and not plain.may(this_month)
    dated = quick_tests.QuickText("On May 1 the new Meadow tariff of 5 percent takes effect.")
    assert dated.may(with_day) and dated.may(pattern)
    assert temporal._month_mentions(ruleset, "The fund grew in April.", 2031, 3)
