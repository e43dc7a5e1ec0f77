"""Military operations named by a code name (issue 12, round dr): events.json's
`named_operations` ("Operation Pine Shield" is a war or battle; no head of the event grammar names
it, since its head stands first). Each named case is found with the rule and not without it; the
rows where it must not fire find no operation. The sentences are invented."""

import pytest
from conftest import found_event_names as _found
from conftest import page_event_dates, page_event_names

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT = RULES.edited("events", named_operations={})

NAMED = [
    (
        "Operation Lakefire to free the valley took place in the spring and ended at the river.",
        "Operation Lakefire",
    ),
    (
        "The general, who planned Operation Pine Shield, was taken prisoner.",
        "Operation Pine Shield",
    ),
    (
        "First came the border town, and then, as is known, Operation Willow Branch.",
        "Operation Willow Branch",
    ),
    (
        "The army carried out a large-scale Operation Stormcloud in the north.",
        "Operation Stormcloud",
    ),
    ("We discussed Operation North-Wind with our partners.", "Operation North-Wind"),
    ("The second day of Operation Ember Gate was the hardest.", "Operation Ember Gate"),
]


@pytest.mark.parametrize("text, name", NAMED)
def test_a_code_named_operation_is_a_war(text, name):
    assert name in _found(text)
    assert name not in _found(text, WITHOUT)


def test_its_kind_is_war():
    from pipeline.nlp.event_names import find_events

    kinds = {f["name"]: f["kind"] for f in find_events(RULES, NAMED[1][0])}
    assert kinds["Operation Pine Shield"] == "war"


UNNAMED = [
    # a law enforcement operation, not a war or battle
    "Last year, the police exposed 900 offences during Operation Clean Street.",
    "Law enforcement officers carried out Operation Safe Harbour across the region.",
    # part of a longer proper name: a capitalised word before the head inside a sentence
    "A report of the commander of the Lake Independent Operation Group was read out.",
    # a unit's name: a stop word opens or follows the code name
    "The Operation Group met in the morning.",
    "He served in Operation Pine Command for two years.",
    # no capitalised code name
    "The operation in the valley ended last week.",
    "The Operation was a success, the minister said.",
    # a month is no code name
    "Operation May brought no result.",
]


@pytest.mark.parametrize("text", UNNAMED)
def test_no_operation_is_named(text):
    assert not any(name.startswith("Operation") for name in _found(text))


def test_sentence_opening_word_before_the_head_does_not_block_it():
    text = "In Operation Lakefire, the northern army crossed the river."
    assert "Operation Lakefire" in _found(text)


def test_on_a_page_the_operation_is_one_event_dated_by_its_sentence():
    text = (
        "We discussed Operation Pine Shield, which we launched on August 24, 2029.\n\n"
        "Operation Pine Shield dealt a major blow to the militants."
    )
    names = page_event_names(text, date="2031-03-10")
    assert names.count("Operation Pine Shield") == 1
    dates = page_event_dates(text, "Joint news conference", "2031-03-10")
    assert dates["Operation Pine Shield"] == "2029-08-24"
