"""The whole of "N percent of X" refused as a subject, for the finder: the part is named by the
rest of the clause, the clause's verb was read into it, a participle narrows it, an article
or "all" points to a set, or it is vague ("cases").
"""

from __future__ import annotations

from pipeline.nlp.subject.units import _base, _inflected


class Wholes:
    """A mixin of `_Finder`: the whole of "N percent of X" refused."""

    def whole_without_its_verb(self) -> bool:
        """ "N percent of X" opens its clause (after the sentence's start, a clause opener or
        a colon; not a list item after a comma or "and"), and no verb follows the whole: the
        clause's verb was read into the whole ("40 percent of patients recover", "half of
        the voters feel hopeful about ..."), which a word list cannot tell from a noun: no
        subject (`verbless_wholes_refused`, issue 16x)."""
        r = self.rules
        if not r.verbless_wholes_refused or not self.part_of or self.fact_type != "percentage":
            return False
        words = self.subject_words()
        if len(words) < 2 or words[0] < self.fe:
            return False
        before = self.fs - 1
        while before >= 0 and self.free_word(before) and self.u[before].lower in r.skip_after:
            before -= 1
        if before >= 0:
            unit = self.u[before]
            if unit.fact is not None or not (
                unit.text in (";", ":", "(")
                or (unit.lower in r.clause_openers and unit.lower not in ("and", "or"))
            ):
                return False
        j = words[-1] + 1
        while j < len(self.u) and not self.free_word(j) and self.u[j].word:
            j += 1
        if j >= len(self.u) or not self.u[j].word:
            return True
        low = self.u[j].lower
        if low == "of" or low in r.clause_verbs:
            return False
        return low in r.preps or low in r.verbless_whole_followers

    def whole_of_an_unnamed_part(self) -> bool:
        """ "N percent of X": X is the whole, and the part the figure measures is named by the
        rest of the clause ("53 percent of the staff are young people", "98 percent of the
        housing is ready for winter", "80 percent of exports are raw materials"), which the
        subject and its key "share of X" leave out: two such figures of other parts would
        share one series. No subject (`wholes_refused`, issue 16z). Kept: the figure right
        after a verb of `whole_owner_verbs` ("has", "owns", "controls") whose own subject is
        "we" (`whole_owner_pronouns`) or a capitalised name: "Russia has 20 percent of the
        world's forests" is that owner's share, the owner being the scope."""
        r = self.rules
        if not r.wholes_refused or not self.part_of or self.fact_type != "percentage":
            return False
        before = self.fs - 1
        while before >= 0 and self.free_word(before) and self.u[before].lower in r.skip_after:
            before -= 1
        if before >= 1 and self.free_word(before) and self.u[before].lower in r.whole_owner_verbs:
            owner = self.u[before - 1]
            if owner.fact is None and owner.word:
                if owner.lower in r.whole_owner_pronouns:
                    return False
                if owner.text[:1].isupper() and owner.lower not in r.pronoun_parts:
                    return False
        return True

    def definite_bare_whole(self) -> bool:
        """The figure is a part of a one-word whole after an article of
        `definite_whole_articles` right after "of" ("95 percent of the funds", "70 percent of
        the quota"; not "of all the roads") that is no whole by itself (`definite_whole_kept`,
        `group_wholes`: "the population", "the vote"): the article points to a set the
        paragraph named, whose restriction the subject drops: no subject (issue 16r)."""
        r = self.rules
        if not self.part_of or not r.definite_whole_articles:
            return False
        words = self.subject_words()
        if len(words) != 1:
            return False
        k = words[0] - 1
        if not (self.free_word(k) and self.u[k].lower in r.definite_whole_articles):
            return False
        if not (self.free_word(k - 1) and self.u[k - 1].lower == "of"):
            return False  # "50 percent of all the roads": "all" names the whole set
        low = _base(self.u[words[0]])
        return (
            low not in r.definite_whole_kept
            and self.u[words[0]].lower not in r.definite_whole_kept
            and low not in r.group_wholes
            and self.u[words[0]].lower not in r.group_wholes
            and not self.is_denominator(low)
        )

    def whole_narrowed_by_a_participle(self) -> bool:
        """The whole of "N percent of X" is followed by a participle and a preposition of
        `participle_restriction_prepositions` ("75 percent of tax offences uncovered by
        auditors are ..."): a clause that narrows the whole, which the subject drops
        (`participle_wholes_refused`; issue 16n did this for one-word wholes only); no
        subject (issue 16r). A participle of `free_participles` ("compared with") narrows
        nothing."""
        r = self.rules
        if not self.part_of or not r.participle_wholes_refused:
            return False
        words = self.subject_words()
        if not words:
            return False
        j = words[-1] + 1
        if not (self.free_word(j) and self.free_word(j + 1)):
            return False
        low = self.u[j].lower
        return (
            low.endswith("ed")
            and _inflected(low)
            and low not in r.free_participles
            and self.u[j + 1].lower in r.participle_preps
        )

    def vague_whole(self) -> bool:
        """The subject is the whole of "N percent of X" and one word of `vague_wholes`
        ("breaches were found in 35 percent of cases"): cases of what, the sentence does not
        say in the phrase: no subject (issue 16s)."""
        words = self.subject_words()
        return (
            self.part_of and len(words) == 1 and self.u[words[0]].lower in self.rules.vague_wholes
        )

    def whole_of_all(self) -> bool:
        """The subject is the whole of "N percent of all X" (`all_wholes_refused`: "some 15
        percent of all complaints concerned housing", "64 percent of all declarations will be
        filed online"): "all" sets the whole against one part of it, which the clause
        after says and the key does not: no subject (issue 16v). "Of all the roads" is left to
        the rules of "of the" (issue 16r)."""
        r = self.rules
        if not self.part_of or not r.all_wholes_refused:
            return False
        return self.words_match(self.fe, ("of", "all")) and not self.words_match(
            self.fe + 2, ("the",)
        )
