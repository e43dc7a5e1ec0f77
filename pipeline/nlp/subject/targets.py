"""Subjects refused because the figure is a target or a bound, not the measure's value, for the
finder: a modal ("must reach"), a deadline ("by 2030"), an aim ("increasing output by"), a
threshold ("families whose incomes fell by"), a forecast of one body's own amount ("the plant's
profit will be").
"""

from __future__ import annotations

from pipeline.nlp.measures import subject_key
from pipeline.nlp.subject.phrase_index import _phrases_with


class Targets:
    """A mixin of `_Finder`: a target or a bound refused."""

    def aimed_by_a_gerund(self) -> bool:
        """The subject follows a gerund of `aim_gerunds` ("increasing", "raising"), maybe
        after determiners, and the figure follows a word of `aim_figure_prepositions` ("by",
        "to"): "this means increasing productivity by 50 percent", "the task of raising the
        share of exports to 30 percent" name an aim, not the measure's change or level: no
        subject (issue 16ae). "Productivity increased by 5 percent" (a verb after the subject)
        is kept, and so is a gerund after a word of `aim_gerund_auxiliaries` ("we are raising
        the wage to $100": a verb)."""
        r = self.rules
        if not r.aim_gerunds or self.fs < 1:
            return False
        first, _ = self.span_units()
        if first is None:
            return False
        k = first - 1
        while k >= 0 and self.free_word(k) and self.u[k].lower in r.determiners:
            k -= 1
        if not (k >= 0 and self.free_word(k) and self.u[k].lower in r.aim_gerunds):
            return False
        if self.free_word(k - 1) and self.u[k - 1].lower in r.aim_gerund_auxiliaries:
            return False  # "we are increasing the wage to": a verb, the level it is set to
        before = self.fs - 1
        return self.free_word(before) and self.u[before].lower in r.aim_figure_prepositions

    def target_by_a_modal(self) -> bool:
        """The clause before the figure holds a phrase of `target_modals` ("must", "should",
        "need to", "has to"): "our exports must reach $50 billion", "we must double the output
        of machines to reach $9 billion", "the share of local parts should reach 80 percent":
        a target, not the measure's level or change: no subject (issue 16z). The clause opens
        after a mark of `target_clause_marks` or at the sentence's start; a modal before a word
        of `target_modal_not_before` ("I must say", "it should be noted"), maybe after words
        of `target_modal_skip` ("I want to say", "I must also say"), sets no target."""
        r = self.rules
        if not r.target_modals:
            return False
        return self.modal_between(self.clause_start() + 1, self.fs, r.target_modals)

    def clause_start(self) -> int:
        """The position of the mark of `target_clause_marks` that opens the figure's clause
        ("," ";" "(" ...), -1 when the clause opens the sentence."""
        start = self.fs - 1
        while start >= 0 and self.u[start].text not in self.rules.target_clause_marks:
            start -= 1
        return start

    def clause_end(self) -> int:
        """The position of the mark of `target_clause_marks` that closes the figure's clause,
        the sentence's length when none does."""
        end = self.fe
        while end < len(self.u) and self.u[end].text not in self.rules.target_clause_marks:
            end += 1
        return end

    def phrase_ends_at(self, k: int, phrases: tuple, stop: int) -> list[int]:
        """The ends of the phrases of `phrases` (word tuples, in their order: longest first)
        whose words are the free words from `k` on, ending by `stop`."""
        return [
            k + len(phrase)
            for phrase in _phrases_with(phrases, self.u[k].lower)
            if k + len(phrase) <= stop
            and all(
                self.free_word(k + i) and self.u[k + i].lower == w for i, w in enumerate(phrase)
            )
        ]

    def modal_between(self, first: int, stop: int, modals: tuple) -> bool:
        """A phrase of `modals` (`target_modals`; for a figure's outlook also
        `forecast_modals`) between `first` and `stop` that says what is to be: not one before a
        word of `target_modal_not_before` ("I must say", "I would like to note"), maybe after
        words of `target_modal_skip`. The clause logic of `target_by_a_modal`, shared with a
        figure's outlook (`pipeline.nlp.subject.outlook`)."""
        return any(self.modal_at(k, stop, modals) for k in range(max(first, 0), stop))

    def modal_at(self, k: int, stop: int, modals: tuple) -> bool:
        """A phrase of `modals` from the k-th word on, ending by `stop`, that says what is to
        be: not one before a word of `target_modal_not_before` ("I will say", "I must note"),
        maybe after words of `target_modal_skip`."""
        ends = self.phrase_ends_at(k, modals, stop)
        return any(not self.said_not_meant(end, stop) for end in ends)

    def said_not_meant(self, end: int, stop: int) -> bool:
        """A modal phrase ending at `end` comes before a word of `target_modal_not_before`
        ("say", "note"), maybe after words of `target_modal_skip` ("I must also say"): a turn
        of speech, no goal."""
        r = self.rules
        nxt = end
        while nxt < stop and self.free_word(nxt) and self.u[nxt].lower in r.target_modal_skip:
            nxt += 1
        return nxt < stop and self.u[nxt].lower in r.target_modal_not_before

    def forecast_of_an_own_amount(self, found: str) -> bool:
        """A phrase of `forecast_modals` ("will", "would", "is expected to") right after the
        subject, then only words of `forecast_link_words` ("be", "amount to", "total",
        "reach") before a money or percentage figure: "funding for the new clinic will amount
        to 50 million rubles", "the net profit will be $3 billion", "the cut-off price would be
        $50". Where the key is no measure of measures.json's `series_measures`
        (`forecast_kept_keys`) and has no word of `forecast_kept_words` ("pension"), the
        subject has no word of `organisation_national_words` and the figure is not given
        against an economy's size ("4 percent of GDP"), it is the projected amount of one
        programme, plant, firm or deal, or a price agreed for it, which the subject does not
        name: no subject (issue 16ah). "Inflation will be 4 percent", "the average tax rate
        across the whole economy will be 18 percent" and a change ("pensions will be increased
        by 4 percent") are kept."""
        r = self.rules
        if not r.forecast_modals or self.fact_type not in ("money", "percentage"):
            return False
        _, last = self.span_units()
        if last is None or last + 1 >= self.fs or not self.free_word(last + 1):
            return False
        k = last + 1
        for phrase in _phrases_with(r.forecast_modals, self.u[k].lower):
            end = k + len(phrase)
            if end >= self.fs or any(
                not self.free_word(k + i) or self.u[k + i].lower != w for i, w in enumerate(phrase)
            ):
                continue
            if all(
                self.free_word(j) and self.u[j].lower in r.forecast_link_words
                for j in range(end, self.fs)
            ):
                break
        else:
            return False
        words = {
            w.removesuffix("'s").removesuffix("’s").rstrip("'’")
            for w in found.lower().replace("-", " ").split()
        }
        if words & r.national_words or self.given_against_a_denominator():
            return False  # "spending on schools nationwide will be", "... 4 percent of GDP"
        key = subject_key(self.ruleset, found)
        if key in r.forecast_kept_keys or set(key.split()) & r.forecast_kept_words:
            return False  # "inflation will be", "the average pension will reach"
        return True

    def target_by_a_deadline(self) -> bool:
        """A year follows the figure after a word of `deadline_prepositions` ("by"), with only
        words of `deadline_fillers` ("the end of") between: "raise teachers' pay by 50 percent
        by 2030", "the share will reach 80 percent by the end of 2030" set a deadline, so the
        figure is a target, not the measure's level or change: no subject (issue 16ab). "Grew
        by 5 percent in 2019" is kept."""
        if self.deadline_before():
            return True
        year = self.deadline_year_at(self.fe)
        return year is not None and (self.doc_year is None or year >= self.doc_year)

    def deadline_year_at(self, k: int) -> int | None:
        """The year of a deadline at `k`: a word of `deadline_prepositions`, then only
        `deadline_fillers` and a year ("by 2030", "by the end of 2030"); None without one."""
        r = self.rules
        if not (self.free_word(k) and self.u[k].lower in r.deadline_prepositions):
            return None
        k += 1
        while k < len(self.u) and self.free_word(k) and self.u[k].lower in r.deadline_fillers:
            k += 1
        if k >= len(self.u):
            return None
        unit = self.u[k]
        if not (unit.text.isdigit() and len(unit.text) == 4 and unit.fact is None):
            return None
        return int(unit.text)

    def deadline_at(self, k: int) -> bool:
        """A deadline at `k` (`deadline_year_at`) in a year after the page's own: "by 2030",
        "by the end of 2030" ("by the end of 2017" on a page of 2017 may be the result
        reached)."""
        year = self.deadline_year_at(k)
        return year is not None and (self.doc_year is None or year > self.doc_year)

    def deadline_before(self) -> bool:
        """A deadline ("by 2030", "by the end of 2030", a year after the page's) before
        the figure in its sentence, after any semicolon: "we set the goal of raising trade to
        $30 billion by 2030, and investment to $15 billion", "by 2030 the average wage would
        be $3,000": the figure is a target or a forecast for that year, not the measure's
        level or change: no subject (issue 16ae). "By the end of 2017, trade grew by 40
        percent" on a page of 2017 or 2018 is kept."""
        prepositions = self.rules.deadline_prepositions
        if not prepositions:
            return False
        k = self.fs - 1
        while k >= 0 and self.u[k].text not in self.rules.deadline_clause_marks:
            # a deadline opens with a word of `deadline_prepositions` (`deadline_year_at`):
            # the rest is tested only where one stands
            if self.u[k].lower in prepositions and self.deadline_at(k):
                return True
            k -= 1
        return False

    def in_a_threshold_clause(self) -> bool:
        """The word right before the subject is one of `threshold_relatives` ("whose"):
        "families whose incomes fell by over 20 percent", "workers whose wages are 30 percent
        above the average" name a group by a bound on its measure; the figure is that bound,
        not the measure's value: no subject (issue 16aa)."""
        r = self.rules
        if not r.threshold_relatives:
            return False
        first, _ = self.span_units()
        if first is None or first < 1:
            return False
        return self.free_word(first - 1) and self.u[first - 1].lower in r.threshold_relatives
