"""Event dates of issue 12 round ds: a range of days written after its month and closed by a
year ("January 12–18, 1943", "from January 12 to 18, 1943") is dated by its first day in the
written year; before the round its first day ("January 12") was read as a bare day and took the
page's year. A range of months closed by a year ("in January–March 1943", "from May to July
1943") is dated by its first month in that year (a first month later than the last is the year
before). A range with no year still resolves against the page's date, as before; the forms
already read (day before the month, across two months) keep their dates. The sentences are
invented."""

import pytest
from conftest import event_date_of as date_of

from pipeline.nlp.event_dates import date_in_name, range_end
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()

# (sentence, name, page's date, kind, expected)
FIRES = [
    # a range of days after the month, each joiner, then the year
    ("The Pine Offensive was fought on March 3–9, 1951.", "Pine Offensive", "battle"),
    ("The Pine Offensive was fought on March 3-9, 1951.", "Pine Offensive", "battle"),
    ("The Pine Offensive was fought on March 3 — 9, 1951.", "Pine Offensive", "battle"),
    ("The Pine Offensive was fought from March 3 to 9, 1951.", "Pine Offensive", "battle"),
    ("The Pine Offensive was fought March 3 through 9, 1951.", "Pine Offensive", "battle"),
    ("The Pine Offensive was fought on March 3rd–9th, 1951.", "Pine Offensive", "battle"),
    ("The Pine Offensive was fought on March 3–9 1951 near Lakeland.", "Pine Offensive", "battle"),
    ("The Heron Cup of Lakeland ran on March 3–9, 1951.", "Heron Cup of Lakeland", "sports"),
    ("On March 3–9, 1951, the Heron Cup of Lakeland was held.", "Heron Cup of Lakeland", "sports"),
    # two days joined by "and": the first one, in the written year
    ("The Pine Fair of crafts opened on March 3 and 9, 1951.", "Pine Fair", "exhibition"),
]


@pytest.mark.parametrize(("sentence", "name", "kind"), FIRES)
def test_day_range_after_month_takes_written_year(sentence, name, kind):
    assert date_of(sentence, name, "2031-03-20", kind, narrative=True) == "1951-03-03"


# (sentence, name, page's date, kind, expected): the forms read before the round, unchanged
UNCHANGED = [
    # a bare day with its year
    (
        "The Pine Offensive was fought on March 3, 1951.",
        "Pine Offensive",
        "2031-03-20",
        "1951-03-03",
    ),
    # a range of days before the month, with its year
    (
        "The Pine Offensive was fought on 3–9 March 1951.",
        "Pine Offensive",
        "2031-03-20",
        "1951-03-03",
    ),
    # across two months, with a year after the last day
    (
        "The Pine Offensive was fought on March 29 – April 2, 1951.",
        "Pine Offensive",
        "2031-03-20",
        "1951-03-29",
    ),
    (
        "The Pine Offensive was fought from 29 March to 2 April 1951.",
        "Pine Offensive",
        "2031-03-20",
        "1951-03-29",
    ),
    # across a year's end, the year written after the last day: the first day is the year before
    (
        "The Pine Offensive was fought on December 28 – January 3, 1951.",
        "Pine Offensive",
        "2031-03-20",
        "1950-12-28",
    ),
]


@pytest.mark.parametrize(("sentence", "name", "page", "expected"), UNCHANGED)
def test_ranges_read_before_keep_their_dates(sentence, name, page, expected):
    assert date_of(sentence, name, page, "war", narrative=True) == expected


# not fired: a range with no year resolves against the page's date as a bare day does
NO_YEAR = [
    ("The Heron Cup of Lakeland ran on March 3–9.", "2031-03-20", "2031-03-03"),
    ("The Heron Cup of Lakeland ran from March 3 to 9.", "2031-03-20", "2031-03-03"),
    ("The Heron Cup of Lakeland was held on November 3–9.", "2031-03-20", "2030-11-03"),
    ("The Heron Cup of Lakeland will run on March 3–9.", "2031-11-20", "2032-03-03"),
    # across a year's end, said after it: the first day is last December
    ("The Heron Cup of Lakeland was held on December 28 – January 3.", "2031-03-20", "2030-12-28"),
    # a range that holds the page's day after its first: the page's day
    (
        "The Heron Cup of Lakeland, which is under way on March 3–9, draws crowds.",
        "2031-03-05",
        "2031-03-05",
    ),
]


@pytest.mark.parametrize(("sentence", "page", "expected"), NO_YEAR)
def test_day_range_without_year_resolves_against_page(sentence, page, expected):
    assert date_of(sentence, "Heron Cup of Lakeland", page, "sports", narrative=True) == expected


def test_range_with_year_holding_page_day_is_page_day():
    """ "on March 3–9, 2031", in a page of March 5, 2031: under way, the page's day, as the same
    range without its year was before the round."""
    sentence = "The Heron Cup of Lakeland, which is under way on March 3–9, 2031, draws crowds."
    assert date_of(sentence, "Heron Cup of Lakeland", "2031-03-05", "sports") == "2031-03-05"
    s = sentence.index("March")
    e = sentence.index(", draws")
    assert range_end(RULES, sentence, s, e, "2031-03-03") == "2031-03-09"
    # a single day with its year has no last day
    one = "The Heron Cup of Lakeland ran on March 3, 2031."
    s = one.index("March")
    assert range_end(RULES, one, s, len(one) - 1, "2031-03-03") is None


# a range of months closed by a year: its first month in that year
MONTHS = [
    ("The Pine Offensive was fought in March–May 1951.", "1951-03"),
    ("The Pine Offensive was fought in March-May 1951.", "1951-03"),
    ("The Pine Offensive was fought from March to May 1951.", "1951-03"),
    ("The Pine Offensive was fought in March through May 1951.", "1951-03"),
    ("The Pine Offensive was fought in March and May, 1951.", "1951-03"),
    ("In March–May 1951, the Pine Offensive was fought.", "1951-03"),
    # a first month later than the last: the year before
    ("The Pine Offensive was fought in November–February 1951.", "1950-11"),
    # not fired: no year (a war takes no date said relative to the page), as before
    ("The Pine Offensive was fought in November–December.", None),
    ("The Pine Offensive was fought in March 1951.", "1951-03"),
]


@pytest.mark.parametrize(("sentence", "expected"), MONTHS)
def test_month_range_takes_written_year(sentence, expected):
    assert date_of(sentence, "Pine Offensive", "2031-03-20", "war", narrative=True) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # no year: the bare month, placed by the tense, as before
        ("The Heron Cup of Lakeland was held in November–December.", "2030-11"),
        ("The Heron Cup of Lakeland was held in March–May.", "2031-03"),
    ],
)
def test_month_range_without_year_unchanged(sentence, expected):
    assert date_of(sentence, "Heron Cup of Lakeland", "2031-03-20", "sports") == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("March–May 2030 Lake regional elections", "2030-03"),
        ("March 2030 Lake regional elections", "2030-03"),
        ("Lake Games 2030", "2030"),
    ],
)
def test_date_in_name(name, expected):
    assert date_in_name(name) == expected
