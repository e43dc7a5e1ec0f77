"""A popular vote named by its reach alone (issue 12, round cc): "the nationwide vote ended on
May 3", "we will hold the national vote", with no topic after the head, is an election, and
"the national vote", "the nationwide voting" and "the nationwide vote on ..." on one page are one
vote. Not after "a" or another word ("put to a national vote", "a mandatory nationwide vote"),
nor before a word that makes the vote a modifier ("the national vote count"). Each case changes
without the rule, and the rows where it must not fire stay as they were. The sentences are
invented (docs/accuracy.md, issue 12 round cc)."""

import pytest
from conftest import found_event_names as _found
from conftest import page_event_names

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT = RULES.edited("events", bare_popular_votes={})

BARE = [
    ("As everyone knows, the nationwide vote closed on Sunday evening.", "nationwide vote"),
    ("We shall hold the national vote once the floods are over.", "national vote"),
    ("A month before the nationwide voting our clerks printed the ballots.", "nationwide voting"),
    ("The mayor said the results of the national vote were clear.", "national vote"),
]

NOT_BARE = [
    "The new charter takes effect only if it is approved by a national vote.",
    "Pineland put the question to a mandatory nationwide vote last spring.",
    "Nobody needs any sort of national vote for such a small change.",
    "The clerks checked the national vote count twice before dawn.",
    "They praised the nationwide voting procedure in the villages.",
    "The national vote-counting went smoothly in the hills.",
    "The presidential vote was calm in the mountain towns.",
]


@pytest.mark.parametrize(("sentence", "name"), BARE)
def test_a_bare_popular_vote_is_named(sentence, name):
    assert name in _found(sentence)
    assert name not in _found(sentence, WITHOUT)


@pytest.mark.parametrize("sentence", NOT_BARE)
def test_a_vote_in_general_is_no_event(sentence):
    assert _found(sentence) == _found(sentence, WITHOUT)
    assert not any("vote" in n or "voting" in n for n in _found(sentence))


def test_a_topic_still_names_the_vote():
    sentence = "Many came to the nationwide vote on amendments to the Lake Charter."
    assert _found(sentence) == _found(sentence, WITHOUT)
    assert "nationwide vote on amendments to the Lake Charter" in _found(sentence)


def test_a_date_is_not_what_was_put_to_the_vote():
    # before round cc no event: a date after "on" is no topic; now named by its reach alone
    assert _found("the nationwide vote on July 1") == ["nationwide vote"]
    assert _found("the nationwide vote on July 1", WITHOUT) == []


def test_the_mentions_of_one_vote_are_one_event():
    text = (
        "As we know, the national vote ended on May 3. The nationwide voting was safe for "
        "everyone. Turnout at the nationwide vote on amendments to the Lake Charter was high."
    )
    assert page_event_names(text) == ["national vote"]
