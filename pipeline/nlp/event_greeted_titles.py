"""The event a greeting page's title names, found again in its text (issue 12, round do).

A page whose title sends greetings to the people of an event ("Greetings to delegates,
guests and organisers of the Pine Cup 2031", "Greetings on the opening of the first Lake 360
federal forum") names that event as the page itself knows it. Where the name has a shape the
grammar cannot read (a brand or digits inside, a lowercase head after a title, no head word at
all: "Lake Ladies Trophy 2031", "the Thank You, Pineland concert") the scan of the text finds no
event, though the greeting's lead sentence repeats the title's name word for word. Rules:
events.json's `greeted_title_events`:

- `openings`: what a greeting title starts with ("greetings to", "message of greetings to");
- `addressees` and `addressee_links`: the people greeted and the word before the event
  ("organisers, guests and participants of"): what follows names an event with or without a
  head word (people take part in an event);
- `opening_phrases` ("opening of", "opening ceremony of"): what follows names an event only
  with a head word of `heads` in it (an opening may be a museum's);
- after an opening alone ("Greetings to the ..."): an event only with a head word too;
- `refused_words`: a name with one of them is left to the other rules (anniversaries, days).

The name is taken where the text writes it exactly as the title does, at its first such place,
and only if no event the text scan found overlaps it or shares half its words (the scan named
it already, perhaps in other words). Its kind is the kind of its last head word, else `kind`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.nlp.event_title_dates import title_words
from pipeline.nlp.rules import NEVER_MATCHES, Rules, compiled_from_rules, phrase_alternation

__all__ = ["GreetedTitles", "greeted_title_event", "greeted_titles"]


def _content(text: str) -> frozenset[str]:
    return frozenset(title_words(text))


@dataclass(frozen=True)
class GreetedTitles:
    addressed: re.Pattern  # "<opening> [the] <addressees> <link> [the] NAME"
    opened: re.Pattern  # "<opening> [the] <opening phrase> [the] NAME"
    plain: re.Pattern  # "<opening> [the] NAME"
    addressees: str  # "<addressees> <link> [the] " as a pattern, to find before NAME in a text
    heads: re.Pattern  # a head word inside the name
    head_kinds: dict[str, str]
    refused: re.Pattern
    kind: str

    def name(self, title: str) -> tuple[str, str, bool] | None:
        """The event name the title greets, its kind, and whether the title says it is an
        event (people greeted as its participants, or a head word in it); None when the title
        greets no named thing. A title on an opening without a head word is told by its text
        (`greeted_title_event`); a plain "Greetings to X" names an event only with a head word
        ("Greetings to the Lake Summer School" greets a school)."""
        title = title.strip()
        m = self.addressed.match(title)
        frame = "addressed"
        if not m:
            m = self.opened.match(title)
            frame = "opened"
        if not m:
            m = self.plain.match(title)
            frame = "plain"
        if not m:
            return None
        name = m.group("name").strip()
        if not name or self.refused.search(name):
            return None
        heads = list(self.heads.finditer(name))
        if frame == "plain" and not heads:
            return None
        kind = self.head_kinds[" ".join(heads[-1].group(0).lower().split())] if heads else None
        return name, kind or self.kind, bool(heads) or frame == "addressed"


@compiled_from_rules
def greeted_titles(ruleset: Rules) -> GreetedTitles | None:
    """events.json's `greeted_title_events`; None when the rule is off."""
    rules = ruleset.get("events", required=("heads",))
    rule = rules.get("greeted_title_events")
    if not rule or not rule.get("openings"):
        return None
    opening = phrase_alternation(rule["openings"])
    addressee = phrase_alternation(rule.get("addressees", []) or ["\0"])
    link = phrase_alternation(rule.get("addressee_links", []) or ["\0"])
    opened = phrase_alternation(rule.get("opening_phrases", []) or ["\0"])
    the = r"(?:the\s+)?"
    addressees = rf"{addressee}(?:\s*,?\s+(?:and\s+)?{addressee})*"
    in_text = rf"\b{addressees}\s+{link}\s+{the}"
    name = r"(?P<name>\S.*)"
    heads = rules["heads"]
    refused = rule.get("refused_words", [])
    return GreetedTitles(
        re.compile(rf"{opening}\s+{the}{addressees}\s+{link}\s+{the}{name}$", re.I),
        re.compile(rf"{opening}\s+{the}{opened}\s+{the}{name}$", re.I),
        re.compile(rf"{opening}\s+{the}{name}$", re.I),
        in_text,
        re.compile(rf"\b{phrase_alternation(heads)}\b", re.I),
        {" ".join(k.lower().split()): v for k, v in heads.items()},
        re.compile(rf"\b{phrase_alternation(refused)}\b") if refused else NEVER_MATCHES,
        rule.get("kind", "other"),
    )


def greeted_title_event(
    ruleset: Rules, title: str, text: str, found: Iterable[dict]
) -> dict | None:
    """The event the greeting title `title` names, where `text` writes its name as the title
    does and none of the events `found` in the text overlaps it or shares half its words: a
    mention as `find_events` lists them (start, end, name, kind); else None."""
    rule = greeted_titles(ruleset)
    if rule is None or not title:
        return None
    named = rule.name(title)
    if named is None:
        return None
    name, kind, sure = named
    start = text.find(name)
    if start < 0:
        return None
    end = start + len(name)
    if not sure and not re.search(rf"{rule.addressees}$", text[max(0, start - 120) : start], re.I):
        # "Greetings on the opening of the Lake Convention of Pine Brigades": an event where the
        # text greets its people ("greetings to the participants in the Lake Convention ...");
        # "on the opening of the Pine Museum" names none
        return None
    if (end < len(text) and text[end].isalnum()) or (start and text[start - 1].isalnum()):
        return None  # inside a longer word
    words = _content(name)
    for m in found:
        if m["start"] < end and m["end"] > start:
            return None
        other = _content(m["name"])
        if words and other and 2 * len(words & other) >= 0.5 * (len(words) + len(other)):
            return None
    return {"start": start, "end": end, "name": name, "kind": kind}
