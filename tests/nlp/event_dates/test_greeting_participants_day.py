"""Event dates of issue 12, round ag: a message of greeting to the participants, guests or
organisers of an event is dated to the page's day (the lead's convention: such a message is
published on the day it is read out at the event), through events.json's
`greeting_participants_day`. Anniversaries, birthdays, named days and holidays keep the page's
month; a date written in the clause still wins. The pages are invented (docs/accuracy.md, issue
12 round ag)."""

import pytest
from conftest import check_with_and_without_key
from conftest import page_event_dates as _dates

TITLE = "News of the day"
DAY = "2031-05-17"

# (text, title, page's date, event, date with the rule, date without the key)
GREETED_CASES = [
    # a forum: the page's day (the page's month before this round)
    (
        "The President sent greetings to the participants of the Lake Forum of young engineers.",
        TITLE,
        DAY,
        "Lake Forum",
        "2031-05-17",
        "2031-05",
    ),
    # a festival, a message to its organisers, participants and guests
    (
        "Our President has sent a message of greetings to the guests, the organisers and the "
        "participants of the Pine Festival of folk music.",
        TITLE,
        DAY,
        "Pine Festival",
        "2031-05-17",
        "2031-05",
    ),
    # a tournament
    (
        "The President sent his greetings to the contestants and guests of the River Chess "
        "Tournament.",
        TITLE,
        DAY,
        "River Chess Tournament",
        "2031-05-17",
        "2031-05",
    ),
    # a name holding the page's year is no date against the day
    (
        "The President sent greetings to the participants of the Lake Forum 2031.",
        TITLE,
        DAY,
        "Lake Forum 2031",
        "2031-05-17",
        "2031-05",
    ),
    # "the young participants": the greeting class of round ac already gave the day
    (
        "The President sent greetings to the young participants of the Pine Festival of folk "
        "music.",
        TITLE,
        DAY,
        "Pine Festival",
        "2031-05-17",
        "2031-05-17",
    ),
]

# kept as before the round: (text, title, page's date, event, date)
KEPT_CASES = [
    # a greeted anniversary: the page's month
    (
        "The President sent greetings to the staff of the Pine Theatre on its 90th anniversary.",
        TITLE,
        DAY,
        "90th anniversary",
        "2031-05",
    ),
    # ... also beside a greeted festival, which takes the day
    (
        "The President sent greetings to the participants of the Pine Festival on the 90th "
        "anniversary of the Lake Society.",
        TITLE,
        DAY,
        "90th anniversary of the Lake Society",
        "2031-05",
    ),
    # a birthday and a named day in the name: the page's month
    (
        "The President sent greetings to the guests of the Lake Birthday Festival.",
        TITLE,
        DAY,
        "Lake Birthday Festival",
        "2031-05",
    ),
    (
        "The President sent greetings to the participants of the Pine Day Festival.",
        TITLE,
        DAY,
        "Pine Day Festival",
        "2031-05",
    ),
    # written days win: the first day
    (
        "The President sent greetings to the participants of the Lake Forum of young engineers, "
        "held in Pinetown on May 15-16.",
        TITLE,
        DAY,
        "Lake Forum",
        "2031-05-15",
    ),
    # a clause of a time to come: as before (the page's month)
    (
        "The President sent greetings to the participants of the Lake Forum of young engineers, "
        "which will open next week.",
        TITLE,
        DAY,
        "Lake Forum",
        "2031-05",
    ),
    (
        "The President sent greetings to the participants of the upcoming Lake Forum of young "
        "engineers.",
        TITLE,
        DAY,
        "Lake Forum",
        "2031-05",
    ),
    # a page dated to its month only: no day to give
    (
        "The President sent greetings to the participants of the Lake Forum of young engineers.",
        TITLE,
        "2031-05",
        "Lake Forum",
        "2031-05",
    ),
]


@pytest.mark.parametrize("text, title, date, event, with_rule, without", GREETED_CASES)
def test_a_greeting_to_an_events_participants_gives_the_page_day(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "greeting_participants_day",
        monkeypatch,
        events_component,
    )


@pytest.mark.parametrize("text, title, date, event, expected", KEPT_CASES)
def test_anniversaries_named_days_and_written_dates_keep_their_date(
    text, title, date, event, expected
):
    assert _dates(text, title, date)[event] == expected
