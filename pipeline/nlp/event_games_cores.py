"""Games named with and without their head (issue 12 round ev57, event precision).

"the Olympic Games" and "the Olympics" name one games: the series' adjective alone stands for
the games. The event component tells the mentions of one event apart by their core words (a
later mention whose words are among an earlier one's names it again), so "the Olympic Games"
after "the Lakeside Olympics" was an event of its own, though the page spoke of one games.
Rules: events.json's `games_without_head`: in the core of a sports event that holds one of
`marks` ("olympic", "paralympic"), a word of `heads` ("game", singular as cores are) is left
out of a later mention's core when an earlier event's core holds the rest and more, so that
"the Olympic Games" names again "the Lakeside Olympics" and "the Olympic Winter Games" names
"the Lakeside Winter Olympics". Only the words that group mentions change: a record keeps its
name.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.nlp.rules import Rules, compiled_from_rules

__all__ = ["games_core"]

_KIND = "sports"  # only games are named by a series' adjective alone


@dataclass(frozen=True)
class _GamesWithoutHead:
    marks: frozenset[str]
    heads: frozenset[str]


@compiled_from_rules
def _games_without_head(ruleset: Rules) -> _GamesWithoutHead | None:
    """events.json's `games_without_head`, compiled; None without it (its shape, an object of
    lists of strings, is checked as the rules load)."""
    rule = ruleset.get("events", required=("heads",)).get("games_without_head")
    if not rule:
        return None
    # an object of lists of strings, checked as the rules load (rule_shapes.NESTED_SHAPES): a
    # list given as a string was read letter by letter (review58)
    return _GamesWithoutHead(
        marks=frozenset(w.lower() for w in rule.get("marks", [])),
        heads=frozenset(w.lower() for w in rule.get("heads", [])),
    )


def games_core(
    ruleset: Rules, kind: str, core: frozenset, earlier: Iterable[frozenset]
) -> frozenset:
    """A sports mention's core words without a head of `games_without_head`, when a mark word
    is among them and one of the `earlier` groups' cores holds the words left and more ("the
    Olympic Games" after "the Lakeside Olympics": it names those games again). Otherwise the
    core as it is: the first mention of a games keeps its head, so that a later "Winter Games"
    still names "the Lake Olympics World Winter Games"; and "the Olympic Games" after a bare
    "the Olympics" refines it as before, so that a later "the Lakeside Olympics" (some other
    games, as often as not) is not taken into it. Other kinds are returned as they are.
    `earlier` holds the cores of the page's earlier sports events only (an anniversary of a
    games is no games) and is read only when the rule applies: pass a generator, not a list
    built for every mention."""
    rule = _games_without_head(ruleset)
    if rule is None or kind != _KIND or not core & rule.marks or not core & rule.heads:
        return core
    kept = core - rule.heads
    if kept and any(kept < other for other in earlier):
        return kept
    return core
