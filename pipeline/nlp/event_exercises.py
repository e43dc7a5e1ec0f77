"""Military exercises named by a code name and year (issue 12, round eh).

A named military exercise is written as its code name and year before a lowercase head
("exercise", "manoeuvres", "drills"), maybe with lowercase modifiers between ("the Lakeshield-2031
joint command post exercise", "the Pine Frontier 2031 manoeuvres"), or as the head and then the
name ("the joint drills Pine Frontier 2031", "the naval exercises ‘Lake Wave-2031’", "the latest
exercises of the LCO, Pine Frontier 2031"). It is an event of kind other (the annotators' lines of
named exercises are of kind other); no head of the event grammar names it, as "exercise" is no
event head (an unnamed "joint military exercise" is not a named event).
Rules: events.json's `named_exercises`:

- `heads`: the head words, lowercase as written ("exercise", "exercises", "manoeuvres");
- the name: one to `max_name_words` capitalised words (a hyphen may join them) and a year
  after a hyphen or a space ("Lakeshield-2031", "Pine Frontier 2031"); or one to
  `max_name_words` capitalised words in quotes (a year may end them: "‘Pine Frontier’"). No
  name word is a month's name or one of `name_stops` ("In 2031 exercises", "During 2031
  drills": a time, no name; "About 2000 exercises": a count);
- before the head: at most `modifiers_max` of `modifiers` ("joint", "strategic", "command
  post") or of capitalised pairs joined by a hyphen ("Lakish-Pinish": who takes part);
- after the head: maybe a comma, maybe one of `after_head_links` with an organisation's initials
  and a comma ("of the LCO,"), then the name with a year (a quote may open and close it);
- `kind`: the kind of the event ("other").

The record's text is the name and its head before it ("Lakeshield-2031 joint command post
exercise"), or the name alone after it ("Pine Frontier 2031"). The event rules date it as any
event (a year in its name is its year).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.nlp.prefilter import Spans
from pipeline.nlp.rules import Rules, compiled_from_rules, phrase_alternation, rule_words
from pipeline.nlp.temporal import MONTH_ALTERNATION

__all__ = ["NamedExercises", "find_named_exercises", "named_exercises", "prefilter_pattern"]

_SP = r"[^\S\n]+"  # white space inside a line
_OPEN = '‘“"«'
_CLOSE = '’”"»'
_REACH_BEFORE = 160  # a name, its year and the modifiers before a written head


@dataclass(frozen=True)
class NamedExercises:
    before: re.Pattern  # a name and modifiers, ending right before a head (searched up to it)
    after: re.Pattern  # a link and a name, right after a head (matched from its end)
    head: re.Pattern  # a head word, whole
    pattern: re.Pattern  # either form, anywhere: what the prefilter runs over a paragraph
    written: tuple[str, ...]  # the heads: what the prefilter looks for in a paragraph
    kind: str


@compiled_from_rules
def named_exercises(ruleset: Rules) -> NamedExercises | None:
    """events.json's `named_exercises`, compiled; None when the rule is off."""
    rule = ruleset.get("events", required=("heads",)).get("named_exercises")
    if not rule or not rule_words(rule, "heads"):
        return None
    heads = rule_words(rule, "heads")
    stops = rule_words(rule, "name_stops")
    not_name = rf"(?!(?:{MONTH_ALTERNATION}{'|' + phrase_alternation(stops) if stops else ''})\b)"
    word = rf"{not_name}[A-Z][a-z][\w’']*"
    joined = rf"{word}(?:-{word})*"  # "Anti-Terror", "Pine-Shield"
    most = max(1, int(rule.get("max_name_words", 3)))
    year = r"(?:19|20)\d\d(?![\w-])"
    name_year = rf"{joined}(?:{_SP}{joined}){{0,{most - 1}}}(?:-|{_SP}){year}"
    quoted = rf"[{_OPEN}]{joined}(?:{_SP}{joined}){{0,{most - 1}}}(?:(?:-|{_SP}){year})?[{_CLOSE}]"
    modifiers = rule_words(rule, "modifiers")
    pair = r"[A-Z][a-z]+-[A-Z][a-z]+"  # "Lakish-Pinish": who takes part
    modifier = rf"(?:{phrase_alternation(modifiers)}|{pair})" if modifiers else pair
    many = max(0, int(rule.get("modifiers_max", 4)))
    head = phrase_alternation(heads)
    before = rf"(?<![\w’'-])(?P<name>{quoted}|{name_year})(?:{_SP}{modifier}){{0,{many}}}{_SP}"
    links = rule_words(rule, "after_head_links")
    link = rf"(?:(?:{phrase_alternation(links)}){_SP}[A-Z]{{2,}},?{_SP})?" if links else ""
    after = rf",?{_SP}{link}[{_OPEN}]?(?P<name>{name_year})[{_CLOSE}]?"
    head_re = rf"(?<![\w’'-]){head}(?![\w’'-])"
    return NamedExercises(
        re.compile(before + r"\Z"),
        re.compile(after),
        re.compile(head_re),
        re.compile(rf"{before}{head_re}|{head_re}{after}".replace("?P<name>", "?:")),
        tuple(heads),
        rule.get("kind", "other"),
    )


@compiled_from_rules
def prefilter_pattern(ruleset: Rules) -> tuple[re.Pattern, tuple[str, ...]] | None:
    """What makes a paragraph a candidate for a named exercise: the pattern, and the heads that
    must be written in the paragraph for it to match."""
    rule = named_exercises(ruleset)
    return None if rule is None else (rule.pattern, rule.written)


def _head_matches(rule: NamedExercises, text: str, kept: Spans | None) -> list[re.Match]:
    """The heads written in `text` (in the spans of `kept`, when given), in order: each found
    by a plain search for its word, not by a scan of the page."""
    found: dict[int, re.Match] = {}
    for start, end in ((0, len(text)),) if kept is None else kept:
        for word in rule.written:
            at = text.find(word, start, end)
            while at >= 0:
                m = rule.head.match(text, at)
                if m is not None:
                    found.setdefault(at, m)
                at = text.find(word, at + len(word), end)
    return [found[k] for k in sorted(found)]


def find_named_exercises(ruleset: Rules, text: str, kept: Spans | None = None) -> list[dict]:
    """The military exercises named by a code name in `text` (in the paragraphs kept, when
    given): dicts with start, end, name and kind."""
    rule = named_exercises(ruleset)
    if rule is None or (kept is None and not any(map(text.__contains__, rule.written))):
        return []  # no head written: nothing is searched (with `kept`, the spans alone are)
    found: list[dict] = []
    for h in _head_matches(rule, text, kept):
        m = rule.before.search(text, max(0, h.start() - _REACH_BEFORE), h.start())
        if m is not None:
            found.append(
                {
                    "start": m.start(),
                    "end": h.end(),
                    "name": text[m.start() : h.end()],
                    "kind": rule.kind,
                }
            )
            continue
        m = rule.after.match(text, h.end())
        if m is not None:
            s, e = m.span("name")
            found.append({"start": s, "end": e, "name": m.group("name"), "kind": rule.kind})
    return found
