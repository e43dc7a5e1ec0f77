"""Issue 19's fast paths of the event component agree with the slow paths they stand for: the
quick tests before a regex scan (`pipeline.nlp.quick_tests`) skip a pattern only where it has
no match, `word_before` finds what its old pattern found, and the acronym-and-year names are
looked for wherever their quick test finds what they hold, the joints of words where their
pattern finds them. Texts invented here (Lakeland, Pine
Forum)."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.nlp import event_dates, event_page_dates, temporal
from pipeline.nlp.event_names import _ACRONYM_YEAR, _acronym_year_possible, word_before
from pipeline.nlp.events import _JOINT, _joints
from pipeline.nlp.prefilter import kept_matches
from pipeline.nlp.quick_tests import _FOLDS_TO_ASCII, QuickText, may_match, requirements
from pipeline.nlp.rules import Rules, installed_rules

TEXTS = [
    "",
    "The Pine Forum will be held in Lakeland on March 3, 2031.",
    "the pine forum will open in march next year",
    "Talks were held on the sidelines of this summit in Lakeland.",
    "On the margins of today's Pine Forum, the ministers met.",
    "This exhibition, which is being held in Pinetown, opens the season.",
    "THE LAKE SUMMIT IS SCHEDULED FOR APRIL",
    "Ministers met in 1999 and again on 4–6 May 2031 in Lakeland.",
    "It was held last year, in the spring of 2030, and the year before.",
    "Next summer the Lake Games open; two weeks ago the teams arrived.",
    "No dates here at all, only words about the Lake Council.",
    "The Pİne summit ſpring ıssue and the Kelvin \u212a sign.",
    "By 2035 the Pine Cup will be held; in 1812 the Lake War ended.",
    "He said that the forum would be held in the coming autumn.",
    "“The Lake Congress” – on 12 June – was planned for June.",
]


def _patterns() -> list[re.Pattern]:
    rules = installed_rules()
    year_part, year_part_words, _ = event_dates._year_part(rules)
    found = [p for p, _ in event_dates._DATE_PATTERNS]
    found += [
        event_dates._month_lead(rules),
        event_dates._issue_12i_patterns(rules)["month_adjective"],
        event_page_dates.month_part_pattern(rules),
        event_dates._season_ahead(rules),
        year_part,
        year_part_words,
        *event_dates._date_ranges(rules)["cross"],
        event_dates._reported_speech(rules),
        event_page_dates._demonstrative_doc_day(rules)[0],
        event_page_dates._marked_next(rules),
        temporal._relative_date_rules(rules)[0],
    ]
    found += [p for p in event_dates._cues(rules) if isinstance(p, re.Pattern)]
    return found


@pytest.mark.parametrize("text", TEXTS)
def test_quick_tests_skip_only_patterns_without_a_match(text):
    for pattern in _patterns():
        for lo, hi in ((0, len(text)), (3, len(text) - 3), (len(text) // 2, len(text))):
            quick = QuickText(text, lo, hi)
            if not quick.may(pattern):
                assert pattern.search(text, lo, hi) is None, (pattern.pattern[:60], text)
            assert may_match(pattern, text, lo, hi) == quick.may(pattern)


def test_quick_tests_skip_somewhere():
    """The tests do skip: a date pattern on a clause with no month and no digit."""
    text = TEXTS[10]
    skipped = [p for p in _patterns() if not QuickText(text).may(p)]
    assert len(skipped) >= 10


@pytest.mark.parametrize(
    ("pattern", "text", "may"),
    [
        (re.compile(r"\bsidelines\s+of\b", re.I), "on the SIDELINES of", True),
        (re.compile(r"\bsidelines\s+of\b", re.I), "on the margins of", False),
        (re.compile(r"\bsidelines\b", re.I), "on the ſidelines", True),  # long s folds to s
        (re.compile(r"\b(?:Pine|Lake)\s+Forum\b"), "the pine forum", False),
        (re.compile(r"\b(?:Pine|Lake)\s+Forum\b"), "the Lake Forum", True),
        (re.compile(r"\b(?:pine|lake)\s+forum\b", re.I), "the LAKE FORUM", True),
        (re.compile(r"(?:\d{1,2}|first)\s+day"), "the first day", True),
        (re.compile(r"\d{1,2}\s+May"), "in May", False),
        (re.compile(r"\d{1,2}\s+May"), "on ٣ May", True),  # \d is any decimal digit
        (re.compile(r"(?:Pine\s+)?Forum"), "the Forum", True),  # an optional part
        (re.compile(r"(?=Lake)\w+"), "Pine", True),  # a look-ahead is not read
        (re.compile(r"(?i:lake)\s+Forum"), "LAKE Forum", True),
        (re.compile(r"(?i:lake)\s+Forum"), "LAKE FORUM", False),
        (re.compile(r"(?:today’s|this)\s+forum", re.I), "TODAY’S FORUM", True),
    ],
)
def test_quick_test_cases(pattern, text, may):
    assert QuickText(text).may(pattern) == may
    if pattern.search(text):
        assert may


def test_requirements_of_a_date_pattern():
    """A day and month with a year: a digit and a month's name as written."""
    pattern = event_dates._DATE_PATTERNS[2][0]  # "March 3, 2031"
    kinds = {r[0] for r in requirements(pattern)}
    assert kinds == {"digit", "words"}


def test_folds_to_ascii_are_all_the_characters_that_fold():
    """Every character outside ASCII that re.IGNORECASE matches to an ASCII letter is one of
    `_FOLDS_TO_ASCII`; every other one lowercases to no ASCII letter."""
    letter = re.compile("[a-z]", re.IGNORECASE)
    folding = [
        chr(c)
        for c in range(128, 0x110000)
        if letter.fullmatch(chr(c)) or re.search("[a-z]", chr(c).lower())
    ]
    assert all(c in _FOLDS_TO_ASCII for c in folding)
    assert len(folding) == 4


_OLD_WORD_BEFORE = re.compile(r"([\w’'-]+)[ \t]+$")


def _old_word_before(text: str, index: int) -> str:
    m = _OLD_WORD_BEFORE.search(text[max(0, index - 40) : index])
    return m.group(1) if m else ""


@pytest.mark.parametrize(
    ("text", "index", "word"),
    [
        ("the Lake Forum", 9, "Lake"),
        ("the Lake Forum", 4, "the"),
        ("the Lake Forum", 3, ""),
        ("in Pine’s  \tForum", 11, "Pine’s"),
        ("word \n", 6, "word"),
        ("word\n \n", 7, ""),
        ("Lakeland-2031 Cup", 14, "Lakeland-2031"),
        ("a 2031 \u2167 day", 9, "\u2167"),
        ("", 0, ""),
    ],
)
def test_word_before(text, index, word):
    assert word_before(text, index) == word == _old_word_before(text, index)


def test_word_before_agrees_with_its_pattern_on_random_texts():
    rng = random.Random(19)
    alphabet = " \t\n-'’_.,aZ9é²\u2167"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        index = rng.randint(0, len(text))
        assert word_before(text, index) == _old_word_before(text, index), (text, index)


@pytest.mark.parametrize(
    ("text", "possible"),
    [
        ("the LKF-2031 forum in Lakeland", True),
        ("the LKF 1999 games", True),
        ("LK\u20032031", True),  # any white space
        ("the Lake Forum of 2031", False),
        ("LKF–2031", False),  # a dash other than the hyphen
        ("LKF-20", False),
        ("LKF-20٣٣", True),  # any decimal digit
        ("lkf-2031", False),
        ("", False),
    ],
)
def test_acronym_year_quick_test(text, possible):
    assert _acronym_year_possible(text) == possible
    if _ACRONYM_YEAR.search(text):
        assert possible


def test_acronym_year_quick_test_on_random_texts():
    rng = random.Random(19)
    alphabet = "LKF- \t12093a\u2003"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        if _ACRONYM_YEAR.search(text):
            assert _acronym_year_possible(text), text


def test_clause_bounds_and_tense_are_kept_per_rule_set():
    """The memoised clause bounds and tense belong to their rule set: another rule set (a
    break added) is not answered from the first one's."""
    rules = Rules.installed(("events", "temporal", "event_gazetteer"))
    sentence = "The Pine Forum opened in Lakeland; it will be held again in May."
    first = event_dates.clause_bounds(rules, sentence, 4, 14)
    assert first == event_dates.clause_bounds(rules, sentence, 4, 14)
    assert event_dates._tense(rules, sentence) == 1


def _old_joints(text, kept):
    matches = _JOINT.finditer(text) if kept is None else kept_matches(_JOINT, text, kept)
    return [m.start() for m in matches]


@pytest.mark.parametrize(
    ("text", "joints"),
    [
        ("the Lake Summit-2031 and the Pine Forum/Council", [15, 39]),
        ("a - b", []),
        ("Lake–Pine talks – then", [4]),
        ("-Pine", [0]),
        ("Pine-", [4]),
        ("", []),
    ],
)
def test_joints(text, joints):
    assert _joints(text, None) == joints == _old_joints(text, None)


def test_joints_agree_with_the_pattern_on_random_texts():
    rng = random.Random(19)
    alphabet = "a9_ -‑/–—\n’"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        cuts = sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, 4)))
        kept = tuple((a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b)
        for spans in (None, kept):
            assert _joints(text, spans) == _old_joints(text, spans), (text, spans)
