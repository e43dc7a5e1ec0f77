"""The subject rules (models/rules/subjects.json) compiled once per rule set into the word sets,
phrase tuples and numbers the finder reads (`SubjectRules`, `subject_rules`).
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.nlp.rules import (
    RuleError,
    Rules,
    compiled_from_rules,
    normalise_phrase,
)


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
    participle_links: frozenset  # ", reaching $5 billion": the clause's opening measure
    participle_max_tail: int
    time_possessives: frozenset  # "last year's inflation": a time, no modifier of the measure
    rounding_words: frozenset  # "nearly 11 percent – 10.8 percent": the exact figure
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
    forecast_modals: tuple = ()  # "the plant's profit will be $3 billion": a forecast (16ah)
    outlook_forecast_words: tuple = ()  # "exports are expected to reach": a forecast (out60)
    outlook_target_words_after: tuple = ()  # "$30 billion as a target": a target (out60)
    outlook_clause_joiners: frozenset = frozenset()  # "grew by 5 percent and will": (out60)
    outlook_starting_words: frozenset = frozenset()  # "from 15 to 23 percent": now (out60)
    outlook_starting_skip: frozenset = frozenset()  # "from the current 21 percent" (out60)
    outlook_turn_subjects: frozenset = frozenset()  # "I will say that": no forecast (review61)
    outlook_cues_refused: frozenset = frozenset()  # "can handle a price of $40" (out62)
    outlook_verbs_refused: frozenset = frozenset()  # "we should check the wages" (out62)
    outlook_modal_skip: frozenset = frozenset()  # "will have to check": read over (out62)
    outlook_to_refused: frozenset = frozenset()  # "is to the left by 30 percent" (out62)
    outlook_as_words: frozenset = frozenset()  # "as we want it", "as expected" (out62)
    outlook_as_skip: frozenset = frozenset()  # "as we" (out62)
    forecast_link_words: frozenset = frozenset()  # "be", "amount to" between it and figure
    forecast_kept_keys: frozenset = frozenset()  # measures.json's series_measures: kept
    forecast_kept_words: frozenset = frozenset()  # "the average pension will reach": kept
    unnamed_part_heads: frozenset = frozenset()  # "the average wage in the sector" (16ag)
    unnamed_part_prepositions: frozenset = frozenset()  # "in", "of", "from", "for"
    unnamed_unit_determiners: frozenset = frozenset({"the"})  # "his industry" (16ag)
    other_figure_own_link_ends: frozenset = frozenset()  # "rose to", "the value of" (16w)
    reference_comparatives: frozenset = frozenset()  # "15 percent below the baseline" (16ai)
    reference_nouns: frozenset = frozenset()  # "baseline", "average", "plan"
    reference_skip: frozenset = frozenset()  # "in", "the", "weekly" before the reference
    reference_max_words: int = 0  # the words read after "than"/"the"
    unnamed_unit_plurals: bool = False  # "the banks' total investment" (16ai)
    organisation_moved_amounts: bool = False  # "banks approved $1 billion of loans" (16ai)
    organisation_pointing_words: frozenset = frozenset()  # "the banks approved" (16ai)
    whole_only_share_heads: frozenset = frozenset()  # "Lakeland's share in world trade" (16ai)
    whole_only_share_prepositions: frozenset = frozenset()  # "in", "on": the whole
    # issue 16aj: goods valued after a verb of selling or exporting (verb -> flow noun)
    sold_goods_verbs: dict = None  # type: ignore[assignment]
    sold_goods_agents: frozenset = frozenset()
    sold_goods_agent_skip: frozenset = frozenset()
    sold_goods_passive_auxiliaries: frozenset = frozenset()
    which_clause_max_words: int = 0  # "X, which ..., amount to": the clause read over
    total_link_fillers: tuple = ()  # "grown to a total of"
    # round sub57: "<part> accounts for N percent of <whole>" as the part's share of the whole
    part_share_max_words: int = 0
    part_share_min_whole_words: int = 3
    part_share_openers: frozenset = frozenset()
    part_share_before_link: frozenset = frozenset()
    part_share_refused: frozenset = frozenset()
    part_share_vague_words: frozenset = frozenset()


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
    # round sub57's counts and word lists (review58: a list given as a string was read letter by
    # letter, a count given as a string raised at the first document) are checked as the rules
    # load (rule_shapes.SCALAR_SHAPES and DEFAULT_SHAPE)

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
        participle_links=words("participle_link_words"),
        participle_max_tail=int(data.get("participle_clause_max_tail_words", 0)),
        time_possessives=words("time_possessive_nouns"),
        rounding_words=words("restated_rounding_words"),
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
        forecast_modals=_phrases(data.get("forecast_modals", [])),
        outlook_forecast_words=_phrases(data.get("outlook_forecast_words", [])),
        outlook_target_words_after=_phrases(data.get("outlook_target_words_after", [])),
        outlook_clause_joiners=words("outlook_clause_joiners"),
        outlook_starting_words=words("outlook_starting_words"),
        outlook_starting_skip=words("outlook_starting_skip"),
        outlook_turn_subjects=words("outlook_turn_subjects"),
        outlook_cues_refused=frozenset(
            " ".join(p) for p in _phrases(data.get("outlook_cues_refused", []))
        ),
        outlook_verbs_refused=words("outlook_verbs_refused"),
        outlook_modal_skip=words("outlook_modal_skip_words"),
        outlook_to_refused=words("outlook_to_refused"),
        outlook_as_words=words("outlook_as_words"),
        outlook_as_skip=words("outlook_as_skip"),
        forecast_link_words=words("forecast_link_words"),
        forecast_kept_words=words("forecast_kept_words"),
        forecast_kept_keys=frozenset(
            normalise_phrase(p) for p in ruleset.get("measures").get("series_measures", [])
        ),
        unnamed_part_heads=words("unnamed_part_heads"),
        unnamed_part_prepositions=words("unnamed_part_prepositions"),
        unnamed_unit_determiners=words("unnamed_unit_determiners") or frozenset({"the"}),
        other_figure_own_link_ends=words("other_figure_own_link_ends"),
        reference_comparatives=words("reference_comparatives"),
        reference_nouns=words("reference_nouns"),
        reference_skip=words("reference_skip"),
        reference_max_words=int(data.get("reference_max_words", 0)),
        unnamed_unit_plurals=bool(data.get("unnamed_unit_plurals", False)),
        organisation_moved_amounts=bool(data.get("organisation_moved_amounts", False)),
        organisation_pointing_words=words("organisation_pointing_words"),
        whole_only_share_heads=words("whole_only_share_heads"),
        whole_only_share_prepositions=words("whole_only_share_prepositions"),
        sold_goods_verbs={
            str(k).lower(): str(v).lower() for k, v in data.get("sold_goods_verbs", {}).items()
        },
        sold_goods_agents=words("sold_goods_agents"),
        sold_goods_agent_skip=words("sold_goods_agent_skip"),
        sold_goods_passive_auxiliaries=words("sold_goods_passive_auxiliaries"),
        which_clause_max_words=int(data.get("which_clause_max_words", 0)),
        total_link_fillers=_phrases(data.get("total_link_fillers", [])),
        part_share_max_words=int(data.get("part_share_max_words", 0)),
        part_share_min_whole_words=int(data.get("part_share_min_whole_words", 3)),
        part_share_openers=words("part_share_openers"),
        part_share_before_link=words("part_share_before_link"),
        # one apostrophe: a unit's "company’s" is looked up as "company's" (review58)
        part_share_refused=frozenset(w.replace("\u2019", "'") for w in words("part_share_refused")),
        part_share_vague_words=words("part_share_vague_words"),
    )
