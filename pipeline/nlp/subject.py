"""The subject component: a short phrase for what a figure measures ("trade turnover", "GDP growth",
"exports of weapons and military equipment"), read from the tokens of its sentence.

The pipeline has no tagger or parser, so the rules (models/rules/subjects.json) work on words:

- before the figure, a link ("amounted to", "reached", "was", "grew by", "stood at", "exceeded")
  preceded by a noun phrase whose head is a measure noun ("exports", "budget", "inflation"), with
  modifiers ("trade", "Russian", "Russia's") and prepositional phrases after the head ("of weapons
  and military equipment", "between Russia and China"); auxiliaries and time words between the
  phrase and the link are skipped ("Trade turnover last year amounted to");
- right before the figure, a measure noun directly linked to it ("a budget of", "inflation at",
  "imports by", "contracts worth");
- after the figure, a measure noun right after it ("a 15 percent stake", "a $5 billion loan") or
  after "in"/"of"/"worth of" ("$5 billion in investment", "20 percent of GDP").

"the volume of trade", "an increase in wages" give the inner phrase ("trade", "wages"). Precision
first: a subject is set only when one of these patterns fires with a measure noun as its head,
never across other figures, pronouns or clause words; otherwise it stays null.

Runs after the extractors (so that other facts' words are known) and before the context component.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.nlp.base import RULES_CONFIG, RuleComponent
from pipeline.nlp.extensions import span_text
from pipeline.nlp.lemmas import is_known, lemmatize
from pipeline.nlp.measures import measure_rules, subject_key
from pipeline.nlp.numbers import _tables as _number_tables
from pipeline.nlp.places import find_places, gazetteer
from pipeline.nlp.places import words as name_words
from pipeline.nlp.rules import RuleError, Rules, compiled_from_rules, normalise_phrase
from pipeline.nlp.scope import head_region
from pipeline.nlp.temporal import doc_year

SUBJECT_TYPES = ("money", "percentage", "country_count", "quantity")
# the marks that end a clause read backwards from a figure
_CLAUSE_MARKS = (",", ";", ":", "–", "—", "(")

_POSSESSIVE = {"'s", "’s", "'", "’"}
_APOSTROPHES = ("'", "’")


@dataclass
class Unit:
    """A word of the sentence: spaCy tokens re-joined across in-word hyphens ("non-oil") and
    possessive endings ("Russia's")."""

    text: str
    lower: str
    start: int
    end: int
    word: bool  # letters and no digits
    fact: int | None = None  # index of the fact span it belongs to


@dataclass(frozen=True)
class SubjectRules:
    measure: frozenset
    wrap_of: frozenset
    wrap_in: frozenset
    links_before: tuple  # phrases as word tuples, longest first
    links: tuple  # (phrase, "chunk" | "direct"), longest phrase first
    verb_qualifiers: tuple
    skip: frozenset
    skip_after: frozenset
    links_after: tuple
    open_of_types: frozenset
    determiners: frozenset
    preps: frozenset
    modifiers: frozenset
    suffixes: tuple
    non_modifiers: frozenset
    boundary: frozenset
    comparatives: frozenset
    vague: frozenset
    direct_after: frozenset
    weak_modifiers: frozenset
    copulas: frozenset
    open_link_types: frozenset
    open_direct: frozenset
    phrase_direct: frozenset
    list_joiners: frozenset
    joining_links: frozenset
    anaphoric: frozenset
    parentheticals: tuple
    ellipsis_direct: frozenset
    clause_openers: frozenset
    max_words: int
    max_modifiers: int
    max_post: int
    denominators: tuple  # wholes (word tuples) that name no measure alone: "percent of GDP"
    share_links: tuple  # "accounts for", "make up": a part before, its whole after
    pronoun_parts: frozenset
    restrictive_followers: frozenset
    clause_verbs: frozenset
    restricting_after: frozenset
    part_nouns: frozenset
    unfinished: frozenset
    part_whole_direct: frozenset  # direct links after which "N percent of Y" is a part's share
    comparison_wholes: frozenset
    completed_heads: frozenset
    completing_preps: frozenset
    restricting_pronouns: frozenset
    individual_articles: frozenset
    individual_heads: frozenset  # the measure nouns of one deal: "a loan of $7 billion"
    bare_modifiers: frozenset
    deal_prepositions: frozenset
    deal_heads: frozenset
    deal_heads_after: frozenset  # "a scheme with 17 billion rubles of federal funding"
    time_heads: frozenset
    manner_heads: frozenset  # "to date", "at a faster pace": no restriction
    restricting_after_head: frozenset
    purpose_preps: frozenset  # "for upgrading old plants": a purpose, the amount is for it
    place_nouns: frozenset  # "into the region": a place, the scope's job
    restricting_figure_preps: frozenset  # "loans with 1 percent interest": which loans
    rate_deal_preps: frozenset  # "loans with an interest rate of 6 percent": those loans' rate
    rate_deal_words: frozenset
    owner_skip: frozenset  # "entities have also decreased payments": read over
    non_owners: frozenset  # "we increased earnings by": the speaker's, no owner named
    owner_articles: frozenset  # "lowered our GDP by": a possessive says whose
    verb_particles: frozenset  # "have taken out ... worth of loans"
    respectively: frozenset  # "A and B grew by 6.9 and 7.8 percent, respectively": one each
    object_determiners: frozenset
    object_time_window: int  # "this year", "the previous year": a time phrase, no object
    degree_words: frozenset
    anaphoric_pronouns: frozenset  # "it grew by": the subject of the figure just before
    anaphoric_phrases: tuple  # "this figure grew by": as "it"
    plural_anaphoric_pronouns: frozenset  # "they grew by": as "it", for a plural subject
    antecedent_verbs: frozenset  # "Unemployment remains low. It stood at": after the phrase
    antecedent_max_tail: int
    anaphora_max_tail: int
    counted_groups: frozenset  # "between the two countries": a numeral inside the phrase
    counted_group_openers: frozenset
    degree_phrase_preps: frozenset  # "regulated by": a degree only after a copula
    per_restricting: frozenset  # "20,000 rubles per month": units the subject must name
    per_unit_words: tuple  # (unit, words): words of a subject that name the unit ("monthly")
    distributive: frozenset  # "in each country": the amount of every one of them
    deal_articles: frozenset  # "a bank with the total capital of": the bank's capital
    deal_modifiers: frozenset  # "with a nominal capital of": words of the deal's own amount
    deal_links: frozenset  # "with the capital of $2 billion": between the head and the figure
    compound_wrappers: frozenset  # "the industrial production index": a measure's own wrapper
    contact_pronouns: frozenset  # "93 percent of the equipment we need": a clause restricts
    ratio_needs_base: bool  # "productivity is 50 percent of the productivity of ...": none
    place_prepositions: frozenset  # "... 3.2 percent and 6 percent in France": another place
    share_aside_max: int  # "account for 3 percent, actually less, of exports": the whole
    left_cut_refused: bool  # "First stage payments": a phrase cut on its left, none
    per_price_units: frozenset  # "$11 per barrel": units of a price
    per_price_words: frozenset  # "oil price", "cost": a subject that is a price by itself
    number_restrictions: frozenset  # "of all children under 18": the whole is narrowed
    group_wholes: frozenset  # "they make up 35 percent of the residents": a group's share
    recipient_verbs: frozenset  # "teachers will get a wage increase of": whose it is
    composition_heads: frozenset  # "with 100 percent Finnish investment": what it is made of
    composition_openers: frozenset  # "with", "have": before such a percentage
    generic_refused: bool  # "agriculture related damage": a one-word subject lost its phrase
    generic_complement_preps: frozenset  # "the financing of the project": a complement
    participle_preps: frozenset  # "electricity generated in the country": a restriction
    ly_nouns: frozenset  # "supply", "family": nouns ending in "-ly", no adverbs
    generic_after_types: frozenset  # "$3 billion in grants": a one-word kind of money
    anaphoric_openings: frozenset  # "The investment exceeds ...": a project named before
    anaphoric_opening_nouns: frozenset
    head_cues: tuple  # "CEO", "General Director": an organisation head's label (word tuples)
    head_vetoes: tuple  # "Minister", "Governor": a label that is no organisation head's
    head_title_words: frozenset  # "Vice", "Federal": no company name before "President"
    head_polity_words: frozenset  # "President of the Republic of ...": a place
    own_measures: frozenset  # "revenue", "net profit": what an organisation has of its own
    own_measure_types: frozenset
    national_words: frozenset  # "the country's", "budget": a national measure, kept
    ratio_pronouns: frozenset  # "this is 5 percent of X": a ratio of an unnamed part
    ratio_links: tuple  # "is", "make up", "amounts to": the links of such a ratio
    ratio_fillers: frozenset  # "this is now", "they will be": words between pronoun and link
    restatement_openers: tuple  # ", or 40 percent of X" after a figure: a ratio of that figure
    pointing_determiners: frozenset  # "of these guarantees", "of each issue": no subject
    evaluative_modifiers: frozenset  # "huge investments of": one amount praised, no measure
    one_off_heads: frozenset  # "projects", "programme": a plan's or a project's own amount
    counted_items_refused: bool  # "18 projects worth $4 billion": that batch's value
    share_max_percent: float | None  # "140 percent of the yearly draw": no share of that whole
    ratio_number_parts: bool  # "nine million is six percent of the workforce": a ratio
    own_measure_terms: frozenset  # "EBITDA": a financial statement's word, no owner's name
    containing_verbs: frozenset  # "the plan envisages investment of": the plan's amount
    own_count_heads: frozenset  # "the number of offices": the offices' owner's count
    owner_pronouns: frozenset  # "its container throughput": a firm's or port's named before
    anaphoric_joiners: frozenset  # "and the damage came to": a clause of anaphoric_opening
    summing_modifiers: frozenset  # "aggregate growth": of what? a vague head stays vague
    restating_dashes: frozenset  # "about 20 percent – 19 percent of": one figure restated
    stray_last_words: frozenset  # "the price of bread even": a subject cut wrong
    duration_suffixes: tuple  # "a two-year grant of": a length, a bare modifier
    bare_part_subjects: frozenset  # "the sector grew by": which branch, which measure
    owner_needing_heads: frozenset  # "revenue climbed", "total spending": whose? (16r)
    bare_amount_modifiers: frozenset  # "total", "lump-sum", "own": leave such a head bare
    definite_whole_kept: frozenset  # "of the population": a whole by itself after "the"
    definite_whole_articles: frozenset  # "of the funds": a set named before
    name_ellipsis_refused: bool  # "and Northern Rotors by 27 percent": a name, no measure
    joining_openers: frozenset  # "2 trillion rubles plus assets": an addition, no measure
    participle_wholes_refused: bool  # "of tax offences uncovered by auditors": restricted
    free_participles: frozenset  # "compared with": a comparison, no restriction
    holding_heads: frozenset  # "a 9 percent stake in X": one holder's part, whose? (16s)
    share_getting_verbs: frozenset  # "the party won 31 percent of the vote": a part's share
    vague_wholes: frozenset  # "in 22 percent of cases": cases of what? (16s)
    possessive_joiners: frozenset  # "doctors' and nurses' salaries": a shared head (16s)
    share_list_refused: bool  # "account for 20 percent of X, 30 percent of Y": each a share
    economy_effect_verbs: frozenset  # "the plant will boost GDP by 2 percent": its effect
    economy_effect_agents: frozenset  # "we will increase GDP by": the economy's own growth
    distributive_openers_refused: bool  # "Each ruble spent brings": per that unit (16s)
    deal_heads_named_by_place: frozenset  # "with $9 billion in Japanese investment": kept
    exclusion_openers: tuple  # "If we leave out X, the rate is": a restricted measure (16t)
    unnamed_unit_heads: frozenset  # "the cost of the plant": which plant? (16t)
    unnamed_unit_prepositions: frozenset  # "of", "for" before "the plant"
    place_pointers_after_figure: frozenset  # "grew by 37 percent there": where? (16t)
    share_without_whole_refused: bool  # "which accounts for 10 percent": of what? (16u)
    agent_prepositions: frozenset  # "shopping by the younger generation grew by" (16u)
    subject_pronouns_before: frozenset  # "we export timber worth": a verb (16u)
    unnamed_unit_possessives: bool  # "the corporation's assets": which? (16u)
    adverb_inside_links: bool  # "increased significantly by": the link read over it (16u)
    share_beyond_qualifiers: frozenset  # "over 100 percent of": above share_max_percent (16u)
    recovery_verbs: frozenset  # "helped return 9 billion rubles in overdue salaries" (16u)
    value_links: frozenset  # "machinery worth $2 billion": goods, no measure (16v)
    listener_possessives: frozenset  # "your agriculture grew": the listener's (16v)
    all_wholes_refused: bool  # "18 percent of all complaints": one part of them (16v)
    deal_rate_keys: frozenset  # "interest rate", "tax rate": a rate of which deal? (16v)
    deal_rate_modifiers: frozenset  # "average", "minimum": say no deal (16v)
    organisation_turn_refused: bool  # any subject in a company head's turn (16v)
    organisation_turn_kept_heads: frozenset  # "oil prices": a market's, kept there (16v)
    macro_links: tuple = ()  # "inflation is at 4 percent": only for macro_link_keys (16w)
    macro_link_keys: frozenset = frozenset()  # "inflation", "unemployment rate" (16w)
    macro_level_nouns: frozenset = frozenset()  # "at a record low level of" (16w)
    macro_level_max_words: int = 0  # words between "at a" and the level noun (16w)
    macro_level_articles: frozenset = frozenset()  # "a", "its", "the" after "at" (16w)
    evaluative_inside_links: frozenset = frozenset()  # "grew by a record 66 percent" (16w)
    macro_colon_marks: frozenset = frozenset()  # "unemployment is low: 4.6 percent" (16w)
    share_pronoun_parts_kept: frozenset = frozenset()  # "we account for": the part named (16x)
    verbless_wholes_refused: bool = False  # "40 percent of patients recover": verb taken (16x)
    verbless_whole_followers: frozenset = frozenset()  # "feel hopeful about": no verb (16x)
    ceiling_openers_refused: tuple = ()  # "up to 40 percent of seeds": a ceiling (16x)
    organisation_agents: frozenset = frozenset()  # "the firm cut its rates by": its own (16x)
    mark_links: tuple = ()  # "trade reached the $3 billion mark": a link (16y)
    target_modals: tuple = ()  # "exports must reach $50 billion": a target (16z)
    target_modal_not_before: frozenset = frozenset()  # "I must say": no target (16z)
    target_clause_marks: frozenset = frozenset()  # where the clause before a figure opens
    target_modal_skip: frozenset = frozenset()  # "want to say", "must not be": read over
    deadline_prepositions: frozenset = frozenset()  # "by 50 percent by 2030": (16ab)
    deadline_fillers: frozenset = frozenset()  # "by the end of 2030": words between
    deadline_clause_marks: frozenset = frozenset()  # where a deadline before stops (16ae)
    unowned_heads: frozenset = frozenset()  # "the order portfolio": whose? (16z)
    unowned_head_fillers: frozenset = frozenset()  # "order", "loan", "total": say no owner
    threshold_relatives: frozenset = frozenset()  # "families whose incomes fell by": (16aa)
    allocation_verbs: frozenset = frozenset()  # "allocated $5 million in grants" (16aa)
    allocation_max_words: int = 0  # how far before the figure the verb may be (16aa)
    effect_agents: frozenset = frozenset()  # "this will raise capacity by": an effect (16aa)
    effect_agent_pointers: frozenset = frozenset()  # "this bridge will raise ..." (16aa)
    count_level_heads: frozenset = frozenset()  # "the number of X fell to 43 percent" (16aa)
    count_level_links: frozenset = frozenset()  # "to", "at", a copula before the figure
    wholes_refused: bool = False  # "53 percent of staff are young": part unnamed (16z)
    whole_owner_verbs: frozenset = frozenset()  # "Russia has 55 percent of ...": kept (16z)
    whole_owner_pronouns: frozenset = frozenset()  # "we have 14 percent of ...": kept (16z)
    rate_level_heads: frozenset = frozenset()  # "an income tax of 13 percent": a rate (16ad)
    measureless_percentage_heads: frozenset = frozenset()  # "the budget grew by 5%" (16ad)
    bare_keys_refused: frozenset = frozenset()  # "the growth rate will be 3 percent" (16ad)
    mark_nouns: frozenset = frozenset()  # "mark", "milestone" after the figure (16y)
    mark_of_nouns: frozenset = frozenset()  # "reached a record level of $28 billion" (16y)
    mark_of_modifiers: frozenset = frozenset()  # "record", "new" before it (16y)
    aim_gerunds: frozenset = frozenset()  # "increasing output by 50 percent": an aim (16ae)
    aim_gerund_auxiliaries: frozenset = frozenset()  # "we are increasing": a verb (16ae)
    aim_figure_prepositions: frozenset = frozenset()  # "by", "to" right before the figure
    fronted_restriction_openers: frozenset = frozenset()  # "In rail transport, traffic grew" (16ae)
    fronted_kept_words: frozenset = frozenset()  # "In 2019,", "In general,": no restriction
    fronted_max_words: int = 0  # the longest fronted phrase read (16ae)
    share_part_verbs: tuple = ()  # "farming accounted for 10 percent of output" (16ae)
    item_amount_heads: frozenset = frozenset()  # "auto loans of 600,000 rubles": one's (16ag)
    fund_heads_refused: frozenset = frozenset()  # "federal funds worth $1 billion" (16ag)
    unnamed_part_heads: frozenset = frozenset()  # "the average wage in the sector" (16ag)
    unnamed_part_prepositions: frozenset = frozenset()  # "in", "of", "from", "for"
    unnamed_unit_determiners: frozenset = frozenset({"the"})  # "his industry" (16ag)
    other_figure_own_link_ends: frozenset = frozenset()  # "rose to", "the value of" (16w)


def _phrases(items) -> tuple:
    return tuple(sorted({tuple(p.lower().split()) for p in items}, key=lambda p: (-len(p), p)))


def _links(chunk, direct) -> tuple:
    """Links before a figure, longest first: after a "direct" link the measure noun stands right
    before it ("a budget of", "imports by"); after a "chunk" link ("amounted to") a whole noun
    phrase may, with skippable words between."""
    modes = {p: "chunk" for p in _phrases(chunk)}
    modes.update({p: "direct" for p in _phrases(direct)})
    return tuple((p, modes[p]) for p in sorted(modes, key=lambda p: (-len(p), p)))


@compiled_from_rules
def subject_rules(ruleset: Rules) -> SubjectRules:
    data = ruleset.get(
        "subjects",
        required=("measure_nouns", "wrappers", "links_before", "direct_links_before"),
    )
    wrappers = data["wrappers"]
    if not isinstance(wrappers, dict) or "of" not in wrappers or "in" not in wrappers:
        raise RuleError("rule file subjects.json: 'wrappers' needs the keys 'of' and 'in'")

    def words(key):
        return frozenset(w.lower() for w in data.get(key, []))

    return SubjectRules(
        measure=words("measure_nouns"),
        wrap_of=frozenset(w.lower() for w in wrappers["of"]),
        wrap_in=frozenset(w.lower() for w in wrappers["in"]),
        links_before=_phrases(data["links_before"]),
        links=_links(data["links_before"], data["direct_links_before"]),
        verb_qualifiers=_phrases(data.get("verb_qualifiers", [])),
        skip=words("skip_before_link"),
        skip_after=words("skip_after_link"),
        links_after=_phrases(data.get("links_after", [])),
        open_of_types=words("open_of_after_types"),
        determiners=words("determiners"),
        preps=words("postmodifier_prepositions"),
        modifiers=words("modifiers"),
        suffixes=tuple(s.lower() for s in data.get("modifier_suffixes", [])),
        non_modifiers=words("non_modifiers"),
        boundary=words("boundary_words"),
        comparatives=words("comparatives"),
        vague=words("vague_heads"),
        direct_after=words("direct_after_prepositions"),
        weak_modifiers=words("weak_modifiers"),
        copulas=words("copula_links"),
        open_link_types=words("open_before_link_types"),
        open_direct=words("open_direct_links"),
        phrase_direct=words("phrase_direct_links"),
        list_joiners=words("list_joiners"),
        joining_links=words("joining_link_words"),
        anaphoric=words("anaphoric_determiners"),
        parentheticals=_phrases(data.get("parentheticals", [])),
        ellipsis_direct=words("ellipsis_direct_links"),
        clause_openers=words("clause_openers"),
        max_words=int(data.get("max_words", 9)),
        max_modifiers=int(data.get("max_modifiers", 3)),
        max_post=int(data.get("max_postmodifier_words", 7)),
        denominators=_phrases(data.get("denominator_wholes", [])),
        share_links=_phrases(data.get("share_links", [])),
        pronoun_parts=words("pronoun_parts"),
        restrictive_followers=words("restrictive_followers"),
        clause_verbs=words("clause_verbs"),
        restricting_after=words("restricting_after_figure"),
        part_nouns=words("part_nouns"),
        unfinished=words("unfinished_phrase_words"),
        part_whole_direct=words("part_whole_direct_links"),
        comparison_wholes=words("comparison_wholes"),
        completed_heads=words("completed_heads"),
        completing_preps=words("completing_prepositions"),
        restricting_pronouns=words("restricting_pronouns"),
        individual_articles=words("individual_articles"),
        individual_heads=words("individual_heads"),
        bare_modifiers=words("bare_modifiers"),
        deal_prepositions=words("deal_prepositions"),
        deal_heads=words("deal_heads"),
        deal_heads_after=words("deal_heads_after_figure"),
        time_heads=words("restriction_time_heads"),
        manner_heads=words("restriction_manner_heads"),
        restricting_after_head=words("restricting_after_head"),
        purpose_preps=words("purpose_prepositions"),
        place_nouns=words("place_nouns"),
        restricting_figure_preps=words("restricting_figure_prepositions"),
        rate_deal_preps=words("rate_deal_prepositions"),
        rate_deal_words=words("rate_deal_words"),
        owner_skip=words("owner_skip_words"),
        non_owners=words("non_owner_words"),
        owner_articles=words("owner_articles"),
        verb_particles=words("verb_particles"),
        respectively=words("respectively_words"),
        object_determiners=words("object_determiners"),
        object_time_window=int(data.get("object_time_window", 2)),
        degree_words=words("degree_words"),
        anaphoric_pronouns=words("anaphoric_subject_pronouns"),
        plural_anaphoric_pronouns=words("plural_anaphoric_subject_pronouns"),
        antecedent_verbs=words("antecedent_verbs"),
        antecedent_max_tail=int(data.get("antecedent_max_tail_words", 0)),
        anaphoric_phrases=_phrases(data.get("anaphoric_subject_phrases", [])),
        anaphora_max_tail=int(data.get("anaphora_max_tail_words", 0)),
        counted_groups=words("counted_group_nouns"),
        counted_group_openers=words("counted_group_determiners"),
        degree_phrase_preps=words("degree_phrase_prepositions"),
        per_restricting=words("per_restricting_units"),
        per_unit_words=tuple(
            (unit.lower(), tuple(w.lower() for w in names))
            for unit, names in data.get("per_unit_words", {}).items()
        ),
        distributive=words("distributive_determiners"),
        deal_articles=words("deal_articles"),
        deal_modifiers=words("deal_modifiers"),
        deal_links=words("deal_links"),
        compound_wrappers=words("compound_wrappers"),
        contact_pronouns=words("contact_clause_pronouns"),
        ratio_needs_base=bool(data.get("ratio_needs_base", False)),
        place_prepositions=words("other_place_prepositions"),
        share_aside_max=int(data.get("share_aside_max_words", 0)),
        left_cut_refused=bool(data.get("left_cut_refused", False)),
        per_price_units=words("per_price_units"),
        per_price_words=words("per_price_words"),
        number_restrictions=words("number_restrictions"),
        group_wholes=words("group_wholes"),
        recipient_verbs=words("recipient_verbs"),
        composition_heads=words("composition_heads"),
        composition_openers=words("composition_openers"),
        generic_refused=bool(data.get("generic_single_word_refused", False)),
        generic_complement_preps=words("generic_complement_prepositions"),
        participle_preps=words("participle_restriction_prepositions"),
        ratio_pronouns=words("ratio_pronouns"),
        ratio_links=_phrases(data.get("ratio_links", [])),
        ratio_fillers=words("ratio_link_fillers"),
        restatement_openers=_phrases(data.get("restatement_openers", [])),
        pointing_determiners=words("pointing_determiners"),
        evaluative_modifiers=words("evaluative_modifiers"),
        one_off_heads=words("one_off_heads"),
        counted_items_refused=bool(data.get("counted_items_refused", False)),
        share_max_percent=data.get("share_max_percent"),
        ratio_number_parts=bool(data.get("ratio_number_parts", False)),
        own_measure_terms=words("organisation_measure_terms"),
        containing_verbs=words("containing_verbs"),
        own_count_heads=words("organisation_count_heads"),
        owner_pronouns=words("owner_pronouns"),
        anaphoric_joiners=words("anaphoric_clause_joiners"),
        summing_modifiers=words("summing_modifiers"),
        restating_dashes=frozenset(data.get("restating_dashes", [])),
        stray_last_words=words("stray_last_words"),
        duration_suffixes=tuple(w.lower() for w in data.get("duration_suffixes", [])),
        bare_part_subjects=words("bare_part_subjects"),
        owner_needing_heads=words("owner_needing_heads"),
        bare_amount_modifiers=words("bare_amount_modifiers"),
        definite_whole_kept=words("definite_whole_kept"),
        definite_whole_articles=words("definite_whole_articles"),
        name_ellipsis_refused=bool(data.get("name_ellipsis_refused", False)),
        joining_openers=words("joining_openers"),
        participle_wholes_refused=bool(data.get("participle_wholes_refused", False)),
        free_participles=words("free_participles"),
        holding_heads=words("holding_heads"),
        share_getting_verbs=words("share_getting_verbs"),
        vague_wholes=words("vague_wholes"),
        possessive_joiners=words("possessive_joiners"),
        share_list_refused=bool(data.get("share_list_refused", False)),
        economy_effect_verbs=words("economy_effect_verbs"),
        economy_effect_agents=words("economy_effect_agents"),
        distributive_openers_refused=bool(data.get("distributive_openers_refused", False)),
        deal_heads_named_by_place=words("deal_heads_named_by_place"),
        exclusion_openers=_phrases(data.get("exclusion_openers_refused", [])),
        unnamed_unit_heads=words("unnamed_unit_heads"),
        unnamed_unit_prepositions=words("unnamed_unit_prepositions"),
        place_pointers_after_figure=words("place_pointers_after_figure"),
        share_without_whole_refused=bool(data.get("share_without_whole_refused", False)),
        agent_prepositions=words("agent_prepositions"),
        subject_pronouns_before=words("subject_pronouns_before"),
        unnamed_unit_possessives=bool(data.get("unnamed_unit_possessives", False)),
        adverb_inside_links=bool(data.get("adverb_inside_links", False)),
        share_beyond_qualifiers=words("share_beyond_qualifiers"),
        recovery_verbs=words("recovery_verbs"),
        value_links=words("value_links"),
        listener_possessives=words("listener_possessives"),
        all_wholes_refused=bool(data.get("all_wholes_refused", False)),
        deal_rate_keys=frozenset(data.get("deal_rate_keys", [])),
        deal_rate_modifiers=words("deal_rate_modifiers"),
        organisation_turn_refused=bool(data.get("organisation_turn_refused", False)),
        organisation_turn_kept_heads=words("organisation_turn_kept_heads"),
        ly_nouns=words("ly_nouns"),
        generic_after_types=words("generic_after_figure_types"),
        anaphoric_openings=words("anaphoric_opening_articles"),
        anaphoric_opening_nouns=words("anaphoric_opening_nouns"),
        head_cues=_phrases(data.get("organisation_head_cues", [])),
        head_vetoes=_phrases(data.get("organisation_head_vetoes", [])),
        head_title_words=words("organisation_head_title_words"),
        head_polity_words=words("organisation_head_polity_words"),
        own_measures=words("organisation_own_measures"),
        own_measure_types=words("organisation_own_measure_types"),
        national_words=words("organisation_national_words"),
        macro_links=_phrases(data.get("macro_links_before", [])),
        macro_link_keys=frozenset(data.get("macro_link_keys", [])),
        macro_level_nouns=words("macro_level_nouns"),
        macro_level_max_words=int(data.get("macro_level_max_words", 0)),
        macro_level_articles=words("macro_level_articles"),
        evaluative_inside_links=words("evaluative_inside_links"),
        macro_colon_marks=frozenset(data.get("macro_colon_marks", [])),
        share_pronoun_parts_kept=words("share_pronoun_parts_kept"),
        verbless_wholes_refused=bool(data.get("verbless_wholes_refused", False)),
        verbless_whole_followers=words("verbless_whole_followers"),
        ceiling_openers_refused=tuple(data.get("ceiling_openers_refused", [])),
        organisation_agents=words("organisation_agents"),
        mark_links=_phrases(data.get("mark_links_before", [])),
        mark_nouns=words("mark_nouns"),
        mark_of_nouns=words("mark_of_nouns"),
        mark_of_modifiers=words("mark_of_modifiers"),
        target_modals=_phrases(data.get("target_modals", [])),
        target_modal_not_before=words("target_modal_not_before"),
        target_clause_marks=frozenset(data.get("target_clause_marks", [])),
        target_modal_skip=words("target_modal_skip_words"),
        deadline_prepositions=words("deadline_prepositions"),
        deadline_fillers=words("deadline_fillers"),
        deadline_clause_marks=frozenset(data.get("deadline_clause_marks", [])),
        unowned_heads=words("unowned_heads"),
        unowned_head_fillers=words("unowned_head_fillers"),
        threshold_relatives=words("threshold_relatives"),
        allocation_verbs=words("allocation_verbs"),
        allocation_max_words=int(data.get("allocation_max_words", 0)),
        effect_agents=words("effect_agents"),
        effect_agent_pointers=words("effect_agent_pointers"),
        count_level_heads=words("count_level_heads"),
        count_level_links=words("count_level_links"),
        wholes_refused=bool(data.get("wholes_refused", False)),
        whole_owner_verbs=words("whole_owner_verbs"),
        whole_owner_pronouns=words("whole_owner_pronouns"),
        rate_level_heads=words("rate_level_heads"),
        measureless_percentage_heads=words("measureless_percentage_heads"),
        bare_keys_refused=frozenset(normalise_phrase(p) for p in data.get("bare_keys_refused", [])),
        aim_gerunds=words("aim_gerunds"),
        aim_gerund_auxiliaries=words("aim_gerund_auxiliaries"),
        aim_figure_prepositions=words("aim_figure_prepositions"),
        fronted_restriction_openers=words("fronted_restriction_openers"),
        fronted_kept_words=words("fronted_kept_words"),
        fronted_max_words=int(data.get("fronted_max_words", 0)),
        share_part_verbs=_phrases(data.get("share_part_verbs", [])),
        item_amount_heads=words("item_amount_heads"),
        fund_heads_refused=words("fund_heads_refused"),
        unnamed_part_heads=words("unnamed_part_heads"),
        unnamed_part_prepositions=words("unnamed_part_prepositions"),
        unnamed_unit_determiners=words("unnamed_unit_determiners") or frozenset({"the"}),
        other_figure_own_link_ends=words("other_figure_own_link_ends"),
    )


# ---------------------------------------------------------------------------------------------
# Words of a sentence
# ---------------------------------------------------------------------------------------------


def sentence_units(ruleset: Rules, sent: Span, fact_ranges: list[tuple[int, int]]) -> list[Unit]:
    """The words of `sent`; `fact_ranges` (char offsets) mark the words of each fact."""
    units: list[Unit] = []
    tokens = list(sent)
    # each token's text and whether no white space follows it, read once (a Token attribute is
    # a call into spaCy, and the joining test reads each token's up to three times)
    texts = [tok.text for tok in tokens]
    joined = [not tok.whitespace_ for tok in tokens]
    count = len(tokens)
    numerals = _numerals(ruleset)  # read once, not per word (`_is_word`)
    ordered = True  # each unit starts at or after the end of the one before (tokens in order)
    i = 0
    while i < count:
        j = i
        # join "non", "-", "oil" and "Russia", "'s" when written without spaces
        while j + 1 < count and joined[j]:
            if (
                texts[j + 1] == "-"
                and joined[j + 1]
                and j + 2 < count
                and texts[j + 2][:1].isalpha()
                and texts[j][-1:].isalpha()
            ):
                j += 2
            elif tokens[j + 1].lower_ in _POSSESSIVE and texts[j][-1:].isalpha():
                j += 1
            else:
                break
        # no white space follows tokens i..j-1: their texts run on
        text = texts[i] if i == j else "".join(texts[i : j + 1])
        lower = text.lower()
        text_start = tokens[i].idx
        # a text of letters alone (the common case) is a word unless a numeral; one character
        # that is no letter ("," "5") and digits alone ("2019") are none (`_is_word`)
        if text.isalpha():
            word = lower not in numerals
        elif len(text) == 1 or text.isdigit():
            word = False
        else:
            word = _is_word(ruleset, text, lower)
        if units and text_start < units[-1].end:
            ordered = False
        units.append(Unit(text, lower, text_start, text_start + len(text), word))
        i = j + 1
    if ordered and fact_ranges:
        # the units' starts and ends both rise: those that overlap a fact's range run from the
        # first that ends after its start to the last that starts before its end
        starts = [unit.start for unit in units]
        ends = [unit.end for unit in units]
        for index, (start, end) in enumerate(fact_ranges):
            for k in range(bisect.bisect_right(ends, start), bisect.bisect_left(starts, end)):
                units[k].fact = index
        return units
    for index, (start, end) in enumerate(fact_ranges):
        for unit in units:
            if unit.start < end and start < unit.end:
                unit.fact = index
    return units


def _is_word(ruleset: Rules, text: str, lower: str) -> bool:
    """Letters and no digits, and no numeral (`_number_word`). A text of letters alone is the
    common case, answered without a loop over its characters: no character is both a letter
    and a digit (tests/nlp/subject/test_subject_units.py checks it for every code point)."""
    if text.isalpha():
        return not _number_word(ruleset, lower)
    return (
        any(c.isalpha() for c in text)
        and not any(c.isdigit() for c in text)
        and not _number_word(ruleset, lower)
    )


@compiled_from_rules
def _numerals(ruleset: Rules) -> frozenset[str]:
    """Every number, "hundred" and scale word of the rules, lower case."""
    small, hundred, scales = _number_tables(ruleset)
    return frozenset({*small, *hundred, *scales})


def _number_word(ruleset: Rules, lower: str) -> bool:
    """The numerals "three", "twenty-five", "million" are not words of a phrase."""
    numerals = _numerals(ruleset)
    if "-" not in lower:
        return lower in numerals
    return all(p in numerals for p in lower.split("-"))


def _base(unit: Unit) -> str:
    """The word without a possessive ending: "russia's" -> "russia"."""
    lower = unit.lower
    for ending in ("'s", "’s"):
        if lower.endswith(ending):
            return lower[: -len(ending)]
    return lower.rstrip("".join(_APOSTROPHES))


def _inflected(lower: str) -> bool:
    """A verb's "-ed" or "-ing" form ("increased", "bringing"), not a noun that only ends so
    ("rapeseed", "housing"): the lemmatiser gives it another lemma."""
    if not lower.endswith(("ed", "ing")):
        return False
    return lemmatize(lower) != lower


def _common_word(ruleset: Rules, text: str) -> bool:
    """An English word of the lemmatiser's dictionary, not a place ("Tourism", not "Gazprom")."""
    return is_known(text.lower()) and not _is_place(ruleset, text)


def _is_place(ruleset: Rules, text: str) -> bool:
    """A country, demonym or region name ("Russia's", "Chinese")."""
    from pipeline.nlp.places import find_places

    return text[:1].isupper() and bool(find_places(ruleset, text))


def _possessive(unit: Unit) -> bool:
    return unit.lower.endswith(("'s", "’s", "s'", "s’"))


# ---------------------------------------------------------------------------------------------
# The rules
# ---------------------------------------------------------------------------------------------


# (id of a tuple of phrases or links, by last word, of links) -> (the tuple, its index): built
# once per rule tuple, keyed by identity and keeping the tuple so that its id is not reused
_WORD_INDEXES: dict[tuple[int, bool, bool], tuple[tuple, dict[str, tuple] | None]] = {}


def _word_index(items: tuple, last: bool, links: bool) -> dict[str, tuple] | None:
    """`items` by the first word of each one's phrase (`last`: its last word), in their order.
    `items` are phrases (word tuples) or, with `links`, (phrase, mode) pairs. A phrase that is
    empty has no such word: a link with one is left out (it never links), and for phrases the
    index is None (every phrase must then be tried)."""
    key = (id(items), last, links)
    cached = _WORD_INDEXES.get(key)
    if cached is None or cached[0] is not items:
        index: dict[str, tuple] | None = {}
        for item in items:
            phrase = item[0] if links else item
            if not phrase:
                if links:
                    continue
                index = None
                break
            at = phrase[-1] if last else phrase[0]
            index[at] = (*index.get(at, ()), item)
        cached = _WORD_INDEXES[key] = (items, index)
    return cached[1]


def _links_ending(links: tuple, word: str) -> tuple:
    """The (phrase, mode) pairs of `links` whose last word is `word`, in their order: only those
    can match before a figure preceded by `word` (one dictionary look-up per figure instead of
    trying every link phrase)."""
    return _word_index(links, last=True, links=True).get(word, ())


def _last_words(phrases: tuple) -> set[str] | None:
    """The last words of `phrases`; None when one of them is empty (it has none: every phrase
    must then be tried)."""
    return {p[-1] for p in phrases} if all(phrases) else None


def _phrases_with(phrases: tuple, word: str, last: bool = False) -> tuple:
    """The phrases (word tuples) of `phrases` whose first word (`last`: last word) is `word`, in
    their order: only those can match where that word stands (one dictionary look-up instead
    of trying every phrase). All of `phrases` when one of them is empty (it has no such word:
    the caller's own test decides), so the answer is always the caller's slow loop's."""
    index = _word_index(phrases, last, links=False)
    return phrases if index is None else index.get(word, ())


_UNSET = object()  # an answer not worked out yet (None is an answer)


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


class _Finder:
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

    # -- word classes -----------------------------------------------------------------------

    # (span, answer) of the last `span_units` and `subject_words`: many rules ask both for the
    # same subject; the units never change once the finder has them, so an answer holds for as
    # long as `span` is the same
    _span_units_of: tuple | None = None
    _subject_words_of: tuple | None = None

    def span_units(self) -> tuple[int | None, int | None]:
        """The positions of the units the subject found starts and ends with (None when its
        edge falls inside a unit, or when nothing was found)."""
        if self.span is None:
            return None, None
        cached = self._span_units_of
        if cached is not None and cached[0] == self.span:
            return cached[1]
        first = next((k for k, u in enumerate(self.u) if u.start == self.span[0]), None)
        last = next((k for k, u in enumerate(self.u) if u.end == self.span[1]), None)
        self._span_units_of = (self.span, (first, last))
        return first, last

    def free_word(self, i: int) -> bool:
        """A word that belongs to no fact (ours included)."""
        return 0 <= i < len(self.u) and self.u[i].word and self.u[i].fact is None

    def is_measure(self, i: int) -> bool:
        return (
            self.free_word(i)
            and not _possessive(self.u[i])
            and self.u[i].lower in self.rules.measure
        )

    def is_modifier(self, i: int) -> bool:
        if not self.free_word(i):
            return False
        unit = self.u[i]
        low = _base(unit)
        r = self.rules
        if low in r.boundary or low in r.determiners or low in r.preps or low in ("and", "or"):
            return False
        if low in r.modifiers:
            return True
        if low in r.non_modifiers or low in r.wrap_in or self.adverb(i):
            return False  # "increase exports by": a verb; "increase" is no modifier
        if low in r.measure:
            return True  # "trade turnover", "GDP growth"
        if _possessive(unit) or "-" in low:
            return True
        if unit.text[:1].isupper() and (i > 0 or low not in r.skip):
            return True  # "Russian", "EAEU", "Rosatom"
        return low.endswith(r.suffixes)

    def adverb(self, i: int) -> bool:
        """An adverb: "generally", "already" (not "Italy", not "monthly" payments, not a noun of
        `ly_nouns`: "the money supply grew by")."""
        unit = self.u[i]
        return (
            unit.lower.endswith("ly")
            and not unit.text[:1].isupper()
            and unit.lower not in self.rules.modifiers
            and unit.lower not in self.rules.ly_nouns
        )

    def skip_back_over_auxiliaries(self, k: int) -> int:
        """The position at or before `k` once the free words of `owner_skip` ("will", "has",
        "also", "now") and adverbs ("generally") are passed over backwards: where a verb's
        subject or a link before a figure stands; -1 when none is left."""
        skip = self.rules.owner_skip
        while k >= 0 and self.free_word(k) and (self.u[k].lower in skip or self.adverb(k)):
            k -= 1
        return k

    def chunk_word(self, i: int) -> bool:
        """May stand inside the noun phrase before a link."""
        if not self.free_word(i):
            return False
        low = self.u[i].lower
        if low in self.rules.boundary:
            return False
        return not self.adverb(i)

    def words_match(self, at: int, phrase: tuple) -> bool:
        if at < 0 or at + len(phrase) > len(self.u):
            return False
        units = self.u
        for k, w in enumerate(phrase):  # a loop, not all(): most calls fail at the first word
            if units[at + k].lower != w:
                return False
        return True

    # -- phrase builders --------------------------------------------------------------------

    def modifiers_start(self, head: int, lower_bound: int) -> int:
        r = self.rules
        m = head
        while m - 1 >= lower_bound and head - (m - 1) <= r.max_modifiers + 1:
            if self.is_modifier(m - 1):
                m -= 1
            elif (
                self.np_word(m - 1)
                or (self.free_word(m - 1) and self.u[m - 1].lower.endswith("ed"))  # "imported"
            ) and self.np_opens(m - 2):
                m -= 1  # "the juvenile crime rate": a word after "the" belongs to the phrase
            elif (
                m < head
                and m - 2 >= lower_bound
                and self.u[m - 1].lower in ("and", "or")
                and self.free_word(m - 2)
                and (self.u[m - 2].lower in r.modifiers or "-" in self.u[m - 2].lower)
                and (self.u[m].lower in r.modifiers or "-" in self.u[m].lower)
            ):
                m -= 2  # "oil and gas revenues"
            else:
                break
        return m

    def np_word(self, i: int) -> bool:
        """A lower-case word that may stand inside a noun phrase: not a small word, verb form of
        non_modifiers, adverb, time word, "-ed" or "-ing" form unless the rules know it."""
        if not self.free_word(i) or _possessive(self.u[i]):
            return False
        low = self.u[i].lower
        r = self.rules
        if low in r.non_modifiers and not low.endswith(r.suffixes):
            return False  # "to increase funding": a verb
        if low in r.modifiers or low in r.measure:
            return True
        if (
            low in r.boundary
            or low in r.determiners
            or low in r.preps
            or low in ("and", "or", "to")
            or self.verb_like(i)
            or low in r.skip
            or low in r.wrap_of
            or low in r.comparatives
            or self.adverb(i)
        ):
            return False
        return not _inflected(low)

    def verb_like(self, i: int) -> bool:
        """A word of non_modifiers that is no adjective ("increase", "said"; not "local") and
        no name ("Czech Republic")."""
        unit = self.u[i]
        return (
            unit.lower in self.rules.non_modifiers
            and not unit.lower.endswith(self.rules.suffixes)
            and not unit.text[:1].isupper()
        )

    def np_opens(self, i: int) -> bool:
        """Position i opens a noun phrase: a determiner, a preposition, punctuation or nothing."""
        if i < 0:
            return True
        unit = self.u[i]
        if unit.fact is not None:
            return False
        if not unit.word:
            return unit.text in (",", ";", ":", "(", "–", "—", '"', "“")
        if unit.lower in ("and", "or") and i >= 1 and self.u[i - 1].fact is not None:
            return True  # "5 percent and bus sales by 2 percent": a new phrase
        # not "to": "to expand exports" is a verb and its object
        return unit.lower in self.rules.determiners or (
            unit.lower in self.rules.preps and unit.lower != "to"
        )

    def change_noun(self, head: int) -> bool:
        low = _base(self.u[head])
        return low in self.rules.wrap_in and low in self.rules.vague

    def vague(self, first: int, head: int) -> bool:
        """A head that says little alone ("the rate", "the current rate")."""
        if self.u[head].lower not in self.rules.vague:
            return False
        return all(
            self.u[k].lower in self.rules.weak_modifiers
            or self.u[k].lower in self.rules.summing_modifiers  # "aggregate growth" (16q)
            or self.u[k].lower in self.rules.vague  # "growth rate": of what?
            or _possessive(self.u[k])
            or _is_place(self.ruleset, self.u[k].text)
            for k in range(first, head)
        )

    def text(self, first: int, last: int) -> str | None:
        while last > first and not any(c.isalnum() for c in self.u[last].text):
            last -= 1  # a bracket or a dash the phrase ran into is no word of it
        if last - first + 1 > self.rules.max_words:
            return None
        end = self.u[last].lower
        r = self.rules
        if (
            end in r.determiners
            or end in r.preps
            or end in ("and", "or")
            or end in r.unfinished
            or _possessive(self.u[last])
        ):
            # "investment for the entire [period]", "80 percent of Russia's [gas reserves]": cut
            # inside its phrase
            return None
        base = self._sentence_start
        phrase = self._sentence_text[self.u[first].start - base : self.u[last].end - base]
        self.span = (self.u[first].start, self.u[last].end)
        head = self.u[first]
        if (
            (first == 0 or self.u[first - 1].text in (":", "–", "—", '"', "“", "(", "'", "‘"))
            and head.text[:1].isupper()
            and head.text[1:].islower()
            and (
                _base(head) in self.rules.measure
                or _base(head) in self.rules.modifiers
                or _common_word(self.ruleset, head.text)
            )
            and not _possessive(head)
        ):
            phrase = phrase[:1].lower() + phrase[1:]
        return " ".join(phrase.split())

    # -- before the figure ------------------------------------------------------------------

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
        end = self.fs
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
        if end < self.fs:
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
        which = i >= 2 and self.u[i].lower == "which" and self.u[i - 1].text == ","
        if which:
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
                or unit.text in (",", ";", "–", "—")
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
                unit.text == ";"
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

    def measure_compound(self, end: int) -> bool:
        """The wrapper at `end` is one of `compound_wrappers` right after a measure noun that
        says what it is of ("the industrial production index rose by", "trade volumes grew
        by", "the inflation level was"): the phrase names its measure."""
        r = self.rules
        return (
            end >= 1
            and self.u[end].lower in r.compound_wrappers
            and self.free_word(end - 1)
            and self.is_measure(end - 1)
        )

    def opening_measure(self, start: int, stop: int) -> tuple | None:
        """(subject, span, False) for a clause `self.u[start:stop]` that opens with a measure
        noun phrase and a verb and says little more ("Unemployment remains within manageable
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
        if self.vague(first, head) or _base(self.u[head]) in r.wrap_of:
            return None
        last = head
        if i < stop and self.u[i].lower in r.preps:
            j = i + 1  # "trade with Chile is growing": one prepositional phrase
            while j < stop and self.free_word(j) and self.u[j].lower in r.determiners:
                j += 1
            end = phrase_end(j)
            if end > j and end < stop and self.u[end].lower in r.antecedent_verbs:
                last, i = end - 1, end
        if i >= stop or self.u[i].lower not in r.antecedent_verbs:
            return None
        tail = [k for k in range(i + 1, stop) if self.u[k].word]
        if len(tail) > r.antecedent_max_tail or any(
            self.u[k].fact is not None for k in range(start, stop)
        ):
            return None
        found = self.text(first, last)
        return (found, self.span, False) if found else None

    def skip_parenthetical(self, i: int) -> int:
        """Before ", for example," (a parenthetical of the rules) ending at i: the position before
        it; else i."""
        if i < 0 or self.u[i].text != ",":
            return i
        for phrase in self.rules.parentheticals:
            at = i - len(phrase)
            if at >= 1 and self.words_match(at, phrase) and self.u[at - 1].text == ",":
                return at - 2
        return i

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

    def after_a_figure(self, head: int) -> bool:
        """The noun phrase of `head` follows ", " or "and" right after an earlier figure of the
        sentence (an ellipsis: "grew by 8 percent, railcars by 5 percent")."""
        m = self.modifiers_start(head, 0)
        k = m - 1
        if k < 0 or not (self.u[k].text in (",", ";") or self.u[k].lower == "and"):
            return False
        k -= 1
        while k >= 0 and self.u[k].fact is None and self.u[k].text in (",", "and"):
            k -= 1
        k = self.skip_time_back(k)
        return k >= 0 and self.u[k].fact is not None and self.u[k].fact != self.me

    def figure_before_ellipsis(self, head: int) -> int | None:
        """The first unit of the earlier figure that the ellipsis at `head` follows (see
        `after_a_figure`), or None."""
        if not self.after_a_figure(head):
            return None
        k = self.modifiers_start(head, 0) - 2
        while k >= 0 and self.u[k].fact is None and self.u[k].text in (",", "and"):
            k -= 1
        k = self.skip_time_back(k)
        fact = self.u[k].fact
        while k - 1 >= 0 and self.u[k - 1].fact == fact:
            k -= 1
        return k

    def head_before_preposition(self, figure: int) -> bool:
        """The earlier figure starting at `figure` is linked by a word of
        `ellipsis_direct_links` to a phrase whose head stands before a preposition ("expanded
        the area under new greenhouses by 18 percent"): a noun of an ellipsis after it
        ("and nurseries by 40 percent") stands for the phrase after the preposition, and the
        head ("acreage") is left unsaid."""
        r = self.rules
        link = figure - 1
        if link < 1 or not self.free_word(link) or self.u[link].lower not in r.ellipsis_direct:
            return False
        for k in range(link - 1, max(0, link - 1 - r.max_post - r.max_modifiers), -1):
            unit = self.u[k]
            if unit.fact is not None or not unit.word:
                return False
            if unit.lower in r.preps:  # before the boundary words, which hold "under"
                return (
                    self.free_word(k - 1)
                    and self.np_word(k - 1)
                    and self.u[k - 1].lower not in r.boundary
                    and self.u[k - 1].lower not in r.determiners
                )
            if unit.lower in r.boundary:
                return False
        return False

    def measure_before_link(self, figure: int) -> bool:
        """The earlier figure starting at `figure` is linked by a word of
        `ellipsis_direct_links` to a measure noun right before it that gave no subject ("we
        increased cheese production by 5 percent and butter by 2 percent"): that noun is left
        unsaid after the ellipsis, so a noun there names a product, not the measure (issue
        16q)."""
        link = figure - 1
        return (
            link >= 1
            and self.free_word(link)
            and self.u[link].lower in self.rules.ellipsis_direct
            and self.is_measure(link - 1)
        )

    def head_elided(self, head: int) -> bool:
        """In an ellipsis ("grain exports rose by 27 percent, barley by 15 percent"), the noun
        at `head` is no measure noun while the first subject of the sentence is a measure noun
        with words around it ("grain exports", "the production of locomotives"): the measure
        noun is left unsaid ("pork [exports]"), so the noun alone names a product, not what the
        figure measures."""
        if self.is_measure(head) or self.is_denominator(
            " ".join(u.lower for u in self.u[max(0, head - 3) : head + 1])
        ):
            return False  # "imports by 3 percent", "gross regional product by 2 percent"
        earlier = [
            v[1] for k, v in sorted(self.known.items()) if k < self.me and v[0] and v[1] is not None
        ]
        if not earlier:
            # "expanded the area under new greenhouses by 18 percent, and nurseries by 40
            # percent": no subject before, but its head stood before a preposition (seed 2038)
            figure = self.figure_before_ellipsis(head)
            return figure is not None and (
                self.head_before_preposition(figure) or self.measure_before_link(figure)
            )
        first = next((k for k, u in enumerate(self.u) if u.start == earlier[0][0]), None)
        last = next((k for k, u in enumerate(self.u) if u.end == earlier[0][1]), None)
        if first is None or last is None or last == first:
            return False
        return any(self.is_measure(k) for k in range(first, last + 1))

    def proper_name(self, i: int) -> bool:
        """A capitalised word that is no English word of the lemmatiser's dictionary, nor a
        measure or modifier of the rules: a company's, body's or country's name ("Gazprom by 5
        percent"), which says who, not what is measured."""
        unit = self.u[i]
        return (
            unit.text[:1].isupper()
            and not unit.text.isupper()  # an acronym may be a product ("LNG by 20 percent")
            and _base(unit) not in self.rules.measure
            and _base(unit) not in self.rules.modifiers
            and not _common_word(self.ruleset, unit.text)
        )

    def open_head(self, i: int) -> bool:
        """A plain noun that may head an open noun phrase: no verb, name, time or vague word."""
        r = self.rules
        if not self.np_word(i):
            return False
        low = self.u[i].lower
        return not (
            _possessive(self.u[i])
            or low in r.boundary
            or low in r.non_modifiers
            or low in r.skip
            or low in r.wrap_of
            or low in r.weak_modifiers
            or low in r.vague
            or self.adverb(i)
            or (_inflected(low) and low not in r.measure)
        )

    def open_before(self, start: int, end: int, which: bool = False) -> str | None:
        """Any plain noun phrase ending the words before a verb link ("coal loading increased
        by", "tourist flows grew by", "small businesses account for"): its head is the last
        word before its first preposition; the words before the head must all be noun-phrase
        words, opened by the start of the clause."""
        r = self.rules
        first = start
        while first <= end and self.u[first].lower in r.determiners:
            first += 1
        head = first
        while head < end and self.u[head + 1].lower not in r.preps:
            head += 1
        outer = first
        if head + 2 <= end and self.u[head].lower in r.wrap_of and self.u[head + 1].lower == "of":
            # "the amount of such transfers increased": the inner phrase
            first = head + 2
            while first <= end and self.u[first].lower in r.determiners:
                first += 1
            head = first
            while head < end and self.u[head + 1].lower not in r.preps:
                head += 1
        if head > end or not all(
            self.np_word(k) or (k == first and self.u[k].lower.endswith("ed"))  # "imported"
            for k in range(first, head)
        ):
            return None
        low = self.u[head].lower
        if (
            not self.free_word(head)
            or low in ("and", "or")  # ", and increased by": no phrase at all
            or _possessive(self.u[head])
            or low in r.boundary
            or low in r.non_modifiers
            or low in r.skip
            or low in r.wrap_of
            or low in r.weak_modifiers
            or self.adverb(head)
            or (_inflected(low) and low not in r.measure)  # "bringing the total up to"
            or (
                all(self.u[k].text[:1].isupper() for k in range(first, head + 1))
                # "Tourism dropped by 19%": a capital that only starts the sentence; "the
                # National Welfare Fund grew by": a name whose head is a common noun
                and not (first == head == 0 and _common_word(self.ruleset, self.u[head].text))
                and not (head > first and _common_word(self.ruleset, self.u[head].text))
            )
        ):
            return None  # a verb, a time word, or a name ("Gazprom grew by"): not a measure
        if head - first > r.max_modifiers:
            return None
        inside = outer - 1 >= 0 and self.u[outer - 1].lower in r.preps and not which
        if not self.np_opens(outer - 1) or inside:
            return None  # the phrase is inside another: "investment in tourist flows"
        b = outer - 1
        while b >= 0 and self.u[b].lower in r.determiners:
            if self.u[b].lower in r.anaphoric:
                return None  # "this sector grew by": which sector?
            b -= 1
        if (
            b >= 0
            and b < outer - 1
            and self.u[b].word
            and self.u[b].fact is None
            and self.u[b].lower not in r.clause_openers
            and self.u[b].lower not in r.skip
        ):
            return None  # "the cost of implementing this measure": inside a longer phrase
        return self.head_phrase(head, end, lower_bound=first, which=which)

    def head_phrase(
        self, head: int, end: int, lower_bound: int, direct: bool = False, which: bool = False
    ):
        """The phrase of `head` ending at `end` (its modifiers before, its postmodifiers up to
        `end`), or None when the words around it say it is not the subject. `direct`: the head
        is linked right to the figure ("a bank with a capital of $2 billion"); `which`: the
        phrase stands before ", which" (one noun phrase, no coordination)."""
        r = self.rules
        m = self.modifiers_start(head, lower_bound)
        if (
            self.np_word(m - 1)
            and m - 2 >= 0
            and (
                self.np_word(m - 2)
                or self.is_modifier(m - 2)
                or self.u[m - 2].lower in ("and", "or")
            )
        ):
            return None  # "gold and foreign currency reserves" would lose its first words
        if (
            m - 2 >= 0
            and self.u[m - 1].lower in ("and", "or")
            and self.np_word(m - 2)
            and not self.is_measure(m - 2)
        ):
            return None  # "gold and currency reserves": the modifiers are coordinated
        if self.change_noun(head) and self.vague(m, head):
            return None  # "the increase in wages": the subject is "wages"; "a wage increase"
        prev = m - 1
        while prev >= 0 and self.free_word(prev) and self.u[prev].lower in r.determiners:
            prev -= 1
        if prev >= 0 and self.u[prev].fact is None:
            low = self.u[prev].lower
            owner = prev - 1
            wrappers = r.wrap_of | r.wrap_in
            if low == "of" and self.is_measure(owner) and _base(self.u[owner]) not in wrappers:
                # "the share of its foreign sales": the outer phrase
                return self.head_phrase(owner, end, lower_bound=0, direct=direct, which=which)
            if which and not (
                self.u[prev].text in (",", ";", ":", "(", "–", "—")
                or low in r.preps
                or low in r.boundary
            ):
                return None  # "we support trade, which ...": a verb's object, or worse
            if low in ("and", "or") and not which and self.is_measure(owner):
                # "old-age pensions and disability pensions"
                return self.head_phrase(owner, end, lower_bound=0, direct=direct)
            if low in r.preps and not (direct and low in r.direct_after):
                # "the volume of trade", "an increase in wages": the inner phrase
                wrapped = r.wrap_of | r.wrap_in if low == "of" else r.wrap_in if low == "in" else ()
                if not (owner >= 0 and self.free_word(owner) and _base(self.u[owner]) in wrapped):
                    return None
        post = list(range(head + 1, end + 1))
        if post:
            first = self.u[post[0]].lower
            if first in ("and", "or"):
                if which or not any(self.is_measure(k) for k in post[1:]):
                    return None
            elif post == [end] and self.measure_compound(end):
                pass  # "the industrial production index": the measure's own index
            elif first not in r.preps:
                return None
            for k in post:
                low = self.u[k].lower
                # a verb or adverb: the phrase is a clause ("Czech Republic" is a name)
                if self.verb_like(k) or self.adverb(k):
                    return None
            if len(post) > r.max_post:
                # too long to keep whole, and not cut: a cut before its second preposition
                # drops what restricts or completes the phrase ("investment into all sections
                # [of the complex]"); no noun inside it is the subject either ("budget" of "tax
                # revenue at all levels of the budget")
                self.refused_long = True
                return None
        if self.vague(m, head) and end == head:
            return None
        return self.text(m, end)

    # -- after the figure -------------------------------------------------------------------

    def np_after(self, i: int, open_np: bool = False) -> str | None:
        """[determiner] [modifiers] measure-noun at i, ending at a boundary."""
        r = self.rules
        while i < len(self.u) and self.free_word(i) and self.u[i].lower in r.determiners:
            i += 1
        j = i
        while j < len(self.u) and self.free_word(j):
            low = self.u[j].lower
            if low in r.boundary or low in r.determiners or low in r.preps or low in ("and", "or"):
                break
            if j > i and (
                self.verb_like(j)
                or (_inflected(low) and low not in r.modifiers and low not in r.measure)
            ):
                break  # "60 percent of local doctors agreed": the verb ends the phrase
            if j - i >= r.max_modifiers + 1:
                return None
            j += 1
        if j == i:
            return None
        if self.object_follows(j):
            return None  # "70 percent of people support this law": the last word is a verb
        head = j - 1
        if j < len(self.u) and self.u[j].word and self.u[j].fact is None:
            low = self.u[j].lower
            if not (
                low in r.boundary or low in r.preps or low in ("and", "or") or low.endswith("ed")
            ):
                return None  # the phrase goes on: "$5 billion in investment projects"
        if open_np:
            if j < len(self.u) and self.u[j].lower in ("and", "or") and self.free_word(j + 1):
                return None  # "30 percent of their oil and gas revenues": cut in two
            last = self.restriction_end(j, head)
            if last is None:
                return None  # "of servicemen who need housing": the whole cannot be cut there
            if any(self.verb_like(k) for k in range(i, j)):
                return None
            if self.u[head].lower.endswith(("ed", "ly", "ing")):
                return None
            if (
                self.u[head].lower in r.wrap_of
                or self.u[head].lower in r.weak_modifiers
                or self.u[i].lower in r.wrap_of
                or self.vague(i, head)
                or not all(self.np_word(k) or self.is_modifier(k) for k in range(i, head + 1))
            ):
                return None  # "30 percent of the total"
            return self.text(i, last)
        if self.free_word(j) and (
            self.u[j].lower in r.restrictive_followers or self.u[j].lower in r.contact_pronouns
        ):
            return None  # "$2 billion of spending not executed", "loans that were repaid"
        if not self.is_measure(head):
            return None
        if any(not (self.is_modifier(k) or self.np_word(k)) for k in range(i, head)):
            return None
        if _base(self.u[head]) in r.wrap_in and self.words_match(j, ("in",)):
            return self.np_after(j + 1)  # "a 5 percent increase in wages"
        if self.vague(i, head):
            return None
        if self.restricted_from(j) or self.restricted_by_phrase(j):
            return None  # "2,000 rubles in bonuses for every nurse": the phrase drops it
        return self.text(i, head)

    def restriction_end(self, j: int, head: int) -> int | None:
        """Where the whole of "N percent of X" ends when X ends at `head` and position `j`
        follows it. At `head` before punctuation, a verb or a time phrase ("in 2019", "in the
        past year"). Before a relative clause or "not" ("of servicemen who need housing"), or
        "of"/"for" ("of the market for tiles"), the whole cannot be cut: None. Before another
        prepositional phrase, it may restrict the whole ("of doctors in rural areas") or belong
        to the verb ("pay 50 percent of the profit in dividends"): the phrase is kept only when
        the figure opens its clause and a verb follows the phrase ("Today, 45 percent of cargo
        in our country is carried by rail"); otherwise None."""
        r = self.rules
        if j >= len(self.u) or not self.free_word(j):
            return head
        low = self.u[j].lower
        if low in r.restrictive_followers or low in ("of", "for") or low in r.contact_pronouns:
            return None  # "of the equipment we need": a clause without "that" restricts too
        if low in r.number_restrictions and self.number_at(j + 1):
            return None  # "of all children under 18": an age or size narrows the whole
        if low not in r.preps:
            return head
        last = head
        while j < len(self.u) and self.free_word(j) and self.u[j].lower in r.preps:
            k = j + 1
            while k < len(self.u) and self.free_word(k) and self.u[k].lower in r.determiners:
                k += 1
            first = k
            if self.time_word(k) or (
                k < len(self.u) and not self.u[k].word and self.u[k].text[:1].isalnum()
            ):
                break  # "in the past year", "in 2019", "in the first quarter"
            if self.free_word(k) and self.u[k].lower.endswith("ed") and self.np_word(k + 1):
                k += 1  # "on imported spirits"
            while k < len(self.u) and (self.np_word(k) or self.is_modifier(k)):
                k += 1
            if k == first:
                return None  # "of the total for them": no phrase to keep
            if self.time_word(k):
                if last == head:
                    break  # "in recent years": a time phrase
                return None
            if k - (head + 1) > r.max_post:
                return None
            last, j = k - 1, k
        if last == head:
            return head
        before = self.fs - 1
        while before >= 0 and self.free_word(before) and self.u[before].lower in r.skip_after:
            before -= 1  # "that only 30 percent of ..."
        opens_clause = before < 0 or (
            self.u[before].fact is None
            and (self.u[before].text in _CLAUSE_MARKS or self.u[before].lower in r.clause_openers)
        )
        if not opens_clause or j >= len(self.u):
            return None
        unit = self.u[j]
        if not unit.word:
            return last if unit.text in (",", ";", ":", "–", "—") else None
        low = unit.lower
        if unit.fact is None and (low in r.clause_verbs or self.verb_like(j) or low in r.preps):
            return last
        return None

    def number_at(self, i: int) -> bool:
        """Position i holds a number: a figure, digits or a number word ("under 18", "over
        sixty")."""
        if i >= len(self.u):
            return False
        unit = self.u[i]
        return (
            unit.fact is not None
            or (not unit.word and unit.text[:1].isdigit())
            or _number_word(self.ruleset, unit.lower)
        )

    def time_word(self, i: int) -> bool:
        """A time word of skip_before_link ("year", "past", "period"), not an auxiliary,
        preposition or determiner of that list."""
        if not self.free_word(i):
            return False
        low = self.u[i].lower
        r = self.rules
        return low in r.skip and not (
            low in r.boundary or low in r.preps or low in r.determiners or self.adverb(i)
        )

    def adjacent(self) -> str | None:
        """A measure noun right after the figure: "a 15 percent stake", "a $5 billion loan"."""
        i = self.fe
        if i >= len(self.u) or not self.free_word(i) or self.u[i].lower in self.rules.preps:
            return None
        if _base(self.u[i]) in self.rules.wrap_in and self.words_match(i + 1, ("in",)):
            return self.np_after(i + 2)
        if self.u[i].lower in self.rules.completed_heads:
            return self.completed(i)
        return self.np_after(i)

    def completed(self, head: int) -> str | None:
        """A head of `completed_heads` right after the figure with the phrase that says what it
        is of: "a 90-percent share of Russian medicines", "a 12 percent stake in the holding"
        (`completing_prepositions`). The phrase must be a plain noun phrase that ends the clause
        (punctuation, a small word or a verb after it); otherwise, or without it, no subject."""
        r = self.rules
        j = head + 1
        if j >= len(self.u) or not self.free_word(j) or self.u[j].lower not in r.completing_preps:
            return None
        k = j + 1
        while k < len(self.u) and self.free_word(k) and self.u[k].lower in r.determiners:
            k += 1
        first = k
        while k < len(self.u) and (self.np_word(k) or self.is_modifier(k)):
            k += 1
        if k == first or k - first > r.max_modifiers + 1 or self.time_word(k - 1):
            return None
        if k < len(self.u):
            nxt = self.u[k]
            if nxt.fact is not None:
                return None
            if nxt.word and not (
                nxt.lower in r.boundary or nxt.lower in r.clause_verbs or self.verb_like(k)
            ):
                return None  # "a 10 percent stake in the bank in Cyprus": more than one phrase
        if _possessive(self.u[k - 1]):
            return None
        return self.text(head, k - 1)

    def after(self) -> str | None:
        r = self.rules
        i = self.fe
        if i >= len(self.u):
            return None
        for phrase in r.links_after:
            if self.words_match(i, phrase) and all(
                self.u[i + k].fact is None for k in range(len(phrase))
            ):
                open_np = phrase == ("of",) and self.fact_type in r.open_of_types
                # "20 percent of GDP": GDP is the whole the figure is a part of
                self.part_of = phrase == ("of",) and self.fact_type == "percentage"
                whole = self.np_after(i + len(phrase), open_np=open_np)
                if whole and self.part_of and self.is_denominator(whole):
                    return None  # "It is 3 percent of GDP": what is, the text does not say here
                return whole
        return None

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

    def restricted_after_figure(self) -> bool:
        """The figure is followed by a phrase that narrows what it measures, which a subject
        before the figure would drop: "among"/"for" and a noun phrase ("a return rate of 70
        percent for young teachers"; `restricting_after_figure`), or "in" and a noun phrase
        whose head names a part of a whole ("traffic grew 20 percent in the freight segment";
        `part_nouns`). Time phrases ("for the year", "in the first quarter") narrow nothing."""
        return self.restricted_from(self.fe)

    def restricted_from(self, j: int) -> bool:
        """A narrowing phrase (see `restricted_after_figure`) starts at position j."""
        r = self.rules
        if j >= len(self.u) or not self.free_word(j):
            return False
        low = self.u[j].lower
        if low not in r.restricting_after and low != "in":
            return False
        if (
            self.free_word(j + 1)
            and self.u[j + 1].lower in r.distributive
            and j + 2 < len(self.u)
            and self.np_word(j + 2)
            and not self.time_word(j + 2)
        ):
            return True  # "$15 billion in each country": the amount of every one of them
        if low in r.restricting_after and self.group_follows(j + 1):
            return True  # "for those who move": a group of people
        k = j + 1
        while k < len(self.u) and self.free_word(k) and self.u[k].lower in r.determiners:
            k += 1
        first = k
        if k < len(self.u) and _is_place(self.ruleset, self.u[k].text):
            return False  # "imports fell 20 percent from the EU": the scope's job
        if (
            low in r.purpose_preps
            and self.free_word(k)
            and _inflected(self.u[k].lower)
            and not self.time_word(k)
        ):
            return True  # "2 trillion rubles for upgrading old plants": a purpose
        if self.free_word(k) and _inflected(self.u[k].lower) and self.np_word(k + 1):
            k += 1  # "in the farming sector", "for retired teachers"
        elif self.time_word(k) or not (self.np_word(k) or self.is_modifier(k)):
            return False  # "for the year", "in 2019", "for the first time", "for us"
        while k < len(self.u) and (self.np_word(k) or self.is_modifier(k)):
            k += 1
        if self.time_word(k):
            return False  # "for the entire period"
        if self.u[k - 1].lower in r.place_nouns and low in r.restricting_after:
            return False  # "into the region": a place, the scope's job
        if any(self.u[w].lower in r.manner_heads for w in range(first, k)):
            return False  # "on average", "on an annual basis": manner, not a restriction
        if low == "in":
            return self.u[k - 1].lower in r.part_nouns and k > first
        return True

    def restricted_by_phrase(self, j: int) -> bool:
        """After a measure noun read after the figure ("$2 billion in loans", "a 10 percent
        cut"), a phrase of `restricting_after_head` and a noun phrase at j says whom or where
        the amount is for ("in subsidies to defence firms", "cuts at central offices"): the
        noun alone drops it. A place ("aid to Syria": the scope's job), a time phrase or a
        phrase of time or manner (`restriction_manner_heads`: "to date", "at a faster pace")
        narrows nothing."""
        r = self.rules
        if (
            j >= len(self.u)
            or not self.free_word(j)
            or self.u[j].lower not in r.restricting_after_head
        ):
            return False
        k = j + 1
        while k < len(self.u) and self.free_word(k) and self.u[k].lower in r.determiners:
            k += 1
        if (
            k < len(self.u)
            and self.u[k].fact is not None
            and self.u[j].lower in r.restricting_figure_preps
        ):
            return True  # "soft loans with 1 percent interest": which loans
        if k >= len(self.u) or not self.free_word(k) or self.time_word(k):
            return False
        if self.u[k].lower in r.time_heads or _is_place(self.ruleset, self.u[k].text):
            return False
        if not (self.np_word(k) or self.is_modifier(k)):
            return False
        last = k
        while last < len(self.u) and last - k <= r.max_modifiers and self.np_word(last):
            if self.u[last].lower in r.manner_heads:
                return False  # "to date", "at a faster pace", "at full speed"
            last += 1
        return True

    def object_follows(self, j: int) -> bool:
        """A determiner of `object_determiners` right after a noun phrase ("of people support
        this law") opens an object: the phrase's last word is a verb, and the phrase no
        subject. Not before a time phrase ("of GDP this year", "the previous year"): a time
        word within `object_time_window` words after the determiner."""
        r = self.rules
        if j >= len(self.u) or not self.free_word(j) or self.u[j].lower not in r.object_determiners:
            return False
        window = range(j + 1, min(j + 1 + r.object_time_window, len(self.u)))
        return not any(self.time_word(k) for k in window)

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

    def paired_by_respectively(self) -> bool:
        """The subject joins parts with "and"/"or" and a word of `respectively_words` follows
        the figure: "car and truck sales grew by 5.2 percent and 9.1 percent,
        respectively" pairs each figure with one part, so the joined subject is too much."""
        first, last = self.span_units()
        if first is None or last is None:
            return False
        joined = any(self.u[k].lower in ("and", "or") for k in range(first, last + 1))
        return joined and any(
            self.free_word(k) and self.u[k].lower in self.rules.respectively
            for k in range(self.fe, len(self.u))
        )

    def _verb_word(self, i: int) -> bool:
        """A lower-case word that can be a verb before an object: not a small word, time word,
        modifier or number."""
        if not self.free_word(i) or not self.u[i].text[:1].islower():
            return False
        low = self.u[i].lower
        return not (self._small_word(low) or self.is_modifier(i) or _number_word(self.ruleset, low))

    def _small_word(self, low: str) -> bool:
        """A determiner, preposition, boundary word, clause opener, skipped word, "and", "or" or
        "to": no owner of a measure and no verb before one."""
        r = self.rules
        return (
            low in r.determiners
            or low in r.preps
            or low in r.boundary
            or low in r.clause_openers
            or low in r.skip
            or low in ("and", "or", "to")
        )

    def group_follows(self, k: int) -> bool:
        """Position k starts "those who", "anyone that" (`restricting_pronouns` and a word of
        `restrictive_followers`): a group of people the figure is restricted to."""
        r = self.rules
        start = k
        while (
            k < len(self.u)
            and self.free_word(k)
            and (self.u[k].lower in r.determiners or self.u[k].lower in r.restricting_pronouns)
        ):
            k += 1
        return (
            k > start
            and self.u[k - 1].lower in r.restricting_pronouns
            and self.free_word(k)
            and self.u[k].lower in r.restrictive_followers
        )

    def is_denominator(self, phrase: str) -> bool:
        """Whether `phrase` ends in a denominator whole ("the country's GDP")."""
        words = tuple(phrase.lower().split())
        return any(words[-len(d) :] == d for d in self.rules.denominators)

    def inherited(self) -> tuple | None:
        """(subject, span, part_of) of the figure before, for a figure that goes on with it:
        "rose by 15 percent and reached $45 billion", "283 billion rubles in 2017, 187 billion in
        2018 and 172 billion in 2019" (only a time phrase between); never in a "respectively"
        list."""
        r = self.rules
        if any(u.lower in r.respectively for u in self.u):
            return None
        found = self.link_before()
        k = found[1] - 1 if found is not None and found[0] == "chunk" else self.fs - 1
        k = self.skip_time_back(k)
        # "increased by 30 percent to reach $16 billion": the link itself goes on
        joined = found is not None and self.u[found[1]].lower in self.rules.joining_links
        while (
            k >= 0
            and self.u[k].fact is None
            and (self.u[k].lower in r.list_joiners or self.u[k].text == ",")
        ):
            joined = True
            k -= 1
        k = self.skip_time_back(k)
        if not joined or k < 0 or self.u[k].fact is None:
            return None
        other = self.known.get(self.u[k].fact)
        if other is None or other[0] is None:
            return None
        if found is None and self.types.get(self.u[k].fact) != self.fact_type:
            return None  # a list goes on with figures of one kind
        if found is None and self.opens_own_clause():
            return None  # "income was 38 billion rubles, only 1.5 billion was spent"
        if self.place_follows():
            return None  # "growth in France was 3.2 percent and 6 percent in Japan"
        return other

    def place_follows(self) -> bool:
        """A preposition of `other_place_prepositions` and a place name follow the figure
        ("and 4 percent in the US"): the figure is another place's, so the subject of the figure
        before (which names its own place, or none) is not its subject."""
        r = self.rules
        j = self.fe
        if not (j < len(self.u) and self.free_word(j) and self.u[j].lower in r.place_prepositions):
            return False
        j += 1
        while j < len(self.u) and self.free_word(j) and self.u[j].lower in r.determiners:
            j += 1
        return (
            j < len(self.u)
            and self.u[j].fact is None
            and self.u[j].text[:1].isupper()
            and _is_place(self.ruleset, self.u[j].text)
        )

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

    def opens_own_clause(self) -> bool:
        """A verb of `clause_verbs` follows the figure (adverbs of `skip_after_link` may stand
        between): the figure is the subject of a clause of its own ("income was 38 billion
        rubles, only 1.5 billion was spent"), not the next item of a list."""
        r = self.rules
        j = self.fe
        while j < len(self.u) and self.free_word(j) and self.u[j].lower in r.skip_after:
            j += 1
        return j < len(self.u) and self.free_word(j) and self.u[j].lower in r.clause_verbs

    def skip_time_back(self, k: int) -> int:
        """The first position at or before k that is not a time word, year or adverb."""
        while (
            k >= 0
            and self.u[k].fact is None
            and (
                self.u[k].lower in self.rules.skip
                or self.adverb(k)
                or (not self.u[k].word and self.u[k].text[:1].isalnum())
            )
        ):
            k -= 1
        return k

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

    def anaphoric_opening(self) -> bool:
        """The sentence opens with an article of `anaphoric_opening_articles` ("The"), at most
        one modifier of `weak_modifiers` or `deal_modifiers` ("annual", "estimated") and a bare
        noun of `anaphoric_opening_nouns`, and that noun ends the subject ("The investment
        exceeds 21 billion rubles", "The yearly savings are likely to come to ..."): the
        measure of a project or programme named in a sentence before, which the subject does
        not name, so none is given (issue 16o). "The cost of the bridge is" names it: kept.
        Since issue 16q the article may also open a clause, after a mark of `_CLAUSE_MARKS` or
        a word of `anaphoric_clause_joiners` ("ten houses burned and the total damage came to
        ..."), and the noun may follow a wrapper of "of" ("The overall amount of losses
        came to ..."); a figure given against a whole of `denominator_wholes` ("The
        losses came to 1 percent of GDP") is an economy's measure: kept."""
        r = self.rules
        if self.span is None or len(self.u) < 2:
            return False
        first = self.span_units()[0]
        if first is None or self.given_against_a_denominator():
            return False  # "The losses came to 1 percent of GDP": an economy's measure
        for a in range(max(0, first - 5), first):
            if self.u[a].lower not in r.anaphoric_openings or not self.free_word(a):
                continue
            if a and not (
                self.u[a - 1].text in _CLAUSE_MARKS
                or (self.free_word(a - 1) and self.u[a - 1].lower in r.anaphoric_joiners)
            ):
                continue
            k = a + 1
            nouns = [k]
            if k + 1 < len(self.u) and (
                self.u[k].lower in r.weak_modifiers or self.u[k].lower in r.deal_modifiers
            ):
                nouns.append(k + 1)  # "The annual savings", "the total damage"
            for k in list(nouns):
                if (
                    r.anaphoric_joiners
                    and k + 2 < len(self.u)
                    and self.u[k].lower in r.wrap_of
                    and self.u[k + 1].lower == "of"
                ):
                    nouns.append(k + 2)  # "The overall amount of losses"
            for k in nouns:
                noun = self.u[k]
                if (
                    noun.lower in r.anaphoric_opening_nouns
                    and self.u[a].start <= self.span[0] <= noun.start
                    and self.span[1] == noun.end
                ):
                    return True
        return False

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

    def pointed_back_to(self) -> bool:
        """The word right before the subject is a determiner of `pointing_determiners` ("75
        percent of these facilities", "the sum of these guarantees", "90 percent of each
        issue", "15 percent of those taken to hospital"): the subject names a set said before,
        or one of many, whose restriction it drops; or, after "those", a clause cut on its left.
        No subject (issue 16p). So is one such word inside the subject ("the number of such
        complaints", "the revenues of these firms", "funding for these schemes from the
        budget": the key drops it with the other determiners; issue 16q)."""
        if self.span is None or not self.rules.pointing_determiners:
            return False
        first = self.span_units()[0]
        if first is None:
            return False
        pointing = self.rules.pointing_determiners
        if first and self.free_word(first - 1) and self.u[first - 1].lower in pointing:
            return True
        return any(self.u[k].lower in pointing for k in self.subject_words())

    def subject_words(self) -> list[int]:
        """The positions of the free words of the subject found."""
        if self.span is None:
            return []
        cached = self._subject_words_of
        if cached is not None and cached[0] == self.span:
            return list(cached[1])  # a copy: the caller may change its list
        found = [
            k
            for k, unit in enumerate(self.u)
            if self.span[0] <= unit.start and unit.end <= self.span[1] and self.free_word(k)
        ]
        self._subject_words_of = (self.span, tuple(found))
        return found

    def head_of_words(self, words: list[int]) -> int:
        """The head of the subject's words `words` (not empty): the last word before the first
        preposition ("investment projects" of "investment projects in the region"), or the
        first word when a preposition opens them."""
        head = words[0]
        for k in words:
            if self.u[k].lower in self.rules.preps:
                break
            head = k
        return head

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

    def restricted_by_a_fronted_phrase(self) -> bool:
        """The sentence opens with a word of `fronted_restriction_openers` ("In") and a short
        phrase up to a comma before the subject, naming no time, no place and none of
        `fronted_kept_words` ("general", "addition", "total", "May", each part of
        "January-June"): "In rail transport, passenger traffic grew by 4 percent", "In the
        strategic forces, the share of new arms is 80 percent": the phrase restricts the
        measure, which the subject drops: no subject (issue 16ae). "In 2019, trade grew", "In
        Norland, exports fell", "In general, output rose" are kept."""
        r = self.rules
        openers = r.fronted_restriction_openers
        if not openers or not self.u:
            return False
        first, _ = self.span_units()
        if first is None or not (self.free_word(0) and self.u[0].lower in openers):
            return False
        comma = next((k for k in range(1, min(first, self.fs)) if self.u[k].text == ","), None)
        if comma is None or comma < 2 or comma - 1 > r.fronted_max_words:
            return False
        for k in range(1, comma):
            unit = self.u[k]
            if not self.free_word(k) or any(ch.isdigit() for ch in unit.text):
                return False
            if self.time_word(k) or any(
                part in r.fronted_kept_words for part in unit.lower.split("-")
            ):
                return False
            if unit.text[:1].isupper() and _is_place(self.ruleset, unit.text):
                return False
        return True

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
        start = self.fs - 1
        while start >= 0 and self.u[start].text not in r.target_clause_marks:
            start -= 1
        for k in range(start + 1, self.fs):
            # only a phrase whose first word is the k-th can match at k
            for phrase in _phrases_with(r.target_modals, self.u[k].lower):
                end = k + len(phrase)
                if end > self.fs or any(
                    not self.free_word(k + i) or self.u[k + i].lower != w
                    for i, w in enumerate(phrase)
                ):
                    continue
                nxt = end
                while (
                    nxt < self.fs
                    and self.free_word(nxt)
                    and self.u[nxt].lower in r.target_modal_skip
                ):
                    nxt += 1
                if nxt < self.fs and self.u[nxt].lower in r.target_modal_not_before:
                    continue
                return True
        return False

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
        if not self.rules.deadline_prepositions:
            return False
        k = self.fs - 1
        while k >= 0 and self.u[k].text not in self.rules.deadline_clause_marks:
            if self.deadline_at(k):
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

    def ends_in_an_adverb(self) -> bool:
        """The subject's last word is an adverb of `stray_last_words` ("the fare of a bus
        ride even", read before "by one ruble"): the phrase took in a word of the clause, so it was
        cut wrong: no subject (issue 16q)."""
        words = self.subject_words()
        return bool(words) and self.u[words[-1]].lower in self.rules.stray_last_words

    def bare_part(self) -> bool:
        """The subject is one word of `bare_part_subjects` ("the sector expanded by 4 percent",
        "The industry added 3 percent"): a branch of the economy said before, whose output,
        investment or wages the figure is, neither named: no subject (issue 16q)."""
        words = self.subject_words()
        return len(words) == 1 and self.u[words[0]].lower in self.rules.bare_part_subjects

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

    def particle_alone(self) -> bool:
        """The subject opens with a verb particle of `verb_particles` ("Works were carried
        out worth 16 billion rubles" gives "out"): a piece of the verb, no noun phrase, so no
        subject (issue 16p)."""
        first = self.span_units()[0]
        return first is not None and self.u[first].lower in self.rules.verb_particles

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

    def named_in_an_ellipsis(self) -> bool:
        """The subject follows an earlier figure after a comma or "and" and every word of it is
        capitalised ("MiG beat its target by 18 percent, and Northern Rotors by 27 percent"): the
        name of a company, body or place whose measure the ellipsis leaves unsaid
        (`name_ellipsis_refused`): no subject (issue 16r)."""
        words = self.subject_words()
        if not self.rules.name_ellipsis_refused or not words or not words[0]:
            return False
        if not all(self.u[k].text[:1].isupper() for k in words):
            return False
        if any(self.u[k].text.isupper() or _base(self.u[k]) in self.rules.measure for k in words):
            return False  # "and GDP by 2 percent", "LNG by 20 percent": a measure or product
        return self.after_a_figure(words[-1])

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

    def opens_with_a_joiner(self) -> bool:
        """The subject opens with a word of `joining_openers` ("about 9 trillion rubles plus
        assets"): something added to the figure, not what it measures: no subject (issue
        16r)."""
        first = self.span_units()[0]
        return first is not None and self.u[first].lower in self.rules.joining_openers

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

    def per_each_opener(self) -> bool:
        """The figure's clause opens with a word of `distributive_determiners` and a noun that
        is no time word ("Each ruble spent brings two rubles in tax revenue"): the figure is
        per that unit, which the subject does not say: no subject
        (`distributive_openers_refused`, issue 16s). "Every year exports grow" keeps it; so
        does a subject read before the figure ("Each apprentice is paid one minimum monthly
        wage of 15,000 rubles": the wage's own amount), as only the subject after is read."""
        if not self.rules.distributive_openers_refused:
            return False
        k = self.fs - 1
        while k >= 0 and self.u[k].text not in _CLAUSE_MARKS:
            k -= 1
        opener = k + 1
        return (
            opener + 1 < self.fs
            and self.free_word(opener)
            and self.u[opener].lower in self.rules.distributive
            and not self.time_word(opener + 1)
        )

    def opens_with_an_exclusion(self) -> bool:
        """The sentence opens, before the figure, with a phrase of `exclusion_openers_refused`
        ("If we leave out seasonal jobs, unemployment is 4 percent", "Excluding fuel, exports
        grew by 9 percent"): the figure is the measure less what the phrase takes out, which
        the subject does not say: no subject (issue 16t). The same phrase later in the
        sentence, after the figure, is not read."""
        return any(
            len(phrase) <= self.fs and self.words_match(0, phrase)
            for phrase in _phrases_with(self.rules.exclusion_openers, self.u[0].lower)
        )

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

    def pointed_to_a_place_after(self) -> bool:
        """A word of `place_pointers_after_figure` stands right after the figure ("the birth
        rate has risen by 37 percent there", "equipment worth 2 million rubles there"): the
        figure is of a place named only before, which the subject does not say: no subject
        (issue 16t). "Here" is not listed: the speaker's own country or region, as the readers
        judged "7 percent of people here"."""
        k = self.fe
        return (
            k < len(self.u)
            and self.free_word(k)
            and self.u[k].lower in self.rules.place_pointers_after_figure
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

    def find(self, sent: Span) -> str | None:
        """The subject, or None; after a subject is found, `span` holds its character offsets
        and `part_of` says whether it is the whole the figure is a part of."""
        self._sentence_text = span_text(sent)
        self._sentence_start = sent.start_char
        self.span: tuple[int, int] | None = None
        self.part_of = False
        if (
            self.part_without_its_whole()
            or self.degree_follows()
            or self.ratio_of_a_pronoun()
            or self.restated_as_a_ratio()
            or self.share_of_a_getter()
            or self.item_of_a_share_list()
            or self.share_without_a_whole()
        ):
            self.span = None
            return None
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
            ):
                self.span = None
                self.part_of = False
                return None
            return found
        carried = self.inherited()
        if carried is not None:
            found, self.span, self.part_of = carried
            if found and self.whole_of_an_unnamed_part():
                self.span, self.part_of = None, False
                return None
        return found


def _per_unit_dropped(rules: SubjectRules, subject: str, per: str | None) -> bool:
    """The amount is given per a unit of `per_restricting_units` ("the average pension will
    reach 20,000 rubles per month", "benefits of 8,700 rubles a month", "investment of 20,000
    rubles per capita") that the subject does not name (neither the unit nor a word of
    `per_unit_words`: "monthly"): the subject would drop what the amount is per, so it is
    refused. "A year" is not listed: it is the period of a yearly amount. An amount per a unit
    of price (`per_price_units`: "per barrel", "per tonne") is refused when its subject has no
    word of `per_price_words` and does not name the unit: "an oil price of $40 per barrel" is a
    price by itself, "our premium at $11 per barrel" drops what it is per (issue 16k)."""
    if per and per.lower() in rules.per_price_units:
        # "Analysts put our discount at $9 per barrel": a price per its unit names the
        # price; any other amount per a unit of price drops the unit (seed 2038)
        words = set(subject.lower().replace("-", " ").split())
        return not words & rules.per_price_words and per.lower() not in words
    if not per or per.lower() not in rules.per_restricting:
        return False
    unit = per.lower()
    named = dict(rules.per_unit_words).get(unit, ())
    words = set(subject.lower().replace("-", " ").split())
    return unit not in words and not any(w in words for w in named)


def _beyond_a_share(rules: SubjectRules, fact: dict) -> bool:
    """A percentage read as a part of the whole after it ("N percent of X") but above
    `share_max_percent` ("stocks were restored at 140 percent of the yearly draw", "the harvest
    came to 110 percent of the target") or counted in percentage points: no part is that much of
    its whole, so the figure is a ratio of something the sentence names before it, which the
    whole alone does not name: no subject (issue 16q). "Over 100 percent" is above it too
    (`share_beyond_qualifiers`, issue 16u)."""
    if rules.share_max_percent is None or fact.get("type") != "percentage":
        return False
    if fact.get("unit") not in (None, "percent"):
        return True
    top = max(v for v in (fact.get("value"), fact.get("high"), 0) if v is not None)
    if top == rules.share_max_percent and fact.get("qualifier") in rules.share_beyond_qualifiers:
        return True  # "over 100 percent of their targets" (issue 16u)
    return top > rules.share_max_percent


def _a_ceiling(rules: SubjectRules, text: str) -> bool:
    """The figure is a ceiling: its text opens with a phrase of `ceiling_openers_refused` ("up
    to 40 percent of seed potatoes", "should not exceed 30 percent of", "trim up to 30 percent
    off capital spending"): a limit, a target or the top of a range, not the level the subject
    names: no subject (issue 16x). "A maximum of 5 percent" (a peak) is kept."""
    text = text.lower()
    return any(text.startswith(p) for p in rules.ceiling_openers_refused)


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


# ---------------------------------------------------------------------------------------------
# An organisation head's own figures (issue 16o)
# ---------------------------------------------------------------------------------------------


def _has_phrase(lower_words: list[str], phrases: tuple) -> bool:
    return any(
        tuple(lower_words[k : k + len(p)]) == p
        for p in phrases
        for k in range(len(lower_words) - len(p) + 1)
    )


def _names_a_place(ruleset: Rules, rules: SubjectRules, text: str) -> bool:
    """`text` (what follows "President of" in a label) names a country or a region: a word of
    `organisation_head_polity_words` ("the Republic of ..."), or a place of the gazetteer that
    is no modifier of a name after it ("Kazakhstan", "the Republic of Turkey"; not "Russian
    Railways", "China Media Group")."""
    ws = name_words(text)
    if any(w.lower() in rules.head_polity_words for w, _, _ in ws):
        return True
    for place in find_places(ruleset, text):
        after = [w for w, start, _ in ws if start >= place.end]
        if not after or not after[0][:1].isupper():
            return True
    return False


def organisation_head(ruleset: Rules, label: str) -> bool:
    """Whether a participant's label (the person's name left out) names the head of a company or
    another organisation: a cue of `organisation_head_cues` ("CEO", "General Director",
    "Chairman of the Management Board"), or "President of X" where X names no place
    ("President of Transneft", not "President of Kazakhstan"), or "X President" where X is a
    capitalised name that is no place and no word of `organisation_head_title_words`
    ("Northwind President", not "Vice President"); never when the label has a word of
    `organisation_head_vetoes` (a minister, a governor, a federal agency): their figures are the
    state's or a region's, which the scope reads."""
    rules = subject_rules(ruleset)
    ws = name_words(label)
    lower = [w.lower() for w, _, _ in ws]
    if _has_phrase(lower, rules.head_vetoes):
        return False
    if _has_phrase(lower, rules.head_cues):
        return True
    for k, low in enumerate(lower):
        if low != "president":
            continue
        if k + 1 < len(lower) and lower[k + 1] == "of":
            rest = label[ws[k + 1][2] :]
            for stop in (" and ", ",", "(", " – ", " — "):
                rest = rest.split(stop, 1)[0]
            if rest.strip() and not _names_a_place(ruleset, rules, rest):
                return True
        elif k > 0:
            before = ws[k - 1][0]
            if (
                before[:1].isupper()
                and before.lower() not in rules.head_title_words
                and not find_places(ruleset, before)
            ):
                return True
    return False


def _speaker_label(labels: list[str], title: str | None, speaker: str) -> str:
    """The label of `speaker` with the name left out: the longest participant label that holds
    the name; when it holds nothing else, the words before the name in the document's title,
    from the last "with", "and" or comma before it ("Meeting with Northwind CEO Ivan Lakin")."""
    found = max((lab for lab in labels if speaker in lab), key=len, default="")
    label = found.replace(speaker, " ")
    if name_words(label) or not title or speaker not in title:
        return label
    before = title.split(speaker, 1)[0]
    for stop in (" with ", " and ", ",", ":", ";"):
        before = before.rsplit(stop, 1)[-1]
    return before


def own_measure(rules: SubjectRules, subject: str) -> bool:
    """Whether `subject` is a measure an organisation has of its own (its head, the last word
    before a preposition of `postmodifier_prepositions`, is one of `organisation_own_measures`:
    "net profit", "average wage in the company", "loan portfolio") naming no owner: no
    capitalised word (a name: "Northwind's revenue", "investment in Siberia") but a term of
    `organisation_measure_terms` ("EBITDA margin") and no word of `organisation_national_words`
    ("the country's investment", "budget revenue"). After a word of
    `organisation_count_heads` or a wrapper of "of" ("the number of sales offices", "the volume
    of loans") the head of the "of" phrase counts (issue 16q)."""
    ws = subject.split()
    if not ws or any(w[:1].isupper() and w.lower() not in rules.own_measure_terms for w in ws):
        return False
    bare = [w.lower().removesuffix("'s").removesuffix("’s").rstrip("'’") for w in ws]
    if any(w in rules.national_words for w in bare):
        return False
    head = []
    rest = bare
    while rest:
        head = []
        for w in rest:
            if w in rules.preps:
                break
            head.append(w)
        rest = rest[len(head) :]
        # "the number of sales offices": a count or a wrapper of what its "of" phrase names
        counting = rules.wrap_of | rules.own_count_heads
        if not (head and head[-1] in counting and rest[:1] == ["of"]):
            break
        rest = rest[1:]
    return bool(head) and head[-1] in rules.own_measures


def _kept_in_a_heads_turn(ruleset: Rules, rules: SubjectRules, subject: str) -> bool:
    """Whether a subject said in an organisation head's turn names whose figure it is, so that
    `organisation_turn_refused` keeps it (issue 16v): a possessive name that is no place
    ("Northwind's revenue"; not "investments in Murmansk Region"), the home country ("rural
    areas in Russia", "the Russian market"), a word of `organisation_national_words` ("the
    country's exports", "household gas consumption"), or a head of
    `organisation_turn_kept_heads`, a market's price ("oil prices fell by 7 percent")."""
    home = gazetteer(ruleset).home
    places = find_places(ruleset, subject)
    if any(p.code == home for p in places):
        return True
    in_places = [(p.start, p.end) for p in places]
    for found in re.finditer(r"\S+", subject):
        word, start = found.group(), found.start()
        bare = word.lower().removesuffix("'s").removesuffix("’s").rstrip("'’")
        if bare in rules.national_words:
            return True
        if (
            word[:1].isupper()
            and word.endswith(("'s", "’s"))
            and not any(a <= start < b for a, b in in_places)
        ):
            return True  # "Northwind's revenue": the owner named
    head = ""
    for w in subject.lower().split():
        if w in rules.preps:
            break
        head = w
    return head in rules.organisation_turn_kept_heads


def _key_of_a_level(rules: SubjectRules, label: str, fact: dict, part_of: bool) -> str | None:
    """`fact`'s key, refused (None) or read as a rate (issue 16ad): a key of
    `bare_keys_refused` ("growth rate": of what?) is refused; a percentage whose key ends in a
    word of `measureless_percentage_heads` ("the consolidated budget grew by 12 percent": its
    revenue or its spending?) is refused; a percentage level (no change) whose key ends in a
    word of `rate_level_heads` is its rate ("an income tax of 13 percent": "income tax rate").
    A whole ("12 percent of the consolidated budget", `part_of`) is left alone."""
    key = fact["subject_key"]
    if part_of:
        return key
    if key in rules.bare_keys_refused:
        return None
    if label != "percentage":
        return key
    last = key.split()[-1]
    if last in rules.measureless_percentage_heads:
        return None
    if last in rules.rate_level_heads and not fact.get("change"):
        return f"{key} rate"
    return key


def _unnamed_deal_rate(rules: SubjectRules, key: str) -> bool:
    """Whether `key` is a rate of `deal_rate_keys` ("interest rate", "mortgage rate", "tax
    rate") with no word before it but those of `deal_rate_modifiers` ("average", "minimum",
    "today"): the rate of one loan, programme or tax, which the key does not name, so two such
    figures need not be one series (issue 16v). "Key rate", "mortgage rate for large families"
    or "interest rate on student loans" name theirs and are kept."""
    for phrase in rules.deal_rate_keys:
        if key == phrase or key.endswith(" " + phrase):
            before = key[: len(key) - len(phrase)].split()
            return all(w in rules.deal_rate_modifiers for w in before)
    return False


class _Heads:
    """Which fact offsets fall in the turn of an organisation head (`organisation_head`)."""

    def __init__(self, ruleset: Rules, turns: list, labels: list[str], title: str | None):
        self.ruleset, self.turns, self.labels, self.title = ruleset, turns, labels, title
        self.starts = [t[0] for t in turns]
        self.known: dict[str, bool] = {}
        self.abroad: dict[str, str | None] = {}
        self.regions: dict[str, str | None] = {}

    def _speaker_at(self, offset: int) -> str | None:
        """The speaker whose turn holds `offset`; None in narration, outside any turn."""
        i = bisect.bisect_right(self.starts, offset) - 1
        if i < 0 or not self.turns[i][0] <= offset < self.turns[i][1]:
            return None
        return self.turns[i][2]

    def at(self, offset: int) -> bool:
        speaker = self._speaker_at(offset)
        if speaker is None:
            return False  # narrative, outside any turn
        if speaker not in self.known:
            label = _speaker_label(self.labels, self.title, speaker)
            self.known[speaker] = organisation_head(self.ruleset, label)
        return self.known[speaker]

    def foreign_country(self, offset: int) -> str | None:
        """The one foreign country (not the home country) that the label of the speaker whose
        turn holds `offset` names ("President of Armenia", "Prime Minister of the Republic of
        Tajikistan"), or None (issue 16v)."""
        speaker = self._speaker_at(offset)
        if speaker is None:
            return None
        if speaker not in self.abroad:
            label = _speaker_label(self.labels, self.title, speaker)
            home = gazetteer(self.ruleset).home
            places = find_places(self.ruleset, label)
            codes = {p.code for p in places if p.kind == "country"} - {home}
            self.abroad[speaker] = next(iter(codes)) if len(codes) == 1 else None
        return self.abroad[speaker]

    def home_region(self, offset: int) -> str | None:
        """The one home-country region whose head gives the figure at `offset` (issue 16af): the
        region the speaker's label names with a word of `region_head_cues` ("Governor of the
        Tomsk Region"), or, outside any turn, the region of a title about such a head ("Meeting
        with Tomsk Region Governor Ivan Lakin"); None when it names none, two, or a foreign
        country."""
        speaker = self._speaker_at(offset)
        if speaker is not None:
            label = _speaker_label(self.labels, self.title, speaker)
        elif not self.turns or offset < self.turns[0][0] or offset >= self.turns[-1][1]:
            label = self.title or ""  # narration: the page's title
        else:
            return None  # between turns
        if label not in self.regions:
            self.regions[label] = head_region(self.ruleset, label)
        return self.regions[label]


class SubjectAnnotator(RuleComponent):
    """Sets `subject` and its canonical `subject_key` on money, percentage, country_count and
    quantity facts."""

    rule_files = ("subjects", "measures", "numbers", "scopes")

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
                finder = _Finder(
                    units, index, span.label_, rules, self.rules, known, types, previous, year
                )
                fact = facts[index]
                fact["subject"] = finder.find(sent)
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
