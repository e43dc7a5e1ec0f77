"""Subjects refused because the sentence narrows the measure or points elsewhere for it, for the
finder: a set named before ("The investment", "of these facilities"), a fronted phrase ("In rail
transport,"), "each", an exclusion ("Excluding fuel,"), "there".
"""

from __future__ import annotations

from pipeline.nlp.subject.phrase_index import _phrases_with
from pipeline.nlp.subject.units import _CLAUSE_MARKS, _is_place


class Restrictions:
    """A mixin of `_Finder`: a measure narrowed or pointed to elsewhere refused."""

    def anaphoric_opening(self) -> bool:
        """The sentence opens with an article of `anaphoric_opening_articles` ("The"), at most
        one modifier of `weak_modifiers` or `deal_modifiers` ("annual", "estimated") and a bare
        noun of `anaphoric_opening_nouns`, and that noun ends the subject ("The investment
        exceeds 21 billion rubles", "The yearly savings are likely to come to ..."): the
        measure of a project or programme named in a sentence before, which the subject does
        not name, so none is given (issue 16o). "The cost of the bridge is" names it: kept.
        Since issue 16q the article may also open a clause, after a mark of `_CLAUSE_MARKS` or
        a word of `anaphoric_clause_joiners` ("ten houses burned and the total damage came to
        ..."), and the noun may follow a wrapper of "of" ("The overall amount of losses
        came to ..."); a figure given against a whole of `denominator_wholes` ("The
        losses came to 1 percent of GDP") is an economy's measure: kept."""
        r = self.rules
        if self.span is None or len(self.u) < 2:
            return False
        first = self.span_units()[0]
        if first is None or self.given_against_a_denominator():
            return False  # "The losses came to 1 percent of GDP": an economy's measure
        for a in range(max(0, first - 5), first):
            if self.u[a].lower not in r.anaphoric_openings or not self.free_word(a):
                continue
            if a and not (
                self.u[a - 1].text in _CLAUSE_MARKS
                or (self.free_word(a - 1) and self.u[a - 1].lower in r.anaphoric_joiners)
            ):
                continue
            k = a + 1
            nouns = [k]
            if k + 1 < len(self.u) and (
                self.u[k].lower in r.weak_modifiers or self.u[k].lower in r.deal_modifiers
            ):
                nouns.append(k + 1)  # "The annual savings", "the total damage"
            for k in list(nouns):
                if (
                    r.anaphoric_joiners
                    and k + 2 < len(self.u)
                    and self.u[k].lower in r.wrap_of
                    and self.u[k + 1].lower == "of"
                ):
                    nouns.append(k + 2)  # "The overall amount of losses"
            for k in nouns:
                noun = self.u[k]
                if (
                    noun.lower in r.anaphoric_opening_nouns
                    and self.u[a].start <= self.span[0] <= noun.start
                    and self.span[1] == noun.end
                ):
                    return True
        return False

    def pointed_back_to(self) -> bool:
        """The word right before the subject is a determiner of `pointing_determiners` ("75
        percent of these facilities", "the sum of these guarantees", "90 percent of each
        issue", "15 percent of those taken to hospital"): the subject names a set said before,
        or one of many, whose restriction it drops; or, after "those", a clause cut on its left.
        No subject (issue 16p). So is one such word inside the subject ("the number of such
        complaints", "the revenues of these firms", "funding for these schemes from the
        budget": the key drops it with the other determiners; issue 16q)."""
        if self.span is None or not self.rules.pointing_determiners:
            return False
        first = self.span_units()[0]
        if first is None:
            return False
        pointing = self.rules.pointing_determiners
        if first and self.free_word(first - 1) and self.u[first - 1].lower in pointing:
            return True
        return any(self.u[k].lower in pointing for k in self.subject_words())

    def restricted_by_a_fronted_phrase(self) -> bool:
        """The sentence opens with a word of `fronted_restriction_openers` ("In") and a short
        phrase up to a comma before the subject, naming no time, no place and none of
        `fronted_kept_words` ("general", "addition", "total", "May", each part of
        "January-June"): "In rail transport, passenger traffic grew by 4 percent", "In the
        strategic forces, the share of new arms is 80 percent": the phrase restricts the
        measure, which the subject drops: no subject (issue 16ae). "In 2019, trade grew", "In
        Norland, exports fell", "In general, output rose" are kept."""
        r = self.rules
        openers = r.fronted_restriction_openers
        if not openers or not self.u:
            return False
        first, _ = self.span_units()
        if first is None or not (self.free_word(0) and self.u[0].lower in openers):
            return False
        comma = next((k for k in range(1, min(first, self.fs)) if self.u[k].text == ","), None)
        if comma is None or comma < 2 or comma - 1 > r.fronted_max_words:
            return False
        for k in range(1, comma):
            unit = self.u[k]
            if not self.free_word(k) or any(ch.isdigit() for ch in unit.text):
                return False
            if self.time_word(k) or any(
                part in r.fronted_kept_words for part in unit.lower.split("-")
            ):
                return False
            if unit.text[:1].isupper() and _is_place(self.ruleset, unit.text):
                return False
        return True

    def per_each_opener(self) -> bool:
        """The figure's clause opens with a word of `distributive_determiners` and a noun that
        is no time word ("Each ruble spent brings two rubles in tax revenue"): the figure is
        per that unit, which the subject does not say: no subject
        (`distributive_openers_refused`, issue 16s). "Every year exports grow" keeps it; so
        does a subject read before the figure ("Each apprentice is paid one minimum monthly
        wage of 15,000 rubles": the wage's own amount), as only the subject after is read."""
        if not self.rules.distributive_openers_refused:
            return False
        k = self.fs - 1
        while k >= 0 and self.u[k].text not in _CLAUSE_MARKS:
            k -= 1
        opener = k + 1
        return (
            opener + 1 < self.fs
            and self.free_word(opener)
            and self.u[opener].lower in self.rules.distributive
            and not self.time_word(opener + 1)
        )

    def opens_with_an_exclusion(self) -> bool:
        """The sentence opens, before the figure, with a phrase of `exclusion_openers_refused`
        ("If we leave out seasonal jobs, unemployment is 4 percent", "Excluding fuel, exports
        grew by 9 percent"): the figure is the measure less what the phrase takes out, which
        the subject does not say: no subject (issue 16t). The same phrase later in the
        sentence, after the figure, is not read."""
        return any(
            len(phrase) <= self.fs and self.words_match(0, phrase)
            for phrase in _phrases_with(self.rules.exclusion_openers, self.u[0].lower)
        )

    def pointed_to_a_place_after(self) -> bool:
        """A word of `place_pointers_after_figure` stands right after the figure ("the birth
        rate has risen by 37 percent there", "equipment worth 2 million rubles there"): the
        figure is of a place named only before, which the subject does not say: no subject
        (issue 16t). "Here" is not listed: the speaker's own country or region, as the readers
        judged "7 percent of people here"."""
        k = self.fe
        return (
            k < len(self.u)
            and self.free_word(k)
            and self.u[k].lower in self.rules.place_pointers_after_figure
        )
