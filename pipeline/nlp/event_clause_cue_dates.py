"""Phrases of an event's clause that tell whose date a date is, or that the event is still ahead
(moved out of `event_dates`; issue 12 rounds u, x, cl, dq).

- `compared_with`: a date a figure is compared with ("compared to last year";
  `comparison_date_leads`, round u) dates no event;
- `upcoming_lead_before`: a phrase before a name that puts the event ahead
  (`upcoming_event_lead_phrases`, round x);
- `other_nouns_date`: a date in another noun's relative clause (`other_noun_date_relatives`);
- `_founded_at`: a date of the founding of the event's organiser (`own_founding_date_cues`);
- `preparation_talk_date`: the date of talk about preparing the event, not of the event
  (`preparation_talk_dates`, round cl); `prepared_event`: an event named right after a phrase of
  preparing takes no date from its clause's cues (`prepared_event_cues`, round dq).
"""

from __future__ import annotations

import re

from pipeline.nlp.rules import NEVER_MATCHES, Rules, compiled_from_rules, phrase_alternation


@compiled_from_rules
def _comparison_lead(ruleset: Rules) -> re.Pattern:
    """events.json's `comparison_date_leads` right before a date, "the same period (of)" allowed
    between: "compared to last year", "than in the same period last year"."""
    leads = ruleset.get("events", required=("heads",)).get("comparison_date_leads", [])
    if not leads:
        return NEVER_MATCHES
    return re.compile(
        rf"\b(?:{phrase_alternation(leads)})\s+(?:in\s+)?(?:the\s+same\s+period\s+(?:of\s+)?)?$",
        re.IGNORECASE,
    )


def compared_with(ruleset: Rules, sentence: str, s: int) -> bool:
    """Whether the date starting at sentence[s] is the time a figure is compared with ("up 20
    percent compared to last year"), not an event's date."""
    return bool(_comparison_lead(ruleset).search(sentence, max(0, s - 60), s))


@compiled_from_rules
def _upcoming_lead(ruleset: Rules) -> tuple[re.Pattern, frozenset[str]]:
    """events.json's `upcoming_event_lead_phrases`: the phrases right before a name (a "the"
    between) that make the event one to come ("preparations for the Lake Summit"), and the kinds
    they leave alone."""
    events = ruleset.get("events", required=("heads",))
    rules = events.get("upcoming_event_lead_phrases", {})
    phrases = rules.get("phrases", [])
    # issue 12x: "the talks preceded a Lake Union summit", with "a" as well as "the"
    preceding = events.get("preceding_event_phrases", [])
    alternatives = [
        rf"\b(?:{phrase_alternation(phrases)})\s+(?:the\s+)?$" if phrases else None,
        rf"\b(?:{phrase_alternation(preceding)})\s+(?:the|an?)\s+$" if preceding else None,
    ]
    alternatives = [a for a in alternatives if a]
    pattern = re.compile("|".join(alternatives), re.IGNORECASE) if alternatives else NEVER_MATCHES
    return pattern, frozenset(rules.get("not_kinds", []))


def upcoming_lead_before(ruleset: Rules, text: str, start: int, kind: str) -> bool:
    """Whether the name starting at text[start] follows a phrase of preparing for it ("in the
    preparations for the Lake Summit"), for a kind `upcoming_event_lead_phrases` does not leave
    alone."""
    pattern, not_kinds = _upcoming_lead(ruleset)
    return kind not in not_kinds and bool(pattern.search(text, max(0, start - 40), start))


@compiled_from_rules
def _other_noun_date_relative(ruleset: Rules) -> re.Pattern:
    """events.json's `other_noun_date_relatives` right before a date: "that was elected on"."""
    rules = ruleset.get("events", required=("heads",)).get("other_noun_date_relatives", {})
    pronouns, auxiliaries = rules.get("pronouns", []), rules.get("auxiliaries", [])
    verbs = rules.get("verbs", [])
    if not (pronouns and auxiliaries and verbs):
        return NEVER_MATCHES
    return re.compile(
        rf"\b(?:{phrase_alternation(pronouns)})\s+(?:{phrase_alternation(auxiliaries)})\s+"
        rf"(?:{phrase_alternation(verbs)})\s+(?:on|in)\s+$",
        re.IGNORECASE,
    )


def other_nouns_date(ruleset: Rules, sentence: str, s: int) -> bool:
    """Whether the date starting at sentence[s] ends a relative clause about another noun ("the
    session of the Lake Council that was elected on May 5"): the council's date."""
    return bool(_other_noun_date_relative(ruleset).search(sentence, max(0, s - 60), s))


@compiled_from_rules
def _own_founding(ruleset: Rules) -> re.Pattern:
    """events.json's `own_founding_date_cues` between a name and a date: " was founded in "."""
    rules = ruleset.get("events", required=("heads",)).get("own_founding_date_cues", {})
    aux, verbs = rules.get("auxiliaries", []), rules.get("verbs", [])
    preps = rules.get("prepositions", [])
    if not (aux and verbs and preps):
        return NEVER_MATCHES
    return re.compile(
        rf"\s*,?\s*(?:{phrase_alternation(aux)})\s+(?:{phrase_alternation(verbs)})"
        rf"\s+(?:{phrase_alternation(preps)})\s+",
        re.IGNORECASE,
    )


def _founded_at(ruleset: Rules, sentence: str, end: int, s: int) -> bool:
    """Whether the date at sentence[s:] follows the name ending at `end` as the day or year the
    event was founded ("The Lake Festival was founded in 2009"; `own_founding_date_cues`)."""
    return s >= end and _own_founding(ruleset).fullmatch(sentence, end, s) is not None


def _preparing_before_name(rules: dict, most: int) -> re.Pattern:
    """A phrase of preparing (`phrases`) and at most `most` words of `determiners`, ending where
    an event's name starts ("preparations for the "); NEVER_MATCHES without phrases."""
    phrases, determiners = rules.get("phrases", []), rules.get("determiners", [])
    if not phrases:
        return NEVER_MATCHES
    det = rf"(?:(?:{phrase_alternation(determiners)})\s+){{0,{most}}}" if determiners else ""
    return re.compile(rf"\b(?:{phrase_alternation(phrases)})\s+{det}$", re.IGNORECASE)


@compiled_from_rules
def _preparation_talk(ruleset: Rules) -> re.Pattern:
    """events.json's `preparation_talk_dates`: a phrase of preparing and a determiner, ending
    right before an event's name ("preparations for the ")."""
    rules = ruleset.get("events", required=("heads",)).get("preparation_talk_dates", {})
    return _preparing_before_name(rules, 1)


def preparation_talk_date(ruleset: Rules, sentence: str, start: int, e: int) -> bool:
    """Whether a date ending at sentence[e] comes before a phrase of preparing that stands right
    before the name starting at `start` ("yesterday we discussed preparations for the Lake
    Games"): the preparing's date, not the event's (`preparation_talk_dates`, round cl)."""
    return e <= start and _preparation_talk(ruleset).search(sentence, e, start) is not None


@compiled_from_rules
def _prepared_event(ruleset: Rules) -> re.Pattern:
    """events.json's `prepared_event_cues`: a phrase of preparing and up to `max_determiners`
    determiners, ending right before an event's name ("as part of preparations for the ")."""
    rules = ruleset.get("events", required=("heads",)).get("prepared_event_cues", {})
    return _preparing_before_name(rules, int(rules.get("max_determiners", 1)))


def prepared_event(ruleset: Rules, sentence: str, start: int) -> bool:
    """Whether the name starting at sentence[start] is what a phrase of preparing right before
    it prepares ("as part of preparations for the Lake Cup"): the cues of its clause say when
    the preparing is done, not the event's date (`prepared_event_cues`, issue 12 round dq)."""
    pattern = _prepared_event(ruleset)
    return (
        pattern is not NEVER_MATCHES
        and pattern.search(sentence, max(0, start - 80), start) is not None
    )
