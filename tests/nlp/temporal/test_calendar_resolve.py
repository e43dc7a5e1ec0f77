"""Relative dates resolved by the calendar (round dt65): the expressions `relative_dates` builds
for day, week and month arithmetic get the same day from `_calendar_resolve` as from dateparser,
which stays the resolver of any other phrase."""

import datetime
import subprocess
import sys

import pytest

from pipeline.nlp import temporal
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()

# month ends, leap days, the turn of a year, and an ordinary day
BASES = ["2013-01-31", "2012-02-29", "2012-12-31", "2013-01-01", "2011-03-31", "2014-06-15"]
COUNTS = [*range(0, 41), 59, 99, 100, 365, 366, 999]
EXPRESSIONS = [
    *temporal._FIXED_MOVES,
    *(f"{c} {u}s ago" for c in COUNTS for u in ("day", "week", "month")),
    *(f"in {c} {u}s" for c in COUNTS for u in ("day", "week", "month")),
]


def _dateparser(expression: str, base: str):
    return temporal._dateparser_date(expression, datetime.datetime.strptime(base, "%Y-%m-%d"))


@pytest.mark.parametrize("base", BASES)
def test_calendar_gives_dateparsers_day(base):
    day = datetime.date.fromisoformat(base)
    ours = {e: temporal._calendar_resolve(e, day) for e in EXPRESSIONS}
    assert None not in ours.values()
    assert ours == {e: _dateparser(e, base) for e in EXPRESSIONS}


def test_the_fixed_phrases_of_the_rules_are_all_read_by_the_calendar():
    rules = RULES.get("temporal", required=("relative",)).get("relative_dates", {})
    fixed = {" ".join(k.split()).lower() for k in rules.get("fixed", {})}
    assert fixed <= set(temporal._FIXED_MOVES)


def _months_by_thirty_days(expression, base):
    """A deliberately wrong reader: a month as 30 days."""
    kind, count = temporal._calendar_move(expression)
    return base + datetime.timedelta(days=count * (30 if kind == "month" else 1))


def _months_unclamped(expression, base):
    """A deliberately wrong reader: the month moved, the day kept past the month's end."""
    kind, count = temporal._calendar_move(expression)
    if kind == "day":
        return base + datetime.timedelta(days=count)
    year, month = divmod(base.year * 12 + base.month - 1 + count, 12)
    return datetime.date(year, month + 1, min(base.day, 28))


@pytest.mark.parametrize("wrong", [_months_by_thirty_days, _months_unclamped])
def test_a_wrong_month_reading_differs_from_dateparser(wrong):
    # the comparison above can fail: a reader with wrong month arithmetic disagrees somewhere
    differ = [
        (e, b)
        for b in BASES
        for e in EXPRESSIONS
        if wrong(e, datetime.date.fromisoformat(b)) != _dateparser(e, b)
    ]
    assert differ


@pytest.mark.parametrize(
    ("expression", "base"),
    [
        ("a fortnight ago", "2013-05-20"),  # a phrase the calendar reader does not know
        ("in 999 months", "9999-12-25"),  # past the calendar's last year
        ("999 days ago", "0001-01-05"),  # before its first
    ],
)
def test_other_phrases_go_to_dateparser(expression, base):
    day = datetime.date.fromisoformat(base)
    assert temporal._calendar_resolve(expression, day) is None
    temporal._resolve_day.cache_clear()
    assert temporal._resolve_day(expression, base) == _dateparser(expression, base)


SENTENCES = [
    "Yesterday the Pine Council met, and the day after tomorrow it meets again.",
    "Three weeks ago the delegates arrived; in two months they will leave.",
    "The fair opened 12 days ago and closes in 5 days.",
    "Last month we agreed on the plan, next month we sign it, this month we draft it.",
    "Last week's talks and next week's visit were discussed this week.",
    "The valley forum, two weeks from now, follows one held a month ago.",
    "The day before yesterday, and tomorrow, and 100 months ago.",
    "In 1 day the harbour opens; six months ago it closed.",
    "Four decades ago and seven years ago the bridge was built.",
]
# 2013-04-07 is a Sunday: "last week" is in March, a day less would be in April
DOC_DATES = ["2013-01-31", "2012-02-29", "2012-12-31", "2013-03-01", "2013-07-15", "2013-04-07"]


@pytest.mark.parametrize("date", DOC_DATES)
def test_relative_dates_the_same_as_through_dateparser(monkeypatch, date):
    temporal._resolve_day.cache_clear()
    calls = []
    real = temporal._dateparser_date
    monkeypatch.setattr(temporal, "_dateparser_date", lambda e, b: calls.append(e) or real(e, b))
    ours = [temporal.relative_dates(RULES, s, date) for s in SENTENCES]
    assert calls == []  # dateparser was not asked
    # the same sentences with the calendar reader off: every expression goes to dateparser
    temporal._resolve_day.cache_clear()
    monkeypatch.setattr(temporal, "_calendar_resolve", lambda e, b: None)
    theirs = [temporal.relative_dates(RULES, s, date) for s in SENTENCES]
    temporal._resolve_day.cache_clear()
    assert calls  # the run above did go through dateparser
    assert ours == theirs
    assert sum(map(len, ours)) >= 15


def test_relative_dates_do_not_import_dateparser():
    code = (
        "import sys\n"
        "from pipeline.nlp.rules import installed_rules\n"
        "from pipeline.nlp.temporal import relative_dates\n"
        "rules = installed_rules()\n"
        f"for s in {SENTENCES!r}:\n"
        "    assert relative_dates(rules, s, '2013-01-31')\n"
        "print('dateparser' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# review66: the calendar's first and last days, and counts a rule set with other numbers may
# build (none, very large, past the calendar either way): the same day as dateparser's, or
# None where dateparser gives none, and always a `datetime.date`
EDGE_BASES = ["0001-01-01", "0001-01-31", "0001-12-31", "9999-12-01", "9999-12-31", "2000-02-29"]
EDGE_COUNTS = [0, 1, 12, 5000, 36500, 1_000_000, 3_000_000, 10_000_000, 10**20]
EDGE_EXPRESSIONS = [
    *temporal._FIXED_MOVES,
    *(f"{c} {u}s ago" for c in EDGE_COUNTS for u in ("day", "week", "month")),
    *(f"in {c} {u}s" for c in EDGE_COUNTS for u in ("day", "week", "month")),
    "in 01 weeks",  # a count with a leading zero (the rules build none: int() drops it)
]


@pytest.mark.parametrize("base", EDGE_BASES)
def test_the_calendars_edges_and_large_counts_as_dateparser(base):
    temporal._resolve_day.cache_clear()
    ours = {e: temporal._resolve_day(e, base) for e in EDGE_EXPRESSIONS}
    temporal._resolve_day.cache_clear()
    assert ours == {e: _dateparser(e, base) for e in EDGE_EXPRESSIONS}
    assert {type(d) for d in ours.values()} <= {datetime.date, type(None)}
    assert any(d is None for d in ours.values()) and any(d is not None for d in ours.values())
