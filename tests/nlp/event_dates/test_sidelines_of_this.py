"""Event dates of issue 12 round cv (convention C1): a page that, after an event's first
mention, says something happens "on the sidelines of this summit" (its head word) places the
event on the page's day (events.json's `demonstrative_doc_day_cues`). Rows that fire and rows
that must not. The sentences are invented."""

import pytest
from conftest import check_with_and_without_key

from pipeline.nlp.event_page_dates import demonstrative_doc_day
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT = RULES.edited("events", drop=["demonstrative_doc_day_cues"])

# (text, event name, expected)
TEXTS = [
    (
        "Our talks today are held on the sidelines of this Pine Summit.",
        "Pine Summit",
        True,
    ),
    ("We talked on the margins of this forum.", "Lake Forum for Cooperation", True),
    ("It is good to meet on the sidelines of today's conference.", "Hill Conference", True),
    # another head than the event's
    ("We met on the sidelines of this forum.", "Pine Summit", False),
    # another time
    ("We met on the sidelines of this forum last year.", "Lake Forum", False),
    (
        "On the sidelines of this summit's previous session we agreed on trade.",
        "Pine Summit",
        False,
    ),
    # no demonstrative: another rule's matter
    ("We met on the sidelines of the forum.", "Lake Forum", False),
]


@pytest.mark.parametrize(("text", "name", "expected"), TEXTS)
def test_issue_12cv_sidelines_of_this(text, name, expected):
    assert demonstrative_doc_day(RULES, text, name, 0) is expected
    assert demonstrative_doc_day(WITHOUT, text, name, 0) is False


def test_issue_12cv_only_after_the_first_mention():
    text = "We met on the sidelines of this forum. Later the Lake Forum closed."
    assert demonstrative_doc_day(RULES, text, "Lake Forum", text.index("Lake Forum")) is False


# (text, title, page's date, event, with the rule, without it): invented pages
PAGES = [
    (
        "The President of Lakeland spoke to reporters following the roundtable talks at "
        "the Hill Forum for International Cooperation.\n\nQuestion: Did you discuss this with "
        "the Premier on the sidelines of this forum?",
        "Answers to journalists' questions",
        "2031-04-27",
        "Hill Forum for International Cooperation",
        "2031-04-27",
        "2031-04",
    ),
    # another edition: the page's month stays
    (
        "The President of Lakeland spoke to reporters following the roundtable talks at "
        "the Hill Forum for International Cooperation.\n\nQuestion: Did you discuss this with "
        "the Premier last year on the sidelines of this forum?",
        "Answers to journalists' questions",
        "2031-04-27",
        "Hill Forum for International Cooperation",
        "2031-04",
        "2031-04",
    ),
]


@pytest.mark.parametrize("case", PAGES)
def test_issue_12cv_sidelines_of_this_pages(case, monkeypatch, events_component):
    check_with_and_without_key(case, "demonstrative_doc_day_cues", monkeypatch, events_component)
