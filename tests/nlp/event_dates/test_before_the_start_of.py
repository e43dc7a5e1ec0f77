"""Event dates of issue 12 round cv: a news report's sentence that says something was done
right before an event began ("The two leaders met before the beginning of the Lake Summit") is
on the page's day (events.json's `done_on_doc_day_cues`, its new `narrative_cues` 'before the
beginning of', 'before the start of', 'before the opening of' and the same after 'prior to').
Rows that fire and rows that must not. The sentences are invented."""

import pytest
from conftest import check_with_and_without_key

from pipeline.nlp.event_page_dates import done_on_doc_day
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
NEW = [
    "before the beginning of",
    "before the start of",
    "before the opening of",
    "prior to the beginning of",
    "prior to the start of",
    "prior to the opening of",
]
_RULE = dict(RULES.get("events")["done_on_doc_day_cues"])
_RULE["narrative_cues"] = [c for c in _RULE["narrative_cues"] if c not in NEW]
WITHOUT_NEW = RULES.edited("events", done_on_doc_day_cues=_RULE)

# (sentence, news report, with the new cues, without them): the name starts at "Lake"
SENTENCES = [
    ("The two leaders met before the beginning of the Lake Summit.", True, True, False),
    ("The ministers talked before the start of the Lake Forum in Pinetown.", True, True, False),
    ("The President met the Premier prior to the opening of the Lake Congress.", True, True, False),
    # a speaker's turn: not the report of the page's day
    ("We met before the beginning of the Lake Summit.", False, False, False),
    # a time to come, another time
    ("The leaders will meet before the start of the Lake Summit.", True, False, False),
    ("The leaders met a day before the opening of the Lake Summit.", True, False, False),
    ("The two ministers met before the start of the Lake Summit last year.", True, False, False),
    # the sentence names the event's month: it dates the event itself
    ("They met before the opening of the Lake Fair, held in late May.", True, False, False),
    # another noun between: no cue right before the name
    ("They met before the beginning of talks at the Lake Summit.", True, False, False),
]


@pytest.mark.parametrize(("sentence", "narrative", "expected", "without"), SENTENCES)
def test_issue_12cv_before_the_start_of(sentence, narrative, expected, without):
    start = sentence.index("Lake ")
    assert done_on_doc_day(RULES, sentence, start, narrative) is expected
    assert done_on_doc_day(WITHOUT_NEW, sentence, start, narrative) is without


# (text, title, page's date, event, with the rule, without done_on_doc_day_cues)
PAGES = [
    (
        "The two presidents talked for an hour before the beginning of the trilateral "
        "summit of Lakeland, Pineland and Hillmark.",
        "Meeting with the President of Pineland",
        "2031-10-14",
        "trilateral summit of Lakeland",
        "2031-10-14",
        None,
    ),
]


@pytest.mark.parametrize("case", PAGES)
def test_issue_12cv_before_the_start_of_pages(case, monkeypatch, events_component):
    check_with_and_without_key(case, "done_on_doc_day_cues", monkeypatch, events_component)
