"""Named days in running text: days named by a "Day of ..." tail (`_named_days`, the
grammar's `named_day_re`, events.json's `named_days`, issue 12ab) and days named by words
before a day head (events.json's `prefixed_named_days`, `prefixed_days`, issue 12 round cx),
with the rule that splits "the Day of Lake Unity and Pine Day" into two days. Moved from
`event_names` (issue 12, round 12split-names); the pattern that the grammar compiles
(`_named_day_pattern`) stays in `event_names` with the grammar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.nlp.event_name_words import (
    _NEXT_WORD,
    _SP,
    _find_all,
    _inside,
    _is_sentence_initial,
    _literal_matches,
    _start_of_word_before,
    word_before,
    written_in_kept,
)
from pipeline.nlp.prefilter import Spans
from pipeline.nlp.rules import (
    Rules,
    compiled_from_rules,
)

if TYPE_CHECKING:
    from pipeline.nlp.event_names import Grammar


def _named_days(text: str, g: Grammar, kept: Spans | None) -> list[dict]:
    """Days named by their tail ("the Day of Lake Unity"), in the paragraphs kept (the
    prefilter keeps each paragraph with one): the name starts at the head. Not after "a" ("a
    Day of Field": one of many) nor after a capitalised word that is not a sentence's first
    ("the Last Day of Pompeii", a painting); a tail that ends in the head after "and" names a
    second day ("the Day of Lake Unity and Pine Day"): the name ends before "and"."""
    found = []
    for m in _literal_matches(g.named_day_re, text, g.named_day_heads, kept):
        before = word_before(text, m.start())
        if before.lower() in g.indefinite_determiners:
            continue
        if before[:1].isupper() and not _is_sentence_initial(
            text, _start_of_word_before(text, m.start())
        ):
            continue
        name = _first_of_two_days(m.group(0), g.named_day_heads)
        found.append(
            {
                "start": m.start(),
                "end": m.start() + len(name),
                "name": name,
                "kind": g.named_day_kind,
            }
        )
    return found


@dataclass(frozen=True)
class _PrefixedDays:
    head: str
    trigger: re.Pattern  # a capitalised word, then the head: where the prefilter looks
    max_words: int
    not_first: frozenset[str]
    tail_only: frozenset[str]
    not_names: frozenset[str]
    person_titles: frozenset[str]
    kind: str


@compiled_from_rules
def prefixed_days(ruleset: Rules) -> _PrefixedDays | None:
    """events.json's `prefixed_named_days` (issue 12 round cx), compiled; None when off."""
    rule = ruleset.get("events", required=("heads",)).get("prefixed_named_days") or {}
    head = rule.get("head")
    if not head:
        return None
    return _PrefixedDays(
        head=head,
        trigger=re.compile(rf"(?<![\w’'-])[A-Z][\w’'-]*{_SP}{re.escape(head)}(?![\w’'-])"),
        max_words=int(rule.get("max_words", 6)),
        not_first=frozenset(rule.get("not_first_words", [])),
        tail_only=frozenset(rule.get("tail_only_words", [])),
        not_names=frozenset(n.lower() for n in rule.get("not_names", [])),
        person_titles=frozenset(rule.get("person_titles", [])),
        kind=rule.get("kind", "other"),
    )


_DAY_NAME_WORD = re.compile(r"[A-Z][\w’'-]*")
_DAY_NAME_TOKEN = re.compile(r"([\w’'-]+)[^\S\n]+$")


def _prefixed_day_start(text: str, head_start: int, rule: _PrefixedDays, g: Grammar) -> int:
    """Where the capitalised words before a day's head begin (`head_start` when none): name
    words joined by "of" (maybe "of the") and by "and" after a single capitalised word that
    starts the run ("the Lake and Pine Unity Day"; not "the Lake Army and Pine Day", two
    names); openers (name_stopwords, `not_first_words`: "On", "Happy", "Ahead of") are left
    out at the start."""
    tokens: list[tuple[int, str]] = []  # (start, word), right to left
    at = head_start
    while len(tokens) < 3 * rule.max_words:
        m = _DAY_NAME_TOKEN.search(text, max(0, at - 60), at)
        if m is None:
            break
        tokens.append((m.start(1), m.group(1)))
        at = m.start(1)
    start = head_start
    words = 0
    i = 0
    while i < len(tokens) and words < rule.max_words:
        pos, word = tokens[i]
        if _DAY_NAME_WORD.fullmatch(word) and word not in g.name_stop:
            if word in rule.not_first:
                break
            start, words, i = pos, words + 1, i + 1
            continue
        if words == 0:
            break
        if word == "the" and i + 1 < len(tokens) and tokens[i + 1][1] == "of":
            i += 1
            word = "of"
        if word == "of" and i + 1 < len(tokens):
            prev = tokens[i + 1][1]
            if _DAY_NAME_WORD.fullmatch(prev) and prev not in g.name_stop:
                i += 1  # "Defender of the Pine Day": the word before "of" is read next
                continue
            break
        if word == "and" and i + 1 < len(tokens):
            prev_pos, prev = tokens[i + 1]
            before = tokens[i + 2][1] if i + 2 < len(tokens) else ""
            if (
                _DAY_NAME_WORD.fullmatch(prev)
                and prev not in g.name_stop
                and prev.lower() not in g.heads
                and not (_DAY_NAME_WORD.fullmatch(before) and before not in g.name_stop)
                and before not in ("of", "and")
            ):
                start, words = prev_pos, words + 1
        break
    return start


_JOINED_AFTER = re.compile(r"[\w’'-]")  # a word character or a joint right after a day's head


def _prefixed_days(ruleset: Rules, text: str, g: Grammar, kept: Spans | None) -> list[dict]:
    """Days named by capitalised words before the head ("Lake Press Day", "Defender of the Pine
    Day", "Pine Workers’ Day"), in the paragraphs kept (the prefilter keeps each paragraph with
    one): issue 12 round cx, `prefixed_named_days`. A "Day of ..." tail right after the head
    (`named_days`' pattern) ends the name ("International Day of Lake Rivers"); names of only
    `tail_only_words` need one ("the International Day" alone is no name). Not `not_names`
    ("Name Day"), nor on a page that writes a person's title right before the head ("Mr Day":
    a surname), nor before an organisation word or a place noun ("the Lake Day Museum")."""
    rule = prefixed_days(ruleset)
    if rule is None or rule.head not in text:
        return []
    if kept is not None and not written_in_kept(text, (rule.head,), kept):
        return []  # each day kept has its head inside a span: the masked text is not searched
    found: list[dict] = []
    head = rule.head
    for title in rule.person_titles:
        if f"{title} {head}" in text or f"{title}. {head}" in text:
            return []
    for i in _find_all(text, head):
        # the character after the head alone (a slice of the page's rest was read each time)
        after = text[i + len(head) : i + len(head) + 1]
        if text[i - 1 : i] in ("-", "’", "'") or _JOINED_AFTER.match(after):
            continue
        if kept is not None and not _inside(kept, i):
            continue
        following = _NEXT_WORD.match(text, i + len(head))
        if g.organisation_re.match(text, i + len(head)) or (
            following and following.group(1).lower() in g.place_nouns
        ):
            continue  # "the Lake Day Museum", as for a head: a place or body named after it
        start = _prefixed_day_start(text, i, rule, g)
        if start == i:
            continue
        end = i + len(head)
        tail = g.named_day_re.match(text, i)
        if tail is not None and text[tail.start() : tail.end()].startswith(head):
            name = _first_of_two_days(tail.group(0), {head})
            end = i + len(name)
        prefix_words = text[start:i].split()
        if end == i + len(head) and all(w in rule.tail_only for w in prefix_words):
            continue  # "the International Day": no name without its tail
        name = text[start:end]
        if name.lower() in rule.not_names or text[start : i + len(head)].lower() in rule.not_names:
            continue
        found.append({"start": start, "end": end, "name": name, "kind": rule.kind})
    return found


def _first_of_two_days(name: str, heads) -> str:
    """A day's name up to its last " and " when it ends in one of `heads` after it: "the Day of
    Lake Unity and Pine Day" names two days, the first ends before "and"."""
    if " and " in name and name.rsplit(None, 1)[-1] in heads:
        return name[: name.rindex(" and ")]
    return name
