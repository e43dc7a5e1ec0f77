"""An election named again by its body's type alone (issue 12, round bz): "the parliamentary
elections" after "the State Duma elections" is the same election, recorded once at its first
mention. Each case changes without the rule; the rows where it must not fire stay as they were.
The pages are invented (docs/accuracy.md, issue 12 round bz)."""

import pytest
from conftest import _page_events

from pipeline.nlp.event_second_names import election_type_names
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()


def _names(text, title="Visit", date="2031-09-12"):
    return [f["text"] for f in _page_events(text, title, date)]


@pytest.fixture
def without_type_names(monkeypatch):
    """The installed rules with `election_type_names` off, for the page-level component."""
    from pipeline.nlp import events as events_module

    monkeypatch.setattr(events_module, "election_type_names", lambda ruleset: None)


ONE = [
    (
        "The governor spoke about the State Duma elections held last Sunday.\n\n"
        "Turnout at the parliamentary elections was higher than expected.",
        "State Duma elections",
        "parliamentary elections",
    ),
    (
        "We thank the volunteers who worked at the State Duma election.\n\n"
        "What lessons do we learn from this parliamentary election?",
        "State Duma election",
        "parliamentary election",
    ),
    (
        "Observers praised the State Duma elections.\n\n"
        "We are grateful for your help at the parliamentary elections in the Russian Federation.",
        "State Duma elections",
        "parliamentary elections in the Russian Federation",
    ),
    # the type first, then the body: one election, named as first written
    (
        "Many young people will vote in the parliamentary elections.\n\n"
        "The State Duma elections will be held in autumn.",
        "parliamentary elections",
        "State Duma elections",
    ),
]


@pytest.mark.parametrize("text, kept, dropped", ONE)
def test_the_type_names_the_body_s_election_again(text, kept, dropped, request):
    names = _names(text)
    assert kept in names
    assert dropped not in names
    request.getfixturevalue("without_type_names")
    assert {kept, dropped} <= set(_names(text))


TWO = [
    # a number in the second name: maybe another election
    "Parties prepared for the State Duma elections.\n\n"
    "They recalled the December 2029 parliamentary elections.",
    # another country's parliament
    "He spoke about the State Duma elections.\n\n"
    "Pineland will hold parliamentary elections in Pineland next spring.",
    # another type of election
    "The State Duma elections went calmly.\n\nThe presidential election comes next year.",
    # no body's election on the page: the type alone stays
    "The parliamentary elections went calmly.\n\nThe Lake Forum opened on Monday.",
]


@pytest.mark.parametrize("text", TWO)
def test_other_elections_stay_apart(text, request):
    names = _names(text)
    request.getfixturevalue("without_type_names")
    assert _names(text) == names


def test_an_invented_body_in_edited_rules():
    rules = RULES.edited(
        "events",
        election_type_names={
            "bodies": [{"names": ["Lake Assembly"], "type": "parliamentary"}],
            "may_add": ["Lakeland"],
            "head": "election",
        },
    )
    names = election_type_names(rules)
    body = {"kind": "election", "name": "Lake Assembly elections"}
    cores = names.body_cores([body], lambda m: frozenset({"lake", "assembly", "election"}))
    assert cores == {"parliamentary": frozenset({"lake", "assembly", "election"})}
    second = {"kind": "election", "name": "parliamentary elections in Lakeland"}
    core = frozenset({"parliamentary", "election", "lakeland"})
    assert names.core(second, core, cores) == cores["parliamentary"]
    other = {"kind": "election", "name": "parliamentary elections in Pineland"}
    core = frozenset({"parliamentary", "election", "pineland"})
    assert names.core(other, core, cores) == core
    dated = {"kind": "election", "name": "2029 parliamentary elections"}
    core = frozenset({"parliamentary", "election"})
    assert names.core(dated, core, cores) == core


def test_the_rule_can_be_turned_off():
    assert election_type_names(RULES) is not None
    assert election_type_names(RULES.edited("events", election_type_names={})) is None
