"""Editions of a series told apart by their counts (issue 12, round bx): "the 10th Lake
Congress" after "the 11th Lake Congress" is another event, and a count left outside the name
("the first Lake Forum") is another edition than the page's own counted gathering. Each case
changes without the rule; the rows where it must not fire stay as they were. The pages are
invented (docs/accuracy.md, issue 12 round bx)."""

import pytest
from conftest import _page_events

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()


def _events(text, title="Visit", date="2031-09-12"):
    return {f["text"]: f["date"] for f in _page_events(text, title, date)}


@pytest.fixture
def without_editions(monkeypatch):
    """The installed rules with `edition_counts` off, for the page-level component."""
    from pipeline.nlp import events as events_module

    monkeypatch.setattr(events_module, "editions", lambda ruleset: None)


SPLIT = [
    (
        "Rectors met at the 11th Congress of the Pine Rectors League.\n\n"
        "At the past 10th Congress of the Pine Rectors League, you raised many questions.",
        "Plenary meeting of the Pine Rectors League Congress",
        "2031-04-26",
        "10th Congress of the Pine Rectors League",
        None,
    ),
    (
        "Both leaders attended the 9th Pine-Lake Interregional Forum.\n\n"
        "We recall how the first Interregional Forum met in Pinetown back in 2024.",
        "Pine-Lake Interregional Forum",
        "2031-09-27",
        "first Interregional Forum",
        "2024",
    ),
    (
        "Athletes took part in the 29th Lake Student Games.\n\n"
        "He met the winners of the 28th Lake Student Games, held in Hilltown in 2029.",
        "Visit",
        "2031-03-01",
        "28th Lake Student Games",
        "2029",
    ),
    (
        "The President took part in the second Lake Parliaments Forum.\n\n"
        "The first Lake Parliaments Forum was held in Pinetown in June 2030.",
        "Lake Parliaments Forum",
        "2031-07-03",
        "first Lake Parliaments Forum",
        "2030-06",
    ),
]


@pytest.mark.parametrize("text, title, date, name, when", SPLIT)
def test_another_count_is_another_edition(text, title, date, name, when, request):
    found = _events(text, title, date)
    assert found.get(name, "missing") == when
    request.getfixturevalue("without_editions")
    assert name not in _events(text, title, date)


SAME = [
    # the same count twice: one event
    (
        "He opened the 5th Pine Energy Forum.\n\nThe 5th Pine Energy Forum will last two days.",
        "Visit",
    ),
    # a series named without a count, then with one: left as one edition
    (
        "He attended the Lake Economic Forum.\n\nThe 4th Lake Economic Forum set new tasks.",
        "Visit",
    ),
    # "first ... for the country": a rank, not the series' count
    (
        "He chaired a meeting on the 29th Lake Student Games.\n\n"
        "These will be the first Lake Student Games for the country.",
        "Visit",
    ),
    # an anniversary's number counts its years (its own rule)
    (
        "We mark the 30th anniversary of the Lake Treaty.\n\n"
        "The 30th anniversary of the Lake Treaty unites us.",
        "Visit",
    ),
]


@pytest.mark.parametrize("text, title", SAME)
def test_one_edition_stays_one_event(text, title, request):
    found = _events(text, title)
    request.getfixturevalue("without_editions")
    assert _events(text, title) == found


def test_another_edition_takes_no_date_from_the_page_s_edition():
    text = "He attended the 4th Lake Economic Forum.\n\nThe 3rd Lake Economic Forum set tasks."
    found = _events(text)
    assert found["4th Lake Economic Forum"] == "2031-09-12"
    assert found["3rd Lake Economic Forum"] is None


def test_the_rule_can_be_turned_off():
    from pipeline.nlp.event_editions import editions

    assert editions(RULES) is not None
    assert editions(RULES.edited("events", edition_counts={})) is None
