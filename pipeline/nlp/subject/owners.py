"""Subjects refused because they drop whose measure it is, for the finder: the subject of a
verb ("the investors manage capital of"), an organisation that changes it, a possessive
("its", "your", "the corporation's"), an unnamed unit ("the cost of the project"), a bare
amount ("revenue jumped").
"""

from __future__ import annotations

from pipeline.nlp.subject.units import (
    _CLAUSE_MARKS,
    _base,
    _inflected,
    _is_place,
    _number_word,
    _possessive,
)


class Owners:
    """A mixin of `_Finder`: a subject that drops its owner refused."""

    def owner_before_verb(self) -> bool:
        """The subject is a bare measure (no modifier but `weak_modifiers`/`bare_modifiers`),
        the object of a verb whose own subject, a noun phrase, says whose it is: "the investors
        here manage capital of $15 trillion", "state-run companies have also cut
        payments by 12 percent" (linked right to the figure), "the plant involves 2 billion
        euros in investment" (read after the figure). The bare noun drops the owner: no
        subject. Not when the verb's subject is a pronoun or the speaker's state
        (`non_owner_words`: "we have increased earnings by 11 percent"), a place (the scope's
        job), or for the whole of "N percent of X" ("investors held 49 percent of the stock")."""
        r = self.rules
        if self.span is None or self.part_of or not r.non_owners:
            return False
        first, last = self.span_units()
        if first is None or last is None or not self.is_measure(last):
            return False
        bare = not any(
            self.u[k].lower not in r.weak_modifiers and self.u[k].lower not in r.bare_modifiers
            for k in range(first, last)
        )
        if first >= self.fe:
            verb = self.fs - 1  # "involves 2 billion euros in investment"
        else:
            if not (self.free_word(last + 1) and last + 1 < self.fs):
                return False
            if dict(r.links).get((self.u[last + 1].lower,)) != "direct":
                return False  # only a noun linked right to the figure: "capital of"
            verb = first - 1
            while verb >= 0 and self.free_word(verb) and self.u[verb].lower in r.determiners:
                if self.u[verb].lower not in r.owner_articles:
                    return False  # "have lowered our GDP by": the possessive says whose
                verb -= 1
        if self.free_word(verb) and self.u[verb].lower in r.verb_particles:
            verb -= 1  # "have paid out 30 billion rubles worth of grants"
        if not self._verb_word(verb):
            return False
        if not bare and not (self.free_word(verb) and self.u[verb].lower in r.recipient_verbs):
            # a measure with modifiers names its owner only as what a group gets ("young
            # nurses will get a pay rise of 45 percent", seed 2038)
            return False
        k = verb - 1
        k = self.skip_back_over_auxiliaries(k)
        if not self.free_word(k):
            return False
        low = self.u[k].lower
        if not bare and low in r.place_nouns:
            return False  # "the republic received $1 million in direct foreign investment"
        return not (
            low in r.non_owners
            or self._small_word(low)
            or _possessive(self.u[k])
            or _inflected(low)
            or _number_word(self.ruleset, low)
            or _is_place(self.ruleset, self.u[k].text)
        )

    def changed_by_an_organisation(self) -> bool:
        """The subject, read before "by N", is the object of a verb whose own subject is a
        noun of `organisation_agents` ("the utility company cut the rates for farmers by 30
        percent", "the institute plans to reduce the number of research posts by 10
        percent"): the firm's or body's own change, which the subject does not name: no
        subject (issue 16x). "We", a place or the state keep it ("the region cut its debt").
        So does a word of `effect_agents`, or a noun after one of `effect_agent_pointers`: a
        project's or a measure's effect ("this bridge will raise our freight capacity by 15
        percent", issue 16aa)."""
        r = self.rules
        if not (r.organisation_agents or r.effect_agents) or self.span is None or self.part_of:
            return False
        first, last = self.span_units()
        if first is None or last is None or last >= self.fs:
            return False
        if not self.words_match(self.fs - 1, ("by",)):
            return False
        verb = first - 1
        while (
            verb >= 0
            and self.free_word(verb)
            and (self.u[verb].lower in r.determiners or _possessive(self.u[verb]))
        ):
            verb -= 1
        if not self._verb_word(verb):
            return False
        k = verb - 1
        if self.words_match(k, ("to",)):
            k -= 2  # "plans to reduce", "managed to cut"
        k = self.skip_back_over_auxiliaries(k)
        if not self.free_word(k):
            return False
        if self.u[k].lower in r.organisation_agents or self.u[k].lower in r.effect_agents:
            return True
        # "this bridge will raise our freight capacity by 15 percent": a pointed noun (16aa)
        return (
            k >= 1
            and self.u[k].word
            and self.free_word(k - 1)
            and self.u[k - 1].lower in r.effect_agent_pointers
        )

    def _speaker_owns(self) -> bool:
        """A word of `non_owner_words` that is no determiner ("we", "the government") stands in
        the figure's clause before it: the speaker's own money ("we gave 3 billion rubles in
        grants"), not "societies of this kind benefited from"."""
        k = self.fs - 1
        while k >= 0 and self.u[k].text not in _CLAUSE_MARKS:
            low = self.u[k].lower
            if self.free_word(k) and low in self.rules.non_owners:
                if low not in self.rules.determiners:  # "426 societies of this kind"
                    return True
            k -= 1
        return False

    def owned_by_a_pronoun(self) -> bool:
        """A possessive of `owner_pronouns` stands right before the subject, which is no whole
        of "N percent of X" ("its container throughput rose by 25 percent", "their combined revenue
        came to $20 billion", "its share in the retail market is 12 percent"), or inside it
        ("the share of their civil goods output", issue 16r): the measure of a firm, port or group
        named before, which the subject does not name: no subject (issue
        16q). A subject with a word of `denominator_wholes` or `organisation_national_words`
        is a country's or a region's measure ("its GDP will grow by 2 percent", "the region
        cut its state debt by 5 percent"): kept, for the scope to place."""
        r = self.rules
        first = self.span_units()[0]
        if not first or self.part_of or not r.owner_pronouns:
            return False
        inside = any(self.u[k].lower in r.owner_pronouns for k in self.subject_words())
        if not inside and not (
            self.free_word(first - 1) and self.u[first - 1].lower in r.owner_pronouns
        ):
            return False  # "the share of their civil goods output": inside too (issue 16r)
        words = [_base(self.u[k]) for k in self.subject_words()]
        return not any(self.is_denominator(w) or w in r.national_words for w in words)

    def owned_by_the_listener(self) -> bool:
        """A possessive of `listener_possessives` ("your") stands right before the subject or
        the whole ("your agriculture grew by 5 percent", "40 percent of your staff"): the
        measure of the region, company or body the speaker addresses, which neither the subject
        nor its key names: no subject (issue 16v). A word of `denominator_wholes` or
        `organisation_national_words` ("your economy", "your country's GDP") is kept, as after
        "its"."""
        r = self.rules
        first = self.span_units()[0]
        if not first or not r.listener_possessives:
            return False
        if not (self.free_word(first - 1) and self.u[first - 1].lower in r.listener_possessives):
            return False
        words = [_base(self.u[k]) for k in self.subject_words()]
        return not any(self.is_denominator(w) or w in r.national_words for w in words)

    def unowned_head(self) -> bool:
        """The subject's head is one of `unowned_heads` ("portfolio") and its other words are
        only those of `unowned_head_fillers` ("the order portfolio", "the total portfolio of
        contracts", "the loan portfolio"): one firm's, bank's or sector's book, which the phrase
        does not name: no subject (issue 16z). "Rosbank's loan portfolio", "the export
        portfolio of ships" name it."""
        r = self.rules
        words = self.subject_words()
        if not words or not r.unowned_heads:
            return False
        if self.u[self.head_of_words(words)].lower not in r.unowned_heads:
            return False
        return all(
            self.u[k].lower in r.unowned_heads or self.u[k].lower in r.unowned_head_fillers
            for k in words
        )

    def bare_part(self) -> bool:
        """The subject is one word of `bare_part_subjects` ("the sector expanded by 4 percent",
        "The industry added 3 percent"): a branch of the economy said before, whose output,
        investment or wages the figure is, neither named: no subject (issue 16q)."""
        words = self.subject_words()
        return len(words) == 1 and self.u[words[0]].lower in self.rules.bare_part_subjects

    def bare_amount(self) -> bool:
        """The subject's last word is a head of `owner_needing_heads` and every word before it
        is a modifier of `weak_modifiers`, `bare_modifiers`, `summing_modifiers` or
        `bare_amount_modifiers` ("revenue jumped 14 percent", "total spending will reach",
        "lump-sum payments of 5,000 rubles", "our own funds"): one party's amount, whose and
        what for left to the paragraph: no subject (issue 16r). Given against an economy's
        size ("debt fell to 15 percent of GDP"), or with a word of `organisation_national_words`
        ("national revenue"), it is the state's: kept."""
        r = self.rules
        words = self.subject_words()
        if not words or self.u[words[-1]].lower not in r.owner_needing_heads:
            return False
        bare = r.weak_modifiers | r.bare_modifiers | r.summing_modifiers | r.bare_amount_modifiers
        if not all(self.u[k].lower in bare for k in words[:-1]):
            return False
        if any(self.u[k].lower in r.national_words for k in words):
            return False  # "our national revenue", "federal spending": the state's
        return not self.given_against_a_denominator()

    def effect_on_an_economy(self) -> bool:
        """An economy's size (`denominator_wholes`) read before "by N", as the object of a
        verb of `economy_effect_verbs` ("the new plant will increase the region's GDP by 3
        percent"): the figure is what the verb's subject adds, the effect of a project or
        measure, not the economy's growth: no subject (issue 16s). When the verb's subject is
        one of `economy_effect_agents` or a place ("we will increase GDP by 3 percent"), it is
        the economy's own growth: kept."""
        r = self.rules
        if not r.economy_effect_verbs or self.span is None or self.part_of:
            return False
        first = self.span_units()[0]
        if first is None or first >= self.fs or not self.words_match(self.fs - 1, ("by",)):
            return False
        if not any(self.is_denominator(self.u[k].lower) for k in self.subject_words()):
            return False
        k = first - 1
        while k >= 0 and self.free_word(k) and self.u[k].lower in r.determiners:
            k -= 1
        if not (self.free_word(k) and self.u[k].lower in r.economy_effect_verbs):
            return False
        k -= 1
        k = self.skip_back_over_auxiliaries(k)
        if not self.free_word(k):
            return False  # no subject of the verb in the sentence
        low = self.u[k].lower
        return not (low in r.economy_effect_agents or _is_place(self.ruleset, self.u[k].text))

    def ends_in_an_unnamed_unit(self) -> bool:
        """The subject ends in a preposition of `unnamed_unit_prepositions`, "the" and a noun
        of `unnamed_unit_heads` ("the total cost of the project", "additional funds for the
        university", "total assets of the fund"): the figure is one project's, plant's or
        fund's own, named only in the paragraph: no subject (issue 16t). A name or modifier
        before the noun ("the cost of the Amur plant") keeps it. Since issue 16ag the
        determiner may be any of `unnamed_unit_determiners` ("the", "his", "its": "the
        export earnings of his industry"), and a noun of `unnamed_part_heads` ("sector",
        "industry", "group") after one of `unnamed_part_prepositions` ("in", "from") names a
        part of the economy or a group said before: "the average wage in the sector", "the
        growth rate in the group" drop which one."""
        r = self.rules
        words = self.subject_words()
        if len(words) < 4 or not r.unnamed_unit_heads:
            return False
        last = words[-1]
        if not (
            self.u[words[-2]].lower in r.unnamed_unit_determiners
            and words[-2] == last - 1
            and words[-3] == last - 2
        ):
            return False
        preposition, noun = self.u[words[-3]].lower, self.u[last].lower
        if noun in r.unnamed_unit_heads and preposition in r.unnamed_unit_prepositions:
            return True
        return noun in r.unnamed_part_heads and preposition in r.unnamed_part_prepositions

    def second_of_joined_possessives(self) -> bool:
        """A word of `possessive_joiners` stands right before the subject and a possessive
        before it ("to raise doctors' and nurses' salaries by 50 percent" gives "nurses'
        salaries"): the head is shared by both owners, and the subject keeps one: no subject
        (issue 16s)."""
        first = self.span_units()[0]
        if not first or first < 2 or not self.rules.possessive_joiners:
            return False
        joiner = first - 1
        return (
            self.free_word(joiner)
            and self.u[joiner].lower in self.rules.possessive_joiners
            and _possessive(self.u[first])
            and self.free_word(joiner - 1)
            and _possessive(self.u[joiner - 1])
        )

    def opens_with_an_unnamed_unit(self) -> bool:
        """The subject opens with a possessive of `unnamed_unit_heads` after "the" ("the
        corporation's assets", "the company's annual revenue"): one firm's, plant's or
        project's own amount, named only in the paragraph, as "of the company" at the end
        (`unnamed_unit_possessives`, issue 16u). A name ("Rosneft's revenue") keeps it."""
        r = self.rules
        words = self.subject_words()
        if not r.unnamed_unit_possessives or len(words) < 2:
            return False
        first = words[0]
        return (
            _possessive(self.u[first])
            and _base(self.u[first]) in r.unnamed_unit_heads
            and self.free_word(first - 1)
            and self.u[first - 1].lower == "the"
        )
