"""Event dates from cues of issue 12p: a news report's own meeting held right before or after
an event puts that event on the document's day (`own_meeting_links`), and a title announcing
the President's day dates the events its report says he will take part in
(`announcement_titles`). Each rule has rows that fail without it and rows where it must not
fire."""

import pytest
from conftest import event_date_of as date_of

from pipeline.nlp.event_dates import title_announcement_date
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
# without the links, and without issue 12w's "as part of the X" (which also gives the day)
WITHOUT_LINKS = RULES.edited("events", drop=["own_meeting_links", "part_of_event_day_cues"])
WITHOUT_TITLES = RULES.edited("events", drop=["announcement_titles"])
_CUES = RULES.get("events", required=("heads",))["doc_date_cues"]
WITHOUT_VISIT = RULES.edited(
    "events",
    doc_date_cues={
        **_CUES,
        "month_if_present": [c for c in _CUES["month_if_present"] if "this " not in c],
    },
)


# (sentence, name, document's date, kind, narrative, with the rule, without it)
LINK_CASES = [
    (
        "The talks were held in Lakeside ahead of the Pine Summit.",
        "Pine Summit",
        "2015-05-20",
        "summit",
        True,
        "2015-05-20",
        None,
    ),
    (
        "The two presidents spoke after the Harbour Cooperation summit.",
        "Harbour Cooperation summit",
        "2014-07-03",
        "summit",
        True,
        "2014-07-03",
        None,
    ),
    (
        "The President met with the Prime Minister of Northland and the President of Southland "
        "after the Lake Summit.",
        "Lake Summit",
        "2012-11-09",
        "summit",
        True,
        "2012-11-09",
        None,
    ),
    (
        "Their meeting took place just before the opening of the Pine Forum in the old capital.",
        "Pine Forum",
        "2011-10-14",
        "forum",
        True,
        "2011-10-14",
        "2011-10",
    ),
    (
        "The leaders had a meeting following the Harbour Grand Prix.",
        "Harbour Grand Prix",
        "2016-08-21",
        "sports",
        True,
        "2016-08-21",
        "2016-08",
    ),
    (
        "The talks were held as part of the Harbour Economic Forum.",
        "Harbour Economic Forum",
        "2019-06-06",
        "forum",
        True,
        "2019-06-06",
        "2019-06",
    ),
    (
        "The meeting took place in Lakeside, where the two leaders arrived to take part in the "
        "Pine Summit.",
        "Pine Summit",
        "2016-09-04",
        "summit",
        True,
        "2016-09-04",
        "2016-09",
    ),
    (
        "The President had a meeting with the King of Northland before the start of the Lake "
        "Conference.",
        "Lake Conference",
        "2020-01-19",
        "conference",
        True,
        "2020-01-19",
        None,
    ),
    # not fired: "ahead of" opening the sentence (often the eve; see
    # event_dates/test_month_parts_programmes_and_same_heads.py for the openings that date the
    # event)
    (
        "Ahead of the Pine Summit in Lakeside, the President had a meeting with the King.",
        "Pine Summit",
        "2016-09-03",
        "summit",
        True,
        None,
        None,
    ),
    # not fired: in a speaker's turn
    (
        "We met after the Pine Summit to discuss the matter.",
        "Pine Summit",
        "2015-05-20",
        "summit",
        False,
        None,
        None,
    ),
    # not fired: a telephone conversation ahead of a summit is often the day before
    (
        "The telephone conversation took place ahead of the Lake Summit.",
        "Lake Summit",
        "2012-11-09",
        "summit",
        True,
        None,
        None,
    ),
    # not fired: on the eve of the summit is the day before
    (
        "The meeting was held on the eve of the Lake Summit.",
        "Lake Summit",
        "2012-11-09",
        "summit",
        True,
        "2012-11",
        "2012-11",
    ),
    # not fired: a meeting to come
    (
        "The leaders will meet ahead of the Lake Summit.",
        "Lake Summit",
        "2012-11-09",
        "summit",
        True,
        None,
        None,
    ),
    # not fired: a meeting of another time
    (
        "The two leaders last met after the Lake Summit.",
        "Lake Summit",
        "2012-11-09",
        "summit",
        True,
        None,
        None,
    ),
    # not fired: no verb of the meeting before the link
    (
        "The participants discussed how to use the stadiums after the Pine Games.",
        "Pine Games",
        "2013-03-30",
        "sports",
        True,
        None,
        None,
    ),
    # a date the clause says is kept
    (
        "The two leaders met in Oslo on March 3 after the Pine Summit.",
        "Pine Summit",
        "2013-03-30",
        "summit",
        True,
        "2013-03-03",
        "2013-03-03",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "name", "doc_date", "kind", "narrative", "expected", "without"), LINK_CASES
)
def test_the_pages_meeting_held_right_before_or_after_an_event_puts_it_on_the_documents_day(
    sentence, name, doc_date, kind, narrative, expected, without
):
    assert date_of(sentence, name, doc_date, kind, narrative) == expected
    assert date_of(sentence, name, doc_date, kind, narrative, WITHOUT_LINKS) == without


# (title, document's date, the title's date with the rule)
TITLE_CASES = [
    ("Vladimir Putin will visit Northland on July 4", "2019-07-01", "2019-07-04"),
    ("On June 21, the President will meet with the King of Southland", "2017-06-20", "2017-06-21"),
    ("The President of Northland will visit Russia on March 10, 2017", "2017-03-07", "2017-03-10"),
    # a range of days: the month
    ("On June 28–29, Vladimir Putin will visit Southland", "2019-06-26", "2019-06"),
    # not fired: no time to come
    ("Vladimir Putin visited Northland on July 4", "2019-07-05", None),
    ("Congratulations to the teachers on October 5", "2019-10-05", None),
    # not fired: no date after "on"
    ("Vladimir Putin will visit Northland", "2019-07-01", None),
]


@pytest.mark.parametrize(("title", "doc_date", "expected"), TITLE_CASES)
def test_a_title_announcing_the_presidents_day_gives_its_date(title, doc_date, expected):
    assert title_announcement_date(RULES, title, doc_date) == expected
    assert title_announcement_date(WITHOUT_TITLES, title, doc_date) is None


def _events(text: str, title: str, date: str) -> list[dict]:
    from pipeline import extract_facts
    from pipeline.speech import Speech

    speech = Speech(
        doc_id="t", source="<test>", paragraphs=text.split("\n\n"), title=title, date=date
    )
    return list(extract_facts(speech, types="event"))


# (title, text, document's date, {name: date with the rule}, {name: date without it})
PAGE_CASES = [
    (
        "Vladimir Putin will visit Northland on July 4",
        "The President will hold talks with the King of Northland.\n\n"
        "The two leaders will attend a session of the Lake Dialogue Forum.",
        "2019-07-01",
        {"Lake Dialogue Forum": "2019-07-04"},
        {"Lake Dialogue Forum": "2019-07"},
    ),
    # not fired: the report does not say the President will take part in it
    (
        "Vladimir Putin will visit Northland on July 4",
        "The President will hold talks with the King of Northland.\n\n"
        "The leaders will discuss the results of the Lake Dialogue Forum.",
        "2019-07-01",
        {"Lake Dialogue Forum": None},
        {"Lake Dialogue Forum": None},
    ),
]


@pytest.mark.parametrize(("title", "text", "date", "expected", "without"), PAGE_CASES)
def test_a_title_announcing_the_presidents_day_dates_the_events_he_will_attend(
    title, text, date, expected, without, monkeypatch, events_component
):
    def dates():
        return {f["name"]: f["date"] for f in _events(text, title, date)}

    assert dates() == expected
    monkeypatch.setattr(
        events_component,
        "rules",
        events_component.rules.edited("events", drop=["announcement_titles"]),
    )
    assert dates() == without


# (sentence, name, document's date, kind, narrative, with the rule)
VISIT_CASES = [
    (
        "During this visit, I have already chaired the second meeting of the Lake Commission.",
        "second meeting of the Lake Commission",
        "2017-04-13",
        "meeting",
        False,
        "2017-04",
    ),
    (
        "During this trip, you took part in the Pine Safety Week, which was held in Lakeside.",
        "Pine Safety Week",
        "2019-04-23",
        "other",
        False,
        "2019-04",
    ),
    (
        "In the course of this visit our delegation took part in the Harbour Forum.",
        "Harbour Forum",
        "2012-05-10",
        "forum",
        False,
        "2012-05",
    ),
    # not fired: a wish, not what happened
    (
        "During this visit, we would have liked to attend the Harbour Forum.",
        "Harbour Forum",
        "2012-05-10",
        "forum",
        False,
        None,
    ),
    # not fired: a visit to come
    (
        "During this trip, the President will attend the Harbour Forum.",
        "Harbour Forum",
        "2012-05-10",
        "forum",
        False,
        None,
    ),
]


@pytest.mark.parametrize(
    ("sentence", "name", "doc_date", "kind", "narrative", "expected"), VISIT_CASES
)
def test_during_this_visit_puts_the_event_in_the_documents_month(
    sentence, name, doc_date, kind, narrative, expected
):
    assert date_of(sentence, name, doc_date, kind, narrative) == expected
    assert date_of(sentence, name, doc_date, kind, narrative, WITHOUT_VISIT) is None
