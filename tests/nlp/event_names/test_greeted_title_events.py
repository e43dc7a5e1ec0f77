"""Events on greeting pages (issue 12, round do): the event a greeting title names (events.json's
`greeted_title_events`: "Greetings to organisers, guests and participants of the Pine Ladies
Trophy 2031", "Greetings on the opening of the first Lake 360 federal forum") is an event where
the page's text writes its name as the title does, though its shape is one the text scan cannot
read; not where the title greets a person or opens a museum, not where the scan named the event
already, and not for an anniversary or a day. The sentences and titles are invented."""

import pytest
from conftest import page_event_names

from pipeline.nlp.event_greeted_titles import greeted_title_event
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT = RULES.edited("events", drop=["greeted_title_events"])

FOUND = [
    (
        "Greetings to organisers, guests and participants of Pine Ladies Trophy 2031",
        "The President sent warm wishes to the delegates, guests and organisers of Pine"
        " Ladies Trophy 2031 international tennis tournament.",
        "Pine Ladies Trophy 2031",
        "other",
    ),
    (
        "Greetings on the opening of the first Lake Ahead 360 federal forum",
        "The President sent greetings to the guests of the first Lake Ahead 360 federal forum"
        " held in Pinetown.",
        "first Lake Ahead 360 federal forum",
        "forum",
    ),
    (
        "Message of greetings to participants of the musical evening Thank You, Pineland",
        "The President sent a message to participants of the musical evening Thank You,"
        " Pineland timed to the spring holiday.",
        "musical evening Thank You, Pineland",
        "other",
    ),
    (
        "Greetings to the international conference LRI: 30 Years On",
        "The President greeted the delegates of the international conference LRI: 30 Years On"
        " in Lakeville.",
        "international conference LRI: 30 Years On",
        "conference",
    ),
    (
        "Greetings on the opening of Lake Convention of Pine Builders",
        "The President sent greetings to the participants in the Lake Convention of Pine"
        " Builders held in Hilltown.",
        "Lake Convention of Pine Builders",
        "other",
    ),
]


@pytest.mark.parametrize("title, text, name, kind", FOUND)
def test_a_greeted_event_named_as_the_title_names_it(title, text, name, kind):
    event = greeted_title_event(RULES, title, text, [])
    assert event is not None
    assert (event["name"], event["kind"]) == (name, kind)
    assert text[event["start"] : event["end"]] == name
    assert greeted_title_event(WITHOUT, title, text, []) is None


@pytest.mark.parametrize(
    "title, text",
    [
        # a person greeted, no event
        ("Greetings to President of Pineland Anna Lake", "The President greeted Anna Lake."),
        # an opening of a place, with no head and no people greeted in the text
        (
            "Greetings on the opening of Museum of Lake Crafts",
            "The President sent greetings on the opening of the Museum of Lake Crafts.",
        ),
        # the name is not written in the text as the title writes it
        (
            "Greetings to participants of Pine Ladies Trophy 2031",
            "The President greeted the players of the tennis tournament in Pinetown.",
        ),
        # an anniversary or a day: the other rules' part
        (
            "Greetings to participants of celebrations of the 50th anniversary of Lake Plant",
            "He greeted participants of celebrations of the 50th anniversary of Lake Plant.",
        ),
        (
            "Greetings to guests of Pine Railway Workers’ Day",
            "He greeted guests of Pine Railway Workers’ Day.",
        ),
        # not a greeting title
        (
            "Meeting with participants of Pine Ladies Trophy 2031",
            "The President met participants of Pine Ladies Trophy 2031.",
        ),
    ],
)
def test_no_event_where_the_title_greets_none(title, text):
    assert greeted_title_event(RULES, title, text, []) is None


def test_no_second_event_where_the_scan_named_it():
    title = "Greetings to participants of the 5th Lake Film Festival"
    text = "The President greeted participants of the 5th Lake Film Festival in Pinetown."
    start = text.index("5th Lake")
    found = [{"start": start, "end": start + 23, "name": "5th Lake Film Festival", "kind": "x"}]
    assert greeted_title_event(RULES, title, text, found) is None
    # named elsewhere in other words that share half of its words
    elsewhere = [{"start": 0, "end": 9, "name": "Lake Film Festival", "kind": "festival"}]
    assert greeted_title_event(RULES, title, text, elsewhere) is None


def test_the_page_records_the_greeted_event():
    title = "Greetings to organisers, guests and participants of Pine Ladies Trophy 2031"
    text = (
        "The President sent warm wishes to the delegates, guests and organisers of Pine"
        " Ladies Trophy 2031, which opened in Pinetown.\n\n"
        "The message reads, in part: Good luck to every player."
    )
    assert page_event_names(text, title) == ["Pine Ladies Trophy 2031"]
    assert page_event_names(text, "Visit") == []


def test_a_plain_greeting_needs_a_head_word_even_where_the_text_greets_participants():
    title = "Greetings to Lake Summer Art School"
    text = "The President greeted the participants of the Lake Summer Art School in Pinetown."
    assert greeted_title_event(RULES, title, text, []) is None
