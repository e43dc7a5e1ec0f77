"""An event followed by a passive or a verb of taking place to come ("the Lake Conference, which
is to be held in Pinetown", "the Pine Summit due to be held in Oslo"): still ahead, so of the
document's year when nothing else dates it (issue 12 round dw, `upcoming_event_trailing_passives`;
read in `events._upcoming_year` under `upcoming_event_year.max_doc_month`)."""

from __future__ import annotations

import re

from pipeline.nlp.rules import NEVER_MATCHES, Rules, compiled_from_rules, phrase_alternation

_STOP = re.compile(r"[.!?;](?=[\s”\"]|$)")


@compiled_from_rules
def _trailing_passive(ruleset: Rules) -> tuple[re.Pattern, re.Pattern, frozenset[str]]:
    """events.json's `upcoming_event_trailing_passives`: what may follow the name (a comma, one
    of phrases, maybe after "which"/"that" and "is"/"are"; or "which"/"that" and one of
    relative_phrases), the words of a sentence that names another time, and the kinds left
    alone."""
    rules = ruleset.get("events", required=("heads",)).get("upcoming_event_trailing_passives", {})
    phrases, relative = rules.get("phrases", []), rules.get("relative_phrases", [])
    forms = []
    if phrases:  # "the Pine Summit, due to be held", "a session, which is scheduled for"
        forms.append(rf"(?:(?:which|that)\s+(?:(?:is|are)\s+)?)?(?:{phrase_alternation(phrases)})")
    if relative:  # "the Lake Forum that will take place"; not "The Lake Forum will be held"
        forms.append(rf"(?:which|that)\s+(?:{phrase_alternation(relative)})")
    if not forms:
        return NEVER_MATCHES, NEVER_MATCHES, frozenset()
    after = re.compile(rf"\s*,?\s*(?:{'|'.join(forms)})\b", re.IGNORECASE)
    not_with = rules.get("not_in_sentence", [])
    against = (
        re.compile(rf"\b(?:{phrase_alternation(not_with)})\b", re.IGNORECASE)
        if not_with
        else NEVER_MATCHES
    )
    return after, against, frozenset(rules.get("not_kinds", []))


def upcoming_passive_after(
    ruleset: Rules, text: str, start: int, end: int, kind: str | None = None
) -> bool:
    """Whether the name at text[start:end] is followed by a phrase of its being held later
    ("..., which is to be held in Pinetown"; `upcoming_event_trailing_passives`), in a sentence
    that names no other time ("in two years") and not for the kinds left alone (games)."""
    after, against, not_kinds = _trailing_passive(ruleset)
    if kind in not_kinds or not after.match(text, end):
        return False
    lo = max((m.end() for m in _STOP.finditer(text, max(0, start - 400), start)), default=0)
    stop = _STOP.search(text, end, end + 400)
    hi = stop.end() if stop else min(len(text), end + 400)
    return against.search(text, max(lo, start - 400), hi) is None
