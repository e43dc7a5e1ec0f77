"""Event dates of issue 12 round df (judging conventions C1/C2): a named day ("Lake Press
Day") that nothing but the page dates takes the page's day when the sentence of its first
mention greets someone on it ("congratulated the crews on Lake Rescue Day", "Happy Pine
Day!"), says it is going on now ("Today, on Lake Day", "It is Pine Day"), or, in a news
report, tells what was done on it or to mark it ("toured a hospital on Lake Children’s Day",
"a meeting marking Pine Day"); events.json's `named_day_greeted_on`. Rows with and without the
key, and rows where it must not fire. The sentences are invented."""

import pytest
from conftest import page_event_dates

from pipeline.nlp.event_dates import named_day_doc_day, named_day_to_come
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT = RULES.edited("events", named_day_greeted_on={})
DAY = "2031-04-15"


def _date(sentence, name, date, narrative, rules=RULES):
    return named_day_doc_day(rules, name, sentence, sentence.index(name), date, DAY, narrative)


# (sentence, name, date the other rules gave, narrative)
FIRES = [
    ("The President congratulated the crews on Lake Rescue Day.", "Lake Rescue Day", None, True),
    ("Let me congratulate everyone on Pine Rocketry Day.", "Pine Rocketry Day", "2031-04", False),
    (
        "I would like to congratulate our guests on the Day of Lakeside Liberation.",
        "Day of Lakeside Liberation",
        "2031-04",
        False,
    ),
    ("Greetings on Pine Gardeners’ Day, friends.", "Pine Gardeners’ Day", None, False),
    ("And, of course, happy Lake Miners’ Day!", "Lake Miners’ Day", None, False),
    (
        "My warm wishes to you all on your professional holiday, Pine Guard Day.",
        "Pine Guard Day",
        None,
        False,
    ),
    ("Today, on Lakeland Day, we honour our builders.", "Lakeland Day", "2031", False),
    ("It is Pine Language Day, so the day is special.", "Pine Language Day", None, False),
    (
        "The President toured a new school on International Lake Children’s Day.",
        "International Lake Children’s Day",
        None,
        True,
    ),
    (
        "The President held a meeting with judges timed for Lake Charter Day.",
        "Lake Charter Day",
        "2031-04",
        True,
    ),
    (
        "The President congratulated the people of Pinetown on the Day of People’s Will.",
        "Day of People’s Will",
        "2031-04",
        True,
    ),  # "Will" of the name is no time to come
    (
        "On International Day of Lake Rivers, the President met ecologists.",
        "International Day of Lake Rivers",
        None,
        True,
    ),
]


@pytest.mark.parametrize("sentence, name, date, narrative", FIRES)
def test_the_page_s_day(sentence, name, date, narrative):
    assert _date(sentence, name, date, narrative) == DAY


@pytest.mark.parametrize("sentence, name, date, narrative", FIRES[:10])
def test_not_without_the_key(sentence, name, date, narrative):
    assert _date(sentence, name, date, narrative, WITHOUT) is None


STAYS = [
    # another time in the sentence
    ("He congratulated them on the upcoming Lake Rescue Day.", "Lake Rescue Day", None, True),
    ("He greeted them last year ahead of Pine Women’s Day.", "Pine Women’s Day", "2031", True),
    ("Next year we will congratulate you on Pine Day again.", "Pine Day", None, False),
    ("I congratulated the crews on Lake Day yesterday.", "Lake Day", "2031-04", False),
    # a speaker tells what was done to mark it: another day
    ("We held a meeting to mark Pine Charter Day.", "Pine Charter Day", "2031-04", False),
    ("We met on Lake Press Day.", "Lake Press Day", None, False),
    # no cue
    ("They spoke about Lake Press Day at length.", "Lake Press Day", None, True),
    # an anniversary named with the day: the anniversary's own date rules
    (
        "The President spoke at the celebrations marking the 60th anniversary of Lake Victory Day.",
        "60th anniversary of Lake Victory Day",
        "2031-04",
        True,
    ),
    # dated otherwise
    ("He congratulated them on Lake Day.", "Lake Day", "2030-06-01", True),
    # not a named day
    ("He congratulated them on the Lake Forum.", "Lake Forum", None, True),
]


@pytest.mark.parametrize("sentence, name, date, narrative", STAYS)
def test_not_the_page_s_day(sentence, name, date, narrative):
    assert _date(sentence, name, date, narrative) is None


def test_a_page_greeting_on_the_day():
    dates = page_event_dates(
        "The President congratulated Pineland’s rescuers on Pine Rescue Day.",
        "Greetings to rescuers",
        DAY,
    )
    assert dates.get("Pine Rescue Day") == DAY


def _to_come(sentence, name, date, rules=RULES):
    return named_day_to_come(rules, name, sentence, sentence.index(name), date, DAY)


TO_COME = [
    "Today I send my warm wishes for the upcoming Pine Science Day.",
    "Today, ahead of a wonderful holiday – Pine Science Day – the award is presented.",
    "Today we meet here on the eve of Pine Science Day.",
]


@pytest.mark.parametrize("sentence", TO_COME)
def test_a_day_to_come_is_not_today(sentence):
    assert _to_come(sentence, "Pine Science Day", DAY) == DAY[:7]
    assert _to_come(sentence, "Pine Science Day", DAY, WITHOUT) is None


NOT_TO_COME = [
    ("Today we celebrate Pine Science Day.", "Pine Science Day", DAY),  # no cue
    # the cue is in another clause
    ("Ahead of the talks, we greet you today on Pine Science Day.", "Pine Science Day", DAY),
    (
        "Today I send my warm wishes for the upcoming Pine Science Day.",
        "Pine Science Day",
        "2031-04-17",
    ),
    ("Today we spoke about the upcoming Lake Forum.", "Lake Forum", DAY),  # not a named day
]


@pytest.mark.parametrize("sentence, name, date", NOT_TO_COME)
def test_not_a_day_to_come(sentence, name, date):
    assert _to_come(sentence, name, date) is None


def test_a_page_greeting_on_a_day_to_come():
    dates = page_event_dates(
        "Today I would like to send warm wishes for the upcoming Pine Science Day.",
        "Meeting with scientists",
        DAY,
    )
    assert dates.get("Pine Science Day") == DAY[:7]
