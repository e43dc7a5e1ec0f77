"""The noun phrase of a measure noun, for the finder: its modifiers before, its prepositional
phrases after, an open phrase before a verb link, and its text.
"""

from __future__ import annotations

from pipeline.nlp.subject.units import _base, _common_word, _inflected, _possessive


class PhraseBuilders:
    """A mixin of `_Finder`: the noun phrase of a measure noun."""

    def modifiers_start(self, head: int, lower_bound: int) -> int:
        r = self.rules
        m = head
        while m - 1 >= lower_bound and head - (m - 1) <= r.max_modifiers + 1:
            if self.is_modifier(m - 1):
                m -= 1
            elif (
                self.np_word(m - 1)
                or (self.free_word(m - 1) and self.u[m - 1].lower.endswith("ed"))  # "imported"
            ) and self.np_opens(m - 2):
                m -= 1  # "the juvenile crime rate": a word after "the" belongs to the phrase
            elif (
                m < head
                and m - 2 >= lower_bound
                and self.u[m - 1].lower in ("and", "or")
                and self.free_word(m - 2)
                and (self.u[m - 2].lower in r.modifiers or "-" in self.u[m - 2].lower)
                and (self.u[m].lower in r.modifiers or "-" in self.u[m].lower)
            ):
                m -= 2  # "oil and gas revenues"
            else:
                break
        return m

    def text(self, first: int, last: int) -> str | None:
        while last > first and not any(c.isalnum() for c in self.u[last].text):
            last -= 1  # a bracket or a dash the phrase ran into is no word of it
        if last - first + 1 > self.rules.max_words:
            return None
        end = self.u[last].lower
        r = self.rules
        if (
            end in r.determiners
            or end in r.preps
            or end in ("and", "or")
            or end in r.unfinished
            or _possessive(self.u[last])
        ):
            # "investment for the entire [period]", "80 percent of Russia's [gas reserves]": cut
            # inside its phrase
            return None
        base = self._sentence_start
        phrase = self._sentence_text[self.u[first].start - base : self.u[last].end - base]
        self.span = (self.u[first].start, self.u[last].end)
        head = self.u[first]
        if (
            (first == 0 or self.u[first - 1].text in (":", "–", "—", '"', "“", "(", "'", "‘"))
            and head.text[:1].isupper()
            and head.text[1:].islower()
            and (
                _base(head) in self.rules.measure
                or _base(head) in self.rules.modifiers
                or _common_word(self.ruleset, head.text)
            )
            and not _possessive(head)
        ):
            phrase = phrase[:1].lower() + phrase[1:]
        return " ".join(phrase.split())

    def measure_compound(self, end: int) -> bool:
        """The wrapper at `end` is one of `compound_wrappers` right after a measure noun that
        says what it is of ("the industrial production index rose by", "trade volumes grew
        by", "the inflation level was"): the phrase names its measure."""
        r = self.rules
        return (
            end >= 1
            and self.u[end].lower in r.compound_wrappers
            and self.free_word(end - 1)
            and self.is_measure(end - 1)
        )

    def open_before(self, start: int, end: int, which: bool = False) -> str | None:
        """Any plain noun phrase ending the words before a verb link ("coal loading increased
        by", "tourist flows grew by", "small businesses account for"): its head is the last
        word before its first preposition; the words before the head must all be noun-phrase
        words, opened by the start of the clause."""
        r = self.rules
        first = start
        while first <= end and self.u[first].lower in r.determiners:
            first += 1
        head = first
        while head < end and self.u[head + 1].lower not in r.preps:
            head += 1
        outer = first
        if head + 2 <= end and self.u[head].lower in r.wrap_of and self.u[head + 1].lower == "of":
            # "the amount of such transfers increased": the inner phrase
            first = head + 2
            while first <= end and self.u[first].lower in r.determiners:
                first += 1
            head = first
            while head < end and self.u[head + 1].lower not in r.preps:
                head += 1
        if head > end or not all(
            self.np_word(k) or (k == first and self.u[k].lower.endswith("ed"))  # "imported"
            for k in range(first, head)
        ):
            return None
        low = self.u[head].lower
        if (
            not self.free_word(head)
            or low in ("and", "or")  # ", and increased by": no phrase at all
            or _possessive(self.u[head])
            or low in r.boundary
            or low in r.non_modifiers
            or low in r.skip
            or low in r.wrap_of
            or low in r.weak_modifiers
            or self.adverb(head)
            or (_inflected(low) and low not in r.measure)  # "bringing the total up to"
            or (
                all(self.u[k].text[:1].isupper() for k in range(first, head + 1))
                # "Tourism dropped by 19%": a capital that only starts the sentence; "the
                # National Welfare Fund grew by": a name whose head is a common noun
                and not (first == head == 0 and _common_word(self.ruleset, self.u[head].text))
                and not (head > first and _common_word(self.ruleset, self.u[head].text))
            )
        ):
            return None  # a verb, a time word, or a name ("Gazprom grew by"): not a measure
        if head - first > r.max_modifiers:
            return None
        inside = outer - 1 >= 0 and self.u[outer - 1].lower in r.preps and not which
        if not self.np_opens(outer - 1) or inside:
            return None  # the phrase is inside another: "investment in tourist flows"
        b = outer - 1
        while b >= 0 and self.u[b].lower in r.determiners:
            if self.u[b].lower in r.anaphoric:
                return None  # "this sector grew by": which sector?
            b -= 1
        if (
            b >= 0
            and b < outer - 1
            and self.u[b].word
            and self.u[b].fact is None
            and self.u[b].lower not in r.clause_openers
            and self.u[b].lower not in r.skip
        ):
            return None  # "the cost of implementing this measure": inside a longer phrase
        return self.head_phrase(head, end, lower_bound=first, which=which)

    def head_phrase(
        self, head: int, end: int, lower_bound: int, direct: bool = False, which: bool = False
    ):
        """The phrase of `head` ending at `end` (its modifiers before, its postmodifiers up to
        `end`), or None when the words around it say it is not the subject. `direct`: the head
        is linked right to the figure ("a bank with a capital of $2 billion"); `which`: the
        phrase stands before ", which" (one noun phrase, no coordination)."""
        r = self.rules
        m = self.modifiers_start(head, lower_bound)
        if (
            self.np_word(m - 1)
            and m - 2 >= 0
            and (
                self.np_word(m - 2)
                or self.is_modifier(m - 2)
                or self.u[m - 2].lower in ("and", "or")
            )
        ):
            return None  # "gold and foreign currency reserves" would lose its first words
        if (
            m - 2 >= 0
            and self.u[m - 1].lower in ("and", "or")
            and self.np_word(m - 2)
            and not self.is_measure(m - 2)
        ):
            return None  # "gold and currency reserves": the modifiers are coordinated
        if self.change_noun(head) and self.vague(m, head):
            return None  # "the increase in wages": the subject is "wages"; "a wage increase"
        prev = m - 1
        while prev >= 0 and self.free_word(prev) and self.u[prev].lower in r.determiners:
            prev -= 1
        if prev >= 0 and self.u[prev].fact is None:
            low = self.u[prev].lower
            owner = prev - 1
            wrappers = r.wrap_of | r.wrap_in
            if low == "of" and self.is_measure(owner) and _base(self.u[owner]) not in wrappers:
                # "the share of its foreign sales": the outer phrase
                return self.head_phrase(owner, end, lower_bound=0, direct=direct, which=which)
            if which and not (
                self.u[prev].text in (",", ";", ":", "(", "–", "—")
                or low in r.preps
                or low in r.boundary
            ):
                return None  # "we support trade, which ...": a verb's object, or worse
            if low in ("and", "or") and not which and self.is_measure(owner):
                # "old-age pensions and disability pensions"
                return self.head_phrase(owner, end, lower_bound=0, direct=direct)
            if low in r.preps and not (direct and low in r.direct_after):
                # "the volume of trade", "an increase in wages": the inner phrase
                wrapped = r.wrap_of | r.wrap_in if low == "of" else r.wrap_in if low == "in" else ()
                if not (owner >= 0 and self.free_word(owner) and _base(self.u[owner]) in wrapped):
                    return None
        post = list(range(head + 1, end + 1))
        if post:
            first = self.u[post[0]].lower
            if first in ("and", "or"):
                if which or not any(self.is_measure(k) for k in post[1:]):
                    return None
            elif post == [end] and self.measure_compound(end):
                pass  # "the industrial production index": the measure's own index
            elif first not in r.preps:
                return None
            for k in post:
                low = self.u[k].lower
                # a verb or adverb: the phrase is a clause ("Czech Republic" is a name)
                if self.verb_like(k) or self.adverb(k):
                    return None
            if len(post) > r.max_post:
                # too long to keep whole, and not cut: a cut before its second preposition
                # drops what restricts or completes the phrase ("investment into all sections
                # [of the complex]"); no noun inside it is the subject either ("budget" of "tax
                # revenue at all levels of the budget")
                self.refused_long = True
                return None
        if self.vague(m, head) and end == head:
            return None
        return self.text(m, end)
