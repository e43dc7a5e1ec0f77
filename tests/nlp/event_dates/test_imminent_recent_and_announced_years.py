"""Event dates of issue 12, round cz: an event that "is about to take place" is still to come
(joined to `upcoming_event_trailing_phrases`); "the recent" right before a name dates it to the
page's year even where its clause speaks of other things to come
(`recent_name_cue_over_future_cues`); an announced visit's day refines the year alone that an
event's clause gives ("this year"; `announcement_refines_clause_year`). Each row that a rule
dates fails without its key or phrases; the kept rows are where it must not fire. The pages are
invented."""

import pytest
from conftest import check_with_and_without_key
from conftest import page_event_dates as _dates

ROUND_TRAILING_PHRASES = (
    "is about to take place",
    "are about to take place",
    "is about to be held",
    "are about to be held",
    "is about to begin",
    "are about to begin",
    "is about to start",
    "are about to start",
    "is about to open",
    "are about to open",
)

# (page text, title, page date, event, with the rule, without its phrases or key)
IMMINENT_CASES = [
    (
        "Ms Lind: Considering that the Lake Union summit is about to take place, let me ask "
        "about trade with Pineland.",
        "Direct Line",
        "2031-06-20",
        "Lake Union summit",
        "2031",
        None,
    ),
    (
        "The Pine Crafts Festival is about to open in Lakeside, and the city is ready for its "
        "guests.",
        "Meeting with the Governor of the Pine Region",
        "2031-03-12",
        "Pine Crafts Festival",
        "2031",
        None,
    ),
]

# not fired: a past "was about to", a page written late in the year (upcoming_event_year)
IMMINENT_KEPT_CASES = [
    (
        "The Lake Union summit was about to take place when the storm closed the airport.",
        "Meeting with the Governor",
        "2031-06-20",
        "Lake Union summit",
        None,
    ),
    (
        "Ms Lind: Considering that the Lake Union summit is about to take place, let me ask "
        "about trade with Pineland.",
        "Direct Line",
        "2031-11-20",
        "Lake Union summit",
        None,
    ),
]

RECENT_CASES = [
    (
        "They discussed the results of the recent Lake Union summit in Pinetown and other "
        "issues, including plans to build a bridge across the bay.",
        "Meeting with the Premier of Lakeland",
        "2031-06-18",
        "Lake Union summit in Pinetown",
        "2031",
        None,
    ),
    (
        "The leaders spoke of the recent Pine Economic Forum and of their plans to open a new "
        "consulate in Pinetown.",
        "Telephone conversation with the President of Pineland",
        "2031-09-03",
        "Pine Economic Forum",
        "2031",
        None,
    ),
]

# not fired: "recently" in a clause with a future cue, a page of January (min_doc_month)
RECENT_KEPT_CASES = [
    (
        "The Lake Union summit, we recently agreed, will be held in Pinetown.",
        "Meeting with the Premier of Lakeland",
        "2031-11-20",
        "Lake Union summit",
        None,
    ),
    (
        "They discussed the results of the recent Lake Union summit in Pinetown and other "
        "issues, including plans to build a bridge across the bay.",
        "Meeting with the Premier of Lakeland",
        "2031-01-20",
        "Lake Union summit in Pinetown",
        None,
    ),
]

ANNOUNCED_CASES = [
    (
        "On April 7–8, the President will pay a working visit to Lakeland.\n\n"
        "He will attend the opening of the Lake Industrial Exhibition, where Pineland is "
        "to be the guest of honour this year.",
        "Vladimir Putin will visit Lakeland",
        "2031-02-21",
        "Lake Industrial Exhibition",
        "2031-04",
        "2031",
    ),
    (
        "On May 12, the President will travel to Pinetown.\n\n"
        "He will attend the Pine Book Festival, held in the city this year for the first time.",
        "Trip to Pinetown",
        "2031-05-10",
        "Pine Book Festival",
        "2031-05-12",
        "2031",
    ),
]

# not fired: another year than the announced one, a clause that says no taking part
ANNOUNCED_KEPT_CASES = [
    (
        "On April 7–8, the President will pay a working visit to Lakeland.\n\n"
        "He will attend the opening of the Lake Industrial Exhibition, where Pineland is "
        "to be the guest of honour next year.",
        "Vladimir Putin will visit Lakeland",
        "2031-02-21",
        "Lake Industrial Exhibition",
        "2032",
    ),
    (
        "On April 7–8, the President will pay a working visit to Lakeland.\n\n"
        "The Lake Industrial Exhibition has Pineland as its guest of honour this year.",
        "Vladimir Putin will visit Lakeland",
        "2031-02-21",
        "Lake Industrial Exhibition",
        "2031",
    ),
]


@pytest.mark.parametrize("text, title, date, event, with_rule, without", IMMINENT_CASES)
def test_an_event_about_to_take_place_takes_the_year(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    assert _dates(text, title, date)[event] == with_rule
    rules = events_component.rules
    trailing = dict(rules.get("events")["upcoming_event_trailing_phrases"])
    trailing["phrases"] = [p for p in trailing["phrases"] if p not in ROUND_TRAILING_PHRASES]
    monkeypatch.setattr(
        events_component,
        "rules",
        rules.edited("events", upcoming_event_trailing_phrases=trailing),
    )
    assert _dates(text, title, date)[event] == without


@pytest.mark.parametrize("text, title, date, event, expected", IMMINENT_KEPT_CASES)
def test_a_past_or_late_about_to_dates_nothing(text, title, date, event, expected):
    assert _dates(text, title, date)[event] == expected


@pytest.mark.parametrize("text, title, date, event, with_rule, without", RECENT_CASES)
def test_the_recent_event_takes_the_year_beside_other_future_words(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "recent_name_cue_over_future_cues",
        monkeypatch,
        events_component,
    )


@pytest.mark.parametrize("text, title, date, event, expected", RECENT_KEPT_CASES)
def test_recently_with_a_future_or_in_january_dates_nothing(text, title, date, event, expected):
    assert _dates(text, title, date)[event] == expected


@pytest.mark.parametrize("text, title, date, event, with_rule, without", ANNOUNCED_CASES)
def test_an_announced_day_refines_this_year(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "announcement_refines_clause_year",
        monkeypatch,
        events_component,
    )


@pytest.mark.parametrize("text, title, date, event, expected", ANNOUNCED_KEPT_CASES)
def test_another_year_or_no_taking_part_keeps_the_year(text, title, date, event, expected):
    assert _dates(text, title, date)[event] == expected
