"""A German trade fair named with its German head (issue 12, round cg): "messe" joins
events.json's `heads` (an exhibition) and `capitalised_only_heads`, so "the Lakestadt Messe"
is an event, and only the capitalised word after a name is a head. Each case changes without
the head, and the rows where it must not fire stay as they were. The sentences are invented
(docs/accuracy.md, issue 12 round cg)."""

import pytest
from conftest import found_event_names as _found
from conftest import page_event_names
from conftest import rules_without_event_head as _without_head

WITHOUT = _without_head("messe")

TRADE_FAIRS = [
    ("The ministers will open the Lakestadt Messe in April.", "Lakestadt Messe"),
    ("Our firms took part in the annual Pinburg Messe, a big show.", "Pinburg Messe"),
    ("Come and visit the 2031 Lakestadt Messe and our pavilions.", "2031 Lakestadt Messe"),
    ("Russia is the partner country of the Pine Valley Messe this year.", "Pine Valley Messe"),
]


@pytest.mark.parametrize("text, name", TRADE_FAIRS)
def test_a_trade_fair_named_with_its_german_head(text, name):
    assert name in _found(text)
    assert name not in _found(text, WITHOUT)


NOT_TRADE_FAIRS = [
    "The Messe was crowded on Monday.",  # no name before the head
    "Messe halls were full.",  # no name: the word starts the sentence
    "He spoke about the lakestadt messe crowds.",  # lowercase: no head
    "Messe Lakestadt built a new hall.",  # the company's name: the head stands first
]


@pytest.mark.parametrize("text", NOT_TRADE_FAIRS)
def test_no_trade_fair_without_a_name_before_the_head(text):
    assert not any(n.lower().endswith("messe") for n in _found(text))


def test_a_trade_fair_is_an_exhibition():
    from pipeline.nlp.event_names import find_events
    from pipeline.nlp.rules import installed_rules

    found = find_events(installed_rules(), "He opened the Lakestadt Messe.")
    assert [(f["name"], f["kind"]) for f in found] == [("Lakestadt Messe", "exhibition")]


def test_a_trade_fair_on_a_page_is_one_event():
    text = (
        "The President will take part in the opening of the Lakestadt Messe."
        "\n\nThe Messe is one of the largest industrial shows."
    )
    assert page_event_names(text, title="Visit to Lakeland") == ["Lakestadt Messe"]


def test_a_trade_fair_head_keeps_an_older_head_after_it():
    text = "Their goods won prizes at the Messe Pinburg trade fair."
    assert "Messe Pinburg trade fair" in _found(text)
    assert "Messe Pinburg trade fair" in _found(text, WITHOUT)
