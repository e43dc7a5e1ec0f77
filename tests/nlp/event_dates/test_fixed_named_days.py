"""Event dates of issue 12, round dq: a named day held every year on one day (events.json's
`fixed_day_anniversaries`, entries with `names` only: Defender of the Fatherland Day, Heroes of
the Fatherland Day, International Holocaust Remembrance Day, International Women's Day) that
the other rules date to the page's day, month or year, or leave undated, takes its yearly day
nearest the page's date: a gala evening held on the eve marks the day, it is not held on it.
Each fired row fails without the key; the kept rows must not change. The pages are invented."""

import pytest
from conftest import check_date_without_key
from conftest import page_event_dates as _dates

KEY = "fixed_day_anniversaries"

# (page text, title, page date, event, with the rule, without its key)
FIXED_DAY_CASES = [
    (
        "A gala evening in honour of Defender of the Fatherland Day was held at the Lakeside "
        "Palace.",
        "Gala evening",
        "2031-02-21",
        "Defender of the Fatherland Day",
        "2031-02-23",
        "2031-02-21",
    ),
    (
        "The President spoke at a reception in the Pine Hall celebrating Heroes of the "
        "Fatherland Day.",
        "Reception",
        "2031-12-12",
        "Heroes of the Fatherland Day",
        "2031-12-09",
        "2031-12-12",
    ),
    (
        "The President sent greetings to the guests of a Lakeside memorial evening marking "
        "International Holocaust Remembrance Day.",
        "Greetings",
        "2031-01-26",
        "International Holocaust Remembrance Day",
        "2031-01-27",
        "2031-01-26",
    ),
    (
        "The President met with nurses at the Pine Clinic and congratulated them on "
        "International Women's Day.",
        "Trip to Pinetown",
        "2031-03-07",
        "International Women's Day",
        "2031-03-08",
        "2031-03-07",
    ),
]

# not in the list: a remembrance day of another date, a day of its own
KEPT_CASES = [
    (
        "In Lakeland, Holocaust Remembrance Day is observed on April 21 this year.",
        "Talks with the President of Lakeland",
        "2031-04-18",
        "Holocaust Remembrance Day",
        "2031-04-21",
    ),
    (
        "The President congratulated the sailors of Lakeland on Pine Fleet Day at a reception "
        "held on the eve of the holiday.",
        "Reception",
        "2031-07-27",
        "Pine Fleet Day",
        "2031-07",
    ),
]


@pytest.mark.parametrize("text, title, date, event, with_rule, without", FIXED_DAY_CASES)
def test_a_fixed_named_day_takes_its_yearly_day(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_date_without_key(
        (text, date, event, with_rule, without), title, KEY, monkeypatch, events_component
    )


@pytest.mark.parametrize("text, title, date, event, expected", KEPT_CASES)
def test_a_day_not_listed_keeps_its_date(text, title, date, event, expected):
    assert _dates(text, title, date)[event] == expected
