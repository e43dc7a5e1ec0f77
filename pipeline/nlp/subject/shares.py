"""Shares and ratios, for the finder: "N percent of X" after a share link ("accounts for"), a
getting verb, a pronoun or a restated figure, where the whole alone is not what the figure
measures; the wholes that are an economy's size (`denominator_wholes`); a percentage that is a
degree ("80 percent complete") or a count's share.
"""

from __future__ import annotations

from pipeline.nlp.subject.phrase_index import _last_words, _phrases_with
from pipeline.nlp.subject.units import _CLAUSE_MARKS, _base, _inflected, _number_word


class Shares:
    """A mixin of `_Finder`: shares, ratios and the economy's wholes."""

    def share_link_goes_on(self, end: int) -> bool:
        """The figure follows a list joiner (or a comma) and the last word of a share link
        that stands earlier in the sentence: "new vehicles should account for 35 percent of
        the army's fleet, and for 64 percent of the navy's fleet". The
        part before the first link is what this figure measures too, so the whole after it is
        not the subject (as for `part_without_its_whole`)."""
        r = self.rules
        k = end - 1
        if k < 1 or not self.free_word(k):
            return False
        links = [p for p in r.share_links if p[-1] == self.u[k].lower]
        if not links:
            return False
        j = k - 1
        if not (self.free_word(j) and (self.u[j].lower in r.list_joiners or self.u[j].text == ",")):
            return False
        return any(self.words_match(i, p) for p in links for i in range(0, j))

    def part_without_its_whole(self) -> bool:
        """ "Our firm accounts for 6 percent of the global output": a share link (`share_links`)
        between a part and the whole after "of". The part alone is no measure (the firm's share of
        what?) and the whole is not what the figure measures, so neither is the subject; except
        when the whole is an economy's size ("small farms account for 2 percent of GDP") or the
        part a pronoun ("they account for 40 percent of exports": the whole, as for "N percent
        of X"). For a percentage, any verb link or direct link of `part_whole_direct_links`
        does the same ("payouts were 112 percent of the annual profit"), unless the whole is the
        part's own measure at another time or place ("output reached 60 percent of the pre-crisis
        level", "productivity is 50 percent of the productivity of ...": `comparison_wholes`)
        or no noun stands before the link ("as are 94 percent of boilers")."""
        r = self.rules
        of_at = self.of_after_aside()
        if not r.share_links or of_at is None:
            return False
        end = self.fs
        while end - 1 >= 0 and self.free_word(end - 1) and self.u[end - 1].lower in r.skip_after:
            end -= 1
        last_word = self.u[end - 1].lower if end >= 1 else ""
        link = next(
            (
                end - len(p)
                for p in _phrases_with(r.share_links, last_word, last=True)
                if self.words_match(end - len(p), p)
            ),
            None,
        )
        any_link = direct = False
        if link is None and self.fact_type == "percentage":
            found = self.link_before()
            if found is not None and (
                found[0] == "chunk" or self.u[found[1]].lower in r.part_whole_direct
            ):
                link, any_link, direct = found[1], True, found[0] == "direct"
        if link is None or (any_link and of_at != self.fe):
            # an aside before "of" is read for a share link only ("cargo flows increased
            # by 6 percent, and passenger flows by 3.9 percent, of which ...")
            if of_at != self.fe:
                return False
            return self.share_link_goes_on(end) and not self.denominator_at(of_at + 1)
        if link >= 1 and self.free_word(link - 1) and self.u[link - 1].lower in r.pronoun_parts:
            # "they make up 35 percent of the residents", "that is 3 percent of the
            # residents": a group of people's share, which the whole alone does not name
            # (seed 2038). After a share link proper, a pronoun other than those of
            # `share_pronoun_parts_kept` ("it accounts for 60 percent of exports") names a
            # part said before, which the whole alone does not name either (issue 16x)
            if (
                not any_link
                and r.share_pronoun_parts_kept
                and self.u[link - 1].lower not in r.share_pronoun_parts_kept
            ):
                return not self.denominator_at(of_at + 1)
            return self.group_whole_at(of_at + 1)
        part = self.skip_time_back(link - 1)
        if part < 0 or not self.free_word(part) or self.u[part].lower in r.pronoun_parts:
            return False
        low = self.u[part].lower
        if any_link and (
            (low in r.boundary and low not in r.restrictive_followers)
            or (direct and _inflected(low) and low not in r.measure)  # "entitled to"
        ):
            return False
        if any_link and self.compared_with_itself(of_at + 1, part):
            # "productivity is 50 percent of the productivity of ...": a ratio to another's
            # level, which the part alone does not name
            return r.ratio_needs_base
        return not self.denominator_at(of_at + 1)

    def of_after_aside(self) -> int | None:
        """The position of the "of" that gives the figure's whole: right after the figure, or
        after an aside set off by commas that holds another figure and at most
        `share_aside_max_words` units ("account for about 3 percent, in fact under 3 percent,
        of our exports"); None when no "of" follows."""
        if self.words_match(self.fe, ("of",)):
            return self.fe
        r = self.rules
        if not r.share_aside_max or self.fe >= len(self.u) or self.u[self.fe].text != ",":
            return None
        k = self.fe + 1
        while k < len(self.u) and k - self.fe <= r.share_aside_max and self.u[k].text != ",":
            k += 1
        if (
            k < len(self.u)
            and self.u[k].text == ","
            and self.words_match(k + 1, ("of",))
            and any(self.u[m].fact is not None for m in range(self.fe + 1, k))
        ):
            return k + 1
        return None

    def whole_words(self, k: int) -> list[int]:
        """The positions of the noun phrase that starts at k (after "of"), up to a preposition,
        a small word, a conjunction, punctuation or another figure; determiners left out."""
        r = self.rules
        found = []
        while k < len(self.u) and self.free_word(k):
            low = self.u[k].lower
            if low in r.preps or low in r.boundary or low in ("and", "or"):
                break
            if low not in r.determiners:
                found.append(k)
            k += 1
        return found

    def group_whole_at(self, k: int) -> bool:
        """The whole that starts at k ends in one of `group_wholes` ("the population", "the
        capital's residents")."""
        words = self.whole_words(k)
        return bool(words) and _base(self.u[words[-1]]) in self.rules.group_wholes

    def denominator_at(self, k: int) -> bool:
        """The whole that starts at k is one of `denominator_wholes` ("the country's GDP")."""
        words = self.whole_words(k)
        return bool(words) and self.is_denominator(" ".join(self.u[w].lower for w in words))

    def given_against_a_denominator(self) -> bool:
        """The figure is followed by "of" and a whole of `denominator_wholes` ("5 percent of
        GDP"): a measure of an economy, never one organisation's own (issue 16o)."""
        return (
            self.fe < len(self.u) - 1
            and self.u[self.fe].lower == "of"
            and self.denominator_at(self.fe + 1)
        )

    def compared_with_itself(self, k: int, part: int) -> bool:
        """The whole that starts at k is a level of the same measure: a word of
        `comparison_wholes` ("the pre-crisis level", "the norm", "the regional average") or the
        part's own head noun ("50 percent of the productivity of ...")."""
        own = _base(self.u[part])
        return any(
            _base(self.u[w]) in self.rules.comparison_wholes or _base(self.u[w]) == own
            for w in self.whole_words(k)
        )

    def degree_follows(self) -> bool:
        """A percentage followed by a word of `degree_words` measures how far a state is reached
        ("tariffs are 100 percent regulated", "the line is 80 percent complete", "the stake is 51
        percent owned by"), not an amount of the noun before it: no subject. Only the listed
        words: another participle opens a phrase of its own ("grew 12 percent boosted by a good
        harvest", "rose 6 percent indexed to inflation"). A listed word that opens a phrase
        (a preposition after it) is a degree only after a copula ("are 90 percent regulated by
        the state", not "grew 30 percent funded by the state")."""
        r = self.rules
        if self.fact_type != "percentage" or not r.degree_words:
            return False
        i = self.fe
        if not self.free_word(i) or self.u[i].lower not in r.degree_words:
            return False
        if not (self.free_word(i + 1) and self.u[i + 1].lower in r.degree_phrase_preps):
            return True
        k = self.fs - 1
        while k >= 0 and self.free_word(k) and self.u[k].lower in r.skip_after:
            k -= 1  # "are now 70 percent"
        return self.free_word(k) and self.u[k].lower in r.copulas

    def is_denominator(self, phrase: str) -> bool:
        """Whether `phrase` ends in a denominator whole ("the country's GDP")."""
        words = tuple(phrase.lower().split())
        return any(words[-len(d) :] == d for d in self.rules.denominators)

    def ratio_of_a_pronoun(self) -> bool:
        """A percentage followed by "of" and a whole, right after a pronoun of `ratio_pronouns`
        and a link of `ratio_links` ("This is around 90 percent of the planned volume", "They
        make up 3 percent of the housing stock", "loans that amount to 40 percent of wages";
        words of `ratio_link_fillers` may stand between): a ratio of a part the pronoun stands
        for, which the whole alone does not name, so no subject (issue 16p). A whole of
        `denominator_wholes` is left to the rules for it ("it is 3 percent of GDP"); "it
        accounts for 60 percent of exports" is no ratio link (settled in seed 2038)."""
        r = self.rules
        if self.fact_type != "percentage" or not r.ratio_links or self.of_after_aside() is None:
            return False
        end = self.fs
        while end - 1 >= 0 and self.free_word(end - 1) and self.u[end - 1].lower in r.skip_after:
            end -= 1
        end = self.restated_from(end)
        for phrase in r.ratio_links:
            at = end - len(phrase)
            if not self.words_match(at, phrase):
                continue
            k = at - 1
            while k >= 0 and self.free_word(k) and self.u[k].lower in r.ratio_fillers:
                k -= 1
            if k >= 0 and self.ratio_part_at(k):
                return not self.denominator_at(self.of_after_aside() + 1)
            return False
        return False

    def restated_from(self, end: int) -> int:
        """When a dash of `restating_dashes` and another percentage stand right before `end`
        ("which amounts to about 20 percent – 19 percent of households"), the figure
        restates that one, so the link before it is read from that figure's start (issue
        16q); otherwise `end`."""
        dash = end - 1
        if dash < 1 or self.u[dash].text not in self.rules.restating_dashes:
            return end
        fact = self.u[dash - 1].fact
        if fact is None or fact == self.me or self.types.get(fact) != "percentage":
            return end
        k = dash - 1
        while k - 1 >= 0 and self.u[k - 1].fact == fact:
            k -= 1
        return k

    def ratio_part_at(self, k: int) -> bool:
        """The words that end at k stand for the part of a ratio without naming it: a pronoun
        of `ratio_pronouns` ("this is"), a phrase of `anaphoric_subject_phrases` ("this figure
        surpasses"), or, with `ratio_number_parts`, a number that is no year or another
        figure ("nine million is six percent of our workforce"; issue 16q)."""
        r = self.rules
        if self.free_word(k) and self.u[k].lower in r.ratio_pronouns:
            return True
        if any(self.words_match(k - len(p) + 1, p) for p in r.anaphoric_phrases):
            return True
        if not r.ratio_number_parts or not (0 <= k < len(self.u)):
            return False
        unit = self.u[k]
        if unit.fact is not None:
            return unit.fact != self.me and self.types.get(unit.fact) in (
                "quantity",
                "country_count",
                "money",
            )
        year = unit.text.isdigit() and len(unit.text) == 4
        return (unit.text[:1].isdigit() or _number_word(self.ruleset, unit.lower)) and not year

    def restated_as_a_ratio(self) -> bool:
        """A percentage followed by "of" and a whole, after a comma and an opener of
        `restatement_openers` (", or 40 percent of the norm"), where a number stands earlier in
        the clause ("300 beds were made ready, or 100 percent of the plan"; "5,000 rubles, or
        half ..."): the percentage restates that figure as a ratio of the whole, a part the
        whole alone does not name, so no subject (issue 16p). "30 or 60 percent of incomes"
        (no comma) is a range; a whole of `denominator_wholes` is left to the rules for it."""
        r = self.rules
        if self.fact_type != "percentage" or not r.restatement_openers:
            return False
        if not self.words_match(self.fe, ("of",)):
            return False
        for phrase in r.restatement_openers:
            at = self.fs - len(phrase)
            if not self.words_match(at, phrase) or at < 1 or self.u[at - 1].text != ",":
                continue
            k = at - 2
            while k >= 0 and self.u[k].text not in _CLAUSE_MARKS:
                unit = self.u[k]
                year = unit.text.isdigit() and len(unit.text) == 4 and unit.fact is None
                if (unit.fact is not None or unit.text[:1].isdigit()) and not year:
                    return not self.denominator_at(self.fe + 1)
                k -= 1
            return False
        return False

    def part_of_a_whole_after(self) -> bool:
        """A percentage right after a phrase of `share_part_verbs` ("accounted for", "makes
        up") and followed by "of": "the farm sector accounted for 10 percent of the regional
        product" gives the subject's share of that whole, not a measure of the subject: no
        subject (issue 16ae). Kept: a subject whose head is a measure noun ("defence spending
        makes up 3 percent of GDP": that spending's level as a share of the economy), a change
        ("farm output grew by 10 percent") and money ("investments accounted for $5 billion")."""
        r = self.rules
        if not r.share_part_verbs or self.fact_type != "percentage" or self.fe >= len(self.u):
            return False
        if not (self.free_word(self.fe) and self.u[self.fe].lower == "of"):
            return False
        if not any(self.words_match(self.fs - len(p), p) for p in r.share_part_verbs):
            return False
        words = self.subject_words()
        return bool(words) and self.u[self.head_of_words(words)].lower not in r.measure

    def count_at_a_percent_level(self) -> bool:
        """A percentage whose subject's head is a count (`count_level_heads`: "number") and
        whose figure follows a word of `count_level_links` ("to", "at", a copula): "the
        number of solved crimes dropped to 43 percent" gives a share (of the crimes solved),
        not a number; only a count's change is a percentage ("grew by 7 percent"): no subject
        (issue 16aa)."""
        r = self.rules
        if not r.count_level_heads or self.fact_type != "percentage" or self.fs < 1:
            return False
        words = self.subject_words()
        if not words or self.u[self.head_of_words(words)].lower not in r.count_level_heads:
            return False
        k = self.fs - 1
        k = self.skip_back_over_auxiliaries(k)  # "is now 64 percent"
        return k >= 0 and self.free_word(k) and self.u[k].lower in r.count_level_links

    def share_of_a_getter(self) -> bool:
        """A verb of `share_getting_verbs` stands right before "N percent of X" ("the party got
        31 percent of the vote", "you won over 60 percent of votes"): the part the verb's
        subject gets of the whole, a share the whole alone does not name, as after "accounts
        for": no subject (issue 16s). A whole of `denominator_wholes` is left to its rules."""
        r = self.rules
        verbs = r.share_getting_verbs
        if self.fact_type != "percentage" or not verbs or self.fs < 1:
            return False
        if not self.words_match(self.fe, ("of",)):
            return False
        k = self.fs - 1
        if not (self.free_word(k) and self.u[k].lower in verbs):
            return False
        return not self.denominator_at(self.fe + 1)

    def item_of_a_share_list(self) -> bool:
        """ "N percent of X" after a comma or "and", in a list whose first item follows a share
        link or a verb of `share_getting_verbs` ("our two nations
        account for a fifth of world trade, 30 percent of the world's population and 12
        percent of its land area"): each item is the same part's share, which the whole alone
        does not name: no subject (`share_list_refused`, issue 16s). A verb between ends the
        list; a whole of `denominator_wholes`, or a pronoun before the link ("it accounts for
        22 percent of GDP, 60 percent of exports"), is left to the rules for the first item."""
        r = self.rules
        if not r.share_list_refused or self.fact_type != "percentage" or self.fs < 2:
            return False
        if not self.words_match(self.fe, ("of",)):
            return False
        k = self.fs - 1
        if not (self.u[k].text == "," or self.words_match(k, ("and",))):
            return False
        openers = r.share_links + tuple((w,) for w in r.share_getting_verbs)
        # an opener ending at j ends with the j-th word: where none does, none is tried
        opener_ends = _last_words(openers)
        seen_of = False
        for j in range(k - 1, -1, -1):
            unit = self.u[j]
            if unit.text in (";", ":", "(", "–", "—"):
                return False
            opener = (
                next((p for p in openers if self.words_match(j - len(p) + 1, p)), None)
                if opener_ends is None or unit.lower in opener_ends
                else None
            )
            if opener is not None:
                part = j - len(opener)
                if self.free_word(part) and self.u[part].lower in r.pronoun_parts:
                    if (
                        r.share_pronoun_parts_kept
                        and self.u[part].lower not in r.share_pronoun_parts_kept
                        and len(opener) > 1  # a share link, not a getting verb
                    ):
                        # "it accounts for 20 percent of exports, 40 percent of revenue":
                        # the part said before, in every item (issue 16x)
                        return seen_of and not self.denominator_at(self.fe + 1)
                    return False  # "we account for 60 percent of exports": as for the first
                return seen_of and not self.denominator_at(self.fe + 1)
            if unit.fact is None and unit.word and self.verb_like(j):
                return False  # a verb of its own: no list of the link's wholes
            seen_of = seen_of or unit.lower == "of"
        return False

    def share_without_a_whole(self) -> bool:
        """A percentage right after a share link of `share_links` with no "of" and a whole
        after it ("tourism, which accounts for 12 percent"; adverbs of
        `skip_after_link` may stand between), or after a share link and a change noun ("this
        measure will account for a growth of 2 percent in retail sales"): the part's share of a
        whole the sentence does not name, or a factor's part in a measure's change, which
        neither phrase names: no subject (`share_without_whole_refused`, issue 16u). A part
        whose clause has a head of `completed_heads` ("the market share of the industry made
        up 52 percent") is a share itself, left to the other rules."""
        r = self.rules
        if not r.share_without_whole_refused or self.fact_type != "percentage":
            return False
        end = self.fs
        contribution = False
        if (
            self.words_match(end - 1, ("of",))
            and self.free_word(end - 2)
            and self.change_noun(end - 2)
        ):
            k = end - 3  # "account for a growth of 1 percent"
            while (
                k >= 0
                and self.free_word(k)
                and (self.u[k].lower in r.determiners or self.u[k].lower in r.weak_modifiers)
            ):
                k -= 1
            end, contribution = k + 1, True
        while end - 1 >= 0 and self.free_word(end - 1) and self.u[end - 1].lower in r.skip_after:
            end -= 1
        last_word = self.u[end - 1].lower if end >= 1 else ""
        link = next(
            (
                end - len(p)
                for p in _phrases_with(r.share_links, last_word, last=True)
                if self.words_match(end - len(p), p)
            ),
            None,
        )
        if link is None:
            return False
        k = link - 1
        while k >= 0 and self.u[k].text not in _CLAUSE_MARKS:
            if self.free_word(k) and _base(self.u[k]) in r.completed_heads:
                return False  # "the market share of the industry made up 52 percent": a share
            k -= 1
        return contribution or self.of_after_aside() is None
