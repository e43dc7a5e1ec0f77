"""Event dates of issue 12, round q (`pipeline.nlp.event_page_dates`): a part of a month
(`month_part_phrases`), an event listed in an announced programme
(`announcement_programme_cues`), an undated event named with a dated event's head
(`same_head_coreference`). Each rule has rows that fail without its key and rows where it must
not fire. The sentences are invented."""

import pytest
from conftest import event_date_of as date_of

from pipeline.nlp.event_page_dates import dates_from_same_head
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT_PARTS = RULES.edited("events", drop=["month_part_phrases"])
WITHOUT_COREFERENCE = RULES.edited("events", drop=["same_head_coreference"])


def _events(text: str, title: str, date: str) -> list[dict]:
    from pipeline import extract_facts
    from pipeline.speech import Speech

    speech = Speech(
        doc_id="t", source="<test>", paragraphs=text.split("\n\n"), title=title, date=date
    )
    return list(extract_facts(speech, types="event"))


# (sentence, name, document's date, kind, narrative, with the rule, without it)
MONTH_PART_CASES = [
    (
        "The two leaders agreed to meet again in the first half of December at the Lake Summit.",
        "Lake Summit",
        "2017-10-26",
        "summit",
        True,
        "2017-12",
        None,
    ),
    (
        "The Pine Forum will be held in the last week of March in Kazan.",
        "Pine Forum",
        "2019-01-10",
        "forum",
        False,
        "2019-03",
        None,
    ),
    (
        "We will see each other again at the Harbour Conference during the second half of "
        "February.",
        "Harbour Conference",
        "2016-11-20",
        "conference",
        False,
        "2017-02",
        None,
    ),
    (
        "The delegates gathered at the start of June for the Lake Congress.",
        "Lake Congress",
        "2012-09-01",
        "conference",
        True,
        "2012-06",
        None,
    ),
    # not fired: a part of the year, not of a month
    (
        "The Lake Summit is planned for the first half of the year.",
        "Lake Summit",
        "2017-10-26",
        "summit",
        True,
        None,
        None,
    ),
    # not fired: a lower-case "may" is no month
    (
        "The ministers may meet in the first half of may at the Lake Summit or later.",
        "Lake Summit",
        "2017-01-26",
        "summit",
        False,
        None,
        None,
    ),
    # a year after the month: the month and year as before
    (
        "They agreed to hold the Pine Summit in the first half of March 2003.",
        "Pine Summit",
        "2002-12-01",
        "summit",
        True,
        "2003-03",
        "2003-03",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "name", "doc_date", "kind", "narrative", "expected", "without"),
    MONTH_PART_CASES,
)
def test_a_part_of_a_month_is_that_month(
    sentence, name, doc_date, kind, narrative, expected, without
):
    assert date_of(sentence, name, doc_date, kind, narrative) == expected
    assert date_of(sentence, name, doc_date, kind, narrative, WITHOUT_PARTS) == without


# (title, text, document's date, name, with the rule, without it)
PROGRAMME_CASES = [
    (
        "On May 5 Vladimir Putin will take part in the Lake Regional Forum",
        "On May 5, the President will take part in the Lake Regional Forum in Oslo.\n\n"
        "The forum’s programme also includes the Pine Youth Forum and a round table.",
        "2016-05-03",
        "Pine Youth Forum",
        "2016-05-05",
        None,
    ),
    (
        "Vladimir Putin will take part in the Lake Economic Forum on June 6–7",
        "On June 6–7, the President will take part in events of the Lake Economic Forum.\n\n"
        "The programme includes the Harbour Investment Forum, as well as the Pine Youth Forum.",
        "2019-06-03",
        "Pine Youth Forum",
        "2019-06",
        None,
    ),
    # not fired: no announcement opens the page
    (
        "Meeting with the Governor",
        "The President met the Governor of the Lake Region.\n\n"
        "The programme also includes the Pine Youth Forum.",
        "2016-05-03",
        "Pine Youth Forum",
        None,
        None,
    ),
    # not fired: the programme is named after the event, not before it
    (
        "On May 5 Vladimir Putin will take part in the Lake Regional Forum",
        "On May 5, the President will take part in the Lake Regional Forum in Oslo.\n\n"
        "Ministers recalled the Pine Youth Forum, whose programme includes a round table.",
        "2016-05-03",
        "Pine Youth Forum",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("title", "text", "date", "name", "expected", "without"), PROGRAMME_CASES)
def test_an_event_in_an_announced_programme_takes_the_announcements_date(
    title, text, date, name, expected, without, monkeypatch, events_component
):
    def date_of_name():
        return {f["name"]: f["date"] for f in _events(text, title, date)}[name]

    assert date_of_name() == expected
    monkeypatch.setattr(
        events_component,
        "rules",
        events_component.rules.edited("events", drop=["announcement_programme_cues"]),
    )
    assert date_of_name() == without


def _dated(*rows):
    return [({"name": name, "kind": kind}, date) for name, kind, date in rows]


# (events of a page in order: (name, kind, date), {index: date with the rule})
SAME_HEAD_CASES = [
    (
        _dated(
            ("Lake City media forum", "forum", "2017-04-03"),
            ("media forum of the Pine Front", "forum", None),
        ),
        {1: "2017-04-03"},
    ),
    (
        _dated(
            ("Olympic and Paralympic Games in Lakeville", "sports", None),
            ("2014 Winter Olympic and Paralympic Games", "sports", "2014"),
        ),
        {0: "2014"},
    ),
    # not fired: each name puts its own words before the head
    (
        _dated(
            ("Eastern Lake Forum", "forum", "2016-09"),
            ("Western Lake Forum", "forum", None),
        ),
        {},
    ),
    # not fired: the undated name is the head alone
    (
        _dated(
            ("Pine Chess World Cup", "sports", "2019"),
            ("World Cup", "sports", None),
        ),
        {},
    ),
    # not fired: two dated events of that head with different dates
    (
        _dated(
            ("Lake City media forum", "forum", "2017-04-03"),
            ("Pine Town media forum", "forum", "2016-05"),
            ("media forum of the Pine Front", "forum", None),
        ),
        {},
    ),
    # not fired: another kind, or a kind of `not_kinds`
    (
        _dated(
            ("Lake City media forum", "conference", "2017-04-03"),
            ("media forum of the Pine Front", "forum", None),
        ),
        {},
    ),
    (
        _dated(
            ("Pineland presidential election", "election", "2016-11"),
            ("presidential election in Lakeland", "election", None),
        ),
        {},
    ),
    # not fired: another head
    (
        _dated(
            ("Lake City media forum", "forum", "2017-04-03"),
            ("youth forum of the Pine Front", "forum", None),
        ),
        {},
    ),
]


@pytest.mark.parametrize(("dated", "expected"), SAME_HEAD_CASES)
def test_an_undated_event_named_with_a_dated_events_head_takes_its_date(dated, expected):
    assert dates_from_same_head(RULES, dated) == expected
    assert dates_from_same_head(WITHOUT_COREFERENCE, dated) == {}


def test_a_page_dates_a_later_mention_by_the_same_head(monkeypatch, events_component):
    title, text = (
        "Meeting with Government members",
        "The Lake City media forum took place on April 3.\n\n"
        "Vladimir Putin: I have looked at the points raised at the media forum of the Pine Front.",
    )

    def dates():
        return {f["name"]: f["date"] for f in _events(text, title, "2017-04-12")}

    with_rule = dates()
    assert with_rule["media forum of the Pine Front"] == "2017-04-03"
    monkeypatch.setattr(
        events_component,
        "rules",
        events_component.rules.edited("events", drop=["same_head_coreference"]),
    )
    assert dates()["media forum of the Pine Front"] is None


WITHOUT_AFTER = RULES.edited("events", drop=["narrative_after_event_openings"])

# (sentence, name, document's date, kind, narrative, with the rule, without it)
AFTER_EVENT_CASES = [
    (
        "Following the Lake Summit, the President answered journalists’ questions.",
        "Lake Summit",
        "2019-06-29",
        "summit",
        True,
        "2019-06-29",
        "2019-06",
    ),
    (
        "After the Pine Regional Forum, the two presidents watched a new film.",
        "Pine Regional Forum",
        "2016-10-04",
        "forum",
        True,
        "2016-10-04",
        None,
    ),
    (
        "Following the latest session of the Harbour Council, the President said that the "
        "organisation had grown stronger.",
        "session of the Harbour Council",
        "2005-06-23",
        "meeting",
        True,
        "2005-06-23",
        "2005-06",
    ),
    (
        "At the end of the Lake Summit the leaders posed for a group photograph.",
        "Lake Summit",
        "2001-07-22",
        "summit",
        True,
        "2001-07-22",
        None,
    ),
    (
        "Shortly before the Harbour Summit, the two leaders exchanged views on trade.",
        "Harbour Summit",
        "2020-03-26",
        "summit",
        True,
        "2020-03-26",
        None,
    ),
    # not fired: a speaker's words
    (
        "Following the Lake Summit, we answered journalists’ questions.",
        "Lake Summit",
        "2019-06-29",
        "summit",
        False,
        None,
        None,
    ),
    # not fired: the sentence does not open with the cue
    (
        "The ministers wrote a report again following the Lake Summit.",
        "Lake Summit",
        "2019-06-29",
        "summit",
        True,
        "2019-06",
        "2019-06",
    ),
    # not fired: too many words between the cue and the name
    (
        "After a long dinner of the Lake Summit participants, the leaders met alone.",
        "Lake Summit",
        "2005-07-07",
        "summit",
        True,
        None,
        None,
    ),
    # a date the sentence says is kept
    (
        "Following the Lake Summit in March, the ministers met in Oslo.",
        "Lake Summit",
        "2019-06-29",
        "summit",
        True,
        "2019-03",
        "2019-03",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "name", "doc_date", "kind", "narrative", "expected", "without"),
    AFTER_EVENT_CASES,
)
def test_a_report_opening_by_following_an_event_is_of_the_documents_day(
    sentence, name, doc_date, kind, narrative, expected, without
):
    assert date_of(sentence, name, doc_date, kind, narrative) == expected
    assert date_of(sentence, name, doc_date, kind, narrative, WITHOUT_AFTER) == without


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Before the Lake Council session, the President met farmers.", "2005-06-17"),
        ("After the end of the Lake Council session, the leaders made a statement.", "2005-06-17"),
        # not fired: "ahead of" may be days before
        ("Ahead of the Lake Council session, the President met farmers.", None),
    ],
)
def test_a_report_opening_before_an_event_is_of_the_documents_day(sentence, expected):
    name = "Lake Council session"
    assert date_of(sentence, name, "2005-06-17", "meeting", True) == expected
    assert date_of(sentence, name, "2005-06-17", "meeting", True, WITHOUT_AFTER) is None
