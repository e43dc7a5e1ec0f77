"""Meetings of a standing body named by the body (issue 12, round dx).

A meeting of a standing body is written with the body's name before a lowercase "meeting" or
in its "of the" tail: "the last Lake Council meeting", "the meeting of the Lake Council
Presidium". The event grammar leaves both out: "meeting" is an ordinal-only head, and a name
that starts with such a body is refused as the body (`not_events`). Rules: events.json's
`standing_body_meetings`:

- `bodies`: the bodies' names as written ("State Council", "State Council Presidium", ...);
  the name must be the whole run of capitalised words (no capitalised word right before it,
  "the Supreme State Council meeting", nor after it in the tail, "the meeting of the State
  Council of a Republic": another body);
- `determiners`: the word right before the name ("the"; "a State Council meeting", "this
  State Council meeting", "at State Council meetings" stay out: one of many, the page's own,
  the body's work in general); one of `pre_modifiers` may stand between ("the last ...",
  "the upcoming ..."), outside the name;
- the head "meeting" in the singular, not before a word of `not_before` ("meeting room");
- `kind`: the event's kind ("meeting").

The page's own meeting is left out by its title as any event's, and later mentions are
grouped with the first by their words, as any event's; the event rules date it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.nlp.prefilter import Spans, kept_matches
from pipeline.nlp.rules import Rules, compiled_from_rules, phrase_alternation

__all__ = ["BodyMeetings", "body_meetings", "find_body_meetings"]

_SP = r"[^\S\n]+"  # white space inside a line


@dataclass(frozen=True)
class BodyMeetings:
    pattern: re.Pattern  # a determiner, a pre-modifier, then the name (group "name")
    written: tuple[str, ...]  # the bodies as written: a page without one is not read
    kind: str


def _spaced(alternation: str) -> str:
    """`phrase_alternation`'s white space kept inside a line."""
    return alternation.replace(r"\s+", _SP)


@compiled_from_rules
def body_meetings(ruleset: Rules) -> BodyMeetings | None:
    """events.json's `standing_body_meetings`, compiled; None when the rule is off."""
    rule = ruleset.get("events", required=("heads",)).get("standing_body_meetings")
    if not rule or not rule.get("bodies") or not rule.get("determiners"):
        return None
    bodies = _spaced(phrase_alternation(rule["bodies"]))
    determiners = _spaced(phrase_alternation(rule["determiners"]))
    pre = rule.get("pre_modifiers") or []
    pre_part = rf"(?:{_spaced(phrase_alternation(pre))}{_SP})?" if pre else ""
    not_before = rule.get("not_before") or []
    refused = (
        rf"(?!{_SP}{_spaced(phrase_alternation(not_before))}(?![\w’'-]))" if not_before else ""
    )
    pattern = re.compile(
        rf"(?<![\w’'-]){determiners}{_SP}{pre_part}(?P<name>"
        # "the last Lake Council meeting", "the Lake Council’s meeting"
        rf"{bodies}(?:’s|'s)?{_SP}meeting(?![\w’'-]){refused}"
        # "the meeting of the Lake Council Presidium", not "... of the Lake Council of Pineland"
        rf"|meeting{_SP}of{_SP}the{_SP}{bodies}(?![\w’'-])(?!{_SP}(?:of(?![\w’'-])|[A-Z]))"
        rf")",
        re.IGNORECASE if rule.get("ignore_case") else 0,
    )
    written = tuple(sorted({b.split()[0] for b in rule["bodies"]}))
    return BodyMeetings(pattern, written, rule.get("kind", "meeting"))


def find_body_meetings(ruleset: Rules, text: str, kept: Spans | None = None) -> list[dict]:
    """The meetings of `standing_body_meetings`' bodies named in `text` (only those starting
    inside a span of `kept`, when given), as `find_events` lists events: start, end, name,
    kind."""
    rule = body_meetings(ruleset)
    if rule is None or not any(w in text for w in rule.written):
        return []
    matches = (
        rule.pattern.finditer(text) if kept is None else kept_matches(rule.pattern, text, kept)
    )
    return [
        {"start": m.start("name"), "end": m.end("name"), "name": m.group("name"), "kind": rule.kind}
        for m in matches
    ]
