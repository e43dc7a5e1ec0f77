"""The subject of one figure: `_Finder` puts the readings and refusals of the mixins together
(`find`: in which order they are tried), keeps the figure's state (its units, its rules, the
subjects of the figures before it) and reads the antecedent of an "it" (in its sentence, or in
the sentence before: `_Previous`). `find_subject` runs it on one sentence.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from pipeline.nlp.extensions import span_text
from pipeline.nlp.rules import Rules
from pipeline.nlp.subject.after_figure import AfterTheFigure
from pipeline.nlp.subject.continued_figures import ContinuedFigures
from pipeline.nlp.subject.cut_phrases import CutPhrases
from pipeline.nlp.subject.ellipses import Ellipses
from pipeline.nlp.subject.links_before import LinksBefore
from pipeline.nlp.subject.one_off_amounts import OneOffAmounts
from pipeline.nlp.subject.owners import Owners
from pipeline.nlp.subject.part_shares import PartShares
from pipeline.nlp.subject.phrase_builders import PhraseBuilders
from pipeline.nlp.subject.references import References
from pipeline.nlp.subject.restrictions import Restrictions
from pipeline.nlp.subject.rule_lists import SubjectRules, subject_rules
from pipeline.nlp.subject.shares import Shares
from pipeline.nlp.subject.sold_goods import SoldGoods
from pipeline.nlp.subject.targets import Targets
from pipeline.nlp.subject.units import Unit, _base, _number_word, sentence_units
from pipeline.nlp.subject.wholes import Wholes
from pipeline.nlp.subject.word_classes import WordClasses


def _counted_groups_as_words(
    units: list[Unit], rules: SubjectRules, ruleset: Rules, me: int, types: dict
) -> list:
    """`units`, with a numeral between a determiner and a group noun ("between the two
    countries", "of our three states") made words of the noun phrase, also where they were read
    as a country count (not the figure whose subject is sought)."""

    def counted(i: int) -> bool:
        fact = units[i].fact
        return (
            not units[i].word
            and units[i + 1].lower in rules.counted_groups
            and units[i - 1].lower in rules.counted_group_openers
            and units[i - 1].fact is None
            and _number_word(ruleset, units[i].lower)
            and (
                fact is None
                or (fact != me and types.get(fact) == "country_count" and units[i + 1].fact == fact)
            )
        )

    groups = rules.counted_groups  # the first two tests of `counted`, inline: most units fail
    found = [
        i
        for i in range(1, len(units) - 1)
        if not units[i].word and units[i + 1].lower in groups and counted(i)
    ]
    if not found:
        return units
    units = list(units)
    for i in found:
        units[i] = replace(units[i], word=True, fact=None)
        units[i + 1] = replace(units[i + 1], fact=None)
    return units


def _plural_head(rules: SubjectRules, subject: str) -> bool:
    """The head of `subject` (its last word before a preposition) is a plural ("exports",
    "sales"), which "it" cannot stand for."""
    words = subject.lower().split()
    for k, word in enumerate(words):
        if k and word in rules.preps:
            words = words[:k]
            break
    head = words[-1] if words else ""
    return head.endswith("s") and not head.endswith(("ss", "us", "is", "as", "ics"))


class _Finder(
    WordClasses,
    PhraseBuilders,
    LinksBefore,
    AfterTheFigure,
    Ellipses,
    ContinuedFigures,
    Shares,
    PartShares,
    Wholes,
    OneOffAmounts,
    Owners,
    Targets,
    CutPhrases,
    Restrictions,
    References,
    SoldGoods,
):
    """The subject of the figure `fact_index` of a sentence's units."""

    def __init__(
        self,
        units: list[Unit],
        fact_index: int,
        fact_type: str,
        rules: SubjectRules,
        ruleset: Rules,
        known: dict | None = None,
        types: dict | None = None,
        previous: tuple | _Previous | None = None,
        doc_year: int | None = None,
    ):
        # known: fact index -> (subject, span, part_of) of the facts before it in the sentence
        self.known = known or {}
        self.doc_year = doc_year  # the page's year: a "by" year before it is past (16ab)
        # previous: (subject, span, part_of) of the last figure of the sentence before, when
        # that sentence ends soon after it (an antecedent for "it")
        self.previous = previous
        self.refused_long = False  # head_phrase refused a phrase too long to keep whole
        self.types = types or {}
        self.u = _counted_groups_as_words(units, rules, ruleset, fact_index, self.types)
        self.rules = rules
        self.ruleset = ruleset
        self.fact_type = fact_type
        self.me = fact_index
        inside = [i for i, unit in enumerate(units) if unit.fact == fact_index]
        self.fs = inside[0]
        self.fe = inside[-1] + 1

    def antecedent(self, pronoun: int, link: int, plural: bool = False) -> str | None:
        """The subject of the figure that "it" at `pronoun`, the subject of the link at `link`,
        stands for (`anaphoric_subject_pronouns`; "they" for a plural subject,
        `plural_anaphoric_pronouns`): the figure right before it, in this sentence
        with nothing but a time phrase, commas or clause openers between ("came to 90 billion
        rubles in 2020; in 2021, it is 95 billion"), or the measure phrase opening the clause
        before ":", ";" or ", and" ("inflation is falling, and it is now 4 percent"), or the last
        one of the sentence before
        when only such words open this one ("Trade grew by 10 percent. Last year it reached")."""
        r = self.rules
        link_words = tuple(u.lower for u in self.u[link : self.fs])
        if any(link_words[: len(p)] == p for p in r.share_links):
            return None  # "it accounts for 30 percent": a part of a whole
        if self.fe < len(self.u) and (
            self.u[self.fe].lower in r.comparatives or self.u[self.fe].lower == "of"
        ):
            return None  # "it is 5 percent higher", "it is 3 percent of GDP"
        k = pronoun - 1
        brk = None  # the clause break nearest before the pronoun: ";" or ", and"
        while k >= 0 and self.u[k].fact is None:
            unit = self.u[k]
            if not (
                unit.lower in r.skip
                or unit.lower in r.clause_openers
                or unit.text in (",", ";", "–", "—", "(")
                or unit.text.isdigit()  # a year ("G7" is no time word)
                or _number_word(self.ruleset, unit.lower)  # "over the past six years"
                or self.adverb(k)
            ):
                if unit.text == ":":
                    break  # "inflation has fallen: it is now 7 percent"
                if brk is None:
                    return None  # "when the plant opens, it": "it" may be the plant
                k = brk  # "inflation is falling, and it is now 4 percent": the clause before
                break
            if brk is None and (
                unit.text in (";", "(")  # "(in 2011 the figure was ...)": an aside goes on
                or (
                    unit.text == "," and k + 1 < pronoun and self.u[k + 1].lower in r.clause_openers
                )
            ):
                brk = k
            k -= 1
        if k >= 0 and self.u[k].fact is None:
            found = self.opening_measure(0, k)
        elif k < 0:
            found = self.previous.get() if isinstance(self.previous, _Previous) else self.previous
        elif self.types.get(self.u[k].fact) == "event":
            return None
        else:
            found = self.known.get(self.u[k].fact)
        if found is None or not found[0] or found[2] or _plural_head(r, found[0]) != plural:
            return None  # "it" for a plural, "they" for a singular: something else
        self.span = found[1]
        return found[0]

    def opening_measure(self, start: int, stop: int, max_tail: int | None = None) -> tuple | None:
        """(subject, span, False) for a clause `self.u[start:stop]` that opens with a measure
        noun phrase and a verb and says little more (at most `max_tail` words after the verb,
        `antecedent_max_tail_words` unless told: "Unemployment remains within manageable
        limits", "The amount of investment is growing"): the antecedent of an "it" after it."""
        r = self.rules
        i = start
        while i < stop and (self.u[i].lower in r.clause_openers or self.u[i].text == ","):
            i += 1
        while i < stop and self.free_word(i) and self.u[i].lower in r.determiners:
            i += 1

        def phrase_end(i: int) -> int:
            first = i
            while (
                i < stop
                and i - first <= r.max_modifiers
                and self.u[i].lower not in r.antecedent_verbs
                and (self.is_modifier(i) or self.np_word(i) or _base(self.u[i]) in r.wrap_of)
            ):
                i += 1
            return i

        first = i
        i = phrase_end(i)
        head = i - 1
        if (
            head >= first
            and _base(self.u[head]) in r.wrap_of
            and i < stop
            and self.u[i].lower == "of"
        ):
            i += 1  # "the amount of investment": investment
            while i < stop and self.free_word(i) and self.u[i].lower in r.determiners:
                i += 1
            first = i
            i = phrase_end(i)
            head = i - 1
        if head < first or not self.is_measure(head):
            return None
        if _base(self.u[head]) in r.wrap_of:
            return None
        vague = self.vague(first, head)
        last = head
        if i < stop and self.u[i].lower in r.preps:
            j = i + 1  # "trade with Chile is growing": one prepositional phrase
            while j < stop and self.free_word(j) and self.u[j].lower in r.determiners:
                j += 1
            end = phrase_end(j)
            if end > j and end < stop and self.u[end].lower in r.antecedent_verbs:
                # "the rate of inflation fell": a vague head named by a measure after "of"
                named = (
                    self.u[i].lower == "of"
                    and self.is_measure(end - 1)
                    and not self.vague(j, end - 1)
                )
                if vague and not named:
                    return None
                vague = False
                last, i = end - 1, end
        if vague or i >= stop or self.u[i].lower not in r.antecedent_verbs:
            return None
        tail = [k for k in range(i + 1, stop) if self.u[k].word]
        if max_tail is None:
            max_tail = r.antecedent_max_tail
        if len(tail) > max_tail or any(self.u[k].fact is not None for k in range(start, stop)):
            return None
        found = self.text(first, last)
        return (found, self.span, False) if found else None

    def find(self, sent: Span) -> str | None:
        """The subject, or None; after a subject is found, `span` holds its character offsets
        and `part_of` says whether it is the whole the figure is a part of."""
        self._sentence_text = span_text(sent)
        self._sentence_start = sent.start_char
        self.span: tuple[int, int] | None = None
        self.part_of = False
        self.flow: str | None = None  # the flow noun of goods sold (issue 16aj)
        if self.part_without_its_whole():
            # "Lakeland cheese accounts for 30 percent of the northern market": the part's share
            # of the whole when both are named, else none (round sub57)
            found = self.part_share()
            if found and not (self.target_by_a_modal() or self.target_by_a_deadline()):
                return found
            self.span = None
            return None
        if (
            self.degree_follows()
            or self.ratio_of_a_pronoun()
            or self.restated_as_a_ratio()
            or self.share_of_a_getter()
            or self.item_of_a_share_list()
            or self.share_without_a_whole()
        ):
            self.span = None
            return None
        found = self.goods_sold()
        if found:
            return found  # "we sold $15 billion worth of arms": arms exports (issue 16aj)
        found = self.adjacent() or self.before()
        if found:
            self.part_of = False
            if (
                self.restricted_after_figure()
                or self.one_of_a_kind()
                or self.deal_after_figure()
                or self.deal_with_its_amount()
                or self.rate_of_a_deal()
                or self.owner_before_verb()
                or self.changed_by_an_organisation()
                or self.paired_by_respectively()
                or self.cut_on_the_left()
                or self.composition_after_with()
                or self.generic_left_out(found)
                or self.anaphoric_opening()
                or self.pointed_back_to()
                or self.particle_alone()
                or self.praised()
                or self.one_off_head()
                or self.counted_items()
                or self.contained_amount()
                or self.owned_by_a_pronoun()
                or self.bare_part()
                or self.ends_in_an_adverb()
                or self.bare_amount()
                or self.named_in_an_ellipsis()
                or self.opens_with_a_joiner()
                or self.holding_head()
                or self.second_of_joined_possessives()
                or self.effect_on_an_economy()
                or self.opens_with_an_exclusion()
                or self.ends_in_an_unnamed_unit()
                or self.pointed_to_a_place_after()
                or self.agent_of_a_noun_before()
                or self.opens_with_a_verb()
                or self.opens_with_an_unnamed_unit()
                or self.goods_valued()
                or self.owned_by_the_listener()
                or self.target_by_a_modal()
                or self.target_by_a_deadline()
                or self.aimed_by_a_gerund()
                or self.restricted_by_a_fronted_phrase()
                or self.part_of_a_whole_after()
                or self.unowned_head()
                or self.in_a_threshold_clause()
                or self.count_at_a_percent_level()
                or self.amount_of_one_item()
                or self.funds_of_a_purpose()
                or self.forecast_of_an_own_amount(found)
                or self.compared_with_a_reference()
                or self.owned_by_unnamed_units()
                or self.share_without_its_part(found)
            ):
                self.span = None
                return None
            return found
        found = self.after()
        if found:
            if (
                self.deal_after_figure()
                or self.rate_of_a_deal()
                or self.owner_before_verb()
                or self.generic_left_out(found)
                or self.pointed_back_to()
                or self.particle_alone()
                or self.praised()
                or self.one_off_head()
                or self.contained_amount()
                or self.owned_by_a_pronoun()
                or self.bare_amount()
                or self.definite_bare_whole()
                or self.whole_narrowed_by_a_participle()
                or self.opens_with_a_joiner()
                or self.holding_head()
                or self.vague_whole()
                or self.second_of_joined_possessives()
                or self.per_each_opener()
                or self.opens_with_an_exclusion()
                or self.ends_in_an_unnamed_unit()
                or self.pointed_to_a_place_after()
                or self.opens_with_a_verb()
                or self.opens_with_an_unnamed_unit()
                or self.recovered_amount()
                or self.owned_by_the_listener()
                or self.whole_of_all()
                or self.whole_without_its_verb()
                or self.whole_of_an_unnamed_part()
                or self.target_by_a_modal()
                or self.target_by_a_deadline()
                or self.unowned_head()
                or self.ends_in_an_adverb()
                or self.allocated_in()
                or self.amount_of_one_item()
                or self.funds_of_a_purpose()
                or self.compared_with_a_reference()
                or self.owned_by_unnamed_units()
                or self.moved_by_an_organisation()
                or self.share_without_its_part(found)
            ):
                self.span = None
                self.part_of = False
                return None
            return found
        carried = self.inherited() or self.measure_before_a_participle()
        if carried is not None:
            found, self.span, self.part_of = carried
            if found and self.whole_of_an_unnamed_part():
                self.span, self.part_of = None, False
                return None
        return found


def find_subject(
    ruleset: Rules, sent: Span, fact_ranges: list[tuple[int, int]], fact_index: int, fact_type: str
) -> str | None:
    """The subject of fact number `fact_index` of `fact_ranges` (char offsets of all the facts in
    `sent`), or None."""
    units = sentence_units(ruleset, sent, fact_ranges)
    if not any(unit.fact == fact_index for unit in units):
        return None
    finder = _Finder(units, fact_index, fact_type, subject_rules(ruleset), ruleset)
    return finder.find(sent)


class _Previous:
    """`_opening_of_previous` for `sent`, worked out when a rule first asks for it and kept: most
    sentences have no "it" that could stand for it, and reading the sentence before costs as
    much as reading the sentence itself."""

    def __init__(self, ruleset: Rules, rules: SubjectRules, doc: Doc, sent: Span):
        self.args = (ruleset, rules, doc, sent)
        self.found: tuple | None = None
        self.done = False

    def get(self) -> tuple | None:
        if not self.done:
            self.found = _opening_of_previous(*self.args)
            self.done = True
        return self.found


def _opening_of_previous(ruleset: Rules, rules: SubjectRules, doc: Doc, sent: Span) -> tuple | None:
    """The antecedent an "it" opening `sent` may stand for when the sentence before has no
    figure: a measure noun phrase and a verb opening it (`_Finder.opening_measure`)."""
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    units = sentence_units(ruleset, before, [])
    if not units:
        return None
    reader = _Finder.__new__(_Finder)
    reader.u, reader.rules, reader.ruleset = units, rules, ruleset
    reader.known, reader.types, reader.previous = {}, {}, None
    reader._sentence_text = span_text(before)
    reader._sentence_start = before.start_char
    reader.span = None
    return reader.opening_measure(0, len(units))
