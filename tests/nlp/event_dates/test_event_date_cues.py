"""Event dates from cues of issue 12i: a span's start ("since 2011"), an event just over or
left ("are over now", "upon returning from"), a news report's visit at an event, a month before
a celebration noun, a cue that belongs to another noun's relative clause, and a year to come for
an anniversary. Each rule has rows that fail without it and rows where it must not fire."""

import pytest
from conftest import event_date_of as date_of

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()

_ISSUE_12I_KEYS = (
    "date_span_start_words",
    "just_over_cues",
    "narrative_visit_cues",
    "month_adjective_nouns",
    "other_noun_relatives",
    "anniversary_future_year_window",
)


# the installed rules without the keys of issue 12i: what the rows say without them
WITHOUT = RULES.edited("events", drop=_ISSUE_12I_KEYS)


# (sentence, name, document's date, kind, narrative, with the rules, without them)
CASES = [
    # "since <year>": the start of a run of events, not the event's date
    (
        "Since 2014, our school has often won the Lake Cup tournaments held in Oslo.",
        "Lake Cup tournaments",
        "2019-03-02",
        "sports",
        True,
        None,
        "2014",
    ),
    (
        "Several times since 2009 the choir has been among the laureates of the Harbour Festival.",
        "Harbour Festival",
        "2016-05-11",
        "festival",
        True,
        None,
        "2009",
    ),
    # not fired: a date that is not after "since"
    (
        "In 2014 our school won the Lake Cup tournament held in Oslo.",
        "Lake Cup tournament",
        "2019-03-02",
        "sports",
        True,
        "2014",
        "2014",
    ),
    # just over, or being left, as the document is written
    (
        "The Northern Winter Games are over now.",
        "Northern Winter Games",
        "2011-02-27",
        "sports",
        False,
        "2011-02",
        None,
    ),
    (
        "Upon returning to Moscow from the Lake Forum, the President spoke to the press.",
        "Lake Forum",
        "2009-06-16",
        "forum",
        True,
        "2009-06",
        None,
    ),
    # not fired: the clause dates it, or no such cue
    (
        "The Northern Winter Games of 2006 are over now.",
        "Northern Winter Games",
        "2011-02-27",
        "sports",
        False,
        "2006",
        "2006",
    ),
    (
        "The President spoke of the Lake Forum to the press.",
        "Lake Forum",
        "2009-06-16",
        "forum",
        True,
        None,
        None,
    ),
    # a news report's visit at the event
    (
        "The President viewed the publishing house stand at the Northern Economic Forum.",
        "Northern Economic Forum",
        "2015-06-18",
        "forum",
        True,
        "2015-06",
        None,
    ),
    # (issue 12 round bp: "toured" became one of present_day_cues.narrative_cues, which give
    # the day on their own; event_dates/test_visits_on_page_day.py has its rows)
    (
        "Vladimir Putin looked round the exposition at the Harbour Industrial Fair.",
        "Harbour Industrial Fair",
        "2013-04-08",
        "exhibition",
        True,
        "2013-04",
        None,
    ),
    # not fired: a passive "can be viewed at" is no visit
    (
        "Its jewels can be viewed at the Harbour Treasury exhibition in the fortress.",
        "Harbour Treasury exhibition",
        "2019-12-20",
        "exhibition",
        True,
        None,
        None,
    ),
    # not fired: a speaker's words, not a news report
    (
        "I viewed the publishing house stand at the Northern Economic Forum.",
        "Northern Economic Forum",
        "2015-06-18",
        "forum",
        False,
        None,
        None,
    ),
    # a month before a celebration noun is "in" that month
    (
        "We are glad to come here in the run-up to the July celebrations of the 60th "
        "anniversary of the Lake Rising.",
        "60th anniversary of the Lake Rising",
        "2004-06-06",
        "anniversary",
        False,
        "2004-07",
        "2004-06",
    ),
    (
        "We talked about the May festivities of the Harbour Festival.",
        "Harbour Festival",
        "2012-02-10",
        "festival",
        False,
        "2012-05",
        None,
    ),
    # not fired: a lowercase "may", or a month before another noun
    (
        "Guests may celebrate the Harbour Festival in style.",
        "Harbour Festival",
        "2012-02-10",
        "festival",
        False,
        None,
        None,
    ),
    (
        "We talked about the May decrees and the Harbour Festival.",
        "Harbour Festival",
        "2012-02-10",
        "festival",
        False,
        None,
        None,
    ),
    # a cue of the document's day in another noun's relative clause
    (
        "Thank you for your work on the Lake Cup and the kind words that you said today.",
        "Lake Cup",
        "2019-05-23",
        "sports",
        False,
        None,
        "2019-05-23",
    ),
    (
        "We recall the Arctic Summit and all the decisions which we reviewed today.",
        "Arctic Summit",
        "2018-10-02",
        "summit",
        False,
        None,
        "2018-10-02",
    ),
    # not fired: the event's own relative clause, or a cue before any other noun
    (
        "Welcome to the Lake Forum that opens today.",
        "Lake Forum",
        "2019-05-23",
        "forum",
        False,
        "2019-05-23",
        "2019-05-23",
    ),
    (
        "Today the Lake Forum and the fair that goes with it both opened.",
        "Lake Forum",
        "2019-05-23",
        "forum",
        False,
        "2019-05-23",
        "2019-05-23",
    ),
    # an anniversary some years ahead, in a clause about a time to come
    (
        "In 2030, as my colleague has said at length, we will celebrate the 250th anniversary "
        "of the Harbour Academy.",
        "250th anniversary of the Harbour Academy",
        "2022-09-14",
        "anniversary",
        False,
        "2030",
        "2022-09",
    ),
    # not fired: the clause does not speak of a time to come, or the year is too far ahead
    (
        "In 2030, as my colleague has said, the 250th anniversary of the Harbour Academy "
        "is a landmark.",
        "250th anniversary of the Harbour Academy",
        "2022-09-14",
        "anniversary",
        False,
        None,
        None,
    ),
    (
        "In 2040 we will celebrate the 250th anniversary of the Harbour Academy.",
        "250th anniversary of the Harbour Academy",
        "2022-09-14",
        "anniversary",
        False,
        "2022-09",
        "2022-09",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "name", "doc_date", "kind", "narrative", "expected", "_"), CASES
)
def test_event_date_with_issue_12i_rules(sentence, name, doc_date, kind, narrative, expected, _):
    assert date_of(sentence, name, doc_date, kind, narrative) == expected


@pytest.mark.parametrize(
    ("sentence", "name", "doc_date", "kind", "narrative", "_", "without"), CASES
)
def test_event_date_without_issue_12i_rules(sentence, name, doc_date, kind, narrative, _, without):
    """What the rows give without the rules: where a row's two dates differ, the rule made it."""
    assert date_of(sentence, name, doc_date, kind, narrative, rules=WITHOUT) == without


WITHOUT_NAME_YEAR_CUES = RULES.edited("events", drop=["name_year_cue_window_chars"])

# (sentence, name, document's date, kind, narrative, with the rule, without it)
NAME_YEAR_CASES = [
    # a news report's cue next to the name refines the name's year
    (
        "The President sent greetings to the contestants and guests of the Lake Fair 2017.",
        "Lake Fair 2017",
        "2017-06-04",
        "exhibition",
        True,
        "2017-06",
        "2017",
    ),
    # (a news report's meeting on the sidelines gives the day: doc_day_cues.narrative_cues)
    (
        "The leaders met on the sidelines of the 2019 Harbour Economic Forum.",
        "2019 Harbour Economic Forum",
        "2019-06-06",
        "forum",
        True,
        "2019-06-06",
        "2019",
    ),
    (
        "The President will take part in the Lake EXPO 2017 opening ceremony.",
        "Lake EXPO 2017",
        "2017-06-07",
        "exhibition",
        True,
        "2017-06",
        "2017",
    ),
    # not a cue of another year than the name's
    (
        "The President sent greetings to the contestants and guests of the Lake Fair 2018.",
        "Lake Fair 2018",
        "2017-12-20",
        "exhibition",
        True,
        "2018",
        "2018",
    ),
    # not in a speech: "the opening of" a fair to come
    (
        "Then there is the summit, along with the opening of the Lake Fair 2017.",
        "Lake Fair 2017",
        "2017-02-24",
        "exhibition",
        False,
        "2017",
        "2017",
    ),
    # not a cue far from the name: another clause's ("visited ... and met with the winners")
    (
        "The President visited the new biathlon centre in the northern city of Lakeside and met "
        "with the winners of the Lake Winter Games 2017.",
        "Lake Winter Games 2017",
        "2017-03-01",
        "sports",
        True,
        "2017",
        "2017",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "name", "doc_date", "kind", "narrative", "expected", "without"),
    NAME_YEAR_CASES,
)
def test_cues_near_the_name_refine_its_year(
    sentence, name, doc_date, kind, narrative, expected, without
):
    assert date_of(sentence, name, doc_date, kind, narrative) == expected
    assert date_of(sentence, name, doc_date, kind, narrative, WITHOUT_NAME_YEAR_CUES) == without
