"""A day written without its year after a past participle ("the summit held in Pinetown on
March 10") is a day gone by, even in a clause that speaks of a time to come (issue 12 round
ev91, events.json's `past_participle_day_leads`, `event_dates._past_participle_day`). A
passive of any time ("to be held on", "is held on") and clauses with no future cue keep what
they gave before. The sentences are invented."""

import pytest
from conftest import check_date_without_key, page_event_dates

from pipeline.nlp.event_dates import _past_participle_day
from pipeline.nlp.rules import installed_rules

KEY = "past_participle_day_leads"

# (text, page date, event, date with the key, date without it)
DATED = [
    # a clause of talks to come, a meeting held before the page: the page's year
    (
        "At the coming talks the two leaders will review the agreements reached at the third "
        "meeting of the Lake Cooperation Council held in Pinetown on March 10.",
        "2031-04-20",
        "third meeting of the Lake Cooperation Council",
        "2031-03-10",
        "2032-03-10",
    ),
    (
        "The ministers will discuss the decisions of the Pine Valley Summit held on 12 February.",
        "2031-05-02",
        "Pine Valley Summit",
        "2031-02-12",
        "2032-02-12",
    ),
]


@pytest.mark.parametrize("case", DATED)
def test_a_day_after_a_past_participle_is_gone_by(case, monkeypatch, events_component):
    check_date_without_key(case, "Working meeting", KEY, monkeypatch, events_component)


# (text, page date, event, date): the same with the key as without it
KEPT = [
    # a passive of a time to come
    (
        "The leaders will meet at the Pine Valley Summit to be held in Pinetown on March 10.",
        "2031-04-20",
        "Pine Valley Summit",
        "2032-03-10",
    ),
    (
        "The leaders will meet at the Pine Valley Summit, which will be held on March 10.",
        "2031-04-20",
        "Pine Valley Summit",
        "2032-03-10",
    ),
    # no future cue: the document's year, as before
    (
        "The leaders praised the Pine Valley Summit held in Pinetown on March 10.",
        "2031-04-20",
        "Pine Valley Summit",
        "2031-03-10",
    ),
]


@pytest.mark.parametrize(("text", "date", "event", "expected"), KEPT)
def test_other_passives_and_clauses_keep_their_day(text, date, event, expected):
    assert page_event_dates(text, "Working meeting", date)[event] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the summit held in Pinetown on ", True),
        ("the summit held in Pine Lake Town on ", True),  # up to place_words (3) words
        ("the summit held in Pine Lake Old Town on ", False),
        ("the summit held on ", True),
        ("the summit has been held on ", True),
        ("the summit to be held in Pinetown on ", False),
        ("the summit is held on ", False),
        ("the summit being held on ", False),
        ("the summit held in pinetown on ", False),  # a place is written with capitals
        ("the summit held there, on ", False),
    ],
)
def test_the_lead_before_a_day(text, expected):
    sentence = text + "March 10."
    assert _past_participle_day(installed_rules(), sentence, 0, len(text)) is expected


def test_without_participles_nothing_is_read():
    rules = installed_rules().edited("events", past_participle_day_leads={})
    assert _past_participle_day(rules, "the summit held on March 10.", 0, 19) is False
