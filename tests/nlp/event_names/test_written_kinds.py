"""The kind an event is written out with where its name says more than its head (issue 12,
round eo, `pipeline/nlp/event_written_kinds.py`): a meeting named only by a summit group's
initials is a summit (events.json's `group_meeting_kind`), a contest or olympiad of a sport is
a sports event (`sport_contest_kind`). Each case changes without its rule; the rows where a
rule must not fire keep their kind. The names and sentences are invented."""

import pytest
from conftest import _page_events

from pipeline.nlp.event_written_kinds import written_kind
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
# invented initials in place of the real groups' (the rule's mechanism, not its list)
GROUPS = RULES.edited(
    "events",
    group_meeting_kind={
        **RULES.get("events")["group_meeting_kind"],
        "initials": ["G30", "L-30", "PAEC"],
    },
)
WITHOUT_GROUPS = RULES.edited("events", drop=["group_meeting_kind"])
WITHOUT_SPORTS = RULES.edited("events", drop=["sport_contest_kind"])


@pytest.mark.parametrize(
    "name",
    [
        "G30 meeting",
        "L-30 meeting",
        "PAEC meeting",
        "the G30 meeting",
        "G30 meeting in Pinetown",
        "PAEC meeting in New Lakeland",
    ],
)
def test_a_summit_group_s_meeting_is_a_summit(name):
    assert written_kind(GROUPS, name, "meeting") == "summit"
    assert written_kind(WITHOUT_GROUPS, name, "meeting") == "meeting"


@pytest.mark.parametrize(
    "name,kind",
    [
        ("G30 energy ministers’ meeting", "meeting"),  # ministers meet
        ("G30 meeting of finance ministers", "meeting"),  # ministers meet
        ("LCO meeting", "meeting"),  # initials not of the list
        ("G30 meeting in the capital", "meeting"),  # no place named after "in"
        ("G30 forum", "forum"),  # not a meeting's head
        ("G30 meeting", "forum"),  # a kind the rule does not rewrite
    ],
)
def test_other_meetings_keep_their_kind(name, kind):
    assert written_kind(GROUPS, name, kind) == kind


@pytest.mark.parametrize(
    "name",
    [
        "Lake Chess Olympiad",
        "44th Pine Chess Olympiad",
        "Pine Presidential Canoeing Cup international competition",
        "Lakeland Open Sports Competition",
        "Pine Contest National School Sports Competitions",
        "Lake Hockey contest",
    ],
)
def test_a_sport_s_contest_is_a_sports_event(name):
    assert written_kind(RULES, name, "other") == "sports"
    assert written_kind(WITHOUT_SPORTS, name, "other") == "other"


@pytest.mark.parametrize(
    "name,kind",
    [
        ("Lakeland Mathematical Olympiad", "other"),  # no sport named
        ("Pine International Violin Competition", "other"),  # no sport named
        ("Teacher of the Year contest", "other"),
        ("Lake Sport Stars Ball", "other"),  # a sport, but no contest head
        ("Lake Hockey Festival", "festival"),  # a kind the rule does not rewrite
        ("Pine Sports Forum", "forum"),
        ("Lakeland Chessboard Olympiad", "other"),  # "chess" only as a whole word
    ],
)
def test_other_contests_keep_their_kind(name, kind):
    assert written_kind(RULES, name, kind) == kind


def test_the_leaders_meeting_rule_still_applies():
    assert written_kind(RULES, "Lake Economic Leaders’ Meeting", "meeting") == "summit"


def test_the_written_out_kind_on_a_page(monkeypatch, events_component):
    text = (
        "The President will watch the Lake Chess Olympiad in Pinetown next week.\n\n"
        "He spoke to the press after the G30 meeting."
    )
    monkeypatch.setattr(events_component, "rules", GROUPS)
    facts = _page_events(text, "Visit", "2031-04-15")
    assert sorted((f["text"], f["kind"]) for f in facts) == [
        ("G30 meeting", "summit"),
        ("Lake Chess Olympiad", "sports"),
    ]
    monkeypatch.setattr(
        events_component, "rules", GROUPS.edited("events", drop=["group_meeting_kind"])
    )
    facts = _page_events(text, "Visit", "2031-04-15")
    assert sorted((f["text"], f["kind"]) for f in facts) == [
        ("G30 meeting", "meeting"),
        ("Lake Chess Olympiad", "sports"),
    ]
