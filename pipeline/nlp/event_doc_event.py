"""The event a document is the record of (`doc._.doc_event`): the page's own meeting.

The event component leaves the document's own meeting out of its facts: the summit, forum or
session that the title ("Plenary session of the Lake Forum") or a heading ("Speech at the Lake
summit") names, the page being its record (`events.py`, `is_own_event` and the branches after
it). That meeting is still what the page is a record of, and a reader who looks for the figures
said at an event needs it: `DocEvents` keeps the meetings the component recognised as the page's
own, and `doc_event` gives the one the document record carries (`event_name`, `event_kind`,
`event_key`), its key made by the event facts' key function (`event_keys.event_key`) dated by the
document's date, so that it meets the keys of the facts that name that occurrence on other pages.
Where the text names the meeting only as "the summit" (or in words the component keeps as a
fact), `title_event` reads the title with the same grammar and the same own-meeting test.

An event a page is only about is not its own: "Greetings to the participants of the Lake Forum"
names the forum as an event fact (`event_greeted_titles`), and the document record has none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from pipeline.nlp.event_keys import event_key
from pipeline.nlp.event_names import find_events
from pipeline.nlp.event_written_kinds import written_kind
from pipeline.nlp.rules import (
    NEVER_MATCHES,
    Rules,
    compiled_from_rules,
    phrase_alternation,
)

# how the component recognised a meeting as the page's own, the surest first: its title names
# it, a title naming the meeting's members names it, a council's meeting named as the summit
# the title names, a heading inside the text names it
BY_TITLE, BY_MEMBERS, BY_COUNCIL, BY_HEADING = range(4)
# the title alone names it, read by the grammar (`title_event`): the text only as "the summit"
TITLE_ONLY = 4


class DocEvents:
    """The page's own meetings as the event component finds them, one per event group."""

    def __init__(self) -> None:
        self._found: list[tuple[int, int, dict]] = []

    def note(self, how: int, event: dict) -> None:
        """Keep `event` (a mention: name, kind, start), recognised as the page's own by `how`
        (BY_TITLE ... TITLE_ONLY)."""
        self._found.append((how, len(self._found), event))

    def chosen(self, rules: Rules, doc_date: str | None) -> dict[str, Any] | None:
        """The document record's fields (`doc_event`) of the surest meeting kept, the first
        named of those recognised the same way; of one that gets an event_key, if any ("the
        fourth international forum" has none, "the Pine Dialogue forum" has one); never a news
        conference (`doc_event_refused_heads`): the summit it follows, if kept."""
        fields = [
            doc_event(rules, f[2], doc_date) for f in sorted(self._found, key=lambda f: f[:2])
        ]
        fields = [f for f in fields if f is not None]
        keyed = [f for f in fields if f["event_key"] is not None]
        return (keyed or fields or [None])[0]


def title_event(
    rules: Rules,
    title: str,
    is_own: Callable[[dict], bool],
    never_own: Callable[[dict], bool],
) -> dict | None:
    """The page's own meeting read from its title alone ("First day of the Lake summit"), for a
    page whose text names it only as "the summit", in a shape the scan does not read, or in
    other words that the component keeps as an event fact ("the Lake Union of Pine Makers (LUPM)
    congress" on a page titled "Plenary session of the LUPM congress"): the first event the
    grammar finds in the title (`find_events`) that the component's own-meeting test `is_own`
    takes as the page's own and `never_own` does not refuse (a war, a themed year); None where
    the title names no such event."""
    if not title:
        return None
    for event in find_events(rules, title):
        if not never_own(event) and is_own(event):
            return event
    return None


@compiled_from_rules
def _refused_heads(ruleset: Rules) -> re.Pattern:
    """events.json's `doc_event_refused_heads` as a pattern ("news conference"): an own meeting
    so named is the page's form, not a named event (a list of words: checked as the rules load,
    rule_shapes.DEFAULT_SHAPE)."""
    rules = ruleset.get("events", required=("heads",))
    heads = [h for h in rules.get("doc_event_refused_heads", []) if h.strip()]
    if not heads:
        return NEVER_MATCHES
    return re.compile(rf"(?<!\w)(?:{phrase_alternation(heads)})(?!\w)", re.IGNORECASE)


def refused_doc_event(rules: Rules, event: dict) -> bool:
    """Whether `event` is a news conference or another of `doc_event_refused_heads`: the page's
    form, not the event it is the record of."""
    return _refused_heads(rules).search(event["name"]) is not None


def doc_event(rules: Rules, event: dict | None, doc_date: str | None) -> dict[str, Any] | None:
    """The fields the document record takes of its own meeting `event` (None: the page is the
    record of no named event, or of a news conference: `doc_event_refused_heads`): its name as
    first written, its kind as an event fact would have it, and its key dated by the document's
    date `doc_date` (None when the key would mix occurrences or the document has no date)."""
    if event is None or refused_doc_event(rules, event):
        return None
    kind = written_kind(rules, event["name"], event["kind"])
    day = doc_date[:10] if doc_date else None
    return {
        "name": event["name"],
        "kind": kind,
        "event_key": event_key(rules, event["name"], kind, day),
    }
