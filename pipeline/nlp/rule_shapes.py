"""The shapes of the values of the rule files (models/rules/*.json) below their keys, and of
their single values, checked when a rule file is loaded (`rules.Rules`, round shape70).

`rules.KNOWN_KEYS` names the keys of each file; `NESTED_SHAPES` says what the values read below a
key hold: an object's own keys (`acronym_aliases.min_letters`), a list's items, an object of any
names; `SCALAR_SHAPES` the keys holding one number, flag or string. Without them a word where a
number was wanted, or a string where a list was wanted, raised at the first document whose text
reached the code reading it; since a component leaves a page early when nothing on it concerns
it, a broken file then failed some documents and not others. Now the file fails to load, naming
the file, the key path and what was wanted.

A shape is data:
- a name of `LEAVES` ("words", "count", ...); with "?" after it, null is allowed too;
- a dict: an object whose listed keys (each optional) hold the given shapes; its other keys are
  not checked here (a key no code reads is documentation, as a `note_` key is);
- a dict with the one key "*": an object of any names, each value of that shape (but a comment
  key: "description", ...);
- a list of one shape: a list whose every item has that shape.

The files `event_keys` and `country_roles` keep their own tables (`event_keys.SHAPES`,
`country_roles.SHAPES`), checked as their components are built (`RuleComponent.load_checks`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

# keys that document a rule file rather than configure it: never read, always allowed (at the top
# of a file, and among the names of an object of any names: language.json's `scripts`)
COMMENT_KEYS = ("description", "note", "source")


def is_comment(key: str) -> bool:
    """Whether `key` documents its rule file (`COMMENT_KEYS`, or a name opening "_" or "note_")."""
    return key in COMMENT_KEYS or key.startswith(("_", "note_"))


def is_words(value: Any) -> bool:
    """Whether `value` is a list of strings."""
    return isinstance(value, list) and all(isinstance(w, str) for w in value)


def _is_integer(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_day(value: Any) -> bool:
    """Whether `value` is a date written YYYY-MM-DD (a page's date is compared with it as a
    string, so "2020" or "2020-1-05" would shift the bound silently)."""
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


# what a value may be, by name: a check and how to say it (`rules.check_shapes` reads it too)
LEAVES: dict[str, tuple[Callable[[Any], bool], str]] = {
    "words": (is_words, "a list of strings"),
    "text": (lambda v: isinstance(v, str), "a string"),
    "count": (lambda v: _is_integer(v) and v >= 0, "a count"),
    "integer": (_is_integer, "a whole number"),
    "number": (lambda v: isinstance(v, (int, float)) and not isinstance(v, bool), "a number"),
    "flag": (lambda v: isinstance(v, bool), "true or false"),
    "table": (
        lambda v: isinstance(v, dict) and all(isinstance(x, str) for x in v.values()),
        "an object of strings",
    ),
    "lists": (
        lambda v: isinstance(v, dict) and all(is_words(x) for x in v.values()),
        "an object of lists of strings",
    ),
    "tables": (
        lambda v: (
            isinstance(v, dict)
            and all(
                isinstance(x, dict) and all(is_words(y) for y in x.values()) for x in v.values()
            )
        ),
        "an object of objects of lists of strings",
    ),
    # `one_off_year_window`: read as `before, after = ...`
    "year_window": (
        lambda v: isinstance(v, list) and len(v) == 2 and all(_is_integer(x) for x in v),
        "a list of two whole numbers",
    ),
    # `hosted_editions[].pages_from`, `pages_to`: compared with a page's date (review80)
    "iso_date": (_is_day, "a date written YYYY-MM-DD"),
}

# a class of events.json's `undated_event_classes` (event_defaults.class_from_spec)
_UNDATED_CLASS = {
    "name": "text",
    "kinds": "words",
    "not_kinds": "words",
    "narrative": "flag",
    "before": "words",
    "before_chars": "count",
    "clause": "words",
    "not_clause": "words",
    "default": "text?",
}

# word lists by the qualifier they give a figure: the names are those of the fact schema's
# `qualifier` (but "exact"), each written into facts as it is (review90)
_QUALIFIER_LISTS = {
    name: "words" for name in ("approx", "more_than", "less_than", "at_least", "at_most")
}

# rule file -> key -> the shape of its value, for every key whose value nests (an object, or a
# list of other than strings) that code reads; the sub-keys are those the readers read
NESTED_SHAPES: dict[str, dict[str, Any]] = {
    "currencies": {
        "currencies": [
            {
                "code": "text",
                "name": "text",  # a label for people ("US dollar"), not read: documents the entry
                "symbols": "words",
                "codes": "words",
                "words": "words",
                "context_words": "words",
                "subunits": {"*": "number"},
            }
        ],
        "scaled_code_prefixes": {"*": "number"},
        "bracketed_after": ["words"],
        "carry_unscaled": {"min_value": "number", "max_ratio": "number"},
        "carry_repeated": {"min_value": "number", "max_chars": "count"},
        "carry_next_sentences": {"max_sentences": "count", "not_in_sentence": "words"},
    },
    "event_gazetteer": {
        "anniversary_bases": {"*": "count"},
        "event_years": {"*": "count"},
        "acronyms": {"*": "text"},
    },
    "events": {
        "heads": {"*": "text"},
        "past_participle_day_leads": {
            "participles": "words",
            "not_after": "words",
            "place_words": "count",
        },
        "own_event_attendance_titles": {"verbs": "words", "min_words": "count"},
        "described_anniversaries": {
            "determiners": "words",
            "max_modifiers": "count",
            "owner_window_chars": "count",
            "nouns": "words",
        },
        "anniversary_subject_shared_words": {"min_shared": "count"},
        "anniversary_subject_coreference": {"action_nouns": "words", "year_count_links": "words"},
        "anniversary_year_counts": {
            "verbs": "words",
            "nouns": "words",
            "links": "words",
            "max_number": "count",
        },
        "games_without_head": {"marks": "words", "heads": "words"},
        "event_owned_anniversaries": {
            "heads": "words",
            "verbs": "words",
            "between_words": "words",
            "determiners": "words",
            "object_links": "words",
            "generic_heads": "words",
            "generic_not_kinds": "words",
        },
        "named_contests": {
            "of_the_heads": "words",
            "owner_heads": "words",
            "of_the_bodies": "words",
            "same_words": {"*": "text"},
        },
        "title_after_lowercase_head": {
            "heads": "words",
            "determiners": "words",
            "joiners": "words",
            "followers": "words",
            "max_words": "count",
            "min_capitalised": "count",
            "offices_before": "words",
        },
        "head_tail_prepositions": {"*": "words"},
        "head_tail_bodies": {"heads": "words", "prepositions": "words", "body_words": "words"},
        "anniversary_numbers": {"*": "count"},
        "ordinal_words": {"*": "count"},
        "tens_words": {"*": "count"},
        "doc_date_cues": {
            "day": "words",
            "month": "words",
            "month_if_present": "words",
            "not_present": "words",
        },
        "adjective_places_refused": {"endings": "words"},
        "leaders_meeting_kind": {"kinds": "words", "kind": "text", "words": "words"},
        "group_meeting_kind": {
            "kinds": "words",
            "kind": "text",
            "initials": "words",
            "heads": "words",
        },
        "sport_contest_kind": {
            "kinds": "words",
            "kind": "text",
            "heads": "words",
            "words": "words",
        },
        "one_off_year_window": "year_window",
        "one_off_key_aliases": {"*": "text"},
        "doc_day_cues": {"cues": "words", "narrative_cues": "words", "not_with": "words"},
        "national_day_greeting_day": {"name_words": "words"},
        "present_day_cues": {
            "cues": "words",
            "narrative_cues": "words",
            "gap_chars": "count",
            "adjacent_narrative_cues": "words",
            "adjacent_determiners": "words",
            "narrative_sequence_openers": "words",
            "speech_not_with": "words",
            "not_with": "words",
        },
        "election_victory_cues": {
            "congratulations": "words",
            "victories": "words",
            "wishes": "words",
            "owner_max_chars": "count",
            "before_name": "words",
        },
        "outcome_congratulation_cues": {
            "congratulations": "words",
            "victories": "words",
            "wishes": "words",
            "owner_max_chars": "count",
            "before_name": "words",
        },
        "recent_event_cues": {
            "before_name": "words",
            "in_clause": "words",
            "min_doc_month": "count",
        },
        "announcement_cues": {
            "openings": "words",
            "taking_part": "words",
            "paragraph_leads": "flag",
        },
        "numbered_event_number_words": {"*": "count"},
        "narrative_venue_cues": {
            "verbs": "words",
            "before_name": "words",
            "gap_chars": "count",
            "not_after_name": "words",
            "doc_day": "flag",
        },
        "greetings_opening_titles": {
            "openings": "words",
            "min_shared_words": "number",
            "not_kinds": "words",
        },
        "participation_titles": {
            "verbs": "words",
            "min_shared_words": "number",
            "not_kinds": "words",
            "openings": "words",
        },
        "anniversary_celebration_title_day": {
            "events": "words",
            "marking": "words",
            "min_shared_words": "number",
        },
        "anniversary_greeting_title_day": {
            "openings": "words",
            "verbs": "words",
            "min_shared_words": "number",
            "not_kinds": "words",
        },
        "greetings_titles": {
            "openings": "words",
            "verbs": "words",
            "min_shared_words": "number",
            "not_kinds": "words",
            "opened_cues": "words",
        },
        "own_meeting_links": {
            "verbs": "words",
            "links": "words",
            "gap_chars": "count",
            "not_with": "words",
        },
        "other_document_date_cues": {
            "before_date": "words",
            "nouns_after_date": "words",
            "number_marks_before_date": "words",
        },
        "other_noun_relatives": {"joiners": "words", "determiners": "words", "pronouns": "words"},
        "demonstrative_event_cues": {"before_name": "words", "not_with": "words"},
        "multi_year_clause_dates": {
            "frame_leads": "words",
            "narrowing_links": "words",
            "modifier_links": "words",
        },
        "same_head_coreference": {"head_words": "count", "not_kinds": "words"},
        "narrative_after_event_openings": {"openings": "words", "max_words_between": "count"},
        "anniversary_congratulation_cues": {
            "cues": "words",
            "before_name": "words",
            "list_joiners": "words",
            "gap_chars": "count",
        },
        "shared_date_joiners": {"joiners": "words", "nouns": "words", "gap_chars": "count"},
        "congratulation_opening_day_cues": {"congratulations": "words", "openings": "words"},
        "subject_under_way_day_cues": {
            "verbs": "words",
            "narrative_verbs": "words",
            "relatives": "words",
            "adverbs": "words",
            "clause_openers": "words",
            "name_tail_words": "count",
            "refines_doc_year": "flag",
            "not_with": "words",
        },
        "anniversary_founding_day": {"max_years_from_doc": "count", "other_event_links": "words"},
        "anniversary_years_ago_today": {"phrases": "words"},
        "anniversary_marked_next_sentence": {"phrases": "words"},
        "anniversary_list_links": {
            "marks": "words",
            "conjunctions": "words",
            "adverbs": "words",
            "determiners": "words",
        },
        "anniversary_written_base_year": {
            "not_object_words": "words",
            "years_before": "count",
            "years_after": "count",
            "min_number": "count",
            "short_year_leads": "words",
        },
        "upcoming_event_year": {"max_doc_month": "count"},
        "upcoming_event_lead_phrases": {"phrases": "words", "not_kinds": "words"},
        "other_noun_date_relatives": {
            "pronouns": "words",
            "auxiliaries": "words",
            "verbs": "words",
        },
        "place_head_coreference": {"links": "words", "window_chars": "count", "not_kinds": "words"},
        "place_head_aliases": {
            "heads": {"*": "words"},
            "links": "words",
            "sentences_after": "count",
            "title_heads": "words",
        },
        "brand_after_head": {"heads": "words", "min_letters": "count"},
        "greeting_message_day_cues": {
            "cues": "words",
            "window_chars": "count",
            "not_kinds": "words",
        },
        "upcoming_event_trailing_phrases": {"phrases": "words"},
        "arrival_for_event_day_cues": {"verbs": "words", "gap_chars": "count"},
        "part_of_event_day_cues": {"cues": "words", "not_with": "words"},
        "recent_past_trailing_phrases": {"phrases": "words", "min_doc_month": "count"},
        "upcoming_event_clause_cues": {"phrases": "words", "links": "words", "gap_chars": "count"},
        "recent_past_lead_phrases": {"verbs": "words", "links": "words", "gap_chars": "count"},
        "upcoming_event_frame_cues": {
            "leads": "words",
            "links": "words",
            "verb_links": "words",
            "not_in_sentence": "words",
            "not_kinds": "words",
            "not_between": "words",
            "gap_chars": "count",
        },
        "greeting_message_gathered_cues": {"cues": "words", "not_with": "words"},
        "own_founding_date_cues": {
            "auxiliaries": "words",
            "verbs": "words",
            "prepositions": "words",
        },
        "anniversary_celebration_ahead_cues": {
            "leads": "words",
            "verbs": "words",
            "determiners": "words",
            "gap_words": "count",
        },
        "event_occasion_day_cues": {"nouns": "words", "links": "words", "gap_chars": "count"},
        "page_place_head_day": {"kinds": "words"},
        "title_after_generic_head": {
            "heads": "words",
            "generic_words": "words",
            "joiners": "words",
            "followers": "words",
            "max_words": "count",
            "min_capitalised": "count",
        },
        "title_before_head": {
            "joiners": "words",
            "min_capitalised": "count",
            "openers": "words",
            "refused_words": "words",
            "max_words": "count",
        },
        "kind_word_closing_name": {"heads": "words", "words": "words", "max_words": "count"},
        "own_heading_other_year": {"not_kinds": "words"},
        "greeting_participants_day": {**_UNDATED_CLASS, "not_name_words": "words"},
        "anniversary_greeted_event_day": {
            "greetings": "words",
            "who": "words",
            "links": "words",
            "determiners": "words",
            "modifiers_max": "count",
            "events": "words",
            "held": "words",
            "marking": "words",
            "possessive_before_name": "flag",
            "body_tail_max_words": "count",
            "window_chars": "count",
            "not_name_words": "words",
            "not_clause": "words",
        },
        "weekday_day_cues": {
            "weekdays": "words",
            "leads": "words",
            "openers": "words",
            "window_days": "count",
        },
        "fixed_day_anniversaries": [
            {
                "heads": "words",
                "before": "words",
                "links": "words",
                "tails": "words",
                "day": "text",
                "run_up_from": "text",
                "names": "words",
            }
        ],
        "undated_event_classes": {"classes": [_UNDATED_CLASS]},
        "hosted_editions": [
            {
                "names": "words",
                "places": "words",
                "year": "count",
                "pages_from": "iso_date",
                "pages_to": "iso_date",
                "not_after": "words",
                "not_before": "words",
            }
        ],
        "named_days": {
            "heads": "words",
            "prepositions": "words",
            "joiners": "words",
            "kind": "text",
        },
        "named_day_doc_day": {
            "heads": "words",
            "openings": "words",
            "congratulations": "words",
            "holiday_words": "words",
            "not_with": "words",
        },
        "named_day_greeted_on": {
            "congratulations": "words",
            "prepositions": "words",
            "determiners": "words",
            "right_before": "words",
            "present_cues": "words",
            "report_before": "words",
            "appositions": "words",
            "present_openings": "words",
            "polite": "words",
            "not_in_names": "words",
            "to_come_before": "words",
            "to_come_gap_chars": "count",
        },
        "prefixed_named_days": {
            "head": "text",
            "max_words": "count",
            "not_first_words": "words",
            "tail_only_words": "words",
            "not_names": "words",
            "person_titles": "words",
            "kind": "text",
        },
        "gathering_councils": {"modifiers": "words", "head": "text", "kind": "text"},
        "undated_class_more_before": {"*": "words"},
        "reduced_under_way_day_cues": {"adverbs": "words", "verbs": "words"},
        "completed_proper_tails": {"nouns": "words", "not_after": "words"},
        "summit_of_who_meets": {"heads": "words", "title_words": "words", "max_modifiers": "count"},
        "anniversary_year_count_appositions": {"words": "words", "separators": "words"},
        "lowercase_heads_after_name_more": {
            "heads": "words",
            "modifiers_max": "count",
            "glosses": "flag",
            "not_after": "words",
        },
        "prefixed_people_heads": {"heads": "words", "prefixes": "words"},
        "place_named_heads": {
            "heads": "words",
            "determiners": "words",
            "modified_heads": {"*": "words"},
            "owned_heads": "words",
            "owner_modifiers": "words",
            "owner_words": "words",
            "acronym_owners": "flag",
            "generic_followers": {"*": "words"},
        },
        "typed_elections": {
            "heads": "words",
            "modifiers": "words",
            "joiners": "words",
            "not_before": "words",
            "not_after": "words",
        },
        "wars_inside_anniversaries": {"kinds": "words"},
        "abbreviated_wars": {"names": {"*": "text"}, "kind": "text"},
        "interstate_council_meetings": {
            "head": "text",
            "words": "words",
            "own_title_heads": "words",
            "unnamed_words": "words",
            "generic_words": "words",
        },
        "named_meetings": {"capitalised_min_words": "count", "body_words": "words"},
        "owner_named_anniversaries": {"min_words": "count"},
        "name_numbers": {"max_digits": "count", "not_after": "words"},
        "marked_anniversaries_not_own": {"max_words_between": "count"},
        "acronym_aliases": {
            "min_letters": "count",
            "max_letters": "count",
            "skipped_words": "words",
            "capitalised_rest": "flag",
        },
        "counted_multilateral_gatherings": {
            "modifiers": "words",
            "frequency_words": "words",
            "frequency_only_modifiers": "words",
            "heads": "words",
            "participants": "words",
            "appositions": "words",
            "apposition_ends": "words",
            "own_title_phrases": "words",
        },
        "day_of_month_before_names": {"months": "words"},
        "election_after_cues": {"before_name": "words", "future_max_doc_month": "count"},
        "anniversary_attended_event_day": {
            "verbs": "words",
            "determiners": "words",
            "modifiers_max": "count",
            "events": "words",
            "marking": "words",
            "possessive_before_name": "flag",
            "body_tail_max_words": "count",
            "not_name_words": "words",
            "not_sentence": "words",
        },
        "context_refusals": [
            {
                "name": "text",
                "heads": "words",
                "not_in_name": "words",
                "before": "words",
                "after": "words",
                "bare_unless_before": "words",
                "document_titles": {"words": "words", "links": "words", "joiners": "words"},
                "possessive_before_head": "flag",
                "through_acronym_brackets": "flag",
            }
        ],
        "anniversary_tail_open_objects": {"*": "words"},
        "anniversary_tail_manner_links": {"links": "words", "not_words": "words"},
        "date_ranges_at": {
            "cross_month_joiners": "words",
            "range_end_joiners": "words",
            "under_way_on_doc_day": "flag",
            "max_days": "count",
            "name_year_completes_date": "flag",
        },
        "same_day_report_openers": {"openers": "words", "verbs": "words", "gap_chars": "count"},
        "anniversary_event_held_day": {"events": "words", "marking": "words", "gap_chars": "count"},
        "demonstrative_doc_day_cues": {
            "cues": "words",
            "heads": "words",
            "max_words_between": "count",
            "not_with": "words",
        },
        "done_on_doc_day_cues": {
            "cues": "words",
            "narrative_cues": "words",
            "determiners": "words",
            "max_words_between": "count",
            "not_with": "words",
        },
        "format_named_meetings": {
            "heads": "words",
            "format_words": "words",
            "determiners": "words",
            "pre_modifiers": "words",
            "not_before": "words",
        },
        "acronym_meetings": {
            "heads": "words",
            "determiners": "words",
            "pre_modifiers": "words",
            "same_body_kinds": "words",
            "not_before": "words",
            "modifiers_max": "count",
            "not_initials": "words",
            "modifier_stopwords": "words",
        },
        "topic_named_heads": {
            "heads": "words",
            "modifiers": "words",
            "max_words": "count",
            "not_first": "words",
        },
        "ordinal_gatherings": {"heads": {"*": {"kind": "text", "modifiers": "words"}}},
        "gathering_titles": {
            "after_heads": "words",
            "apposition_heads": "words",
            "quoted_heads": "words",
            "determiners": "words",
            "joiners": "words",
            "dashes": "words",
            "quote_introducers": "words",
            "quoted_max_chars": "count",
            "refused_words": "words",
            "followers": "words",
            "max_words": "count",
            "min_plain_capitalised": "count",
        },
        "title_time_words": {"words": "words", "quotes": "words", "quote_max_words": "count"},
        "life_span_brackets": {
            "name_particles": "words",
            "min_years": "count",
            "max_years": "count",
            "not_name_words": "words",
            "note_words": "words",
        },
        "other_occurrence_name_years": {
            "years_before": "count",
            "years_after": "count",
            "not_kinds": "words",
        },
        "bracketed_initials_before_head": {"max_letters": "count"},
        "own_title_bodies": {"max_words_between": "count"},
        "sport_named_heads": {
            "heads": "words",
            "determiners": "words",
            "max_words": "count",
            "levels": "words",
            "sports": "words",
        },
        "leaders_named_meetings": {
            "heads": "words",
            "who_meets": "words",
            "who_first": "words",
            "body_words": "words",
        },
        "lowercase_ordinal_names": {
            "heads": "words",
            "except": "words",
            "compounds": "flag",
            "not_after": "words",
        },
        "shared_head_lists": {"heads": "words", "joiners": "words", "max_member_words": "count"},
        "bracketed_glosses": {
            "max_gloss_chars": "count",
            "not_run_words": "words",
            "gloss_lowercase_words": "words",
            "joiners_before_run": "words",
        },
        "joined_heads": {
            "joiners": "words",
            "heads": "words",
            "generic_max": "count",
            "not_before": "words",
        },
        "own_happening_event_day": {
            "subjects": "words",
            "narrative_determiners": "words",
            "determiners": "words",
            "verbs": "words",
            "links": "words",
            "name_determiners": "words",
            "not_kinds": "words",
        },
        "year_anaphora": {"phrases": "words", "report_phrases": "words"},
        "anniversary_year_of_leads": {"leads": "words", "determiners": "words"},
        "upcoming_event_soon_cues": {
            "words": "words",
            "not_phrases": "words",
            "not_before": "words",
            "not_in_sentence": "words",
            "not_kinds": "words",
            "window_chars": "count",
        },
        "edition_counts": {
            "not_kinds": "words",
            "determiners_before": "words",
            "not_followed_by": "words",
        },
        "election_type_names": {
            "bodies": [{"names": "words", "type": "text"}],
            "may_add": "words",
            "head": "text",
        },
        "bare_popular_votes": {
            "modifiers": "words",
            "determiners": "words",
            "not_after": "words",
            "same_words": {"*": "text"},
        },
        "preparation_talk_dates": {"phrases": "words", "determiners": "words"},
        "prepared_event_cues": {
            "phrases": "words",
            "determiners": "words",
            "max_determiners": "count",
        },
        "anniversary_marking_act_year": {"cues": "words", "max_words_between": "count"},
        "anniversary_month_subject": {"ahead_verbs": "words", "past_verbs": "words"},
        "themed_years": {
            "heads": "words",
            "cross_words": "words",
            "lowercase_heads": "words",
            "lowercase_openers": "words",
            "plain_tail_openers": "words",
            "joiners": "words",
            "place_prepositions": "words",
            "plain_tail_max_words": "count",
            "plain_tail_stop_endings": "words",
            "plain_tail_stops": "words",
            "name_prefixes": "words",
            "pair_prefix": "flag",
            "proposal_cues": "words",
            "not_after": "words",
            "not_after_counts": "words",
            "kind": "text",
            "dates": {
                "ceremony_phrases": "words",
                "next_year_phrases": "words",
                "past_phrases": "words",
                "proposal_phrases": "words",
                "future_phrases": "words",
                "future_max_doc_month": "count",
            },
            "not_after_phrases": "words",
        },
        "another_occurrence_openers": {"determiners": "words", "words": "words"},
        "year_part_phrases": {"phrases": "words", "past_from_doc_month": "count"},
        "demonstrative_under_way_day_cues": {"determiners": "words", "followers": "words"},
        "countdown_event_cues": {
            "units": {"*": "text"},
            "middles": "words",
            "links": "words",
            "openers": "words",
        },
        "name_before_lowercase_descriptors": {
            "heads": "words",
            "modifiers_max": "count",
            "joiners": "words",
            "determiners": "words",
        },
        "place_named_capital_heads": {"heads": "words", "determiners": "words"},
        "competition_draws": {
            "words": "words",
            "modifiers": "words",
            "after_words": "words",
            "determiners": "words",
            "prepositions": "words",
            "name_kinds": "words",
            "followers": "words",
            "kind": "text",
        },
        "anniversary_unsupported_month_cues": {
            "document_words": "words",
            "document_links": "words",
            "document_links_not_before": "words",
            "preparation_phrases": "words",
            "preparation_max_doc_month": "count",
            "present_frames": "words",
            "frame_determiners": "words",
            "present_frames_not_with": "words",
            "window_chars": "count",
        },
        "anniversary_year_frames": {
            "this_year_determiners": "words",
            "next_year_determiners": "words",
            "bare_determiners": "words",
            "relatives": "words",
            "links": "words",
            "appositive_heads": "words",
            "appositive_max_words": "count",
            "bare_not_before": "words",
        },
        "anniversary_tail_proper_run": {"max_extra_words": "count", "links": "words"},
        "personal_anniversary_words": {"words": "words", "refused_before": "words"},
        "group_summit_initials": {
            "initials": "words",
            "before": "words",
            "followers": "words",
            "named_heads": "words",
            "kind": "text",
        },
        "previous_sentence_year_frames": {
            "frames": [{"phrases": "words", "years": "integer", "needs": "text"}],
            "tenses": {"*": "words"},
            "not_sentence": "words",
            "not_kinds": "words",
        },
        "greeted_title_events": {
            "openings": "words",
            "addressees": "words",
            "addressee_links": "words",
            "opening_phrases": "words",
            "refused_words": "words",
            "kind": "text",
        },
        "named_operations": {
            "heads": "words",
            "max_name_words": "count",
            "name_stops": "words",
            "not_with": "words",
            "kind": "text",
        },
        "plain_war_names": {
            "city_defences": {"heads": "words", "places": "words", "not_after": "words"},
            "demonym_campaigns": {"heads": "words", "ordinals": "words", "modifiers": "words"},
            "kind": "text",
        },
        "named_exercises": {
            "heads": "words",
            "max_name_words": "count",
            "modifiers": "words",
            "modifiers_max": "count",
            "name_stops": "words",
            "after_head_links": "words",
            "kind": "text",
        },
    },
    "language": {
        "function_words": {"words": "words"},
        "scripts": {"*": "words"},
    },
    "measures": {
        "drop_words_kept_before": {"*": "words"},
        "synonyms": {"*": "words"},
    },
    "numbers": {
        "small": {"*": "count"},
        "hundred": {"*": "count"},
        "scales": {"*": "count"},
        "fractions": {"*": "number"},
        "shared_unit_lists": {
            "types": "words",
            "joiners": "words",
            "after_joiner": "words",
            "item_marks": "words",
            "not_after_words": "words",
        },
    },
    "percentages": {
        "units": {"*": "words"},
        "units_before": {"*": "words"},
        "inner_qualifiers": _QUALIFIER_LISTS,
        "bare_list_ellipsis": {
            "breaks": "words",
            "max_words": "count",
            "not_words": "words",
            "item_not_words": "words",
            "break_items": {"*": {"max_words": "count", "marks_before_figure": "words"}},
        },
        "attributive_change": {
            "articles": "words",
            "max_words": "count",
            "words_not_between": "words",
            "increase_nouns": "words",
            "decrease_nouns": "words",
        },
        "unit_ranges": {
            "separators": "words",
            "joined_separators": "words",
            "by_words": "words",
            "more_change_words": "words",
        },
        "from_to_levels": {
            "from_words": "words",
            "leads": "words",
            "max_words_after_change": "count",
            "descending": "flag",
        },
        "level_leads_after_and": {
            "auxiliaries": "words",
            "max_auxiliaries": "count",
            "leads": "words",
        },
        "level_list_items": {"joiners": "words"},
        "level_nouns_after_break": {"breaks": "words", "nouns": "words"},
    },
    "qualifiers": {
        # the names are the fact schema's qualifiers (a name is written into facts as it is)
        "before": _QUALIFIER_LISTS,
        "after": _QUALIFIER_LISTS,
        "negated_bounds": {
            "negations": "words",
            "max_words_between": "count",
            "words_not_between": "words",
            "last_words_between": "words",
            "flip": {"*": "text"},
        },
        "particle_up_to": {
            "phrases": "words",
            "verbs": "words",
            "max_words_between": "count",
            "words_not_between": "words",
        },
        "before_fillers": {"words": "words", "qualifiers": "words", "words_not_before": "words"},
        "after_closing": _QUALIFIER_LISTS,
        "before_mark": {"qualifiers": "words", "words_between": "words", "nouns_after": "words"},
    },
    "scopes": {
        "extra_names": {"*": "words"},
        "subdivision_kinds": {"*": "words"},
        "subdivision_extra_names": {"*": "words"},
        "regions": {"*": "words"},
    },
    "series": {
        "qualified_keys": {"*": "words"},
    },
    "speakers": {
        "connectives": {"words": "words"},
        "particles": {"words": "words"},
        "title_words": {"words": "words"},
        "regnal_titles": {"words": "words"},
        "not_labels": {"labels": "words"},
        "continuing_labels": {"labels": "words"},
        "no_speaker_labels": {"labels": "words"},
        "answer_labels": {"labels": "words"},
        "role_labels": {"speakers": {"*": {"role": "text", "labels": "words"}}},
        "roles": {"official": "words", "journalist": "words", "moderator": "words"},
        "remarks": {"phrases": "words"},
        "label_stop_words": {
            "words": "words",
            "after_name_words": "words",
            "salutation_words": "words",
        },
    },
    "subjects": {
        "wrappers": {"of": "words", "in": "words"},
        "per_unit_words": {"*": "words"},
        "sold_goods_verbs": {"*": "text"},
    },
    "temporal": {
        "relative": {"*": "integer"},
        "relative_dates": {
            "fixed": {"*": "text"},
            "numbers": {"*": "count"},
            "units": {"*": "text"},
            "ahead_units": {"*": "text"},
            "from_now_units": {"*": "text"},
            "vague_days_ago": "words",
            "vague_days_ahead": "words",
            "vague_days_year_across_month": "flag",
            "counted_weeks_by_day": "flag",
        },
        "months_as_periods": {
            "months": {"*": "count"},
            "before": "words",
            "before_day": "words",
            "ahead_day_leads": "words",
            "day_ahead_within_months": "count",
            "future_cues": "words",
            "future_cue_not_before": "words",
            "this_leads": "words",
        },
        "aside_brackets": ["words"],
        "opening_year_scope": {
            "discourse_leads": "words",
            "prepositions": "words",
            "future_cues": "words",
        },
        "relative_seasons": {"*": "integer"},
        "relative_year_ends": {"*": "integer"},
        "ellipsis_clause": {
            "leads": "words",
            "verbs": "words",
            "change_words": "words",
            "own_time_words": "words",
            "max_words": "count",
            "bare_max_words": "count",
            "bare_min_words": "count",
            "bare_open_after": "words",
            "bare_parallel_units": "words",
        },
        "figure_base_after": {"prepositions": "words", "words_before": "words"},
    },
    "units": {
        "prefilter": {"words": "words", "symbols": "words"},
        "units": {"*": "text"},
        "words": {"*": "text"},
    },
}


# rule file -> key -> the shape of its value, for every key holding one number, flag or string that
# code reads (`int(rules.get(...))`: a word raised ValueError at the first document reaching it;
# `bool(rules.get(...))`: the string "false" was true); null where the reader takes it as "none"
SCALAR_SHAPES: dict[str, dict[str, str]] = {
    "countries": {
        "max_words_between": "count",
    },
    "events": {
        "lowercase_heads_need_name": "flag",
        "lowercase_modifiers_max": "count",
        "acronym_with_year": "flag",
        "own_event_other_name_before_head": "flag",
        "possessive_counted_anniversaries_named": "flag",
        "possessive_anniversary_back_reference": "flag",
        "camel_case_name_words": "flag",
        "lowercase_heads_after_name_min_words": "count",
        "proper_tail_lists": "flag",
        "place_tail_preposition": "text",
        "anniversary_tail_words_max": "count",
        "narrative_opening_doc_day": "flag",
        "anniversary_opening_doc_day": "flag",
        "shared_date_link_window": "count",
        "numbered_event_max_numeral": "count",
        "announcement_titles": "flag",
        "anniversary_future_year_window": "count",
        "later_day_window_chars": "count",
        "later_day_refines_year": "flag",
        "later_mention_refines_year": "flag",
        "name_year_cue_window_chars": "count",
        "multi_year_agent_max_words": "count",
        "anniversary_date_from_marking_event": "flag",
        "upcoming_event_not_before_doc_year": "flag",
        "anniversary_base_day_shift": "flag",
        "vote_topic_capital_not_addressee": "flag",
        "tail_domain_lists": "flag",
        "anniversary_tail_possessed_nouns": "flag",
        "anniversary_tail_possessive_start": "flag",
        "name_bracketed_insertions": "flag",
        "inside_war_span_years": "flag",
        "title_after_lowercase_head_as_subject": "flag",
        "anniversary_tail_pair_extra_words": "count",
        "recent_name_cue_over_future_cues": "flag",
        "announcement_refines_clause_year": "flag",
    },
    "language": {
        "min_letters": "count",
        "min_words": "count",
        "min_latin_share": "number",
        "min_function_word_share": "number",
    },
    "measures": {
        "home_origin_word": "text",
        "share_prefix": "text",
    },
    "numbers": {
        "borrowed_scale_below": "number?",
    },
    "scopes": {
        "home_country": "text",
        "unscoped_single_keys_refused": "flag",
        "foreign_speaker_unscoped_refused": "flag",
        "foreign_speaker_owned_other_scope_refused": "flag",
        "other_region_in_sentence": "flag",
    },
    "series": {
        "year_so_far_before_month": "count",
        "unmarked_so_far_from_month": "count",
    },
    "subjects": {
        "antecedent_max_tail_words": "count",
        "anaphora_max_tail_words": "count",
        "object_time_window": "count",
        "max_words": "count",
        "max_modifiers": "count",
        "max_postmodifier_words": "count",
        "participle_clause_max_tail_words": "count",
        "ratio_needs_base": "flag",
        "share_aside_max_words": "count",
        "left_cut_refused": "flag",
        "generic_single_word_refused": "flag",
        "counted_items_refused": "flag",
        "share_max_percent": "number?",
        "ratio_number_parts": "flag",
        "name_ellipsis_refused": "flag",
        "participle_wholes_refused": "flag",
        "share_list_refused": "flag",
        "distributive_openers_refused": "flag",
        "share_without_whole_refused": "flag",
        "unnamed_unit_possessives": "flag",
        "adverb_inside_links": "flag",
        "organisation_turn_refused": "flag",
        "all_wholes_refused": "flag",
        "macro_level_max_words": "count",
        "verbless_wholes_refused": "flag",
        "wholes_refused": "flag",
        "allocation_max_words": "count",
        "fronted_max_words": "count",
        "reference_max_words": "count",
        "unnamed_unit_plurals": "flag",
        "organisation_moved_amounts": "flag",
        "which_clause_max_words": "count",
        "part_share_max_words": "count",
        "part_share_min_whole_words": "count",
    },
}


# --- round shape71: word lists by default, unknown sub-keys refused ---------------------------

# the files whose keys their components check with tables of their own (`event_keys.SHAPES`,
# `country_roles.SHAPES`, which make "words" their default too), not with the tables here
OWN_TABLE_FILES = ("event_keys", "country_roles")

# the shape of a key of a rule file that `NESTED_SHAPES` and `SCALAR_SHAPES` do not name: a list
# of strings (a word list: about 480 keys of the shipped files). A key holding anything else is
# registered above; a shipped file whose unregistered key held another value would fail to load,
# so the default cannot hide a new nested key (tests/nlp/test_rule_shapes.py)
DEFAULT_SHAPE = "words"


def key_shape(name: str, key: str) -> Any | None:
    """The shape of top-level `key` of rule file `name`: its registered shape, else
    `DEFAULT_SHAPE`; None for a comment key and for the files of `OWN_TABLE_FILES`."""
    registered = NESTED_SHAPES.get(name, {}).get(key, SCALAR_SHAPES.get(name, {}).get(key))
    if registered is not None:
        return registered
    if is_comment(key) or name in OWN_TABLE_FILES:
        return None
    return DEFAULT_SHAPE


def word_list_fault(name: str, data: dict[str, Any]) -> tuple[str, str, Any] | None:
    """(key, what it must be, what it is) for the first key of rule file `name` (its parsed
    `data`) left to `DEFAULT_SHAPE` whose value is not a list of strings, or None (a string
    there was read letter by letter, or failed at the first document reaching its reader)."""
    registered = {*NESTED_SHAPES.get(name, {}), *SCALAR_SHAPES.get(name, {})}
    for key, value in data.items():
        if key in registered or key_shape(name, key) is None:
            continue
        fault = misshapen(value, DEFAULT_SHAPE, key)
        if fault is not None:
            return key, fault[1], value
    return None


def unknown_sub_key(value: Any, shape: Any, path: str) -> tuple[str, str, tuple[str, ...]] | None:
    """(key path of the object, its sub-key, the sub-keys known there) for the first sub-key of
    `value` that no reader knows: in an object whose sub-keys its shape lists (a record such as
    `acronym_aliases`, read by name), a name outside the list and not a comment key (`is_comment`,
    as at the top of a file). The names of an object of any names (`{"*": ...}`, and the leaves
    "table", "lists", "tables": phrase -> value tables) are data, never refused; the records
    below them are walked. None when every sub-key is known; `value` is taken to fit `shape`
    (`misshapen` ran first), a part that does not is skipped."""
    if isinstance(shape, str):
        return None
    if isinstance(shape, list):
        if isinstance(value, list):
            for i, item in enumerate(value):
                fault = unknown_sub_key(item, shape[0], f"{path}[{i}]")
                if fault is not None:
                    return fault
        return None
    if not isinstance(value, dict):
        return None
    if len(shape) == 1 and "*" in shape:
        inner = [(key, shape["*"]) for key in value if not is_comment(key)]
    else:
        for key in value:
            if key not in shape and not is_comment(key):
                return path, key, tuple(sorted(shape))
        inner = [(key, s) for key, s in shape.items() if key in value]
    for key, s in inner:
        fault = unknown_sub_key(value[key], s, f"{path}.{key}")
        if fault is not None:
            return fault
    return None


def sub_key_fault(name: str, data: dict[str, Any]) -> tuple[str, str, tuple[str, ...]] | None:
    """`unknown_sub_key` for the first registered key of rule file `name` (its parsed `data`)
    holding a sub-key no reader knows, or None."""
    for key, shape in NESTED_SHAPES.get(name, {}).items():
        if key in data:
            fault = unknown_sub_key(data[key], shape, key)
            if fault is not None:
                return fault
    return None


# rule file -> key path of an object ("a.b", "a[]" its list's items, "a.*" the values of an
# object of any names) -> the sub-keys its reader indexes directly (`rule["x"]`): an object there
# without one raised KeyError at the first document reaching the reader; now the file fails to
# load. An absent object is not checked (its reader reads it with `.get`). Found by recording
# the reads of the whole archive outside the held-out pages (round shape71): the sub-keys read
# with `[...]` and never with `.get` or `in`.
REQUIRED_SUB_KEYS: dict[str, dict[str, tuple[str, ...]]] = {
    "currencies": {
        "currencies[]": ("code",),
        "carry_unscaled": ("max_ratio", "min_value"),
        "carry_repeated": ("max_chars", "min_value"),
        "carry_next_sentences": ("max_sentences",),
    },
    "events": {
        "own_event_attendance_titles": ("min_words", "verbs"),
        "leaders_meeting_kind": ("kind", "kinds", "words"),
        "group_meeting_kind": ("kind", "kinds"),
        "sport_contest_kind": ("kind", "kinds"),
        "anniversary_greeted_event_day": ("events", "greetings", "links", "marking", "who"),
        "fixed_day_anniversaries[]": ("before", "day", "heads", "run_up_from"),
        "anniversary_attended_event_day": ("events", "marking", "verbs"),
        "context_refusals[]": ("heads",),
        "hosted_editions[]": ("names", "pages_from", "pages_to", "year"),
        "election_type_names.bodies[]": ("names", "type"),
        "previous_sentence_year_frames.frames[]": ("phrases", "years"),
    },
    "language": {
        "function_words": ("words",),
    },
    "percentages": {
        "bare_list_ellipsis.break_items.*": ("max_words",),
    },
    "speakers": {
        "connectives": ("words",),
        "particles": ("words",),
        "title_words": ("words",),
        "regnal_titles": ("words",),
        "not_labels": ("labels",),
        "continuing_labels": ("labels",),
        "no_speaker_labels": ("labels",),
        "answer_labels": ("labels",),
        "role_labels": ("speakers",),
        "role_labels.speakers.*": ("labels", "role"),
        "roles": ("journalist", "moderator", "official"),
        "remarks": ("phrases",),
        "label_stop_words": ("after_name_words", "salutation_words", "words"),
    },
}


def _objects_at(value: Any, steps: list[str], path: str):
    """(key path, object) for every object of `value` at `steps` (names, "[]", "*")."""
    if not steps:
        if isinstance(value, dict):
            yield path, value
        return
    step, rest = steps[0], steps[1:]
    if step == "[]":
        if isinstance(value, list):
            for i, item in enumerate(value):
                yield from _objects_at(item, rest, f"{path}[{i}]")
    elif isinstance(value, dict):
        if step == "*":
            for key, item in value.items():
                if not is_comment(key):
                    yield from _objects_at(item, rest, f"{path}.{key}")
        elif step in value:
            yield from _objects_at(value[step], rest, f"{path}.{step}" if path else step)


def missing_sub_key(name: str, data: dict[str, Any]) -> tuple[str, str] | None:
    """(key path of the object, the sub-key it lacks) for the first object of rule file `name`
    (its parsed `data`) without a sub-key of `REQUIRED_SUB_KEYS`, or None."""
    for where, keys in REQUIRED_SUB_KEYS.get(name, {}).items():
        steps = re.findall(r"\[\]|[^.\[\]]+", where)
        for path, obj in _objects_at(data, steps, ""):
            for key in keys:
                if key not in obj:
                    return path, key
    return None


def misshapen(value: Any, shape: Any, path: str) -> tuple[str, str] | None:
    """(the key path, what it must be) of the first part of `value` not of `shape`, or None
    when all of it fits; `path` is the key path of `value` itself."""
    fault = _fault(value, shape, path)
    return None if fault is None else fault[:2]


def _fault(value: Any, shape: Any, path: str) -> tuple[str, str, Any] | None:
    """`misshapen` with the value found wrong: a name of an object of any names may hold "." or
    "[" ("St. Petersburg"), so the key path is for the message, not to be read back (review70)."""
    if isinstance(shape, str):
        if shape.endswith("?"):
            if value is None:
                return None
            check, said = LEAVES[shape[:-1]]
            return None if check(value) else (path, f"{said} or null", value)
        check, said = LEAVES[shape]
        return None if check(value) else (path, said, value)
    if isinstance(shape, list):
        if not isinstance(value, list):
            return path, "a list", value
        (item,) = shape
        for i, x in enumerate(value):
            fault = _fault(x, item, f"{path}[{i}]")
            if fault is not None:
                return fault
        return None
    if not isinstance(value, dict):
        return path, "an object", value
    if len(shape) == 1 and "*" in shape:
        pairs = [(key, shape["*"]) for key in value if not is_comment(key)]
    else:
        pairs = [(key, s) for key, s in shape.items() if key in value]
    for key, s in pairs:
        fault = _fault(value[key], s, f"{path}.{key}")
        if fault is not None:
            return fault
    return None


def shape_fault(name: str, data: dict[str, Any]) -> tuple[str, str, Any] | None:
    """(key path, what it must be, what it is) for the first value of rule file `name` (its
    parsed `data`) not of its shape in `NESTED_SHAPES` or `SCALAR_SHAPES`, or None; absent keys
    are not checked."""
    shapes = {**NESTED_SHAPES.get(name, {}), **SCALAR_SHAPES.get(name, {})}
    for key, shape in shapes.items():
        if key in data:
            fault = _fault(data[key], shape, key)
            if fault is not None:
                return fault
    return None
