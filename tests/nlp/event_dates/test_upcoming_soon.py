"""Event dates of issue 12, round by (judging convention C4): an event followed in its clause by
"soon" (`upcoming_event_soon_cues`) or named right after "getting ready for" (joined to
`upcoming_event_lead_phrases`) is still to come, so of the page's year when nothing else dates
it and the page is written no later than October. Each row that the rule dates fails without its
key; the kept rows are where it must not fire. The pages are invented."""

import pytest
from conftest import check_with_and_without_key
from conftest import page_event_dates as _dates

# (page text, title, page date, event, with the rule, without its key)
SOON_CASES = [
    (
        "The ministers stressed the role of the Lakeland Investment Forum, due to open in "
        "Pinetown soon, for trade between the two regions.",
        "Telephone conversation with the Premier of Lakeland",
        "2031-03-30",
        "Lakeland Investment Forum",
        "2031",
        None,
    ),
    (
        "Mr Berg: We are holding Pine Council elections soon, so let us wait for the outcome.",
        "Interview to a weekly",
        "2031-09-05",
        "Pine Council elections",
        "2031",
        None,
    ),
    (
        "He recalled that the province's Lake Assembly elections were to be held soon.",
        "Meeting with the Governor",
        "2031-10-06",
        "Lake Assembly elections",
        "2031",
        None,
    ),
    (
        "The Pine Crafts Exhibition, with works by forty masters from the northern valleys, "
        "will open at the city museum soon.",
        "Meeting with the Minister of Culture",
        "2031-04-11",
        "Pine Crafts Exhibition",
        "2031",
        None,
    ),
    (
        "I note the work of the joint Oak Trade Forum that will soon hold its next round in "
        "Pinetown.",
        "Talks with the President of Lakeland",
        "2031-06-14",
        "Oak Trade Forum",
        "2031",
        None,
    ),
]

LEAD_CASES = [
    (
        "Mr Berg is probably getting ready for the Pine Region gubernatorial election.",
        "Direct Line",
        "2031-04-25",
        "Pine Region gubernatorial election",
        "2031",
        None,
    ),
    (
        "The city gets ready for the Lake Valley Folk Festival.",
        "Meeting with the Mayor of Pinetown",
        "2031-05-12",
        "Lake Valley Folk Festival",
        "2031",
        None,
    ),
]

# not fired: "as soon as", "soon after", an outcome of the event, an event held, games, a
# page written late in the year, "soon" in another sentence
KEPT_CASES = [
    (
        "The Lake Union Summit's decisions are to be put into practice as soon as we can.",
        "Meeting with Government members",
        "2031-04-04",
        "Lake Union Summit",
        None,
    ),
    (
        "The results of the Lake Union Summit will soon be felt in every region.",
        "Meeting with Government members",
        "2031-04-04",
        "Lake Union Summit",
        None,
    ),
    (
        "The Lake Union Summit took place in Pinetown, and we will soon see what it brings.",
        "Meeting with Government members",
        "2031-04-04",
        "Lake Union Summit",
        None,
    ),
    (
        "The Lake Union Summit ended, and soon after the leaders left the city.",
        "Meeting with Government members",
        "2031-04-04",
        "Lake Union Summit",
        None,
    ),
    (
        "The Lake Winter Games are coming soon.",
        "Meeting with the Minister of Sport",
        "2031-04-04",
        "Lake Winter Games",
        None,
    ),
    (
        "Mr Berg: We are holding Pine Council elections soon, so let us wait for the outcome.",
        "Interview to a weekly",
        "2031-11-05",
        "Pine Council elections",
        None,
    ),
    (
        "The Lake Union Summit was a success. We will soon meet again.",
        "Meeting with Government members",
        "2031-04-04",
        "Lake Union Summit",
        None,
    ),
    (
        "Mr Berg was once getting the region ready, and the Pine Region election passed calmly.",
        "Direct Line",
        "2031-04-25",
        "Pine Region election",
        None,
    ),
]


@pytest.mark.parametrize("text, title, date, event, with_rule, without", SOON_CASES)
def test_an_event_to_come_soon_takes_the_year(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    check_with_and_without_key(
        (text, title, date, event, with_rule, without),
        "upcoming_event_soon_cues",
        monkeypatch,
        events_component,
    )


ROUND_LEAD_PHRASES = ("getting ready for", "get ready for", "gets ready for")


@pytest.mark.parametrize("text, title, date, event, with_rule, without", LEAD_CASES)
def test_getting_ready_for_an_event_takes_the_year(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    assert _dates(text, title, date)[event] == with_rule
    rules = events_component.rules
    lead = dict(rules.get("events")["upcoming_event_lead_phrases"])
    lead["phrases"] = [p for p in lead["phrases"] if p not in ROUND_LEAD_PHRASES]
    monkeypatch.setattr(
        events_component,
        "rules",
        rules.edited("events", upcoming_event_lead_phrases=lead),
    )
    assert _dates(text, title, date)[event] == without


@pytest.mark.parametrize("text, title, date, event, expected", KEPT_CASES)
def test_soon_elsewhere_or_over_dates_nothing(text, title, date, event, expected):
    assert _dates(text, title, date)[event] == expected
