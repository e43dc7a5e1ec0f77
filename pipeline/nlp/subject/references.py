"""Subjects refused because the figure is measured against something the subject does not name,
or is one unnamed group's own, for the finder (issue 16ai): a difference from a reference
("15 percent below the baseline", "2 points higher than in Lakeland"), the amount of units
named only by a plural after "the" ("the banks' total investment", "revenue of the plants"),
an amount a firm or bank moved ("banks approved 9 billion rubles of farm loans"), and a share
whose key names only its whole ("Lakeland's share in world trade").
"""

from __future__ import annotations

from pipeline.nlp.measures import subject_key
from pipeline.nlp.subject.units import _APOSTROPHES, _CLAUSE_MARKS, _is_place, _possessive


def _singular(lower: str) -> str:
    """A plural noun's singular as the unit heads list it: "banks" -> "bank", "companies" ->
    "company"; "" for a word that is no such plural."""
    if lower.endswith("ies") and len(lower) > 4:
        return lower[:-3] + "y"
    if lower.endswith("s") and not lower.endswith("ss"):
        return lower[:-1]
    return ""


class References:
    """A mixin of `_Finder`: a figure against a reference, or one unnamed group's own."""

    def compared_with_a_reference(self) -> bool:
        """Right after the figure (a comma may stand between) a word of
        `reference_comparatives` ("higher", "below", "more") and "than" or "the", and within
        `reference_max_words` words after that, before a clause mark, a noun of
        `reference_nouns` ("baseline", "threshold", "average", "norm", "plan") or, first, a
        place ("than in Lakeland"): "the flu rate is 15 percent below the baseline", "growth
        was 1.5 points higher than in Lakeland" give a difference from a reference, not the
        measure's level or its change over time: no subject (issue 16ai). A comparison with
        another time ("5 percent higher than last year", "more than in 2019") is a change and
        is kept."""
        r = self.rules
        if not r.reference_comparatives or not r.reference_nouns:
            return False
        k = self.fe
        if k < len(self.u) and self.u[k].text == ",":
            k += 1
        if not (self.free_word(k) and self.u[k].lower in r.reference_comparatives):
            return False
        k += 1
        if not (self.free_word(k) and self.u[k].lower in ("than", "the")):
            return False
        k += 1
        first = True
        stop = min(len(self.u), k + r.reference_max_words)
        while k < stop:
            unit = self.u[k]
            if unit.text in _CLAUSE_MARKS or unit.text in (".", "!", "?", ")"):
                return False
            if unit.fact is not None or not unit.word:
                return False  # another figure or a year: "than in 2019"
            low = unit.lower
            if low in r.reference_nouns:
                return True
            if low in r.reference_skip:
                k += 1
                continue
            if first and _is_place(self.ruleset, unit.text):
                return True  # "than in Lakeland", "than the Lakeland average"
            first = False
            k += 1
        return False

    def owned_by_unnamed_units(self) -> bool:
        """The subject opens with the plural possessive of a noun of `unnamed_unit_heads`
        after "the" ("the banks' total investment", "the plants' output"), or ends in a
        preposition of `unnamed_unit_prepositions`, "the" and such a plural ("the revenue of
        the companies"): the amount of a group of firms, banks or plants named only in the
        paragraph, as "the company's revenue" is one firm's (issue 16u): no subject
        (`unnamed_unit_plurals`, issue 16ai). A modifier or name before the plural ("the
        Lakeland banks' assets") keeps it."""
        r = self.rules
        if not r.unnamed_unit_plurals or not r.unnamed_unit_heads:
            return False
        words = self.subject_words()
        if len(words) < 2:
            return False
        first, last = words[0], words[-1]
        unit = self.u[first]
        if (
            _possessive(unit)
            and unit.lower.endswith(_APOSTROPHES)  # "banks'", not "bank's"
            and _singular(unit.lower.rstrip("".join(_APOSTROPHES))) in r.unnamed_unit_heads
            and self.free_word(first - 1)
            and self.u[first - 1].lower == "the"
        ):
            return True
        return (
            len(words) >= 4
            and words[-2] == last - 1
            and words[-3] == last - 2
            and self.u[last - 1].lower == "the"
            and self.u[last - 2].lower in r.unnamed_unit_prepositions
            and _singular(self.u[last].lower) in r.unnamed_unit_heads
        )

    def moved_by_an_organisation(self) -> bool:
        """The subject is read after the figure ("92 billion rubles of farm loans"), the figure
        follows a verb, and the verb's own subject (auxiliaries and adverbs passed over) is a
        noun of `organisation_agents` ("banks approved 9 billion rubles of farm loans", "the
        firms spent $3 billion in research grants"): the amount those firms or banks gave,
        lent or spent, which the subject does not name: no subject (`organisation_moved_amounts`,
        issue 16ai; `owner_before_verb` refuses only a bare measure). Only a bare agent or one
        after a word of `organisation_pointing_words` ("the", "these"): "foreign firms", "our
        banks" name a class of their own. "We approved", a place or the state keep it."""
        r = self.rules
        if not r.organisation_moved_amounts or not r.organisation_agents:
            return False
        if self.span is None or self.part_of:
            return False
        first, _ = self.span_units()
        if first is None or first < self.fe:
            return False
        verb = self.fs - 1
        if self.free_word(verb) and self.u[verb].lower in r.verb_particles:
            verb -= 1
        if not self._verb_word(verb):
            return False
        k = self.skip_back_over_auxiliaries(verb - 1)
        if not (self.free_word(k) and self.u[k].lower in r.organisation_agents):
            return False
        # "banks", "the banks": the ones the paragraph spoke of; "foreign firms", "our banks"
        # name a whole class, whose amount the subject may be ("foreign firms put $7 billion in
        # direct investment into the region")
        return not self.free_word(k - 1) or self.u[k - 1].lower in r.organisation_pointing_words

    def share_without_its_part(self, found: str) -> bool:
        """The subject's key opens with a word of `whole_only_share_heads` ("share") and a
        preposition of `whole_only_share_prepositions` ("in", "on"), with no "of" after them:
        "Lakeland's share in world trade was 9 percent", "the region's share on foreign
        markets accounts for 30 percent", "small firms had a 4 percent share in state
        orders". "In"/"on" names the whole; the part whose share it is (a place the key drops,
        a possessive, the verb's subject) is not in the key, so figures of different parts
        would share one series: no subject (issue 16ai). "The share of local cheese",
        "cheese's share of the market" and "the share in GDP of small firms" keep theirs."""
        r = self.rules
        if not r.whole_only_share_heads or self.fact_type != "percentage":
            return False
        if not any(head in found.lower() for head in r.whole_only_share_heads):
            return False  # the key is read only where it may open with a share head
        words = subject_key(self.ruleset, found).split()
        return (
            len(words) > 2
            and words[0] in r.whole_only_share_heads
            and words[1] in r.whole_only_share_prepositions
            and "of" not in words[2:]
        )
