"""Events on the source pages (issue 12, round cy): meetings named by the body or format that
holds them. events.json's `body_named_meetings` ("the last State Council meeting", "a meeting
of the State Council Presidium": a standing body that meets a few times a year),
`format_named_meetings`' `tail_prepositions` ("a meeting in the Lakeland format") and
`counted_multilateral_gatherings`' `apposition_uncounted_determiners` ("the quadrilateral
meeting of the presidents, guarantors of the Pine process", named by the apposition without a
count). Each case changes without its rule, and the rows where it must not fire stay as they
were. The sentences are invented (docs/accuracy.md, issue 12 round cy)."""

import pytest
from conftest import found_event_names as _found
from conftest import page_event_names

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
EVENTS = RULES.get("events")
WITHOUT_BODIES = RULES.edited("events", body_named_meetings={})
LAKE_BODIES = RULES.edited(
    "events", body_named_meetings={**EVENTS["body_named_meetings"], "bodies": ["Pine Presidium"]}
)
WITHOUT_TAILS = RULES.edited(
    "events",
    format_named_meetings={
        k: v for k, v in EVENTS["format_named_meetings"].items() if k != "tail_prepositions"
    },
)
WITHOUT_UNCOUNTED = RULES.edited(
    "events",
    counted_multilateral_gatherings={
        k: v
        for k, v in EVENTS["counted_multilateral_gatherings"].items()
        if k != "apposition_uncounted_determiners"
    },
)

BODY_NAMED = [
    (
        "The governors argued about roads at the last State Council meeting.",
        "State Council meeting",
    ),
    (
        "In March, Pinetown will host a special State Council meeting on fisheries.",
        "State Council meeting",
    ),
    ("Let us return to this at the upcoming State Council meeting.", "State Council meeting"),
    (
        "The mayor will chair a meeting of the State Council Presidium.",
        "meeting of the State Council Presidium",
    ),
    (
        "We heard the report at an expanded State Council Presidium meeting.",
        "State Council Presidium meeting",
    ),
    ("The State Council meeting on forests ended late.", "State Council meeting"),
]


@pytest.mark.parametrize("text, name", BODY_NAMED)
def test_a_meeting_named_by_its_body(text, name):
    assert name in _found(text)
    assert name not in _found(text, WITHOUT_BODIES)


def test_the_bodies_are_data():
    for text, name in (
        ("The ferry plan came up at the next Pine Presidium meeting.", "Pine Presidium meeting"),
        (
            "The ferry plan came up at a meeting of the Pine Presidium.",
            "meeting of the Pine Presidium",
        ),
    ):
        assert name in _found(text, LAKE_BODIES)
        assert name not in _found(text)


BODY_UNNAMED = [
    "Governors speak at State Council meetings twice a year.",  # plural: several, unnamed
    "They discussed the budget at State Council meeting in May.",  # no determiner
    "The Heads of State Council meeting in Pinetown was short.",  # another council's meeting
    "The Supreme State Council meeting of the Lake Union opened.",  # the council rules' part
    "This State Council meeting is devoted to rivers.",  # "this": the page's own
    "The Security Council meeting discussed the border.",  # not a body of the list
    "The State Council adopted the report on Monday.",  # the body, no meeting
]


@pytest.mark.parametrize("text", BODY_UNNAMED)
def test_no_body_named_meeting(text):
    assert _found(text) == _found(text, WITHOUT_BODIES)


def test_the_page_s_own_body_meeting_is_left_out():
    text = "Opening remarks.\n\nToday the State Council meeting discusses the roads of Lakeland."
    title = "State Council meeting on the roads of Lakeland"
    assert "State Council meeting" not in page_event_names(text, title=title)
    assert "State Council meeting" in page_event_names(text, title="Visit to Pinetown")


FORMAT_TAILS = [
    (
        "A meeting in the Lakeland format will take place next month.",
        "meeting in the Lakeland format",
    ),
    ("He attended a meeting in the LPEC+ format in Pinetown.", "meeting in the LPEC+ format"),
    ("The meeting in the Pine Lake format ended at noon.", "meeting in the Pine Lake format"),
]


@pytest.mark.parametrize("text, name", FORMAT_TAILS)
def test_a_meeting_named_by_a_format_after_it(text, name):
    assert name in _found(text)
    assert name not in _found(text, WITHOUT_TAILS)


FORMAT_TAIL_UNNAMED = [
    "We should go on with meetings in the Lakeland format.",  # plural
    "They held talks in the Lakeland format on Monday.",  # talks: not a named event
    "A meeting in the new format will be held soon.",  # no format named
    "A meeting in the Lakeland style took place.",  # not a format word
]


@pytest.mark.parametrize("text", FORMAT_TAIL_UNNAMED)
def test_no_format_tail_meeting(text):
    assert _found(text) == _found(text, WITHOUT_TAILS)


UNCOUNTED = [
    (
        "After the quadrilateral meeting of the presidents, guarantors of the Pine process for"
        " peace on the lake, the guests had lunch.",
        "quadrilateral meeting of the presidents, guarantors of the Pine process",
    ),
    (
        "They spoke of the trilateral summit of the leaders – guarantors of the Lake process.",
        "trilateral summit of the leaders – guarantors of the Lake process",
    ),
]


@pytest.mark.parametrize("text, name", UNCOUNTED)
def test_a_multilateral_gathering_named_by_its_apposition(text, name):
    assert name in _found(text)
    assert name not in _found(text, WITHOUT_UNCOUNTED)


UNCOUNTED_UNNAMED = [
    "After the quadrilateral meeting of the presidents the guests had lunch.",  # no apposition
    "A quadrilateral meeting of the presidents, guarantors of the Pine process, is possible.",
    "Our trilateral summit of the leaders went well.",  # no apposition, no determiner
]


@pytest.mark.parametrize("text", UNCOUNTED_UNNAMED)
def test_no_uncounted_gathering_without_its_apposition(text):
    assert _found(text) == _found(text, WITHOUT_UNCOUNTED)
