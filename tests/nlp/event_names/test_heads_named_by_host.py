"""Events on the source pages (issue 12, round au): generic heads named by their host, with a
modifier ('the international conference in Pinetown'), after the possessive of a body's name
('the Lake Support Group's meeting in Pinetown') or after a body's initials ('the LCO meeting
in Pinetown', all `place_named_heads`), and a bilateral summit counted with a word of how
often it meets ('the 19th annual bilateral summit', `counted_multilateral_gatherings`). Each
rule has rows that change without it and rows where it must not fire. The sentences are
invented."""

import json

import pytest
from conftest import found_event_names as _found
from conftest import page_event_names as _names

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
EVENTS = RULES.get("events")


def _host_rule(**changes):
    """The installed rules with `place_named_heads` changed by `changes`, and without round
    be's `acronym_meetings` (which names "the LCO meeting" by its initials alone)."""
    rule = json.loads(json.dumps(EVENTS["place_named_heads"]))
    rule.update(changes)
    return RULES.edited("events", place_named_heads=rule, acronym_meetings={})


# -- a modified head named by its host ------------------------------------------------------

MODIFIED_CASES = [
    (
        "The decisions taken at the international conference in Pinetown were carried out.",
        "international conference in Pinetown",
    ),
    (
        "The team is getting ready for the world championship in Lakeland.",
        "world championship in Lakeland",
    ),
    (
        "They recalled the deals struck at the trilateral summit in Pinetown last spring.",
        "trilateral summit in Pinetown",
    ),
    (
        "They recalled the deals struck at the quadrilateral (Lakeland-Pineland-Hillmark-Dale) "
        "summit in Pinetown.",
        "quadrilateral (Lakeland-Pineland-Hillmark-Dale) summit in Pinetown",
    ),
]


@pytest.mark.parametrize("text, name", MODIFIED_CASES)
def test_a_modified_head_named_by_its_host(text, name):
    assert _found(text) == [name]
    assert _found(text, _host_rule(modified_heads={})) == []


@pytest.mark.parametrize(
    "text",
    [
        "They spoke about an international conference in Pinetown.",  # proposed: 'an'
        "They spoke about the international conference.",  # no place
        "They spoke about the international conference in May.",  # a month, no place
        "They spoke about the regional conference in Pinetown.",  # not its modifier
        "They spoke about the world championship in the Lake Palace.",  # a venue
    ],
)
def test_a_modified_head_without_its_host_is_no_event(text):
    assert _found(text) == []


def test_a_modified_head_after_its_day():
    text = "He set out the aims of the May 2 trilateral summit in Pinetown."
    assert _found(text) == ["trilateral summit in Pinetown"]
    assert _found("He set out the aims of a May 2 trilateral summit in Pinetown.") == []


def test_the_host_goes_on_with_who_meets():
    text = "He set out the aims of the trilateral summit in Pinetown of Norway, Chile and Kenya."
    assert _found(text) == ["trilateral summit in Pinetown of Norway, Chile and Kenya"]
    # not a list of places: the host alone
    text = "They met at the trilateral summit in Pinetown of Lake Bank, Pine Trust and Hill Fund."
    assert _found(text) == ["trilateral summit in Pinetown of Lake Bank"]


def test_a_modified_host_event_after_one_of_its_kind_is_that_one():
    text = (
        "He was invited to the 7th summit of the Lake Union. "
        "He accepted the invitation to the trilateral summit in Pineland this May."
    )
    assert _found(text) == ["7th summit of the Lake Union"]


# -- a body's meeting named by its host -----------------------------------------------------

OWNED_CASES = [
    (
        "They went over the results of the Lake Monetary Fund’s annual meeting in Pinetown.",
        "Lake Monetary Fund’s annual meeting in Pinetown",
    ),
    (
        "Both welcomed the outcome of the Lake Relief Fund’s meeting in Pinetown on May 2.",
        "Lake Relief Fund’s meeting in Pinetown",
    ),
    (
        "The envoy brought news on the preparations for the LCO meeting in Pinetown.",
        "LCO meeting in Pinetown",
    ),
    ("We are all going to the G9 meeting in Hillmark (Lakeland) soon.", "G9 meeting in Hillmark"),
]


@pytest.mark.parametrize("text, name", OWNED_CASES)
def test_a_bodys_meeting_named_by_its_host(text, name):
    assert _found(text) == [name]
    assert _found(text, _host_rule(owned_heads=[])) == []


def test_the_initials_need_their_switch():
    text = OWNED_CASES[2][0]
    assert _found(text, _host_rule(acronym_owners=False)) == []


@pytest.mark.parametrize(
    "text",
    [
        "They spoke of our meeting in Pinetown.",  # a pronoun's meeting
        "They spoke of Mr Lake’s meeting in Pinetown.",  # a person's meeting
        "They spoke of the Lake Relief Fund’s meeting.",  # no place
        "They spoke of the Lake Relief Fund’s meeting in May.",  # a month
        "We are all going to an LCO meeting in Pinetown.",  # 'an': one of many
        "Our meeting in Pinetown was useful.",
    ],
)
def test_a_meeting_without_a_body_and_a_host_is_no_event(text):
    assert _found(text) == []


def test_a_bodys_meeting_on_a_page():
    text = "The ministers discussed the results of the Lake Support Group’s meeting in Pinetown."
    assert _names(text) == ["Lake Support Group’s meeting in Pinetown"]


# -- a bilateral summit counted with a word of how often it meets ----------------------------

FREQUENCY_CASES = [
    (
        "I am pleased that the 7th annual bilateral summit went so well.",
        "7th annual bilateral summit",
    ),
    (
        "The fifth annual trilateral meeting was held in the spring.",
        "fifth annual trilateral meeting",
    ),
]


@pytest.mark.parametrize("text, name", FREQUENCY_CASES)
def test_a_gathering_counted_with_how_often_it_meets(text, name):
    assert _found(text) == [name]
    rule = dict(EVENTS["counted_multilateral_gatherings"])
    rule.pop("frequency_words")
    # round br's `ordinal_frequency_words` keeps "annual" after any count: off as well
    without = RULES.edited(
        "events", counted_multilateral_gatherings=rule, ordinal_frequency_words=[]
    )
    assert _found(text, without) == []


@pytest.mark.parametrize(
    "text",
    [
        "I am pleased that the second bilateral meeting went so well.",  # one of many
        "We hold an annual bilateral summit.",  # no count
    ],
)
def test_a_bilateral_gathering_without_its_count_is_no_event(text):
    assert _found(text) == []
