"""Speakers of figures in narrative text (no speaker turns), from the way news reports speech:

- a direct quotation around the figure attributed in the same paragraph ("...," said President
  Putin; Mr Petrov said: "...");
- a quotation that fills the paragraph after one ending with an attribution and a colon ("Putin
  confirmed that the results were positive:" / "“... over $15 billion ...”");
- reported speech: a figure after a reporting clause in its paragraph ("Putin stated that ...",
  "He added that ... New deals worth about $2 billion were signed").

`quote_speaker(text, start, end)` returns that person's name, or None. Titles before the name
("President", "Prime Minister", "Mr") are dropped; "He"/"She" is the person the nearest
attribution before it names (in the same or the two paragraphs before); a surname alone is the
full name the text gives it ("Putin" -> "Vladimir Putin" where the text says "President Vladimir
Putin"). All speakers found here have `speaker_source` "quote".
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pipeline.ingest.speakers import full_name
from pipeline.nlp.rules import Rules, compiled_from_rules

OPENING = '“"'
CLOSING = '”"'
_TITLE = r"(?:(?:the\s+)?(?:Russian\s+)?(?:President|Prime Minister|Minister|Mr|Mrs|Ms|Dr)\.?\s+)?"
_NAME = r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"


class _Patterns(NamedTuple):
    after: re.Pattern  # '," said President Putin'
    after_name_first: re.Pattern  # '," Putin said'
    before: re.Pattern  # 'Mr Petrov said: "'
    reporting: re.Pattern  # a reporting clause: "Putin stated that", "He added that"
    attributed: re.Pattern  # any attribution: who "he" is, "said Putin", "Putin stressed"


@compiled_from_rules
def _patterns(ruleset: Rules) -> _Patterns:
    """The attribution patterns, built on the verbs of speakers.json (in the file's order)."""
    verbs = ruleset.get("speakers", required=("attribution_verbs",))["attribution_verbs"]
    v = "(?:" + "|".join(re.escape(verb) for verb in verbs) + ")"
    return _Patterns(
        after=re.compile(rf"^[\s,.]*{v}\s+{_TITLE}{_NAME}"),
        after_name_first=re.compile(rf"^[\s,.]*{_TITLE}{_NAME}\s+{v}\b"),
        before=re.compile(rf"{_TITLE}{_NAME}\s+{v}(?:\s+that)?[\s:,]*$"),
        # at a sentence start (after an introductory phrase and a comma, perhaps): "Putin stated
        # that", "President Putin stressed in this meeting that", "He added that"
        reporting=re.compile(
            rf"(?:^|(?<=[.!?…”\"])\s+|,\s+){_TITLE}{_NAME}\s+(?:also\s+|further\s+|then\s+|"
            rf"again\s+)?{v}\b(?P<rest>[^.!?:]{{0,60}}?)(?:\s+that\b|:)",
            re.MULTILINE,
        ),
        attributed=re.compile(rf"{v}\s+{_TITLE}{_NAME}|{_TITLE}{_NAME}\s+{v}\b"),
    )


_PRONOUNS = {"He", "She"}
_NOT_NAMES = {"He", "She", "They", "It", "We", "I", "The", "This", "That", "These", "Those"}


def _clean(name: str | None) -> str | None:
    if not name or name.split()[0] in _NOT_NAMES:
        return None
    return name


# How far around a figure a quotation is looked for: bounds the work per figure, so that a
# megabyte paragraph with many figures stays linear (a real quotation is far shorter).
QUOTE_WINDOW = 4000
_LOOK_BACK_PARAGRAPHS = 2


def _paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    window_start = max(0, start - QUOTE_WINDOW)
    para_start = text.rfind("\n\n", window_start, start)
    para_start = window_start if para_start < 0 else para_start + 2
    para_end = text.find("\n\n", end, end + QUOTE_WINDOW)
    para_end = min(len(text), end + QUOTE_WINDOW) if para_end < 0 else para_end
    return para_start, para_end


def _previous_paragraph(text: str, para_start: int) -> tuple[int, int] | None:
    if para_start < 2:
        return None
    end = para_start - 2
    start = text.rfind("\n\n", max(0, end - QUOTE_WINDOW), end)
    start = max(0, end - QUOTE_WINDOW) if start < 0 else start + 2
    return start, end


def _direct_quote(ruleset: Rules, text: str, start: int, end: int) -> tuple[str | None, int] | None:
    """(the attributed name or pronoun, where the attribution is) for a figure inside a
    quotation; None when the figure is not inside one."""
    para_start, para_end = _paragraph_bounds(text, start, end)
    before = text[para_start:start]
    last_open = max(before.rfind(ch) for ch in OPENING)
    if last_open < 0:
        return None
    q_open = para_start + last_open
    if text[q_open] == "“" and "”" in text[q_open:start]:
        return None
    if text[q_open] == '"' and before.count('"') % 2 == 0:
        return None
    closes = [i for i in (text.find(ch, end, para_end) for ch in CLOSING) if i >= 0]
    if not closes:
        return None
    q_close = min(closes)
    after = text[q_close + 1 : min(para_end, q_close + 200)]
    patterns = _patterns(ruleset)
    for pattern in (patterns.after, patterns.after_name_first):
        m = pattern.match(after)
        if m:
            return m.group(1), q_close
    m = _patterns(ruleset).before.search(text[max(para_start, q_open - 120) : q_open])
    if m:
        return m.group(1), q_open
    if not text[para_start:q_open].strip():
        # the quotation opens the paragraph: the paragraph before may end "... confirmed that
        # the results were positive:"
        previous = _previous_paragraph(text, para_start)
        if previous and text[previous[0] : previous[1]].rstrip().endswith(":"):
            found = _last_reporting(ruleset, text, previous[0], previous[1])
            if found:
                return found
    return (None, q_open)


def _last_reporting(ruleset: Rules, text: str, start: int, end: int) -> tuple[str, int] | None:
    """The last reporting clause in text[start:end]: (name or pronoun, its offset)."""
    last = None
    for m in _patterns(ruleset).reporting.finditer(text, start, end):
        last = (m.group(1), m.start(1))
    return last


def _resolve(
    ruleset: Rules, name: str | None, text: str, at: int, names: dict[str, str]
) -> str | None:
    """A pronoun -> the name of the nearest attribution before `at`; a surname -> the full
    name the text gives it (looked up once per document in `names`); titles and common words ->
    None."""
    if name is None:
        return None
    first = name.split()[0]
    if first in _PRONOUNS:
        if len(name.split()) > 1:
            return None
        para_start, _ = _paragraph_bounds(text, at, at)
        window = para_start
        for _ in range(_LOOK_BACK_PARAGRAPHS):
            previous = _previous_paragraph(text, window)
            if previous is None:
                break
            window = previous[0]
        for m in reversed(list(_patterns(ruleset).attributed.finditer(text, window, at))):
            named = _clean(next(g for g in m.groups() if g))
            if named:
                return _full(named, text, names)
        return None
    named = _clean(name)
    return _full(named, text, names) if named else None


def _full(name: str, text: str, names: dict[str, str]) -> str:
    if name not in names:
        names[name] = full_name(name, [], text)
    return names[name]


def quote_speaker(
    ruleset: Rules, text: str, start: int, end: int, names: dict[str, str] | None = None
) -> str | None:
    """The person a figure at text[start:end] is attributed to in narrative text, or None.

    `names`: the full names already found for short names in this text (pass the same dict for
    every figure of a document: each name is looked up once)."""
    names = {} if names is None else names
    quoted = _direct_quote(ruleset, text, start, end)
    if quoted is not None:
        name, at = quoted
        return _resolve(ruleset, name, text, at, names) if name else None
    para_start, _ = _paragraph_bounds(text, start, end)
    reported = _last_reporting(ruleset, text, para_start, start)
    if reported is None:
        return None
    return _resolve(ruleset, reported[0], text, reported[1], names)
