"""The subject before the figure, for the finder: the link between them ("amounted to", "grew
by", "a budget of", "reached the $3 billion mark", "inflation is at") and the noun phrase
before it.
"""

from __future__ import annotations

from pipeline.nlp.measures import subject_key
from pipeline.nlp.subject.phrase_index import _links_ending, _phrases_with
from pipeline.nlp.subject.units import _base, _is_place

_UNSET = object()  # an answer not worked out yet (None is an answer)


class LinksBefore:
    """A mixin of `_Finder`: the subject before the figure and its link."""

    def link_before(self) -> tuple[str, int] | None:
        """('chunk' | 'direct', index of the link's first word) for the words before the figure;
        worked out once (it reads the units and the rules alone, and several rules ask)."""
        found = self.__dict__.get("_link_before", _UNSET)
        if found is _UNSET:
            found = self._link_before = self.find_link_before()
        return found

    def find_link_before(self) -> tuple[str, int] | None:
        """`link_before`, worked out."""
        r = self.rules
        for phrase in _phrases_with(r.verb_qualifiers, self.u[self.fs].lower):
            if self.words_match(self.fs, phrase):
                return "chunk", self.fs
        for filler in r.total_link_fillers:
            # "arms exports rose to a total of $9 billion": the link before "a total of", read
            # as before the figure (issue 16aj); only a verb's link that ends in "to"
            at = self.fs - len(filler)
            if (
                at >= 2
                and self.words_match(at, filler)
                and all(self.free_word(at + k) for k in range(len(filler)))
                and self.u[at - 1].lower == "to"
            ):
                found = self.link_ending_at(at)
                if found is not None and found[0] == "chunk":
                    return found
        return self.link_ending_at(self.fs)

    def link_ending_at(self, stop: int) -> tuple[str, int] | None:
        """A link of `links_before` that ends right before unit `stop` (the figure, or words of
        `total_link_fillers` before it)."""
        r = self.rules
        end = stop
        # "rose 9 percent to $2.3 billion", "fell from 58 percent in 2011 to 23 percent": skip
        # the other figure (and its time phrase)
        before_to = self.skip_time_back(end - 2) if end >= 2 else -1
        if end >= 2 and self.u[end - 1].lower == "to" and self.u[before_to].fact is not None:
            return self.other_figure_link(before_to)
        if self.by_evaluative(end):
            # "trade grew by a record 66 percent", "rose by an impressive 40 percent": the
            # adjective praises the change; the link is the verb's, as without it (issue 16w)
            for phrase, mode in _links_ending(r.links, "by"):
                if mode == "chunk" and self.words_match(end - len(phrase) - 2, phrase):
                    return mode, end - len(phrase) - 2
        if r.adverb_inside_links and end >= 3 and self.free_word(end - 2) and self.adverb(end - 2):
            # "exports increased significantly by 12 percent": an adverb of manner before the
            # link's last word, read over as between a verb and the noun phrase (issue 16u)
            for phrase, mode in _links_ending(r.links, self.u[end - 1].lower):
                if (
                    mode == "chunk"
                    and len(phrase) >= 2
                    and self.words_match(end - len(phrase) - 1, phrase[:-1])
                ):
                    return mode, end - len(phrase) - 1
        for phrase, mode in _links_ending(r.links, self.u[end - 1].lower if end >= 1 else ""):
            if self.words_match(end - len(phrase), phrase):
                return mode, end - len(phrase)
        while end - 1 >= 0 and self.free_word(end - 1) and self.u[end - 1].lower in r.skip_after:
            end -= 1  # "is now", "was already"
        if end < stop:
            for phrase, mode in _links_ending(r.links, self.u[end - 1].lower if end >= 1 else ""):
                if mode == "chunk" and self.words_match(end - len(phrase), phrase):
                    return mode, end - len(phrase)
        return None

    def macro_link_before(self) -> tuple[str, int] | None:
        """A link that only a country's macro measure takes (`macro_links_before`; the phrase
        found must have a key of `macro_link_keys`): "inflation is now at 4 percent",
        "unemployment is at a record low level of 5 percent" (`macro_level_nouns`) (issue 16w).
        """
        r = self.rules
        end = self.fs
        if not r.macro_link_keys:
            return None
        while end - 1 >= 0 and self.free_word(end - 1) and self.u[end - 1].lower in r.skip_after:
            end -= 1  # "is at just 4 percent"
        # "at a record low level of", "at its lowest level of": read as "at"
        level = False
        if (
            end >= 3
            and self.u[end - 1].lower == "of"
            and self.u[end - 2].lower in r.macro_level_nouns
        ):
            k = end - 3
            while k >= 0 and self.free_word(k) and self.u[k].lower not in r.macro_level_articles:
                if end - 3 - k >= r.macro_level_max_words:
                    return None
                k -= 1
            if k >= 1 and self.u[k].lower in r.macro_level_articles and self.u[k - 1].lower == "at":
                end, level = k, True
        # both tests below need the phrase's last word right before `end`
        last_word = self.u[end - 1].lower if end >= 1 else ""
        for phrase in _phrases_with(r.macro_links, last_word, last=True):
            if self.words_match(end - len(phrase), phrase):
                return "chunk", end - len(phrase)
            if phrase[-1] == "at" and end >= 1 and self.u[end - 1].lower == "at":
                # "is now at", "was already at"
                j = end - 1
                while j - 1 >= 0 and self.free_word(j - 1) and self.u[j - 1].lower in r.skip_after:
                    j -= 1
                if j < end - 1 and self.words_match(j - len(phrase) + 1, phrase[:-1]):
                    return "chunk", j - len(phrase) + 1
        if level and self.free_word(end - 2):
            # "holding inflation at its lowest level of": the measure right before "at"
            return "chunk", end - 1
        return None

    def macro_before_colon(self) -> tuple[str, int] | None:
        """A figure after a colon or a dash that ends its clause, whose clause before names one
        measure and no other figure (`macro_colon_marks`; the phrase must have a key of
        `macro_link_keys`): "the jobless rate is very low: 3.8 percent", "inflation has come
        down to its lowest level – about 4 percent" (issue 16w). Returns the measure phrase's end
        as a link."""
        r = self.rules
        if (
            not r.macro_colon_marks
            or self.fs < 2
            or self.u[self.fs - 1].text not in r.macro_colon_marks
        ):
            return None
        if self.fe < len(self.u) and self.u[self.fe].text not in (".", ",", ";", "!", "?"):
            return None
        heads = []
        k = self.fs - 2
        while k >= 0 and self.u[k].text not in (";", ":", "–", "—", "(", ")"):
            if self.u[k].fact is not None:
                return None  # "was nearly 9 percent – 8.8 percent to be precise": a restatement
            if self.is_measure(k):
                heads.append(k)
            k -= 1
        if not heads:
            return None
        last = heads[0]
        if any(self.u[m].word for m in range(last + 1, self.fs - 1) if self.is_measure(m)):
            return None
        return "chunk", last + 1

    def mark_link_before(self) -> tuple[str, int] | None:
        """A verb that reaches or passes a round figure named "the N mark"
        (`mark_links_before`, `mark_nouns`): "trade turnover reached the $3 billion mark",
        "bilateral trade has passed the 5 billion euro mark" link the phrase before the verb
        as "reached $3 billion" does (issue 16y)."""
        r = self.rules
        if not r.mark_links or self.fs < 2:
            return None
        end = self.fs - 1
        if self.u[end].lower == "of" and end >= 2 and self.u[end - 1].lower in r.mark_of_nouns:
            # "reached a record level of $28 billion", "will pass the mark of 7 percent"
            end -= 2
            while end >= 0 and self.free_word(end) and self.u[end].lower in r.mark_of_modifiers:
                end -= 1
            if end < 1 or self.u[end].lower not in ("a", "an", "the"):
                return None
        else:
            after = self.u[self.fe].lower if self.fe < len(self.u) else ""
            joined = self.u[self.fe - 1].lower.rpartition("-")[2]  # "$2 billion-mark"
            if self.u[end].lower != "the" or (
                after not in r.mark_nouns and joined not in r.mark_nouns
            ):
                return None
        while end - 1 >= 0 and self.free_word(end - 1) and self.u[end - 1].lower in r.skip_after:
            end -= 1  # "has already passed the"
        last_word = self.u[end - 1].lower if end >= 1 else ""
        for phrase in _phrases_with(r.mark_links, last_word, last=True):
            if not self.words_match(end - len(phrase), phrase):
                continue
            k = end - len(phrase)
            if phrase[0] != "to" or k < 1 or self.u[k - 1].fact is None:
                return "chunk", k
            # "grew by 70 percent to reach the $20 billion mark": the other figure's link
            return self.other_figure_link(k - 1)
        return None

    def by_evaluative(self, end: int) -> bool:
        """Whether "by a/an" and a word of `evaluative_inside_links` stand right before unit
        `end`: "grew by a record 66 percent" (issue 16w)."""
        return (
            end >= 3
            and self.u[end - 1].lower in self.rules.evaluative_inside_links
            and self.u[end - 2].lower in ("a", "an")
            and self.u[end - 3].lower == "by"
        )

    def other_figure_link(self, k: int) -> tuple[str, int] | None:
        """The link of another figure that ends at unit `k` and that this figure follows
        ("rose 9 percent to $2.3 billion", "grew by 70 percent to reach the $20 billion
        mark"): a phrase of `links_before` right before it and maybe "by" (or "by a record":
        issue 16w) that does not end with a word of `other_figure_own_link_ends` (those
        would be the other figure's own link, not the verb's)."""
        r = self.rules
        other = self.u[k].fact
        while k - 1 >= 0 and self.u[k - 1].fact == other:
            k -= 1
        if self.by_evaluative(k):
            k -= 2  # "by a record 18 percent to $9 billion" (issue 16w)
        if k >= 1 and self.u[k - 1].lower == "by":
            k -= 1
        last_word = self.u[k - 1].lower if k >= 1 else ""
        for phrase in _phrases_with(r.links_before, last_word, last=True):
            if phrase[-1] not in r.other_figure_own_link_ends and self.words_match(
                k - len(phrase), phrase
            ):
                return "chunk", k - len(phrase)
        return None

    def before(self) -> str | None:
        found = self.link_before()
        text = self.before_found(found) if found is not None else None
        if text is not None:
            return text
        found = self.mark_link_before()
        text = self.before_found(found) if found is not None else None
        if text is not None:
            return text
        found = self.macro_link_before() or self.macro_before_colon()
        if found is None:
            return None
        text = self.before_found(found)
        if text is None or subject_key(self.ruleset, text) not in self.rules.macro_link_keys:
            self.span = None
            return None
        first, last = self.span_units()
        if any(
            self.free_word(k)
            and (first is None or not first <= k <= last)
            and _is_place(self.ruleset, self.u[k].text)
            for k in range(self.fs)
        ):
            self.span = None
            return None  # "in Europe the unemployment rate is at 11 percent": whose? (scope)
        if found[0] == "chunk" and self.u[self.fs - 1].text in self.rules.macro_colon_marks:
            first, _ = self.span_units()
            k = self.fs - 2
            while k >= 0 and self.u[k].text not in (";", ":", "–", "—", "(", ")"):
                if self.is_measure(k) and (first is None or k < first):
                    self.span = None
                    return None  # another measure in the clause: "lend at high rates – 14 percent"
                k -= 1
        return text

    def which_clause_before(self, i: int) -> int | None:
        """The position before ", which ... ," when unit `i` is the comma that closes such a
        clause of at most `which_clause_max_words` words with no figure and no other mark
        inside ("our arms sales, which have long been strong, came to"), else
        None (issue 16aj)."""
        r = self.rules
        if not r.which_clause_max_words or i < 3 or self.u[i].text != ",":
            return None
        k = i - 1
        while k >= 1 and i - k <= r.which_clause_max_words + 1:
            unit = self.u[k]
            if unit.fact is not None:
                return None
            if unit.lower == "which" and self.u[k - 1].text == ",":
                return k - 2 if k - 2 >= 0 and k < i - 1 else None
            if not unit.word and not unit.text[:1].isalnum():
                return None  # another comma, a dash, a bracket: not one clause
            k -= 1
        return None

    def before_found(self, found: tuple[str, int]) -> str | None:
        mode, link = found
        if mode == "direct":
            return self.direct_before(link)
        i = link - 1
        while (
            i >= 0
            and self.u[i].fact is None
            and (
                self.u[i].lower in self.rules.skip
                or not self.u[i].word  # "over three years", "in 2012"
                and self.u[i].text[:1].isalnum()
                or self.adverb(i)  # "would gradually grow to"
            )
        ):
            i -= 1
        i = self.skip_parenthetical(i)
        aside = self.which_clause_before(i)
        if aside is not None:
            # "our arms sales, which have long been strong, came to": the
            # relative clause read over; the phrase must stand alone, as before ", which" (16aj)
            i = aside
        which = aside is not None or (
            i >= 2 and self.u[i].lower == "which" and self.u[i - 1].text == ","
        )
        if aside is None and which:
            # "the reserve fund, which is now $90 billion", but not "..., which is 7 percent
            # higher than": that compares the figure before with another
            copula = {u.lower for u in self.u[link : self.fs]} & self.rules.copulas
            if (
                copula
                and self.fe < len(self.u)
                and self.u[self.fe].lower in self.rules.comparatives
            ):
                return None
            i -= 2
        end = i
        if end >= 0 and self.u[end].fact is None and not which:
            if self.u[end].lower in self.rules.anaphoric_pronouns:
                return self.antecedent(end, link)
            if self.u[end].lower in self.rules.plural_anaphoric_pronouns:
                return self.antecedent(end, link, plural=True)
            for phrase in self.rules.anaphoric_phrases:
                if self.words_match(end - len(phrase) + 1, phrase):
                    return self.antecedent(end - len(phrase) + 1, link)  # "this figure"
        if end < 0 or not self.chunk_word(end):
            return None
        if _base(self.u[end]) in self.rules.wrap_of and not self.measure_compound(end):
            return None  # "with a total value of $5 billion": the value of what?
        start = end
        while start - 1 >= 0 and self.chunk_word(start - 1) and end - start < 14:
            start -= 1
        self.refused_long = False
        for head in range(start, end + 1):
            if not self.is_measure(head):
                continue
            found_text = self.head_phrase(head, end, lower_bound=start, which=which)
            if found_text:
                return found_text
            if self.refused_long:
                return None
        link_words = tuple(u.lower for u in self.u[link : self.fs])
        if self.fact_type in self.rules.open_link_types and not (
            set(link_words) & self.rules.copulas
        ):
            return self.open_before(start, end, which=which)
        return None

    def direct_before(self, link: int) -> str | None:
        """The noun linked right to the figure: "a budget of", "imports by"; "funding for the
        new programme by" (a measure noun and its prepositional phrase before "by"); any plain
        noun before "worth" ("projects worth", "deals worth")."""
        r = self.rules
        head = link - 1
        if self.is_measure(head):
            return self.head_phrase(head, head, lower_bound=0, direct=True)
        word = self.u[link].lower
        if word in r.open_direct and self.open_head(head) and not self.proper_name(head):
            return self.head_phrase(head, head, lower_bound=0, direct=True)
        if (
            word in r.ellipsis_direct
            and self.open_head(head)
            and not self.proper_name(head)
            and self.after_a_figure(head)
            and not self.head_elided(head)
        ):
            return self.head_phrase(head, head, lower_bound=0, direct=True)
        if word in r.phrase_direct:
            for h in range(head - 1, max(-1, head - r.max_post - 1), -1):
                unit = self.u[h]
                if unit.fact is not None or unit.lower in r.boundary or unit.text in (",", ";"):
                    break
                if self.is_measure(h) and self.u[h + 1].lower in r.preps:
                    return self.head_phrase(h, head, lower_bound=0, direct=True)
        return None
