"""Review of issue 12 rounds ai and ej (events.json's `anniversary_greeted_event_day`): its
`not_clause` words ("will", "to be held", "upcoming", "forthcoming") are looked for from the
start of the name's clause, not only from the greeting word: "The President will send
greetings to the participants in a meeting to mark ..." is a greeting to come, and keeps the
page's month. A word of a time to come in another clause of the sentence (after ", and" or
";") or after the name does not. The sentences are invented (review53)."""

import pytest
from conftest import page_event_dates as _dates

TITLE = "News of the day"
DATE = "2031-06-12"
NAME = "20th anniversary of the Lakeland Farmers Party"


@pytest.mark.parametrize(
    "text, date",
    [
        # a greeting to come, the time word before the greeting: the month (was the day)
        (
            "The President will send greetings to the participants in a meeting to mark the "
            "20th anniversary of the Lakeland Farmers Party.",
            "2031-06",
        ),
        (
            "As agreed, the Premier will read out greetings to the guests of a gala evening "
            "marking the 20th anniversary of the Lakeland Farmers Party.",
            "2031-06",
        ),
        # as before: the time word between the greeting and the name
        (
            "The Premier sent warm greetings to all participants in the upcoming festive meeting "
            "to mark the 20th anniversary of the Lakeland Farmers Party.",
            "2031-06",
        ),
        # a greeting sent: the page's day (round ai)
        (
            "The Premier sent warm greetings to all participants in a festive meeting to mark the "
            "20th anniversary of the Lakeland Farmers Party.",
            DATE,
        ),
        (
            "The President congratulated participants in a meeting to celebrate the 20th "
            "anniversary of the Lakeland Farmers Party.",
            DATE,
        ),
        # the time word in another clause of the sentence: the greeting is still sent
        (
            "The party will hold its congress in the autumn, and the Premier sent warm greetings "
            "to all participants in a festive meeting to mark the 20th anniversary of the Lakeland "
            "Farmers Party.",
            DATE,
        ),
        (
            "The party will hold its congress in the autumn; the Premier sent warm greetings to "
            "all participants in a festive meeting to mark the 20th anniversary of the Lakeland "
            "Farmers Party.",
            DATE,
        ),
        # after the name: not looked at
        (
            "The Premier sent warm greetings to all participants in a festive meeting to mark the "
            "20th anniversary of the Lakeland Farmers Party, which will open a new office.",
            DATE,
        ),
    ],
)
def test_a_greeting_to_come_keeps_the_month(text, date):
    assert _dates(text, TITLE, DATE)[NAME] == date
