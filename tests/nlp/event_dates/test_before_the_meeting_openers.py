"""Event dates of issue 12 round ce: a news report's sentence that opens with "Before the
meeting" (the page's own meeting) and has a verb of taking part or
viewing before the name tells of what was done on the page's day (events.json's
`same_day_report_openers`, which gained these openers and the verb "viewed"): an event the
other rules gave the page's month takes the page's day. Rows that change without the round's
additions and rows where the rule must not fire. The sentences are invented."""

import pytest
from conftest import event_date_of as date_of

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
_OPENERS = RULES.get("events")["same_day_report_openers"]
WITHOUT = RULES.edited(
    "events",
    same_day_report_openers={
        **_OPENERS,
        "openers": [o for o in _OPENERS["openers"] if o != "before the meeting"],
        "verbs": [v for v in _OPENERS["verbs"] if v != "viewed"],
    },
)

# (sentence, name, page's date, kind, news report, with the rules, without the additions)
CASES = [
    (
        "Before the meeting, the Premier visited the Lake Crafts Fair in the town hall.",
        "Lake Crafts Fair",
        "2031-03-06",
        "exhibition",
        True,
        "2031-03-06",
        "2031-03",
    ),
    (
        "Before the meeting began, the Governor viewed the exhibition Pine Valley Machines.",
        "exhibition Pine Valley Machines",
        "2031-09-12",
        "exhibition",
        True,
        "2031-09-12",
        "2031-09",
    ),
    (
        "Before the meeting, both ministers took part in the Lake Youth Forum together.",
        "Lake Youth Forum",
        "2031-05-20",
        "forum",
        True,
        "2031-05-20",
        "2031-05",
    ),
    # no verb of taking part or viewing: no sign the event is that day
    (
        "Before the meeting, the President discussed preparations for the Lake Youth Forum.",
        "Lake Youth Forum",
        "2031-03-06",
        "forum",
        True,
        None,
        None,
    ),
    # not a news report: a speaker's words
    (
        "Before the meeting, I visited the Lake Crafts Fair in the town hall.",
        "Lake Crafts Fair",
        "2031-03-06",
        "exhibition",
        False,
        None,
        None,
    ),
    # a date of its own is kept
    (
        "Before the meeting, the leaders will take part in the Lake Youth Forum on March 9.",
        "Lake Youth Forum",
        "2031-03-06",
        "forum",
        True,
        "2031-03-09",
        "2031-03-09",
    ),
]


@pytest.mark.parametrize("sentence, name, doc_date, kind, narrative, expected, without", CASES)
def test_before_the_meeting_openers(sentence, name, doc_date, kind, narrative, expected, without):
    assert date_of(sentence, name, doc_date, kind, narrative) == expected
    assert date_of(sentence, name, doc_date, kind, narrative, rules=WITHOUT) == without
