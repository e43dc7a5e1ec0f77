"""Event dates of issue 12 round at (events.json's `date_ranges_at` and
`narrative_venue_cues.doc_day`, its `before_name` "during"): a range written with a month on
both ends is dated by its first day; a range of days that holds the page's day after its first
is the page's day; a date written right before a name that opens with its year is the event's
day; a news report's "met with ... at the X", "said at a X", "during an X" give the page's day.
Each row is checked with the installed rules and without the round's keys; the sentences are
invented."""

import json

import pytest
from conftest import event_date_of as date_of

from pipeline.nlp.event_dates import range_end
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
_EVENTS = json.loads(RULES.texts["events"])
_VENUE = _EVENTS["narrative_venue_cues"]
# the installed rules without the round's keys: what the rows said before it
WITHOUT = RULES.edited(
    "events",
    drop=["date_ranges_at"],
    narrative_venue_cues={
        **{k: v for k, v in _VENUE.items() if k != "doc_day"},
        "before_name": [w for w in _VENUE["before_name"] if w != "during"],
    },
)

# (sentence, name, page's date, kind, news report, with the rules, without them)
CASES = [
    # a range across two months: its first day, not its last
    (
        "The ministers reviewed the outcome of the informal June 29–July 2 Lake summit.",
        "Lake summit",
        "2031-07-20",
        "summit",
        True,
        "2031-06-29",
        "2031-07-02",
    ),
    (
        "Pine Expo 2034 is to run from April 3 to October 30, 2034.",
        "Pine Expo 2034",
        "2031-07-20",
        "exhibition",
        True,
        "2034-04-03",
        "2034-10-30",
    ),
    # ... in the year the tense points to, as a bare day
    (
        "The Lake Cup will be held from June 28 to July 20 in eleven towns.",
        "Lake Cup",
        "2031-09-10",
        "sports",
        True,
        "2032-06-28",
        "2032-06-28",
    ),
    # not fired: a move from one date to another keeps the new date
    (
        "The Pine Fair was moved from June 28 to July 5.",
        "Pine Fair",
        "2031-06-10",
        "exhibition",
        True,
        "2031-07-05",
        "2031-07-05",
    ),
    # a range that holds the page's day after its first day: the page's day
    (
        "The President greeted the guests of the Harbour Trade Congress, which is taking place"
        " in Pinetown on March 10–12.",
        "Harbour Trade Congress",
        "2031-03-11",
        "conference",
        True,
        "2031-03-11",
        "2031-03-10",
    ),
    (
        "The Lake Youth Festival is held in Lakeland on 4 to 9 August.",
        "Lake Youth Festival",
        "2031-08-09",
        "festival",
        True,
        "2031-08-09",
        "2031-08-04",
    ),
    # not fired: the range starts on the page's day, or holds it not, or is to come
    (
        "The Lake Youth Festival is held in Lakeland on 4 to 9 August.",
        "Lake Youth Festival",
        "2031-08-04",
        "festival",
        True,
        "2031-08-04",
        "2031-08-04",
    ),
    (
        "The Lake Youth Festival was held in Lakeland on 4 to 9 August.",
        "Lake Youth Festival",
        "2031-08-20",
        "festival",
        True,
        "2031-08-04",
        "2031-08-04",
    ),
    (
        "The Minister will take part in the Harbour Trade Congress on March 10–12.",
        "Harbour Trade Congress",
        "2031-03-11",
        "conference",
        True,
        "2031-03-10",
        "2031-03-10",
    ),
    # a date right before a name that opens with its year
    (
        "The leaders recalled the decisions of the March 3, 2030 Pine summit of coastal states.",
        "2030 Pine summit",
        "2031-04-02",
        "summit",
        True,
        "2030-03-03",
        "2030",
    ),
    # a news report's meeting or words at an event: the page's day
    (
        "The Prime Minister met with young scientists at the Lake Innovation Forum.",
        "Lake Innovation Forum",
        "2031-05-14",
        "forum",
        True,
        "2031-05-14",
        "2031-05",
    ),
    (
        "Trade keeps growing, the Prime Minister said at a session of the Pine Trade Council.",
        "session of the Pine Trade Council",
        "2031-05-14",
        "meeting",
        True,
        "2031-05-14",
        "2031-05",  # "at a" is read by the code since this round; the month without doc_day
    ),
    (
        "The Prime Minister met with the Lakeland President during an informal Pine summit.",
        "informal Pine summit",
        "2031-05-14",
        "summit",
        True,
        "2031-05-14",
        None,
    ),
    # not fired: a speaker's turn
    (
        "I met with young scientists at the Lake Innovation Forum.",
        "Lake Innovation Forum",
        "2031-05-14",
        "forum",
        False,
        None,
        None,
    ),
    # not fired: the clause speaks of a time gone ("recently"): the month stays
    (
        "The Prime Minister recently met with young scientists at the Lake Innovation Forum.",
        "Lake Innovation Forum",
        "2031-05-14",
        "forum",
        True,
        "2031-05",
        "2031-05",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "name", "doc_date", "kind", "narrative", "expected", "without"), CASES
)
def test_issue_12at_dates(sentence, name, doc_date, kind, narrative, expected, without):
    assert date_of(sentence, name, doc_date, kind, narrative) == expected
    assert date_of(sentence, name, doc_date, kind, narrative, rules=WITHOUT) == without


@pytest.mark.parametrize(
    ("text", "date", "value", "expected"),
    [
        ("on May 12–14 in Pinetown", "May 12", "2031-05-12", "2031-05-14"),
        ("on May 12 to 14 in Pinetown", "May 12", "2031-05-12", "2031-05-14"),
        ("on 12-14 May in Pinetown", "12-14 May", "2031-05-12", "2031-05-14"),
        ("from December 28 to January 3", "December 28 to January 3", "2031-12-28", "2032-01-03"),
        ("on May 12 in Pinetown", "May 12", "2031-05-12", None),  # one day
        ("on May 12 at 10.30", "May 12", "2031-05-12", None),
    ],
)
def test_the_last_day_of_a_range(text, date, value, expected):
    s = text.index(date)
    assert range_end(RULES, text, s, s + len(date), value) == expected
