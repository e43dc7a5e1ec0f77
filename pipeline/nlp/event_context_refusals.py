"""Names refused by their context: a head inside a document's title, after a
possessive, or right after an acronym's opening bracket (events.json's
`context_refusals`, issue 12 round as, widened in rounds ct and dd; `refused_by_context`).
Moved from `event_names` (issue 12, round 12split-names).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.nlp.event_name_words import word_before
from pipeline.nlp.rules import (
    Rules,
    compiled_from_rules,
    phrase_alternation,
)


@dataclass(frozen=True)
class _ContextRefusal:
    head_re: re.Pattern
    not_in_name: frozenset[str]
    possessive_before_head: bool
    before_re: re.Pattern | None
    after_re: re.Pattern | None
    through_acronym_brackets: bool = False
    # round dd: the rule fires only on a bare name, none of these words right before it
    bare_unless_before: frozenset[str] = frozenset()
    # round dd: a document's title ("the Lake Convention on ..."), the head inside it
    title_re: re.Pattern | None = None


@compiled_from_rules
def _context_refusals(ruleset: Rules) -> tuple[_ContextRefusal, ...]:
    """events.json's `context_refusals` (issue 12 round as), compiled."""
    rules = ruleset.get("events", required=("heads",)).get("context_refusals") or []
    refusals = []
    for rule in rules:
        before = rule.get("before") or []
        after = rule.get("after") or []
        refusals.append(
            _ContextRefusal(
                head_re=re.compile(
                    rf"(?i)(?:^|(?<=\s))({phrase_alternation(rule['heads'])})(?![\w’'-])"
                ),
                not_in_name=frozenset(w.lower() for w in rule.get("not_in_name", [])),
                possessive_before_head=bool(rule.get("possessive_before_head")),
                through_acronym_brackets=bool(rule.get("through_acronym_brackets")),
                before_re=re.compile(rf"(?i)(?<![\w’'-]){phrase_alternation(before)}\s+$")
                if before
                else None,
                after_re=re.compile(rf"(?i)^\s+{phrase_alternation(after)}(?![\w’'-])")
                if after
                else None,
                bare_unless_before=frozenset(w.lower() for w in rule.get("bare_unless_before", [])),
                title_re=_document_title_re(rule.get("document_titles")),
            )
        )
    return tuple(refusals)


def _document_title_re(rule: dict | None) -> re.Pattern | None:
    """A document's title running up to a head (`context_refusals`' `document_titles`, issue 12
    round dd): one of its `words` (capitalised, "Convention"), one of its `links` ("on", "to"),
    then capitalised words, numbers and `joiners` ("of", "the") up to the end: the head is what
    the document is about; a lowercase word of a clause ("that was approved at") ends a title."""
    if not rule or not rule.get("words"):
        return None
    words = phrase_alternation(rule["words"])
    links = phrase_alternation(rule.get("links", ["on"]))
    joiners = phrase_alternation(rule.get("joiners", []))
    word = rf"(?:[A-Z0-9][\w’'-]*|{joiners})" if joiners else r"[A-Z0-9][\w’'-]*"
    return re.compile(rf"(?<![\w’'-])(?:{words})\s+(?i:{links})\s+(?:{word}\s+)*$")


_POSSESSIVE_BEFORE = re.compile(r"[A-Z][\w.-]*(?:’s|'s)\s+$")
_CAPITALISED_RUN_BEFORE = re.compile(r"(?:[A-Z0-9][\w’'-]*\s+)*$")


def _in_document_title(rule: _ContextRefusal, text: str, start: int, head: int) -> bool:
    """Whether the head at `start + head` stands in a document's title (`title_re`: "the Lake
    Convention on Standards of Fair Election", "the Guidelines to Promote Competition"), and
    the capitalised words that lead to it follow none of `bare_unless_before` (determiners):
    "the Order On Setting the Date of the Lake Vote" names a vote (issue 12 round dd)."""
    at = start + head
    if not rule.title_re.search(text, max(0, at - 100), at):
        return False
    run = _CAPITALISED_RUN_BEFORE.search(text, max(0, at - 100), at)
    first = run.start() if run else at
    return word_before(text, first).lower() not in rule.bare_unless_before


# an acronym and the opening bracket of its expansion right before a name: "the LCF [" (round ct)
_ACRONYM_BRACKET_BEFORE = re.compile(r"(?<![\w’'-])[A-Z]{2,}[a-z]?\s*[\[(]\s*$")


def refused_by_context(ruleset: Rules, text: str, start: int, end: int) -> bool:
    """Whether the event name text[start:end] is refused by one of `context_refusals`
    (issue 12 round as): its name holds one of the rule's heads (and none of `not_in_name`;
    with `possessive_before_head`, right after a capitalised possessive: "the Lake Mayor's
    election"), and the text right before it ends with one of `before` ("adopted by the Lake
    Assembly": a body) or the text right after it starts with one of `after` ("the Lake
    Assembly resolution"; "the Lake Mayor's election campaign"). With `through_acronym_brackets`
    (issue 12 round ct) the text before is read from before an acronym and the opening bracket
    of its expansion ("members of the LCF [Lake Countries Forum]"). Issue 12 round dd: with
    `bare_unless_before`, a rule fires only on a bare name, none of those words right before it,
    and by that alone when it has no `before` nor `after` ("at Lake summits": summits in
    general); with `document_titles`, where the head stands in a document's title ("the Lake
    Convention on Standards of Fair Election")."""
    name = text[start:end]
    for rule in _context_refusals(ruleset):
        head = rule.head_re.search(name)
        if head is None:
            continue
        if rule.not_in_name and set(re.findall(r"[\w’'-]+", name.lower())) & rule.not_in_name:
            continue
        if rule.possessive_before_head and not _POSSESSIVE_BEFORE.search(name[: head.start()]):
            continue
        if rule.title_re is not None:
            if _in_document_title(rule, text, start, head.start()):
                return True  # "the Lake Convention on Fair Election": a title (round dd)
            continue
        if rule.bare_unless_before:
            if word_before(text, start).lower() in rule.bare_unless_before:
                continue  # "the Lake summits": named occurrences (round dd)
            if rule.before_re is None and rule.after_re is None:
                return True  # "at Lake summits": summits in general (round dd)
        if rule.before_re is not None:
            cut = start
            if rule.through_acronym_brackets:
                bracket = _ACRONYM_BRACKET_BEFORE.search(text, max(0, start - 20), start)
                if bracket is not None:
                    cut = bracket.start()
            if rule.before_re.search(text, max(0, cut - 60), cut):
                return True
        if rule.after_re is not None and rule.after_re.match(text[end : end + 60]):
            return True
    return False
