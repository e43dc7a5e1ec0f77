"""Wars and battles named in plain lowercase words (issue 12, round eg): events.json's
`plain_war_names` ("the defence of Pinegrad": a city's defence in a war is a battle by name; "the
first Hillish campaign": a campaign named by the land it was fought in). Each named case is found
with the rule and not without it; the rows where it must not fire find no such war. The sentences
are invented; the places are put in the rules of the test."""

import pytest
from conftest import found_event_names as _found
from conftest import page_event_dates

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
PLAIN = {
    "city_defences": {
        "heads": ["defence of", "defense of"],
        "places": ["Pinegrad", "Lakeport", "Stone Harbour"],
        "not_after": ["in", "air", "missile", "civil", "territorial"],
    },
    "demonym_campaigns": {
        "heads": ["campaign"],
        "ordinals": ["first", "second"],
        "modifiers": ["Hillish", "Dalish"],
    },
    "kind": "war",
}
WITH = RULES.edited("events", plain_war_names=PLAIN)
WITHOUT = RULES.edited("events", plain_war_names={})

NAMED = [
    ("My grandmother took part in the defence of Pinegrad as a nurse.", "defence of Pinegrad"),
    ("The museum tells of the heroic defence of Lakeport and its sailors.", "defence of Lakeport"),
    ("The regiment won fame during the defense of Stone Harbour.", "defense of Stone Harbour"),
    (
        "The clinic treated hundreds of soldiers in the first Hillish campaign.",
        "first Hillish campaign",
    ),
    ("What did the army learn from the Dalish campaign, in your view?", "Dalish campaign"),
    ("Veterans of the second Hillish campaign gathered in the square.", "second Hillish campaign"),
]


@pytest.mark.parametrize("text, name", NAMED)
def test_a_plain_war_name_is_found(text, name):
    assert name in _found(text, WITH)
    assert name not in _found(text, WITHOUT)


@pytest.mark.parametrize(
    "text, names",
    [
        ("She wrote of the defence of Pinegrad and the defence of Lakeport.", 2),
        ("He served in the first Hillish campaign and the Dalish campaign.", 2),
        ("the defence of Pinegrad " * 50, 50),
    ],
)
def test_names_close_together_are_each_found(text, names):
    # a window around a later name holds the one before it: each is found, not the first alone
    found = [n for n in _found(text, WITH) if "defence" in n or "campaign" in n]
    assert len(found) == names


def test_its_kind_is_war():
    from pipeline.nlp.event_names import find_events

    kinds = {f["name"]: f["kind"] for f in find_events(WITH, NAMED[0][0])}
    assert kinds["defence of Pinegrad"] == "war"


UNNAMED = [
    # protection, not a battle: "in defence of", "air defence of"
    "Thousands signed a letter in defence of Pinegrad and its old park.",
    "The air defence of Lakeport was strengthened last year.",
    # a region, not the city: a capitalised word follows
    "Headquarters were set up for the defence of Pinegrad Region.",
    # a place not listed, or a country
    "The old treaty spoke only about a common defence of Greenland.",
    "This is vital for the defence of our national interests.",
    # a campaign not named by a listed land
    "The election campaign in Pinegrad starts in June.",
    "The Hillish people launched a campaign against litter.",
    "The Lakeport campaign for clean rivers was a success.",
]


@pytest.mark.parametrize("text", UNNAMED)
def test_no_plain_war_is_named(text):
    found = _found(text, WITH)
    assert not any(n.lower().startswith(("defence of", "defense of")) for n in found)
    assert not any("campaign" in n.lower() for n in found)


def test_a_defence_is_dated_as_a_war():
    # the installed rules: a year right after the name dates it; a year elsewhere in the clause,
    # or none, leaves it undated (a war lasts years)
    text = (
        "Our teacher's father took part in the defence of Tula in 2041, we were told.\n\n"
        "He remembered the defence of Murmansk, which his unit joined in 2043."
    )
    dates = page_event_dates(text, "Meeting with teachers", "2061-05-05")
    assert dates["defence of Tula"] == "2041"
    assert dates["defence of Murmansk"] is None
