"""Event dates of issue 12, round r: an anniversary congratulated on or greeted
(`anniversary_congratulation_cues`), an anniversary something coincides with
(`anniversary_coincidence_cues`), a congratulation on an event's opening
(`congratulation_opening_day_cues`), an event joined to another's date ("along with";
`shared_date_joiners`) and a counted number of weeks (temporal.json's
`relative_dates.counted_weeks_by_day`). Each rule has rows that fail without its key and rows
where it must not fire. The sentences are invented."""

import json

import pytest
from conftest import event_date_of as date_of

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT_CONGRATULATION = RULES.edited("events", drop=["anniversary_congratulation_cues"])
WITHOUT_COINCIDENCE = RULES.edited("events", drop=["anniversary_coincidence_cues"])
# (round ao's present_day_cues, "at the opening", would give these rows the day on its own)
WITHOUT_OPENING = RULES.edited(
    "events", drop=["congratulation_opening_day_cues", "present_day_cues"]
)
WITHOUT_JOINERS = RULES.edited("events", drop=["shared_date_joiners"])
_RELATIVE = json.loads(RULES.texts["temporal"])["relative_dates"]
WITHOUT_WEEKS = RULES.edited(
    "temporal",
    relative_dates={k: v for k, v in _RELATIVE.items() if k != "counted_weeks_by_day"},
)


# (sentence, name, document's date, narrative, with the rule, without it)
CONGRATULATION_CASES = [
    # a base year the archive knows ("Victory of the Great Patriotic War"): its year, refined
    (
        "The two leaders exchanged kind greetings on the 75th anniversary of Victory of the "
        "Great Patriotic War.",
        "75th anniversary of Victory of the Great Patriotic War",
        "2020-05-08",
        True,
        "2020-05",
        "2020",
    ),
    (
        "Let me begin by congratulating all of you on the 75th anniversary of Victory of the "
        "Great Patriotic War.",
        "75th anniversary of Victory of the Great Patriotic War",
        "2020-05-06",
        False,
        "2020-05",
        "2020",
    ),
    # no base year: the clause, cut at the list, had no cue
    (
        "The President congratulated the staff of the Lake Institute on their professional "
        "holiday, Lake Workers Day, and the 40th anniversary of the Lake Institute.",
        "40th anniversary of the Lake Institute",
        "2014-03-02",
        True,
        "2014-03",
        None,
    ),
    # not fired: a congratulation to come
    (
        "The President will congratulate the staff of the Lake Institute on their holiday, "
        "Lake Workers Day, and the 40th anniversary of the Lake Institute.",
        "40th anniversary of the Lake Institute",
        "2014-03-02",
        True,
        None,
        None,
    ),
    # not fired: said to be recent, the year as before
    (
        "Recently we congratulated one another on the 75th anniversary of Victory of the Great "
        "Patriotic War.",
        "75th anniversary of Victory of the Great Patriotic War",
        "2020-09-08",
        False,
        "2020",
        "2020",
    ),
    # not fired: the congratulation is on something else ("for" the anniversary); the clause's
    # cue gives the month as before
    (
        "He congratulated the team, which was founded for the 40th anniversary of the Lake "
        "Institute.",
        "40th anniversary of the Lake Institute",
        "2014-03-02",
        True,
        "2014-03",
        "2014-03",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "name", "doc_date", "narrative", "expected", "without"), CONGRATULATION_CASES
)
def test_an_anniversary_congratulated_on_is_of_the_documents_month(
    sentence, name, doc_date, narrative, expected, without
):
    assert date_of(sentence, name, doc_date, "anniversary", narrative) == expected
    assert (
        date_of(sentence, name, doc_date, "anniversary", narrative, WITHOUT_CONGRATULATION)
        == without
    )


COINCIDENCE_CASES = [
    (
        "The Pine Festival of music, which happily coincides with the 120th anniversary of the "
        "Lake Academy, will show the public the best of its art.",
        "120th anniversary of the Lake Academy",
        "2009-10-02",
        "2009",
        None,
    ),
    (
        "Our exhibition is coinciding with the 60th anniversary of the Pine Treaty.",
        "60th anniversary of the Pine Treaty",
        "2011-04-20",
        "2011",
        None,
    ),
    # not fired: a time to come (its own date, as before)
    (
        "Next year the Pine Festival will coincide with the 120th anniversary of the Lake Academy.",
        "120th anniversary of the Lake Academy",
        "2009-10-02",
        "2010",
        "2010",
    ),
    (
        "The Pine Festival will coincide with the 120th anniversary of the Lake Academy.",
        "120th anniversary of the Lake Academy",
        "2009-10-02",
        None,
        None,
    ),
    # not fired: the anniversary is not what something coincides with
    (
        "The festival coincides with a visit, and the 120th anniversary of the Lake Academy "
        "is celebrated widely.",
        "120th anniversary of the Lake Academy",
        "2009-10-02",
        "2009-10",
        "2009-10",
    ),
]


@pytest.mark.parametrize(("sentence", "name", "doc_date", "expected", "without"), COINCIDENCE_CASES)
def test_an_anniversary_something_coincides_with_is_of_the_documents_year(
    sentence, name, doc_date, expected, without
):
    assert date_of(sentence, name, doc_date, "anniversary", True) == expected
    assert date_of(sentence, name, doc_date, "anniversary", True, WITHOUT_COINCIDENCE) == without


# (sentence, name, document's date, kind, with the rule, without it)
OPENING_CASES = [
    (
        "Vladimir Putin congratulated the players and guests of the Pine Hockey Festival on "
        "the opening of its final round.",
        "Pine Hockey Festival",
        "2015-05-04",
        "festival",
        "2015-05-04",
        "2015-05",
    ),
    (
        "The President sent greetings on the opening of the Lake Arts Festival in Sochi.",
        "Lake Arts Festival",
        "2016-02-10",
        "festival",
        "2016-02-10",
        "2016-02",
    ),
    # not fired: a congratulation to come (the opening's month, as before)
    (
        "The President will congratulate the guests of the Lake Arts Festival at the opening.",
        "Lake Arts Festival",
        "2016-02-10",
        "festival",
        "2016-02",
        "2016-02",
    ),
    # not fired: no congratulation (the day now comes from round ao's present_day_cues, "at
    # the opening"; the month without both)
    (
        "The President spoke at the opening of the Lake Arts Festival.",
        "Lake Arts Festival",
        "2016-02-10",
        "festival",
        "2016-02-10",
        "2016-02",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "name", "doc_date", "kind", "expected", "without"), OPENING_CASES
)
def test_a_congratulation_on_an_opening_is_of_the_documents_day(
    sentence, name, doc_date, kind, expected, without
):
    assert date_of(sentence, name, doc_date, kind, True) == expected
    assert date_of(sentence, name, doc_date, kind, True, WITHOUT_OPENING) == without


def _joined_date(sentence, name, doc_date, kind, rules):
    others = [
        o for o in ("Lake Summit", "Pine Forum", "Harbour Games") if o != name and o in sentence
    ]
    return date_of(sentence, name, doc_date, kind, rules=rules, others=others)


JOINED_CASES = [
    (
        "Then comes the Lake Summit on June 8 in Oslo, along with the opening of the Pine Expo "
        "2017 exhibition.",
        "Pine Expo 2017 exhibition",
        "2017-02-27",
        "exhibition",
        "2017-06-08",
        "2017",
    ),
    (
        "We expect the Lake Summit on September 3, together with the Pine Forum.",
        "Pine Forum",
        "2016-05-20",
        "forum",
        "2016-09-03",
        None,
    ),
    # not fired: another link, the date is the other event's
    (
        "We expect the Lake Summit on September 3, and the Pine Forum.",
        "Pine Forum",
        "2016-05-20",
        "forum",
        None,
        None,
    ),
    # not fired: the joined event has a date of its own, nearer
    (
        "We expect the Lake Summit on September 3, along with the Pine Forum in October.",
        "Pine Forum",
        "2016-05-20",
        "forum",
        "2016-10",
        "2016-10",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "name", "doc_date", "kind", "expected", "without"), JOINED_CASES
)
def test_an_event_along_with_another_shares_its_date(
    sentence, name, doc_date, kind, expected, without
):
    assert _joined_date(sentence, name, doc_date, kind, RULES) == expected
    assert _joined_date(sentence, name, doc_date, kind, WITHOUT_JOINERS) == without


WEEKS_CASES = [
    # two weeks after May 17 is May 31, in a calendar week that ends in June
    (
        "In two weeks, the Lake Summit will be held under your chairmanship.",
        "Lake Summit",
        "2017-05-17",
        "2017-05",
        "2017",
    ),
    (
        "The Pine Forum opens three weeks from now.",
        "Pine Forum",
        "2018-01-10",
        "2018-01",
        "2018",
    ),
    # not fired: "next week" stays a calendar week
    (
        "The Lake Summit will be held next week.",
        "Lake Summit",
        "2017-05-17",
        "2017-05",
        "2017-05",
    ),
]


@pytest.mark.parametrize(("sentence", "name", "doc_date", "expected", "without"), WEEKS_CASES)
def test_a_counted_number_of_weeks_is_the_month_of_that_day(
    sentence, name, doc_date, expected, without
):
    assert date_of(sentence, name, doc_date, "summit", False) == expected
    assert date_of(sentence, name, doc_date, "summit", False, WITHOUT_WEEKS) == without
