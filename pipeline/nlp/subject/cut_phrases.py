"""Subjects refused because the phrase was cut wrong or lost what the sentence gives it, for the
finder: cut on its left, a one-word subject of a longer phrase, a stray adverb, a verb
particle, a joiner, an agent or a verb opening it.
"""

from __future__ import annotations

from pipeline.nlp.measures import measure_rules, subject_key
from pipeline.nlp.subject.units import _inflected


class CutPhrases:
    """A mixin of `_Finder`: a phrase cut wrong refused."""

    def cut_on_the_left(self) -> bool:
        """The word right before the subject's first word is a lower-case word that may stand
        inside a noun phrase (`np_word`) but did not open one, so the phrase was cut on its
        left: "First stage payments will amount to" gives "payments", "we have reduced
        cardiovascular mortality" gives "mortality". The measure without that word is another
        one: no subject (`left_cut_refused`)."""
        if not self.rules.left_cut_refused or self.span is None:
            return False
        first = next((i for i, unit in enumerate(self.u) if unit.start == self.span[0]), None)
        if not first:
            return False
        unit = self.u[first - 1]
        return (
            unit.fact is None
            and unit.word
            and unit.text[:1].islower()
            and unit.lower not in self.rules.weak_modifiers  # "a fairly low unemployment rate"
            and (self.np_word(first - 1) or self.is_modifier(first - 1))
        )

    def generic_left_out(self, found: str) -> bool:
        """A one-word subject that is no measure the key rules know (`measures.json`: neither a
        key nor a synonym, such as "damage", "people", "electricity") while the sentence gives
        its noun more than the subject keeps (`generic_single_word_refused`): a participle
        after a noun before it ("agriculture related damage"), a participle and a preposition
        after it (`participle_restriction_prepositions`: "80 percent of the electricity
        generated in the country", "of people involved in the economy"), or a preposition of
        `generic_complement_prepositions`, a number and a noun after it, the group it belongs
        to ("raised by 15 percent the salaries of 28,000 doctors"); and, for the fact types of
        `generic_after_figure_types` (money), any such word read after the figure and a link
        ("benefited from 3 billion rubles in grants"), unless the clause before the figure has
        a word of `non_owner_words` ("we gave ..."). The word alone names a wider measure than the
        sentence's: no subject (issue 16n)."""
        r = self.rules
        if not r.generic_refused or self.span is None or len(found.split()) != 1:
            return False
        keys = set(measure_rules(self.ruleset).synonyms.values())
        if subject_key(self.ruleset, found) in keys:
            return False
        first = next((i for i, unit in enumerate(self.u) if unit.start == self.span[0]), None)
        last = next((i for i, unit in enumerate(self.u) if unit.end == self.span[1]), None)
        if first is None or last is None:
            return False
        i = first - 1
        if (
            i >= 1
            and self.free_word(i)
            and self.u[i].lower.endswith("ed")
            and _inflected(self.u[i].lower)
            and not self.verb_like(i)  # "the region increased exports by": a verb
            and self.np_word(i - 1)
            and not self.time_word(i - 1)
        ):
            return True  # "agriculture related damage"
        j = last + 1
        after_figure = self.span[0] >= self.u[self.fe - 1].end
        if (
            after_figure
            and first > self.fe  # not "a $5 billion loan"
            and self.fact_type in r.generic_after_types
            and not self._speaker_owns()
        ):
            # "benefited from 3 billion rubles in grants", "causing 3.5 billion roubles of
            # damage": the noun names the kind of money only; whose or what for, the verb and
            # its subject say
            return True
        if not self.free_word(j):
            return False
        low = self.u[j].lower
        if (
            after_figure
            and low.endswith("ed")
            and _inflected(low)
            and self.free_word(j + 1)
            and self.u[j + 1].lower in r.participle_preps
        ):
            return True  # "80 percent of electricity generated in the country"
        if low not in r.generic_complement_preps:
            return False
        k = j + 1
        while self.free_word(k) and self.u[k].lower in r.determiners:
            k += 1
        if not self.number_at(k) or self.u[k].fact == self.u[self.fs].fact:
            return False  # "revenue of 1.3 billion rubles": the link to the figure itself
        m = k + 1
        while m < len(self.u) and self.u[k].fact is not None and self.u[m].fact == self.u[k].fact:
            m += 1
        return self.np_word(m) and not self.time_word(m)  # "the wages of 43,000 teachers"

    def ends_in_an_adverb(self) -> bool:
        """The subject's last word is an adverb of `stray_last_words` ("the fare of a bus
        ride even", read before "by one ruble"): the phrase took in a word of the clause, so it was
        cut wrong: no subject (issue 16q)."""
        words = self.subject_words()
        return bool(words) and self.u[words[-1]].lower in self.rules.stray_last_words

    def particle_alone(self) -> bool:
        """The subject opens with a verb particle of `verb_particles` ("Works were carried
        out worth 16 billion rubles" gives "out"): a piece of the verb, no noun phrase, so no
        subject (issue 16p)."""
        first = self.span_units()[0]
        return first is not None and self.u[first].lower in self.rules.verb_particles

    def opens_with_a_joiner(self) -> bool:
        """The subject opens with a word of `joining_openers` ("about 9 trillion rubles plus
        assets"): something added to the figure, not what it measures: no subject (issue
        16r)."""
        first = self.span_units()[0]
        return first is not None and self.u[first].lower in self.rules.joining_openers

    def agent_of_a_noun_before(self) -> bool:
        """A preposition of `agent_prepositions` stands right before a subject read before the
        figure ("online shopping by the younger generation grew by 40 percent"): the phrase is
        the agent of a noun before it, which it lost: no subject (issue 16u)."""
        first = self.span_units()[0]
        if not first or first >= self.fs:
            return False
        k = first - 1
        while k > 0 and self.free_word(k) and self.u[k].lower in self.rules.determiners:
            k -= 1  # "by the younger generation"
        return self.free_word(k) and self.u[k].lower in self.rules.agent_prepositions

    def opens_with_a_verb(self) -> bool:
        """A personal pronoun of `subject_pronouns_before` stands right before the subject ("we
        export timber worth 3 billion dollars" gives "export timber"): the pronoun is the
        clause's subject, so the phrase opens with its verb: no subject (issue 16u)."""
        first = self.span_units()[0]
        return (
            bool(first)
            and self.free_word(first - 1)
            and self.u[first - 1].lower in self.rules.subject_pronouns_before
        )
