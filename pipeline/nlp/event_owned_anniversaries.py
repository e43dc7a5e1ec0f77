"""Anniversaries an event marks of itself (issue 12, round ev70, event precision).

"The Lake Cup contest now marks its 12th anniversary", "the festival, marking the event's 20th
anniversary", "the centenary of this event, due next spring": the anniversary is the event's
own (this year's contest is its 12th), named on the page as that event is, so a second
record for it names one happening twice (the guideline: each distinct event once). The source
gold never marks such an anniversary firmly (of six, two not annotated, four optional).

Rules: events.json's `event_owned_anniversaries`:

- `heads`: the event nouns that may own an anniversary ("festival", "contest");
- `verbs`: the verbs of marking an owner takes before it ("marks", "will celebrate");
- `between_words`: the words that may stand between the owner and its verb ("this year",
  after ", which": "the tournament, which this year marks its 50th anniversary");
- `determiners`: the words before a possessive owner ("the event's 20th anniversary") or
  an owner after "of" ("the centenary of this event");
- `object_links`: the prepositions and participles whose object an owner before its verb is
  not the verb's subject after ("the sponsor of the contest marks its 30th anniversary": the
  sponsor's; review70); not after ", which";
- `generic_heads`, `generic_not_kinds`: a head that names any happening ("event") owns the
  anniversary only when the last event found before it is of no kind of `generic_not_kinds`
  ("the Battle of Lake Pine ... the event's 70th anniversary": the battle's; review70).

Only an anniversary whose own name says no owner ("30th anniversary", "25 years since its
founding"): "the 30th anniversary of the Lake Treaty" and "Pinetown's 800th anniversary" are
left alone. The owner must be right before the verb in the anniversary's clause ("the Lake
Exchange on its 25th anniversary", after "the Lake Exchange Forum", is the exchange's, not the
forum's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.nlp.rules import Rules, compiled_from_rules, phrase_alternation

__all__ = ["owned_by_event"]

_KIND = "anniversary"
# how far before an anniversary its owner and verb may be read (a clause, not a page)
_WINDOW = 120
# an anniversary's own owner: "of"/"since" in its name ("the 30th anniversary of the Treaty")
_NAMED_OWNER = re.compile(r"(?i)\b(?:of|since)\b")
# a possessive inside the name names its owner ("Pinetown's 800th anniversary", "the Lakelands'
# jubilee"): another's, however an event's verb stands before it (review70)
_POSSESSIVE_OWNER = re.compile(r"\w(?:['’]s\b|s['’](?!\w))")
# "its"/"their" inside a year count's name ("25 years since its founding") says no owner
_OWNER_PRONOUN = re.compile(r"(?i)\b(?:its|their)\b")


@dataclass(frozen=True)
class _EventOwned:
    verb_before: re.Pattern  # "<head>(, which)( this year) marks its " at the window's end
    object_before: re.Pattern | None  # "the sponsor of the " before the head: not the subject
    generic_heads: frozenset[str]  # "event": any happening, an edition only after one named
    generic_not_kinds: frozenset[str]  # the kinds of a one-off happening ("war": a battle)
    possessive_before: re.Pattern  # "the event's " at the window's end
    of_after: re.Pattern  # " of this event" right after the anniversary


@compiled_from_rules
def _event_owned(ruleset: Rules) -> _EventOwned | None:
    """events.json's `event_owned_anniversaries`, compiled; None without it (its shape, an
    object of lists of strings, is checked as the rules load: rule_shapes.NESTED_SHAPES)."""
    rule = ruleset.get("events", required=("heads",)).get("event_owned_anniversaries")
    if not rule:
        return None
    heads = phrase_alternation(rule.get("heads") or [])
    verbs = phrase_alternation(rule.get("verbs") or [])
    determiners = phrase_alternation(rule.get("determiners") or [])
    if not heads or not verbs or not determiners:
        return None
    between = rule.get("between_words") or []
    gap = rf"(?:\s+(?:{phrase_alternation(between)}))*" if between else ""
    links = phrase_alternation(rule.get("object_links") or [])
    # a link, maybe a determiner, up to four other words, then the head: the head's phrase is
    # the object of a preposition or participle ("the sponsor of the Lake contest marks its
    # 30th anniversary": the sponsor's), so not the verb's subject
    not_determiner = rf"(?!(?:{determiners})\b)[^\s,;:.!?]+\s+"
    object_before = (
        re.compile(rf"(?i)\b(?:{links})\s+(?:(?:{determiners})\s+)?(?:{not_determiner}){{0,4}}$")
        if links
        else None
    )
    return _EventOwned(
        # the owner's head ("the Lake Cup tournament", "the Pine Festival, which"), the
        # words between ("this year"), the verb, "its": nothing else between owner and verb
        verb_before=re.compile(
            rf"(?i:\b(?P<head>{heads}))(?P<which>,?\s+which)?{gap}"
            rf"\s+(?i:{verbs})\s+(?:(?i:its|their)\s+)?$"
        ),
        object_before=object_before,
        possessive_before=re.compile(rf"(?i)\b(?:{determiners})\s+(?P<head>{heads})(?:’s|'s)\s+$"),
        of_after=re.compile(rf"(?i)\s+of\s+(?:{determiners})\s+(?P<head>{heads})\b"),
        generic_heads=frozenset(w.lower() for w in rule.get("generic_heads") or []),
        generic_not_kinds=frozenset(rule.get("generic_not_kinds") or []),
    )


def owned_by_event(ruleset: Rules, text: str, mention: dict, mentions: Sequence[dict] = ()) -> bool:
    """Whether the anniversary `mention` (start, end, name, kind) of `text` is an event's own,
    named by its owner right before ("the contest marks its 30th anniversary", "the event's
    20th anniversary") or right after ("the centenary of this event"); False for other kinds,
    for an anniversary whose name says its owner, and when the rule is off. An owner of
    `generic_heads` ("this event") is an edition only when the last of `mentions` (the page's
    found events) before the anniversary is of no kind of `generic_not_kinds`: after "the
    Battle of Lake Pine", "the event's 70th anniversary" is the battle's, another event."""
    if mention["kind"] != _KIND:
        return False
    rule = _event_owned(ruleset)
    if rule is None:
        return False
    name = mention["name"]
    if _NAMED_OWNER.search(name) and not _OWNER_PRONOUN.search(name):
        return False  # "the 30th anniversary of the Lake Treaty": its owner is named
    if _POSSESSIVE_OWNER.search(name):
        return False  # "the festival marks Pinetown's 800th anniversary": the town's
    start, end = mention["start"], mention["end"]
    lo = max(0, start - _WINDOW)
    verb = rule.verb_before.search(text, lo, start)
    if verb and not verb["which"] and rule.object_before is not None:
        # "the company sponsoring the contest marks its 30th anniversary": the company's; with
        # ", which" the clause is the head's own ("the host of the fair, which marks its")
        if rule.object_before.search(text, lo, verb.start()):
            verb = None
    owner = verb or rule.possessive_before.search(text, lo, start) or rule.of_after.match(text, end)
    if not owner:
        return False
    if owner["head"].lower() in rule.generic_heads:
        return _edition_before(rule, mention, mentions)
    return True


def _edition_before(rule: _EventOwned, mention: dict, mentions: Sequence[dict]) -> bool:
    """Whether the last of `mentions` ending before `mention` is one a generic owner ("this
    event") may stand for: one of a kind that recurs (a festival, a contest), not a battle."""
    before = [m for m in mentions if m["end"] <= mention["start"]]
    if not before:
        return False  # nothing named before: "the event" is not known to be an edition
    last = max(before, key=lambda m: (m["end"], m["start"]))
    return last["kind"] not in rule.generic_not_kinds
