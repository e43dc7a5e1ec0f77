"""scripts/title_calendar.py: the date a calendar of page titles would give an undated event, and
what it counts against judged dates (invented titles and judgements)."""

from __future__ import annotations

import pytest
from conftest import load_script


@pytest.fixture(scope="module")
def calendar():
    return load_script("title_calendar")


def _pages(calendar):
    rows = [
        ("1", "2010-05-20", "Opening of the Harbour Cities Forum"),
        ("2", "2011-05-18", "Harbour Cities Forum plenary session"),
        ("3", "2011-09-02", "Meeting with the governor of Lakeside Region"),
        ("4", "2012-05-22", "Greetings to the Harbour Cities Forum"),
    ]
    return [calendar.TitledPage(i, d, calendar.content_words(t)) for i, d, t in rows]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("the 12th Harbour Cities Forum", {"harbour", "cities", "forum"}),
        ("Lakeside Region’s summit of 2019", {"lakeside", "region", "summit"}),
        ("The Forum on the Lake", {"forum", "lake"}),
    ],
)
def test_content_words_drop_numbers_stop_words_and_possessives(calendar, text, words):
    assert calendar.content_words(text) == words


@pytest.mark.parametrize(
    ("name", "doc_id", "doc_date", "max_days", "expected"),
    [
        # the nearest titled page in time, before or after the event's page
        ("Harbour Cities Forum", "9", "2011-06-01", None, "2011-05-18"),
        ("Harbour Cities Forum", "9", "2012-04-30", None, "2012-05-22"),
        # the event's own page never dates it
        ("Harbour Cities Forum", "2", "2011-05-18", None, "2010-05-20"),
        # a title must hold every content word; one word alone is not enough
        ("Harbour Cities Summit", "9", "2011-06-01", None, None),
        ("Forum", "9", "2011-06-01", None, None),
        # with a window, a page too far off gives nothing
        ("Harbour Cities Forum", "9", "2011-09-30", 31, None),
        ("Harbour Cities Forum", "9", "2011-06-01", 31, "2011-05-18"),
    ],
)
def test_calendar_date(calendar, name, doc_id, doc_date, max_days, expected):
    pages = _pages(calendar)
    assert calendar.calendar_date(pages, name, doc_id, doc_date, max_days=max_days) == expected


@pytest.mark.parametrize(
    ("right", "predicted", "ok"),
    [
        ("2011-05", "2011-05-18", True),
        ("2011-05-18", "2011-05", False),
        ("2011", "2011", True),
        (None, "2011-05-18", False),
        ("2011", None, False),
    ],
)
def test_allows_refinements_only(calendar, right, predicted, ok):
    assert calendar.allows(right, predicted) is ok


def test_measure_counts_undated_events_by_their_judged_date(calendar):
    docs = [
        {"doc_id": "2", "date": "2011-05-18", "title": "Harbour Cities Forum plenary session"},
        {"doc_id": "7", "date": "2011-05-10", "title": "Meeting with students"},
        {"doc_id": "8", "date": "2011-05-12", "title": "Telephone conversation"},
    ]
    facts = [
        {"doc_id": "7", "type": "event", "start": 5, "name": "Harbour Cities Forum", "date": None},
        {"doc_id": "8", "type": "event", "start": 9, "name": "Harbour Cities Forum", "date": None},
        {"doc_id": "8", "type": "event", "start": 40, "name": "Lake Games", "date": "2011"},
    ]
    judgements = [
        {"doc_id": "7", "start": 5, "is_event": True, "right_date": "2011-05"},
        {"doc_id": "8", "start": 9, "is_event": True, "right_date": None},
        {"doc_id": "8", "start": 40, "is_event": True, "right_date": "2011"},  # dated: not counted
    ]
    counts, rows = calendar.measure(facts, docs, judgements, frozenset())
    assert counts["judged dated", "events"] == 1
    assert counts["judged dated", "right (the page's day)"] == 1
    assert counts["judged undated", "dated by the calendar"] == 1
    assert rows == [
        ("7", "Harbour Cities Forum", "2011-05", "2011-05-18"),
        ("8", "Harbour Cities Forum", None, "2011-05-18"),
    ]
    counts, _ = calendar.measure(facts, docs, judgements, frozenset({"2"}))
    assert counts["judged dated", "dated by the calendar"] == 0
