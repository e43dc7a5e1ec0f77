"""Events on short news pages surveyed by reading them whole (issue 12, round bw): a title
written with another form of a greeting word ("Congratulation to ...", "congratulatory",
"congratulating") is about a message, so the event it names is kept on the page; and a plain
word capitalised only because it starts a sentence ("Honest elections are ...") names no event
before a lowercase head. Each case changes without its rule, and the rows where it must not
fire stay as they were. The sentences are invented (docs/accuracy.md, issue 12 round bw)."""

import pytest
from conftest import found_event_names as _found
from conftest import page_event_names, without_title_cues

from pipeline.nlp.rules import installed_rules

# the greeting forms round bw added to events.json's `own_event_title_cues_against`
GREETING_FORMS = ("congratulation", "congratulatory", "congratulate", "congratulating", "greeted")

RULES = installed_rules()
WITHOUT_PLAIN = RULES.edited("events", sentence_start_not_name_words=[])

TITLED = [
    (
        "Congratulation to Ivan Lakov on 40th anniversary of Lake Republic",
        "He sent a note congratulating him on the 40th anniversary of the founding of the Lake"
        " Republic.",
        "40th anniversary of the founding of the Lake Republic",
    ),
    (
        "Congratulatory letter on the centenary of the Pine Academy",
        "The President wished the staff well on the centenary of the Pine Academy.",
        "centenary of the Pine Academy",
    ),
    (
        "The President telephoned Anna Pine to congratulate her on the 30th anniversary of"
        " Pineland's independence",
        "He praised the 30th anniversary of Pineland's independence as a landmark.",
        "30th anniversary of Pineland's independence",
    ),
    (
        "Lake Theatre greeted on its 50th anniversary",
        "The President wrote to the troupe on the 50th anniversary of the Lake Theatre.",
        "50th anniversary of the Lake Theatre",
    ),
]


@pytest.mark.parametrize("title, text, name", TITLED)
def test_a_greeting_word_in_the_title_keeps_the_named_event(
    title, text, name, monkeypatch, events_component
):
    assert name in page_event_names(text, title=title, date="2031-10-01")
    monkeypatch.setattr(
        events_component, "rules", without_title_cues(events_component.rules, *GREETING_FORMS)
    )
    assert name not in page_event_names(text, title=title, date="2031-10-01")


OWN_TITLED = [
    # the page's own gathering, no greeting word: left out as before
    (
        "40th anniversary of the Lake Republic",
        "The President spoke at the 40th anniversary of the Lake Republic.",
    ),
    ("Lake Forum", "The Lake Forum opened in Pinetown today."),
]


@pytest.mark.parametrize("title, text", OWN_TITLED)
def test_a_title_without_a_greeting_word_still_names_the_own_event(
    title, text, monkeypatch, events_component
):
    before = page_event_names(text, title=title, date="2031-10-01")
    monkeypatch.setattr(
        events_component, "rules", without_title_cues(events_component.rules, *GREETING_FORMS)
    )
    assert page_event_names(text, title=title, date="2031-10-01") == before


PLAIN = [
    ("Honest elections and a fair count are the basis of trust.", "Honest elections"),
    ("Without elections, no council can claim a mandate.", "Without elections"),
    ("The law names three principles:\nOpen elections;", "Open elections"),
    ("Free elections are due in the spring.", "Free elections"),
    ("New elections will follow within a year.", "New elections"),
    ("He said so. Transparent elections build confidence.", "Transparent elections"),
]


@pytest.mark.parametrize("text, name", PLAIN)
def test_a_capitalised_plain_word_at_a_sentence_start_names_no_event(text, name):
    assert name not in _found(text)
    assert name in _found(text, WITHOUT_PLAIN)


NOT_PLAIN = [
    "Lake elections were held in May.",  # a place: a name
    "Presidential elections will be held in May.",  # a typed election, as before
    "The Open Lake Championship begins on Friday.",  # a capitalised head: a name
    "Open Lake Championship tickets sold out.",  # the word is not right before the head
    "We want honest elections and a fair count.",  # lowercase: no name anyway
    "He met the Free Pine Forum delegates.",  # not at a sentence's start
    "Pineland elections are due next year.",  # a place again
]


@pytest.mark.parametrize("text", NOT_PLAIN)
def test_plain_word_rule_does_not_fire(text):
    assert _found(text) == _found(text, WITHOUT_PLAIN)


def test_a_name_after_the_plain_word_is_as_before():
    # only the word right before the head is looked at: a name between them stays whole
    text = "Free Pineland elections are what we seek."
    assert _found(text) == _found(text, WITHOUT_PLAIN) == ["Free Pineland elections"]
