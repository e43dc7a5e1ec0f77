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
