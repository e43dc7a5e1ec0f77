"""Event dates of issue 12 round cn: a news report's sentence that opens with a bare "Later"
and has a verb of taking part before the name ("Later the two presidents are to take part in the
Lake Forum") tells of what will be done on the page's day, like "Later today" (events.json's
`same_day_report_openers`, which gained the opener "later"): an event the other rules gave the
page's month takes the page's day. Rows that change without the round's addition and rows where
the rule must not fire. The sentences are invented."""

import pytest
from conftest import event_date_of as date_of

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
_OPENERS = RULES.get("events")["same_day_report_openers"]
WITHOUT = RULES.edited(
    "events",
    same_day_report_openers={
        **_OPENERS,
        "openers": [o for o in _OPENERS["openers"] if o != "later"],
    },
)

# (sentence, name, page's date, kind, news report, with the rules, without the addition)
CASES = [
    (
        "Later the two governors will take part in the 9th Lakeland-Pineland Border Forum.",
        "9th Lakeland-Pineland Border Forum",
        "2031-04-17",
        "forum",
        True,
        "2031-04-17",
        "2031-04",
    ),
    (
        "Later, the Premier will travel to Pine Harbour to take part in a three-day congress of "
        "Lakeland farmers.",
        "three-day congress of Lakeland farmers",
        "2031-10-02",
        "congress",
        True,
        "2031-10-02",
        "2031-10",
    ),
    # no verb of taking part: no sign the event is that day
    (
        "Later the Premier discussed plans for the 9th Lakeland-Pineland Border Forum.",
        "9th Lakeland-Pineland Border Forum",
        "2031-04-17",
        "forum",
        True,
        None,
        None,
    ),
    # not a news report: a speaker's words
    (
        "Later we will take part in the 9th Lakeland-Pineland Border Forum together.",
        "9th Lakeland-Pineland Border Forum",
        "2031-04-17",
        "forum",
        False,
        None,
        None,
    ),
    # "later" inside the sentence, not its opener
    (
        "The two governors will later take part in the 9th Lakeland-Pineland Border Forum.",
        "9th Lakeland-Pineland Border Forum",
        "2031-04-17",
        "forum",
        True,
        "2031-04",
        "2031-04",
    ),
    # a date of its own is kept
    (
        "Later the two governors will take part in the Lake Youth Forum on April 20.",
        "Lake Youth Forum",
        "2031-04-17",
        "forum",
        True,
        "2031-04-20",
        "2031-04-20",
    ),
    # a year of another time is kept
    (
        "Later the Premier took part in the 1990 Pine Valley Games as a young athlete.",
        "1990 Pine Valley Games",
        "2031-04-17",
        "games",
        True,
        "1990",
        "1990",
    ),
]


@pytest.mark.parametrize("sentence, name, doc_date, kind, narrative, expected, without", CASES)
def test_bare_later_opener(sentence, name, doc_date, kind, narrative, expected, without):
    assert date_of(sentence, name, doc_date, kind, narrative) == expected
    assert date_of(sentence, name, doc_date, kind, narrative, rules=WITHOUT) == without
