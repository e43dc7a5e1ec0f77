"""Event dates of issue 12, round z: a greeting's message saying the participants have gathered
(`greeting_message_gathered_cues`), the next event of a greeted list (`greeted_list_joiners`), a
relative clause of taking place after a name's tail with connectors
(`subject_under_way_tail_connectors`), a concert on the occasion of an event
(`event_occasion_day_cues`), the year an event was founded (`own_founding_date_cues`), an
anniversary of a day written after its name (`anniversary_base_day_shift`), an anniversary
someone gets ready to celebrate (`anniversary_celebration_ahead_cues`) and a summit named by the
page's place (`page_place_head_day`). Each rule has rows that fail without its key and rows
where it must not fire. The pages are invented."""

import pytest
from conftest import check_with_and_without_key
from conftest import page_event_dates as _dates

# issue 12 round ag: these rows pin the rules that dated greetings before the round's
# `greeting_participants_day` (which gives such greetings the page's day by itself)
pytestmark = pytest.mark.usefixtures("without_greeting_participants_day")


MESSAGE = "\n\nThe message reads, in part:\n\n"

# (page text, title, page date, event, with the rule, without its key)
GATHERED_CASES = [
    (
        "Anna Lake sent greetings to the participants of the Lakeland Water Forum."
        + MESSAGE
        + "“Engineers from many countries have gathered in Pinetown to discuss clean water.”",
        "Greetings to the Lakeland Water Forum",
        "2031-09-13",
        "Lakeland Water Forum",
        "2031-09-13",
        "2031-09",
    ),
    (
        "The President sent greetings to the guests of the Northern Chess Cup."
        + MESSAGE
        + "“The tournament has brought together in Lakeside the strongest players of the north.”",
        "Greetings to the Northern Chess Cup",
        "2032-02-04",
        "Northern Chess Cup",
        "2032-02-04",
        "2032-02",
    ),
]

# not fired: what the council has done over the years, not participants there now
GATHERED_KEPT_CASES = [
    (
        "Anna Lake sent greetings to the participants of the Lakeland Water Forum."
        + MESSAGE
        + "“Over these twelve years, the council has brought together many engineers.”",
        "Greetings to the Lakeland Water Forum",
        "2031-09-13",
        "Lakeland Water Forum",
        "2031-09",
    ),
]


@pytest.mark.parametrize("text, title, date, event, with_rule, without", GATHERED_CASES)
def test_a_message_saying_the_participants_have_gathered_gives_the_day(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "greeting_message_gathered_cues",
        monkeypatch,
        events_component,
    )


@pytest.mark.parametrize("text, title, date, event, expected", GATHERED_KEPT_CASES)
def test_a_gathering_over_the_years_keeps_the_month(text, title, date, event, expected):
    assert _dates(text, title, date)[event] == expected


LIST_CASES = [
    (
        "Anna Lake sent greetings to the participants of the Third Lakeland Oil Forum and"
        " International Exhibition for Oil Technology."
        + MESSAGE
        + "“Experts from many countries have gathered in Pinetown to discuss oil.”",
        "Greetings to the 3rd Lakeland Oil Forum",
        "2031-12-05",
        "International Exhibition for Oil Technology",
        "2031-12-05",
        "2031-12",
    ),
]


@pytest.mark.parametrize("text, title, date, event, with_rule, without", LIST_CASES)
def test_the_next_event_of_a_greeted_list_is_greeted_too(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "greeted_list_joiners",
        monkeypatch,
        events_component,
    )


def test_an_event_after_a_greeted_one_in_another_clause_is_not_greeted():
    text = (
        "Vladimir Putin sent greetings to the guests of the 3rd Lakeland Oil Forum, which opens"
        " today, and recalled the Pine Valley Summit."
        + MESSAGE
        + "“Experts from many countries have gathered in Pinetown to discuss oil.”"
    )
    assert _dates(text, "Greetings", "2031-12-05")["Pine Valley Summit"] != "2031-12-05"


TAIL_CASES = [
    (
        # (a head after generic words only, "the 5th International Forum", takes its title as
        # part of the name since issue 12y: a head with a name of its own keeps the tail apart;
        # since round bh a forum, festival or exhibition takes it too: a congress here)
        "Vladimir Putin sent his greetings to the guests of the 5th Lake Energy Congress Oil of"
        " Lakeland 2031, which is underway in Pinetown." + MESSAGE + "“I wish you success.”",
        "Greetings to the Congress",
        "2031-12-05",
        "5th Lake Energy Congress",
        "2031-12-05",
        "2031",
    ),
]


@pytest.mark.parametrize("text, title, date, event, with_rule, without", TAIL_CASES)
def test_a_relative_clause_of_taking_place_after_a_tail_with_connectors(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "subject_under_way_tail_connectors",
        monkeypatch,
        events_component,
    )


OCCASION_CASES = [
    (
        "The leaders attended a gala concert on the occasion of the Lake Union summit and a"
        " dinner.",
        "Dinner in honour of the leaders",
        "2031-11-14",
        "Lake Union summit",
        "2031-11-14",
        "2031-11",
    ),
    (
        "In Pinetown a theatre performance was held on the occasion of the Pine Harvest Festival.",
        "Working trip to Pinetown",
        "2032-06-10",
        "Pine Harvest Festival",
        "2032-06-10",
        None,
    ),
]

# not fired: another time in the clause, or a speaker's words
OCCASION_KEPT_CASES = [
    (
        "In 2029 the leaders enjoyed a concert on the occasion of the Lake Union summit.",
        "Dinner in honour of the leaders",
        "2031-11-14",
        "Lake Union summit",
        "2029",
    ),
]


@pytest.mark.parametrize("text, title, date, event, with_rule, without", OCCASION_CASES)
def test_a_concert_on_the_occasion_of_an_event_gives_the_day(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "event_occasion_day_cues",
        monkeypatch,
        events_component,
    )


@pytest.mark.parametrize("text, title, date, event, expected", OCCASION_KEPT_CASES)
def test_a_concert_at_another_time_keeps_its_date(text, title, date, event, expected):
    assert _dates(text, title, date)[event] == expected


def test_the_year_an_event_was_founded_is_not_its_date(monkeypatch, events_component):
    text = (
        "The Lakeside Jazz Festival was established in 2004 by a group of musicians."
        " Thousands of visitors come every year."
    )
    assert _dates(text, "Meeting with musicians", "2031-07-01")["Lakeside Jazz Festival"] is None
    monkeypatch.setattr(
        events_component,
        "rules",
        events_component.rules.edited("events", drop=["own_founding_date_cues"]),
    )
    assert _dates(text, "Meeting with musicians", "2031-07-01")["Lakeside Jazz Festival"] == "2004"


def test_a_date_the_event_was_held_is_still_its_own():
    text = "The Lakeside Jazz Festival was held in 2029 for the first time."
    assert _dates(text, "Meeting with musicians", "2031-07-01")["Lakeside Jazz Festival"] == "2029"


ANNIVERSARY_DAY_CASES = [
    (
        "The leaders signed a joint statement devoted to the 5th anniversary of the"
        " Lake Union Treaty of May 29, 2026, and other documents.",
        "Meeting of the Lake Union Council",
        "2031-05-29",
        "5th anniversary of the Lake Union Treaty",
        "2031-05-29",
        "2026-05-29",
    ),
    (
        "The ministers adopted a declaration on the 4th anniversary of the Pine Valley Charter"
        " of May 3, 2027, and a plan for the next year.",
        "Meeting of ministers",
        "2031-04-20",
        "4th anniversary of the Pine Valley Charter",
        "2031-05-03",
        "2027-05-03",
    ),
]


@pytest.mark.parametrize("text, title, date, event, with_rule, without", ANNIVERSARY_DAY_CASES)
def test_an_anniversary_of_a_day_written_after_its_name_is_that_day_years_on(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "anniversary_base_day_shift",
        monkeypatch,
        events_component,
    )


def test_an_anniversary_of_a_day_without_its_year_is_not_moved():
    text = "Today the President sent a message on the first anniversary of the September 11 flood"
    text += "."
    assert _dates(text, "News", "2031-09-11")["first anniversary"] == "2031-09-11"


AHEAD_CASES = [
    (
        "Mr Berg: We are getting ready to celebrate the 30th anniversary of the Lake Union"
        " together.",
        "Talks with Mr Berg",
        "2031-02-27",
        "30th anniversary of the Lake Union",  # "together" ends the name (issue 12y)
        "2031",
        "2031-02",
    ),
    (
        "Mr Berg: Our two countries will jointly celebrate the 40th anniversary of the Pine"
        " Accord.",
        "Talks with Mr Berg",
        "2031-03-12",
        "40th anniversary of the Pine Accord",
        "2031",
        "2031-03",
    ),
]

# not fired: a celebration today, or a page written late in the year (maybe next year's)
AHEAD_KEPT_CASES = [
    (
        "Today we are celebrating the 30th anniversary of the Lake Union.",
        "Talks with Mr Berg",
        "2031-02-27",
        "30th anniversary of the Lake Union",
        "2031-02-27",
    ),
    (
        "Mr Berg: Our two countries will jointly celebrate the 40th anniversary of the Pine"
        " Accord.",
        "Talks with Mr Berg",
        "2031-12-12",
        "40th anniversary of the Pine Accord",
        "2031-12",
    ),
]


@pytest.mark.parametrize("text, title, date, event, with_rule, without", AHEAD_CASES)
def test_an_anniversary_someone_gets_ready_to_celebrate_gets_the_year(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "anniversary_celebration_ahead_cues",
        monkeypatch,
        events_component,
    )


@pytest.mark.parametrize("text, title, date, event, expected", AHEAD_KEPT_CASES)
def test_an_anniversary_celebrated_today_or_late_in_the_year_keeps_its_date(
    text, title, date, event, expected
):
    assert _dates(text, title, date)[event] == expected


def _dates_at(text, title, date, place):
    """{event name: date} of an invented page with a place line (the shared helper sets none)."""
    from pipeline import extract_facts
    from pipeline.speech import Speech

    speech = Speech(
        doc_id="t",
        source="<test>",
        paragraphs=text.split("\n\n"),
        title=title,
        date=date,
        place=place,
    )
    return {f["text"]: f["date"] for f in extract_facts(speech, types="event")}


# (page text, title, page date, place line, event, with the rule, without its key)
PAGE_PLACE_CASES = [
    (
        "The leaders discussed regional security.\n\nThe Pinetown summit handed the"
        " chairmanship of the union to Lakeland.",
        "Meeting of the Lake Union Council",
        "2031-06-11",
        "Pinetown",
        "Pinetown summit",
        "2031-06-11",
        None,
    ),
    (
        "After the dinner, the leaders spoke to the press.\n\nAt the end of day two of the"
        " Harbourville summit, the President answered questions.",
        "Leaders met with business people",
        "2032-07-21",
        "The Sea Hall, Harbourville",
        "Harbourville summit",
        "2032-07-21",
        None,
    ),
]

# not fired: a summit to come, one held in another year, one of another place, a conference
PAGE_PLACE_KEPT_CASES = [
    (
        "The President said that the Pinetown summit will be productive.",
        "Meeting with Mr Berg",
        "2031-06-10",
        "Pinetown",
        "Pinetown summit",
        None,
    ),
    (
        "The leaders recalled that the Pinetown summit was held in 2027.",
        "Meeting with Mr Berg",
        "2031-06-11",
        "Pinetown",
        "Pinetown summit",
        "2027",
    ),
    (
        "The Lakeside summit handed the chairmanship of the union to Lakeland.",
        "Meeting with Mr Berg",
        "2031-06-11",
        "Pinetown",
        "Lakeside summit",
        None,
    ),
    (
        "Delegates from 40 countries participated in the annual Pinetown conference on security.",
        "Meeting of the defence board",
        "2031-12-20",
        "Pinetown",
        "Pinetown conference",
        "2031-12",
    ),
]


@pytest.mark.parametrize("text, title, date, place, event, with_rule, without", PAGE_PLACE_CASES)
def test_a_summit_named_by_the_pages_place_is_of_the_pages_day(
    text, title, date, place, event, with_rule, without, monkeypatch, events_component
):
    assert _dates_at(text, title, date, place)[event] == with_rule
    monkeypatch.setattr(
        events_component,
        "rules",
        events_component.rules.edited("events", drop=["page_place_head_day"]),
    )
    assert _dates_at(text, title, date, place)[event] == without


@pytest.mark.parametrize("text, title, date, place, event, expected", PAGE_PLACE_KEPT_CASES)
def test_a_place_named_summit_to_come_past_or_elsewhere_keeps_its_date(
    text, title, date, place, event, expected
):
    assert _dates_at(text, title, date, place).get(event) == expected
