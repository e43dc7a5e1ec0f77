"""Event dates of issue 12, round w: a courteous "would like to" that speaks of the present
(`polite_present_phrases`), a greeting whose message says the event is going on as it is read
(`greeting_message_day_cues`) and an event "which lies ahead" (`upcoming_event_trailing_phrases`).
Each rule has rows that fail without its key and rows where it must not fire. The pages are
invented."""

import pytest
from conftest import check_with_and_without_key
from conftest import page_event_dates as _dates

# issue 12 round ag: these rows pin the rules that dated greetings before the round's
# `greeting_participants_day` (which gives such greetings the page's day by itself)
pytestmark = pytest.mark.usefixtures("without_greeting_participants_day")


# (page text, title, page date, event, with the rule, without its key)
POLITE_PRESENT_CASES = [
    # a congratulation on the opening, said courteously: the page's day
    (
        "The President sent a message to the guests of the 4th Lakeside Energy Forum.\n\n"
        "“I would like to congratulate our guests from twelve regions on the opening of the 4th "
        "Lakeside Energy Forum.”",
        "Meeting on energy",
        "2031-05-14",
        "4th Lakeside Energy Forum",
        "2031-05-14",
        "2031-05",
    ),
    # a speaker's welcome at the event: the page's month
    (
        "Mr Berg: Friends, I would like to heartily welcome you to Pine Valley Congress.",
        "Meeting with Mr Berg",
        "2031-03-02",
        "Pine Valley Congress",
        "2031-03",
        None,
    ),
    (
        "The Governor said: I would also like to welcome you all to the Northern Timber Forum.",
        "Working trip to the North",
        "2031-08-19",
        "Northern Timber Forum",
        "2031-08",
        None,
    ),
]

# not fired: "would" alone, or a time to come beside the courtesy
POLITE_KEPT_CASES = [
    (
        "I would welcome you to the Pine Valley Congress if it were held here.",
        "Meeting with Mr Berg",
        "2031-03-02",
        "Pine Valley Congress",
        None,
    ),
    (
        "I would like to heartily welcome you to Pine Valley Congress again next year.",
        "Meeting with Mr Berg",
        "2031-03-02",
        "Pine Valley Congress",
        "2032",
    ),
]


@pytest.mark.parametrize("text, title, date, event, with_rule, without", POLITE_PRESENT_CASES)
def test_a_courteous_would_like_to_speaks_of_now(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "polite_present_phrases",
        monkeypatch,
        events_component,
    )


@pytest.mark.parametrize("text, title, date, event, expected", POLITE_KEPT_CASES)
def test_would_alone_or_a_time_to_come_keeps_its_reading(text, title, date, event, expected):
    assert _dates(text, title, date)[event] == expected


GREETING_MESSAGE_CASES = [
    (
        "The President of Lakeland sent a message of greetings to all delegates and participants "
        "of the 2nd Lake-Pine Interregional Conference in Lakeside.\n\n"
        "The message reads, in part:\n\n"
        "“Today’s agenda includes farming, transport and new technology. I wish you fruitful "
        "debates.”",
        "Greetings to the Lake-Pine Interregional Conference",
        "2031-11-05",
        "2nd Lake-Pine Interregional Conference",
        "2031-11-05",
        "2031-11",
    ),
    (
        "The President sent greetings to all contestants, organisers and fans of the Pinewood "
        "Youth Chess Championship.\n\nThe message reads, in part:\n\n“The final round of "
        "this great contest for young players is opening here in Pinewood, and I wish every "
        "team luck.”",
        "Greetings to young chess players",
        "2031-07-22",
        "Pinewood Youth Chess Championship",
        "2031-07-22",
        "2031-07",
    ),
]

# not fired: "today" said in passing, a greeting on an anniversary, the cue after a further
# greeting to another event
GREETING_MESSAGE_KEPT_CASES = [
    (
        "The President sent greetings to participants of the Lake Book Festival.\n\n"
        "The message reads, in part:\n\n“Reading matters today more than ever before.”",
        "Greetings to readers",
        "2031-04-11",
        "Lake Book Festival",
        "2031-04",
    ),
    (
        "The President sent greetings to the organisers of the 50th anniversary of the Lake "
        "Theatre.\n\nThe message reads, in part:\n\n“Today’s programme is rich in premieres.”",
        "Greetings to the Lake Theatre",
        "2031-04-11",
        "50th anniversary of the Lake Theatre",
        "2031-04",
    ),
    (
        "The President sent greetings to participants of the Lake Book Festival.\n\n"
        "The President also sent greetings to participants of the Pine Film Festival, whose "
        "message says that today’s programme holds twelve films.",
        "Greetings to readers and film makers",
        "2031-04-11",
        "Lake Book Festival",
        "2031-04",
    ),
]


@pytest.mark.parametrize("text, title, date, event, with_rule, without", GREETING_MESSAGE_CASES)
def test_a_message_read_on_the_event_day_gives_the_day(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "greeting_message_day_cues",
        monkeypatch,
        events_component,
    )


@pytest.mark.parametrize("text, title, date, event, expected", GREETING_MESSAGE_KEPT_CASES)
def test_a_message_without_a_cue_of_its_day_keeps_the_month(text, title, date, event, expected):
    assert _dates(text, title, date)[event] == expected


AHEAD_CASES = [
    (
        "The party will set its goals for the Lake Region Council elections which lie ahead.",
        "Greetings to the party congress",
        "2031-06-28",
        "Lake Region Council elections",
        "2031",
        None,
    ),
    (
        "Ministers discussed the Pine Union summit, which is ahead, and the budget.",
        "Meeting with Government members",
        "2031-02-10",
        "Pine Union summit",
        "2031",
        None,
    ),
]

# not fired: a page written late in the year, "ahead" not right after the name
AHEAD_KEPT_CASES = [
    (
        "The party will set its goals for the Lake Region Council elections which lie ahead.",
        "Greetings to the party congress",
        "2031-11-28",
        "Lake Region Council elections",
        None,
    ),
    (
        "Ministers recalled the Pine Union summit and the tasks ahead of the Government.",
        "Meeting with Government members",
        "2031-02-10",
        "Pine Union summit",
        None,
    ),
]


@pytest.mark.parametrize("text, title, date, event, with_rule, without", AHEAD_CASES)
def test_an_event_which_lies_ahead_takes_the_year(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "upcoming_event_trailing_phrases",
        monkeypatch,
        events_component,
    )


@pytest.mark.parametrize("text, title, date, event, expected", AHEAD_KEPT_CASES)
def test_ahead_elsewhere_or_late_in_the_year_dates_nothing(text, title, date, event, expected):
    assert _dates(text, title, date)[event] == expected


ARRIVAL_CASES = [
    (
        "The President of Lakeland has come to Pinetown for the fourth meeting of the "
        "Lake-Pine Cooperation Council.",
        "Meeting with the President of Lakeland",
        "2031-04-09",
        "fourth meeting of the Lake-Pine Cooperation Council",
        "2031-04-09",
        None,
    ),
    (
        "Delegations from twelve countries have arrived in Lakeside for the Pine Union summit.",
        "Meeting with delegation heads",
        "2031-10-02",
        "Pine Union summit",
        "2031-10-02",
        "2031-10",
    ),
]

# not fired: the event is still to come, or a past arrival (the month, as before)
ARRIVAL_KEPT_CASES = [
    (
        "Delegations have arrived in Lakeside for the Pine Union summit that opens tomorrow.",
        "Meeting with delegation heads",
        "2031-10-02",
        "Pine Union summit",
        "2031-10-03",
    ),
    (
        "The President arrived in Lakeside for the Pine Union summit.",
        "Visit to Lakeside",
        "2031-10-02",
        "Pine Union summit",
        "2031-10",
    ),
]


@pytest.mark.parametrize("text, title, date, event, with_rule, without", ARRIVAL_CASES)
def test_a_guest_who_has_come_for_an_event_dates_it_today(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "arrival_for_event_day_cues",
        monkeypatch,
        events_component,
    )


@pytest.mark.parametrize("text, title, date, event, expected", ARRIVAL_KEPT_CASES)
def test_an_arrival_told_otherwise_keeps_its_date(text, title, date, event, expected):
    assert _dates(text, title, date)[event] == expected


PART_OF_CASES = [
    (
        "As part of the Lake Economic Forum, the President held talks with four bankers.",
        "Meeting with business leaders",
        "2031-06-03",
        "Lake Economic Forum",
        "2031-06-03",
        "2031-06",
    ),
    (
        "The President met with the Prime Minister of Lakeland as part of the informal Pine "
        "Union summit.",
        "Meeting with the Prime Minister of Lakeland",
        "2031-12-20",
        "Pine Union summit",
        "2031-12-20",
        "2031-12",
    ),
    (
        "Within the framework of the Pine Summit, the leaders toured the new port.",
        "Tour of the port",
        "2031-09-18",
        "Pine Summit",
        "2031-09-18",
        "2031-09",
    ),
]

# not fired: a time to come, or a clause of another time
PART_OF_KEPT_CASES = [
    (
        "As part of the Lake Economic Forum, the President will meet with business leaders.",
        "Meeting with business leaders",
        "2031-06-03",
        "Lake Economic Forum",
        "2031-06",
    ),
    (
        # the page's year, not its month, since round dq (`prepared_event_cues`): the month
        # was the preparing's
        "The ministers met as part of the preparations for the Lake Economic Forum.",
        "Meeting with business leaders",
        "2031-06-03",
        "Lake Economic Forum",
        "2031",
    ),
    (
        "As part of the Lake Economic Forum last year, the President met with business leaders.",
        "Meeting with business leaders",
        "2031-06-03",
        "Lake Economic Forum",
        "2030",
    ),
]


@pytest.mark.parametrize("text, title, date, event, with_rule, without", PART_OF_CASES)
def test_what_was_done_as_part_of_an_event_is_of_its_day(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "part_of_event_day_cues",
        monkeypatch,
        events_component,
    )


@pytest.mark.parametrize("text, title, date, event, expected", PART_OF_KEPT_CASES)
def test_as_part_of_at_another_time_keeps_its_date(text, title, date, event, expected):
    assert _dates(text, title, date)[event] == expected


MAIN_EVENT_CASES = [
    (
        "Mr Lind said the celebrations of the 200th anniversary of Pinetown were planned for "
        "2031. In his words, the main event would be held on September 6 and invited the "
        "President to come.",
        "Meeting with the Governor of the Pine Region",
        "2031-04-15",
        "200th anniversary of Pinetown",
        "2031-09-06",
        "2031",
    ),
    (
        "The 50th anniversary of the Lake Theatre falls this year. The main celebrations "
        "will be held in November.",
        "Meeting with theatre directors",
        "2031-02-11",
        "50th anniversary of the Lake Theatre",
        "2031-11",
        "2031",
    ),
]

# not fired: the next sentence's main event is another event's
MAIN_EVENT_KEPT_CASES = [
    (
        "The 50th anniversary of the Lake Theatre falls this year. The main event of the Pine "
        "Festival will be held in November.",
        "Meeting with theatre directors",
        "2031-02-11",
        "50th anniversary of the Lake Theatre",
        "2031",
    ),
]


@pytest.mark.parametrize("text, title, date, event, with_rule, without", MAIN_EVENT_CASES)
def test_the_main_event_of_an_anniversary_dates_it(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "anniversary_marked_next_sentence",
        monkeypatch,
        events_component,
    )


@pytest.mark.parametrize("text, title, date, event, expected", MAIN_EVENT_KEPT_CASES)
def test_another_events_main_event_keeps_the_year(text, title, date, event, expected):
    assert _dates(text, title, date)[event] == expected


YEAR_LIST_CASES = [
    (
        "The President congratulated the coach of the teams that won the 2010, 2014 and 2018 "
        "Lake Games on his birthday.",
        "Congratulations to a coach",
        "2031-06-04",
        "2010, 2014 and 2018 Lake Games",
        "2014 and 2018 Lake Games",
        "2010",
    ),
    (
        "Pinetown hosted the 2021, 2023, 2025 and 2027 Pine Cup finals.",
        "Meeting with the Mayor of Pinetown",
        "2031-02-01",
        "2021, 2023, 2025 and 2027 Pine Cup",
        "2025 and 2027 Pine Cup",
        "2021",
    ),
]


@pytest.mark.parametrize("text, title, date, name, name_without, year", YEAR_LIST_CASES)
def test_years_listed_with_commas_are_one_name(
    text, title, date, name, name_without, year, monkeypatch, events_component
):
    assert _dates(text, title, date) == {name: year}
    monkeypatch.setattr(
        events_component,
        "rules",
        events_component.rules.edited("events", drop=["name_year_list_joiners"]),
    )
    assert name_without in _dates(text, title, date)


# not joined: a comma after a word that is no year, or before a year from another word
YEAR_LIST_KEPT_CASES = [
    (
        "The coach won medals in Pinetown, 2018 Lake Games and more.",
        "Congratulations to a coach",
        "2031-06-04",
        "2018 Lake Games",
    ),
    (
        "Since 2019, 2020 Lake Games preparations have gone well.",
        "Meeting on sport",
        "2031-06-04",
        "2020 Lake Games",
    ),
]


@pytest.mark.parametrize("text, title, date, name", YEAR_LIST_KEPT_CASES)
def test_a_comma_outside_a_list_of_years_ends_the_name(text, title, date, name):
    assert name in _dates(text, title, date)
