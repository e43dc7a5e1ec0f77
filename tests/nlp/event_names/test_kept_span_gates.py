"""Two readings of a page's kept spans alone (round lead64), each shown to find what the
reading of the whole text finds:

- `_acronym_year_possible` with the kept spans reads each span and the capitals running on past
  its end with the year after them ("LCOX" then a line break and "2031");
- `_group_summits` tries its pattern only on the lines holding a group's initials.
"""

import dataclasses

import pytest

from pipeline.nlp import event_names
from pipeline.nlp.event_names import (
    _ACRONYM_YEAR,
    _acronym_year_possible,
    _group_summits,
    find_events,
    grammar,
    group_summits,
)
from pipeline.nlp.prefilter import kept_matches
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()

# (text, kept spans)
ACRONYM_TEXTS = [
    ("Delegates came to LCO-2031 in Pinetown.", ((0, 39),)),
    ("Delegates came to LCO-2031 in Pinetown.", ((0, 20),)),
    ("Delegates came to LCO-2031 in Pinetown.", ((30, 39),)),
    ("Delegates came to LCOX\n2031 in Pinetown.", ((0, 20),)),
    ("Delegates came to LCOXYZ 1998 and more.\nNew text.", ((0, 19),)),
    ("Delegates came to LCOXYZ 1998 and more.\nNew text.", ((0, 18),)),
    ("Delegates came to\nLCO 2031.\nThe LCO 2032 too.", ((0, 10), (28, 30))),
    ("Delegates came to\nLCO 2031.\nThe LCO 2032 too.", ((0, 10), (32, 46))),
    ("In 2031 and 1998 no initials come before a year.", ((0, 48),)),
    ("The A-2031 plan and the AB 2031 plan.", ((0, 36),)),
    ("LCO 20X1 and LCO-19", ((0, 19),)),
    ("LC LCO-2031", ((3, 5),)),
]


@pytest.mark.parametrize("text, kept", ACRONYM_TEXTS)
def test_the_kept_gate_passes_every_page_with_a_kept_match(text, kept):
    matched = any(True for _ in kept_matches(_ACRONYM_YEAR, text, kept))
    if matched:
        assert _acronym_year_possible(text, kept)
    # the whole text's gate passes wherever the kept spans' does
    assert _acronym_year_possible(text) or not _acronym_year_possible(text, kept)


def test_the_kept_gate_refuses_a_year_outside_the_spans():
    assert _acronym_year_possible("Delegates came to LCO-2031 in Pinetown.")
    assert not _acronym_year_possible("Delegates came to LCO-2031 in Pinetown.", ((30, 39),))
    # the capitals run past the span's end; their year is on the next line
    assert _acronym_year_possible("Delegates came to LCOX\n2031 in Pinetown.", ((0, 20),))


@pytest.mark.parametrize("text, kept", ACRONYM_TEXTS)
def test_the_events_found_are_those_found_without_the_gate(text, kept, monkeypatch):
    gated = find_events(RULES, text, kept=kept)
    monkeypatch.setattr(event_names, "_acronym_year_possible", lambda text, kept=None: True)
    assert find_events(RULES, text, kept=kept) == gated


SUMMIT_TEXTS = [
    ("We talked at the G20 in Pinetown.", None),
    ("We talked at the G20 in Pinetown.\nAnd during the G-8, here.", None),
    ("We talked AT THE G20.\nThey met at G7 with friends.", None),
    ("We talked at\nthe G20.", None),
    ("We talked at the\nG20.", None),
    ("We talked at the     G20 , then at the G8 and more.", None),
    ("We talked about the G20 countries.\nAt the G-20 on Monday, we met.", None),
    ("We met at the G20 and at the G8.", ((0, 10),)),
    ("We met at the G20 and at the G8.", ((12, 32),)),
    ("We met at the G20.\nWe met at the G8.\nWe met at the G7.", ((19, 37),)),
    ("We met at the G20.\nWe met at the G8.\nWe met at the G7.", ((0, 5), (40, 55))),
    ("At the G20 summit we spoke.\nWe met at the G8.", None),
    ("G20G8 at the G20G8.\nat the G8", None),
    ("at the G20", ((0, 3),)),
]


@pytest.mark.parametrize("text, kept", SUMMIT_TEXTS)
def test_the_summits_are_those_the_pattern_finds_over_the_whole_text(text, kept, monkeypatch):
    g = grammar(RULES)
    rule = group_summits(RULES)
    assert rule.one_line
    gated = _group_summits(RULES, text, g, kept)
    monkeypatch.setattr(
        event_names, "group_summits", lambda ruleset: dataclasses.replace(rule, one_line=False)
    )
    assert _group_summits(RULES, text, g, kept) == gated


def test_the_summits_found_on_the_lines_of_the_initials():
    g = grammar(RULES)
    text = "We met at the G20.\nWe met at the G8.\nWe met at the G7."
    found = _group_summits(RULES, text, g, ((19, 37),))
    assert [f["name"] for f in found] == ["G8"]
    assert [f["name"] for f in _group_summits(RULES, text, g, None)] == ["G20", "G8", "G7"]


@pytest.mark.parametrize(
    "before, followers, one_line",
    [
        (["at", "during"], ["in", "here"], True),
        (["at", "in front of"], ["in"], False),
        (["at"], ["in", r"\s+now"], False),
        (["at"], ["in", "next year"], False),
    ],
)
def test_a_pattern_that_may_read_past_a_line_is_read_in_full(before, followers, one_line):
    data = RULES.get("events", required=("heads",))
    rule = {**data["group_summit_initials"], "before": before, "followers": followers}
    ruleset = RULES.edited("events", group_summit_initials=rule)
    assert group_summits(ruleset).one_line is one_line
