"""What one unit of the sentence is, for the finder: a free word, a measure noun, a modifier, a
noun-phrase word, an adverb, a verb form, a time word, a number; where a phrase matches, what
is skipped backwards, and the units and words of the subject found.
"""

from __future__ import annotations

from pipeline.nlp.subject.units import (
    _base,
    _common_word,
    _inflected,
    _is_place,
    _number_word,
    _possessive,
)


class WordClasses:
    """A mixin of `_Finder`: what one unit is."""

    # (span, answer) of the last `span_units` and `subject_words`: many rules ask both for the
    # same subject; the units never change once the finder has them, so an answer holds for as
    # long as `span` is the same
    _span_units_of: tuple | None = None
    _subject_words_of: tuple | None = None

    def span_units(self) -> tuple[int | None, int | None]:
        """The positions of the units the subject found starts and ends with (None when its
        edge falls inside a unit, or when nothing was found)."""
        if self.span is None:
            return None, None
        cached = self._span_units_of
        if cached is not None and cached[0] == self.span:
            return cached[1]
        first = next((k for k, u in enumerate(self.u) if u.start == self.span[0]), None)
        last = next((k for k, u in enumerate(self.u) if u.end == self.span[1]), None)
        self._span_units_of = (self.span, (first, last))
        return first, last

    def free_word(self, i: int) -> bool:
        """A word that belongs to no fact (ours included)."""
        return 0 <= i < len(self.u) and self.u[i].word and self.u[i].fact is None

    def is_measure(self, i: int) -> bool:
        return (
            self.free_word(i)
            and not _possessive(self.u[i])
            and self.u[i].lower in self.rules.measure
        )

    def is_modifier(self, i: int) -> bool:
        if not self.free_word(i):
            return False
        unit = self.u[i]
        low = _base(unit)
        r = self.rules
        if low in r.boundary or low in r.determiners or low in r.preps or low in ("and", "or"):
            return False
        if low in r.modifiers:
            return True
        if low in r.non_modifiers or low in r.wrap_in or self.adverb(i):
            return False  # "increase exports by": a verb; "increase" is no modifier
        if low in r.measure:
            return True  # "trade turnover", "GDP growth"
        if _possessive(unit) and low in r.time_possessives:
            return False  # "last year's inflation": the time of the figure, said before it
        if _possessive(unit) or "-" in low:
            return True
        if unit.text[:1].isupper() and (i > 0 or low not in r.skip):
            return True  # "Russian", "EAEU", "Rosatom"
        return low.endswith(r.suffixes)

    def adverb(self, i: int) -> bool:
        """An adverb: "generally", "already" (not "Italy", not "monthly" payments, not a noun of
        `ly_nouns`: "the money supply grew by")."""
        unit = self.u[i]
        return (
            unit.lower.endswith("ly")
            and not unit.text[:1].isupper()
            and unit.lower not in self.rules.modifiers
            and unit.lower not in self.rules.ly_nouns
        )

    def skip_back_over_auxiliaries(self, k: int) -> int:
        """The position at or before `k` once the free words of `owner_skip` ("will", "has",
        "also", "now") and adverbs ("generally") are passed over backwards: where a verb's
        subject or a link before a figure stands; -1 when none is left."""
        skip = self.rules.owner_skip
        while k >= 0 and self.free_word(k) and (self.u[k].lower in skip or self.adverb(k)):
            k -= 1
        return k

    def chunk_word(self, i: int) -> bool:
        """May stand inside the noun phrase before a link."""
        if not self.free_word(i):
            return False
        low = self.u[i].lower
        if low in self.rules.boundary:
            return False
        return not self.adverb(i)

    def words_match(self, at: int, phrase: tuple) -> bool:
        if at < 0 or at + len(phrase) > len(self.u):
            return False
        units = self.u
        for k, w in enumerate(phrase):  # a loop, not all(): most calls fail at the first word
            if units[at + k].lower != w:
                return False
        return True

    def np_word(self, i: int) -> bool:
        """A lower-case word that may stand inside a noun phrase: not a small word, verb form of
        non_modifiers, adverb, time word, "-ed" or "-ing" form unless the rules know it."""
        if not self.free_word(i) or _possessive(self.u[i]):
            return False
        low = self.u[i].lower
        r = self.rules
        if low in r.non_modifiers and not low.endswith(r.suffixes):
            return False  # "to increase funding": a verb
        if low in r.modifiers or low in r.measure:
            return True
        if (
            low in r.boundary
            or low in r.determiners
            or low in r.preps
            or low in ("and", "or", "to")
            or self.verb_like(i)
            or low in r.skip
            or low in r.wrap_of
            or low in r.comparatives
            or self.adverb(i)
        ):
            return False
        return not _inflected(low)

    def verb_like(self, i: int) -> bool:
        """A word of non_modifiers that is no adjective ("increase", "said"; not "local") and
        no name ("Czech Republic")."""
        unit = self.u[i]
        return (
            unit.lower in self.rules.non_modifiers
            and not unit.lower.endswith(self.rules.suffixes)
            and not unit.text[:1].isupper()
        )

    def np_opens(self, i: int) -> bool:
        """Position i opens a noun phrase: a determiner, a preposition, punctuation or nothing."""
        if i < 0:
            return True
        unit = self.u[i]
        if unit.fact is not None:
            return False
        if not unit.word:
            return unit.text in (",", ";", ":", "(", "–", "—", '"', "“")
        if unit.lower in ("and", "or") and i >= 1 and self.u[i - 1].fact is not None:
            return True  # "5 percent and bus sales by 2 percent": a new phrase
        # not "to": "to expand exports" is a verb and its object
        return unit.lower in self.rules.determiners or (
            unit.lower in self.rules.preps and unit.lower != "to"
        )

    def change_noun(self, head: int) -> bool:
        low = _base(self.u[head])
        return low in self.rules.wrap_in and low in self.rules.vague

    def vague(self, first: int, head: int) -> bool:
        """A head that says little alone ("the rate", "the current rate")."""
        if self.u[head].lower not in self.rules.vague:
            return False
        return all(
            self.u[k].lower in self.rules.weak_modifiers
            or self.u[k].lower in self.rules.summing_modifiers  # "aggregate growth" (16q)
            or self.u[k].lower in self.rules.vague  # "growth rate": of what?
            or _possessive(self.u[k])
            or _is_place(self.ruleset, self.u[k].text)
            for k in range(first, head)
        )

    def skip_parenthetical(self, i: int) -> int:
        """Before ", for example," (a parenthetical of the rules) ending at i: the position before
        it; else i."""
        if i < 0 or self.u[i].text != ",":
            return i
        for phrase in self.rules.parentheticals:
            at = i - len(phrase)
            if at >= 1 and self.words_match(at, phrase) and self.u[at - 1].text == ",":
                return at - 2
        return i

    def proper_name(self, i: int) -> bool:
        """A capitalised word that is no English word of the lemmatiser's dictionary, nor a
        measure or modifier of the rules: a company's, body's or country's name ("Gazprom by 5
        percent"), which says who, not what is measured."""
        unit = self.u[i]
        return (
            unit.text[:1].isupper()
            and not unit.text.isupper()  # an acronym may be a product ("LNG by 20 percent")
            and _base(unit) not in self.rules.measure
            and _base(unit) not in self.rules.modifiers
            and not _common_word(self.ruleset, unit.text)
        )

    def open_head(self, i: int) -> bool:
        """A plain noun that may head an open noun phrase: no verb, name, time or vague word."""
        r = self.rules
        if not self.np_word(i):
            return False
        low = self.u[i].lower
        return not (
            _possessive(self.u[i])
            or low in r.boundary
            or low in r.non_modifiers
            or low in r.skip
            or low in r.wrap_of
            or low in r.weak_modifiers
            or low in r.vague
            or self.adverb(i)
            or (_inflected(low) and low not in r.measure)
        )

    def number_at(self, i: int) -> bool:
        """Position i holds a number: a figure, digits or a number word ("under 18", "over
        sixty")."""
        if i >= len(self.u):
            return False
        unit = self.u[i]
        return (
            unit.fact is not None
            or (not unit.word and unit.text[:1].isdigit())
            or _number_word(self.ruleset, unit.lower)
        )

    def time_word(self, i: int) -> bool:
        """A time word of skip_before_link ("year", "past", "period"), not an auxiliary,
        preposition or determiner of that list."""
        if not self.free_word(i):
            return False
        low = self.u[i].lower
        r = self.rules
        return low in r.skip and not (
            low in r.boundary or low in r.preps or low in r.determiners or self.adverb(i)
        )

    def _verb_word(self, i: int) -> bool:
        """A lower-case word that can be a verb before an object: not a small word, time word,
        modifier or number."""
        if not self.free_word(i) or not self.u[i].text[:1].islower():
            return False
        low = self.u[i].lower
        return not (self._small_word(low) or self.is_modifier(i) or _number_word(self.ruleset, low))

    def _small_word(self, low: str) -> bool:
        """A determiner, preposition, boundary word, clause opener, skipped word, "and", "or" or
        "to": no owner of a measure and no verb before one."""
        r = self.rules
        return (
            low in r.determiners
            or low in r.preps
            or low in r.boundary
            or low in r.clause_openers
            or low in r.skip
            or low in ("and", "or", "to")
        )

    def skip_time_back(self, k: int) -> int:
        """The first position at or before k that is not a time word, year or adverb."""
        while (
            k >= 0
            and self.u[k].fact is None
            and (
                self.u[k].lower in self.rules.skip
                or self.adverb(k)
                or (not self.u[k].word and self.u[k].text[:1].isalnum())
            )
        ):
            k -= 1
        return k

    def subject_words(self) -> list[int]:
        """The positions of the free words of the subject found."""
        if self.span is None:
            return []
        cached = self._subject_words_of
        if cached is not None and cached[0] == self.span:
            return list(cached[1])  # a copy: the caller may change its list
        found = [
            k
            for k, unit in enumerate(self.u)
            if self.span[0] <= unit.start and unit.end <= self.span[1] and self.free_word(k)
        ]
        self._subject_words_of = (self.span, tuple(found))
        return found

    def head_of_words(self, words: list[int]) -> int:
        """The head of the subject's words `words` (not empty): the last word before the first
        preposition ("investment projects" of "investment projects in the region"), or the
        first word when a preposition opens them."""
        head = words[0]
        for k in words:
            if self.u[k].lower in self.rules.preps:
                break
            head = k
        return head
