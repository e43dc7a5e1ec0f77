"""Events on the source pages (issue 12, round ap): the yearly phone-in named by a capitalised
head alone ('Direct Line'), a day of voting named by its type ('the unified voting day'),
cultural days ('the Days of Pineland Culture', 'the Pineland Culture Days'), a summit named by
its host alone ('the summit in Pinetown', `place_named_heads`), a capitalised standalone head
after lowercase words ('the winter Olympics'), and a document's title that is no event
('Executive Order On ... Days'). Each rule has rows that change without it and rows where it
must not fire. The sentences are invented."""

import pytest
from conftest import found_event_names as _found
from conftest import page_event_names as _names
from conftest import rules_without_event_head as _without_head

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
EVENTS = RULES.get("events")


# -- the phone-in --------------------------------------------------------------------------

PHONE_IN_CASES = [
    "Viewers sent in their questions before the Direct Line with the Lake President.",
    "The governor reported on the complaints heard during Direct Line last month.",
    "He approved orders following the special programme Direct Line aired on May 2, 2031.",
]


@pytest.mark.parametrize("text", PHONE_IN_CASES)
def test_the_phone_in_is_named_by_its_head(text):
    assert _found(text) == ["Direct Line"]
    assert _found(text, _without_head("direct line")) == []


@pytest.mark.parametrize(
    "text",
    [
        "There is a direct line from the ministry to the plant.",  # lowercase: a line
        "Call the direct line of the office if you have a question.",
    ],
)
def test_a_lowercase_direct_line_is_no_event(text):
    assert _found(text) == []


def test_the_page_of_the_phone_in_itself_names_no_event():
    text = "Good afternoon, this is Direct Line, and we are live from the studio."
    assert _names(text, title="Direct Line with the Lake President") == []


# -- a day of voting -----------------------------------------------------------------------

VOTING_DAY_CASES = [
    (
        "The governors were elected outright on the unified voting day in May.",
        "unified voting day",
    ),
    ("Order was kept at polling stations on the single voting day.", "single voting day"),
    ("On May 3, Lakeland is holding a Unified Voting Day.", "Unified Voting Day"),
]


@pytest.mark.parametrize("text, name", VOTING_DAY_CASES)
def test_a_voting_day_is_an_election(text, name):
    assert _found(text) == [name]


def test_a_lowercase_voting_day_needs_its_type():
    rules = RULES.edited(
        "events",
        typed_elections={
            **EVENTS["typed_elections"],
            "modifiers": [
                m for m in EVENTS["typed_elections"]["modifiers"] if m not in ("unified", "single")
            ],
        },
    )
    assert _found(VOTING_DAY_CASES[0][0], rules) == []
    assert _found("People queued all through the voting day.") == []
    assert _found("The single election law was passed in 2031.") == []


# -- cultural days -------------------------------------------------------------------------

DAYS_CASES = [
    ("Lakeland will host the Days of Pineland Culture this autumn.", "Days of Pineland Culture"),
    ("The Pineland Culture Days opened with a concert in Lakeville.", "Pineland Culture Days"),
    ("A concert opened the Days of Lakeville in Pinetown.", "Days of Lakeville"),
]


@pytest.mark.parametrize("text, name", DAYS_CASES)
def test_cultural_days_are_festivals(text, name):
    assert _found(text) == [name]
    assert _found(text, _without_head("days")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Days later, the delegation flew home.",  # no name, no tail
        "It took three days of talks to agree.",  # lowercase
    ],
)
def test_days_without_a_name_are_no_event(text):
    assert _found(text) == []


def test_a_document_title_is_no_event():
    text = "The President signed Executive Order On Declaring Rest Days in Lakeland."
    assert _found(text) == []
    assert _found(text, RULES.edited("events", not_events=EVENTS["not_events"][:-1])) != []


# -- a summit named by its host --------------------------------------------------------------

HOST_CASES = [
    (
        "The deals reached at the summit in Pinetown on May 2, 2031, were carried out.",
        "summit in Pinetown",
    ),
    ("He hoped the summit in Lakeville would settle the matter.", "summit in Lakeville"),
]


@pytest.mark.parametrize("text, name", HOST_CASES)
def test_a_summit_named_by_its_host(text, name):
    assert _found(text) == [name]
    assert _found(text, RULES.edited("events", drop=["place_named_heads"])) == []


@pytest.mark.parametrize(
    "text",
    [
        "They spoke about the summit in May.",  # a month, no place
        "They spoke about a summit in Lakeville.",  # proposed: 'a'
        "They spoke about the summit.",
    ],
)
def test_a_summit_without_its_host_is_no_event(text):
    assert _found(text) == []


def test_a_host_summit_after_a_summit_is_that_summit():
    text = (
        "He was invited to the 7th summit of the Lake Union. "
        "He accepted the invitation to the summit in Pineland this May."
    )
    assert _found(text) == ["7th summit of the Lake Union"]


def test_a_named_summit_takes_its_host():
    # since issue 12 round bn a summit with no tail takes its host, as the gold writes it
    # (events.json's `untailed_place_kinds`); the host alone no longer starts the name
    assert _found("The Lake summit in Pinetown went well.") == ["Lake summit in Pinetown"]


# -- a standalone head after lowercase words ----------------------------------------------------


def test_a_standalone_head_after_lowercase_words():
    assert _found("The team trained hard for the summer Olympics.") == ["Olympics"]


# -- days inside another event's name -------------------------------------------------------

INNER_CASES = [
    ("We know that the Days of Lakeland forum took place in Pinetown.", "Days of Lakeland forum"),
    (
        "In autumn, the Days of Lakeville festival is to be held in Pinetown.",
        "Days of Lakeville festival",
    ),
    ("He visited the festival Days of Lake Sport in Pine Region.", "festival Days of Lake Sport"),
]


@pytest.mark.parametrize("text, name", INNER_CASES)
def test_days_inside_a_name_keep_the_longer_name(text, name):
    assert _found(text) == [name]
    assert _found(text, RULES.edited("events", drop=["heads_inside_names"])) != [name]
