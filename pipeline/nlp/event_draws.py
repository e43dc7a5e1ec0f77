"""Competition draws: "the final draw for the Lake Cup" names the competition's draw
as an event of its own (events.json's `competition_draws`, issue 12 round dc). Moved
from `event_names` (issue 12, round 12split-names).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.nlp.event_name_words import _span_event
from pipeline.nlp.rules import (
    NEVER_MATCHES,
    Rules,
    compiled_from_rules,
    phrase_alternation,
)


@dataclass(frozen=True)
class _Draws:
    before: re.Pattern  # "the final draw ceremony for the ", ending where a name starts
    after: re.Pattern  # " draw ceremony in", starting where a name ends
    determiner_before: re.Pattern  # a determiner right before a name
    name_kinds: frozenset[str]
    kind: str


@compiled_from_rules
def _draws(ruleset: Rules) -> _Draws | None:
    """events.json's `competition_draws` (issue 12 round dc), compiled; None when off."""
    rule = ruleset.get("events", required=("heads",)).get("competition_draws") or {}
    if not rule.get("words") or not rule.get("determiners"):
        return None

    def alternation(key: str) -> str:
        # a list left out matches nothing (escaped, a never-matching pattern would be text)
        return phrase_alternation(rule[key]) if rule.get(key) else NEVER_MATCHES.pattern

    words = phrase_alternation(rule["words"])
    modifiers, after = alternation("modifiers"), alternation("after_words")
    determiners = phrase_alternation(rule["determiners"])
    prepositions, followers = alternation("prepositions"), alternation("followers")
    return _Draws(
        before=re.compile(
            rf"(?i:\b{determiners})[^\S\n]+(?P<name>(?:(?i:{modifiers})[^\S\n]+)?"
            rf"(?i:{words})(?:[^\S\n]+{after})?)[^\S\n]+{prepositions}[^\S\n]+(?:the[^\S\n]+)?$"
        ),
        after=re.compile(rf"[^\S\n]+{words}(?:[^\S\n]+{after})?(?=[.,;:!?]|[^\S\n]+{followers}\b)"),
        determiner_before=re.compile(rf"(?i:\b{determiners})[^\S\n]+$"),
        name_kinds=frozenset(rule.get("name_kinds", [])),
        kind=rule.get("kind", "other"),
    )


def _competition_draws(ruleset: Rules, text: str, found: list[dict]) -> list[dict]:
    """`found` with the draw of each competition it names as an event of its own ("the final
    draw ceremony for the 2031 Lake Cup", "the Lake Cup draw in Pinetown"); the competition
    stays an event (issue 12 round dc, `competition_draws`)."""
    rule = _draws(ruleset)
    if rule is None:
        return found
    draws = []
    for f in found:
        if f["kind"] not in rule.name_kinds or f.get("inside"):
            continue
        before = rule.before.search(text, max(0, f["start"] - 80), f["start"])
        if before is not None:
            draw = _span_event(text, before.start("name"), f["end"], rule.kind)
            draws.append({**draw, "draw": True, "date_name": before.group("name")})
            continue
        after = rule.after.match(text, f["end"])
        if (
            after is not None
            and not f["name"].endswith("s")
            and rule.determiner_before.search(text, max(0, f["start"] - 12), f["start"])
        ):
            draw = _span_event(text, f["start"], after.end(), rule.kind)
            draws.append({**draw, "draw": True, "date_name": after.group(0).strip()})
    if not draws:
        return found
    return sorted(found + draws, key=lambda f: (f["start"], -f["end"]))
