"""An event dated to a month only takes the day a later sentence gives it through "the <head>"
or "it" as the subject of a verb of taking place (events.json's `later_day_verbs`)."""

import pytest

from pipeline import extract_facts
from pipeline.speech import Speech


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
