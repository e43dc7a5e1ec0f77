"""Review of issue 12 round ek (events.json's `shared_head_lists`,
`pipeline.nlp.event_shared_heads`): each part of a split list keeps the span of its own words
(taken from the separators, not searched for again), a capitalised word after the head leaves
the name whole (a body named after the summits), and a part is the page's own meeting by its
own name, or as the list is only where the title holds the part's member too. The list's
keys never reach a record. The sentences are invented (review53)."""

import re

import pytest
from conftest import _page_events, page_event_names
from conftest import found_event_names as _found

from pipeline.nlp.event_shared_heads import split_shared_heads
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()


def _split(text, name):
    start = text.index(name)
    found = [{"start": start, "end": start + len(name), "name": name, "kind": "summit"}]
    return split_shared_heads(RULES, text, found)


@pytest.mark.parametrize(
    "text, name",
    [
        ("They met at the LCU and PTO summits.", "LCU and PTO summits"),
        ("They met at the LCU, PTO and HCO summits in Pinetown.", "LCU, PTO and HCO summits"),
        # a member that the separator's capitalised "THE" holds: searched for again, the part
        # was put inside "THE"
        ("They met at the LCU, THE T and PTO summits.", "LCU, THE T and PTO summits"),
        ("They met at the Lake Union, the Pine Union and Hill summits.", None),
    ],
)
def test_each_part_spans_its_own_words(text, name):
    name = name or text[text.index("Lake Union") : text.index(" summits") + len(" summits")]
    parts = _split(text, name)
    assert len(parts) > 1
    for part in parts:
        assert text[part["start"] : part["end"]] == part["name"]
        assert part["list_name"] == name
    # between two parts only a separator: a comma (and "the"), before the last the joiner
    gaps = [text[a["end"] : b["start"]] for a, b in zip(parts, parts[1:], strict=False)]
    assert all(re.fullmatch(r",\s+(?:the\s+)?", gap, re.IGNORECASE) for gap in gaps[:-1])
    assert re.fullmatch(r",?\s+and\s+(?:the\s+)?", gaps[-1], re.IGNORECASE)


@pytest.mark.parametrize(
    "text, names",
    [
        # a capitalised word after the head: a body named after the summits, not a list
        (
            "They met after the Lake and Pine Summits Organisation conference.",
            ["Lake and Pine Summits Organisation conference"],
        ),
        # a lowercase tail after the head: split as before
        (
            "They met after the Lake and Pine Summits in Pinetown.",
            ["Lake", "Pine Summits in Pinetown"],
        ),
    ],
)
def test_a_capitalised_word_after_the_head_leaves_the_name_whole(text, names):
    assert _found(text) == names


PAGE = "The leaders met in Pinetown.\n\nAfter the LCU and PTO summits, they held talks."


@pytest.mark.parametrize(
    "title, names",
    [
        # the title names the list: each member the page's own (round ek)
        ("Statement following LCU and PTO summits", []),
        # the title names one member's summit: that one is the page's own, not the other
        ("LCU summit in Pinetown", ["PTO summits"]),
        ("PTO summit", ["LCU"]),
        # the title names neither
        ("Talks with the Premier of Lakeland", ["LCU", "PTO summits"]),
    ],
)
def test_a_part_is_the_page_own_by_its_own_member(title, names):
    assert page_event_names(PAGE, title=title) == names


def test_a_long_member_does_not_make_the_other_the_page_own():
    text = (
        "The leaders met in Pinetown.\n\n"
        "The Lake Union and Pine Treaty Organisation summits were a success."
    )
    assert page_event_names(text, title="Pine Treaty Organisation summit") == ["Lake Union"]


def test_the_list_keys_never_reach_a_record():
    records = _page_events(PAGE, "Talks with the Premier of Lakeland", "2031-04-15")
    assert [r["text"] for r in records] == ["LCU", "PTO summits"]
    assert not any(key.startswith("list_") for r in records for key in r)
