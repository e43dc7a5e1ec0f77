"""Events on the source pages (issue 12, round di): a group of states' initials standing for
its summit after 'at' or 'during' (events.json's `group_summit_initials`: 'at the L20 in
Pineland', 'during the L20,'), not when another word follows or after another preposition, and
not on a page that names the group's summit in full. The sentences are invented; the group's
initials are set in the rules for them ('L20', 'L-20', 'L7')."""

import pytest
from conftest import found_event_names as _found

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
GROUPS = RULES.get("events")["group_summit_initials"]
LAKE = RULES.edited("events", group_summit_initials={**GROUPS, "initials": ["L20", "L-20", "L7"]})
WITHOUT = LAKE.edited("events", group_summit_initials={})

NAMED = [
    ("I hope to greet you in person at L20 in Pineland. Thank you.", "L20 in Pineland"),
    ("The ministers will talk to their guests at the L-20. Will prices fall?", "L-20"),
    ("I wanted to see you during the L20, because trade matters to us both.", "L20"),
    ("At the L7 in Lakeville the leaders spoke about grain.", "L7 in Lakeville"),
    ("What did you achieve here at the L20, and were the aims met?", "L20"),
]


@pytest.mark.parametrize("text, name", NAMED)
def test_a_group_s_initials_stand_for_its_summit(text, name):
    assert _found(text, LAKE) == [name]
    assert _found(text, WITHOUT) == []


@pytest.mark.parametrize(
    "text",
    [
        "At the L20 table, every plan will find its place.",  # another word follows: the group
        "Growth is among the main tasks for the L20 and for its chair.",  # "for": the group
        "The L20 countries agreed on a common position.",  # no preposition of being there
        "We worked at the L20 level on these rules.",
        "He spoke at L2000 about boats.",  # other initials
    ],
)
def test_no_summit_where_the_initials_name_the_group(text):
    assert _found(text, LAKE) == []


def test_no_bare_initials_on_a_page_that_names_the_summit_in_full():
    text = (
        "We met during the L20, and again after it.\n\n"
        "The L20 summit in Pinetown adopted a statement on fisheries."
    )
    assert _found(text, LAKE) == ["L20 summit in Pinetown"]


def test_the_installed_rule_reads_real_groups():
    text = "I look forward to seeing you at the G20 in Pineland."
    assert _found(text) == ["G20 in Pineland"]
