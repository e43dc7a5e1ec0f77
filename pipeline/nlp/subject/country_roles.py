"""What a country count counts (round ccs54): the role its sentence gives the counted countries
(models/rules/country_roles.json), as a `subject` (the cue words as written) and a `subject_key`
of the closed vocabulary `roles`: members, participants, partners, export markets, supporters,
venues, presence. Precision first: a role only where a cue stands right at the figure; else
none (`country_role` returns None).

The rules, in order (the first that fires gives the role):
1. the count's own phrase: "19 member states", "11 founding countries", "162 countries members
   of" -> members; an organisation that "includes" / "comprises" N countries -> members;
2. the count as the agent of a verb right after it: "100 countries have ratified" ->
   supporters, "65 countries taking part" -> participants (not after "of" / "from": "the
   leaders of the three countries signed" is the leaders' act);
3. a cue and a preposition right before the count: "delivered to", "agreements with", "signed
   by", "attended by", "held in", "operating in" (the nearest cue wins);
4. people from the countries, where the sentence says they take part: "athletes from 46
   countries will take part", "attended by representatives of 132 states";
5. "involving" / "features" N countries -> participants.
Words are read from the text, not from a parse: the default pipeline has none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.nlp.rules import KNOWN_KEYS, RuleError, Rules, check_shapes, compiled_from_rules

# a word (letters, inner hyphens or apostrophes), a number, or one other mark
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,]\d+)*|[^\w\s]")


# the shape of each key of country_roles.json (rules.check_shapes): lists of words but these
SHAPES = {
    **dict.fromkeys(sorted(KNOWN_KEYS["country_roles"]), "words"),
    **dict.fromkeys(("whole_verbs", "after_cues"), "lists"),
    "preposition_cues": "tables",
    "cue_max_gap": "count",
}


@dataclass(frozen=True)
class _Word:
    lower: str
    start: int
    end: int

    @property
    def letters(self) -> bool:
        return self.lower[:1].isalpha()


@dataclass(frozen=True)
class RoleRules:
    roles: tuple[str, ...]
    member_modifiers: frozenset
    member_after: tuple  # word tuples
    whole_verbs: tuple  # (role, word tuple), longest first
    after_auxiliaries: frozenset
    after_cues: tuple  # (role, word tuple), longest first
    preposition_cues: tuple  # (role, preposition tuple, cue tuples longest first)
    cue_max_gap: int
    gap_stop: frozenset
    skip_before: frozenset
    people_nouns: frozenset
    people_phrases: tuple  # word tuples, longest first
    people_prepositions: frozenset
    participation: tuple  # word tuples
    self_sufficient: frozenset


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(text))


@compiled_from_rules
def role_rules(ruleset: Rules) -> RoleRules:
    data = ruleset.get("country_roles", required=("roles",))
    check_shapes("country_roles", data, SHAPES)
    roles = tuple(data["roles"])

    def known(key: str) -> dict:
        table = data.get(key, {})
        unknown = [role for role in table if role not in roles]
        if unknown:
            raise RuleError(
                f"rule file country_roles.json: '{key}' names role(s) not in 'roles': "
                + ", ".join(unknown)
            )
        return table

    def role_table(key: str) -> tuple:
        table = known(key)
        pairs = [(role, _phrase(cue)) for role, cues in table.items() for cue in cues]
        return tuple(sorted(pairs, key=lambda pair: -len(pair[1])))

    prepositions = []
    for role, by_preposition in known("preposition_cues").items():
        for preposition, cues in by_preposition.items():
            phrases = sorted((_phrase(cue) for cue in cues), key=len, reverse=True)
            prepositions.append((role, _phrase(preposition), tuple(phrases)))
    return RoleRules(
        roles=roles,
        member_modifiers=frozenset(w.lower() for w in data.get("member_modifiers", [])),
        member_after=tuple(_phrase(p) for p in data.get("member_after", [])),
        whole_verbs=role_table("whole_verbs"),
        after_auxiliaries=frozenset(w.lower() for w in data.get("after_auxiliaries", [])),
        after_cues=role_table("after_cues"),
        preposition_cues=tuple(prepositions),
        cue_max_gap=int(data.get("cue_max_gap", 0)),
        gap_stop=frozenset(w.lower() for w in data.get("gap_stop_words", [])),
        skip_before=frozenset(w.lower() for w in data.get("before_figure_skip", [])),
        people_nouns=frozenset(w.lower() for w in data.get("people_nouns", [])),
        people_phrases=tuple(
            sorted((_phrase(p) for p in data.get("people_phrases", [])), key=len, reverse=True)
        ),
        people_prepositions=frozenset(w.lower() for w in data.get("people_prepositions", [])),
        participation=tuple(_phrase(p) for p in data.get("participation_words", [])),
        self_sufficient=frozenset(w.lower() for w in data.get("self_sufficient_people", [])),
    )


def _words(text: str, start: int, end: int) -> list[_Word]:
    return [
        _Word(m.group().lower(), start + m.start(), start + m.end())
        for m in _WORD.finditer(text[start:end])
    ]


def _ends_with(words: list[_Word], end: int, phrase: tuple[str, ...]) -> bool:
    """Whether words[end - len(phrase) + 1 .. end] spell `phrase`."""
    first = end - len(phrase) + 1
    if first < 0 or end >= len(words):
        return False
    return all(words[first + k].lower == word for k, word in enumerate(phrase))


def _starts_with(words: list[_Word], begin: int, phrase: tuple[str, ...]) -> bool:
    if begin + len(phrase) > len(words):
        return False
    return all(words[begin + k].lower == word for k, word in enumerate(phrase))


def _contains(words: list[_Word], phrase: tuple[str, ...]) -> bool:
    return any(_starts_with(words, k, phrase) for k in range(len(words)))


def _as_written(text: str, first: _Word, last: _Word, sent_start: int) -> str:
    """The words from `first` to `last` as written; a sentence-initial capital lowered."""
    phrase = text[first.start : last.end]
    if first.start == sent_start and first.lower.capitalize() == text[first.start : first.end]:
        phrase = phrase[:1].lower() + phrase[1:]
    return phrase


def country_role(
    ruleset: Rules, text: str, sent_start: int, sent_end: int, start: int, end: int
) -> tuple[str, str] | None:
    """(subject, subject_key) of the country count at text[start:end] in the sentence
    text[sent_start:sent_end], or None where no rule of country_roles.json says its role."""
    rules = role_rules(ruleset)
    inside = _words(text, start, end)
    before = _words(text, sent_start, start)
    after = _words(text, end, sent_end)
    # the words right before the count, with "the", "all" read over
    last = len(before) - 1
    while last >= 0 and before[last].lower in rules.skip_before:
        last -= 1

    # 1. members: the count's own phrase, or an organisation that includes the countries
    if len(inside) >= 2 and inside[-2].lower in rules.member_modifiers:
        return _as_written(text, inside[-2], inside[-1], sent_start), "members"
    for phrase in rules.member_after:
        if inside and _starts_with(after, 0, phrase):
            return _as_written(text, inside[-1], after[len(phrase) - 1], sent_start), "members"
    for role, phrase in rules.whole_verbs:
        if role == "members" and _ends_with(before, last, phrase):
            first = before[last - len(phrase) + 1]
            return _as_written(text, first, before[last], sent_start), role

    # 2. the count as the agent of a verb right after it
    after_people = last >= 0 and before[last].lower in rules.people_prepositions
    if not after_people:
        k = 0
        while k < len(after) and after[k].lower in rules.after_auxiliaries:
            k += 1
        for role, phrase in rules.after_cues:
            if _starts_with(after, k, phrase):
                return _as_written(text, after[0], after[k + len(phrase) - 1], sent_start), role

    # 3. a cue and a preposition right before the count: the nearest cue wins
    best: tuple[int, int, str, int, int] | None = None  # (gap, order, role, first, last)
    for order, (role, preposition, cues) in enumerate(rules.preposition_cues):
        if not _ends_with(before, last, preposition):
            continue
        j, gap = last - len(preposition), 0
        while j >= 0 and gap <= rules.cue_max_gap:
            cue = next((c for c in cues if _ends_with(before, j, c)), None)
            if cue is not None:
                if best is None or (gap, order) < best[:2]:
                    best = (gap, order, role, j - len(cue) + 1, last)
                break
            if not before[j].letters or before[j].lower in rules.gap_stop:
                break
            gap, j = gap + 1, j - 1
    if best is not None:
        _, _, role, first, final = best
        return _as_written(text, before[first], before[final], sent_start), role

    # 4. people from the countries, who take part in an event
    if after_people:
        j = last - 1
        phrase = next((p for p in rules.people_phrases if _ends_with(before, j, p)), None)
        first = j - len(phrase) + 1 if phrase else j
        if phrase or (j >= 0 and before[j].lower in rules.people_nouns):
            sentence = before + inside + after
            if before[j].lower in rules.self_sufficient or any(
                _contains(sentence, p) for p in rules.participation
            ):
                return _as_written(text, before[first], before[last], sent_start), "participants"

    # 5. an exercise or exhibition "involving" / that "features" the countries
    for role, phrase in rules.whole_verbs:
        if role != "members" and _ends_with(before, last, phrase):
            first = before[last - len(phrase) + 1]
            return _as_written(text, first, before[last], sent_start), role
    return None
