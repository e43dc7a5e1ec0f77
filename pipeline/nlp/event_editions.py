"""Editions of a recurring event told apart by their counts (issue 12, round bx).

A name that a count begins ("the 10th Lake Congress", "the third Forum of Pine Regions"), or
that follows a count right after a determiner ("the first Lake Forum", where the finder leaves
"first" out of the name), names one edition of its series. Two mentions of a series with two
counts are two events ("the 11th Lake Congress ... the past 10th Lake Congress"), though their
words, without the counts, are the same; and a page's own gathering ("the 9th Lake Forum" on a
page titled "Lake Forum") is not another edition of it ("the first Lake Forum was held in
2010"). Rules: events.json's `edition_counts` (`not_kinds`: kinds whose numbers say something
else, an anniversary's years or a war's number; `determiners_before`: the words that may stand
right before a count left outside the name; `not_followed_by`: words right after the name
that make its count a rank, not an edition: "the first Winter Games for the country" is the
first it hosts, not the series' first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.nlp.event_names import grammar, ordinal_value
from pipeline.nlp.rules import Rules, compiled_from_rules, phrase_alternation

__all__ = ["Editions", "editions"]

_WORD = re.compile(r"[\w’'-]+")
_WORDS_BEFORE = re.compile(r"([\w’'-]+)[^\S\n]+([\w’'-]+)[^\S\n]+$")


@dataclass(frozen=True)
class Editions:
    ruleset: Rules
    not_kinds: frozenset[str]
    determiners: frozenset[str]
    not_followed_by: re.Pattern | None

    def mark(self, text: str, event: dict) -> None:
        """Set `event`'s "edition" (its count) and, for a count left outside its name,
        "edition_start" (where the count begins in `text`)."""
        if event.get("kind") in self.not_kinds:
            return
        if self.not_followed_by is not None and self.not_followed_by.match(text, event["end"]):
            return  # "the first Lake Games for the country": a rank, not an edition
        g = grammar(self.ruleset)
        first = _WORD.match(event["name"])
        if first:
            number = ordinal_value(self.ruleset, first.group(0), g)
            if number is not None:
                event["edition"] = number
                return
        before = _WORDS_BEFORE.search(text, max(0, event["start"] - 40), event["start"])
        if before is None or before.group(1).lower() not in self.determiners:
            return
        number = ordinal_value(self.ruleset, before.group(2), g)
        if number is not None:
            event["edition"] = number
            event["edition_start"] = before.start(2)


def other_edition(first: dict, event: dict) -> bool:
    """Whether two mentions name two editions of a series: both carry a count, not the same."""
    a, b = first.get("edition"), event.get("edition")
    return a is not None and b is not None and a != b


@compiled_from_rules
def editions(ruleset: Rules) -> Editions | None:
    """events.json's `edition_counts`; None when the rule is off."""
    rule = ruleset.get("events", required=("heads",)).get("edition_counts")
    if not rule:
        return None
    return Editions(
        ruleset,
        frozenset(rule.get("not_kinds", [])),
        frozenset(w.lower() for w in rule.get("determiners_before", [])),
        _followers(rule.get("not_followed_by", [])),
    )


def _followers(words: list[str]) -> re.Pattern | None:
    if not words:
        return None
    return re.compile(rf"[^\S\n]+{phrase_alternation(words)}\b", re.IGNORECASE)
