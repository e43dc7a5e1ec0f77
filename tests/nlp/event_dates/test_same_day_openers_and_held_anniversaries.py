"""Event dates of issue 12 round bb (short news pages): a news report's sentence that opens
with a cue of the page's day ("Earlier in the day, the Premier took part in the Lake Forum")
dates an event the other rules gave the page's month to the page's day (events.json's
`same_day_report_openers`); an anniversary or named day that a reception, concert or gala is held
for ("A reception in honour of the Day of Lake Unity was given") is of the page's day
(`anniversary_event_held_day`); an anniversary's own ordinal ("the 2000th anniversary") is no year
its count runs from. Each row of the first kind is checked with the installed rules and without
the round's key; the sentences are invented."""

import pytest
from conftest import event_date_of as date_of
from conftest import page_event_dates

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
# the installed rules without the round's key: what the rows said before it
WITHOUT = RULES.edited("events", drop=["same_day_report_openers", "anniversary_event_held_day"])

# (sentence, name, page's date, kind, news report, with the rules, without them)
CASES = [
    (
        "Earlier in the day, the Premier took part in the Lake Youth Forum at the Pinetown works.",
        "Lake Youth Forum",
        "2031-03-06",
        "forum",
        True,
        "2031-03-06",
        "2031-03",
    ),
    (
        "Earlier that day both governors participated in the final round of the Pine Road forum.",
        "Pine Road forum",
        "2031-05-14",
        "forum",
        True,
        "2031-05-14",
        "2031-05",
    ),
    (
        "Earlier in the day, the Premier attended the Lake Valley Tech Forum in Pinetown and "
        "visited several stands at the exhibition.",
        "Lake Valley Tech Forum",
        "2031-08-28",
        "forum",
        True,
        "2031-08-28",
        "2031-08",
    ),
    # no verb of taking part: preparations are no sign the event is that day
    (
        "Earlier in the day, the President discussed preparations for the Lake Youth Forum.",
        "Lake Youth Forum",
        "2031-03-06",
        "forum",
        True,
        None,
        None,
    ),
    # not in a speaker's turn
    (
        "Earlier in the day, the Premier took part in the Lake Youth Forum at the Pinetown works.",
        "Lake Youth Forum",
        "2031-03-06",
        "forum",
        False,
        None,
        None,
    ),
    # a date of its own is kept
    (
        "Earlier in the day, the President spoke of the Lake Youth Forum he attended on "
        "February 2.",
        "Lake Youth Forum",
        "2031-03-06",
        "forum",
        True,
        "2031-02-02",
        "2031-02-02",
    ),
    # a year is kept: the opener does not say the event is that day
    (
        "Later the same day, the President will attend the draw for the 2034 Lake Cup.",
        "2034 Lake Cup",
        "2031-11-30",
        "sports",
        True,
        "2034",
        "2034",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "name", "doc_date", "kind", "narrative", "expected", "without"), CASES
)
def test_issue_12bb_same_day_openers(sentence, name, doc_date, kind, narrative, expected, without):
    assert date_of(sentence, name, doc_date, kind, narrative) == expected
    assert date_of(sentence, name, doc_date, kind, narrative, rules=WITHOUT) == without


def test_issue_12bb_same_day_opener_on_a_page():
    dates = page_event_dates(
        "Earlier in the day, the Premier took part in the Lake Youth Forum in Pinetown."
        "\n\nHe then met the region's governor.",
        "Meeting with the Governor of the Lake Region",
        "2031-03-06",
    )
    assert dates == {"Lake Youth Forum": "2031-03-06"}


@pytest.mark.parametrize(
    ("sentence", "name", "doc_date", "narrative", "expected"),
    [
        # the ordinal counts years: no base year of 2000, so no year 4000
        (
            "Pilgrims gathered in Pinetown for celebrations to mark the 2000th anniversary of the "
            "Lake Church.",
            "2000th anniversary of the Lake Church",
            "2000-01-07",
            True,
            "2000-01",
        ),
        (
            "The old town marked the 2010th anniversary of its founding with a fair.",
            "2010th anniversary of its founding",
            "2010-05-07",
            True,
            "2010-05",
        ),
        # a year written in the name is still the base: the 30th anniversary of the 2001 accord
        (
            "The ministers marked the 30th anniversary of the 2001 Lake Accord.",
            "30th anniversary of the 2001 Lake Accord",
            "2031-05-07",
            True,
            "2031",
        ),
    ],
)
def test_issue_12bb_ordinal_is_no_base_year(sentence, name, doc_date, narrative, expected):
    date = date_of(sentence, name, doc_date, "anniversary", narrative)
    assert date == expected
    assert int(date[:4]) <= int(doc_date[:4])


# (sentence, name, page's date, news report, with the rules, without them)
HELD = [
    (
        "A reception in honour of the Day of Lake Unity was given.",
        "Day of Lake Unity",
        "2031-06-12",
        True,
        "2031-06-12",
        None,
    ),
    (
        "The President at a reception marking the Day of Pine Friendship said that unity matters.",
        "Day of Pine Friendship",
        "2031-11-04",
        True,
        "2031-11-04",
        "2031-11",
    ),
    (
        "The President visited the concert celebrating the Day of Lakeland.",
        "Day of Lakeland",
        "2031-06-12",
        True,
        "2031-06-12",
        "2031-06",
    ),
    (
        "The Premier congratulated the guests of a Pinetown gala held to mark the 65th "
        "anniversary of the Lake Friendship Society.",
        "65th anniversary of the Lake Friendship Society",
        "2031-10-09",
        True,
        "2031-10-09",
        "2031-10",
    ),
    # a time to come: the month is kept
    (
        "The Premier will address a gala evening dedicated to the 45th anniversary of the "
        "Lake Institute.",
        "45th anniversary of the Lake Institute",
        "2031-10-03",
        True,
        "2031-10",
        "2031-10",
    ),
    # celebrations run over days: no single evening
    (
        "He valued their part in the celebrations in Pinetown marking the 60th anniversary of "
        "the Lake Victory.",
        "60th anniversary of the Lake Victory",
        "2031-06-12",
        True,
        "2031-06",
        "2031-06",
    ),
    # not in a speaker's turn
    (
        "A reception in honour of the Day of Lake Unity was given.",
        "Day of Lake Unity",
        "2031-06-12",
        False,
        None,
        None,
    ),
]


@pytest.mark.parametrize(("sentence", "name", "doc_date", "narrative", "expected", "without"), HELD)
def test_issue_12bb_event_held_for_anniversary(
    sentence, name, doc_date, narrative, expected, without
):
    assert date_of(sentence, name, doc_date, "anniversary", narrative) == expected
    assert date_of(sentence, name, doc_date, "anniversary", narrative, rules=WITHOUT) == without
