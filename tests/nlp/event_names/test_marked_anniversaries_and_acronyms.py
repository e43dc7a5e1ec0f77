"""Events on fresh random pages (issue 12, round aj): an anniversary a title or the page's own
heading names after a marking cue is an event, not the page's own meeting
(`marked_anniversaries_not_own`); an event named by initials is the event whose capitalised
words they spell (`acronym_aliases`); a multilateral gathering counted by an ordinal or a year
is an event (`counted_multilateral_gatherings`). Each rule has rows that change without its key
and rows where it must not fire. The sentences are invented."""

import pytest
from conftest import drop_event_rules
from conftest import found_event_names as _found

from pipeline import extract_facts
from pipeline.nlp.rules import installed_rules
from pipeline.speech import Speech

RULES = installed_rules()


def _facts(text, title="Visit", date="2031-04-15"):
    speech = Speech(
        doc_id="t", source="<test>", paragraphs=text.split("\n\n"), title=title, date=date
    )
    return [f["text"] for f in extract_facts(speech, types="event")]


# -- an anniversary marked by the page's own meeting ------------------------------------------

MARKED_TITLES = [
    (
        "Gala marking the 83rd anniversary of diplomatic relations between Lakeland and Pineland",
        "The leaders attended a gala on the occasion of the 83rd anniversary of diplomatic "
        "relations between Lakeland and Pineland.",
    ),
    (
        "Reception to celebrate the 25th anniversary of the Lake Constitution",
        "The President attended a reception to celebrate the 25th anniversary of the Lake "
        "Constitution.",
    ),
]


@pytest.mark.parametrize("title, text", MARKED_TITLES)
def test_an_anniversary_a_title_names_after_a_marking_cue_is_an_event(
    title, text, monkeypatch, events_component
):
    names = _facts(text, title=title)
    assert len(names) == 1 and "anniversary" in names[0]
    drop_event_rules(monkeypatch, events_component, "marked_anniversaries_not_own")
    assert _facts(text, title=title) == []


def test_an_anniversary_the_own_heading_names_after_a_marking_cue_is_an_event(
    monkeypatch, events_component
):
    text = (
        "The President watched the parade to mark the 90th anniversary of Victory in the "
        "2001–2005 Lake War.\n\n"
        "Speech at the parade marking the 90th anniversary of Victory in the 2001–05 Lake War\n\n"
        "Dear friends, we remember the heroes."
    )
    names = _facts(text, title="Parade on the Lake Square")
    assert names[0] == "90th anniversary of Victory in the 2001–2005 Lake War"
    drop_event_rules(monkeypatch, events_component, "marked_anniversaries_not_own")
    assert not any("anniversary" in n for n in _facts(text, title="Parade on the Lake Square"))


@pytest.mark.parametrize(
    "title, text",
    [
        # the title names the anniversary itself, without a cue: the page's own, as before
        (
            "The 50th anniversary of the Lake Union",
            "The leaders met for the 50th anniversary of the Lake Union.",
        ),
        # a cue too far before the anniversary word
        (
            "Concert dedicated to the friendship of peoples and the 50th anniversary of the Lake "
            "Union",
            "The concert marked the 50th anniversary of the Lake Union.",
        ),
    ],
)
def test_an_anniversary_a_title_names_without_a_near_cue_stays_the_pages_own(title, text):
    assert _facts(text, title=title) == []


# -- an event named by initials ---------------------------------------------------------------


def test_initials_after_the_full_name_are_one_event(monkeypatch, events_component):
    text = (
        "He met the minister on the sidelines of the Lake Cooperation Organisation summit.\n\n"
        "In my speech at the LCO summit today I spoke about water."
    )
    assert _facts(text) == ["Lake Cooperation Organisation summit"]
    drop_event_rules(monkeypatch, events_component, "acronym_aliases")
    assert _facts(text) == ["Lake Cooperation Organisation summit", "LCO summit"]


def test_initials_of_a_hyphenated_and_an_of_name(monkeypatch, events_component):
    text = (
        "The Union of Lake States summit opened.\n\n"
        "The ULS summit adopted a declaration.\n\n"
        "Then came the Asia-Pine Water Forum, and the APWF forum closed."
    )
    assert _facts(text) == ["Union of Lake States summit", "Asia-Pine Water Forum"]
    drop_event_rules(monkeypatch, events_component, "acronym_aliases")
    assert _facts(text) == [
        "Union of Lake States summit",
        "ULS summit",
        "Asia-Pine Water Forum",
        "APWF forum",
    ]


def test_initials_of_the_titles_summit_are_the_pages_own(monkeypatch, events_component):
    text = "The leaders took part in the council.\n\nThe LCO summit adopted a decision."
    title = "A summit of the Lake Cooperation Organisation took place in Pinetown"
    assert _facts(text, title=title) == []
    drop_event_rules(monkeypatch, events_component, "acronym_aliases")
    assert _facts(text, title=title) == ["LCO summit"]


@pytest.mark.parametrize(
    "text",
    [
        # initials no earlier name spells
        "The Lake Cooperation Organisation summit opened.\n\nThe PCO summit closed.",
        # initials of another kind of event
        "The Lake Cooperation Organisation forum opened.\n\nThe LCO summit closed.",
    ],
)
def test_initials_that_no_earlier_event_of_its_kind_spells_are_another_event(text):
    assert len(_facts(text)) == 2


# -- a multilateral gathering counted by an ordinal or a year --------------------------------

COUNTED_CASES = [
    (
        "They held the fifth quadrilateral summit of the presidents – guarantors of the Lake "
        "process for peace.",
        "fifth quadrilateral summit of the presidents – guarantors of the Lake process",
    ),
    (
        "He welcomed the decisions of the 2031 trilateral summit of the leaders, "
        "guarantors of the Pine Valley process, held in spring.",
        "2031 trilateral summit of the leaders, guarantors of the Pine Valley process",
    ),
    (
        "Lakeland hosted the 2032 tripartite conference of the heads of state on water.",
        "2032 tripartite conference of the heads of state",
    ),
    ("It was the third quadrilateral meeting this year.", "third quadrilateral meeting"),
]


@pytest.mark.parametrize("text, name", COUNTED_CASES)
def test_a_counted_multilateral_gathering_is_an_event(text, name):
    assert name in _found(text)
    without = RULES.edited("events", drop=["counted_multilateral_gatherings"])
    assert name not in _found(text, without)


@pytest.mark.parametrize(
    "text",
    [
        "They held a trilateral meeting in Pinetown.",  # no count
        "We will hold our trilateral summit soon.",
        "The sides agreed on trilateral cooperation in the second half of the year.",
    ],
)
def test_an_uncounted_multilateral_gathering_is_no_event(text):
    assert not any("lateral" in n for n in _found(text))


@pytest.mark.parametrize(
    "title, own",
    [
        ("Meeting of the presidents of Lakeland, Pineland and Hillmark", True),
        ("Meeting with President of Lakeland and President of Pineland", True),
        ("Lakeland-Pineland-Hillmark talks", True),
        ("Meeting with President of Lakeland", False),  # one side: a meeting before it
        ("On May 4 a meeting will be held between the presidents of three states", False),
        ("The President will visit Lakeland", False),
    ],
)
def test_a_counted_gathering_is_own_when_the_title_names_a_meeting_of_several(title, own):
    text = "The President joined the fifth quadrilateral summit of the heads of state today."
    names = _facts(text, title=title)
    assert (names == []) is own
