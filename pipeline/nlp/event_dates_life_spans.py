"""A person's life years in brackets ("Anna Lake (1901–1980)"), which date no event (moved out of
`event_dates`; issue 12 round bj): `life_spans` finds them, `without_life_spans` blanks them
(events.json's `life_span_brackets`).
"""

from __future__ import annotations

import re

from pipeline.nlp.rules import NEVER_MATCHES, Rules, compiled_from_rules, phrase_alternation


@compiled_from_rules
def _life_span_brackets(ruleset: Rules) -> tuple[re.Pattern, re.Pattern, frozenset[str], int, int]:
    """(brackets that may hold a person's life years: one of `note_words` and a year, or a
    range of two years; the run of capitalised words, maybe with `name_particles`, that ends
    right before them; the words that make that run no person's name: `not_name_words` and
    the event heads; the fewest and most years such a range spans). events.json's
    `life_span_brackets` (issue 12 round bj)."""
    rules = ruleset.get("events", required=("heads",))
    spans = rules.get("life_span_brackets", {})
    notes = spans.get("note_words", [])
    if not spans:
        return NEVER_MATCHES, NEVER_MATCHES, frozenset(), 0, 0
    year = r"(?:1[5-9]|20)\d\d"
    noted = rf"(?:{phrase_alternation(notes)})(?<=\w|\.)\s+[^()]{{0,80}}?\b{year}\b[^()]{{0,80}}"
    brackets = re.compile(
        rf"\(\s*(?:(?P<noted>{noted})|(?:c\.\s*)?(?P<y1>{year})\s*[–—-]\s*(?P<y2>{year}))\s*\)"
        if notes
        else rf"\(\s*(?:c\.\s*)?(?P<y1>{year})\s*[–—-]\s*(?P<y2>{year})\s*\)",
        re.IGNORECASE,
    )
    particles = spans.get("name_particles", [])
    word = r"[A-Z](?:\.|[\w’'-]*)"  # an initial, or a word with no stop after it
    joint = rf"\s+(?:(?:{phrase_alternation(particles)})\s+)?" if particles else r"\s+"
    name = re.compile(rf"(?<![\w’'-])(?:{word}{joint})*{word}\s*$")
    heads = {w for head in rules["heads"] for w in head.lower().split()}
    not_name = frozenset(w.lower() for w in spans.get("not_name_words", [])) | heads
    return (
        brackets,
        name,
        not_name,
        int(spans.get("min_years", 0)),
        int(spans.get("max_years", 0)),
    )


def life_spans(ruleset: Rules, text: str) -> list[tuple[int, int]]:
    """Where `text` gives a person's life years in brackets right after the person's name:
    "Anna Lake (1901–1980)", "Ivan Pine (born 1950)" (events.json's `life_span_brackets`,
    issue 12 round bj). Not after a war's, a state's or an office's name ("the Lake War
    (1801–1825)", "Prime Minister (1998–1999)"), nor a single year ("Pinetown (2019)")."""
    if "(" not in text:
        return []
    brackets, name, not_name, least, most = _life_span_brackets(ruleset)
    out = []
    for m in brackets.finditer(text):
        if m.group("y1") and not least <= int(m.group("y2")) - int(m.group("y1")) <= most:
            continue
        run = name.search(text, max(0, m.start() - 80), m.start())
        if run is None or any(w.lower().strip(".’'") in not_name for w in run.group().split()):
            continue
        out.append((m.start(), m.end()))
    return out


def without_life_spans(ruleset: Rules, text: str) -> str:
    """`text` with the brackets of `life_spans` blanked (spaces, so that offsets hold): what
    dates an event reads, which a person's life years must never date."""
    for s, e in life_spans(ruleset, text):
        text = text[:s] + " " * (e - s) + text[e:]
    return text
