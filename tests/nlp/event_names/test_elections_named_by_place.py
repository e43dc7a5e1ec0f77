"""Events on pages nobody tuned to (issue 12, round co): an election named by the country or
town it is held in ('the election in Pineland', 'the recent elections in Lakeland'), as
`place_named_heads` names 'the summit in Pinetown'. Each case fires with the rule and not
without the election heads; the cases that must not fire stay empty. The sentences are
invented."""

import json

import pytest
from conftest import found_event_names as _found
from conftest import page_event_names as _names

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
EVENTS = RULES.get("events")


def _without_elections():
    """The installed rules with `place_named_heads` as before round co: no election heads."""
    rule = json.loads(json.dumps(EVENTS["place_named_heads"]))
    rule["heads"] = [h for h in rule["heads"] if not h.startswith("election")]
    rule["modified_heads"] = {
        h: w for h, w in rule["modified_heads"].items() if not h.startswith("election")
    }
    return RULES.edited("events", place_named_heads=rule)


FIRES = [
    (
        "What is your view of the election in Pineland? Was it fair?",
        "election in Pineland",
    ),
    (
        "The elections in Pinetown were held only last Sunday, so there was no time.",
        "elections in Pinetown",
    ),
    (
        "Do the Lake talks still make sense after the recent elections in Hillmark?",
        "recent elections in Hillmark",
    ),
    (
        "The two leaders went over trade and the upcoming elections in the Lake Republic.",
        "upcoming elections in the Lake Republic",
    ),
    (
        "Nobody here forgot how badly he lost the election in Pinetown to his rival.",
        "election in Pinetown",
    ),
]


@pytest.mark.parametrize("text, name", FIRES)
def test_an_election_named_by_its_place(text, name):
    assert _found(text) == [name]
    assert _found(text, _without_elections()) == []


@pytest.mark.parametrize(
    "text",
    [
        "He will stay acting governor until the election in September.",  # a month
        "Lakeland will hold elections in Pineland next year.",  # no 'the': unnamed
        "He said an election in Pineland would be welcome.",  # 'an': one of several
        "There were no elections in Lakeland for decades.",  # no determiner
        "The new law on the elections was passed in Pinetown.",  # no place after the head
        "They argued about the election in the Lakelandish press.",  # a people's adjective
        "I believe the elections in Lakeland are fair and open.",  # elections there in general
    ],
)
def test_no_election_named_by_place(text):
    assert _found(text) == []


def test_a_later_host_named_election_after_another_election_is_that_one():
    # as for summits: a host-named mention after an election of the page is a mention of it
    text = (
        "He congratulated her on winning the presidential election. "
        "Observers praised the election in Pineland."
    )
    assert _names(text) == ["presidential election"]


def test_the_generic_follower_is_the_switch():
    text = "I believe the elections in Lakeland are fair and open."
    rule = json.loads(json.dumps(EVENTS["place_named_heads"]))
    rule["generic_followers"] = {}
    assert _found(text, RULES.edited("events", place_named_heads=rule)) == ["elections in Lakeland"]
