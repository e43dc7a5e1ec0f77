"""The spaCy component: `SubjectAnnotator` runs the finder on every money, percentage,
country_count and quantity fact of each sentence, applies the record-level refusals and sets
`subject` and `subject_key`; `make_subject_annotator` is its factory (`speechfacts_subject`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.nlp.base import RULES_CONFIG, RuleComponent
from pipeline.nlp.extensions import doc_text
from pipeline.nlp.measures import subject_key
from pipeline.nlp.rules import Rules, compiled_from_rules
from pipeline.nlp.subject.country_roles import country_role, role_rules
from pipeline.nlp.subject.fact_refusals import (
    _a_ceiling,
    _beyond_a_share,
    _key_of_a_level,
    _per_unit_dropped,
    _unnamed_deal_rate,
)
from pipeline.nlp.subject.finder import _Finder, _Previous
from pipeline.nlp.subject.organisation_heads import _Heads, _kept_in_a_heads_turn, own_measure
from pipeline.nlp.subject.outlook import OUTLOOK_TYPES, outlook
from pipeline.nlp.subject.rule_lists import SubjectRules, subject_rules
from pipeline.nlp.subject.units import Unit, sentence_units
from pipeline.nlp.temporal import doc_year
from pipeline.series_checks import HypotheticalRules, hypothetical_rules

SUBJECT_TYPES = ("money", "percentage", "country_count", "quantity")


class SubjectAnnotator(RuleComponent):
    """Sets `subject` and its canonical `subject_key` on money, percentage, country_count and
    quantity facts."""

    # series.json: its hypothetical cues, which leave a figure's outlook null (round out60)
    rule_files = ("subjects", "measures", "numbers", "scopes", "country_roles", "series")
    load_checks = (role_rules,)  # country_roles.json checked when the pipeline is built or loaded

    def annotate(self, doc: Doc) -> Doc:
        if self.names.spans_key not in doc.spans or not doc.has_annotation("SENT_START"):
            return doc
        by_sentence: dict[int, list[Span]] = {}
        for span in self.names.facts(doc):
            by_sentence.setdefault(span.sent.start, []).append(span)
        rules = subject_rules(self.rules)
        heads = _Heads(
            self.rules,
            self.names.context(doc, "turns") or [],
            self.names.context(doc, "doc_labels") or [],
            self.names.context(doc, "doc_title"),
        )
        year = doc_year(self.names.context(doc, "doc_date"))
        hypothetical = _hypothetical_rules(self.rules)
        text = doc_text(doc)
        # the last figure of the sentence before: (its sentence's end token, its subject) for
        # an "it" that opens the next sentence
        last: tuple[int, tuple | None] | None = None
        for sent_start in sorted(by_sentence):
            spans = by_sentence[sent_start]
            # each fact's fields read once (reading a Span attribute builds an accessor each
            # time): the stored dicts themselves, which the loop below updates in place
            read = [self.names.fields_of(s) for s in spans]
            order = sorted(range(len(spans)), key=lambda k: (read[k]["start"], read[k]["end"]))
            spans = [spans[k] for k in order]  # text order (a stable sort, as of the spans)
            facts = [read[k] for k in order]
            wanted = [s for s in spans if s.label_ in SUBJECT_TYPES]
            if not wanted:
                last = None
                continue
            sent = wanted[0].sent
            if last is not None and last[0] == sent.start:
                previous = last[1]
            else:
                # worked out if a rule asks for it (an "it" opening the sentence)
                previous = _Previous(self.rules, rules, doc, sent)
            ranges = [(fact["start"], fact["end"]) for fact in facts]
            units = sentence_units(self.rules, sent, ranges)
            known: dict[int, tuple] = {}
            types = {index: span.label_ for index, span in enumerate(spans)}
            for index, span in enumerate(spans):
                if span.label_ not in SUBJECT_TYPES:
                    continue
                if not any(unit.fact == index for unit in units):
                    continue
                fact = facts[index]
                if span.label_ == "country_count":
                    # what a country count counts: a role of country_roles.json (round ccs54),
                    # not a measure's subject (the finder's is never read), no antecedent for
                    # an "it" after it and no scope
                    role = country_role(
                        self.rules, doc_text(doc), sent.start_char, sent.end_char, *ranges[index]
                    )
                    fact["subject"], fact["subject_key"] = role or (None, None)
                    known[index] = (None, None, False)
                    self.names.set_fields(span, fact)
                    continue
                finder = _Finder(
                    units, index, span.label_, rules, self.rules, known, types, previous, year
                )
                fact["subject"] = finder.find(sent)
                if span.label_ in OUTLOOK_TYPES:
                    # right after `find`: an aim named by a gerund reads the subject it found,
                    # before a record-level refusal below drops it (round out60)
                    fact["outlook"] = outlook(
                        finder,
                        hypothetical,
                        text[sent.start_char : sent.end_char],
                        sent.start_char,
                        fact["start"] - sent.start_char,
                        fact["end"] - sent.start_char,
                        is_range=fact.get("high") is not None,
                    )
                if fact["subject"] and _per_unit_dropped(rules, fact["subject"], fact.get("per")):
                    fact["subject"] = None
                    finder.span, finder.part_of = None, False
                if fact["subject"] and finder.part_of and _beyond_a_share(rules, fact):
                    # "stocks restored at 140 percent of the yearly draw": no share of a whole
                    fact["subject"] = None
                    finder.span, finder.part_of = None, False
                if fact["subject"] and _a_ceiling(rules, span.text):
                    fact["subject"] = None  # "up to 40 percent of seed potatoes" (issue 16x)
                    finder.span, finder.part_of = None, False
                if (
                    fact["subject"]
                    and span.label_ in rules.own_measure_types
                    and own_measure(rules, fact["subject"])
                    and not finder.given_against_a_denominator()
                    and heads.at(fact["start"])
                ):
                    # a company's own revenue, profit or wage, said by its head, in a subject
                    # that does not name the company: no subject (issue 16o)
                    fact["subject"] = None
                    finder.span, finder.part_of = None, False
                if (
                    fact["subject"]
                    and rules.organisation_turn_refused
                    and span.label_ in rules.own_measure_types
                    and not _kept_in_a_heads_turn(self.rules, rules, fact["subject"])
                    and not finder.given_against_a_denominator()
                    and heads.at(fact["start"])
                    and not heads.foreign_country(fact["start"])
                ):
                    # (a label naming a foreign country is a state's: "President of Turkey
                    # Recep", read as a company's name before "Recep", is no company head)
                    # any other figure a company head gives is his company's, a project's or a
                    # plant's unless it names an owner, the country or a market's price: no
                    # subject (issue 16v)
                    fact["subject"] = None
                    finder.span, finder.part_of = None, False
                fact["subject_key"] = subject_key(
                    self.rules, fact["subject"], part_of=finder.part_of
                )
                if fact["subject_key"] and finder.flow:
                    # goods sold or exported: the goods' flow, a national measure (issue 16aj)
                    fact["subject_key"] = subject_key(
                        self.rules, f"{fact['subject']} {finder.flow}"
                    )
                if fact["subject_key"]:
                    fact["subject_key"] = _key_of_a_level(rules, span.label_, fact, finder.part_of)
                    if fact["subject_key"] is None:
                        fact["subject"] = None
                        finder.span, finder.part_of = None, False
                if fact["subject_key"] and _unnamed_deal_rate(rules, fact["subject_key"]):
                    # "the interest rate was raised by 0.25 points", "a 20-percent tax rate":
                    # the rate of a loan, programme or tax the paragraph names (issue 16v)
                    fact["subject"] = fact["subject_key"] = None
                    finder.span, finder.part_of = None, False
                known[index] = (fact["subject"], finder.span, finder.part_of)
                if fact["subject"]:
                    # for the scope component; not record fields
                    fact["_subject_span"] = finder.span
                    abroad = heads.foreign_country(fact["start"])
                    if abroad:
                        fact["_speaker_country"] = abroad
                    region = heads.home_region(fact["start"])
                    if region:
                        fact["_head_region"] = region
                self.names.set_fields(span, fact)
            last = (sent.end, _antecedent_for_next(rules, units, spans, known))
        return doc


@compiled_from_rules
def _hypothetical_rules(ruleset: Rules) -> HypotheticalRules | None:
    """series.json's hypothetical cues, compiled once per rule set (None without the file: a
    rule set of tests that gives none)."""
    data = ruleset.get("series") if "series" in ruleset.texts else None
    return hypothetical_rules(data) if data else None


def _antecedent_for_next(
    rules: SubjectRules, units: list[Unit], spans: list[Span], known: dict
) -> tuple | None:
    """(subject, span, part_of) of the last figure of a sentence, when it is the sentence's last
    fact and at most `anaphora_max_tail_words` words other than time words follow it."""
    if not spans or spans[-1].label_ not in SUBJECT_TYPES:
        return None
    index = len(spans) - 1
    inside = [k for k, unit in enumerate(units) if unit.fact == index]
    if not inside:
        return None
    tail = [
        unit
        for unit in units[inside[-1] + 1 :]
        if unit.word and unit.lower not in rules.skip and unit.lower not in rules.skip_after
    ]
    if len(tail) > rules.anaphora_max_tail:
        return None
    return known.get(index)


@Language.factory(
    "speechfacts_subject",
    default_config=RULES_CONFIG,
    assigns=["span._.fact"],
    requires=["doc.spans", "token.is_sent_start"],
)
def make_subject_annotator(
    nlp: Language, name: str, rules_dir: str | None, extension_names: dict[str, str]
) -> SubjectAnnotator:
    return SubjectAnnotator(nlp, name, rules_dir, extension_names)
