"""Dates right after a war's name that are not the war's (issue 12 round war60).

A war, siege or blockade is dated only by a date in its name or right after it (events.json's
`multi_year_heads`; `event_dates._event_date`). Two kinds of date stand right after the name yet
belong to the clause, not to the war (events.json's `multi_year_clause_dates`):

- after a lead that makes the war the clause's time frame ("during the Lake War in 1702"), a
  date after "in" narrows that frame to the clause's own happening, inside the war;
- after a link that makes the war a modifier of another noun ("one of the battles of the Lake
  War ended on May 3, 1702"), a verb right after the name has that noun as its subject: the
  date after it is that noun's (a relative clause, ", which began in", is still the war's own).

`clause_date_after_war` tells one such date.
"""

from __future__ import annotations

import re

from pipeline.nlp.rules import (
    NEVER_MATCHES,
    Rules,
    compiled_from_rules,
    phrase_alternation,
    rule_words,
)

# how far before a name its lead or link is searched: longer than any lead with "the"
_LEAD_WINDOW = 40


@compiled_from_rules
def _clause_date_patterns(
    ruleset: Rules,
) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """(a frame lead right before a name, with maybe "the"; what stands between the name and a
    date that narrows the frame; a modifier link right before a name, with maybe "the"; a verb
    of a war's start or end right after the name, with no comma or relative pronoun)."""
    rules = ruleset.get("events", required=("heads",))
    # an object of lists of words, checked as the rules load (rule_shapes.NESTED_SHAPES; review61:
    # a list raised AttributeError, a string was read letter by letter); blank words are left out
    spec = rules.get("multi_year_clause_dates", {})
    frames, narrowing = rule_words(spec, "frame_leads"), rule_words(spec, "narrowing_links")
    links, verbs = rule_words(spec, "modifier_links"), rules.get("multi_year_date_verbs", [])

    def before_name(words: list[str]) -> re.Pattern:
        if not words:
            return NEVER_MATCHES
        return re.compile(rf"(?<![\w’'-])(?:{phrase_alternation(words)})\s+(?:the\s+)?$", re.I)

    return (
        before_name(frames),
        re.compile(rf"\s*,?\s*(?:{phrase_alternation(narrowing)})\s+(?:the\s+)?", re.I)
        if narrowing
        else NEVER_MATCHES,
        before_name(links),
        re.compile(rf"\s+(?:{phrase_alternation(verbs)})\b", re.I) if verbs else NEVER_MATCHES,
    )


def clause_date_after_war(ruleset: Rules, sentence: str, start: int, end: int, s: int) -> bool:
    """Whether the date at sentence[s:] right after the war named at sentence[start:end] is the
    clause's, not the war's: "during the Lake War in 1702" (a frame lead, then "in"), or "the
    history of the Lake War ended on May 3, 1702" (a modifier link, then a bare verb)."""
    frame, narrowing, link, verb = _clause_date_patterns(ruleset)
    lead_from = max(0, start - _LEAD_WINDOW)
    if frame.search(sentence, lead_from, start):
        # the date's text may begin with the link itself ("in 1702"): the link reaches it
        link_to = narrowing.match(sentence, end)
        if link_to and link_to.end() >= s:
            return True
    return bool(link.search(sentence, lead_from, start) and verb.match(sentence, end, s))
