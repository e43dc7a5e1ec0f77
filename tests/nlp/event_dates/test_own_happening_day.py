"""Event dates of issue 12 round bt (a survey of pool pages): the page's own happening held
at, on or during an event ("The consultations took place in the context of the Pine Week")
puts the event on the page's day (events.json's `own_happening_event_day`, judging convention
C1); a phrase pointing back to a year ("was held that same year", "later that year") takes that
year (`year_anaphora`); an anniversary "in the year of" which the clause speaks in is the
page's year (`anniversary_year_of_leads`); "greeted" is a cue of an anniversary greeted on, and
"On the occasion of the ..." opens a report as "On the ..." does. Each rule has rows that
change once the rule is removed (`RULES.edited`) and rows where it must not fire. The sentences
are invented."""

import json

import pytest
from conftest import event_date_of as date_of

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
_EVENTS = json.loads(RULES.texts["events"])

WITHOUT_OWN = RULES.edited("events", drop=["own_happening_event_day"])
WITHOUT_ANAPHORA = RULES.edited("events", drop=["year_anaphora"])
WITHOUT_YEAR_OF = RULES.edited("events", drop=["anniversary_year_of_leads"])
WITHOUT_GREETED = RULES.edited(
    "events",
    anniversary_doc_date_cues=[
        c for c in _EVENTS["anniversary_doc_date_cues"] if c not in ("greeted", "greets")
    ],
)
WITHOUT_OCCASION = RULES.edited("events", anniversary_opening_cues=["on"])

# (sentence, name, page's date, kind, news report, rules without the rule, with it, without it)
CASES = [
    (
        "The consultations took place in the context of the 12th Lake Economic Forum.",
        "12th Lake Economic Forum",
        "2031-06-13",
        "forum",
        True,
        WITHOUT_OWN,
        "2031-06-13",
        None,
    ),
    (
        "The talks were held during the Pine Valley Summit at the request of the guests.",
        "Pine Valley Summit",
        "2031-06-13",
        "summit",
        True,
        WITHOUT_OWN,
        "2031-06-13",
        None,
    ),
    (
        "The conversation took place on the 15th anniversary of the Lake Friendship Treaty.",
        "15th anniversary of the Lake Friendship Treaty",
        "2031-02-14",
        "anniversary",
        True,
        WITHOUT_OWN,
        "2031-02-14",
        None,
    ),
    (
        "This meeting is being held on the 80th anniversary of Hillmark Shipyards.",
        "80th anniversary of Hillmark Shipyards",
        "2031-09-25",
        "anniversary",
        False,
        WITHOUT_OWN,
        "2031-09-25",
        "2031-09",
    ),
    (
        "She entered the academy back in 1971, and the Fifth Pine Congress was held that same "
        "year.",
        "Fifth Pine Congress",
        "2031-06-26",
        "conference",
        False,
        WITHOUT_ANAPHORA,
        "1971",
        None,
    ),
    (
        "The ministers went over the steps needed to prepare the Lakeland-Pineland summit later "
        "that year.",
        "Lakeland-Pineland summit",
        "2031-03-27",
        "summit",
        True,
        WITHOUT_ANAPHORA,
        "2031",
        None,
    ),
    (
        "In the year of the 30th anniversary of the Lake Charter, let us explain its provisions "
        "to young people.",
        "30th anniversary of the Lake Charter",
        "2031-04-27",
        "anniversary",
        False,
        WITHOUT_YEAR_OF,
        "2031",
        None,
    ),
    (
        "The Premier greeted the people of Hillmark on its 300th anniversary.",
        "300th anniversary",
        "2031-10-05",
        "anniversary",
        True,
        WITHOUT_GREETED,
        "2031-10",
        None,
    ),
    (
        "On the occasion of the Pine Treaty’s 70th anniversary, the Premier laid flowers at the "
        "memorial.",
        "Pine Treaty’s 70th anniversary",
        "2031-06-22",
        "anniversary",
        True,
        WITHOUT_OCCASION,
        "2031-06-22",
        "2031-06",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "name", "doc_date", "kind", "narrative", "without", "expected", "old"), CASES
)
def test_issue_12bt_dates(sentence, name, doc_date, kind, narrative, without, expected, old):
    assert date_of(sentence, name, doc_date, kind, narrative) == expected
    assert date_of(sentence, name, doc_date, kind, narrative, rules=without) == old


# (sentence, name, page's date, kind, news report, expected): the rules must not fire
NOT_FIRING = [
    # another meeting than the page's: a word between the determiner and the noun
    (
        "The previous meeting took place during the Lake Economic Forum.",
        "Lake Economic Forum",
        "2031-06-13",
        "forum",
        True,
        None,
    ),
    # a meeting of another time: that time's date
    (
        "The meeting took place during the Lake Economic Forum last year.",
        "Lake Economic Forum",
        "2031-06-13",
        "forum",
        True,
        "2030",
    ),
    # a meeting to come: not the page's day
    (
        "Our next meeting will take place during the Lake Economic Forum.",
        "Lake Economic Forum",
        "2031-06-13",
        "forum",
        True,
        None,
    ),
    # "the meeting" in a speaker's turn may be any meeting: only "this", "our", "today's"
    (
        "As you know, the meeting took place at the Pine Valley Summit.",
        "Pine Valley Summit",
        "2031-06-13",
        "summit",
        False,
        None,
    ),
    # a war lasts years: no day
    (
        "The meeting took place during the Great Lake War.",
        "Great Lake War",
        "2031-06-13",
        "war",
        True,
        None,
    ),
    # "that same year" with no year before it in the sentence: nothing to point back to
    (
        "The Pine Congress was held that same year.",
        "Pine Congress",
        "2031-06-26",
        "conference",
        True,
        None,
    ),
    # "later that year" in a speaker's turn with no year before it: no year
    (
        "We spoke about preparing the Lakeland-Pineland summit later that year.",
        "Lakeland-Pineland summit",
        "2031-03-27",
        "summit",
        False,
        None,
    ),
    # a date of the event's own clause stays: the phrase is read only where none dated it
    (
        "She entered the academy back in 1971, and the Pine Congress was held in June 1975.",
        "Pine Congress",
        "2031-06-26",
        "conference",
        False,
        "1975-06",
    ),
    # a time to come in the clause: the year of the anniversary is not the page's
    (
        "The cathedral will be completed in the year of the 30th anniversary of the Lake Charter.",
        "30th anniversary of the Lake Charter",
        "2031-04-27",
        "anniversary",
        False,
        None,
    ),
    # "To mark" is no time: a purpose, not the day of the anniversary
    (
        "To mark the 70th anniversary of the Pine Treaty, the Premier ordered one-time payments.",
        "70th anniversary of the Pine Treaty",
        "2031-02-07",
        "anniversary",
        True,
        "2031-02",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "name", "doc_date", "kind", "narrative", "expected"), NOT_FIRING
)
def test_issue_12bt_not_firing(sentence, name, doc_date, kind, narrative, expected):
    assert date_of(sentence, name, doc_date, kind, narrative) == expected
