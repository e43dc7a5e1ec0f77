"""An event named again by its place alone (issue 12, round dp).

A page that names an event and says where it was held ("the Lake Union summit, which had
recently finished in Pinetown") often names it again by the place and the head alone ("the
agreements made at the Pinetown summit"): the two names share no word but, at most, the head,
so grouping by words kept two events where the page names one. Rules: events.json's
`place_head_aliases`:

- `heads`: each head a place-named event may have ("summit"), and the kinds of the earlier
  event it may name again ("summit", "meeting");
- `links`: the words before the place ("in");
- `sentences_after`: how many sentence ends after the earlier mention the place may come
  (its own sentence, and the next: "... the Lake summit. It will be held in Pinetown.");
- `title_heads`: the heads of a title that names the page's own event held in the place
  ("The Lake Union summit took place in Pinetown"): then "the Pinetown summit" is that event,
  not annotated.

Only a name that is the place and the head alone ("the Pinetown summit"), with the place
written after a link somewhere before it on the page or in the title (so it is a place), and
not another occurrence ("the next Pinetown summit"). The earlier event must be one the page
records (a kept group), named before, not itself another occurrence, and placed there by its
name ("the Lake summit in Pinetown", "the Pinetown summit") or by the text after it, up to the
next event's mention; an earlier event whose name is placed elsewhere ("the Lake Summit in
Hillside") is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.nlp.rules import Rules, compiled_from_rules, phrase_alternation

__all__ = ["place_head_aliases"]

# a place: one or two capitalised words, "St" before them allowed ("St Pinewood")
_PLACE = r"(?:St\.?\s+)?[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?"
# the end of a sentence: a full stop, question or exclamation mark before white space, or a
# line break
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


@dataclass(frozen=True)
class _AliasRule:
    name: re.Pattern  # "(the) Pinetown summit": the place and the head
    heads: dict[str, frozenset[str]]  # head -> kinds of the event it may name again
    link: str  # the regex alternation of the links before a place
    any_place: re.Pattern  # a link and a place ("in Hillside"): a name placed somewhere
    sentences_after: int
    title_heads: re.Pattern | None


@compiled_from_rules
def _alias_rule(ruleset: Rules) -> _AliasRule | None:
    """events.json's `place_head_aliases`, compiled; None when the rule is off."""
    rule = ruleset.get("events", required=("heads",)).get("place_head_aliases") or {}
    heads = {h.lower(): frozenset(k) for h, k in (rule.get("heads") or {}).items()}
    links = rule.get("links") or []
    if not heads or not links:
        return None
    # the place as written (capitalised), the head in any case ("Pinetown Summit")
    name = re.compile(
        rf"(?:[Tt]he\s+)?(?P<place>{_PLACE})\s+(?P<head>(?i:{phrase_alternation(heads)}))"
    )
    title_heads = rule.get("title_heads") or []
    return _AliasRule(
        name=name,
        heads=heads,
        link=phrase_alternation(links),
        any_place=re.compile(rf"\b{phrase_alternation(links)}\s+{_PLACE}\b"),
        sentences_after=int(rule.get("sentences_after", 1)),
        title_heads=(
            re.compile(rf"\b{phrase_alternation(title_heads)}\b", re.IGNORECASE)
            if title_heads
            else None
        ),
    )


def _sentences_end(text: str, at: int, count: int) -> int:
    """Where the `count`th sentence end from `at` is (the text's end if there are fewer)."""
    for _ in range(count):
        m = _SENTENCE_END.search(text, at)
        if m is None:
            return len(text)
        at = m.end()
    return at


def place_head_aliases(
    ruleset: Rules,
    text: str,
    title: str,
    dated: list[tuple[dict, str | None]],
    mentions: list[dict],
    group_of: dict[int, int],
    others: set[int],
    another: Callable[[dict], bool],
) -> set[int]:
    """The indices in `dated` (each kept group's first mention) of events named by a place
    and their head alone that name again an event the page names before and places there, or
    the page's own event its title places there. `mentions` are the page's event mentions in
    text order, `group_of` maps the id of a kept group's mention to its index in `dated`, and
    `others` holds the indices of groups that are another occurrence, and `another` tells
    whether the words before a mention say it is one ("the next ...")."""
    rule = _alias_rule(ruleset)
    if rule is None:
        return set()
    out: set[int] = set()
    for index, (event, _) in enumerate(dated):
        m = rule.name.fullmatch(event["name"])
        if m is None or index in others or another(event):
            continue
        place, kinds = m.group("place"), rule.heads[m.group("head").lower()]
        placed = re.compile(rf"\b{rule.link}\s+{re.escape(place)}\b")
        in_title = placed.search(title) is not None
        if not in_title and placed.search(text, 0, event["start"]) is None:
            continue  # the page never says "in Pinetown" before: no place known
        if in_title and rule.title_heads is not None and rule.title_heads.search(title):
            out.add(index)  # "The Lake summit took place in Pinetown": the page's own
            continue
        if _names_earlier(
            rule, text, place, placed, kinds, event, index, mentions, group_of, others, another
        ):
            out.add(index)
    return out


def _names_earlier(
    rule: _AliasRule,
    text: str,
    place: str,
    placed: re.Pattern,
    kinds: frozenset[str],
    event: dict,
    index: int,
    mentions: list[dict],
    group_of: dict[int, int],
    others: set[int],
    another: Callable[[dict], bool],
) -> bool:
    """Whether a recorded event of one of `kinds`, mentioned before `event`, is placed in
    `place` by its name or by the text after it."""
    for position, mention in enumerate(mentions):
        if mention["end"] > event["start"]:
            break
        group = group_of.get(id(mention), index)
        if mention["kind"] not in kinds or group in (index, *others) or another(mention):
            continue  # not recorded, the event itself, or another occurrence
        if placed.search(mention["name"]):
            return True  # "the Lake summit in Pinetown"
        named = rule.name.fullmatch(mention["name"])
        if named is not None and named.group("place") == place:
            return True  # "the Pinetown summit"
        if rule.any_place.search(mention["name"]):
            continue  # "the Lake Summit in Hillside": placed elsewhere
        following = (m["start"] for m in mentions[position + 1 :] if m["start"] >= mention["end"])
        hi = min(
            _sentences_end(text, mention["end"], rule.sentences_after),
            event["start"],
            next(following, len(text)),  # a place after the next event is that one's
        )
        if placed.search(text, mention["end"], hi):
            return True  # "the Lake summit, which had recently finished in Pinetown"
    return False
