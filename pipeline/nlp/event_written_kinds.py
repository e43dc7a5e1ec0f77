"""The kind an event is written out with, where its name says more than its head (issue 12,
round eo): a meeting named only by the initials of a group of states that meets at its
leaders' summits is a summit (events.json's `group_meeting_kind`: "the L20 meeting in
Pinetown"), and a contest or olympiad of a sport is a sports event (`sport_contest_kind`:
"the Lake Chess Olympiad", "the Pine Canoeing Cup international competition"). Only the
written kind changes, as for `leaders_meeting_kind` (round bn): the event is found, grouped
and dated as before.
"""

from __future__ import annotations

import re

from pipeline.nlp.event_meetings import leaders_meeting_kind
from pipeline.nlp.rules import Rules, compiled_from_rules, phrase_alternation

__all__ = ["written_kind"]


def written_kind(ruleset: Rules, name: str, kind: str) -> str:
    """The kind of an event as written out: `leaders_meeting_kind`, then a group's meeting
    (`group_meeting_kind`) and a sport's contest (`sport_contest_kind`); any other event
    keeps `kind`."""
    kind = leaders_meeting_kind(ruleset, name, kind)
    for rule in (_group_meeting(ruleset), _sport_contest(ruleset)):
        if rule is not None and kind in rule[0] and rule[2].search(name):
            return rule[1]
    return kind


@compiled_from_rules
def _group_meeting(ruleset: Rules) -> tuple[frozenset[str], str, re.Pattern] | None:
    """events.json's `group_meeting_kind`: the kinds it rewrites, the kind written instead and
    a pattern of a whole name that is one of `initials`, one of `heads` and at most a place
    after "in" (capitalised words: "L20 meeting in Pinetown"); None when the rule is off."""
    rule = ruleset.get("events").get("group_meeting_kind")
    if not rule or not rule.get("initials") or not rule.get("heads"):
        return None
    initials = phrase_alternation(rule["initials"])
    heads = phrase_alternation(rule["heads"])
    place = r"(?:[^\S\n]+in[^\S\n]+[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*)*)?"
    pattern = re.compile(rf"^(?:the[^\S\n]+)?(?:{initials})[^\S\n]+(?i:{heads}){place}$")
    return frozenset(rule["kinds"]), rule["kind"], pattern


@compiled_from_rules
def _sport_contest(ruleset: Rules) -> tuple[frozenset[str], str, re.Pattern] | None:
    """events.json's `sport_contest_kind`: the kinds it rewrites, the kind written instead and
    a pattern of a name holding one of `heads` and one of `words` (a sport), each a whole
    word in any case; None when the rule is off."""
    rule = ruleset.get("events").get("sport_contest_kind")
    if not rule or not rule.get("heads") or not rule.get("words"):
        return None
    heads = phrase_alternation(rule["heads"])
    words = phrase_alternation(rule["words"])
    pattern = re.compile(
        rf"(?=.*(?<![\w’'-])(?:{heads})(?![\w’'-]))(?=.*(?<![\w’'-])(?:{words})(?![\w’'-]))",
        re.IGNORECASE | re.DOTALL,
    )
    return frozenset(rule["kinds"]), rule["kind"], pattern
