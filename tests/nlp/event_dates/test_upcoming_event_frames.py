"""Event years of issue 12 round bg: an event its clause frames by a time to come ("will meet on
the sidelines of the X", "agreed that they would talk during the X", "will soon hold X";
events.json's `upcoming_event_frame_cues`), an event listed after one a cue of a time to come
stands before ("ahead of the X and the Y"; `upcoming_event_list_joiners`). Each rule has rows
that fail without its key and rows where it must not fire. The pages are invented."""

import pytest
from conftest import check_date_without_key, drop_event_rules
from conftest import page_event_dates as _dates

from pipeline.nlp.event_dates import future_frame_before, listed_after
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()

# (page text, page date, event, with the rules, without the key)
FRAME_CASES = [
    (
        "The two ministers agreed that their leaders would hold talks during the Lake Union "
        "summit in Pinetown.",
        "2031-03-04",
        "Lake Union summit in Pinetown",
        "2031",
        None,
    ),
    (
        "The Premier will meet the Chancellor on the sidelines of the Pine Group summit.",
        "2031-05-20",
        "Pine Group summit",
        "2031",
        None,
    ),
    (
        "As far as we know, Lakeland will soon hold presidential elections.",
        "2031-02-11",
        "presidential elections",
        "2031",
        None,
    ),
    (
        "This question will be discussed at the Lake Energy Forum.",
        "2031-04-02",
        "Lake Energy Forum",
        "2031",
        None,
    ),
]

# not fired: null stays null
FRAME_KEPT_CASES = [
    # a past participle between the lead and the link: the event is over
    (
        "We will study the results achieved at the Lake Energy Forum.",
        "2031-04-02",
        "Lake Energy Forum",
    ),
    # another year counted in the sentence, which no clause date reads
    (
        "In three years we will report our progress at the Lake Energy Forum.",
        "2031-04-02",
        "Lake Energy Forum",
    ),
    # no "the" after the link: elections in general
    (
        "Fines will be the same as for breaches during presidential elections.",
        "2031-04-02",
        "presidential elections",
    ),
    # games are hosted years ahead
    (
        "This is the arena that will host the Lake Winter Games.",
        "2031-04-02",
        "Lake Winter Games",
    ),
    # another time named after the name, which no clause date reads
    (
        "The leaders will meet at the Pine Group summit in a few months.",
        "2031-09-20",
        "Pine Group summit",
    ),
    # late in the year the event may be next year's
    (
        "The Premier will meet the Chancellor on the sidelines of the Pine Group summit.",
        "2031-11-20",
        "Pine Group summit",
    ),
    # no time to come
    (
        "The Premier recalled his talks with the Chancellor at the Pine Group summit.",
        "2031-05-20",
        "Pine Group summit",
    ),
]

# the second of two events in one list, after a cue of a time to come
LIST_CASES = [
    (
        "Nobody would risk that ahead of the Lake Council elections and the Pine Cup.",
        "2031-03-18",
        "Pine Cup",
        "2031",
        None,
    ),
    (
        "Bilateral talks will take place in the framework of the Lake Union summit in Pinetown, "
        "Lakeland, and the Pine Group summit in Oakville.",
        "2031-03-22",
        "Pine Group summit in Oakville",
        "2031",
        None,
    ),
    (
        "They discussed the upcoming Lake Union summit and the Pine Council elections.",
        "2031-06-22",
        "Pine Council elections",
        "2031",
        None,
    ),
]

LIST_KEPT_CASES = [
    # the first event is over: nothing to come
    (
        "The Lake Union summit and the Pine Council elections changed a great deal.",
        "2031-06-22",
        "Pine Council elections",
    ),
    # a verb between the two names: not one list
    (
        "Ahead of the Lake Union summit, the press recalled the Pine Council elections.",
        "2031-06-22",
        "Pine Council elections",
    ),
]


@pytest.mark.parametrize("case", FRAME_CASES)
def test_future_frame_gives_the_page_year(case, monkeypatch, events_component):
    check_date_without_key(
        case, "Meeting", "upcoming_event_frame_cues", monkeypatch, events_component
    )


@pytest.mark.parametrize("case", FRAME_KEPT_CASES)
def test_future_frame_kept_null(case, monkeypatch, events_component):
    text, date, event = case
    assert _dates(text, "Meeting", date)[event] is None
    drop_event_rules(monkeypatch, events_component, "upcoming_event_frame_cues")
    assert _dates(text, "Meeting", date)[event] is None


@pytest.mark.parametrize("case", LIST_CASES)
def test_listed_event_shares_the_cue(case, monkeypatch, events_component):
    check_date_without_key(
        case, "Meeting", "upcoming_event_list_joiners", monkeypatch, events_component
    )


@pytest.mark.parametrize("case", LIST_KEPT_CASES)
def test_listed_event_kept_null(case):
    text, date, event = case
    assert _dates(text, "Meeting", date)[event] is None


def test_future_frame_before():
    text = "The leaders will meet at the Lake Forum."
    assert future_frame_before(RULES, text, text.index("Lake Forum"))
    assert not future_frame_before(RULES, text, text.index("Lake Forum"), "sports")
    text = "The leaders met at the Lake Forum. They will talk again."
    assert not future_frame_before(RULES, text, text.index("Lake Forum"))


def test_listed_after():
    text = "the Lake summit in Pinetown, Lakeland, and the Pine summit"
    assert listed_after(RULES, text, text.index(" in Pinetown"), text.index("Pine summit"))
    text = "the Lake summit, which ended, and the Pine summit"
    assert not listed_after(RULES, text, text.index(", which"), text.index("Pine summit"))
