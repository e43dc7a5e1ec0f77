"""Subjects refused because the figure is one deal's, project's, item's or decision's own
amount, for the finder: "a loan of $7 billion", "a fund with a capital of", "18 projects worth",
"the plan envisages investment of", "allocated 500 million rubles in subsidies".
"""

from __future__ import annotations

from pipeline.nlp.subject.units import _base, _is_place, _number_word, _possessive


class OneOffAmounts:
    """A mixin of `_Finder`: one deal's, project's or item's own amount refused."""

    def one_of_a_kind(self) -> bool:
        """The subject found is a bare measure noun after an indefinite article ("a $50 million
        credit", "with a total investment of $10 billion", "a Russian loan of $7 billion"): one
        deal, loan or budget of something the sentence names elsewhere, not a measure another
        speech could state again (`individual_articles`). Only for the heads of a deal, loan,
        grant or budget (`individual_heads`): "an inflation of 4 percent" is still inflation.
        Bare: no phrase after the noun and no modifier before it but `weak_modifiers`,
        `bare_modifiers` ("a monthly budget of", since issue 16q), a length of
        `duration_suffixes` ("a two-year grant of", issue 16q) and place names."""
        r = self.rules
        if self.span is None or not r.individual_articles:
            return False
        first, last = self.span_units()
        if first is None or last is None or not self.is_measure(last):
            return False
        for k in range(first, last):
            low = self.u[k].lower
            if not (
                low in r.weak_modifiers
                or low in r.bare_modifiers
                or (r.duration_suffixes and low.endswith(r.duration_suffixes))
                or _is_place(self.ruleset, self.u[k].text)
            ):
                return False
        article = self.fs - 1 if first == self.fe else first - 1
        if first != self.fe:
            while (
                article >= 0
                and self.free_word(article)
                and (
                    self.u[article].lower in r.weak_modifiers
                    or self.u[article].lower in r.bare_modifiers
                )
            ):
                article -= 1  # "with total investment of"
            if (
                self.free_word(article)
                and self.u[article].lower in r.deal_prepositions
                and self.u[last].lower in r.deal_heads
            ):
                return True  # "a programme ..., with investment of $500 million"
        if self.u[last].lower not in r.individual_heads:
            return False  # "an inflation of 4 percent": a rate or national measure, no deal
        return self.free_word(article) and self.u[article].lower in r.individual_articles

    def deal_with_its_amount(self) -> bool:
        """The subject is a head of `deal_heads` right before the figure's link ("of", "at"),
        after "with" (`deal_prepositions`), an article of `deal_articles` and modifiers that
        say only which amount of the deal it is (`weak_modifiers`, `bare_modifiers`,
        `deal_modifiers`): "a fund with an authorised capital of $3 billion", "the pooling
        arrangement with a total capital of $120 billion", "62 projects with an estimated
        cost of 2 trillion rubles". It is the amount of the bank, fund or projects named
        before "with", which the subject drops: no subject. Another modifier makes it a
        measure of its own ("the problem with the unused allocations of 300 million
        rubles")."""
        r = self.rules
        if self.span is None or not r.deal_articles:
            return False
        first, last = self.span_units()
        if first is None or last is None or last >= self.fs or first == self.fe:
            return False
        if self.u[last].lower not in r.deal_heads:
            return False
        if not (last + 2 == self.fs and self.u[last + 1].lower in r.deal_links):
            return False  # "with the capital of $2 billion": the figure right after its link
        for k in range(first, last):
            low = self.u[k].lower
            if not (low in r.weak_modifiers or low in r.bare_modifiers or low in r.deal_modifiers):
                return False
        k = first - 1
        while k >= 0 and self.free_word(k) and self.u[k].lower in r.deal_modifiers:
            k -= 1  # "with the starting capital of": a word the subject did not take
        if k >= 0 and self.free_word(k) and self.u[k].lower in r.deal_articles:
            k -= 1
        return k >= 0 and self.free_word(k) and self.u[k].lower in r.deal_prepositions

    def deal_after_figure(self) -> bool:
        """The subject, read after the figure, ends in one of `deal_heads_after_figure` and the
        figure follows
        one of `deal_prepositions`: "a scheme with 17 billion rubles of federal funding",
        "soft loans with 1 percent annual interest" give the amount of the programme or loans
        the sentence names, whatever the modifiers: no subject. An adverb of `owner_skip_words`
        may stand between ("with already $2 billion in investment", issue 16s)."""
        r = self.rules
        if self.span is None or self.fs < 1 or self.span[0] < self.u[self.fe - 1].end:
            return False
        last = self.span_units()[1]
        k = self.fs - 1
        while k > 0 and self.free_word(k) and self.u[k].lower in r.owner_skip:
            k -= 1  # "with already $3 billion in investment"
        if last is None or self.u[last].lower not in r.deal_heads_after:
            return False
        if self.u[last].lower in r.deal_heads_named_by_place and any(
            _is_place(self.ruleset, self.u[w].text) for w in self.subject_words()
        ):
            return False  # "with $9 billion in Japanese investment": a country's, kept
        return self.free_word(k) and self.u[k].lower in r.deal_prepositions

    def composition_after_with(self) -> bool:
        """A percentage right after "with" or "have" (`composition_openers`) and the subject
        right after it, ending in one of `composition_heads`: "a facility with 100 percent
        Finnish investment", "banks with one hundred percent foreign capital", "half of those
        have 100 percent domestic capital". The figure says what the
        facility or bank named before "with" is made of, which the subject drops: no subject."""
        r = self.rules
        if self.span is None or self.fact_type != "percentage" or self.fs < 1:
            return False
        first, last = self.span_units()
        return (
            first == self.fe
            and last is not None
            and self.u[last].lower in r.composition_heads
            and self.free_word(self.fs - 1)
            and self.u[self.fs - 1].lower in r.composition_openers
        )

    def rate_of_a_deal(self) -> bool:
        """The subject is an interest rate (a word of `rate_deal_words`) right after "with" or
        "at" (`rate_deal_prepositions`; determiners and modifiers may stand between): "credits
        with an interest rate of 4.5 percent", "mortgages at 2 percent interest", "with a 6
        percent interest rate". It is the rate of the loans or programme named before, which
        the subject drops: no subject."""
        r = self.rules
        if self.span is None or not r.rate_deal_preps:
            return False
        first, last = self.span_units()
        if first is None or last is None:
            return False
        if not any(self.u[k].lower in r.rate_deal_words for k in range(first, last + 1)):
            return False
        k = self.fs - 1 if first >= self.fe else first - 1
        stop = k - r.max_modifiers
        while (
            k > stop
            and self.free_word(k)
            and not (self.u[k].lower in r.rate_deal_preps or self.u[k].lower in r.boundary)
            and (self.u[k].lower in r.determiners or self.u[k].lower not in r.preps)
        ):
            k -= 1  # "at an appealing interest rate of"
        return self.free_word(k) and self.u[k].lower in r.rate_deal_preps

    def allocated_in(self) -> bool:
        """Money whose subject follows it after "in", with a verb of `allocation_verbs` among
        the `allocation_max_words` words before the figure: "the ministry allocated 500
        million rubles in farm subsidies", "we invested 300 billion rubles in power grids":
        one decision's own amount, and the phrase after "in" is what it went to, not a
        measure: no subject (issue 16aa)."""
        r = self.rules
        if not r.allocation_verbs or self.fact_type != "money":
            return False
        first, _ = self.span_units()
        if first is None or first <= self.fe or not self.words_match(self.fe, ("in",)):
            return False
        k = self.fs - 1
        for _ in range(r.allocation_max_words):
            if k < 0 or not self.free_word(k):
                return False
            if self.u[k].lower in r.allocation_verbs:
                return True
            k -= 1
        return False

    def praised(self) -> bool:
        """The subject has a word of `evaluative_modifiers` ("huge investments of 100 billion
        rubles", "with solid funding of"): the speaker praises one amount, of a project or a
        deal the sentence names, and the word would enter the key: no subject (issue 16q)."""
        words = self.rules.evaluative_modifiers
        return any(self.u[k].lower in words for k in self.subject_words())

    def one_off_head(self) -> bool:
        """The subject's head, its last word before a preposition of
        `postmodifier_prepositions`, is one of `one_off_heads` ("investment projects worth $2
        billion", "the investment programme will reach", "15 percent of the project"): the
        amount of one project or programme, or of a set of them, which the subject does not
        name: no subject (issue 16q). "The cost of the bridge project" has the head "cost";
        a name or a possessive in the subject says whose ("Finland's investment projects")."""
        words = self.subject_words()
        if not words or not self.rules.one_off_heads:
            return False
        if any(self.u[k].text[:1].isupper() for k in words[1:]) or any(
            _possessive(self.u[k]) for k in words
        ):
            return False  # "Finland's investment projects", "the South Stream project"
        return self.u[self.head_of_words(words)].lower in self.rules.one_off_heads

    def counted_items(self) -> bool:
        """A number stands right before the subject ("18 investment projects worth $4
        billion", "60 new trams worth a total of 200 million euros"; a count that is a
        fact of its own too): the value of that batch, a one-off amount, not a measure another
        speech could give again: no subject (issue 16q). A year is no count; "the two
        countries" is read as words of the phrase (`counted_group_nouns`); "one" is no count
        ("one minimum wage of 15,000 rubles")."""
        if not self.rules.counted_items_refused:
            return False
        first = self.span_units()[0]
        if not first:
            return False
        unit = self.u[first - 1]
        if unit.fact is not None:
            return unit.fact != self.me and self.types.get(unit.fact) in (
                "quantity",
                "country_count",
            )
        year = unit.text.isdigit() and len(unit.text) == 4
        number = unit.text[:1].isdigit() or _number_word(self.ruleset, unit.lower)
        return number and not year and unit.lower not in ("1", "one")

    def contained_amount(self) -> bool:
        """A verb of `containing_verbs` stands right before the subject, with at most an
        article of `deal_articles` between ("the plan envisages investment of $3 billion",
        "this involves funding of 6 billion rubles"): the amount is that of the plan, project
        or deal the verb's subject names, which the subject does not: no subject (issue
        16q). Since issue 16u also a subject right after the figure when the verb stands right
        before it ("the loan plan featured 3 percent interest")."""
        first = self.span_units()[0]
        if not first or not self.rules.containing_verbs:
            return False
        if first == self.fe:
            k = self.fs - 1  # "the plan featured 3 percent interest" (issue 16u)
            return self.free_word(k) and self.u[k].lower in self.rules.containing_verbs
        k = first - 1
        if self.free_word(k) and self.u[k].lower in self.rules.deal_articles and k > 0:
            k -= 1  # "envisages the investment of"
        return self.free_word(k) and self.u[k].lower in self.rules.containing_verbs

    def holding_head(self) -> bool:
        """The subject's head (its last word before a preposition) is one of `holding_heads`
        ("a 12 percent stake in Arctic Shipping", "this 25-percent stake in the airline") and
        no possessive says whose: one holder's part of a firm or project, which the subject
        does not name: no subject (issue 16s). "The state's stake in the bank" is kept."""
        words = self.subject_words()
        if not words or not self.rules.holding_heads:
            return False
        if any(_possessive(self.u[k]) for k in words):
            return False  # "the state's stake in the bank": whose it is
        return self.u[self.head_of_words(words)].lower in self.rules.holding_heads

    def amount_of_one_item(self) -> bool:
        """A money figure right after "of" right after a subject whose head is a word of
        `item_amount_heads` ("consumer loans of 250,000 rubles", "a monetary aid of 10,000
        rubles", "a child allowance of 5,400 rubles"): the size of one loan, payment or grant,
        often a limit or what one family gets, not a measure another speech could state
        again: no subject (issue 16ag). "A minimum wage of", "a trade surplus of", "a budget
        of" are kept (their heads are not listed)."""
        r = self.rules
        if self.fact_type != "money" or not r.item_amount_heads or self.fs < 2:
            return False
        words = self.subject_words()
        if not words or words[-1] != self.fs - 2:
            return False
        return (
            self.free_word(self.fs - 1)
            and self.u[self.fs - 1].lower == "of"
            and self.u[words[-1]].lower in r.item_amount_heads
        )

    def funds_of_a_purpose(self) -> bool:
        """A money figure whose subject's head is a word of `fund_heads_refused` written in
        lower case ("federal budget funds", "approved additional budgetary funds", "unused
        allocations"): money set aside for a purpose the sentence or the paragraph names, one
        programme's or project's own, not a measure: no subject (issue 16ag). A named fund
        ("the National Welfare Fund") is not such a head."""
        r = self.rules
        if self.fact_type != "money" or not r.fund_heads_refused:
            return False
        words = self.subject_words()
        if not words:
            return False
        head = self.u[self.head_of_words(words)]
        return head.text == head.lower and head.lower in r.fund_heads_refused

    def recovered_amount(self) -> bool:
        """A verb of `recovery_verbs` stands right before the figure and the subject follows it
        ("the tax service helped return 9 billion rubles in overdue salaries", "courts helped
        to repay 4 billion rubles worth of pension debts"): the part someone got back or paid
        out, not the measure the subject names: no subject (issue 16u)."""
        first = self.span_units()[0]
        k = self.fs - 1
        return (
            bool(first)
            and first >= self.fe
            and self.free_word(k)
            and self.u[k].lower in self.rules.recovery_verbs
        )

    def goods_valued(self) -> bool:
        """A money figure follows a word of `value_links` ("worth", "totalling") and the
        subject before it has no measure noun of `measure_nouns` for its head ("we shipped
        machinery worth $2 billion", "fertilisers totalling $400 million were sold"): the value
        of the goods, whose measure (exports, purchases, deliveries, orders) is in the verb or
        the paragraph, not in the subject: no subject (issue 16v)."""
        r = self.rules
        if self.fact_type != "money" or not r.value_links:
            return False
        words = self.subject_words()
        if not words or words[-1] >= self.fs:
            return False
        k = self.fs - 1
        if not (self.free_word(k) and self.u[k].lower in r.value_links):
            return False
        head = self.u[self.head_of_words(words)]
        return _base(head) not in r.measure and head.lower not in r.measure
