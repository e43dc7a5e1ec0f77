"""Goods valued after a verb of selling or exporting, for the finder (issue 16aj): "we sold $15
billion worth of arms", "we sold weapons worth $15 billion", "goods worth $3 billion were
exported". The measure is in the verb, the goods in the phrase: the goods are
the subject only when they and the verb's flow noun make a national measure of `series_measures`
("arms" and "sales": arms exports), which is then the key.
"""

from __future__ import annotations

from pipeline.nlp.measures import subject_key


class SoldGoods:
    """A mixin of `_Finder`: goods valued after a verb of `sold_goods_verbs`."""

    def goods_sold(self) -> str | None:
        """The goods phrase of a money figure in "VERB $N worth of GOODS", "VERB GOODS worth
        (of) $N" or "$N worth of GOODS (AUX) VERB" when the goods and the verb's flow noun
        (`sold_goods_verbs`) have a key of `series_measures`; `flow` then holds the flow noun.
        The active verb needs an agent of `sold_goods_agents` right before it (after words of
        `sold_goods_agent_skip`); the passive verb no "by" after it."""
        r = self.rules
        self.flow = None
        if self.fact_type != "money" or not r.sold_goods_verbs:
            return None
        u, fs, fe = self.u, self.fs, self.fe
        found = None
        if self.words_match(fe, ("worth", "of")) and all(self.free_word(fe + k) for k in range(2)):
            first = fe + 2
            last = self.goods_end(first)
            if last is not None:
                verb = fs - 1
                if self.free_word(verb) and u[verb].lower in r.sold_goods_verbs:
                    if self.sold_by_us(verb):
                        found = (first, last, u[verb].lower)  # "we sold $5 billion worth of arms"
                else:
                    k = last + 1
                    while self.free_word(k) and u[k].lower in r.sold_goods_passive_auxiliaries:
                        k += 1
                    if (
                        k > last + 1
                        and self.free_word(k)
                        and u[k].lower.endswith("ed")
                        and u[k].lower in r.sold_goods_verbs
                        and not self.words_match(k + 1, ("by",))
                    ):
                        found = (first, last, u[k].lower)  # "$3 billion worth of arms was sold"
        else:
            worth = fs - 1
            if self.words_match(worth, ("of",)) and self.words_match(worth - 1, ("worth",)):
                worth -= 1
            if worth >= 2 and self.free_word(worth) and u[worth].lower == "worth":
                last = worth - 1
                first = last
                while (
                    first - 1 >= 0
                    and u[first - 1].lower not in r.sold_goods_verbs
                    and (self.np_word(first - 1) or self.is_modifier(first - 1))
                ):
                    first -= 1
                verb = first - 1
                if (
                    first <= last
                    and last - first <= r.max_modifiers
                    and self.np_word(last)
                    and self.free_word(verb)
                    and u[verb].lower in r.sold_goods_verbs
                    and self.sold_by_us(verb)
                ):
                    found = (first, last, u[verb].lower)  # "we sold weapons worth $5 billion"
        if found is None:
            return None
        first, last, verb = found
        text = self.text(first, last)
        if not text:
            return None
        flow = r.sold_goods_verbs[verb]
        if subject_key(self.ruleset, f"{text} {flow}") not in r.forecast_kept_keys:
            self.span = None
            return None  # "we sold $2 billion worth of cheese": the value of the goods
        if self.target_by_a_modal():
            self.span = None
            return None  # "we must sell $20 billion worth of arms": a target
        self.flow = flow
        return text

    def goods_end(self, first: int) -> int | None:
        """The last word of a plain goods phrase that starts at `first` and ends its clause
        (punctuation, a time phrase, a verb or a clause's end after it), or None."""
        r = self.rules
        k = first
        while k < len(self.u) and (self.np_word(k) or self.is_modifier(k)):
            k += 1
        if k == first or k - first > r.max_modifiers + 1:
            return None
        if k < len(self.u) and self.u[k].word and self.u[k].fact is None:
            low = self.u[k].lower
            if low in r.preps and not self.time_word(k + 1) and not self.time_word(k + 2):
                return None  # "worth of goods for the army": a restriction, or more phrase
        if not self.np_word(k - 1):
            return None
        return k - 1

    def sold_by_us(self, verb: int) -> bool:
        """An agent of `sold_goods_agents` right before the verb at `verb`, maybe after words of
        `sold_goods_agent_skip` ("we have also sold")."""
        r = self.rules
        k = verb - 1
        while k >= 0 and self.free_word(k) and self.u[k].lower in r.sold_goods_agent_skip:
            k -= 1
        return k >= 0 and self.free_word(k) and self.u[k].lower in r.sold_goods_agents
