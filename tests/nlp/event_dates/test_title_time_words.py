"""A time word that names something is no time (round dx73, events.json's `title_time_words`):
in the event's own name, in a quoted title, or capitalised as a title's word; a time word of
running text, a quoted sentence of speech or a heading in title case still dates."""

import re

import pytest
from conftest import page_event_dates

from pipeline.nlp.event_dates import event_date
from pipeline.nlp.event_time_words import (
    _first_letter_class,
    time_words_pattern,
    untimed_spans,
    without_untimed_words,
)
from pipeline.nlp.quick_tests import _FOLDS_TO_ASCII
from pipeline.nlp.rules import installed_rules, phrase_alternation

RULES = installed_rules()


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("a picture show “Lakeland Today” in Pinetown", (), ["Today"]),
        ("the «Pine Tomorrow» quiz for pupils", (), ["Tomorrow"]),
        ('the "Harbour Tonight" radio programme', (), ["Tonight"]),
        ("she won the Lakes of Tomorrow prize", (), ["Tomorrow"]),
        ("the Songs of today festival was loud", ((4, 27),), ["today"]),
        # a time of running text, of speech, of a sentence's start, of a heading
        ("the fair opens today in Pinetown", (), []),
        ("He said: “We open the Lake Fair today.”", (), []),
        ("It rained. Today the fair opened.", (), []),
        ("Harbour Council Opens the Lakeside Fair Today", (), []),
        ("the “Pine Fair” opens tomorrow", (), []),
    ],
)
def test_untimed_spans(text, names, expected):
    assert [text[s:e] for s, e in untimed_spans(RULES, text, names)] == expected


def test_blanked_text_keeps_offsets():
    text = "a picture show “Lakeland Today” opened"
    blanked = without_untimed_words(RULES, text)
    assert len(blanked) == len(text) and "Today" not in blanked and blanked.endswith("” opened")


def date_of(sentence, name, doc_date, kind=None, narrative=False):
    start = sentence.index(name)
    return event_date(
        RULES, name, sentence, start, start + len(name), doc_date, kind, narrative=narrative
    )


@pytest.mark.parametrize(
    ("sentence", "name", "kind", "narrative", "expected"),
    [
        # the time word is the name's: no day (each was the page's day before round dx73)
        (
            "Organisers plan a photo exhibition “Lakeland Today” in Pinetown.",
            "photo exhibition “Lakeland Today”",
            "exhibition",
            False,
            None,
        ),
        (
            "Pupils sang at the Songs of today festival in Pinetown.",
            "Songs of today festival",
            "festival",
            False,
            None,
        ),
        (
            "Young painters met at the Lakeland Tonight exhibition in Pinetown.",
            "Lakeland Tonight exhibition",
            "exhibition",
            False,
            None,
        ),
        # a title's "Tomorrow" no longer blocks the day its sentence gives (it was the month)
        (
            "The minister took part in the Pines of Tomorrow online class held as part of the "
            "Lakeland youth careers forum, by video link.",
            "Lakeland youth careers forum",
            "forum",
            True,
            "2030-04-12",
        ),
        # a time word of running text, of quoted speech, of a title-case heading still dates
        (
            "The Lakeland crafts exhibition opens today in Pinetown.",
            "Lakeland crafts exhibition",
            "exhibition",
            False,
            "2030-04-12",
        ),
        (
            "The mayor said: “The Lakeland crafts exhibition opens today.”",
            "Lakeland crafts exhibition",
            "exhibition",
            False,
            "2030-04-12",
        ),
        (
            "Governors Visit the Lakeland Crafts Exhibition Today",
            "Lakeland Crafts Exhibition",
            "exhibition",
            False,
            "2030-04-12",
        ),
    ],
)
def test_event_date_ignores_title_time_words(sentence, name, kind, narrative, expected):
    assert date_of(sentence, name, "2030-04-12", kind, narrative) == expected


@pytest.mark.parametrize(
    ("text", "event", "expected"),
    [
        # the page-level steps read the page with a title's time word blanked too
        (
            "The Pinetown arts week will end on May 9. A photo exhibition “Lakeland Today” "
            "is also planned.",
            "photo exhibition “Lakeland Today”",
            None,
        ),
        (
            "The minister took part in the Pines of Tomorrow online class held as part of the "
            "Lakeland youth careers forum, by video link.",
            "Lakeland youth careers forum",
            "2031-04-15",
        ),
        # a time of running text still gives the page's day
        (
            "The minister took part in the Lakeland youth careers forum today, by video link.",
            "Lakeland youth careers forum",
            "2031-04-15",
        ),
    ],
)
def test_page_dates_ignore_title_time_words(text, event, expected):
    assert page_event_dates(text, "Visit", "2031-04-15")[event] == expected


# issue 19: the time words' pattern skips to a first letter; its matches are the plain
# pattern's (a word bound, the alternation, a word bound, case ignored) on every text
_PLAIN_WORDS = ["today", "tonight", "tomorrow", "yesterday", "this morning", "this evening", "now"]


@pytest.mark.parametrize(
    "words",
    [
        _PLAIN_WORDS,
        ["now", "Nowadays", "k", "Kick off", "iced", "st"],
        ["2day", "today"],  # a first character that is no letter: the plain pattern
        ["-now", "now"],
        ["événement", "now"],
    ],
)
@pytest.mark.parametrize(
    "text",
    [
        "",
        "We open the fair today; tomorrow, the forum; tonight the gala.",
        "TODAY and Today and toDAY, not todays or antoday or to-day.",
        "this\nmorning, This   Evening, thismorning, this morning’s talks",
        "I know it now. Now! snow, nowhere, (now), _now, 1now, now1, now_",
        "the day before yesterday, Yesterday’s, YESTERDAY",
        "kick off, Kick   off, \u212aick off, \u212a, k, K, ok k",
        "iced tea, \u0130ced, \u0131ced, \u017ft, st, ſt",
        "2day, -now, a-now, événement, Événement, ÉVÉNEMENT",
        "é now énow now\u0301 ſtoday \u0131today thiſ evening",
    ],
)
def test_time_words_pattern_finds_what_the_plain_pattern_finds(words, text):
    plain = re.compile(rf"\b{phrase_alternation(words)}\b", re.IGNORECASE)
    fast = time_words_pattern(words)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_installed_time_words_skip_to_their_first_letters():
    """The rule file's words all begin with an ASCII letter: the pattern that skips is used."""
    words = RULES.get("events")["title_time_words"]["words"]
    assert not time_words_pattern(words).pattern.startswith("\\b")


@pytest.mark.parametrize("letter", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
def test_first_letter_class_is_what_the_letter_matches_ignoring_case(letter):
    """Every character re.IGNORECASE matches to an ASCII letter is ASCII or one of
    `_FOLDS_TO_ASCII` (tests/nlp/test_quick_tests.py checks every code point)."""
    pattern = re.compile(re.escape(letter), re.IGNORECASE)
    expected = {chr(c) for c in range(128) if pattern.fullmatch(chr(c))}
    expected |= {c for c in _FOLDS_TO_ASCII if pattern.fullmatch(c)}
    assert set(_first_letter_class(letter)) == expected
