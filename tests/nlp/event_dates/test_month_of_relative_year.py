"""Event dates of issue 12 round du: a month or a day followed by "of last year", "of this
year", "of next year" (or "of the previous / following / current year") is one date, in the
year the words say ("in May of last year", said in 2031, is 2030-05; "on May 15 of next year"
is 2032-05-15); before the round the month or the day was read alone and took the page's
year. "This day next year, May 15" is that day of next year. The forms without "of ... year"
keep their dates. The sentences are invented."""

import pytest
from conftest import event_date_of as date_of

from pipeline.nlp.event_dates import _DATE_PATTERNS, resolve_date

PAGE = "2031-05-15"

# (sentence, name, kind, expected)
FIRES = [
    ("We met at the Pine Forum in Lakeland in May of last year.", "Pine Forum", "forum", "2030-05"),
    (
        "We met at the Pine Forum in Lakeland in May of the previous year.",
        "Pine Forum",
        "forum",
        "2030-05",
    ),
    (
        "The Pine Forum in Lakeland was held in March of this year.",
        "Pine Forum",
        "forum",
        "2031-03",
    ),
    (
        "The Pine Forum in Lakeland was held in March of the current year.",
        "Pine Forum",
        "forum",
        "2031-03",
    ),
    (
        "The Pine Forum in Lakeland will be held in May of next year.",
        "Pine Forum",
        "forum",
        "2032-05",
    ),
    (
        "The Pine Forum in Lakeland will be held in May of the following year.",
        "Pine Forum",
        "forum",
        "2032-05",
    ),
    (
        "The Pine Forum in Lakeland will open on May 15 of next year.",
        "Pine Forum",
        "forum",
        "2032-05-15",
    ),
    (
        "The Pine Forum in Lakeland opened on May 15 of last year.",
        "Pine Forum",
        "forum",
        "2030-05-15",
    ),
    (
        "The Pine Forum in Lakeland opened on May 15th, of the previous year.",
        "Pine Forum",
        "forum",
        "2030-05-15",
    ),
    # a month after the page's, said in the past: the words' year, not the tense's
    (
        "The Pine Forum in Lakeland was held in November of last year.",
        "Pine Forum",
        "forum",
        "2030-11",
    ),
    (
        "The Pine Forum in Lakeland was held in November of this year.",
        "Pine Forum",
        "forum",
        "2031-11",
    ),
    # the day of next year said before it
    (
        "The Pine Forum in Lakeland will open on this day next year, May 15.",
        "Pine Forum",
        "forum",
        "2032-05-15",
    ),
]


@pytest.mark.parametrize(("sentence", "name", "kind", "expected"), FIRES)
def test_month_of_relative_year_is_one_date(sentence, name, kind, expected):
    assert date_of(sentence, name, PAGE, kind) == expected


# not fired: the forms without "of ... year", unchanged
UNCHANGED = [
    ("The Pine Forum in Lakeland was held in May last year.", "2030-05"),
    ("The Pine Forum in Lakeland was held in May.", "2031-05"),
    ("The Pine Forum in Lakeland was held in November.", "2030-11"),
    ("The Pine Forum in Lakeland opened on May 15.", "2031-05-15"),
    ("The Pine Forum in Lakeland will be held next year.", "2032"),
]


@pytest.mark.parametrize(("sentence", "expected"), UNCHANGED)
def test_forms_without_of_year_unchanged(sentence, expected):
    assert date_of(sentence, "Pine Forum", PAGE, "forum") == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("in May of last year", "m_rel", "2030-05"),
        ("in may of the previous year", "m_rel", "2030-05"),
        ("May last year", "m_rel", "2030-05"),
        ("May 15 of next year", "md_rel", "2032-05-15"),
        ("this day next year, May 15", "rel_md", "2032-05-15"),
        ("the same day last year, May 15", "rel_md", "2030-05-15"),
    ],
)
def test_first_pattern_and_value(text, kind, expected):
    for pattern, k in _DATE_PATTERNS:
        m = pattern.search(text)
        if m:
            assert k == kind
            assert resolve_date(m, k, 2031, 5) == expected
            return
    raise AssertionError(text)


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: the year word is not the month's
        "in May, last year's figures showed",
        "May of last year's",
        "this day next year, May 15, 2040",
        "next year, May 15",
    ],
)
def test_near_misses_are_not_relative_month_dates(text):
    for pattern, k in _DATE_PATTERNS:
        m = pattern.search(text)
        if m and k in ("m_rel", "md_rel", "rel_md"):
            raise AssertionError((text, k, m.group(0)))
