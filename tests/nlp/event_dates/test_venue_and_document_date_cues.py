"""Event dates from cues of issue 12m: a news report's meeting or words at an event under way
(`narrative_venue_cues`), a date that is a document's or a holiday's (`other_document_date_cues`),
and "in a few days" that may cross into another month (temporal.json's
`relative_dates.vague_days_year_across_month`). Each rule has rows that fail without it and rows
where it must not fire."""

import json

import pytest
from conftest import event_date_of as date_of

from pipeline.nlp.rules import installed_rules
from pipeline.nlp.temporal import relative_dates

RULES = installed_rules()
_EVENT_KEYS = (
    "narrative_venue_cues",
    "other_document_date_cues",
    "event_day_cues",
    "present_perfect_month_cues",
)
# the installed rules without the keys of issue 12m: what the rows say without them
WITHOUT = RULES.edited("events", drop=_EVENT_KEYS)
_RELATIVE = json.loads(RULES.texts["temporal"])["relative_dates"]
WITHOUT_YEAR = RULES.edited(
    "temporal",
    relative_dates={k: v for k, v in _RELATIVE.items() if k != "vague_days_year_across_month"},
)


# (sentence, name, document's date, kind, narrative, with the rules, without them); the first
# three give the document's day since issue 12 round at (`narrative_venue_cues.doc_day`; the
# month of issue 12m before: the day refines it)
VENUE_CASES = [
    (
        "The President met with foreign investors at the Harbour Economic Forum.",
        "Harbour Economic Forum",
        "2015-06-19",
        "forum",
        True,
        "2015-06-19",
        None,
    ),
    (
        "The Queen and the King met with all the participants in the Pine Coast Summit.",
        "Pine Coast Summit",
        "2004-11-20",
        "summit",
        True,
        "2004-11-20",
        None,
    ),
    (
        "Press freedom is growing every year, the Prime Minister said at the Lake Press Congress.",
        "Lake Press Congress",
        "2008-05-12",
        "conference",
        True,
        "2008-05-12",
        None,
    ),
    # not fired: a speaker's turn (a speech tells of other days too)
    (
        "I met with foreign investors at the Harbour Economic Forum.",
        "Harbour Economic Forum",
        "2015-06-19",
        "forum",
        False,
        None,
        None,
    ),
    # not fired: a meeting to come
    (
        "He said he was looking forward to seeing the Chancellor at the Harbour Economic Forum.",
        "Harbour Economic Forum",
        "2015-06-19",
        "forum",
        True,
        None,
        None,
    ),
    # not fired: the meeting's own place follows ("at a reception"); the Games are past
    (
        "The President met with the medal winners at the Northern Games at a reception in Oslo.",
        "Northern Games",
        "2010-10-06",
        "sports",
        True,
        None,
        None,
    ),
    # not fired: a date of its own is kept
    (
        "The President met with investors at the Harbour Economic Forum in June 2012.",
        "Harbour Economic Forum",
        "2015-06-19",
        "forum",
        True,
        "2012-06",
        "2012-06",
    ),
]

UNDER_WAY_CASES = [
    (
        "On the morning of the second day of the Lake Book Festival, the winners were awarded.",
        "Lake Book Festival",
        "2007-10-04",
        "festival",
        True,
        "2007-10-04",
        None,
    ),
    (
        "The Prime Minister began the final day of the Pine Summit with a working breakfast.",
        "Pine Summit",
        "2013-07-08",
        "summit",
        True,
        "2013-07-08",
        None,
    ),
    (
        "The Northern Reindeer Games have begun in the Olkha District.",
        "Northern Reindeer Games",
        "2016-06-15",
        "sports",
        False,
        "2016-06",
        None,
    ),
    # not fired: a speaker's turn tells of the first day of another year's summit
    (
        "On the first day of the Pine Summit we agreed on the budget.",
        "Pine Summit",
        "2013-07-08",
        "summit",
        False,
        None,
        None,
    ),
    # not fired: another time
    (
        "By the time you arrive, the Northern Reindeer Games will have begun in Oslo.",
        "Northern Reindeer Games",
        "2016-06-15",
        "sports",
        True,
        None,
        None,
    ),
]

OTHER_DATE_CASES = [
    (
        "He signed the order under Resolution No. 7, On the Results of the Lake Referendum, "
        "dated March 4, 2011, and the law.",
        "Lake Referendum",
        "2011-03-05",
        "election",
        True,
        "2011",  # "the results of": the document's year, not the resolution's day
        "2011-03-04",
    ),
    (
        "He congratulated the people on the June 3 holiday, stressing the importance of the "
        "forthcoming Harbour Forum in Oslo.",
        "Harbour Forum",
        "2006-06-03",
        "forum",
        True,
        None,
        "2006-06-03",
    ),
    # not fired: a date of the event itself
    (
        "The Harbour Forum will open on June 3 in Oslo.",
        "Harbour Forum",
        "2006-05-20",
        "forum",
        True,
        "2006-06-03",
        "2006-06-03",
    ),
    # not fired: "the" and a date, and no holiday after it
    (
        "The leaders met at the June 3 Harbour Forum in Oslo.",
        "Harbour Forum",
        "2006-06-10",
        "forum",
        True,
        "2006-06-03",
        "2006-06-03",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "name", "doc_date", "kind", "narrative", "expected", "without"),
    VENUE_CASES + UNDER_WAY_CASES + OTHER_DATE_CASES,
)
def test_issue_12m_cues_date_or_undate_an_event(
    sentence, name, doc_date, kind, narrative, expected, without
):
    assert date_of(sentence, name, doc_date, kind, narrative) == expected
    assert date_of(sentence, name, doc_date, kind, narrative, rules=WITHOUT) == without


# (sentence, document's date, with the rule, without it)
FEW_DAYS_CASES = [
    ("The leaders will meet at the Lake Summit in a few days.", "2001-07-26", "2001", None),
    ("The summit was held a few days ago.", "2009-03-04", "2009", None),
    # within the month: the month, with or without the rule
    ("The leaders will meet in a few days.", "2001-07-10", "2001-07", "2001-07"),
    # not fired: the few days may reach into another year
    ("The leaders will meet in the coming days.", "2001-12-28", None, None),
    ("The summit was held a few days ago.", "2009-01-03", None, None),
]


@pytest.mark.parametrize(("sentence", "doc_date", "expected", "without"), FEW_DAYS_CASES)
def test_a_few_days_across_a_month_give_the_documents_year(sentence, doc_date, expected, without):
    def found(rules):
        dates = [d.date for d in relative_dates(rules, sentence, doc_date)]
        return dates[0] if dates else None

    assert found(RULES) == expected
    assert found(WITHOUT_YEAR) == without


def test_a_few_days_date_an_event_in_the_documents_year():
    sentence = "The heads of state are planning to meet for the Lake Summit in Oslo in a few days."
    assert date_of(sentence, "Lake Summit", "2001-07-26", "summit", True) == "2001"


def _events(text: str, title: str, date: str) -> list[dict]:
    from pipeline import extract_facts
    from pipeline.speech import Speech

    speech = Speech(
        doc_id="t", source="<test>", paragraphs=text.split("\n\n"), title=title, date=date
    )
    return list(extract_facts(speech, types="event"))


# (title, text, document's date, {name: date with the rule}, {name: date without it})
TITLE_CASES = [
    # issue 12 round ag: "sent greetings to the participants of the forum" now gives the
    # page's day by itself (greeting_participants_day), so the sentence here, which was that
    # greeting, is one that gives the month without the title ("has opened")
    (
        "Greetings on opening of 9th Lake Youth Forum",
        "The 9th Lake Youth Forum has opened in Pinetown.",
        "2019-08-19",
        {"9th Lake Youth Forum": "2019-08-19"},
        {"9th Lake Youth Forum": "2019-08"},
    ),
    (
        "Greetings on the opening of the Pine Readings International Forum",
        "The President greeted the participants. The Fifth Pine Readings bring together experts.",
        "2019-06-10",
        {"Fifth Pine Readings": "2019-06-10"},
        {"Fifth Pine Readings": None},
    ),
    # not fired: an event the title does not name (its last word is not in the title), an
    # event with a date of its own, and an anniversary the forum is dedicated to
    (
        "Greetings on opening of 6th Lake Youth Forum",
        "The forum is timed to the Lake Petroleum Congress of 2014.",
        "2019-06-23",
        {"Lake Petroleum Congress": "2014"},
        {"Lake Petroleum Congress": "2014"},
    ),
    (
        "Greetings on opening of 75th Anniversary of Victory Lake Youth Forum",
        "The President greeted the Lake Youth Forum dedicated to the 75th anniversary of Victory "
        "of the 1941–1945 Great Patriotic War.",
        "2020-05-06",
        {
            "Lake Youth Forum": "2020-05-06",
            # the forum marks the anniversary ("dedicated to"): 12l's
            # anniversary_date_from_marking_event gives it the forum's day
            "75th anniversary of Victory of the 1941–1945 Great Patriotic War": "2020-05-06",
            # the war inside the anniversary (issue 12 round ah), dated by the span of years
            # its name opens with (round ak, inside_war_span_years)
            "1941–1945 Great Patriotic War": "1941",
        },
        {
            "Lake Youth Forum": "2020",
            "75th anniversary of Victory of the 1941–1945 Great Patriotic War": "2020",
            "1941–1945 Great Patriotic War": "1941",
        },
    ),
    # not fired: a title of another kind (the greeting of the participants gives the page's
    # day by itself since issue 12 round ag, greeting_participants_day; the month before)
    (
        "Meeting on preparations for the opening of the Lake Youth Forum",
        "The President sent greetings to the participants of the Lake Youth Forum.",
        "2019-08-19",
        {"Lake Youth Forum": "2019-08-19"},
        {"Lake Youth Forum": "2019-08-19"},
    ),
]


@pytest.mark.parametrize(("title", "text", "date", "expected", "without"), TITLE_CASES)
def test_a_greetings_page_on_an_opening_gives_the_documents_day(
    title, text, date, expected, without, monkeypatch, events_component
):
    def dates():
        return {f["name"]: f["date"] for f in _events(text, title, date)}

    assert dates() == expected
    component = events_component
    monkeypatch.setattr(
        component,
        "rules",
        component.rules.edited("events", drop=["greetings_opening_titles", "present_day_cues"]),
    )
    assert dates() == without
