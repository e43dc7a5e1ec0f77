"""An anniversary named once by a description, once by its name (issue 12 round ef).

A page often names one anniversary twice with the same count: once by its name ("the 90th
anniversary of Pine District") and once by a description that says only whose it is through
the sentence ("Pine District will mark its 90th anniversary", "the 100th anniversary of the
town", "this centenary"). Grouping by words keeps two events, as the two names share only the
count; the guideline records each distinct event once, at its first mention. Rules:
events.json's `described_anniversaries`:

- a description is a counted anniversary after a possessive ("its 90th anniversary", "the
  85th anniversary of our plant": round 12aa's and bs's possessive mentions), one with nothing
  after its count and anniversary word ("this centenary"), or one whose "of" tail is a
  determiner of `determiners`, at most `max_modifiers` lowercase words and a noun of `nouns`
  ("of the town", "of a remarkable university");
- when a count has exactly two anniversary groups on the page and one of them is a
  description, the two are one event, recorded at the first mention;
- not when the description is a possessive and the other says what it is of, but shares no
  word with the words before the possessive in its sentence (where its owner is said), nor
  the initials of their capitalised words ("the Lake Farm, which marked its 100th
  anniversary" and "the 100th anniversary of the Pine Youth League"; "The farm marked its
  100th anniversary"): two anniversaries of one count;
- never with three or more groups of the count (which one is described is not known).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from pipeline.nlp.rules import Rules, compiled_from_rules, phrase_alternation

__all__ = ["described_anniversary_pairs"]

_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
# a run of capitalised words, joiners inside allowed ("Lake Union of Pine Farmers")
_OWNER = re.compile(r"[A-Z][\w’'-]*(?:[ \t]+(?:(?:of|and|for|the)[ \t]+)*[A-Z][\w’'-]*)*(?:’s|'s)?")


@dataclass(frozen=True)
class _DescribedRule:
    tail: re.Pattern  # "of the town": a description's tail after the anniversary word
    anniversary: re.Pattern  # the count and anniversary word of a name
    counts: re.Pattern  # a count in a name: "25th", "1,000th", "twenty-fifth"
    owner_window: int  # how far before a possessive its owner may end


@compiled_from_rules
def _described_rule(ruleset: Rules) -> _DescribedRule | None:
    """events.json's `described_anniversaries`, compiled; None when the rule is off."""
    rules = ruleset.get("events", required=("heads",))
    rule = rules.get("described_anniversaries") or {}
    nouns = rule.get("nouns") or []
    determiners = rule.get("determiners") or []
    if not nouns or not determiners:
        return None
    modifiers = int(rule.get("max_modifiers", 1))
    tail = re.compile(
        rf"\s+of\s+(?:{phrase_alternation(determiners)})\s+(?:[a-z][\w-]*\s+){{0,{modifiers}}}"
        rf"(?:{phrase_alternation(nouns)})\s*$"
    )
    words = sorted(rules.get("anniversary_words", []), key=len, reverse=True)
    anniversary = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\w*", re.I)
    # a token holding a digit (read from a token's start only, so a long token costs one pass)
    # or an ordinal of `ordinal_words`, maybe after one of `tens_words` and a hyphen; not any
    # word ending in "th" or "st" ("health", "youth", "forest")
    spelled = rules.get("ordinal_words") or {}
    tens = rules.get("tens_words") or {}
    counts = r"(?<!\S)[^\s\d]*\d\S*"
    if spelled:
        tens_part = rf"(?:(?:{phrase_alternation(tens)})-)?" if tens else ""
        counts += rf"|\b{tens_part}(?:{phrase_alternation(spelled)})\b"
    return _DescribedRule(
        tail,
        anniversary,
        re.compile(counts, re.IGNORECASE),
        int(rule.get("owner_window_chars", 80)),
    )


def _last_anniversary_word(rule: _DescribedRule, name: str) -> re.Match | None:
    """The last anniversary word of a name."""
    found = list(rule.anniversary.finditer(name))
    return found[-1] if found else None


def _subject(rule: _DescribedRule, name: str, words: Callable[[str], frozenset]) -> frozenset:
    """What a name says the anniversary is of: its words other than the count and the
    anniversary word ("Lake Union’s 10th anniversary": {lake, union})."""
    m = _last_anniversary_word(rule, name)
    if m is None:
        return words(name)
    before = rule.counts.sub(" ", name[: m.start()])
    return words(before + " " + name[m.end() :])


def _description(rule: _DescribedRule, event: dict, words: Callable) -> bool:
    """Whether an anniversary mention says whose it is only by a description."""
    if event.get("possessive"):
        return True
    name = event["name"]
    if not _subject(rule, name, words):
        return True  # "this centenary"
    m = _last_anniversary_word(rule, name)
    return m is not None and bool(rule.tail.match(name[m.end() :]))


def _owner_words(rule: _DescribedRule, text: str, event: dict, words: Callable) -> frozenset:
    """The words of a possessive anniversary's sentence before it, within the rule's window:
    where its owner is said ("Pine District will mark its", "the Lake Farm, which has marked
    its", "The farm marked its")."""
    start = event["start"]
    lo = max(0, start - rule.owner_window)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    return words(text[ends[-1] if ends else lo : start])


def _owned_elsewhere(
    rule: _DescribedRule, text: str, described: dict, other: dict, words: Callable
) -> bool:
    """Whether a possessive description's owner is not what the other anniversary is of: the
    other's words (less its count) share none of the words before the possessive in its
    sentence, nor the initials of its capitalised ones ("The farm marked its 100th
    anniversary" and "the 100th anniversary of the Lake Union")."""
    if not described.get("possessive") or described.get("owned"):
        return False
    other_words = _subject(rule, other["name"], words)
    if not other_words:
        return False  # "this centenary": no one else is named
    if _owner_words(rule, text, described, words) & other_words:
        return False
    start = described["start"]
    before = text[max(0, start - rule.owner_window) : start]
    for run in _OWNER.finditer(before):
        capitals = [w for w in re.findall(r"[A-Z][\w’'-]*", run.group(0)) if words(w)]
        initials = "".join(w[0] for w in capitals)  # not "The": "the Lake Pine Union"
        if len(initials) > 1 and re.search(rf"\b{re.escape(initials)}\b", other["name"]):
            return False  # "the Lake Pine Union ... its 10th" and "the LPU’s 10th anniversary"
    return True


def described_anniversary_pairs(
    ruleset: Rules,
    text: str,
    groups: Iterable,
    number: Callable[[str], int | None],
    words: Callable[[str], frozenset],
) -> list[tuple]:
    """The anniversary groups that name one anniversary, once by a description (events.json's
    `described_anniversaries`, issue 12 round ef): (first, second) for each count with exactly
    two anniversary groups, one a description, in the order of `groups`; the caller merges
    each second group into its first (`events._Groups.merge`). No group is in two pairs.

    `groups`: the page's groups in order of first mention (each with `kind`, `mentions`,
    `held`, `another`); `number`: an anniversary name's count; `words`: a name's content
    words."""
    rule = _described_rule(ruleset)
    if rule is None:
        return []
    by_count: dict[int, list] = {}
    for group in groups:
        if group.kind != "anniversary" or group.held or group.another:
            continue
        count = number(group.mentions[0]["name"])
        if count is not None:
            by_count.setdefault(count, []).append(group)
    pairs = []
    for pair in by_count.values():
        if len(pair) != 2:
            continue
        first, second = pair
        a, b = first.mentions[0], second.mentions[0]
        if _description(rule, a, words):
            described, other = a, b
        elif _description(rule, b, words):
            described, other = b, a
        else:
            continue
        if _owned_elsewhere(rule, text, described, other, words):
            continue
        pairs.append((first, second))
    return pairs
