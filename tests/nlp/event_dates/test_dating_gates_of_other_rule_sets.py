"""Round date64's shortcuts with rule sets and arguments other than the installed ones
(review64): `demonstrative_doc_day`'s test of a name against the cue heads, with heads written
with a capital, with a character that a case-ignoring match takes for an ASCII letter (long s,
Kelvin sign), with a space, or none; and `events._years_after`'s kept pattern against the
pattern built as before it, for brackets left out, empty or written as one string."""

import re

import pytest

from pipeline.nlp import event_page_dates, events
from pipeline.nlp.rules import installed_rules, phrase_alternation

RULES = installed_rules()
CUES = RULES.get("events", required=("heads",))["demonstrative_doc_day_cues"]


def _with_heads(heads):
    return RULES.edited("events", demonstrative_doc_day_cues={**CUES, "heads": heads})


HEAD_SETS = {
    "capitals": ["Summit", "FORUM"],
    "long s": ["\u017fummit", "forum"],  # matches "summit" and "Summit", case ignored
    "Kelvin sign": ["\u212aongress"],  # matches "Kongress" and "kongress"
    "a space": ["round table", "forum"],
    "none": [],
}

# (text, event name): invented cues and names, ASCII and not
ROWS = [
    ("Our talks are held on the sidelines of this Pine Summit.", "Pine Summit"),
    ("Our talks are held on the sidelines of this Pine Summit.", "Pine summit"),
    ("Our talks are held on the sidelines of this Pine Summit.", "Pine Festival"),
    ("We talked on the margins of this forum in Lakeside.", "Lake Forum"),
    ("We met on the sidelines of this Kongress in Dale.", "Dale Kongress"),
    ("We met on the sidelines of this kongress in Dale.", "Dale \u212aongress"),
    ("We met on the sidelines of this \u017fummit.", "Pine Summit"),
    ("We met on the sidelines of this round table.", "Lake round table"),
    ("We met on the sidelines of this round table.", "Lake Table"),
    ("", "Lake Summit"),
]


@pytest.mark.parametrize("heads", sorted(HEAD_SETS))
@pytest.mark.parametrize(("text", "name"), ROWS)
def test_the_demonstrative_day_of_other_heads_is_that_of_the_text_read_in_full(
    heads, text, name, monkeypatch
):
    rules = _with_heads(HEAD_SETS[heads])
    for after in (0, 12):
        gated = event_page_dates.demonstrative_doc_day(rules, text, name, after)
        with monkeypatch.context() as m:
            m.setattr(event_page_dates, "_demonstrative_head_words", lambda ruleset: None)
            assert event_page_dates.demonstrative_doc_day(rules, text, name, after) is gated


def test_heads_a_case_ignoring_match_reads_as_ascii_date_ascii_names():
    """The rows above hold names these heads date: a test of the name that took the heads as
    written (not only plain ASCII letters) would miss them."""
    assert event_page_dates.demonstrative_doc_day(
        _with_heads(HEAD_SETS["long s"]), ROWS[0][0], "Pine Summit", 0
    )
    assert event_page_dates.demonstrative_doc_day(
        _with_heads(HEAD_SETS["Kelvin sign"]), ROWS[4][0], "Dale Kongress", 0
    )
    assert event_page_dates.demonstrative_doc_day(
        _with_heads(HEAD_SETS["capitals"]), ROWS[0][0], "Pine summit", 0
    )


def _years_after_before(links, name, brackets=("(",)):
    """`events._years_after` as it was before round date64 (main 2799863)."""
    year = r"(?:1[5-9]|20)\d{2}"
    opening = f"|{phrase_alternation(brackets)}" if brackets else ""
    return re.compile(
        rf"{re.escape(name)}(?<![\w-][\s\S]{{{len(name)}}})"
        rf"\s*,?\s*(?:(?:{phrase_alternation(links)})\s+{opening})"
        rf"({year})\s*[–—-]\s*(?:{year}|\d{{2}})(?![\w-])"
    )


@pytest.mark.parametrize("brackets", [None, [], "", "(/", ["", "("], ("(", "/"), ["/"]])
@pytest.mark.parametrize("links", [["of", "in"], ("of",), ["in", "of", "in"]])
@pytest.mark.parametrize("name", ["Lake War", "War (Pine)", "a+b"])
def test_a_names_years_pattern_is_the_one_built_before(brackets, links, name):
    before = _years_after_before(links, name, brackets)
    kept = events._years_after(links, name, brackets)
    assert (kept.pattern, kept.flags) == (before.pattern, before.flags)
    text = f"The {name} of 1700-1721, the {name} /1800-1810/, the {name} (1900–05) and {name}"
    assert [m.span(1) for m in kept.finditer(text)] == [m.span(1) for m in before.finditer(text)]
