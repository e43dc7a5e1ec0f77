"""Event dates of issue 12, round cz: a part of "the year" said without a year ("at the end of
the year") is the page's year (`year_part_phrases`); a count of time left before an event ("five
months to go before the Lake Games") is the year the page's date plus the count falls in
(`countdown_event_cues`); a war's span of years in slashes right after
its name dates it by the first year, as brackets do (`multi_year_range_brackets`, convention C5);
"this exhibition, which is being held ..." after the event's name puts it on the page's day
(`demonstrative_under_way_day_cues`, convention C1). Each row that a rule dates fails without its
key; the kept rows are where it must not fire. The pages are invented."""

import pytest
from conftest import check_with_and_without_key
from conftest import page_event_dates as _dates

# (page text, title, page date, event, with the rule, without its key)
YEAR_PART_CASES = [
    (
        "Talks covered the Lake Forum, founded by the two leaders. The forum will gather in "
        "Pinetown at the end of the year, with 500 guests expected.",
        "Talks with the President of Lakeland",
        "2031-09-01",
        "Lake Forum",
        "2031",
        None,
    ),
    (
        "Mr Berg: We will sum up the results at the Pine Crafts Festival, which will take place "
        "in the middle of the year.",
        "Meeting with the Governor",
        "2031-02-11",
        "Pine Crafts Festival",
        "2031",
        None,
    ),
]

# not fired: a deadline ("by the end of the year"), the past in January, a year written after
YEAR_PART_KEPT_CASES = [
    (
        "Mr Berg: Could the Lake Union summit be held by the end of the year?",
        "Interview to a weekly",
        "2031-11-14",
        "Lake Union summit",
        None,
    ),
    (
        "At the end of the year, the Pine Crafts Festival was held in Lakeside.",
        "Meeting with the Governor",
        "2031-01-15",
        "Pine Crafts Festival",
        None,
    ),
    (
        "The Pine Crafts Festival opens in Lakeside at the end of the year 2033.",
        "Meeting with the Governor",
        "2031-03-15",
        "Pine Crafts Festival",
        "2033",
    ),
]

COUNTDOWN_CASES = [
    (
        "Minister Berg: The arenas are nearly built, and we have five months to go before the "
        "Lake Winter Games in Pinetown.",
        "Meeting with Government members",
        "2031-10-11",
        "Lake Winter Games in Pinetown",
        "2032",
        "2031-10-11",
    ),
    (
        "We have two years left until the opening of the Pine Student Games, which is not much "
        "given the work ahead.",
        "Meeting on preparations",
        "2031-03-01",
        "Pine Student Games",
        "2033",
        "2031-03",
    ),
    (
        "There are ten days to go before the Lake Crafts Festival, and the halls are ready.",
        "Meeting with the Governor",
        "2031-12-26",
        "Lake Crafts Festival",
        "2032",
        "2031-12-26",
    ),
]

# not fired: time spent, not left ("five months after"), a date of its own in the clause
COUNTDOWN_KEPT_CASES = [
    (
        "Five months after the Lake Winter Games in Pinetown, the arenas are still busy.",
        "Meeting with Government members",
        "2031-10-11",
        "Lake Winter Games in Pinetown",
        None,
    ),
    (
        "We have five months to go before the Lake Winter Games, which open on March 2, 2032.",
        "Meeting with Government members",
        "2031-10-11",
        "Lake Winter Games",
        "2032-03-02",
    ),
]

SLASH_CASES = [
    (
        "The first two waves of hardship followed wars (the Lake War /1801–1805/ and the Pine "
        "War /1840–1846/) and the loss of harvests.",
        "Meeting with teachers",
        "2031-03-07",
        "Lake War",
        "1801",
        None,
    ),
    (
        "The first two waves of hardship followed wars (the Lake War /1801–1805/ and the Pine "
        "War /1840–1846/) and the loss of harvests.",
        "Meeting with teachers",
        "2031-03-07",
        "Pine War",
        "1840",
        None,
    ),
]

# not fired: a single year or words in the slashes
SLASH_KEPT_CASES = [
    (
        "The Lake War /1801/ left the valley poor.",
        "Meeting with teachers",
        "2031-03-07",
        "Lake War",
        None,
    ),
    (
        "The Lake War /a long and bitter time/ left the valley poor for decades.",
        "Meeting with teachers",
        "2031-03-07",
        "Lake War",
        None,
    ),
]

DEMONSTRATIVE_CASES = [
    (
        "The Lake Crafts Exhibition shows the work of forty masters. You may all go and see "
        "this exhibition, which is being held in the city museum.",
        "Reception marking Lakeland Day",
        "2031-11-04",
        "Lake Crafts Exhibition",
        "2031-11-04",
        None,
    ),
    (
        "Ms Lind: Colleagues, welcome. The Pine Press Congress gathers editors from many "
        "countries. In the days of this congress, which is taking place in Lakeside, the "
        "delegates will visit the old port.",
        "Greetings to editors",
        "2031-07-12",
        "Pine Press Congress",
        "2031-07-12",
        None,
    ),
]

# not fired: a past verb after it, a head that is not the event's, a word of another occurrence
DEMONSTRATIVE_KEPT_CASES = [
    (
        "The Lake Crafts Exhibition shows the work of forty masters. I hope many of you saw "
        "this exhibition, which was held in the city museum.",
        "Reception marking Lakeland Day",
        "2031-11-04",
        "Lake Crafts Exhibition",
        None,
    ),
    (
        "The Lake Crafts Exhibition shows the work of forty masters. I hope many of you will "
        "visit this festival, which is being held in the city park.",
        "Reception marking Lakeland Day",
        "2031-11-04",
        "Lake Crafts Exhibition",
        None,
    ),
    (
        "The Lake Crafts Exhibition shows the work of forty masters. Like the last one, this "
        "exhibition, which is being held in the city museum, is free.",
        "Reception marking Lakeland Day",
        "2031-11-04",
        "Lake Crafts Exhibition",
        None,
    ),
]


@pytest.mark.parametrize("text, title, date, event, with_rule, without", YEAR_PART_CASES)
def test_a_part_of_the_year_is_the_page_year(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "year_part_phrases",
        monkeypatch,
        events_component,
    )


@pytest.mark.parametrize("text, title, date, event, expected", YEAR_PART_KEPT_CASES)
def test_a_deadline_or_a_past_january_year_end_is_kept(text, title, date, event, expected):
    assert _dates(text, title, date)[event] == expected


@pytest.mark.parametrize("text, title, date, event, with_rule, without", COUNTDOWN_CASES)
def test_time_left_before_an_event_gives_its_year(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "countdown_event_cues",
        monkeypatch,
        events_component,
    )


@pytest.mark.parametrize("text, title, date, event, expected", COUNTDOWN_KEPT_CASES)
def test_time_after_or_a_written_date_is_kept(text, title, date, event, expected):
    assert _dates(text, title, date)[event] == expected


@pytest.mark.parametrize("text, title, date, event, with_rule, without", SLASH_CASES)
def test_a_war_takes_the_first_year_in_slashes(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "multi_year_range_brackets",
        monkeypatch,
        events_component,
    )


@pytest.mark.parametrize("text, title, date, event, expected", SLASH_KEPT_CASES)
def test_slashes_without_a_span_date_no_war(text, title, date, event, expected):
    assert _dates(text, title, date)[event] == expected


@pytest.mark.parametrize("text, title, date, event, with_rule, without", DEMONSTRATIVE_CASES)
def test_this_event_being_held_is_on_the_page_day(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "demonstrative_under_way_day_cues",
        monkeypatch,
        events_component,
    )


@pytest.mark.parametrize("text, title, date, event, expected", DEMONSTRATIVE_KEPT_CASES)
def test_this_event_held_before_or_another_head_dates_nothing(text, title, date, event, expected):
    assert _dates(text, title, date)[event] == expected
