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
    # review65: other white space before the year, a span ending inside the capitals
    ("Delegates came to LCO\u20282031 here.", ((0, 19),)),
    ("Delegates came to LCO\x1c2031 here.", ((18, 19),)),
    ("Delegates came to LCOX\x852031 here.", ((0, 21),)),
    ("Delegates came to LCO\u00a01999", ((20, 21),)),
    ("Delegates came to LCO\u20292031", ((21, 22),)),
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


def _old_group_summits(ruleset, text, g, kept):
    """`_group_summits` as it was before round lead64: the pattern over the whole text, or over
    the kept spans by `kept_matches` (copied from main d65ca6d)."""
    rule = group_summits(ruleset)
    if rule is None or rule.initials.search(text) is None:
        return []
    found = []
    matches = (
        rule.pattern.finditer(text) if kept is None else kept_matches(rule.pattern, text, kept)
    )
    for m in matches:
        if not found and rule.named.search(text):
            return []
        end = m.end(1)
        place = g.place_re.match(text, end)
        if (
            place
            and not event_names.place_is_venue(ruleset, place)
            and not event_names._adjective_place(text, place, g)
        ):
            end = event_names._place_end(text, place, g)
        found.append(event_names._span_event(text, m.start(1), end, rule.kind))
    return found


# review65: a rule set whose `before` holds "the" (a match may start inside another) and spans
# starting inside a match: `kept_matches` then finds the match starting in the span
OVERLAP_TEXTS = [
    ("We met at the G20.", ((10, 18),)),
    ("We met at the G20.", ((0, 18),)),
    ("We met at the G20.", ((8, 12),)),
    ("We met at the G20.\nAt the G8, then at the G7.", ((10, 20), (23, 30), (38, 45))),
    ("We met at the G20 and the G8.\nNo.\nAt the G8.", ((4, 11), (12, 24), (38, 42))),
    ("We met at the G20 and the G8.\nNo.\nAt the G8.", ((0, 3), (34, 36))),
    ("the the the G8.", ((1, 2), (4, 6), (9, 15))),
    ("At the G20, the G8.\nthe G7", ((0, 1), (5, 26))),
]


@pytest.mark.parametrize("text, kept", OVERLAP_TEXTS)
def test_the_summits_are_those_kept_matches_finds_with_another_rule_set(text, kept):
    data = RULES.get("events", required=("heads",))
    rule = {**data["group_summit_initials"], "before": ["at", "the"]}
    ruleset = RULES.edited("events", group_summit_initials=rule)
    assert group_summits(ruleset).one_line
    g = grammar(ruleset)
    assert _group_summits(ruleset, text, g, kept) == _old_group_summits(ruleset, text, g, kept)
    assert _group_summits(ruleset, text, g, None) == _old_group_summits(ruleset, text, g, None)


@pytest.mark.parametrize("text, kept", SUMMIT_TEXTS)
def test_the_summits_are_those_of_the_old_reading(text, kept):
    g = grammar(RULES)
    assert _group_summits(RULES, text, g, kept) == _old_group_summits(RULES, text, g, kept)


@pytest.mark.parametrize("initials", [["L\n20"], ["L20", "L-\n20"]])
def test_initials_written_with_a_line_break_are_read_in_full(initials):
    data = RULES.get("events", required=("heads",))
    rule = {**data["group_summit_initials"], "initials": initials}
    ruleset = RULES.edited("events", group_summit_initials=rule)
    g = grammar(ruleset)
    text = f"We met at the {initials[-1]}. Then at the L20."
    found = _group_summits(ruleset, text, g, None)
    assert found == _old_group_summits(ruleset, text, g, None)
    assert found[0]["name"] == initials[-1]
