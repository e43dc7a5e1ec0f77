"""Event dates of issue 12, round ao (events.json's `present_day_cues`): a clause that says an
event is going on as the text is written (under way, taking place, being held, at its opening,
met on its sidelines, a speaker welcoming the audience to it), or a news report's clause in which
the President takes part in, attends or votes in it, gives the page's day, not only its month.
Each row fails without the rule, or shows where it must not fire. All sentences are invented."""

import pytest
from conftest import event_date_of as date_of

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT = RULES.edited("events", drop=["present_day_cues"])

# (sentence, name, document's date, kind, narrative, with the rule, without it)
CASES = [
    # said in a speaker's turn: met on the sidelines, under way, welcome you to
    (
        "I am pleased that we can talk on the sidelines of the Lake Summit.",
        "Lake Summit",
        "2031-05-12",
        "summit",
        False,
        "2031-05-12",
        "2031-05",
    ),
    (
        "I hear that a congress of the Pine Valley Beekeepers has got under way.",
        "congress of the Pine Valley Beekeepers",
        "2031-05-12",
        "conference",
        False,
        "2031-05-12",
        "2031-05",
    ),
    (
        "It is my pleasure to welcome you to the Harbour Design Forum.",
        "Harbour Design Forum",
        "2031-05-12",
        "forum",
        False,
        "2031-05-12",
        "2031-05",
    ),
    (
        "The Northern Glass Exhibition is now being held in Lakeside.",
        "Northern Glass Exhibition",
        "2031-05-12",
        "exhibition",
        True,
        "2031-05-12",
        "2031-05",
    ),
    # a news report: the President takes part in it, attends it or votes in it
    (
        "The President took part in a friendly match of the Lake Amateur Football Festival.",
        "Lake Amateur Football Festival",
        "2031-05-12",
        "festival",
        True,
        "2031-05-12",
        "2031-05",
    ),
    (
        "Early that day the President voted in the election of the Pinetown City Council at"
        " a school.",
        "election of the Pinetown City Council",
        "2031-09-14",
        "election",
        True,
        "2031-09-14",
        None,
    ),
    (
        "The President attended the opening of the Lakeside Carpet Fair.",
        "Lakeside Carpet Fair",
        "2031-05-12",
        "exhibition",
        True,
        "2031-05-12",
        "2031-05",
    ),
    # not a time to come or gone, in the whole sentence
    (
        "The President will meet the governor and take part in the Lake Forum opening ceremony.",
        "Lake Forum",
        "2031-05-12",
        "forum",
        True,
        "2031-05",
        "2031-05",
    ),
    (
        "Previously, we talked on the sidelines of the Pine Summit.",
        "Pine Summit",
        "2031-05-12",
        "summit",
        False,
        "2031-05",
        "2031-05",
    ),
    # not the preparations for it, nor people who took part in it, nor 'was attended by'
    (
        # nor the page's month: the preparing is under way, not the games (round dq,
        # `prepared_event_cues`; tests/nlp/event_dates/test_prepared_event_cues.py)
        "The preparations for the Lake Games are under way in Pinetown.",
        "Lake Games",
        "2031-05-12",
        "sports",
        False,
        None,
        None,
    ),
    (
        "The President spoke with students who took part in the Pine Robotics Festival.",
        "Pine Robotics Festival",
        "2031-05-12",
        "festival",
        True,
        "2031-05",
        "2031-05",
    ),
    # in a speech, a past verb of meeting recalls another day
    (
        "We met on the sidelines of the Pine Summit.",
        "Pine Summit",
        "2031-05-12",
        "summit",
        False,
        "2031-05",
        "2031-05",
    ),
    # the verbs of taking part recall a past event in a speech
    (
        "You attended the opening of the Lake Auditors Congress.",
        "Lake Auditors Congress",
        "2031-05-12",
        "conference",
        False,
        "2031-05",
        "2031-05",
    ),
    # the name too far from 'took part in' (a comma between): another clause's event
    (
        "Taking part in the talks were the mayors, the heads of the Pine Valley Congress and"
        " others.",
        "Pine Valley Congress",
        "2031-05-12",
        "conference",
        True,
        "2031-05",
        "2031-05",
    ),
    # 'participated in' is no cue (a report after the visit may use it)
    (
        "The President participated in the Lake Council summit.",
        "Lake Council summit",
        "2031-05-12",
        "summit",
        True,
        "2031-05",
        "2031-05",
    ),
    # anniversaries keep their own rules
    (
        "The Lake Museum's 50th anniversary celebrations are taking place in Pinetown.",
        "Lake Museum's 50th anniversary",
        "2031-05-12",
        "anniversary",
        True,
        "2031-05",
        "2031-05",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "name", "doc_date", "kind", "narrative", "with_rule", "_"), CASES
)
def test_event_date_with_present_day_cues(sentence, name, doc_date, kind, narrative, with_rule, _):
    assert date_of(sentence, name, doc_date, kind, narrative) == with_rule


@pytest.mark.parametrize(
    ("sentence", "name", "doc_date", "kind", "narrative", "_", "without"), CASES
)
def test_event_date_without_present_day_cues(sentence, name, doc_date, kind, narrative, _, without):
    """What the rows give without the rule: where a row's two dates differ, the rule made it."""
    assert date_of(sentence, name, doc_date, kind, narrative, rules=WITHOUT) == without
