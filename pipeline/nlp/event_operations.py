"""Military operations named by a code name (issue 12, round dr).

A military operation with a code name is written as a capitalised head word and the code name's
capitalised words: "Operation Pine Shield", "Operation Lakefire". It is a war or battle by the
guideline (the annotators' "Operation ..." lines are of kind war). No other head names it: the
event grammar's heads are what follows the name ("Lake War"), and "Operation" stands first.
Rules: events.json's `named_operations`:

- `heads`: the head words as written ("Operation"), right before the code name;
- the code name: one to `max_name_words` capitalised words (a hyphen may join two), not a month
  name; none where a word of `name_stops` opens or follows it ("Operation Group", "Operation
  Pine Group": a unit's name);
- not after a capitalised word in the middle of a sentence ("the Pine Independent Operation
  Group": part of a longer proper name), nor in a sentence with one of `not_with` ("the police
  exposed 900 offences during Operation Clean Street": a law enforcement operation is no war or
  battle);
- `kind`: the kind of the event ("war").

The event rules date it as any event (in its sentence: "Operation Lakefire took place on March
3-9, 1944" is 1944-03-03).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.nlp.event_name_words import SENTENCE_BREAK
from pipeline.nlp.prefilter import Spans, kept_matches
from pipeline.nlp.rules import NEVER_MATCHES, Rules, compiled_from_rules, phrase_alternation
from pipeline.nlp.temporal import MONTH_ALTERNATION

__all__ = ["NamedOperations", "find_named_operations", "named_operations", "prefilter_pattern"]

_SP = r"[^\S\n]+"  # white space inside a line
_WORD_BEFORE = re.compile(r"([\w’'-]+)[^\S\n]+$")
_SENTENCE_START_BEFORE = re.compile(r"(?:^|\n|[.!?…:;][”’\"')]*[^\S\n]+)$")


@dataclass(frozen=True)
class NamedOperations:
    pattern: re.Pattern  # a head and its code name
    written: tuple[str, ...]  # what the prefilter looks for in a paragraph (the heads)
    not_with_re: re.Pattern  # a word of `not_with`, anywhere in the sentence
    stop_after_re: re.Pattern  # a word of `name_stops` right after a name
    kind: str


@compiled_from_rules
def named_operations(ruleset: Rules) -> NamedOperations | None:
    """events.json's `named_operations`, compiled; None when the rule is off."""
    rule = ruleset.get("events", required=("heads",)).get("named_operations")
    if not rule or not rule.get("heads"):
        return None
    heads = list(rule["heads"])
    stops = list(rule.get("name_stops", []))
    stop_part = rf"(?!(?:{phrase_alternation(stops)})(?![\w’'-]))" if stops else ""
    cap = rf"{stop_part}(?!(?:{MONTH_ALTERNATION})\b)[A-Z][a-z][\w’']*(?:-[A-Za-z][\w’']*)?"
    most = max(1, int(rule.get("max_name_words", 3)))
    pattern = re.compile(
        rf"(?<![\w’'-])(?:{phrase_alternation(heads)}){_SP}"
        rf"(?P<name>{cap}(?:{_SP}{cap}){{0,{most - 1}}})(?![\w’'-])"
    )
    not_with = list(rule.get("not_with", []))
    not_with_re = (
        re.compile(rf"(?<![\w’'-])(?:{phrase_alternation(not_with)})(?![\w’'-])", re.IGNORECASE)
        if not_with
        else NEVER_MATCHES
    )
    stop_after_re = (
        re.compile(rf"{_SP}(?:{phrase_alternation(stops)})(?![\w’'-])") if stops else NEVER_MATCHES
    )
    return NamedOperations(
        pattern, tuple(heads), not_with_re, stop_after_re, rule.get("kind", "war")
    )


@compiled_from_rules
def prefilter_pattern(ruleset: Rules) -> tuple[re.Pattern, tuple[str, ...]] | None:
    """What makes a paragraph a candidate for a named operation: the pattern, and the heads that
    must be written in the paragraph for it to match."""
    rule = named_operations(ruleset)
    return None if rule is None else (rule.pattern, rule.written)


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around `start`..`end`: from after the last stop or line break before it (in
    the 400 characters before) to the next stop or line break after it."""
    left = max(0, start - 400)
    for m in SENTENCE_BREAK.finditer(text, left, start):
        left = m.end()
    m = SENTENCE_BREAK.search(text, end)
    return left, m.start() if m else len(text)


def find_named_operations(ruleset: Rules, text: str, kept: Spans | None = None) -> list[dict]:
    """The military operations named by a code name in `text` (in the paragraphs kept, when
    given): dicts with start, end, name and kind."""
    rule = named_operations(ruleset)
    if rule is None or not any(w in text for w in rule.written):
        return []  # no head written: the pattern is not run over the page
    hits = rule.pattern.finditer(text) if kept is None else kept_matches(rule.pattern, text, kept)
    found: list[dict] = []
    for m in hits:
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before and before.group(1)[:1].isupper():
            opens = _SENTENCE_START_BEFORE.search(
                text, max(0, before.start(1) - 4), before.start(1)
            )
            if opens is None:
                continue  # "the Pine Independent Operation Group": a longer proper name
        if rule.stop_after_re.match(text, m.end()):
            continue  # "the Lake Operation Pine Group": a unit's name
        left, right = _sentence_bounds(text, m.start(), m.end())
        if rule.not_with_re.search(text, left, right):
            continue  # "the police ... during Operation Clean Street"
        found.append({"start": m.start(), "end": m.end(), "name": m.group(0), "kind": rule.kind})
    return found
