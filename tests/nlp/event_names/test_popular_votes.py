"""Events on fresh archive pages (issue 12, round bc): a popular vote named by a charter topic
without "nationwide" (events.json's `popular_vote_noun_words` and `popular_vote_topic_words`).
Each case changes without the rule, and the rows where it must not fire stay as they were. The
sentences are invented (docs/accuracy.md, issue 12 round bc)."""

import pytest
from conftest import found_event_names as _found

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT = RULES.edited("events", popular_vote_topic_words=[])

NAMED = [
    (
        "Pinelanders gathered again after the recent vote on amending the Constitution.",
        "vote on amending the Constitution",
    ),
    (
        "The governor praised the recent voting on the amendments to the Lakeland Constitution.",
        "voting on the amendments to the Lakeland Constitution",
    ),
    (
        "The turnout at the referendum on the draft Pineland Constitution was high.",
        "referendum on the draft Pineland Constitution",
    ),
    (
        "The voting on the changes to the Basic Law will start on a Monday.",
        "voting on the changes to the Basic Law",
    ),
]


@pytest.mark.parametrize("text, name", NAMED)
def test_a_popular_vote_named_by_a_charter_topic(text, name):
    assert name in _found(text)
    assert name not in _found(text, WITHOUT)


NOT_NAMED = [
    "The deputies will vote on amending the Constitution next week.",  # a verb
    "They cast ballots; the vote on the resolution failed.",  # no charter in the topic
    "The vote on the budget amendments was postponed.",
    "Lakeland citizens vote on the new constitution today.",  # a verb after a plural noun
]


@pytest.mark.parametrize("text", NOT_NAMED)
def test_no_vote_without_a_noun_or_a_charter(text):
    assert _found(text) == _found(text, WITHOUT)
    assert not any("vote" in n.lower() for n in _found(text))
