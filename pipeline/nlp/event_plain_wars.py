"""Wars and battles named in plain lowercase words (issue 12, round eg).

Two written forms name a war or battle with no capitalised head and no head of the event grammar
before a named tail:

- the defence of a city in a war: "the defence of Pinegrad", "the heroic defence of Lakeport"
  (`city_defences`): one of `heads` ("defence of"), maybe "the", then one of `places` (cities
  whose defence in a war is a battle by name), not followed by another capitalised word ("the
  defence of Pinegrad Region" is of a region, no battle) and not after one of `not_after`
  ("air defence of Pinegrad", "in defence of Pinegrad": protection, not the battle);
- a military campaign named by the people or land it was fought in: "the first Hillish
  campaign", "the Dalish campaign" (`demonym_campaigns`): maybe one of `ordinals`, one of
  `modifiers`, then one of `heads` ("campaign").

Both are of `kind` ("war"). Their dates are those of any war (events.json's
`multi_year_heads` holds their head words): a year in their name or right after it.
Rules: events.json's `plain_war_names`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.nlp.prefilter import Spans
from pipeline.nlp.rules import Rules, compiled_from_rules, phrase_alternation, rule_words

__all__ = ["PlainWars", "find_plain_wars", "plain_wars", "prefilter_pattern"]

_SP = r"[^\S\n]+"  # white space inside a line
_WORD_BEFORE = re.compile(r"([\w’'-]+)[^\S\n]+$")
_CAPITALISED_AFTER = re.compile(rf"{_SP}[A-Z]")
_REACH_BEFORE = 24  # an ordinal and white space before a written "Dalish campaign"
_REACH_AFTER = 80  # "the" and a place after a written "defence of", and a character more


@dataclass(frozen=True)
class PlainWars:
    pattern: re.Pattern  # group "defence" or group "campaign"
    written: tuple[str, ...]  # what the prefilter looks for in a paragraph
    gates: tuple[str, ...]  # "campaign": a page without it is not searched for "Dalish campaign"
    gated: frozenset[str]  # the written words behind a gate ("Dalish campaign")
    not_after: frozenset[str]  # words that make "defence of" protection, not a battle
    kind: str


@compiled_from_rules
def plain_wars(ruleset: Rules) -> PlainWars | None:
    """events.json's `plain_war_names`, compiled; None when the rule is off."""
    rule = ruleset.get("events", required=("heads",)).get("plain_war_names")
    if not rule:
        return None
    parts: list[str] = []
    written: list[str] = []
    gates: list[str] = []
    gated: list[str] = []
    not_after: set[str] = set()
    defences = rule.get("city_defences") or {}
    if rule_words(defences, "heads") and rule_words(defences, "places"):
        parts.append(
            rf"(?P<defence>(?:{phrase_alternation(rule_words(defences, 'heads'))}){_SP}"
            rf"(?:the{_SP})?(?:{phrase_alternation(rule_words(defences, 'places'))}))"
        )
        written += rule_words(defences, "heads")  # "defence of": found by itself
        not_after = {w.lower() for w in rule_words(defences, "not_after")}
    campaigns = rule.get("demonym_campaigns") or {}
    if rule_words(campaigns, "heads") and rule_words(campaigns, "modifiers"):
        ordinals = rule_words(campaigns, "ordinals")
        ordinal = rf"(?:(?:{phrase_alternation(ordinals)}){_SP})?" if ordinals else ""
        parts.append(
            rf"(?P<campaign>{ordinal}(?:{phrase_alternation(rule_words(campaigns, 'modifiers'))})"
            rf"{_SP}(?:{phrase_alternation(rule_words(campaigns, 'heads'))}))"
        )
        gated = [  # "Dalish campaign": the pattern is run only where one is written
            f"{m} {h}"
            for m in rule_words(campaigns, "modifiers")
            for h in rule_words(campaigns, "heads")
        ]
        written += gated
        gates += rule_words(campaigns, "heads")
    if not parts:
        return None
    pattern = re.compile(rf"(?<![\w’'-])(?:{'|'.join(parts)})(?![\w’'-])")
    return PlainWars(
        pattern,
        tuple(written),
        tuple(gates),
        frozenset(gated),
        frozenset(not_after),
        rule.get("kind", "war"),
    )


@compiled_from_rules
def prefilter_pattern(ruleset: Rules) -> tuple[re.Pattern, tuple[str, ...]] | None:
    """What makes a paragraph a candidate for a plain war name: the pattern, and the words that
    must be written in the paragraph for it to match."""
    rule = plain_wars(ruleset)
    if rule is None:
        return None
    # "defence of", "campaign": one scan a word, not one a "Dalish campaign"
    return rule.pattern, tuple(w for w in rule.written if w not in rule.gated) + rule.gates


def _matches(rule: PlainWars, text: str, kept: Spans | None) -> list[re.Match]:
    """The matches of the rule's pattern that start in a span of `kept` (the whole `text` when
    None), in order: the pattern is run only around each place one of its written words
    stands (a search from a position still sees the text before it for the look-behind), not
    over the page, and only the spans are read."""
    found: dict[int, re.Match] = {}
    for start, end in ((0, len(text)),) if kept is None else kept:
        heads = {head for head in rule.gates if text.find(head, start, end) >= 0}
        for word in rule.written:
            if word in rule.gated and not any(head in word for head in heads):
                continue  # "Dalish campaign" where no "campaign" is written
            at = text.find(word, start, end)
            while at >= 0:
                # every match of the window, not its first: a name just before may start in it
                # ("the defence of Kiev and the defence of Odessa")
                for m in rule.pattern.finditer(
                    text, max(0, at - _REACH_BEFORE), at + len(word) + _REACH_AFTER
                ):
                    if m.start() <= at < m.end() and start <= m.start() < end:
                        found.setdefault(m.start(), m)
                at = text.find(word, at + len(word), end)
    return [found[k] for k in sorted(found)]


def find_plain_wars(ruleset: Rules, text: str, kept: Spans | None = None) -> list[dict]:
    """The wars named in plain words in `text` (in the paragraphs kept, when given): dicts with
    start, end, name and kind."""
    rule = plain_wars(ruleset)
    if rule is None:
        return []
    found: list[dict] = []
    for m in _matches(rule, text, kept):
        if m.group("defence") is not None:
            if _CAPITALISED_AFTER.match(text, m.end()):
                continue  # "the defence of Pinegrad Region": a region, no battle
            before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if before and before.group(1).lower() in rule.not_after:
                continue  # "air defence of Pinegrad", "in defence of Pinegrad"
        found.append({"start": m.start(), "end": m.end(), "name": m.group(0), "kind": rule.kind})
    return found
