"""Event dates of issue 12 round ce: a bare month right after one of events.json's
`past_month_leads` ("back in October") is a month gone by, the last one before the page's date,
even in a clause that speaks of plans or a time to come. Rows that change without the key and
rows where it must not fire. The sentences are invented."""

import pytest
from conftest import event_date_of as date_of

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT = RULES.edited("events", drop=["past_month_leads"])

# (sentence, name, page's date, with the key, without it)
CHANGED = [
    (
        "The minister told us of his plans to hold such a conference back in October at the "
        "Lake summit in Pinetown.",
        "Lake summit in Pinetown",
        "2031-05-14",
        "2030-10",
        "2031-10",
    ),
    (
        "We first spoke of the plan to open new routes back in November at the Pine Forum.",
        "Pine Forum",
        "2031-03-02",
        "2030-11",
        "2031-11",
    ),
    (
        "Our partners said they will join the project, as agreed back in December 4 at the "
        "Lake Council session.",
        "Lake Council session",
        "2031-06-20",
        "2030-12-04",
        "2031-12-04",
    ),
]


@pytest.mark.parametrize("sentence, name, doc_date, with_key, without", CHANGED)
def test_month_after_past_lead(sentence, name, doc_date, with_key, without):
    assert date_of(sentence, name, doc_date) == with_key
    assert date_of(sentence, name, doc_date, rules=WITHOUT) == without


# the key must not fire: no lead, a lead not right before the month, or a month before the page's
UNCHANGED = [
    ("We plan to hold the Lake Forum in October.", "Lake Forum", "2031-05-14", "2031-10"),
    (
        "We will hold the Lake Forum back home in October.",
        "Lake Forum",
        "2031-05-14",
        "2031-10",
    ),
    ("The Lake Forum was held back in February.", "Lake Forum", "2031-05-14", "2031-02"),
    (
        "Back in the capital, the envoys will prepare the Pine Fair in November.",
        "Pine Fair",
        "2031-05-14",
        "2031-11",
    ),
]


@pytest.mark.parametrize("sentence, name, doc_date, expected", UNCHANGED)
def test_month_without_past_lead(sentence, name, doc_date, expected):
    assert date_of(sentence, name, doc_date) == expected
    assert date_of(sentence, name, doc_date, rules=WITHOUT) == expected
