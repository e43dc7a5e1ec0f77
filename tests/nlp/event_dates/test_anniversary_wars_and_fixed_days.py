"""Issue 12, round ak: a war named only inside an anniversary's name is dated by the span of
years written in or after its name (events.json's `inside_war_span_years`); an anniversary of
Victory on a page of its run-up takes its yearly day (events.json's `fixed_day_anniversaries`).
The pages and sentences are invented (docs/accuracy.md, issue 12 round ak)."""

import pytest
from conftest import check_with_and_without_key
from conftest import page_event_dates as _dates

TITLE = "News of the day"
# the war names of the rule file, kept apart from the invented sentences around them
GPW = "Great Patriotic War"
BATTLE = "Battle of Lakeland"

# (text, title, page's date, event, date with the rule, date without the key)
INSIDE_WAR_CASES = [
    (
        f"Lakeland's veterans gathered for the 86th anniversary of Victory in the {GPW} of "
        "1941–1945 in the town square.",
        TITLE,
        "2031-03-02",
        "Great Patriotic War",
        "1941",
        None,
    ),
    (
        f"A choir from Pinetown sang at the concert marking the 86th anniversary of Victory in the "
        f"1941–1945 {GPW}.",
        TITLE,
        "2031-03-02",
        "1941–1945 Great Patriotic War",
        "1941",
        None,
    ),
]


@pytest.mark.parametrize("case", INSIDE_WAR_CASES)
def test_a_war_inside_an_anniversary_takes_its_written_start_year(
    case, monkeypatch, events_component
):
    check_with_and_without_key(case, "inside_war_span_years", monkeypatch, events_component)


def test_a_war_inside_an_anniversary_without_years_stays_undated():
    dates = _dates(
        f"Lakeland's veterans gathered for the 86th anniversary of Victory in the {GPW} in the "
        "town square.",
        TITLE,
        "2031-03-02",
    )
    assert dates["Great Patriotic War"] is None


# (text, title, page's date, event, date with the rule, date without the key)
VICTORY_CASES = [
    # a page of the run-up, the anniversary of the page's year
    (
        "Journalists from Lakeland may now ask for accreditation to cover the events celebrating "
        f"the 86th anniversary of Victory in the {GPW} of 1941–1945.",
        TITLE,
        "2031-04-14",
        f"86th anniversary of Victory in the {GPW} of 1941–1945",
        "2031-05-09",
        "2031",
    ),
    # on the day itself (no reception: since round bf, one held for the anniversary gives the
    # page's day by anniversary_event_held_day alone, which this row does not test)
    (
        "The President met Pinetown's veterans to mark the 86th anniversary "
        f"of Victory in the 1941–1945 {GPW}.",
        TITLE,
        "2031-05-09",
        f"86th anniversary of Victory in the 1941–1945 {GPW}",
        "2031-05-09",
        "2031",
    ),
    (
        "The two leaders exchanged greetings on the 86th anniversary of Victory over Nazism.",
        TITLE,
        "2031-05-06",
        "86th anniversary of Victory over Nazism",
        "2031-05-09",
        "2031-05",
    ),
]


@pytest.mark.parametrize("case", VICTORY_CASES)
def test_a_victory_anniversary_in_its_run_up_takes_its_day(case, monkeypatch, events_component):
    check_with_and_without_key(case, "fixed_day_anniversaries", monkeypatch, events_component)


# kept as before the round: (text, page's date, event, date)
VICTORY_KEPT = [
    # before the run-up: preparations months ahead keep the year
    (
        f"The committee discussed preparations for the 86th anniversary of Victory in the {GPW}.",
        "2031-01-20",
        f"86th anniversary of Victory in the {GPW}",
        "2031",
    ),
    # after the day: left as the other rules date it
    (
        "The two leaders exchanged greetings on the 86th anniversary of Victory over Nazism.",
        "2031-05-12",
        "86th anniversary of Victory over Nazism",
        "2031-05",
    ),
    # an anniversary of another year
    (
        f"The committee discussed preparations for the 90th anniversary of Victory in the {GPW}.",
        "2031-04-20",
        f"90th anniversary of Victory in the {GPW}",
        "2035",
    ),
    # a victory in a battle
    (
        f"Pinetown's veterans marked the 88th anniversary of the victory in the {BATTLE}.",
        "2031-04-20",
        f"88th anniversary of the victory in the {BATTLE}",
        "2031-04",
    ),
]


@pytest.mark.parametrize(("text", "date", "event", "expected"), VICTORY_KEPT)
def test_other_anniversaries_keep_their_dates(text, date, event, expected):
    assert _dates(text, TITLE, date)[event] == expected
