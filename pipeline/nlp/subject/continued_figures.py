"""A figure that goes on from the one before it ("rose by 15 percent and reached $45 billion"),
for the finder: the earlier figure's subject, carried over, and what stops it (a clause of
its own, another place, a "respectively" list).
"""

from __future__ import annotations

from pipeline.nlp.subject.units import _is_place


class ContinuedFigures:
    """A mixin of `_Finder`: the subject carried over from the figure before."""

    def paired_by_respectively(self) -> bool:
        """The subject joins parts with "and"/"or" and a word of `respectively_words` follows
        the figure: "car and truck sales grew by 5.2 percent and 9.1 percent,
        respectively" pairs each figure with one part, so the joined subject is too much."""
        first, last = self.span_units()
        if first is None or last is None:
            return False
        joined = any(self.u[k].lower in ("and", "or") for k in range(first, last + 1))
        return joined and any(
            self.free_word(k) and self.u[k].lower in self.rules.respectively
            for k in range(self.fe, len(self.u))
        )

    def inherited(self) -> tuple | None:
        """(subject, span, part_of) of the figure before, for a figure that goes on with it:
        "rose by 15 percent and reached $45 billion", "283 billion rubles in 2017, 187 billion in
        2018 and 172 billion in 2019" (only a time phrase between); never in a "respectively"
        list."""
        r = self.rules
        if any(u.lower in r.respectively for u in self.u):
            return None
        found = self.link_before()
        k = found[1] - 1 if found is not None and found[0] == "chunk" else self.fs - 1
        k = self.skip_time_back(k)
        # "increased by 30 percent to reach $16 billion": the link itself goes on
        joined = found is not None and self.u[found[1]].lower in self.rules.joining_links
        if found is None and self.restates_a_rounded_figure(k):
            joined = True  # "nearly 11 percent – 10.8 percent, I think"
            k -= 1
        while (
            k >= 0
            and self.u[k].fact is None
            and (self.u[k].lower in r.list_joiners or self.u[k].text == ",")
        ):
            joined = True
            k -= 1
        k = self.skip_time_back(k)
        if not joined or k < 0 or self.u[k].fact is None:
            return None
        other = self.known.get(self.u[k].fact)
        if other is None or other[0] is None:
            return None
        if found is None and self.types.get(self.u[k].fact) != self.fact_type:
            return None  # a list goes on with figures of one kind
        if found is None and self.opens_own_clause():
            return None  # "income was 38 billion rubles, only 1.5 billion was spent"
        if self.place_follows():
            return None  # "growth in France was 3.2 percent and 6 percent in Japan"
        return other

    def measure_before_a_participle(self) -> tuple | None:
        """(subject, span, False) for a figure after a participle link of
        `participle_link_words` that follows a comma ("Grain exports grew fast last year,
        reaching $5 billion"): the participle's subject is the clause's, so the measure noun
        phrase opening the clause before the comma (`opening_measure`, with at most
        `participle_clause_max_tail_words` words after its verb); none when a figure stands
        before (`inherited` reads that) or the clause opens with anything else ("We noted
        that ...")."""
        r = self.rules
        if not r.participle_links:
            return None
        found = self.link_before()
        if found is None or found[0] != "chunk" or found[1] < 2:
            return None
        link = found[1]
        if self.u[link].lower not in r.participle_links or self.u[link - 1].text != ",":
            return None
        if any(self.u[k].fact is not None for k in range(link)):
            return None
        start = link - 1
        while start > 0 and self.u[start - 1].text not in (";", ":", "(", "–", "—"):
            start -= 1
        return self.opening_measure(start, link - 1, r.participle_max_tail)

    def restates_a_rounded_figure(self, k: int) -> bool:
        """Unit `k` is a dash of `restated_figure_dashes` right after a figure that opens with a
        word of `restated_rounding_words` ("nearly 11 percent – 10.8 percent"): the figure
        after the dash says the rounded one exactly."""
        r = self.rules
        if k < 1 or self.u[k].fact is not None or self.u[k].text not in r.restating_dashes:
            return False
        other = self.u[k - 1].fact
        if other is None:
            return False
        first = k - 1
        while first > 0 and self.u[first - 1].fact == other:
            first -= 1
        return self.u[first].lower in r.rounding_words

    def place_follows(self) -> bool:
        """A preposition of `other_place_prepositions` and a place name follow the figure
        ("and 4 percent in the US"): the figure is another place's, so the subject of the figure
        before (which names its own place, or none) is not its subject."""
        r = self.rules
        j = self.fe
        if not (j < len(self.u) and self.free_word(j) and self.u[j].lower in r.place_prepositions):
            return False
        j += 1
        while j < len(self.u) and self.free_word(j) and self.u[j].lower in r.determiners:
            j += 1
        return (
            j < len(self.u)
            and self.u[j].fact is None
            and self.u[j].text[:1].isupper()
            and _is_place(self.ruleset, self.u[j].text)
        )

    def opens_own_clause(self) -> bool:
        """A verb of `clause_verbs` follows the figure (adverbs of `skip_after_link` may stand
        between): the figure is the subject of a clause of its own ("income was 38 billion
        rubles, only 1.5 billion was spent"), not the next item of a list."""
        r = self.rules
        j = self.fe
        while j < len(self.u) and self.free_word(j) and self.u[j].lower in r.skip_after:
            j += 1
        return j < len(self.u) and self.free_word(j) and self.u[j].lower in r.clause_verbs
