"""Issue 12 round eb: a later sentence whose subject is a pronoun or a bare noun ("It will be
held on June 9", "The event is held on ...") gives an event its day only when the sentence
right before it is the event's own or names the event's head (events.json's
`later_day_antecedent_subjects`); "the <head>" as the subject is read as before."""

import pytest

from pipeline import extract_facts
from pipeline.speech import Speech


def _first_event(text: str, date: str) -> dict:
    speech = Speech(
        doc_id="t", source="<test>", paragraphs=text.split("\n\n"), title="News", date=date
    )
    return next(f for f in extract_facts(speech, types="event"))


# (text, document's date, with the rule, without it)
CASES = [
    # "it" after a sentence on another thing: not the event's day
    (
        "We will discuss this at the upcoming Lake Council meeting this autumn. "
        "Many pupils finish school this year. We will hold the Pine Exam in every town. "
        "It will be held on June 29.",
        "2030-05-20",
        "2030",
        "2030-06-29",
    ),
    (
        "The President spoke of the 2031 Harbour Games with the mayor. "
        "The mayor asked about the new ferry line across the bay. "
        "It opens on July 2.",
        "2031-03-11",
        "2031",
        "2031-07-02",
    ),
    (
        "The President sent greetings to the guests of the Birch Film Festival. "
        "The guests will also visit the new maritime museum of the town. "
        "The event is held on June 14.",
        "2030-06-10",
        "2030-06",
        "2030-06-14",
    ),
]

# the pronoun right after the event's sentence, or after one naming its head: the day
FIRING = [
    (
        "The President sent greetings to the guests of the Birch Film Festival. "
        "It takes place in Lakeside on June 14-18.",
        "2030-06-10",
        "2030-06-14",
    ),
    (
        "The President sent greetings to the participants of the Birch Film Festival.\n\n"
        "The Birch festival was founded by young directors. "
        "This year it will take place in Pinetown from June 18 to 20.",
        "2030-06-10",
        "2030-06-18",
    ),
    (
        "The President sent greetings to the guests of the Pine Valley Summit.\n\n"
        "The event is held in Lakeside on June 9 and 10.",
        "2030-06-05",
        "2030-06-09",
    ),
    # "the <head>" as the subject, after a sentence on another thing: read as before
    (
        "The President sent greetings to the guests of the Birch Film Festival.\n\n"
        "The guests will also visit the new maritime museum of the town. "
        "The festival takes place on June 14-18.",
        "2030-06-10",
        "2030-06-14",
    ),
]


@pytest.mark.parametrize(("text", "date", "expected", "without"), CASES)
def test_a_pronoun_after_another_thing_gives_no_day(
    text, date, expected, without, monkeypatch, events_component
):
    monkeypatch.setattr(
        events_component,
        "rules",
        events_component.rules.edited("events", drop=["greeting_participants_day"]),
    )
    assert _first_event(text, date)["date"] == expected
    monkeypatch.setattr(
        events_component,
        "rules",
        events_component.rules.edited(
            "events", drop=["greeting_participants_day", "later_day_antecedent_subjects"]
        ),
    )
    assert _first_event(text, date)["date"] == without


@pytest.mark.parametrize(("text", "date", "expected"), FIRING)
def test_a_pronoun_that_refers_to_the_event_gives_its_day(
    text, date, expected, monkeypatch, events_component
):
    monkeypatch.setattr(
        events_component,
        "rules",
        events_component.rules.edited("events", drop=["greeting_participants_day"]),
    )
    assert _first_event(text, date)["date"] == expected
