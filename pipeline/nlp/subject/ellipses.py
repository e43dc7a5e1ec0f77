"""A figure in an ellipsis after an earlier one ("grew by 8 percent, railcars by 5 percent"),
for the finder: whether the noun before it names the measure or a product whose measure is
left unsaid.
"""

from __future__ import annotations

from pipeline.nlp.subject.units import _base


class Ellipses:
    """A mixin of `_Finder`: a figure's noun in an ellipsis after an earlier figure."""

    def after_a_figure(self, head: int) -> bool:
        """The noun phrase of `head` follows ", " or "and" right after an earlier figure of the
        sentence (an ellipsis: "grew by 8 percent, railcars by 5 percent")."""
        m = self.modifiers_start(head, 0)
        k = m - 1
        if k < 0 or not (self.u[k].text in (",", ";") or self.u[k].lower == "and"):
            return False
        k -= 1
        while k >= 0 and self.u[k].fact is None and self.u[k].text in (",", "and"):
            k -= 1
        k = self.skip_time_back(k)
        return k >= 0 and self.u[k].fact is not None and self.u[k].fact != self.me

    def figure_before_ellipsis(self, head: int) -> int | None:
        """The first unit of the earlier figure that the ellipsis at `head` follows (see
        `after_a_figure`), or None."""
        if not self.after_a_figure(head):
            return None
        k = self.modifiers_start(head, 0) - 2
        while k >= 0 and self.u[k].fact is None and self.u[k].text in (",", "and"):
            k -= 1
        k = self.skip_time_back(k)
        fact = self.u[k].fact
        while k - 1 >= 0 and self.u[k - 1].fact == fact:
            k -= 1
        return k

    def head_before_preposition(self, figure: int) -> bool:
        """The earlier figure starting at `figure` is linked by a word of
        `ellipsis_direct_links` to a phrase whose head stands before a preposition ("expanded
        the area under new greenhouses by 18 percent"): a noun of an ellipsis after it
        ("and nurseries by 40 percent") stands for the phrase after the preposition, and the
        head ("acreage") is left unsaid."""
        r = self.rules
        link = figure - 1
        if link < 1 or not self.free_word(link) or self.u[link].lower not in r.ellipsis_direct:
            return False
        for k in range(link - 1, max(0, link - 1 - r.max_post - r.max_modifiers), -1):
            unit = self.u[k]
            if unit.fact is not None or not unit.word:
                return False
            if unit.lower in r.preps:  # before the boundary words, which hold "under"
                return (
                    self.free_word(k - 1)
                    and self.np_word(k - 1)
                    and self.u[k - 1].lower not in r.boundary
                    and self.u[k - 1].lower not in r.determiners
                )
            if unit.lower in r.boundary:
                return False
        return False

    def measure_before_link(self, figure: int) -> bool:
        """The earlier figure starting at `figure` is linked by a word of
        `ellipsis_direct_links` to a measure noun right before it that gave no subject ("we
        increased cheese production by 5 percent and butter by 2 percent"): that noun is left
        unsaid after the ellipsis, so a noun there names a product, not the measure (issue
        16q)."""
        link = figure - 1
        return (
            link >= 1
            and self.free_word(link)
            and self.u[link].lower in self.rules.ellipsis_direct
            and self.is_measure(link - 1)
        )

    def head_elided(self, head: int) -> bool:
        """In an ellipsis ("grain exports rose by 27 percent, barley by 15 percent"), the noun
        at `head` is no measure noun while the first subject of the sentence is a measure noun
        with words around it ("grain exports", "the production of locomotives"): the measure
        noun is left unsaid ("pork [exports]"), so the noun alone names a product, not what the
        figure measures."""
        if self.is_measure(head) or self.is_denominator(
            " ".join(u.lower for u in self.u[max(0, head - 3) : head + 1])
        ):
            return False  # "imports by 3 percent", "gross regional product by 2 percent"
        earlier = [
            v[1] for k, v in sorted(self.known.items()) if k < self.me and v[0] and v[1] is not None
        ]
        if not earlier:
            # "expanded the area under new greenhouses by 18 percent, and nurseries by 40
            # percent": no subject before, but its head stood before a preposition (seed 2038)
            figure = self.figure_before_ellipsis(head)
            return figure is not None and (
                self.head_before_preposition(figure) or self.measure_before_link(figure)
            )
        first = next((k for k, u in enumerate(self.u) if u.start == earlier[0][0]), None)
        last = next((k for k, u in enumerate(self.u) if u.end == earlier[0][1]), None)
        if first is None or last is None or last == first:
            return False
        return any(self.is_measure(k) for k in range(first, last + 1))

    def named_in_an_ellipsis(self) -> bool:
        """The subject follows an earlier figure after a comma or "and" and every word of it is
        capitalised ("MiG beat its target by 18 percent, and Northern Rotors by 27 percent"): the
        name of a company, body or place whose measure the ellipsis leaves unsaid
        (`name_ellipsis_refused`): no subject (issue 16r)."""
        words = self.subject_words()
        if not self.rules.name_ellipsis_refused or not words or not words[0]:
            return False
        if not all(self.u[k].text[:1].isupper() for k in words):
            return False
        if any(self.u[k].text.isupper() or _base(self.u[k]) in self.rules.measure for k in words):
            return False  # "and GDP by 2 percent", "LNG by 20 percent": a measure or product
        return self.after_a_figure(words[-1])
