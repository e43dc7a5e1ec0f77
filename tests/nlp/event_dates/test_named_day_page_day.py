"""Event dates of issue 12 round cx (judging conventions C1/C2): a named day ("Lake Press
Day") that nothing but the page dates takes the page's day when a news report's sentence
opens with it ("On Lake Press Day, the President visited ...") or a sentence congratulates
someone on a holiday named by it in apposition ("on their professional holiday, Lake Rescue
Day"); events.json's `named_day_doc_day`. Rows with and without the key, and rows where it must
not fire. The sentences are invented."""

import pytest
from conftest import page_event_dates

from pipeline.nlp.event_dates import named_day_doc_day
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT = RULES.edited("events", named_day_doc_day={})
DAY = "2031-04-15"


def _date(sentence, name, date, narrative, rules=RULES):
    return named_day_doc_day(rules, name, sentence, sentence.index(name), date, DAY, narrative)


# (sentence, name, date the other rules gave, narrative)
FIRES = [
    ("On Lake Press Day, the President visited a printing house.", "Lake Press Day", None, True),
    (
        "On the occasion of Pine Rescue Day the President met the crews.",
        "Pine Rescue Day",
        "2031-04",
        True,
    ),
    (
        "The President congratulated the staff on their professional holiday, Lake Rescue Day.",
        "Lake Rescue Day",
        "2031-04",
        True,
    ),
    (
        "I congratulate you on your professional holiday – Pine Sailors’ Day.",
        "Pine Sailors’ Day",
        "2031",
        False,
    ),
    ("On the Day of Lake Unity, the President laid flowers.", "Day of Lake Unity", None, True),
]


@pytest.mark.parametrize("sentence, name, date, narrative", FIRES)
def test_the_page_s_day(sentence, name, date, narrative):
    assert _date(sentence, name, date, narrative) == DAY
    assert _date(sentence, name, date, narrative, WITHOUT) is None


STAYS = [
    # a speaker's opening may tell of another day
    ("On Lake Press Day we will meet again.", "Lake Press Day", None, False),
    ("On Lake Press Day, the President will visit a printing house.", "Lake Press Day", None, True),
    ("He congratulated them on the upcoming Lake Rescue Day.", "Lake Rescue Day", "2031-04", True),
    (
        "The President congratulated the staff on their professional holiday, Lake Rescue Day, "
        "which they recently marked.",
        "Lake Rescue Day",
        "2031-04",
        True,
    ),
    ("They spoke about Lake Press Day at length.", "Lake Press Day", None, True),  # no cue
    (
        "On Lake Press Day, the President met editors.",
        "Lake Press Day",
        "2030-01-13",
        True,
    ),  # dated
    ("On the Lake Forum, the President spoke.", "Lake Forum", None, True),  # not a day
]


@pytest.mark.parametrize("sentence, name, date, narrative", STAYS)
def test_not_the_page_s_day(sentence, name, date, narrative):
    assert _date(sentence, name, date, narrative) is None


def test_a_page_opening_with_the_day():
    dates = page_event_dates(
        "On Pineland Radio Day, the President visited the Lakeside radio station.",
        "Visit to a radio station",
        DAY,
    )
    assert dates.get("Pineland Radio Day") == DAY
