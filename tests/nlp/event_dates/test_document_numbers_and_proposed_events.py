"""Event dates of issue 12 round bm: a date right after a document's number ("Decree No. 41 of
May 2, 2031") is the document's, not an event's (events.json's
`other_document_date_cues.number_marks_before_date`); a proposal to hold an event ("the
initiative to hold a Pine Group summit") frames one still to come (`upcoming_event_frame_cues`'
leads), as does a need to hold one ("it is necessary to hold the Lake Economic Forum"). Each
rule has rows that change once the rule is removed (`RULES.edited`) and rows where
it must not fire. The sentences are invented."""

import json

import pytest
from conftest import event_date_of
from conftest import page_event_dates as _dates

from pipeline.nlp.event_dates import _other_documents_date, future_frame_before
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
_EVENTS = json.loads(RULES.texts["events"])
_NEW_LEADS = {"initiative to", "initiatives to", "proposal to", "proposals to", "proposed to"}
_NEW_LEADS |= {"propose to", "proposes to", "need to", "needs to", "necessary to", "imperative to"}
_NEW_LEADS |= {"must"}


def _without_number_marks():
    other = dict(_EVENTS["other_document_date_cues"])
    other.pop("number_marks_before_date")
    return RULES.edited("events", other_document_date_cues=other)


def _without_proposal_leads():
    frame = dict(_EVENTS["upcoming_event_frame_cues"])
    frame["leads"] = [lead for lead in frame["leads"] if lead not in _NEW_LEADS]
    return RULES.edited("events", upcoming_event_frame_cues=frame)


# (sentence, event, page date, date with the rule, date without it)
NUMBERED_CASES = [
    (
        "Under Decree No. 41 of May 2, 2031, On the Lake Referendum, the ballots were printed.",
        "Lake Referendum",
        "2031-06-10",
        None,
        "2031-05-02",
    ),
    (
        "The Order No 7 of March 3, 2031 set out the agenda of the Pine Valley Forum.",
        "Pine Valley Forum",
        "2031-06-10",
        None,
        "2031-03-03",
    ),
    # the sentencizer may end a sentence after "No.": the number opens the next one
    (
        "12 of April 9, 2031, On Holding the Lake Referendum, is hereby amended.",
        "Lake Referendum",
        "2031-06-10",
        None,
        "2031-04-09",
    ),
]

# not fired: the event's own date, after "of" with no number before it
NUMBERED_KEPT_CASES = [
    (
        "The Pine Valley Forum of May 2, 2031 brought together four thousand guests.",
        "Pine Valley Forum",
        "2031-06-10",
        "2031-05-02",
    ),
    (
        "About 300 of the delegates came to the Pine Valley Forum on May 2, 2031.",
        "Pine Valley Forum",
        "2031-06-10",
        "2031-05-02",
    ),
]


@pytest.mark.parametrize("case", NUMBERED_CASES)
def test_document_number_date_is_not_the_events(case):
    sentence, event, page_date, with_rule, without = case
    assert event_date_of(sentence, event, page_date, "other") == with_rule
    rules = _without_number_marks()
    assert event_date_of(sentence, event, page_date, "other", rules=rules) == without


@pytest.mark.parametrize("case", NUMBERED_KEPT_CASES)
def test_event_date_after_of_kept(case):
    sentence, event, page_date, date = case
    assert event_date_of(sentence, event, page_date, "other") == date
    rules = _without_number_marks()
    assert event_date_of(sentence, event, page_date, "other", rules=rules) == date


def test_other_documents_date_numbered():
    text = "by Decree No. 41 of May 2, 2031"
    s = text.index("May")
    assert _other_documents_date(RULES, text, s, len(text))
    assert not _other_documents_date(_without_number_marks(), text, s, len(text))
    text = "some 41 of the guests came on May 2, 2031"
    assert not _other_documents_date(RULES, text, text.index("May"), len(text))


# (page text, page date, event, date with the rule, date without it)
PROPOSAL_CASES = [
    (
        "The ministers welcomed the Premier's initiative to hold a Pine Group summit in Oakville.",
        "2031-03-04",
        # a summit takes its host in its name (round bn)
        "Pine Group summit in Oakville",
        "2031",
        None,
    ),
    (
        "Lakeland proposed to host the Lake Energy Forum in its capital.",
        "2031-05-20",
        "Lake Energy Forum",
        "2031",
        None,
    ),
    (
        "It is necessary to plan the agenda carefully and to hold the 9th Lake Economic Forum.",
        "2031-02-14",
        "9th Lake Economic Forum",
        "2031",
        None,
    ),
    (
        "We must hold the Pine Valley Forum in good order.",
        "2031-07-01",
        "Pine Valley Forum",
        "2031",
        None,
    ),
]

PROPOSAL_KEPT_CASES = [
    # late in the year the event may be next year's
    (
        "The ministers welcomed the Premier's initiative to hold a Pine Group summit in Oakville.",
        "2031-11-20",
        # a summit takes its host in its name (round bn)
        "Pine Group summit in Oakville",
    ),
    # a past participle between the lead and the name: the event is over
    (
        "The proposal to study the results achieved at the Lake Energy Forum was approved.",
        "2031-05-20",
        "Lake Energy Forum",
    ),
    # a need that a past participle follows: what was done at the event is over
    (
        "We need to carry out the decisions taken at the Pine Valley Forum.",
        "2031-07-01",
        "Pine Valley Forum",
    ),
    # games are hosted years ahead
    (
        "Lakeland proposed to host the Lake Winter Games.",
        "2031-05-20",
        "Lake Winter Games",
    ),
]


def _page_dates(monkeypatch, events_component, text, date, rules=None):
    if rules is not None:
        monkeypatch.setattr(events_component, "rules", rules)
    return _dates(text, "Meeting", date)


@pytest.mark.parametrize("case", PROPOSAL_CASES)
def test_proposal_to_hold_gives_the_page_year(case, monkeypatch, events_component):
    text, date, event, with_rule, without = case
    assert _page_dates(monkeypatch, events_component, text, date)[event] == with_rule
    rules = _without_proposal_leads()
    assert _page_dates(monkeypatch, events_component, text, date, rules)[event] == without


@pytest.mark.parametrize("case", PROPOSAL_KEPT_CASES)
def test_proposal_kept_null(case, monkeypatch, events_component):
    text, date, event = case
    assert _page_dates(monkeypatch, events_component, text, date)[event] is None
    rules = _without_proposal_leads()
    assert _page_dates(monkeypatch, events_component, text, date, rules)[event] is None


def test_future_frame_before_proposal():
    text = "They backed the initiative to hold the Lake Forum."
    start = text.index("Lake Forum")
    assert future_frame_before(RULES, text, start)
    assert not future_frame_before(_without_proposal_leads(), text, start)
