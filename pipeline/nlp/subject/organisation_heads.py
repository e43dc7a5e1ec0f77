"""An organisation head's own figures (issue 16o): whether a speaker's label names the head of a
company or another organisation, whether a subject is such an organisation's own measure or
names whose it is, and which facts fall in such a head's turn (`_Heads`, which also reads the
foreign country or home region a speaker's label names).
"""

from __future__ import annotations

import bisect
import re

from pipeline.nlp.places import find_places, gazetteer
from pipeline.nlp.places import words as name_words
from pipeline.nlp.rules import Rules
from pipeline.nlp.scope import head_region
from pipeline.nlp.subject.rule_lists import SubjectRules, subject_rules


def _has_phrase(lower_words: list[str], phrases: tuple) -> bool:
    return any(
        tuple(lower_words[k : k + len(p)]) == p
        for p in phrases
        for k in range(len(lower_words) - len(p) + 1)
    )


def _names_a_place(ruleset: Rules, rules: SubjectRules, text: str) -> bool:
    """`text` (what follows "President of" in a label) names a country or a region: a word of
    `organisation_head_polity_words` ("the Republic of ..."), or a place of the gazetteer that
    is no modifier of a name after it ("Kazakhstan", "the Republic of Turkey"; not "Russian
    Railways", "China Media Group")."""
    ws = name_words(text)
    if any(w.lower() in rules.head_polity_words for w, _, _ in ws):
        return True
    for place in find_places(ruleset, text):
        after = [w for w, start, _ in ws if start >= place.end]
        if not after or not after[0][:1].isupper():
            return True
    return False


def organisation_head(ruleset: Rules, label: str) -> bool:
    """Whether a participant's label (the person's name left out) names the head of a company or
    another organisation: a cue of `organisation_head_cues` ("CEO", "General Director",
    "Chairman of the Management Board"), or "President of X" where X names no place
    ("President of Transneft", not "President of Kazakhstan"), or "X President" where X is a
    capitalised name that is no place and no word of `organisation_head_title_words`
    ("Northwind President", not "Vice President"); never when the label has a word of
    `organisation_head_vetoes` (a minister, a governor, a federal agency): their figures are the
    state's or a region's, which the scope reads."""
    rules = subject_rules(ruleset)
    ws = name_words(label)
    lower = [w.lower() for w, _, _ in ws]
    if _has_phrase(lower, rules.head_vetoes):
        return False
    if _has_phrase(lower, rules.head_cues):
        return True
    for k, low in enumerate(lower):
        if low != "president":
            continue
        if k + 1 < len(lower) and lower[k + 1] == "of":
            rest = label[ws[k + 1][2] :]
            for stop in (" and ", ",", "(", " – ", " — "):
                rest = rest.split(stop, 1)[0]
            if rest.strip() and not _names_a_place(ruleset, rules, rest):
                return True
        elif k > 0:
            before = ws[k - 1][0]
            if (
                before[:1].isupper()
                and before.lower() not in rules.head_title_words
                and not find_places(ruleset, before)
            ):
                return True
    return False


def _speaker_label(labels: list[str], title: str | None, speaker: str) -> str:
    """The label of `speaker` with the name left out: the longest participant label that holds
    the name; when it holds nothing else, the words before the name in the document's title,
    from the last "with", "and" or comma before it ("Meeting with Northwind CEO Ivan Lakin")."""
    found = max((lab for lab in labels if speaker in lab), key=len, default="")
    label = found.replace(speaker, " ")
    if name_words(label) or not title or speaker not in title:
        return label
    before = title.split(speaker, 1)[0]
    for stop in (" with ", " and ", ",", ":", ";"):
        before = before.rsplit(stop, 1)[-1]
    return before


def own_measure(rules: SubjectRules, subject: str) -> bool:
    """Whether `subject` is a measure an organisation has of its own (its head, the last word
    before a preposition of `postmodifier_prepositions`, is one of `organisation_own_measures`:
    "net profit", "average wage in the company", "loan portfolio") naming no owner: no
    capitalised word (a name: "Northwind's revenue", "investment in Siberia") but a term of
    `organisation_measure_terms` ("EBITDA margin") and no word of `organisation_national_words`
    ("the country's investment", "budget revenue"). After a word of
    `organisation_count_heads` or a wrapper of "of" ("the number of sales offices", "the volume
    of loans") the head of the "of" phrase counts (issue 16q)."""
    ws = subject.split()
    if not ws or any(w[:1].isupper() and w.lower() not in rules.own_measure_terms for w in ws):
        return False
    bare = [w.lower().removesuffix("'s").removesuffix("’s").rstrip("'’") for w in ws]
    if any(w in rules.national_words for w in bare):
        return False
    head = []
    rest = bare
    while rest:
        head = []
        for w in rest:
            if w in rules.preps:
                break
            head.append(w)
        rest = rest[len(head) :]
        # "the number of sales offices": a count or a wrapper of what its "of" phrase names
        counting = rules.wrap_of | rules.own_count_heads
        if not (head and head[-1] in counting and rest[:1] == ["of"]):
            break
        rest = rest[1:]
    return bool(head) and head[-1] in rules.own_measures


def _kept_in_a_heads_turn(ruleset: Rules, rules: SubjectRules, subject: str) -> bool:
    """Whether a subject said in an organisation head's turn names whose figure it is, so that
    `organisation_turn_refused` keeps it (issue 16v): a possessive name that is no place
    ("Northwind's revenue"; not "investments in Murmansk Region"), the home country ("rural
    areas in Russia", "the Russian market"), a word of `organisation_national_words` ("the
    country's exports", "household gas consumption"), or a head of
    `organisation_turn_kept_heads`, a market's price ("oil prices fell by 7 percent")."""
    home = gazetteer(ruleset).home
    places = find_places(ruleset, subject)
    if any(p.code == home for p in places):
        return True
    in_places = [(p.start, p.end) for p in places]
    for found in re.finditer(r"\S+", subject):
        word, start = found.group(), found.start()
        bare = word.lower().removesuffix("'s").removesuffix("’s").rstrip("'’")
        if bare in rules.national_words:
            return True
        if (
            word[:1].isupper()
            and word.endswith(("'s", "’s"))
            and not any(a <= start < b for a, b in in_places)
        ):
            return True  # "Northwind's revenue": the owner named
    head = ""
    for w in subject.lower().split():
        if w in rules.preps:
            break
        head = w
    return head in rules.organisation_turn_kept_heads


class _Heads:
    """Which fact offsets fall in the turn of an organisation head (`organisation_head`)."""

    def __init__(self, ruleset: Rules, turns: list, labels: list[str], title: str | None):
        self.ruleset, self.turns, self.labels, self.title = ruleset, turns, labels, title
        self.starts = [t[0] for t in turns]
        self.known: dict[str, bool] = {}
        self.abroad: dict[str, str | None] = {}
        self.regions: dict[str, str | None] = {}

    def _speaker_at(self, offset: int) -> str | None:
        """The speaker whose turn holds `offset`; None in narration, outside any turn."""
        i = bisect.bisect_right(self.starts, offset) - 1
        if i < 0 or not self.turns[i][0] <= offset < self.turns[i][1]:
            return None
        return self.turns[i][2]

    def at(self, offset: int) -> bool:
        speaker = self._speaker_at(offset)
        if speaker is None:
            return False  # narrative, outside any turn
        if speaker not in self.known:
            label = _speaker_label(self.labels, self.title, speaker)
            self.known[speaker] = organisation_head(self.ruleset, label)
        return self.known[speaker]

    def foreign_country(self, offset: int) -> str | None:
        """The one foreign country (not the home country) that the label of the speaker whose
        turn holds `offset` names ("President of Armenia", "Prime Minister of the Republic of
        Tajikistan"), or None (issue 16v)."""
        speaker = self._speaker_at(offset)
        if speaker is None:
            return None
        if speaker not in self.abroad:
            label = _speaker_label(self.labels, self.title, speaker)
            home = gazetteer(self.ruleset).home
            places = find_places(self.ruleset, label)
            codes = {p.code for p in places if p.kind == "country"} - {home}
            self.abroad[speaker] = next(iter(codes)) if len(codes) == 1 else None
        return self.abroad[speaker]

    def home_region(self, offset: int) -> str | None:
        """The one home-country region whose head gives the figure at `offset` (issue 16af): the
        region the speaker's label names with a word of `region_head_cues` ("Governor of the
        Tomsk Region"), or, outside any turn, the region of a title about such a head ("Meeting
        with Tomsk Region Governor Ivan Lakin"); None when it names none, two, or a foreign
        country."""
        speaker = self._speaker_at(offset)
        if speaker is not None:
            label = _speaker_label(self.labels, self.title, speaker)
        elif not self.turns or offset < self.turns[0][0] or offset >= self.turns[-1][1]:
            label = self.title or ""  # narration: the page's title
        else:
            return None  # between turns
        if label not in self.regions:
            self.regions[label] = head_region(self.ruleset, label)
        return self.regions[label]
