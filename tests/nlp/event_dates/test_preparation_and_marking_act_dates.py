"""Event dates of issue 12 round cl (events.json's `preparation_talk_dates`,
`anniversary_marking_act_year`, `anniversary_month_subject`): a date written before
"preparations for the" and an event's name is when the preparing is done or spoken of, not the
event's; "in YEAR" before a marking cue ("to commemorate the") and an anniversary's name is the
year the anniversary was marked; a bare month as the subject of "marks" before an anniversary
("July marks the 25th anniversary") is its month. Each row is checked with the installed rules
and without the round's keys; the sentences are invented."""

import pytest
from conftest import event_date_of as date_of

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
# the installed rules without the round's keys: what the rows said before it
WITHOUT = RULES.edited(
    "events",
    drop=["preparation_talk_dates", "anniversary_marking_act_year", "anniversary_month_subject"],
)

# (sentence, name, page's date, kind, news report, with the rules, without them)
CASES = [
    # a day before "preparations for the": the preparing's, not the event's
    (
        "Yesterday we went over the preparations for the Pine Games with the minister.",
        "Pine Games",
        "2031-10-11",
        "sports",
        False,
        None,
        "2031-10-10",
    ),
    (
        "On March 3 the ministers discussed the preparations for the 40th anniversary of the "
        "Lake Treaty.",
        "40th anniversary of the Lake Treaty",
        "2031-04-20",
        "anniversary",
        True,
        None,
        "2031-03-03",
    ),
    # ... a date after the name is still the event's
    (
        "The preparations for the Pine Forum, to be held on May 5, are going well.",
        "Pine Forum",
        "2031-04-20",
        "forum",
        False,
        "2031-05-05",
        "2031-05-05",
    ),
    # ... and a date without the phrase before the name is as before
    (
        "Yesterday we opened the Pine Forum in Lakeside.",
        "Pine Forum",
        "2031-04-20",
        "forum",
        False,
        "2031-04-19",
        "2031-04-19",
    ),
    (
        "On March 3 the ministers met at the Pine Forum to prepare for the summit.",
        "Pine Forum",
        "2031-04-20",
        "forum",
        True,
        "2031-03-03",
        "2031-03-03",
    ),
    # "in YEAR to commemorate the Nth anniversary": the year it was marked, however far back
    (
        "The bridge was built in 1990 to commemorate the 1,000th anniversary of the founding of "
        "Lakeside.",
        "1,000th anniversary of the founding of Lakeside",
        "2031-05-05",
        "anniversary",
        True,
        "1990",
        "2031-05",
    ),
    # ... for each anniversary of a list
    (
        "The chapel was raised in 1990 to mark the 700th anniversary of the Pine Abbey and the "
        "300th anniversary of the Lake Parish.",
        "700th anniversary of the Pine Abbey",
        "2031-05-05",
        "anniversary",
        True,
        "1990",
        "2031-05",
    ),
    (
        "The chapel was raised in 1990 to mark the 700th anniversary of the Pine Abbey and the "
        "300th anniversary of the Lake Parish.",
        "300th anniversary of the Lake Parish",
        "2031-05-05",
        "anniversary",
        True,
        "1990",
        "2031-05",
    ),
    # ... not without a marking cue
    (
        "The bridge was built in 1990, and this year we celebrate the 40th anniversary of the "
        "Lake Treaty.",
        "40th anniversary of the Lake Treaty",
        "2031-05-05",
        "anniversary",
        False,
        "2031",
        "2031",
    ),
    # ... nor with more words between the year and the cue
    (
        "In 1990 the old council of the town decided at last to mark the 40th anniversary of the "
        "Lake Treaty.",
        "40th anniversary of the Lake Treaty",
        "2031-05-05",
        "anniversary",
        True,
        "2030",
        "2030",
    ),
    # a year near the page's: as before
    (
        "Celebrations will be held in 2032 to mark the 60th anniversary of the Pine Union.",
        "60th anniversary of the Pine Union",
        "2031-05-05",
        "anniversary",
        False,
        "2032",
        "2032",
    ),
    # a bare month as the subject of "marks": the anniversary's month, ahead of the page's
    (
        "July marks the 25th anniversary of the Lake Treaty between our towns, and we will mark "
        "it together.",
        "25th anniversary of the Lake Treaty",
        "2031-05-22",
        "anniversary",
        False,
        "2031-07",
        "2031-05",
    ),
    # ... in the next year when the month is gone by
    (
        "We agree on much. February will see the 10th anniversary of the Pine Accord.",
        "10th anniversary of the Pine Accord",
        "2031-11-03",
        "anniversary",
        False,
        "2032-02",
        None,
    ),
    # ... and its last occurrence with a past verb
    (
        "March marked the 40th anniversary of the Lake Bank.",
        "40th anniversary of the Lake Bank",
        "2031-05-22",
        "anniversary",
        False,
        "2031-03",
        "2031-05",
    ),
    # ... after a colon; the base and number agree with it
    (
        "The treaty of 2006 is old: July marks the 25th anniversary of the Lake Treaty of 2006.",
        "25th anniversary of the Lake Treaty of 2006",
        "2031-05-22",
        "anniversary",
        False,
        "2031-07",
        "2031",
    ),
    # ... not a month that is not the verb's subject right before the name
    (
        "Last July marks nothing, but our talks mark the 25th anniversary of the Lake Treaty.",
        "25th anniversary of the Lake Treaty",
        "2031-05-22",
        "anniversary",
        False,
        None,
        None,
    ),
]


@pytest.mark.parametrize(
    ("sentence", "name", "doc_date", "kind", "narrative", "expected", "without"), CASES
)
def test_issue_12cl_dates(sentence, name, doc_date, kind, narrative, expected, without):
    assert date_of(sentence, name, doc_date, kind, narrative) == expected
    assert date_of(sentence, name, doc_date, kind, narrative, rules=WITHOUT) == without
