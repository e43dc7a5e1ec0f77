"""An election named again by its type alone (issue 12, round bz).

A page that names the election of a body ("the Lake Assembly elections") often names it again
by the body's type ("the parliamentary elections", "the parliamentary elections in Lakeland"):
the two share no word but the head, so grouping by words kept them as two events. Rules:
events.json's `election_type_names`: `bodies`, each the body's `names` (written as the page
writes them, case kept) and the `type` word that names its elections; `may_add`: the words a
second name may carry besides its type and head (the country: "in the Russian Federation").
A second name with any other word or a number ("the December 1999 parliamentary elections",
"parliamentary elections in Pineland") is left alone: it may be another election.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.nlp.rules import Rules, compiled_from_rules

__all__ = ["ElectionTypeNames", "election_type_names"]

_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class ElectionTypeNames:
    bodies: tuple[tuple[re.Pattern, str], ...]  # a body's name -> its elections' type word
    may_add: frozenset[str]
    head: str  # the head word as grouping writes it ("election")

    def body_cores(
        self, mentions: list[dict], core_of: Callable[[dict], frozenset]
    ) -> dict[str, frozenset]:
        """The type word of each body an election mention of the page names -> the core words
        of its first such mention."""
        cores: dict[str, frozenset] = {}
        for mention in mentions:
            if mention.get("kind") != "election":
                continue
            for pattern, type_word in self.bodies:
                if type_word not in cores and pattern.search(mention["name"]):
                    cores[type_word] = core_of(mention)
        return cores

    def core(self, event: dict, core: frozenset, bodies: dict[str, frozenset]) -> frozenset:
        """The core words to group `event` by: the body's election's, where `event` names an
        election by that body's type alone; else `core` unchanged."""
        if not bodies or event.get("kind") != "election" or _DIGIT.search(event["name"]):
            return core
        words = core - self.may_add
        if len(words) != 2 or self.head not in words:
            return core
        (type_word,) = words - {self.head}
        return bodies.get(type_word, core)


@compiled_from_rules
def election_type_names(ruleset: Rules) -> ElectionTypeNames | None:
    """events.json's `election_type_names`; None when the rule is off."""
    rule = ruleset.get("events", required=("heads",)).get("election_type_names")
    if not rule or not rule.get("bodies"):
        return None
    bodies = tuple(
        (re.compile(rf"\b{re.escape(name)}\b"), body["type"].lower())
        for body in rule["bodies"]
        for name in body["names"]
    )
    return ElectionTypeNames(
        bodies,
        frozenset(w.lower() for w in rule.get("may_add", [])),
        rule.get("head", "election").lower(),
    )
