"""Rule data (JSON files under models/rules) as objects a component owns.

Rules are data, code is mechanism: a new currency or qualifier is a line in a rule file. A `Rules`
holds the rule files one component reads, parsed and checked once (a problem names the file and
the key at fault; a key no code reads is an error), plus what code compiles from them (regexes,
tables), memoised on that `Rules` object and nowhere else. Two pipelines built from different rule
files therefore live side by side in one process.

A component passes its `Rules` to the scanning functions as their first argument (`ruleset`);
they read rule data with `ruleset.get(name)` and what is compiled from it through functions
decorated with `@compiled_from_rules`. Nothing else holds rules: there is no rule set "in force".
Callers outside the spaCy pipeline (unit tests, the `series` command) pass `installed_rules()`,
the installed rule files read once per process. Ingestion is no part of the spaCy pipeline: it
reads the installed files (`installed_rule_data`) even when a component calls it (the context
component looks up full names with `ingest.speakers`).
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Mapping
from functools import wraps
from importlib import resources
from pathlib import Path
from typing import Any

from pipeline.nlp.rule_shapes import (
    LEAVES,
    is_comment,
    missing_sub_key,
    shape_fault,
    sub_key_fault,
    word_list_fault,
)

RULE_FILES = (
    "numbers",
    "currencies",
    "qualifiers",
    "percentages",
    "countries",
    "temporal",
    "events",
    "subjects",
    "measures",
    "scopes",
    "country_roles",
    "units",
    "event_gazetteer",
    "event_keys",
    "speakers",
    "language",
    "series",  # its hypothetical cues: a figure's outlook (subject component, round out60)
    "sentences",  # abbreviations no sentence starts after (speechfacts_abbreviation_joins)
)

# Every key code reads, per rule file: a key outside these (a typo, a rule nobody implements) is an
# error when the file is loaded rather than a rule silently ignored. tests/nlp/test_rules.py checks
# that each key listed here is read somewhere in the package.
KNOWN_KEYS: dict[str, frozenset[str]] = {
    "numbers": frozenset(
        {
            "small",
            "hundred",
            "scales",
            "fractions",
            "negative",
            "decimal_comma_before",
            "shared_unit_lists",  # issue 12 round cr
            "borrowed_scale_below",  # round money51
            "descending_pair_joiners",  # round money52
        }
    ),
    "currencies": frozenset(
        {
            "carry_after_words",  # issue 12 round aq
            "bracketed_after",  # round money51
            "carry_unscaled",  # round money51
            "carry_repeated",  # round money51
            "carry_next_sentences",  # round money51
            "currencies",
            "scaled_code_prefixes",
            "money_cues",
            "context_rates",
            "context_followed_by",
            "context_not_followed_by",
            "per_words",
            "per_unit_prefixes",
            "per_units",
        }
    ),
    "qualifiers": frozenset(
        {
            "before",
            "after",
            "negated_bounds",
            "after_additions",
            "after_not_before",  # 12ax
            "particle_up_to",  # issue 12 round cm
            "before_fillers",
            # issue 12 round cr
            "after_closing",
            "after_closing_words",
            "after_closing_marks_only",
            "after_rate_words",
            "before_mark",
        }
    ),
    "percentages": frozenset(
        {
            "units",
            "units_before",
            "inner_qualifiers",  # issue 12 round pp90
            "increase_before",
            "decrease_before",
            "increase_after",
            "decrease_after",
            "level_verbs_before_to",
            "not_change_cues",
            "attributive_change",  # issue 12 round cb
            "ellipsis_by_fillers",
            "unit_ranges",  # issue 12 round ai
            "increase_before_by",  # issue 12 round aq
            "decrease_before_by",
            # issue 12 round bu
            "level_leads_after_comma",
            "from_figure_leads",
            "increase_right_before",
            "right_before_leads",
            # issue 12 round cd
            "decrease_verb_object",
            "verb_object_qualifiers",
            "bare_list_ellipsis",
            # issue 12 round ca
            "other_clause_breaks",
            "own_level_verbs",
            "own_level_adverbs",
            "own_level_pointers",
            "own_level_rate_nouns",
            "range_of_change_adjacent",
            "range_of_change_nouns",
            "range_of_change_verbs",
            "from_to_levels",  # issue 12 round da
            "level_leads_after_and",  # round fix58b
            "level_list_items",
            "level_nouns_after_break",  # round fix60
        }
    ),
    "countries": frozenset(
        {
            "nouns",
            "singular_nouns",
            "blocked_modifiers",
            "blocked_between",
            "bilateral_determiners",
            "max_words_between",
            "never_before",
            "excluded_after",
            # issue 12 round an
            "ranking_before",
            "ranking_between",
            "range_separators",
            "range_not_after",
            "reference_before",
            # issue 12 round ax
            "bilateral_after",
            # issue 12 round bv
            "first_between_only",
        }
    ),
    "temporal": frozenset(
        {
            "relative",
            "relative_seasons",  # issue 12 round ai
            "figure_base_after",  # issue 12 round cr
            "relative_year_ends",  # issue 12 round bl
            "relative_spans",  # issue 12 round cb
            "later_clause_openers",  # issue 12 round cb
            "comparison_markers",
            "clause_breaks",
            "forward_clause_breaks",
            "trailing_twelve_months",
            "relative_dates",
            "months_as_periods",
            "opening_year_scope",
            "figure_year_prepositions",
            "document_names",
            "superlatives_before_since",
            "change_base_markers",
            "aside_brackets",
            "aside_figure_units",
            "aside_currency_symbols",
            "aside_verbs",
            "list_item_separators",
            # issue 12 round an
            "founding_verbs",
            "founding_separators",
            # issue 12 round bu
            "year_range_joiners",
            "comparison_ends",
            "ellipsis_clause",
        }
    ),
    "event_gazetteer": frozenset({"anniversary_bases", "event_years", "acronyms"}),
    # round ident54: an event's identity across documents (pipeline/nlp/event_keys.py)
    "event_keys": frozenset(
        {
            "drop_words",
            "plural_heads",
            "place_tail_prepositions",
            "place_tail_joiners",
            "kind_fillers",
            "unnaming_words",
            "yearly_bodies",
            "month_kinds",
            "half_yearly_bodies",
            "month_words",
            "yearless_kinds",
            "yearless_refused",
            "aliases",
            "summit_councils",
            "acronyms",
            # round ident55
            "spellings",
            "letter_number_names",
            "duration_words",
            "body_fillers",
            "war_years",
            "implied_words",
            # round key60
            "yearly_kinds",
            "numbered_bodies",
        }
    ),
    "units": frozenset({"prefilter", "units", "words", "per", "not_after"}),
    "events": frozenset(
        {
            "heads",
            "lowercase_heads_need_name",
            "capitalised_only_heads",
            "connectors",
            "tail_prepositions",
            "lowercase_modifiers_max",
            "lowercase_modifier_stopwords",
            "name_stopwords",
            "anniversary_words",
            # issue 12aa (recall)
            "possessive_counted_anniversaries_named",
            "anniversary_year_counts",
            "lowercase_heads_after_name",
            "lowercase_heads_after_name_min_words",
            "title_after_lowercase_head",
            "not_events",
            "acronym_with_year",
            "own_event_title_cues_against",
            "own_event_attendance_titles",
            "own_event_other_name_before_head",
            "own_event_heading_cues",
            "possessive_determiners",
            "count_words",
            "standalone_heads",
            "ordinal_only_heads",
            "lowercase_heads_with_named_tail",
            "head_tail_prepositions",
            "head_tail_bodies",
            "proper_tail_heads",
            "proper_tail_followers",
            "proper_tail_lists",
            "time_words_before_possessive",
            "proper_tail_indefinite_determiners",
            "proper_tail_title_words",
            "tail_regions",
            "place_tail_preposition",
            "name_dashes",
            "name_unspaced_dashes",  # issue 12 round dash63 ("Lakeland–Pineland summit")
            "organisation_words",
            "anniversary_numbers",
            "ordinal_words",
            "tens_words",
            "anniversary_tail_words_max",
            "anniversary_tail_stops",
            "anniversary_tail_time_prepositions",
            "anniversary_tail_period_words",
            "anniversary_tail_trailing",
            "doc_date_cues",
            "undated_kinds_by_cues",
            "future_cues",
            "past_cues",
            "place_tail_kinds",
            "place_naming_modifiers",
            "one_off_kinds",
            "one_off_year_window",
            "one_off_key_aliases",
            "one_off_key_drop",
            "hosted_editions",  # issue 12 round ev80 ("the World Cup", hosted)
            "anniversary_doc_date_cues",
            "event_clause_breaks",
            "reported_speech_verbs",
            "pronoun_that_followers",
            "anniversary_addressee_words",
            "narrative_doc_date_cues",
            "doc_day_cues",
            "present_day_cues",
            "narrative_opening_cues",
            "narrative_opening_determiners",
            "election_victory_cues",
            "outcome_congratulation_cues",
            "recent_event_cues",
            "outcome_cues",
            "announcement_cues",
            "anniversary_opening_cues",
            "anniversary_opening_determiners",
            "shared_date_links",
            "shared_date_link_window",
            "event_list_joiners",
            "event_list_determiners",
            "other_event_place_words",
            "numbered_event_kinds",
            "numbered_event_number_words",
            "numbered_event_max_numeral",
            "postponement_cues",
            "popular_vote_heads",
            "popular_vote_noun_words",
            "popular_vote_topic_words",
            "anniversary_past_cues",
            "date_deadline_words",
            "multi_year_date_verbs",
            "deadline_date_relatives",
            "demonstrative_event_cues",
            "multi_year_agent_max_words",
            "multi_year_range_links",
            "anniversary_date_from_marking_event",
            "month_part_phrases",
            "announcement_programme_cues",
            "same_head_coreference",
            "narrative_after_event_openings",
            "anniversary_congratulation_cues",
            "anniversary_coincidence_cues",
            "shared_date_joiners",
            "congratulation_opening_day_cues",
            "subject_under_way_day_cues",
            "anniversary_founding_day",
            "upcoming_event_year",
            "anniversary_years_ago_today",
            "anniversary_marked_next_sentence",
            "anniversary_list_links",  # issue 12 round dv ("X, and also the 10th anniversary")
            "anniversary_written_base_year",  # issue 12 round dv ("Lakeland ... from 1731")
            "marking_event_verbs",
            "date_span_start_words",
            "just_over_cues",
            "narrative_visit_cues",
            "narrative_venue_cues",
            "other_document_date_cues",
            "event_day_cues",
            "present_perfect_month_cues",
            "greetings_opening_titles",
            "participation_titles",
            "greetings_titles",
            "anniversary_greeting_title_day",  # issue 12 round ch
            "anniversary_celebration_title_day",  # issue 12 round cq
            "upcoming_event_words",
            "announcement_titles",
            "own_meeting_links",
            "month_adjective_nouns",
            "other_noun_relatives",
            "anniversary_future_year_window",
            "later_day_verbs",
            "later_day_openers",
            "later_day_subjects",
            "later_day_antecedent_subjects",  # issue 12 round eb
            "later_day_window_chars",
            "later_day_span_ends",
            "later_day_refines_year",
            "later_mention_refines_year",
            "name_year_cue_window_chars",
            "multi_year_heads",
            "multi_year_clause_dates",  # round war60
            "never_own_event_kinds",
            "doc_event_refused_heads",  # doc60
            "place_nouns_after_head",
            "remembered_event_cues",
            "name_year_determiners",
            "back_reference_kinds",
            "greeting_cues",
            "greeting_addressee_words",
            "greeting_participants_day",  # issue 12 round ag
            "anniversary_greeted_event_day",  # issue 12 round ai
            "weekday_day_cues",  # issue 12 round ai
            "inside_war_span_years",  # issue 12 round ak
            "fixed_day_anniversaries",  # issue 12 round ak
            "election_after_cues",  # issue 12 round am
            "anniversary_attended_event_day",  # issue 12 round am
            "marking_anniversary_cues",
            "month_leads",
            "past_month_leads",  # issue 12 round ce
            "past_participle_day_leads",  # issue 12 round ev91
            "concluded_event_cues",
            "office_titles_before",
            # issue 12u
            "evaluative_modifier_words",
            "season_ahead_words",
            "comparison_date_leads",
            "upcoming_event_lead_phrases",
            "tail_completing_nouns",
            "other_noun_date_relatives",
            # issue 12w
            "polite_present_phrases",
            "greeting_message_day_cues",
            "upcoming_event_trailing_phrases",
            "arrival_for_event_day_cues",
            "part_of_event_day_cues",
            "name_year_list_joiners",
            "place_head_coreference",
            "place_head_aliases",  # issue 12 round dp ("the Pinetown summit" named again)
            "brand_after_head",
            # issue 12x
            "anniversary_tail_clause_prepositions",
            "event_part_day_cues",
            "preceding_event_phrases",
            "greeting_message_progressive_cues",
            "recent_past_trailing_phrases",
            "upcoming_event_not_before_doc_year",
            "undated_event_classes",
            "upcoming_event_clause_cues",
            "recent_past_lead_phrases",
            # issue 12z
            "greeting_message_gathered_cues",
            "anniversary_base_day_shift",
            "own_founding_date_cues",
            "anniversary_celebration_ahead_cues",
            "event_occasion_day_cues",
            "greeted_list_joiners",
            "subject_under_way_tail_connectors",
            "page_place_head_day",
            # issue 12y
            "title_after_generic_head",
            "title_before_head",
            "kind_word_closing_name",
            "place_tail_venue_words",
            "adjective_places_refused",
            "untailed_place_kinds",
            "leaders_meeting_kind",
            "group_meeting_kind",  # issue 12 round eo ("the L20 meeting")
            "sport_contest_kind",  # issue 12 round eo ("the Lake Chess Olympiad")
            "vote_topic_capital_not_addressee",
            "tail_domain_lists",
            "own_heading_other_year",
            "anniversary_tail_possessed_nouns",
            "anniversary_tail_possessive_start",
            "possessive_anniversary_back_reference",
            "anniversary_subject_coreference",
            "anniversary_subject_shared_words",  # issue 12 round dd (event precision)
            "described_anniversaries",  # issue 12 round ef (event precision)
            "name_bracketed_insertions",
            "anniversary_event_nouns",
            "session_of_body_heads",
            "own_event_title_names_kind",
            "named_days",
            "prefixed_named_days",  # issue 12 round cx
            "named_day_doc_day",  # issue 12 round cx
            "named_day_greeted_on",  # issue 12 round df
            "gathering_councils",
            "uncounted_anniversary_event_nouns",
            # issue 12 round ad
            "undated_class_more_before",
            "reduced_under_way_day_cues",
            "completed_proper_tails",
            "summit_of_who_meets",
            # issue 12af
            "hyphen_prefixed_heads",
            "title_after_lowercase_head_as_subject",
            "anniversary_year_count_appositions",
            "lowercase_heads_after_name_more",
            "typed_elections",
            "wars_inside_anniversaries",
            "abbreviated_wars",
            "interstate_council_meetings",
            "named_meetings",
            "owner_named_anniversaries",
            "name_numbers",
            # issue 12 round aj (event recall and names)
            "marked_anniversaries_not_own",
            "acronym_aliases",
            "counted_multilateral_gatherings",
            # issue 12 round al (event recall and names)
            "day_of_month_before_names",
            # issue 12 round ap (event recall)
            "place_named_heads",
            "heads_inside_names",
            # issue 12 round as (event precision)
            "context_refusals",
            # issue 12 round ct (event names)
            "anniversary_tail_manner_links",
            # issue 12 round at (event dates)
            "date_ranges_at",
            # issue 12 round ba (event dates)
            "anniversary_range_start_cues",
            "narrative_opening_doc_day",
            "anniversary_opening_doc_day",
            # issue 12 round bb (event dates on short pages)
            "same_day_report_openers",
            "anniversary_event_held_day",
            # issue 12 round bf (event dates of the page's day)
            "done_on_doc_day_cues",
            # issue 12 round cv (an event on the page's day named by a demonstrative)
            "demonstrative_doc_day_cues",
            # issue 12 round be (a meeting named by a body's initials, a head by its topic)
            "acronym_meetings",
            "format_named_meetings",
            "topic_named_heads",
            "ordinal_gatherings",  # issue 12 round bi
            "themed_years",  # issue 12 round cw ("the Year of the Lake Environment")
            "named_operations",  # issue 12 round dr ("Operation Pine Shield")
            "plain_war_names",  # issue 12 round eg ("the defence of Pinegrad")
            "named_exercises",  # issue 12 round eh ("the Lakeshield-2031 exercise")
            # issue 12 round bh (gatherings named by titles)
            "gathering_titles",
            # issue 12 round bk (contests named after the name)
            "named_contests",
            # issue 12 round ay (event precision, names)
            "anniversary_tail_open_objects",
            "anniversary_tail_after_year_stops",
            "anniversary_tail_after_proper_stops",  # issue 12 round ce
            "anniversary_tail_pair_prepositions",
            "anniversary_tail_pair_complete",
            "anniversary_tail_pair_extra_words",
            # issue 12 round bg (event years to come)
            "upcoming_event_frame_cues",
            "upcoming_event_list_joiners",
            "life_span_brackets",  # issue 12 round bj (a person's life years date no event)
            "other_occurrence_name_years",  # issue 12 round bj (another year's occurrence)
            "another_occurrence_openers",  # issue 12 round cs ("the last Lake summit")
            "multi_year_range_brackets",  # issue 12 round cz ("the Lake War /1700-1721/")
            "recent_name_cue_over_future_cues",  # issue 12 round cz
            "announcement_refines_clause_year",  # issue 12 round cz
            "year_part_phrases",  # issue 12 round cz ("at the end of the year")
            "title_time_words",  # issue 12 round dx73 ("a photo exhibition “Pine Today”")
            "demonstrative_under_way_day_cues",  # issue 12 round cz
            "countdown_event_cues",  # issue 12 round cz ("five months to go before")
            "title_after_lowercase_head_dashes",  # issue 12 round db ("forum Lake–Pine: ...")
            "name_before_lowercase_descriptors",  # issue 12 round db ("the Lake ... forum")
            "bracketed_initials_before_head",  # issue 12 round bo ("Lake Union (LU) summit")
            "council_only_heads",  # issue 12 round bo ("the meetings of the Supreme Council")
            "own_title_bodies",  # issue 12 round bo ("Visit to the Lake Cup Fan Centre")
            "national_day_greeting_day",  # issue 12 round bp (independence greetings)
            "sport_named_heads",  # issue 12 round bq ("the world wrestling cup")
            "place_named_capital_heads",  # issue 12 round dc ("the Games in Pinetown")
            "competition_draws",  # issue 12 round dc ("the final draw for the Lake Cup")
            "anniversary_tail_proper_run",  # issue 12 round dk ("... from the Pine" + "Union")
            "personal_anniversary_words",  # issue 12 round di ("his 80th birthday")
            "group_summit_initials",  # issue 12 round di ("at the L20 in Pineland")
            "previous_sentence_year_frames",  # issue 12 round dn ("This year ... The Pine Cup")
            "greeted_title_events",  # issue 12 round do ("Greetings to ... of Pine Cup 2031")
            "leaders_named_meetings",  # issue 12 round bq ("a meeting of PCU leaders")
            "lowercase_ordinal_names",  # issue 12 round br ("the eighth inter-regional forum")
            "ordinal_frequency_words",  # issue 12 round br ("the 19th annual summit")
            "joined_heads",  # issue 12 round cg ("the Lake Forum and Exhibition Pine")
            "bracketed_glosses",  # issue 12 round ev90 ("the Pine Week (PW) Energy Forum")
            "shared_head_lists",  # issue 12 round ek ("the Lake and Pine summits")
            "lowercase_only_heads",  # issue 12 round ck ("the Lake Legion march")
            "camel_case_name_words",  # issue 12 round ck ("the LakeSkills contest")
            "own_happening_event_day",  # issue 12 round bt ("The meeting took place at the X")
            "year_anaphora",  # issue 12 round bt ("was held that same year")
            "edition_counts",  # issue 12 round bx ("the 10th ..." after "the 11th ...")
            "anniversary_year_of_leads",  # issue 12 round bt ("in the year of the anniversary")
            "anniversary_year_frames",  # issue 12 round dj ("a year that marks the anniversary")
            "anniversary_unsupported_month_cues",  # issue 12 round dm ("preparations to mark")
            "sentence_start_not_name_words",  # issue 12 round bw ("Honest elections are ...")
            "election_type_names",  # issue 12 round bz ("parliamentary" for "State Duma")
            "upcoming_event_soon_cues",  # issue 12 round by ("the forum, due to open soon")
            "bare_popular_votes",  # issue 12 round cc ("the nationwide vote ended")
            "games_without_head",  # issue 12 round ev57 ("the Olympic Games", "the Olympics")
            "event_owned_anniversaries",  # issue 12 round ev70 ("the contest marks its 30th")
            "preparation_talk_dates",  # issue 12 round cl ("yesterday ... preparations for the X")
            "prepared_event_cues",  # issue 12 round dq ("as part of preparations for the X")
            "anniversary_marking_act_year",  # issue 12 round cl ("built in 1990 to mark the X")
            "anniversary_month_subject",  # issue 12 round cl ("July marks the 25th anniversary")
            "prefixed_people_heads",  # issue 12 round co ("the inter-Lakelandish summit")
        }
    ),
    "subjects": frozenset(
        {
            "measure_nouns",
            "wrappers",
            "vague_heads",
            "weak_modifiers",
            "links_before",
            "direct_links_before",
            "direct_after_prepositions",
            "verb_qualifiers",
            "skip_before_link",
            "skip_after_link",
            "comparatives",
            "links_after",
            "open_of_after_types",
            "denominator_wholes",
            "determiners",
            "postmodifier_prepositions",
            "modifiers",
            "modifier_suffixes",
            "non_modifiers",
            "boundary_words",
            "max_words",
            "max_modifiers",
            "max_postmodifier_words",
            "copula_links",
            "open_before_link_types",
            "open_direct_links",
            "phrase_direct_links",
            "list_joiners",
            "joining_link_words",
            "participle_link_words",
            "participle_clause_max_tail_words",
            "time_possessive_nouns",
            "restated_rounding_words",
            "anaphoric_determiners",
            "clause_openers",
            "parentheticals",
            "ellipsis_direct_links",
            "share_links",
            "pronoun_parts",
            "restrictive_followers",
            "clause_verbs",
            "restricting_after_figure",
            "part_nouns",
            "unfinished_phrase_words",
            "part_whole_direct_links",
            "comparison_wholes",
            "completed_heads",
            "completing_prepositions",
            "restricting_pronouns",
            "individual_articles",
            "individual_heads",
            "bare_modifiers",
            "deal_prepositions",
            "deal_heads",
            "restriction_time_heads",
            "restriction_manner_heads",
            "restricting_after_head",
            "object_determiners",
            "object_time_window",
            "degree_words",
            "anaphoric_subject_pronouns",
            "anaphora_max_tail_words",
            "anaphoric_subject_phrases",
            "plural_anaphoric_subject_pronouns",
            "antecedent_verbs",
            "antecedent_max_tail_words",
            "deal_heads_after_figure",
            "purpose_prepositions",
            "place_nouns",
            "restricting_figure_prepositions",
            "rate_deal_prepositions",
            "rate_deal_words",
            "owner_skip_words",
            "non_owner_words",
            "owner_articles",
            "verb_particles",
            "respectively_words",
            "counted_group_nouns",
            "counted_group_determiners",
            "degree_phrase_prepositions",
            "per_restricting_units",
            "per_unit_words",
            "distributive_determiners",
            "deal_articles",
            "deal_modifiers",
            "deal_links",
            "compound_wrappers",
            "contact_clause_pronouns",
            "ratio_needs_base",
            "other_place_prepositions",
            "share_aside_max_words",
            "left_cut_refused",
            "ratio_pronouns",
            "ratio_links",
            "ratio_link_fillers",
            "restatement_openers",
            "pointing_determiners",
            "evaluative_modifiers",
            "one_off_heads",
            "counted_items_refused",
            "share_max_percent",
            "ratio_number_parts",
            "organisation_measure_terms",
            "organisation_count_heads",
            "containing_verbs",
            "owner_pronouns",
            "anaphoric_clause_joiners",
            "restating_dashes",
            "summing_modifiers",
            "stray_last_words",
            "duration_suffixes",
            "bare_part_subjects",
            "per_price_units",
            "per_price_words",
            "number_restrictions",
            "group_wholes",
            "recipient_verbs",
            "composition_heads",
            "composition_openers",
            "generic_single_word_refused",
            "generic_complement_prepositions",
            "participle_restriction_prepositions",
            "ly_nouns",
            "generic_after_figure_types",
            "anaphoric_opening_articles",
            "anaphoric_opening_nouns",
            "organisation_head_cues",
            "organisation_head_vetoes",
            "organisation_head_title_words",
            "organisation_head_polity_words",
            "organisation_own_measures",
            "organisation_own_measure_types",
            "organisation_national_words",
            "owner_needing_heads",
            "bare_amount_modifiers",
            "definite_whole_kept",
            "definite_whole_articles",
            "name_ellipsis_refused",
            "joining_openers",
            "participle_wholes_refused",
            "free_participles",
            "holding_heads",
            "share_getting_verbs",
            "vague_wholes",
            "possessive_joiners",
            "share_list_refused",
            "economy_effect_verbs",
            "economy_effect_agents",
            "distributive_openers_refused",
            "deal_heads_named_by_place",
            "exclusion_openers_refused",
            "unnamed_unit_heads",
            "unnamed_unit_prepositions",
            "place_pointers_after_figure",
            "share_without_whole_refused",
            "agent_prepositions",
            "subject_pronouns_before",
            "unnamed_unit_possessives",
            "adverb_inside_links",
            "share_beyond_qualifiers",
            "recovery_verbs",
            "macro_links_before",
            "macro_link_keys",
            "macro_level_nouns",
            "macro_level_max_words",
            "evaluative_inside_links",
            "macro_colon_marks",
            "share_pronoun_parts_kept",
            "verbless_wholes_refused",
            "verbless_whole_followers",
            "ceiling_openers_refused",
            "organisation_agents",
            "mark_links_before",
            "mark_nouns",
            "mark_of_nouns",
            "mark_of_modifiers",
            "target_modals",
            "target_modal_not_before",
            "target_clause_marks",
            "target_modal_skip_words",
            "unowned_heads",
            "unowned_head_fillers",
            "threshold_relatives",
            "allocation_verbs",
            "allocation_max_words",
            "effect_agents",
            "effect_agent_pointers",
            "count_level_heads",
            "count_level_links",
            "deadline_prepositions",
            "deadline_fillers",
            "deadline_clause_marks",
            "wholes_refused",
            "whole_owner_verbs",
            "whole_owner_pronouns",
            "value_links",
            "listener_possessives",
            "all_wholes_refused",
            "deal_rate_keys",
            "deal_rate_modifiers",
            "organisation_turn_refused",
            "organisation_turn_kept_heads",
            "rate_level_heads",
            "measureless_percentage_heads",
            "bare_keys_refused",
            "aim_gerunds",
            "aim_gerund_auxiliaries",
            "aim_figure_prepositions",
            "fronted_restriction_openers",
            "fronted_kept_words",
            "fronted_max_words",
            "share_part_verbs",
            "item_amount_heads",
            "fund_heads_refused",
            "forecast_modals",
            "forecast_link_words",
            "forecast_kept_words",
            "outlook_forecast_words",  # round out60: a figure's outlook (forecast)
            "outlook_target_words_after",  # round out60: a figure's outlook (target)
            "outlook_clause_joiners",  # round out60: where the clause after a figure stops
            "outlook_starting_words",  # round out60: "from 15 to 23 percent": no outlook
            "outlook_starting_skip",  # round out60
            "outlook_turn_subjects",  # review61: "I will say that": no forecast
            "outlook_cues_refused",  # round out62: the outlook's own narrowing of the cues
            "outlook_verbs_refused",
            "outlook_modal_skip_words",
            "outlook_to_refused",
            "outlook_as_words",
            "outlook_as_skip",
            "unnamed_part_heads",
            "unnamed_part_prepositions",
            "unnamed_unit_determiners",
            "macro_level_articles",
            "other_figure_own_link_ends",
            "reference_comparatives",
            "reference_nouns",
            "reference_skip",
            "reference_max_words",
            "unnamed_unit_plurals",
            "organisation_moved_amounts",
            "organisation_pointing_words",
            "whole_only_share_heads",
            "whole_only_share_prepositions",
            "sold_goods_verbs",
            "sold_goods_agents",
            "sold_goods_agent_skip",
            "sold_goods_passive_auxiliaries",
            "which_clause_max_words",
            "total_link_fillers",
            "part_share_max_words",
            "part_share_min_whole_words",
            "part_share_openers",
            "part_share_before_link",
            "part_share_refused",
            "part_share_vague_words",
        }
    ),
    "measures": frozenset(
        {
            "drop_words",
            "dangling",
            "keep",
            "share_prefix",
            "synonyms",
            "flow_heads",
            "flow_owner_prepositions",
            "outward_flow_heads",
            "home_origin_word",
            "home_origin_kept_heads",
            "drop_words_kept_before",
            "period_words",
            "period_prepositions",
            "synonyms_needing_dropped_word",
            "series_measures",
            "needs_scope",
            "restatement_cues",
        }
    ),
    "scopes": frozenset(
        {
            "home_country",
            "other_partner_prepositions",
            "partner_determiners",
            "other_region_in_sentence",
            "gapped_conjunct_joiners",
            "gapped_links",
            "region_anaphors",
            "region_head_cues",
            "region_national_words",
            "region_owner_words",
            "subdivision_kinds",
            "subdivision_extra_names",
            "region_after_figure_prepositions",
            "fronted_region_prepositions",
            "extra_names",
            "ignored_names",
            "regions",
            "counterpart_cues",
            "our_relational",
            "prepositions_after",
            "counterpart_keys",
            "local_title_cues",
            "outward_heads",
            "unscoped_single_keys_refused",
            "unscoped_single_keys_kept",
            "foreign_speaker_unscoped_refused",
            "foreign_speaker_owned_other_scope_refused",
            "unscoped_single_key_modifiers",
            "scoped_single_keys_refused",
            "unscoped_refusal_types",
        }
    ),
    "speakers": frozenset(
        {
            "connectives",
            "particles",
            "title_words",
            "regnal_titles",
            "not_labels",
            "continuing_labels",
            "no_speaker_labels",
            "answer_labels",
            "role_labels",
            "roles",
            "remarks",
            "label_stop_words",
            "attribution_verbs",
        }
    ),
    "country_roles": frozenset(
        {
            "roles",
            "member_modifiers",
            "member_after",
            "whole_verbs",
            "after_auxiliaries",
            "after_cues",
            "preposition_cues",
            "cue_max_gap",
            "gap_stop_words",
            "before_figure_skip",
            "people_nouns",
            "people_phrases",
            "people_prepositions",
            "participation_words",
            "self_sufficient_people",
        }
    ),
    "sentences": frozenset({"before_numbers", "before_lowercase", "marks_before_lowercase"}),
    "language": frozenset(
        {
            "function_words",
            "min_letters",
            "min_words",
            "min_latin_share",
            "min_function_word_share",
            "scripts",
        }
    ),
}


class RuleError(ValueError):
    """A rule file is missing, not valid JSON, lacks a required key or has an unknown one."""


def rules_dir():
    """The rule files of the code that runs: in a source tree (a checkout, an editable install,
    or a copy put first on PYTHONPATH), its own models/rules; else the installed package
    `pipeline.rules` (mapped from models/rules by the build)."""
    # The source tree first: an editable install maps `pipeline.rules` to the tree it was
    # installed from, so another checkout shadowing the package would read that tree's rules.
    root = Path(__file__).resolve().parents[2]
    source = root / "models" / "rules"
    if (root / "pyproject.toml").is_file() and (source / "__init__.py").is_file():
        return source
    return resources.files("pipeline.rules")


def _parse(name: str, text: str, where: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RuleError(
            f"rule file {name}.json ({where}) is not valid JSON: line {exc.lineno}: {exc.msg}"
        ) from exc
    if not isinstance(data, dict):
        raise RuleError(f"rule file {name}.json ({where}) must hold a JSON object")
    known = KNOWN_KEYS.get(name)
    if known is not None:
        unknown = sorted(k for k in data if not is_comment(k) and k not in known)
        if unknown:
            raise RuleError(
                f"rule file {name}.json ({where}) has unknown key(s): {', '.join(unknown)}; "
                f"known: {', '.join(sorted(known))}"
            )
    # the values below the keys and the single values (rule_shapes.NESTED_SHAPES, SCALAR_SHAPES):
    # a wrong one fails here, at load, not at the first document reaching its reader (shape70)
    fault = shape_fault(name, data)
    if fault is not None:
        path, said, given = fault
        raise RuleError(
            f"rule file {name}.json ({where}): '{path}' must be {said}, not {_shown(given)}"
        )
    _check_word_lists_and_sub_keys(name, data, where)
    return data


def _check_word_lists_and_sub_keys(name: str, data: dict[str, Any], where: str) -> None:
    """A RuleError for a key of rule file `name` registered nowhere (a word list: "words" by
    default) whose value is not a list of strings, or for a sub-key no reader knows inside an
    object read by name (a typo such as `min_leters`, silently ignored before), naming the key
    path, the sub-keys known there and the closest one; or for an object lacking a sub-key its
    reader indexes directly (`rule_shapes.REQUIRED_SUB_KEYS`) (round shape71)."""
    fault = word_list_fault(name, data)
    if fault is not None:
        key, said, given = fault
        raise RuleError(
            f"rule file {name}.json ({where}): '{key}' must be {said}, not {_shown(given)}"
        )
    unknown = sub_key_fault(name, data)
    if unknown is not None:
        path, key, known = unknown
        close = difflib.get_close_matches(key, known, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        raise RuleError(
            f"rule file {name}.json ({where}): '{path}' has an unknown key '{key}'{hint}; "
            f"known: {', '.join(known)}"
        )
    missing = missing_sub_key(name, data)
    if missing is not None:
        path, key = missing
        raise RuleError(
            f"rule file {name}.json ({where}): '{path}' lacks the key '{key}', which its "
            "reader needs"
        )


def _shown(value: Any) -> str:
    """`value` as JSON, cut short for an error message."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


class Rules:
    """The rule files one component reads: their text (what is saved with the pipeline), their
    parsed data, and what code compiled from them (memoised here, per object)."""

    def __init__(self, texts: Mapping[str, str], where: str = "given"):
        self.texts: dict[str, str] = dict(sorted(texts.items()))
        self._data = {name: _parse(name, text, where) for name, text in self.texts.items()}
        self._compiled: dict[Any, Any] = {}
        digest = hashlib.sha1()
        for name, text in self.texts.items():
            digest.update(f"{name}\0{text}\0".encode())
        self.fingerprint = digest.hexdigest()[:16]

    def __reduce__(self):
        # pickled as its texts alone: what is compiled from them is keyed by the undecorated
        # functions of `compiled_from_rules`, which pickle cannot name, and is made again
        return (Rules, (self.texts, "a pickle"))

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self.texts)

    @classmethod
    def from_dir(cls, directory: Any, names: Iterable[str]) -> Rules:
        """The files `names` (without `.json`) read from `directory`."""
        texts = {}
        for name in names:
            try:
                texts[name] = (directory / f"{name}.json").read_text(encoding="utf-8")
            except FileNotFoundError as exc:
                raise RuleError(f"rule file {name}.json is missing from {directory}") from exc
        return cls(texts, where=str(directory))

    @classmethod
    def installed(cls, names: Iterable[str] = RULE_FILES) -> Rules:
        """The installed rule files `names`. A new object: what is compiled from it is its own."""
        return cls.from_dir(rules_dir(), names)

    def to_bytes(self) -> bytes:
        import srsly  # here: ingestion reads rule data without spaCy's libraries

        return srsly.msgpack_dumps(self.texts)

    @classmethod
    def from_bytes(cls, data: bytes) -> Rules:
        import srsly

        return cls(srsly.msgpack_loads(data), where="bytes")

    def to_disk(self, directory: Path) -> None:
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        for name, text in self.texts.items():
            (directory / f"{name}.json").write_text(text, encoding="utf-8")

    def get(self, name: str, required: tuple[str, ...] = ()) -> dict[str, Any]:
        """The data of rule file `name`, checking that `required` keys exist."""
        data = self._data.get(name)
        if data is None:
            raise RuleError(
                f"rule file {name}.json is not among the rules in force ({', '.join(self.names)})"
            )
        missing = [key for key in required if key not in data]
        if missing:
            raise RuleError(f"rule file {name}.json lacks the key(s): {', '.join(missing)}")
        return data

    def edited(self, name: str, drop: Iterable[str] = (), **changes: Any) -> Rules:
        """A new rule set: these rules with rule file `name`'s keys `drop` removed and the keys
        of `changes` set (the other files as they are), e.g. to see what a rule adds:
        `rules.edited("events", drop=["recent_event_cues"])`. Checked as any rule set is."""
        self.get(name)  # a RuleError naming the files in force, for a file not among them
        data = json.loads(self.texts[name])
        for key in drop:
            data.pop(key, None)
        data.update(changes)
        return Rules({**self.texts, name: json.dumps(data)})

    def compiled(self, func: Callable, args: tuple = ()) -> Any:
        """`func(self, *args)` computed once for these rules."""
        key = (func, args) if args else func
        value = self._compiled.get(key, _MISSING)
        if value is _MISSING:
            value = self._compiled[key] = func(self, *args)
        return value


_MISSING = object()
_installed: list[Rules] = []  # the installed files, read on first use; replaced only by
# `read_installed_rules_again` (a script that rewrites a rule file, then builds from it)


def installed_rules() -> Rules:
    """The installed rule files, read once per process: the rules of every component built
    without rules of its own, and what ingestion reads."""
    if not _installed:
        _installed.append(Rules.installed())
    return _installed[0]


def read_installed_rules_again() -> Rules:
    """The installed rule files read again from disk, for what is built from now on: for a
    script that has just rewritten one (`scripts/build_model.py --archive` mines the event
    gazetteer, then saves the pipeline). What was built from the earlier read keeps it."""
    _installed.clear()
    return installed_rules()


def installed_rule_data(name: str, required: tuple[str, ...] = ()) -> dict[str, Any]:
    """The data of installed rule file `name`: for code outside the spaCy pipeline (ingestion),
    which the rules of a component must not change, even when a component calls it."""
    return installed_rules().get(name, required)


def compiled_from_rules(func: Callable) -> Callable:
    """Memoise `func(ruleset, *args)` (tables, regexes built from rule data) on `ruleset`, so that
    each `Rules` object compiles its own and none is shared across rule sets."""

    @wraps(func)
    def wrapper(ruleset: Rules, *args):
        try:  # the key `compiled` stores under: the function alone when called without args
            return ruleset._compiled[(func, args) if args else func]
        except KeyError:
            return ruleset.compiled(func, args)

    return wrapper


def check_shapes(name: str, data: dict[str, Any], shapes: Mapping[str, str]) -> None:
    """A RuleError for the first key of rule file `name` whose value is not of its shape
    (a name of `rule_shapes.LEAVES`: "words", "table", "lists", "tables", "count", "flag", ...);
    absent keys are not checked. Without it a list given as a string was read letter by letter,
    a number raised TypeError at the first document (round review55). A key whose value nests
    (an object, a list of other than strings) or one number, flag or string is registered in
    `rule_shapes.NESTED_SHAPES` or `SCALAR_SHAPES` instead, checked as every rule file loads
    (round shape70)."""
    for key, shape in shapes.items():
        if key in data:
            check, said = LEAVES[shape]
            if not check(data[key]):
                raise RuleError(f"rule file {name}.json: '{key}' must be {said}")


def normalise_phrase(text: str, *, lower: bool = True) -> str:
    """A matched phrase as its rule-file key: white space folded (the inverse of the flexible
    white space that `phrase_alternation` allows), lowercased unless told otherwise."""
    folded = " ".join(text.split())
    return folded.lower() if lower else folded


# a pattern that matches nothing: what a scanner compiles from a rule list left empty
NEVER_MATCHES = re.compile(r"(?!x)x")


def rule_words(rule: dict, key: str) -> list[str]:
    """The non-blank strings of a rule's list `key` (an absent key is an empty list)."""
    return [w for w in rule.get(key, []) if w.strip()]


def phrase_alternation(phrases, *, escape: bool = True) -> str:
    """A regex alternation of phrases, longest first, with flexible white space inside phrases."""
    import re

    items = sorted({p for p in phrases if p}, key=lambda p: (-len(p), p))
    parts = []
    for phrase in items:
        text = re.escape(phrase) if escape else phrase
        # re.escape turns a space into "\ "; any run of white space may stand for it
        parts.append(text.replace("\\ ", r"\s+"))
    return "(?:" + "|".join(parts) + ")"


def whole_words_pattern(phrases) -> re.Pattern:
    """Any of `phrases` as whole words, case ignored; a pattern that never matches when there
    are none (a rule file may leave a list out)."""
    if not phrases:
        return NEVER_MATCHES
    return re.compile(rf"\b(?:{phrase_alternation(phrases)})\b", re.IGNORECASE)
