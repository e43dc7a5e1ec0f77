"""The page's own event and its title (issue 12, round cj). A title about the President's meeting
with an event's finalists or delegates is about that meeting, not the event (events.json
`own_event_title_cues_against` gains "finalists" and "delegates", as round al's
"participants"); and an event whose head follows another name word than the title's ("the 9th
Lake-Pine Interregional Cooperation Forum" on a page titled "Lake-Pine Business Forum") is another
event, not the page's own (`own_event_other_name_before_head`). Each firing case changes without
its rule; the others stay as they were. The sentences are invented."""

import pytest
from conftest import page_event_names, without_title_cues

PEOPLE = [
    (
        "Meeting with finalists of the 2031 Lake Teacher of the Year contest",
        "Before the holiday, the President received the finalists of the 2031 Lake Teacher of the"
        " Year contest.",
        "2031 Lake Teacher of the Year contest",
        "finalists",
    ),
    (
        "Meeting with delegates of the 3rd Pine Congress",
        "The President talked to the delegates of the 3rd Pine Congress in the evening.",
        "3rd Pine Congress",
        "delegates",
    ),
]


@pytest.mark.parametrize("title, text, name, cue", PEOPLE)
def test_a_meeting_with_finalists_or_delegates_keeps_their_event(
    title, text, name, cue, monkeypatch, events_component
):
    assert name in page_event_names(text, title=title, date="2031-04-15")
    monkeypatch.setattr(events_component, "rules", without_title_cues(events_component.rules, cue))
    assert name not in page_event_names(text, title=title, date="2031-04-15")


def _without_other_name(monkeypatch, component):
    monkeypatch.setattr(
        component,
        "rules",
        component.rules.edited("events", own_event_other_name_before_head=False),
    )


def test_another_name_word_before_the_same_head_is_another_event(monkeypatch, events_component):
    title = "Lake-Pine Business Forum"
    text = (
        "The two presidents attended the Lake-Pine Business Forum, held as part of the 9th"
        " Lake-Pine Interregional Cooperation Forum."
    )
    name = "9th Lake-Pine Interregional Cooperation Forum"
    assert name in page_event_names(text, title=title, date="2031-04-15")
    _without_other_name(monkeypatch, events_component)
    assert name not in page_event_names(text, title=title, date="2031-04-15")


SAME_EVENT = [
    # the title shortens the name: it shares the word before the head with it
    ("G20 Summit", "The President joins the Extraordinary Virtual G20 Leaders’ Summit."),
    # the title lengthens the name: the name's word before the head stands in the title
    (
        "Lake Judo Absolute Championship",
        "After the Lake Judo Championship finals, the President handed out the prizes.",
    ),
    # an ordinal before the head in the title counts nothing
    (
        "Third Congress of the Lake party",
        "He came to the Lake Congress to thank the deputies.",
    ),
    # a possessive written with another apostrophe is the same word
    (
        "Visiting session of the Pine Council's Presidium",
        "A visiting session of the Pine Council’s Presidium was held at the mine.",
    ),
]


@pytest.mark.parametrize("title, text", SAME_EVENT)
def test_the_other_name_rule_does_not_fire(title, text, monkeypatch, events_component):
    before = page_event_names(text, title=title, date="2031-04-15")
    _without_other_name(monkeypatch, events_component)
    assert page_event_names(text, title=title, date="2031-04-15") == before


@pytest.mark.parametrize(
    "title, name, other",
    [
        ("Lake-Pine Business Forum", "9th Lake-Pine Interregional Cooperation Forum", True),
        ("G20 Summit", "Extraordinary Virtual G20 Leaders’ Summit", False),
        ("Lake Judo Absolute Championship", "Lake Judo Championship", False),
        ("Third Congress of the Lake party", "Lake Congress", False),
        ("Visiting session of the Pine Council's Presidium", "Pine Council’s Presidium", False),
        ("Lake Economic Forum", "Pine Economic Forum", False),  # the same word before the head
        ("Meeting with Lake Forum guests", "Pine Forum", True),
        ("Lake Forum", "international forum", False),  # a lowercase head: no name word to tell
    ],
)
def test_title_names_another_event_of_the_head(title, name, other):
    from pipeline.nlp.events import _title_names_another_of_head
    from pipeline.nlp.rules import installed_rules

    assert _title_names_another_of_head(installed_rules(), title, name) is other
