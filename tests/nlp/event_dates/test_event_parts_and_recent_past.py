"""Event dates and names of issue 12, round x: a part of an event held on one day
(`event_part_day_cues`), an event another one precedes (`preceding_event_phrases`), a message
saying the event is being held (`greeting_message_progressive_cues`), an event that "has been
held" (`recent_past_trailing_phrases`) or that someone was thanked for
(`recent_past_lead_phrases`), an event looked forward to (`upcoming_event_clause_cues`), an
event to come given no past year (`upcoming_event_not_before_doc_year`) and an anniversary's
tail ended by "and during" (`anniversary_tail_clause_prepositions`). Each rule has rows that
fail without its key and rows where it must not fire. The pages are invented."""

import pytest
from conftest import check_with_and_without_key, drop_event_rules
from conftest import page_event_dates as _dates

# issue 12 round ag: these rows pin the rules that dated greetings before the round's
# `greeting_participants_day` (which gives such greetings the page's day by itself)
pytestmark = pytest.mark.usefixtures("without_greeting_participants_day")


# (page text, title, page date, event, with the rule, without its key)
PART_OF_DAY_CASES = [
    (
        "The President attended a gala concert of the 7th Pinewood Music Festival in Lakeside.",
        "Working trip to Lakeside",
        "2031-03-14",
        "7th Pinewood Music Festival",
        "2031-03-14",
        "2031-03",
    ),
    (
        "The Prime Minister spoke at a plenary session of the Lake Energy Forum.",
        "Working trip to Lakeside",
        "2031-06-02",
        "Lake Energy Forum",
        "2031-06-02",
        "2031-06",
    ),
]

# not fired: another time in the clause
PART_OF_DAY_KEPT_CASES = [
    (
        "In 2029 the President attended a gala concert of the 7th Pinewood Music Festival.",
        "Meeting with musicians",
        "2031-03-14",
        "7th Pinewood Music Festival",
        "2029",
    ),
]


@pytest.mark.parametrize("text, title, date, event, with_rule, without", PART_OF_DAY_CASES)
def test_a_part_of_an_event_held_on_one_day_gives_the_day(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "event_part_day_cues",
        monkeypatch,
        events_component,
    )


@pytest.mark.parametrize("text, title, date, event, expected", PART_OF_DAY_KEPT_CASES)
def test_a_part_told_by_a_speaker_or_at_another_time_keeps_its_date(
    text, title, date, event, expected
):
    assert _dates(text, title, date)[event] == expected


PRECEDING_CASES = [
    (
        "The talks preceded a Lake Union summit, and the leaders discussed its agenda.",
        "Meeting with Mr Berg",
        "2031-03-14",
        "Lake Union summit",
        "2031",
        None,
    ),
    (
        "Ministers discussed the budget ahead of the Pine Valley Forum.",
        "Meeting of ministers",
        "2031-05-20",
        "Pine Valley Forum",
        "2031",
        None,
    ),
]

# not fired: a page written late in the year (the event may be next year's), "ahead" apart
PRECEDING_KEPT_CASES = [
    (
        "The talks preceded a Lake Union summit, and the leaders discussed its agenda.",
        "Meeting with Mr Berg",
        "2031-11-14",
        "Lake Union summit",
        None,
    ),
    (
        "The Lake Union summit discussed the tasks ahead of the member states.",
        "Meeting with Mr Berg",
        "2031-03-14",
        "Lake Union summit",
        None,
    ),
]


@pytest.mark.parametrize("text, title, date, event, with_rule, without", PRECEDING_CASES)
def test_an_event_preceded_by_another_is_still_to_come(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "preceding_event_phrases",
        monkeypatch,
        events_component,
    )


@pytest.mark.parametrize("text, title, date, event, expected", PRECEDING_KEPT_CASES)
def test_preceding_late_in_the_year_or_apart_dates_nothing(text, title, date, event, expected):
    assert _dates(text, title, date)[event] == expected


PROGRESSIVE_MESSAGE_CASES = [
    (
        "The Governor sent greetings to athletes of the 3rd Lake Youth Games.\n\n"
        "The message reads, in part:\n\n“These Games are being held in Pinetown for the first "
        "time, and I wish every team luck.”",
        "Greetings to the Lake Youth Games",
        "2031-03-14",
        "3rd Lake Youth Games",
        "2031-03-14",
        "2031-03",
    ),
    (
        "The Governor sent a message of greetings to all delegates at the Pine Valley "
        "Congress.\n\nThe message reads, in part:\n\n“You have a busy agenda here, and I "
        "hope your debates will be useful.”",
        "Greetings to the Pine Valley Congress",
        "2031-09-03",
        "Pine Valley Congress",
        "2031-09-03",
        "2031-09",
    ),
]

# not fired: the cue after a further greeting, a greeting to an anniversary
PROGRESSIVE_MESSAGE_KEPT_CASES = [
    (
        "The President sent greetings to participants of the Lake Book Festival.\n\n"
        "The President also sent greetings to participants of the Pine Film Festival, whose "
        "message says that it is being held in Pinetown.",
        "Greetings to readers and film makers",
        "2031-04-11",
        "Lake Book Festival",
        "2031-04",
    ),
    (
        "The President sent greetings to the organisers of the 50th anniversary of the Lake "
        "Theatre.\n\nThe message reads, in part:\n\n“The celebration is being held in the "
        "theatre's new hall.”",
        "Greetings to the Lake Theatre",
        "2031-04-11",
        "50th anniversary of the Lake Theatre",
        "2031-04",
    ),
]


@pytest.mark.parametrize("text, title, date, event, with_rule, without", PROGRESSIVE_MESSAGE_CASES)
def test_a_message_saying_the_event_is_being_held_gives_the_day(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "greeting_message_progressive_cues",
        monkeypatch,
        events_component,
    )


@pytest.mark.parametrize("text, title, date, event, expected", PROGRESSIVE_MESSAGE_KEPT_CASES)
def test_being_held_elsewhere_or_for_an_anniversary_keeps_the_month(
    text, title, date, event, expected
):
    assert _dates(text, title, date)[event] == expected


RECENT_PAST_CASES = [
    (
        "The minister said: To date, the Pine Chemistry Olympiad has been held, and our "
        "pupils won three medals.",
        "Meeting with the minister",
        "2031-05-14",
        "Pine Chemistry Olympiad",
        "2031",
        None,
    ),
    (
        "The Lake Valley Games have taken place, and the teams are going home.",
        "Meeting with athletes",
        "2031-08-30",
        "Lake Valley Games",
        "2031",
        None,
    ),
]

# not fired: a page of early January (last year's event), the phrase apart from the name
RECENT_PAST_KEPT_CASES = [
    (
        "The minister said: To date, the Pine Chemistry Olympiad has been held, and our "
        "pupils won three medals.",
        "Meeting with the minister",
        "2031-01-09",
        "Pine Chemistry Olympiad",
        None,
    ),
    (
        "Our pupils praised the Pine Chemistry Olympiad, and much work has been held back.",
        "Meeting with the minister",
        "2031-05-14",
        "Pine Chemistry Olympiad",
        None,
    ),
]


@pytest.mark.parametrize("text, title, date, event, with_rule, without", RECENT_PAST_CASES)
def test_an_event_that_has_been_held_is_of_the_pages_year(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "recent_past_trailing_phrases",
        monkeypatch,
        events_component,
    )


@pytest.mark.parametrize("text, title, date, event, expected", RECENT_PAST_KEPT_CASES)
def test_has_been_held_in_january_or_apart_dates_nothing(text, title, date, event, expected):
    assert _dates(text, title, date)[event] == expected


# (page text, the anniversary's name with the rule, without its key)
ANNIVERSARY_TAIL_CASES = [
    (
        "They agreed to meet during the events to mark the 40th anniversary of the Lake Treaty "
        "and during the Pine Union summit in Lakeside.",
        "40th anniversary of the Lake Treaty",
        "40th anniversary of the Lake Treaty and during the Pine Union summit in Lakeside",
    ),
    (
        "The Governor opened the 30th anniversary of the Pine Academy and during a visit to "
        "Lakeside met students.",
        "30th anniversary of the Pine Academy",
        # "met" ends the tail since round as (anniversary_tail_stops)
        "30th anniversary of the Pine Academy and during a visit to Lakeside",
    ),
]


@pytest.mark.parametrize("text, with_rule, without", ANNIVERSARY_TAIL_CASES)
def test_during_ends_an_anniversarys_name(text, with_rule, without, monkeypatch, events_component):
    assert with_rule in _dates(text, "Working trip", "2031-01-14")
    drop_event_rules(monkeypatch, events_component, "anniversary_tail_clause_prepositions")
    assert without in _dates(text, "Working trip", "2031-01-14")


# not cut: "during" without "and" belongs to what the anniversary is of
ANNIVERSARY_TAIL_KEPT_CASES = [
    (
        "The Lakeland President will attend the events marking the 60th anniversary of the "
        "region's liberation during the Pine Valley War.",
        "60th anniversary of the region's liberation during the Pine Valley War",
    ),
]


@pytest.mark.parametrize("text, name", ANNIVERSARY_TAIL_KEPT_CASES)
def test_during_alone_keeps_an_anniversarys_tail(text, name):
    assert name in _dates(text, "Working trip", "2031-01-14")


LOOKING_FORWARD_CASES = [
    (
        "The President said he was looking forward to meeting the Premier at the Lake Union "
        "summit in Pinetown.",
        "Telephone conversation with the Premier",
        "2031-03-20",
        "Lake Union summit in Pinetown",
        "2031",
        None,
    ),
]

# not fired: a full stop between, a page written late in the year
LOOKING_FORWARD_KEPT_CASES = [
    (
        "The President said he was looking forward to it. He recalled the Lake Union summit.",
        "Telephone conversation with the Premier",
        "2031-03-20",
        "Lake Union summit",
        None,
    ),
    (
        "The President said he was looking forward to meeting the Premier at the Lake Union "
        "summit in Pinetown.",
        "Telephone conversation with the Premier",
        "2031-11-20",
        "Lake Union summit in Pinetown",
        None,
    ),
]


@pytest.mark.parametrize("text, title, date, event, with_rule, without", LOOKING_FORWARD_CASES)
def test_an_event_looked_forward_to_is_still_to_come(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "upcoming_event_clause_cues",
        monkeypatch,
        events_component,
    )


@pytest.mark.parametrize("text, title, date, event, expected", LOOKING_FORWARD_KEPT_CASES)
def test_looking_forward_apart_or_late_dates_nothing(text, title, date, event, expected):
    assert _dates(text, title, date)[event] == expected


THANKED_FOR_CASES = [
    (
        "The President thanked the Secretary General for the well-organised Lake Millennium "
        "Summit.",
        "Meeting with the Secretary General",
        "2031-09-20",
        "Lake Millennium Summit",
        "2031",
        None,
    ),
]

# not fired: thanks for something else, a page of early January
THANKED_FOR_KEPT_CASES = [
    (
        "The President thanked the hosts for the warm welcome and praised the Lake Millennium "
        "Summit.",
        "Meeting with the Secretary General",
        "2031-09-20",
        "Lake Millennium Summit",
        None,
    ),
    (
        "The President thanked the Secretary General for the well-organised Lake Millennium "
        "Summit.",
        "Meeting with the Secretary General",
        "2031-01-05",
        "Lake Millennium Summit",
        None,
    ),
]


@pytest.mark.parametrize("text, title, date, event, with_rule, without", THANKED_FOR_CASES)
def test_an_event_someone_was_thanked_for_is_just_over(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "recent_past_lead_phrases",
        monkeypatch,
        events_component,
    )


@pytest.mark.parametrize("text, title, date, event, expected", THANKED_FOR_KEPT_CASES)
def test_other_thanks_or_january_dates_nothing(text, title, date, event, expected):
    assert _dates(text, title, date)[event] == expected


UPCOMING_NOT_PAST_CASES = [
    (
        "The minister said the police must keep order during the forthcoming Lake Council "
        "elections.\n\nHe recalled that during the 2027 Lake Council election campaign the "
        "Governor had set these priorities.",
        "Meeting of the ministry board",
        "2031-02-20",
        "Lake Council elections",
        "2031",
        "2027",
    ),
]

# kept: the year in the record's own name; the record itself not named as to come
UPCOMING_NOT_PAST_KEPT_CASES = [
    (
        "In 2029 you attended the Pine Valley Forum.\n\nWhat do you expect from the upcoming "
        "Pine Valley Forum?",
        "Interview to a newspaper",
        "2031-02-20",
        "Pine Valley Forum",
        "2029",
    ),
]


@pytest.mark.parametrize("text, title, date, event, with_rule, without", UPCOMING_NOT_PAST_CASES)
def test_an_event_to_come_takes_no_past_year(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    # round bj's `other_occurrence_name_years` keeps a past year in a later name out too:
    # dropped here, to show this key on its own
    drop_event_rules(monkeypatch, events_component, "other_occurrence_name_years")
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "upcoming_event_not_before_doc_year",
        monkeypatch,
        events_component,
    )


@pytest.mark.parametrize("text, title, date, event, expected", UPCOMING_NOT_PAST_KEPT_CASES)
def test_a_past_first_mention_keeps_its_year(text, title, date, event, expected):
    assert _dates(text, title, date)[event] == expected
