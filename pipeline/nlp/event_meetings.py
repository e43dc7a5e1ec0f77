"""Meetings and councils named by who meets: summits of leaders (events.json's
`leaders_meeting_kind`, issue 12 round bn), a summit's tail naming who meets
(`summit_of_who_meets`), councils and interstate councils (`interstate_council_meetings`,
issue 12 rounds ah and bo), meetings named by their name (`named_meetings`, round av), by
initials (`acronym_meetings`, round be), by a format (`format_named_meetings`, round cf) and
by who meets before the body (`leaders_named_meetings`, rounds bq and ck). Moved from
`event_names` (issue 12, round 12split-names).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.nlp.event_name_words import _NEXT_WORD, _SP, word_before
from pipeline.nlp.rules import (
    NEVER_MATCHES,
    Rules,
    compiled_from_rules,
    normalise_phrase,
    phrase_alternation,
)

_LIST_AND = re.compile(r"[^\S\n]+and[^\S\n]+(?:the[^\S\n]+)?(?=[A-Z])")


def _second_council(
    ruleset: Rules, text: str, head_end: int, end: int
) -> tuple[int, int, int] | None:
    """Where a plural head's tail of two councils splits ("meetings of the Supreme Lake Council
    and the Pine Council of Heads of State"): the end of the first, and the start and end of
    the second, when each names a council of states' leaders on its own; None otherwise."""
    for joint in _LIST_AND.finditer(text, head_end, end):
        first, second = text[head_end : joint.start()], text[joint.end() : end]
        if (
            names_interstate_council(ruleset, first)
            and names_interstate_council(ruleset, second)
            and names_a_council(ruleset, second)
        ):
            return joint.start(), joint.end(), end
    return None


def leaders_meeting_kind(ruleset: Rules, name: str, kind: str) -> str:
    """The kind of an event as written out: a meeting whose name says that leaders or heads of
    state meet ("the Lake Leaders’ Meeting", "the meeting of the Lake Union Heads of State
    Council") is a summit (issue 12 round bn, events.json's `leaders_meeting_kind`); any other
    event keeps `kind`."""
    rule = _leaders_meeting(ruleset)
    if rule is None or kind not in rule[0]:
        return kind
    return rule[1] if rule[2].search(name) else kind


@compiled_from_rules
def _leaders_meeting(ruleset: Rules) -> tuple[frozenset[str], str, re.Pattern] | None:
    """events.json's `leaders_meeting_kind`: the kinds it rewrites, the kind written instead
    and a pattern of its words (who meets) as whole words; None when the rule is off."""
    rule = ruleset.get("events").get("leaders_meeting_kind")
    if not rule:
        return None
    words = re.compile(rf"\b{phrase_alternation(rule['words'])}\b", re.IGNORECASE)
    return frozenset(rule["kinds"]), rule["kind"], words


@compiled_from_rules
def _who_meets(ruleset: Rules) -> tuple[frozenset[str], re.Pattern]:
    """events.json's `summit_of_who_meets`: its heads, and who meets before a proper tail
    ("of the permanent members", then " of the Lake Council")."""
    rules = ruleset.get("events", required=("heads",)).get("summit_of_who_meets", {})
    heads = frozenset(normalise_phrase(h) for h in rules.get("heads", []))
    titles = rules.get("title_words", [])
    if not heads or not titles:
        return frozenset(), NEVER_MATCHES
    modifiers = max(0, int(rules.get("max_modifiers", 0)))
    return heads, re.compile(
        rf"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?:[a-z][\w-]*[^\S\n]+){{0,{modifiers}}}"
        rf"(?:{phrase_alternation(titles)})(?=[^\S\n]+of\b)"
    )


def who_meets_tail(
    ruleset: Rules, text: str, end: int, key: str, tail_re: re.Pattern
) -> re.Match | None:
    """The proper tail after who meets at a lowercase head of `summit_of_who_meets` ("summit"
    + " of the leaders" + " of Lakeland and Pineland"), or None."""
    heads, pattern = _who_meets(ruleset)
    if key not in heads:
        if key in _leaders_named_meetings(ruleset)[0]:
            # "a meeting of heads of government" + " of the Pine Union" (round ck)
            first = _who_first_re(ruleset).match(text, end)
            return tail_re.match(text, first.end()) if first else None
        return None
    m = pattern.match(text, end)
    return tail_re.match(text, m.end()) if m else None


@dataclass(frozen=True)
class _AcronymMeetings:
    heads: frozenset[str]
    determiners: frozenset[str]
    pre_modifiers: frozenset[str]
    modifiers_max: int
    not_initials: frozenset[str]
    stopwords: frozenset[str]
    not_before: frozenset[str]


@compiled_from_rules
def _acronym_meetings(ruleset: Rules) -> _AcronymMeetings | None:
    """events.json's `acronym_meetings` (issue 12 round be), or None when it is off."""
    rules = ruleset.get("events", required=("heads",))
    rule = rules.get("acronym_meetings")
    if not rule:
        return None
    stop = set(rule.get("modifier_stopwords", []))
    stop.update(rules.get("lowercase_modifier_stopwords", []))
    return _AcronymMeetings(
        heads=frozenset(w.lower() for w in rule.get("heads", [])),
        determiners=frozenset(w.lower() for w in rule.get("determiners", [])),
        pre_modifiers=frozenset(w.lower() for w in rule.get("pre_modifiers", [])),
        modifiers_max=int(rule.get("modifiers_max", 0)),
        not_initials=frozenset(rule.get("not_initials", [])),
        stopwords=frozenset(w.lower() for w in stop),
        not_before=frozenset(w.lower() for w in rule.get("not_before", [])),
    )


_INITIALS_BEFORE = re.compile(r"(?<![\w’'+-])([A-Z][A-Z0-9]{1,5}\+?)[ \t]+$")
_INITIALS = re.compile(r"[A-Z][A-Z0-9]{1,5}\+?")
_MODIFIER_BEFORE = re.compile(r"(?<![\w’'+-])([a-z][a-z-]*(?:s’|s')?)[ \t]+$")


def acronym_meeting_start(ruleset: Rules, text: str, head_start: int, head: str) -> int | None:
    """Where a lowercase head of `acronym_meetings`' `heads` named by a body's initials begins
    ("the LCO meeting", "the PLU leaders’ meeting", "the LPEC+ extraordinary ministerial
    meeting"): at the initials, when one of `determiners` comes before them (one of
    `pre_modifiers` may come in between: "the upcoming LCO meeting") and at most
    `modifiers_max` lowercase words, none a stopword, come between them and the head, and
    no word of `not_before` follows the head ("the LCO meeting room"); else None."""
    rule = _acronym_meetings(ruleset)
    if rule is None or head not in rule.heads or not text[head_start : head_start + 1].islower():
        return None
    following = _NEXT_WORD.match(text, head_start + len(head))
    if following and following.group(1).lower() in rule.not_before:
        return None  # "the LCO meeting room": a place
    at = head_start
    for _ in range(rule.modifiers_max + 1):
        window = text[max(0, at - 40) : at]
        initials = _INITIALS_BEFORE.search(window)
        if initials:
            if initials.group(1) in rule.not_initials:
                return None
            start = at - len(window) + initials.start(1)
            before = word_before(text, start)
            if before.lower() in rule.pre_modifiers:  # "the upcoming LCO meeting"
                before = word_before(text, text.rfind(before, 0, start))
            return start if before.lower() in rule.determiners else None
        modifier = _MODIFIER_BEFORE.search(window)
        if modifier is None or modifier.group(1).lower() in rule.stopwords:
            return None
        at = at - len(window) + modifier.start(1)
    return None


@compiled_from_rules
def _format_meetings(ruleset: Rules) -> tuple[frozenset[str], ...] | None:
    """events.json's `format_named_meetings` (issue 12 round cf): heads, format words,
    determiners, pre-modifiers and words refused after the head; None when it is off."""
    rule = ruleset.get("events", required=("heads",)).get("format_named_meetings")
    if not rule:
        return None
    return tuple(
        frozenset(w.lower() for w in rule.get(key, []))
        for key in ("heads", "format_words", "determiners", "pre_modifiers", "not_before")
    )


_FORMAT_NAME = re.compile(r"[\w+-]+")  # "Lakeland" of "the Lakeland format meeting"
_FORMAT_NAME_BEFORE = re.compile(r"(?<![\w’'+-])([A-Z][\w+-]*)[ \t]+([A-Za-z]+)[ \t]+$")


def format_meeting_start(ruleset: Rules, text: str, head_start: int, head: str) -> int | None:
    """Where a lowercase head of `format_named_meetings`' `heads` named by a format begins
    ("the Lakeland format meeting", "a Pine format meeting"): at the capitalised word right
    before one of `format_words` right before the head, when one of `determiners` comes
    before it (one of `pre_modifiers` may come in between: "the next Lakeland format
    meeting") and no word of `not_before` follows the head; else None."""
    rule = _format_meetings(ruleset)
    if rule is None:
        return None
    heads, format_words, determiners, pre_modifiers, not_before = rule
    if head not in heads or not text[head_start : head_start + 1].islower():
        return None
    following = _NEXT_WORD.match(text, head_start + len(head))
    if following and following.group(1).lower() in not_before:
        return None  # "the Lakeland format meeting room": a place
    lo = max(0, head_start - 60)
    m = _FORMAT_NAME_BEFORE.search(text[lo:head_start])
    if m is None or m.group(2).lower() not in format_words:
        return None
    start = lo + m.start(1)
    before = word_before(text, start)
    if before.lower() in pre_modifiers:  # "the next Lakeland format meeting"
        before = word_before(text, text.rfind(before, 0, start))
    return start if before.lower() in determiners else None


def initials_meeting_named_before(ruleset: Rules, event: dict, earlier: list[dict]) -> bool:
    """Whether a meeting named by a body's initials (`acronym_meeting_start`) is a later
    mention of an earlier event of `acronym_meetings`' `same_body_kinds` whose name holds the
    same initials as a word ("the SCO summit ... the SCO meeting": one summit, issue 12 round
    be)."""
    return initials_meeting_named_by(ruleset, event, earlier) is not None


def initials_meeting_named_by(ruleset: Rules, event: dict, earlier: list[dict]) -> dict | None:
    """The earlier mention that `initials_meeting_named_before` finds a meeting named by a
    body's initials names again, or None."""
    rule = ruleset.get("events", required=("heads",)).get("acronym_meetings") or {}
    initials = event.get("initials")
    kinds = rule.get("same_body_kinds", [])
    if not initials or not kinds:
        return None
    word = re.compile(rf"(?<![\w’'+-]){re.escape(initials)}(?![\w’'+-])")
    return next((e for e in earlier if e["kind"] in kinds and word.search(e["name"])), None)


@compiled_from_rules
def _interstate_council_re(ruleset: Rules) -> re.Pattern | None:
    """events.json's `interstate_council_meetings` (issue 12 round ah): its head, written as
    it is, with one of its words among the capitalised words before it or in an "of" tail right
    after it ("Supreme Lake Council", "Lake Council of Heads of State"); None when it is off."""
    rule = ruleset.get("events", required=("heads",)).get("interstate_council_meetings")
    if not rule or not rule.get("words"):
        return None
    head = phrase_alternation([rule.get("head", "Council")])
    words = phrase_alternation(rule["words"])
    cap = r"[A-Z][\w’'-]*"
    return re.compile(
        rf"(?<![\w’'-]){words}(?:{_SP}(?:of{_SP})?{cap})*{_SP}{head}\b"
        rf"|(?<![\w’'-]){head}{_SP}of{_SP}(?:the{_SP})?(?:{cap}{_SP})*{words}\b"
    )


@compiled_from_rules
def _named_meeting_rule(ruleset: Rules) -> tuple[int, re.Pattern | None, re.Pattern | None]:
    """events.json's `named_meetings` (issue 12 round av): the name words a capitalised
    ordinal-only head needs (0: off), and patterns for a group's name right before the head and
    in an "of" tail right after it."""
    rule = ruleset.get("events", required=("heads",)).get("named_meetings") or {}
    min_words = int(rule.get("capitalised_min_words", 0))
    if not rule.get("body_words"):
        return min_words, None, None
    body = phrase_alternation(rule["body_words"])
    cap = r"[A-Z][\w’'-]*"
    # capitalised words, a spaced dash between two of them allowed ("Lake – Pine Group")
    run = rf"{cap}(?:(?:{_SP}[–—-])?{_SP}{cap})*"
    before = re.compile(rf"(?<![\w’'-]){run}{_SP}{body}(?:’s|'s)?{_SP}?$")
    after = re.compile(rf"{_SP}of{_SP}(?:the{_SP})?{run}{_SP}{body}\b")
    return min_words, before, after


def names_meeting_by_name(
    ruleset: Rules, before: str, tail: str, capital: bool, name_words: int
) -> bool:
    """Whether an ordinal-only head ("meeting") is named without an ordinal (issue 12 round av,
    `named_meetings`): written capitalised after at least `capitalised_min_words` name words
    ("the Lake Economic Leaders’ Meeting"), or held by a group named by capitalised words that
    end in one of `body_words`, before the head or in its "of" tail ("the Lake Contact Group
    meeting", "a meeting of the Lake – Pine Vision Group")."""
    min_words, group_before, group_after = _named_meeting_rule(ruleset)
    if capital and min_words and name_words >= min_words:
        return True
    if group_before is not None and name_words and group_before.search(before):
        return True
    return group_after is not None and bool(tail) and group_after.match(tail) is not None


def names_interstate_council(ruleset: Rules, name: str) -> bool:
    """Whether a meeting's name (its words before the head and its tail) names a council of
    states' leaders: "meeting" names an event without an ordinal then ("the Lake Council of
    Heads of State meeting", "the Lake Union Supreme Council meeting")."""
    pattern = _interstate_council_re(ruleset)
    return pattern is not None and pattern.search(name) is not None


@compiled_from_rules
def _council_own_title(ruleset: Rules) -> tuple[re.Pattern, frozenset[str]] | None:
    """`interstate_council_meetings`' `own_title_heads` as a pattern and its
    `generic_words`; None without them."""
    rule = ruleset.get("events", required=("heads",)).get("interstate_council_meetings") or {}
    if not rule.get("own_title_heads"):
        return None
    heads = re.compile(
        rf"(?<!\w)(?:{phrase_alternation(rule['own_title_heads'])})(?!\w)", re.IGNORECASE
    )
    return heads, frozenset(w.lower() for w in rule.get("generic_words", []))


@compiled_from_rules
def _council_unnamed_words(ruleset: Rules) -> frozenset[str]:
    """`interstate_council_meetings`' `unnamed_words`: a name with no other word names no
    council ("the Council of Heads of State meeting")."""
    rule = ruleset.get("events", required=("heads",)).get("interstate_council_meetings") or {}
    return frozenset(w.lower() for w in rule.get("unnamed_words", []))


def names_a_council(ruleset: Rules, name: str) -> bool:
    """Whether a council's meeting's name has a word besides `unnamed_words` (of three letters
    or more): "the Lake Council of Heads of State meeting", not "the Council of Heads of State
    meeting"."""
    unnamed = _council_unnamed_words(ruleset)
    return any(w.lower() not in unnamed and len(w) > 2 for w in re.findall(r"[\w’'-]+", name))


def council_meeting_is_own(ruleset: Rules, name: str, title: str) -> bool:
    """Whether a council's meeting (`interstate_council_meetings`) is the page's own, named
    otherwise by its title: the title names a gathering (one of `own_title_heads`: "Lake Union
    summit", "the Supreme Lake Council met", "the sixth session of ...") and a word of the
    council's name other than its `generic_words`, or the initials of its capitalised words
    ("Lake Union Treaty Organisation" for "LUTO")."""
    rule = _council_own_title(ruleset)
    if rule is None or not title:
        return False
    heads, generic = rule
    if not heads.search(title):
        return False
    title_words = {w.lower() for w in re.findall(r"[\w’'-]+", title)}
    return bool(council_words(ruleset, name) & title_words)


def council_words(ruleset: Rules, name: str) -> frozenset[str]:
    """The words that tell a council's meeting from others (lowercased): its name's words but
    `generic_words` and words of one or two letters, and the initials of each run of
    capitalised words ("of" and "the" inside a run passed over), of three letters or more, of
    the run's beginnings and of each part of it after "of" or "the" ("Commonwealth of Independent
    States": cis; "Lake Union Treaty Organisation Council": lut, luto, lutoc; "Council of the
    Lake Union Treaty Organisation": luto)."""
    rule = _council_own_title(ruleset)
    generic = rule[1] if rule else frozenset()
    words = re.findall(r"[\w’'-]+", name)
    own = {w.lower() for w in words if w.lower() not in generic and len(w) > 2}
    run: list[str] = []
    segment: list[str] = []  # the run's words since its last "of" or "the"
    for w in [*words, "."]:
        if w[:1].isupper():
            run.append(w[0].lower())
            segment.append(w[0].lower())
            continue
        if len(segment) >= 3:
            own.add("".join(segment))  # "Lake Union Treaty Organisation" after "of the": luto
        segment = []
        if w in ("of", "the") and run:
            continue
        own.update("".join(run[:n]) for n in range(3, len(run) + 1))
        run = []
    return frozenset(own)


@compiled_from_rules
def _leaders_named_meetings(ruleset: Rules) -> tuple[frozenset[str], tuple[str, ...], re.Pattern]:
    """events.json's `leaders_named_meetings` (issue 12 round bq): heads, who meets, and the
    body's words or initials the tail must hold."""
    rule = ruleset.get("events", required=("heads",)).get("leaders_named_meetings") or {}
    words = "|".join(re.escape(w) for w in rule.get("body_words", []))
    body = re.compile(r"\b(?:[A-Z][A-Z0-9]{1,5}\+?" + (f"|{words}" if words else "") + r")\b")
    return (
        frozenset(w.lower() for w in rule.get("heads", [])),
        tuple(w.lower() for w in rule.get("who_meets", [])),
        body,
    )


def leaders_named_meeting(ruleset: Rules, text: str, end: int, tail_end: int, head: str) -> bool:
    """Whether a lowercase head of `leaders_named_meetings`' `heads` is named by its "of" tail:
    a body (its initials or one of `body_words`) and who meets, one of `who_meets`, ending the
    tail ("an informal meeting of PCU leaders", "the meeting of Pine Union heads of state").
    Not a meeting of peoples' leaders ("a meeting of Lakeland and Pineland leaders": no body),
    nor a council of heads of state's, which names_interstate_council judges as before."""
    heads, who_meets, body = _leaders_named_meetings(ruleset)
    if head not in heads:
        return False
    tail = text[end:tail_end]
    if names_interstate_council(ruleset, tail):
        return False  # "the meeting of the PCU Council of Heads of State": a council's (12ah)
    lowered = tail.lower().rstrip()
    if not any(lowered.endswith(" " + w) for w in who_meets):
        # "a meeting of heads of government of the Pine Union": who meets written
        # first, then the body (issue 12 round ck)
        first = _who_first_re(ruleset).match(tail)
        return first is not None and body.search(tail, first.end()) is not None
    return body.search(tail) is not None


@compiled_from_rules
def _who_first_re(ruleset: Rules) -> re.Pattern:
    """`leaders_named_meetings`' `who_first`: who meets right after "of" (maybe "the"),
    then "of" and the body (issue 12 round ck)."""
    rule = ruleset.get("events", required=("heads",)).get("leaders_named_meetings") or {}
    who = rule.get("who_first", [])
    if not who:
        return NEVER_MATCHES
    return re.compile(
        rf"[^\S\n]*of[^\S\n]+(?:the[^\S\n]+)?(?:{phrase_alternation(who)})(?=[^\S\n]+of[^\S\n])",
        re.IGNORECASE,
    )
