"""Event precision (issue 12, round ev70): an anniversary an event marks of itself ("the Lake
Cup contest now marks its 12th anniversary") is that event named again, not a second event
(events.json's `event_owned_anniversaries`, pipeline/nlp/event_owned_anniversaries.py). Each
page of the first list gains the anniversary without the rule; the pages of the second list
stay as they were. The sentences are invented."""

import pytest
from conftest import found_event_names, page_event_names

from pipeline.nlp.event_owned_anniversaries import owned_by_event
from pipeline.nlp.rules import RuleError, installed_rules

RULES = installed_rules()
OFF = RULES.edited("events", event_owned_anniversaries={})

OWNED = [
    # the owner the subject of a verb of marking, "its" after it
    (
        "The Lakeside Song Festival opened on Friday.\n\n"
        "This year the festival marks its 15th anniversary.",
        ["Lakeside Song Festival"],
    ),
    # ", which" and a time between the owner and its verb
    (
        "Players came to the 12th Pinewood Chess Tournament.\n\n"
        "The tournament, which this year celebrates its 40th anniversary, draws many towns.",
        ["12th Pinewood Chess Tournament"],
    ),
    # a possessive owner right before the anniversary
    (
        "The Lakeland Film Fair returns to the harbour.\n\n"
        "The fair, now in the event’s 30th anniversary, shows old films again.",
        ["Lakeland Film Fair"],
    ),
    # the owner after "of"
    (
        "Please come to the Pinetown Organ Festival.\n\n"
        "Next summer we will celebrate the centenary of this festival with new music.",
        ["Pinetown Organ Festival"],
    ),
]

OWNED += [
    # ", which" after an object: the clause is the head's own (review70)
    (
        "The sponsor of the Pine Fair, which marks its 30th anniversary, came too.",
        ["Pine Fair"],
    ),
    # a preposition before the owner's sentence, not before the owner
    ("At the same time the festival marks its 20th anniversary.", []),
]

KEPT = [
    # "its" after a body, not after the event: the body's anniversary
    (
        "The Lake Exchange Forum opened, and the President congratulated the Lake Exchange "
        "on its 25th anniversary.",
        ["Lake Exchange Forum", "25th anniversary"],
    ),
    # a participle: the festival marks someone else's anniversary ("its" is the town's)
    (
        "Pinetown held the Lakeside Lantern Festival, celebrating its 800th anniversary.",
        ["Lakeside Lantern Festival", "800th anniversary"],
    ),
    # an owner that is no event
    (
        "The Lake Rowing Union marks its 60th anniversary this year.",
        ["60th anniversary"],
    ),
    # a possessive owner inside the anniversary's name, right after an event's verb: the
    # town's anniversary, not the festival's (review70)
    (
        "The Pinewood Film Festival celebrates Pinetown’s 800th anniversary.",
        ["Pinewood Film Festival", "Pinetown’s 800th anniversary"],
    ),
    (
        "The Pine Forum marks Pinegrad's 300th anniversary and its own tenth.",
        ["Pine Forum", "Pinegrad's 300th anniversary"],
    ),
    # the owner's phrase is the object of a participle or a preposition: the subject before it
    # is the anniversary's owner (review70, `object_links`)
    (
        "The company sponsoring the Lake Chess Contest marks its 30th anniversary.",
        ["Lake Chess Contest", "30th anniversary"],
    ),
    ("The sponsor of the contest marks its 30th anniversary this year.", ["30th anniversary"]),
    # "this event" after a battle or a war: the happening's anniversary, another event
    # (review70, `generic_heads`, `generic_not_kinds`)
    (
        "Our grandfathers won the Battle of Pine Lake. Next spring we mark this event’s 75th "
        "anniversary.",
        ["Battle of Pine Lake", "75th anniversary"],
    ),
    (
        "The Pine Lake War ended in a treaty, and in 2031 the town honours the centenary of "
        "this event.",
        ["Pine Lake War", "centenary"],
    ),
    # "the event" with no event named before it
    ("Next year the event marks its 20th anniversary.", ["20th anniversary"]),
    # the anniversary names its owner
    (
        "The Pinewood Film Festival will mark the 70th anniversary of the Lake Treaty.",
        ["Pinewood Film Festival", "70th anniversary of the Lake Treaty"],
    ),
]


@pytest.mark.parametrize("text, names", OWNED)
def test_an_events_own_anniversary_is_no_other_event(monkeypatch, events_component, text, names):
    assert page_event_names(text, title="News") == names
    monkeypatch.setattr(events_component, "rules", OFF)
    assert len(page_event_names(text, title="News")) == len(names) + 1


@pytest.mark.parametrize("text, names", KEPT)
def test_other_anniversaries_stay(monkeypatch, events_component, text, names):
    assert page_event_names(text, title="News") == names
    monkeypatch.setattr(events_component, "rules", OFF)
    assert page_event_names(text, title="News") == names


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The contest marks its 20th anniversary.", []),
        ("The contest marks its 20th anniversary.", ["20th anniversary"]),
    ],
)
def test_the_scan_without_the_rule(text, expected):
    rules = RULES if not expected else OFF
    assert found_event_names(text, rules) == expected


@pytest.mark.parametrize(
    "mention",
    [
        # another kind
        {"start": 4, "end": 24, "name": "Lake Song Festival", "kind": "festival"},
        # a name that says its owner
        {"start": 4, "end": 24, "name": "centenary of the Lake Treaty", "kind": "anniversary"},
    ],
)
def test_only_anniversaries_without_an_owner_are_read(mention):
    text = "The contest marks its " + "x" * 40
    assert not owned_by_event(RULES, text, mention)


@pytest.mark.parametrize(
    "rule",
    [{"heads": "festival", "verbs": ["marks"], "determiners": ["the"]}, {"heads": [7]}],
)
def test_a_rule_of_the_wrong_shape_is_refused(rule):
    text = "The contest marks its 20th anniversary."
    mention = {"start": 22, "end": 38, "name": "20th anniversary", "kind": "anniversary"}
    with pytest.raises(RuleError, match="event_owned_anniversaries"):
        owned_by_event(RULES.edited("events", event_owned_anniversaries=rule), text, mention)


@pytest.mark.parametrize(
    "before, owned",
    [
        ([], False),  # nothing named before "the event"
        ([{"start": 0, "end": 15, "name": "Pine Fair", "kind": "exhibition"}], True),
        ([{"start": 0, "end": 15, "name": "Pine War", "kind": "war"}], False),
        # the last one before counts, not the first
        (
            [
                {"start": 0, "end": 5, "name": "Pine Fair", "kind": "exhibition"},
                {"start": 6, "end": 15, "name": "Pine War", "kind": "war"},
            ],
            False,
        ),
    ],
)
def test_a_generic_owner_needs_an_edition_named_before(before, owned):
    """Review70: "the event" owns the anniversary only after an event of a recurring kind."""
    text = "x" * 16 + "The event marks its 20th anniversary."
    start = text.index("20th")
    mention = {"start": start, "end": start + 16, "name": "20th anniversary", "kind": "anniversary"}
    assert owned_by_event(RULES, text, mention, before) is owned
