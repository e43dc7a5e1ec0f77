"""The subject after the figure, for the finder ("a 15 percent stake", "$5 billion in
investment", "20 percent of GDP"), and the phrases after the figure that narrow what it
measures.
"""

from __future__ import annotations

from pipeline.nlp.subject.units import _CLAUSE_MARKS, _base, _inflected, _is_place, _possessive


class AfterTheFigure:
    """A mixin of `_Finder`: the subject after the figure, and what narrows it there."""

    def np_after(self, i: int, open_np: bool = False) -> str | None:
        """[determiner] [modifiers] measure-noun at i, ending at a boundary."""
        r = self.rules
        while i < len(self.u) and self.free_word(i) and self.u[i].lower in r.determiners:
            i += 1
        j = i
        while j < len(self.u) and self.free_word(j):
            low = self.u[j].lower
            if low in r.boundary or low in r.determiners or low in r.preps or low in ("and", "or"):
                break
            if j > i and (
                self.verb_like(j)
                or (_inflected(low) and low not in r.modifiers and low not in r.measure)
            ):
                break  # "60 percent of local doctors agreed": the verb ends the phrase
            if j - i >= r.max_modifiers + 1:
                return None
            j += 1
        if j == i:
            return None
        if self.object_follows(j):
            return None  # "70 percent of people support this law": the last word is a verb
        head = j - 1
        if j < len(self.u) and self.u[j].word and self.u[j].fact is None:
            low = self.u[j].lower
            if not (
                low in r.boundary or low in r.preps or low in ("and", "or") or low.endswith("ed")
            ):
                return None  # the phrase goes on: "$5 billion in investment projects"
        if open_np:
            if j < len(self.u) and self.u[j].lower in ("and", "or") and self.free_word(j + 1):
                return None  # "30 percent of their oil and gas revenues": cut in two
            last = self.restriction_end(j, head)
            if last is None:
                return None  # "of servicemen who need housing": the whole cannot be cut there
            if any(self.verb_like(k) for k in range(i, j)):
                return None
            if self.u[head].lower.endswith(("ed", "ly", "ing")):
                return None
            if (
                self.u[head].lower in r.wrap_of
                or self.u[head].lower in r.weak_modifiers
                or self.u[i].lower in r.wrap_of
                or self.vague(i, head)
                or not all(self.np_word(k) or self.is_modifier(k) for k in range(i, head + 1))
            ):
                return None  # "30 percent of the total"
            return self.text(i, last)
        if self.free_word(j) and (
            self.u[j].lower in r.restrictive_followers or self.u[j].lower in r.contact_pronouns
        ):
            return None  # "$2 billion of spending not executed", "loans that were repaid"
        if not self.is_measure(head):
            return None
        if any(not (self.is_modifier(k) or self.np_word(k)) for k in range(i, head)):
            return None
        if _base(self.u[head]) in r.wrap_in and self.words_match(j, ("in",)):
            return self.np_after(j + 1)  # "a 5 percent increase in wages"
        if self.vague(i, head):
            return None
        if self.restricted_from(j) or self.restricted_by_phrase(j):
            return None  # "2,000 rubles in bonuses for every nurse": the phrase drops it
        return self.text(i, head)

    def restriction_end(self, j: int, head: int) -> int | None:
        """Where the whole of "N percent of X" ends when X ends at `head` and position `j`
        follows it. At `head` before punctuation, a verb or a time phrase ("in 2019", "in the
        past year"). Before a relative clause or "not" ("of servicemen who need housing"), or
        "of"/"for" ("of the market for tiles"), the whole cannot be cut: None. Before another
        prepositional phrase, it may restrict the whole ("of doctors in rural areas") or belong
        to the verb ("pay 50 percent of the profit in dividends"): the phrase is kept only when
        the figure opens its clause and a verb follows the phrase ("Today, 45 percent of cargo
        in our country is carried by rail"); otherwise None."""
        r = self.rules
        if j >= len(self.u) or not self.free_word(j):
            return head
        low = self.u[j].lower
        if low in r.restrictive_followers or low in ("of", "for") or low in r.contact_pronouns:
            return None  # "of the equipment we need": a clause without "that" restricts too
        if low in r.number_restrictions and self.number_at(j + 1):
            return None  # "of all children under 18": an age or size narrows the whole
        if low not in r.preps:
            return head
        last = head
        while j < len(self.u) and self.free_word(j) and self.u[j].lower in r.preps:
            k = j + 1
            while k < len(self.u) and self.free_word(k) and self.u[k].lower in r.determiners:
                k += 1
            first = k
            if self.time_word(k) or (
                k < len(self.u) and not self.u[k].word and self.u[k].text[:1].isalnum()
            ):
                break  # "in the past year", "in 2019", "in the first quarter"
            if self.free_word(k) and self.u[k].lower.endswith("ed") and self.np_word(k + 1):
                k += 1  # "on imported spirits"
            while k < len(self.u) and (self.np_word(k) or self.is_modifier(k)):
                k += 1
            if k == first:
                return None  # "of the total for them": no phrase to keep
            if self.time_word(k):
                if last == head:
                    break  # "in recent years": a time phrase
                return None
            if k - (head + 1) > r.max_post:
                return None
            last, j = k - 1, k
        if last == head:
            return head
        before = self.fs - 1
        while before >= 0 and self.free_word(before) and self.u[before].lower in r.skip_after:
            before -= 1  # "that only 30 percent of ..."
        opens_clause = before < 0 or (
            self.u[before].fact is None
            and (self.u[before].text in _CLAUSE_MARKS or self.u[before].lower in r.clause_openers)
        )
        if not opens_clause or j >= len(self.u):
            return None
        unit = self.u[j]
        if not unit.word:
            return last if unit.text in (",", ";", ":", "–", "—") else None
        low = unit.lower
        if unit.fact is None and (low in r.clause_verbs or self.verb_like(j) or low in r.preps):
            return last
        return None

    def adjacent(self) -> str | None:
        """A measure noun right after the figure: "a 15 percent stake", "a $5 billion loan"."""
        i = self.fe
        if i >= len(self.u) or not self.free_word(i) or self.u[i].lower in self.rules.preps:
            return None
        if _base(self.u[i]) in self.rules.wrap_in and self.words_match(i + 1, ("in",)):
            return self.np_after(i + 2)
        if self.u[i].lower in self.rules.completed_heads:
            return self.completed(i)
        return self.np_after(i)

    def completed(self, head: int) -> str | None:
        """A head of `completed_heads` right after the figure with the phrase that says what it
        is of: "a 90-percent share of Russian medicines", "a 12 percent stake in the holding"
        (`completing_prepositions`). The phrase must be a plain noun phrase that ends the clause
        (punctuation, a small word or a verb after it); otherwise, or without it, no subject."""
        r = self.rules
        j = head + 1
        if j >= len(self.u) or not self.free_word(j) or self.u[j].lower not in r.completing_preps:
            return None
        k = j + 1
        while k < len(self.u) and self.free_word(k) and self.u[k].lower in r.determiners:
            k += 1
        first = k
        while k < len(self.u) and (self.np_word(k) or self.is_modifier(k)):
            k += 1
        if k == first or k - first > r.max_modifiers + 1 or self.time_word(k - 1):
            return None
        if k < len(self.u):
            nxt = self.u[k]
            if nxt.fact is not None:
                return None
            if nxt.word and not (
                nxt.lower in r.boundary or nxt.lower in r.clause_verbs or self.verb_like(k)
            ):
                return None  # "a 10 percent stake in the bank in Cyprus": more than one phrase
        if _possessive(self.u[k - 1]):
            return None
        return self.text(head, k - 1)

    def after(self) -> str | None:
        r = self.rules
        i = self.fe
        if i >= len(self.u):
            return None
        for phrase in r.links_after:
            if self.words_match(i, phrase) and all(
                self.u[i + k].fact is None for k in range(len(phrase))
            ):
                open_np = phrase == ("of",) and self.fact_type in r.open_of_types
                # "20 percent of GDP": GDP is the whole the figure is a part of
                self.part_of = phrase == ("of",) and self.fact_type == "percentage"
                whole = self.np_after(i + len(phrase), open_np=open_np)
                if whole and self.part_of and self.is_denominator(whole):
                    return None  # "It is 3 percent of GDP": what is, the text does not say here
                return whole
        return None

    def restricted_after_figure(self) -> bool:
        """The figure is followed by a phrase that narrows what it measures, which a subject
        before the figure would drop: "among"/"for" and a noun phrase ("a return rate of 70
        percent for young teachers"; `restricting_after_figure`), or "in" and a noun phrase
        whose head names a part of a whole ("traffic grew 20 percent in the freight segment";
        `part_nouns`). Time phrases ("for the year", "in the first quarter") narrow nothing."""
        return self.restricted_from(self.fe)

    def restricted_from(self, j: int) -> bool:
        """A narrowing phrase (see `restricted_after_figure`) starts at position j."""
        r = self.rules
        if j >= len(self.u) or not self.free_word(j):
            return False
        low = self.u[j].lower
        if low not in r.restricting_after and low != "in":
            return False
        if (
            self.free_word(j + 1)
            and self.u[j + 1].lower in r.distributive
            and j + 2 < len(self.u)
            and self.np_word(j + 2)
            and not self.time_word(j + 2)
        ):
            return True  # "$15 billion in each country": the amount of every one of them
        if low in r.restricting_after and self.group_follows(j + 1):
            return True  # "for those who move": a group of people
        k = j + 1
        while k < len(self.u) and self.free_word(k) and self.u[k].lower in r.determiners:
            k += 1
        first = k
        if k < len(self.u) and _is_place(self.ruleset, self.u[k].text):
            return False  # "imports fell 20 percent from the EU": the scope's job
        if (
            low in r.purpose_preps
            and self.free_word(k)
            and _inflected(self.u[k].lower)
            and not self.time_word(k)
        ):
            return True  # "2 trillion rubles for upgrading old plants": a purpose
        if self.free_word(k) and _inflected(self.u[k].lower) and self.np_word(k + 1):
            k += 1  # "in the farming sector", "for retired teachers"
        elif self.time_word(k) or not (self.np_word(k) or self.is_modifier(k)):
            return False  # "for the year", "in 2019", "for the first time", "for us"
        while k < len(self.u) and (self.np_word(k) or self.is_modifier(k)):
            k += 1
        if self.time_word(k):
            return False  # "for the entire period"
        if self.u[k - 1].lower in r.place_nouns and low in r.restricting_after:
            return False  # "into the region": a place, the scope's job
        if any(self.u[w].lower in r.manner_heads for w in range(first, k)):
            return False  # "on average", "on an annual basis": manner, not a restriction
        if low == "in":
            return self.u[k - 1].lower in r.part_nouns and k > first
        return True

    def restricted_by_phrase(self, j: int) -> bool:
        """After a measure noun read after the figure ("$2 billion in loans", "a 10 percent
        cut"), a phrase of `restricting_after_head` and a noun phrase at j says whom or where
        the amount is for ("in subsidies to defence firms", "cuts at central offices"): the
        noun alone drops it. A place ("aid to Syria": the scope's job), a time phrase or a
        phrase of time or manner (`restriction_manner_heads`: "to date", "at a faster pace")
        narrows nothing."""
        r = self.rules
        if (
            j >= len(self.u)
            or not self.free_word(j)
            or self.u[j].lower not in r.restricting_after_head
        ):
            return False
        k = j + 1
        while k < len(self.u) and self.free_word(k) and self.u[k].lower in r.determiners:
            k += 1
        if (
            k < len(self.u)
            and self.u[k].fact is not None
            and self.u[j].lower in r.restricting_figure_preps
        ):
            return True  # "soft loans with 1 percent interest": which loans
        if k >= len(self.u) or not self.free_word(k) or self.time_word(k):
            return False
        if self.u[k].lower in r.time_heads or _is_place(self.ruleset, self.u[k].text):
            return False
        if not (self.np_word(k) or self.is_modifier(k)):
            return False
        last = k
        while last < len(self.u) and last - k <= r.max_modifiers and self.np_word(last):
            if self.u[last].lower in r.manner_heads:
                return False  # "to date", "at a faster pace", "at full speed"
            last += 1
        return True

    def object_follows(self, j: int) -> bool:
        """A determiner of `object_determiners` right after a noun phrase ("of people support
        this law") opens an object: the phrase's last word is a verb, and the phrase no
        subject. Not before a time phrase ("of GDP this year", "the previous year"): a time
        word within `object_time_window` words after the determiner."""
        r = self.rules
        if j >= len(self.u) or not self.free_word(j) or self.u[j].lower not in r.object_determiners:
            return False
        window = range(j + 1, min(j + 1 + r.object_time_window, len(self.u)))
        return not any(self.time_word(k) for k in window)

    def group_follows(self, k: int) -> bool:
        """Position k starts "those who", "anyone that" (`restricting_pronouns` and a word of
        `restrictive_followers`): a group of people the figure is restricted to."""
        r = self.rules
        start = k
        while (
            k < len(self.u)
            and self.free_word(k)
            and (self.u[k].lower in r.determiners or self.u[k].lower in r.restricting_pronouns)
        ):
            k += 1
        return (
            k > start
            and self.u[k - 1].lower in r.restricting_pronouns
            and self.free_word(k)
            and self.u[k].lower in r.restrictive_followers
        )
