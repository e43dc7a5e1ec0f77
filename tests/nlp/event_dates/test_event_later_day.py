"""An event dated to a month only takes the day a later sentence gives it through "the <head>"
or "it" as the subject of a verb of taking place (events.json's `later_day_verbs`)."""

import pytest

from pipeline import extract_facts
from pipeline.speech import Speech

# issue 12 round ag: these rows pin the rules that dated greetings before the round's
# `greeting_participants_day` (which gives such greetings the page's day by itself)
pytestmark = pytest.mark.usefixtures("without_greeting_participants_day")


def _first_event(text: str, date: str = "2021-06-07") -> dict:
    speech = Speech(
        doc_id="t", source="<test>", paragraphs=text.split("\n\n"), title="News", date=date
    )
    return next(f for f in extract_facts(speech, types="event"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # greetings give the month; a later "the festival takes place ... on" the day
        (
            "The President sent his greetings to the guests of the Northern Lights Festival. "
            "He wished them success. The festival takes place in Tromso on June 7-14.",
            "2021-06-07",
        ),
        (
            "The President sent greetings to the participants of the Harbour Film Festival.\n\n"
            "The Harbour Film Festival was founded by film makers. "
            "This year it will take place in Bergen from June 18 to 20.",
            "2021-06-18",
        ),
        (
            "The President sent greetings to the guests of the Polar Summit.\n\n"
            "The event is held in Tromso on June 9 and 10.",
            "2021-06-09",
        ),
        # not the day it ends on
        (
            "The President sent his greetings to the guests of the Northern Lights Festival. "
            "The festival will run until June 22.",
            "2021-06",
        ),
        # not from a sentence beyond the window of characters after the first mention
        (
            "The President sent his greetings to the guests of the Northern Lights Festival.\n\n"
            + "The guests came from many towns. " * 70
            + "\n\nThe festival takes place in Tromso on June 7-14.",
            "2021-06",
        ),
        # not a day in another month: the first mention's month stays
        (
            "The President sent his greetings to the guests of the Northern Lights Festival. "
            "The festival takes place in Tromso on July 7-14.",
            "2021-06",
        ),
        # not from a sentence that names another event
        (
            "The President sent his greetings to the guests of the Northern Lights Festival. "
            "It is held on June 9, right after the Polar Summit.",
            "2021-06",
        ),
        # not when "it" or "the <head>" is not the subject of a verb of taking place
        (
            "The President sent his greetings to the guests of the Northern Lights Festival. "
            "The festival recalled its founder, born on June 9.",
            "2021-06",
        ),
        (
            "The President sent his greetings to the guests of the Northern Lights Festival. "
            "Last year, on June 9, it was held in Oslo.",
            "2021-06",
        ),
        # not for an event of another kind than the head ("the festival" after a summit)
        (
            "The President sent his greetings to the delegates of the Polar Summit. "
            "The festival takes place in Tromso on June 9.",
            "2021-06",
        ),
    ],
)
def test_a_later_sentence_gives_the_day_of_the_month(text, expected):
    assert _first_event(text)["date"] == expected


# (text, document's date, with `later_day_refines_year`, without it)
YEAR_CASES = [
    # a year from the name; the later sentence gives the day in that year
    (
        "The President spoke of the 2019 World Rowing Championships in Bled. "
        "He met the crews. The championship is taking place on August 25-September 1.",
        "2019-08-25",
        "2019-08-25",
        "2019",
    ),
    (
        "The President spoke of the Polar Film Festival 2022.\n\n"
        "The festival was founded in 2001. This year it will be held in Tromso on October 3-9.",
        "2022-09-30",
        "2022-10-03",
        "2022",
    ),
    # not a day of another year than the name's
    (
        "The President recalled the 2019 World Rowing Championships in Bled. "
        "The championship takes place on August 25, 2021.",
        "2021-05-02",
        "2019",
        "2019",
    ),
    # not a day it ends on
    (
        "The President spoke of the Lake Expo 2023 with its guests. "
        "The exhibition will run until October 9.",
        "2023-09-30",
        "2023",
        "2023",
    ),
    # not when the head is not the subject of a verb of taking place
    (
        "The President spoke of the 2019 World Rowing Championships in Bled. "
        "The championship recalled its founder, born on August 25.",
        "2019-08-25",
        "2019",
        "2019",
    ),
]


@pytest.mark.parametrize(("text", "date", "expected", "without"), YEAR_CASES)
def test_a_later_sentence_gives_the_day_of_a_year_from_the_name(
    text, date, expected, without, monkeypatch, events_component
):
    assert _first_event(text, date)["date"] == expected
    component = events_component
    without_rule = component.rules.edited("events", drop=["later_day_refines_year"])
    monkeypatch.setattr(component, "rules", without_rule)
    assert _first_event(text, date)["date"] == without


# (text, document's date, with `later_mention_refines_year`, without it)
MENTION_CASES = [
    # a later mention of the event, by its name, gives the day in its name's year
    (
        "The President sent greetings to the crews of the 2016 Lake Sailing Regatta.\n\n"
        "He wished them well. The 2016 Lake Sailing Regatta takes place on September 4-30.",
        "2016-09-02",
        "2016-09-04",
        "2016",
    ),
    (
        "The runway must be ready for the 2030 Harbour Sailing Cup. The 2030 Harbour Sailing "
        "Cup will take place from June 12 to July 13 in eleven cities.",
        "2029-08-16",
        "2030-06-12",
        "2030",
    ),
    # not a cue of the document's day in the later mention's sentence: no day written out
    (
        "The President spoke of the 2018 Lake Cup. Today we are assessing our readiness "
        "for the elections, the Lake Cup and other events.",
        "2018-02-28",
        "2018",
        "2018",
    ),
    # not a day of another year than the name's
    (
        "The President recalled the 2016 Lake Sailing Regatta. The next Lake Sailing "
        "Regatta takes place on September 4, 2019.",
        "2019-05-02",
        "2016",
        "2016",
    ),
]


@pytest.mark.parametrize(("text", "date", "expected", "without"), MENTION_CASES)
def test_a_later_mention_gives_the_day_of_a_year_from_the_name(
    text, date, expected, without, monkeypatch, events_component
):
    assert _first_event(text, date)["date"] == expected
    component = events_component
    monkeypatch.setattr(
        component, "rules", component.rules.edited("events", drop=["later_mention_refines_year"])
    )
    assert _first_event(text, date)["date"] == without


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # plural heads take plural verbs (events.json's `later_day_verbs`)
        (
            "The President sent greetings to the athletes of the Polar Games.\n\n"
            "The games are taking place in Tromso on June 9-12.",
            "2021-06-09",
        ),
        (
            "The President sent greetings to the athletes of the Polar Games.\n\n"
            "The games were held in Tromso on June 9-12.",
            "2021-06",
        ),
    ],
)
def test_plural_verbs_of_taking_place(text, expected):
    assert _first_event(text)["date"] == expected
