"""Event precision (issue 12, round ct), three `context_refusals` kinds: an election named
right after 'law on' or 'bill on' is the subject of a law's title ('law_named_by_election'); an
election name followed by the plural 'campaigns' speaks of campaigns in general
('election_campaigns_in_general'); a forum spoken of as a body is told through an acronym and the
opening bracket of its expansion ('forum_as_body' with `through_acronym_brackets`). Each rule
has rows that change without it and rows where it must not fire. The sentences are invented."""

import pytest
from conftest import found_event_names as _found

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
EVENTS = RULES.get("events")


def _without_refusal(name):
    """The installed rules with the context refusal `name` taken out."""
    refusals = [r for r in EVENTS["context_refusals"] if r["name"] != name]
    return RULES.edited("events", context_refusals=refusals)


def _without_acronym_brackets():
    """The installed rules with `through_acronym_brackets` taken off every context refusal."""
    refusals = [
        {k: v for k, v in r.items() if k != "through_acronym_brackets"}
        for r in EVENTS["context_refusals"]
    ]
    return RULES.edited("events", context_refusals=refusals)


def _has(names, word):
    return any(word in n.lower() for n in names)


# -- an election in a law's title ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The governor sent the assembly the draft Regional Law On Elections of Lake Councillors.",
        "Pineland amended its Law On the Presidential Elections twice in the last decade.",
        "The deputies passed the bill on parliamentary elections in Lakeland in the first reading.",
        "Fines will follow the model set by the laws on the municipal elections of Pine County.",
    ],
)
def test_an_election_in_a_laws_title_is_no_event(text):
    assert not _has(_found(text), "election")
    assert _has(_found(text, _without_refusal("law_named_by_election")), "election")


@pytest.mark.parametrize(
    "text",
    [
        "The Lakeland presidential election will take place in the spring of 2031.",
        "Observers from Pineland watched the 2030 Lake Council elections closely.",
        "The new law was adopted shortly before the Pine County mayoral election.",
    ],
)
def test_an_election_outside_a_laws_title_is_still_an_event(text):
    assert _has(_found(text), "election")


# -- election campaigns in general ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The history of Lakeland election campaigns shows how much money matters.",
        "He has studied Pineland parliamentary election campaigns for twenty years.",
    ],
)
def test_election_campaigns_in_the_plural_are_no_event(text):
    assert not _has(_found(text), "election")
    assert _has(_found(text, _without_refusal("election_campaigns_in_general")), "election")


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers joined the Lakeland parliamentary election campaign in the summer of 2031.",
        "The Pineland presidential election was held in March, after a short campaign.",
    ],
)
def test_one_election_campaign_or_an_election_stays(text):
    assert _has(_found(text), "election")


# -- a forum as a body, named after its acronym in brackets ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lakeland and Pineland are both members of the LRCF [Lake Rivers Countries Forum].",
        "Pineland joined the LRCF (Lake Rivers Countries Forum) three years ago.",
        "We value our cooperation within the PBC [Pine Basin Conference] on water use.",
    ],
)
def test_a_forum_named_in_brackets_after_its_acronym_as_a_body_is_no_event(text):
    assert not _has(_found(text), "forum") and not _has(_found(text), "conference")
    found = _found(text, _without_acronym_brackets())
    assert _has(found, "forum") or _has(found, "conference")


@pytest.mark.parametrize(
    "text",
    [
        "The ministers met at the LRCF [Lake Rivers Countries Forum] in Pinetown last week.",
        "Delegates gathered for the PBC (Pine Basin Conference) on Monday.",
    ],
)
def test_a_forum_named_in_brackets_that_meets_is_still_an_event(text):
    found = _found(text)
    assert _has(found, "forum") or _has(found, "conference")
