"""Event names and kinds as the gold writes them (issue 12, round bn): a summit takes the place
it is held in ("the Lake Union summit in Pinetown", events.json's `place_tail_kinds`), a place
that is a people's adjective is none ("in the Lakelandish capital", `adjective_places_refused`),
and a meeting of leaders or heads of state is written out as a summit (`leaders_meeting_kind`).
Each case changes without its rule (RULES.edited), and the rows where it must not fire stay as
they were. The sentences are invented (docs/accuracy.md, issue 12 round bn)."""

import pytest
from conftest import _page_events
from conftest import found_event_names as _found

from pipeline.nlp.event_names import leaders_meeting_kind
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT_SUMMIT_PLACE = RULES.edited("events", drop=["untailed_place_kinds"])
WITHOUT_ADJECTIVE = RULES.edited("events", drop=["adjective_places_refused"])
WITHOUT_LEADERS = RULES.edited("events", drop=["leaders_meeting_kind"])

SUMMIT_PLACES = [
    # (sentence, name with the rule, name without it)
    (
        "The ministers spoke of the results of the LPU summit in Pinetown.",
        "LPU summit in Pinetown",
        "LPU summit",
    ),
    (
        "Both leaders will attend the Lakeland-Pineland summit in Hillmark next week.",
        "Lakeland-Pineland summit in Hillmark",
        "Lakeland-Pineland summit",
    ),
    (
        "He recalled the decisions of the L7 Summit in Port Heron.",
        "L7 Summit in Port Heron",
        "L7 Summit",
    ),
]


@pytest.mark.parametrize("text,name,without", SUMMIT_PLACES)
def test_a_summit_takes_its_host(text, name, without):
    assert _found(text) == [name]
    assert _found(text, WITHOUT_SUMMIT_PLACE) == [without]


NOT_SUMMIT_PLACES = [
    # a month, a venue: no host
    ("They prepared for the LPU summit in May.", ["LPU summit"]),
    ("The LPU summit in the Pine Palace went well.", ["LPU summit"]),
    # a forum keeps its name alone
    ("He spoke at the Lake Economic Forum in Pinetown.", ["Lake Economic Forum"]),
    # a summit named by a body in its tail keeps its name
    (
        "He went to the summit of the Lake Cooperation Organisation in Pinetown.",
        ["summit of the Lake Cooperation Organisation"],
    ),
]


@pytest.mark.parametrize("text,names", NOT_SUMMIT_PLACES)
def test_no_host_where_none_is_named(text, names):
    assert _found(text) == names
    assert _found(text, WITHOUT_SUMMIT_PLACE) == names


def test_a_peoples_adjective_is_no_place():
    text = "They met at the LPU summit in the Lakelandish capital on Monday."
    assert _found(text) == ["LPU summit"]
    assert _found(text, WITHOUT_ADJECTIVE) == ["LPU summit in the Lakelandish"]


@pytest.mark.parametrize(
    "text,name",
    [
        # a noun ends the place: it stays
        (
            "He spoke of the presidential elections in the Lake Republic scheduled for May.",
            "presidential elections in the Lake Republic",
        ),
        # a people's adjective, but no lowercase noun after it
        ("The Pine Games in the Lakelandish will open soon.", "Pine Games in the Lakelandish"),
    ],
)
def test_a_place_stays_where_no_adjective_is_read(text, name):
    assert _found(text) == [name]
    assert _found(text, WITHOUT_ADJECTIVE) == [name]


@pytest.mark.parametrize(
    "name",
    [
        "Lake Economic Leaders’ Meeting",
        "third joint meeting of the heads of states of the Lake process",
        "meeting of the LPU Heads of State Council",
    ],
)
def test_a_leaders_meeting_is_a_summit(name):
    assert leaders_meeting_kind(RULES, name, "meeting") == "summit"
    assert leaders_meeting_kind(WITHOUT_LEADERS, name, "meeting") == "meeting"


@pytest.mark.parametrize(
    "name,kind",
    [
        ("meeting of the LPU heads of government", "meeting"),
        ("third meeting of the Lake Council", "meeting"),
        ("Lake Leaders Forum", "forum"),  # not a meeting: its kind stays
    ],
)
def test_other_meetings_keep_their_kind(name, kind):
    assert leaders_meeting_kind(RULES, name, kind) == kind
    assert leaders_meeting_kind(WITHOUT_LEADERS, name, kind) == kind


def test_the_written_out_kind_of_a_leaders_meeting(monkeypatch, events_component):
    text = "The President will attend the Lake Economic Leaders’ Meeting in Pinetown next week."
    facts = _page_events(text, "Visit", "2031-04-15")
    assert [(f["text"], f["kind"]) for f in facts] == [("Lake Economic Leaders’ Meeting", "summit")]
    monkeypatch.setattr(events_component, "rules", WITHOUT_LEADERS)
    facts = _page_events(text, "Visit", "2031-04-15")
    assert [(f["text"], f["kind"]) for f in facts] == [
        ("Lake Economic Leaders’ Meeting", "meeting")
    ]
