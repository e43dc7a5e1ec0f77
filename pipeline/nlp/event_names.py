"""Event names in running text, by a grammar kept in models/rules/events.json.

`find_events(text)` lists the named events of a text with their kind (no date: see
`event_dates`). A name is recognised by its head noun ("Forum", "summit", "War", "elections"),
not by a list of known events:

- before the head, capitalised words, ordinals and years ("8th St Petersburg International
  Cultural Forum"), joined by connectors ("Belt and Road Forum") or a spaced dash ("Russia –
  European Union summit"), and at most two lowercase modifiers ("Kazan-Samara business forum");
- after it, a year ("Expo 2017"), an "of/on/for" tail of capitalised words ("Conference on the
  Great Lakes Region") and where it is held ("Olympic Games in Sochi");
- some heads name an event on their own when capitalised ("the World Cup"), some only with a
  named tail when lowercase ("the battle of Moscow", "a session of the State Council"),
  "meeting" only after an ordinal;
- anniversaries keep what they are the anniversary of ("40th anniversary of the first agreement
  to deliver grain to Lakeland"); acronym-year names ("MAKS-2019") have a pattern of their
  own.

A head followed by an organisation word ("Central Election Commission") is part of a longer
proper name, and a name right after a count ("two European championships") names nothing.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from pipeline.nlp.event_bracketed_glosses import bridge_bracketed_glosses
from pipeline.nlp.event_context_refusals import refused_by_context
from pipeline.nlp.event_draws import _competition_draws
from pipeline.nlp.event_exercises import find_named_exercises, named_exercises
from pipeline.nlp.event_meetings import (
    _FORMAT_NAME,
    _INITIALS,
    _second_council,
    acronym_meeting_start,
    format_meeting_start,
    leaders_named_meeting,
    names_a_council,
    names_interstate_council,
    names_meeting_by_name,
    who_meets_tail,
)
from pipeline.nlp.event_meetings import council_meeting_is_own as council_meeting_is_own
from pipeline.nlp.event_meetings import initials_meeting_named_by as initials_meeting_named_by
from pipeline.nlp.event_meetings import leaders_meeting_kind as leaders_meeting_kind
from pipeline.nlp.event_name_words import (
    _NEXT_WORD,
    _SP,
    _find_all,
    _inside,
    _is_sentence_initial,
    _literal_matches,
    _span_event,
    _start_of_word_before,
    word_before,
    written_in_kept,
)
from pipeline.nlp.event_named_days import _named_days, _prefixed_days
from pipeline.nlp.event_named_days import prefixed_days as prefixed_days
from pipeline.nlp.event_operations import find_named_operations, named_operations
from pipeline.nlp.event_owned_anniversaries import owned_by_event
from pipeline.nlp.event_plain_wars import find_plain_wars, plain_wars
from pipeline.nlp.event_shared_heads import split_shared_heads
from pipeline.nlp.event_themed_years import find_themed_years, themed_years
from pipeline.nlp.prefilter import Spans, kept_matches
from pipeline.nlp.rules import (
    NEVER_MATCHES,
    Rules,
    compiled_from_rules,
    normalise_phrase,
    phrase_alternation,
)
from pipeline.nlp.temporal import MONTH_ALTERNATION

# "LCO-2031": initials and a year (events.json's `acronym_with_year`); "\b[A-Z]" written as
# "[A-Z]" and no word character before it (see `grammar`)
_ACRONYM_YEAR = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]{2,}(?:-|\s)(?:19|20)\d{2}\b")
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _acronym_year_possible(text: str, kept: Spans | None = None) -> bool:
    r"""Whether `text` holds what every match of `_ACRONYM_YEAR` does: "19" or "20" after a
    capital and a hyphen or a white space, then two digits; looked for with `str.find` (issue
    19: the pattern was tried at every capital letter of the page). `\s` is `str.isspace`,
    `\d` `str.isdecimal`. With `kept` (the spans a match must start in, as `kept_matches` reads
    them), only from each span's start to the first character after its end that is not a
    capital, and the year after it (round lead64): a match's capitals run on past the span's
    end to its separator at most, which may be a line break."""
    if kept is None:
        return _year_after_capital(text, 2, len(text))
    n = len(text)
    for start, end in kept:
        stop = end
        while stop < n and text[stop] in _CAPITALS:
            stop += 1  # the separator of a match running past the span is at `stop` at most
        if _year_after_capital(text, max(start, 2), stop + 3):
            return True
    return False


def _year_after_capital(text: str, lo: int, hi: int) -> bool:
    """Whether a "19" or "20" lies in text[lo:hi] after a capital and a hyphen or a white space,
    with two decimal digits after it (read past `hi`)."""
    for year in ("19", "20"):
        i = text.find(year, lo, hi)
        while i >= 0:
            before, digits = text[i - 1], text[i + 2 : i + 4]
            if (
                (before == "-" or before.isspace())
                and text[i - 2] in _CAPITALS
                and len(digits) == 2
                and digits.isdecimal()
            ):
                return True
            i = text.find(year, i + 1, hi)
    return False


# a word of a name: letters, digits, apostrophes, dots ("St."), "&", hyphens, and a range of
# years joined by a dash ("1941–1945")
_WORD = re.compile(r"(?:19|20)\d{2}[–-](?:19|20)\d{2}\b|[\w’'.&-]+")
_PLAIN_WORD = re.compile(r"\w+")
_YEAR = re.compile(r"(?:19|20)\d{2}")
_TIMES = re.compile(r"[\w]+-times?", re.IGNORECASE)
_ORDINAL_DIGITS = re.compile(r"\d+(?:st|nd|rd|th)")
_ROMAN = re.compile(r"[IVXLC]+")
# "UN-supervised", "US-led", "EU-funded": an adjective made from a name, not a name
_HYPHEN_ADJECTIVE = re.compile(r"[\w’'.&-]+-[a-z]+ed")
_CAP = r"[A-Z][\w’'-]*"
# not a month or a weekday: a capitalised word that dates rather than names ("the UN General
# Assembly on May 25", "the energy summit on Monday")
_NOT_MONTH_OR_WEEKDAY = (
    rf"(?!(?:{MONTH_ALTERNATION}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)
_TAIL_CAP = _NOT_MONTH_OR_WEEKDAY + _CAP  # a capitalised word of a name's tail
_WORD_RUN = re.compile(r"\S+")  # a run of non-space characters: a word with its marks


@dataclass(frozen=True)
class Grammar:
    """The event grammar compiled from events.json."""

    heads: dict[str, str]
    head_re: re.Pattern
    head_first_words: frozenset[str]
    connectors: frozenset[str]
    dashes: frozenset[str]
    name_stop: frozenset[str]
    lower_stop: frozenset[str]
    capitalised_only: frozenset[str]
    standalone: frozenset[str]
    ordinal_only: frozenset[str]
    lowercase_with_tail: frozenset[str]
    lower_max: int
    not_events: tuple[str, ...]
    tail_re: re.Pattern
    head_tail_res: dict[str, re.Pattern]
    # "elections to the seventh State Duma", "elections to the parliament of the Lake
    # Republic": a tail whose body is counted or named by a lowercase word (12 round cu)
    head_tail_body_res: dict[str, re.Pattern]
    place_re: re.Pattern
    place_kinds: frozenset[str]
    place_naming: frozenset[str]
    popular_vote_heads: frozenset[str]
    # "the recent vote on amending the Constitution": a noun, named by a charter topic (12bc)
    popular_vote_nouns: frozenset[str]
    popular_vote_topic_re: re.Pattern
    organisation_re: re.Pattern
    organisation_of_re: re.Pattern
    office_of_re: re.Pattern
    anniversary_re: re.Pattern
    anniversary_words: tuple[str, ...]
    anniversary_word_re: re.Pattern
    ordinal_before_re: re.Pattern
    anniversary_numbers: dict[str, int]
    ordinal_words: dict[str, int]
    tens_words: dict[str, int]
    tail_stops: frozenset[str]
    and_clause_words: frozenset[str]  # "and during": a phrase of its own after "and" (12x)
    addressee_words: frozenset[str]
    tail_trailing: frozenset[str]
    tail_max: int
    # "with" + a lowercase word other than "the": how it is marked, not what of (12 round ay)
    tail_open_objects: dict[str, frozenset[str]]
    tail_after_year_stops: frozenset[str]  # "of 1941–1945 the President": a new clause (ay)
    # "of the Lake Victory the Lake Premier said": a new clause (issue 12 round ce)
    tail_after_proper_stops: frozenset[str]
    tail_pair_prepositions: frozenset[str]  # "between X and the Y": one pair (12 round ay)
    tail_pair_complete: frozenset[str]  # "between the two countries": a pair already
    tail_pair_extra_words: int  # words the pair's second member may add to the tail's limit
    # "of the Lake Victory by holding ...", "and warmly thanked": how it is marked (round ct)
    tail_manner_links: frozenset[str]
    tail_manner_not_words: frozenset[str]
    tail_time_prepositions: frozenset[str]
    tail_period_re: re.Pattern  # " the end of", " the beginning": a part of a period follows
    acronym_re: re.Pattern | None  # None when the rule file turns acronym-year names off
    lowercase_need_name: bool
    possessives: frozenset[str]
    count_words: frozenset[str]
    place_nouns: frozenset[str]
    proper_tail_heads: frozenset[str] = frozenset()
    proper_tail_followers: frozenset[str] = frozenset()
    indefinite_determiners: frozenset[str] = frozenset()
    tail_title_words: frozenset[str] = frozenset()
    time_possessives: frozenset[str] = frozenset()
    tail_list_re: re.Pattern = re.compile(r"(?!)")
    day_months: frozenset[str] = frozenset()  # issue 12 round al
    tail_region_re: re.Pattern = re.compile(r"(?!)")
    year_list_joiners: frozenset[str] = frozenset()
    unspaced_dashes: frozenset[str] = frozenset()  # "Lakeland–Pineland summit" (round dash63)
    # issue 12y
    tail_possessed: bool = False  # "of your company’s operations"
    tail_possessive_start: bool = False  # "of our diplomatic relations" (issue 12 round bs)
    bracket_insertions: bool = False  # "the 2031 [football] Lake Cup"
    # "the Lake Economic Union (LEU) summit": the most letters initials hold (issue 12 round bo)
    bracketed_initials_max_letters: int = 0
    council_only_heads: frozenset[str] = frozenset()  # "the meetings of the Supreme Council" (bo)
    # "Honest elections are ...": a plain word capitalised as a sentence's first (issue 12 round bw)
    sentence_start_plain: frozenset[str] = frozenset()
    # issue 12 round bn
    untailed_place_kinds: frozenset[str] = frozenset()  # "the Lake Union summit in Pinetown"
    adjective_place_endings: tuple[str, ...] = ()  # "in the Lakelandish capital": no place
    anniversary_event_re: re.Pattern = re.compile(r"(?!)")  # "25th anniversary Assembly"
    session_of_body_heads: frozenset[str] = frozenset()  # "session of the UN General Assembly"
    # issue 12ab
    named_day_re: re.Pattern = re.compile(r"(?!)")  # "the Day of Lake Unity"
    named_day_heads: tuple[str, ...] = ()
    named_day_kind: str = "other"
    council_re: re.Pattern = re.compile(r"(?!)")  # "the Bishops’ Council of the Lake Church"
    council_modifiers: tuple[str, ...] = ()
    council_kind: str = "meeting"
    uncounted_anniversary_re: re.Pattern = re.compile(r"(?!)")  # "of the liberation of Lakeville"
    # issue 12 round ah
    war_abbreviation_re: re.Pattern = re.compile(r"(?!)")  # "a WWII veteran"
    war_abbreviations: tuple[str, ...] = ()
    war_abbreviation_names: tuple[tuple[str, str], ...] = ()  # ("WWII", "World War II")
    war_abbreviation_kind: str = "war"
    # "the 5th quadrilateral summit of the heads of state" (issue 12 round aj)
    multilateral_re: re.Pattern = re.compile(r"(?!)")
    multilateral_modifiers: tuple[str, ...] = ()
    count_before_re: re.Pattern = re.compile(r"(?!)")
    # "the 19th annual bilateral summit" (issue 12 round au)
    frequency_before_re: re.Pattern = re.compile(r"(?!)")
    frequency_only_modifiers: frozenset[str] = frozenset()
    nested_kinds: frozenset[str] = frozenset()  # "the 80th anniversary of the Lake War"
    # "the Days of Lakeland forum": heads that may stand inside a name (issue 12 round ap)
    inner_heads: frozenset[str] = frozenset()
    # "the eighth inter-regional forum": a spelled ordinal counts the head as "8th" does (12br)
    lowercase_ordinals: frozenset[str] = frozenset()
    lowercase_ordinal_heads: frozenset[str] = frozenset()
    lowercase_ordinal_not_after: frozenset[str] = frozenset()
    ordinal_frequency_words: frozenset[str] = frozenset()  # "the 19th annual summit" (12br)
    # "... of the Lake Republic of Pine Union": a tail's word limit met inside a proper name
    # lets the name's capitalised run finish (issue 12 round dk)
    tail_proper_run_max: int = 0
    tail_proper_run_links: frozenset[str] = frozenset()


def _tail_pattern(prepositions: list[str]) -> re.Pattern:
    # "of Youth and Students", "of Heads of Government", "de Janeiro"
    return re.compile(
        rf"{_SP}(?:{phrase_alternation(prepositions)}){_SP}(?:the{_SP})?{_TAIL_CAP}"
        rf"(?:{_SP}(?:(?:of|and|for|the|on|de){_SP})*{_TAIL_CAP})*"
    )


def _body_tail_patterns(rules: Rules) -> dict[str, re.Pattern]:
    """events.json's `head_tail_bodies` (issue 12 round cu): for each of its heads, a tail
    after one of its prepositions and "the" that counts the body by an ordinal ("elections to
    the seventh State Duma", "to the 7th Lake Assembly") or names it by a lowercase body word
    and an "of" tail ("elections to the first parliament of the Lake Republic", "to the lower
    house of the Lakeland Parliament"); the plain capitalised tail is `head_tail_prepositions`'
    ("elections to the Lake Assembly")."""
    spec = rules.get("head_tail_bodies") or {}
    if not spec.get("heads"):
        return {}
    words = rules.get("ordinal_words", {})
    ordinal = _ORDINAL_DIGITS.pattern + (f"|{phrase_alternation(words)}" if words else "")
    cap_run = rf"{_TAIL_CAP}(?:{_SP}(?:(?:of|and|for|the|on|de){_SP})*{_TAIL_CAP})*"
    named = rf"(?:{ordinal}){_SP}{cap_run}"  # "the seventh State Duma"
    if spec.get("body_words"):
        # "the (first) parliament of the Lake Republic"
        body = phrase_alternation(spec["body_words"])
        named += rf"|(?:(?:{ordinal}){_SP})?{body}{_SP}of{_SP}(?:the{_SP})?{cap_run}"
    prepositions = phrase_alternation(spec.get("prepositions", ["to"]))
    pattern = re.compile(rf"{_SP}{prepositions}{_SP}the{_SP}(?:{named})")
    return {normalise_phrase(h): pattern for h in spec["heads"]}


def counts_as_ordinal(word: str, g: Grammar) -> bool:
    """Whether `word` is an ordinal that counts a gathering ("19th", "eighth", "Third"); also
    other modules' check of a title's words."""
    lowered = word.lower()
    return bool(_ORDINAL_DIGITS.fullmatch(lowered)) or lowered in g.ordinal_words


def _spelled_count_start(
    text: str, start: int, head_start: int, bare: bool, g: Grammar
) -> int | None:
    """Where a name that begins with a spelled ordinal at `start` (events.json's
    `lowercase_ordinal_names`, issue 12 round br) begins: at the next word after one of
    `not_after` ("a second Lake Forum": another one, not the second of a series); None when,
    `bare` (a lowercase head with no tail nor place after it), nothing but the ordinal stands
    before the head ("this is the ninth forum", "the fifth forum is under way": the page's own
    gathering or one named before it)."""
    words = [w for w in text[start:head_start].split() if w not in g.ordinal_frequency_words]
    if bare and len(words) == 1:
        return None
    if word_before(text, start).lower() in g.lowercase_ordinal_not_after:
        return _WORD.match(text, start).end() + 1
    return start


def _lowercase_ordinals(rules: dict) -> frozenset[str]:
    """events.json's `lowercase_ordinal_names` (issue 12 round br): the spelled ordinals, from
    `ordinal_words` and `tens_words` ("eighth", "twenty-first"), that stand in a name before
    one of its `heads` as a written one ("8th") does; none of `except` ("first": "the first
    forum" is most often the earliest one, not a count); empty when the rule is off."""
    rule = rules.get("lowercase_ordinal_names") or {}
    if not rule:
        return frozenset()
    units = {k.lower(): int(v) for k, v in rules.get("ordinal_words", {}).items()}
    words = set(units) - {w.lower() for w in rule.get("except", [])}
    if rule.get("compounds"):
        words |= {
            f"{tens.lower()}-{unit}"
            for tens in rules.get("tens_words", {})
            for unit, value in units.items()
            if value < 10
        }
    return frozenset(words)


@compiled_from_rules
def grammar(ruleset: Rules) -> Grammar:
    """The grammar of events.json, compiled once per rule set."""
    rules = ruleset.get("events", required=("heads", "connectors", "name_stopwords"))
    heads = {normalise_phrase(k): v for k, v in rules["heads"].items()}
    head_re = re.compile(r"\b" + phrase_alternation(heads) + r"\b", re.IGNORECASE)
    anniversary_words = rules.get("anniversary_words", ["anniversary"])
    ordinal = (
        r"(?:\d{1,3}(?:,\d{3})?(?:st|nd|rd|th)|\d{1,4}(?:st|nd|rd|th)"
        r"|[a-z]+(?:-[a-z]+)?(?:th|st|nd|rd))"
    )
    place_prep = rules.get("place_tail_preposition", "in")
    abbreviated_wars = rules.get("abbreviated_wars") or {}  # issue 12 round ah
    multilateral = rules.get("counted_multilateral_gatherings") or {}  # round aj, au
    return Grammar(
        heads=heads,
        head_re=head_re,
        head_first_words=frozenset(_PLAIN_WORD.match(h).group().lower() for h in heads),
        connectors=frozenset(w.lower() for w in rules["connectors"]),
        dashes=frozenset(rules.get("name_dashes", [])),
        year_list_joiners=frozenset(rules.get("name_year_list_joiners", [])),
        unspaced_dashes=frozenset(rules.get("name_unspaced_dashes", [])),
        name_stop=frozenset(rules["name_stopwords"]) | {"The", "A", "An"},
        lower_stop=frozenset(w.lower() for w in rules.get("lowercase_modifier_stopwords", []))
        # "a rather productive session of the Lake Council" (issue 12u)
        | frozenset(w.lower() for w in rules.get("evaluative_modifier_words", [])),
        capitalised_only=frozenset(normalise_phrase(w) for w in rules["capitalised_only_heads"]),
        standalone=frozenset(normalise_phrase(w) for w in rules.get("standalone_heads", [])),
        ordinal_only=frozenset(normalise_phrase(w) for w in rules.get("ordinal_only_heads", [])),
        lowercase_with_tail=frozenset(
            normalise_phrase(w) for w in rules.get("lowercase_heads_with_named_tail", [])
        ),
        proper_tail_heads=frozenset(
            normalise_phrase(w) for w in rules.get("proper_tail_heads", [])
        ),
        proper_tail_followers=frozenset(w.lower() for w in rules.get("proper_tail_followers", [])),
        time_possessives=frozenset(
            w.lower() for w in rules.get("time_words_before_possessive", [])
        ),
        indefinite_determiners=frozenset(
            w.lower() for w in rules.get("proper_tail_indefinite_determiners", [])
        ),
        tail_title_words=frozenset(w.lower() for w in rules.get("proper_tail_title_words", [])),
        # ", Pineland and Hillmark", ", Hillmark, the United Provinces, and the Isles": the rest
        # of a list of names the tail began ("the summit of Lakeland, Pineland and Hillmark")
        tail_list_re=re.compile(
            rf"(?:,{_SP}(?:the{_SP})?{_TAIL_CAP}(?:{_SP}{_TAIL_CAP})*)*,?{_SP}and{_SP}"
            rf"(?:the{_SP})?{_TAIL_CAP}(?:{_SP}{_TAIL_CAP})*"
        )
        if rules.get("proper_tail_lists", True)
        else re.compile(r"(?!)"),
        # "in Asia", "in Europe": a region that ends a name ("Conference on Rivers and Water
        # Management in Asia"), not where one meeting of it is held
        tail_region_re=re.compile(rf"{_SP}in{_SP}(?:{phrase_alternation(rules['tail_regions'])})\b")
        if rules.get("tail_regions")
        else re.compile(r"(?!)"),
        lower_max=int(rules.get("lowercase_modifiers_max", 2)),
        not_events=tuple(n.lower() for n in rules.get("not_events", [])),
        tail_re=_tail_pattern(rules.get("tail_prepositions", ["of", "on", "for"])),
        head_tail_res={
            normalise_phrase(h): _tail_pattern(preps)
            for h, preps in rules.get("head_tail_prepositions", {}).items()
        },
        head_tail_body_res=_body_tail_patterns(rules),
        # "in Sochi", "in Rio de Janeiro", "in the Baltic Sea"; not "in June", not "in May 2019"
        place_re=re.compile(
            rf"{_SP}{re.escape(place_prep)}{_SP}(?:the{_SP})?{_TAIL_CAP}"
            rf"(?:{_SP}(?:(?:de|of|and|the){_SP})?{_TAIL_CAP})*"
        ),
        place_kinds=frozenset(rules.get("place_tail_kinds", [])),
        place_naming=frozenset(w.lower() for w in rules.get("place_naming_modifiers", [])),
        popular_vote_heads=frozenset(w.lower() for w in rules.get("popular_vote_heads", [])),
        popular_vote_nouns=frozenset(w.lower() for w in rules.get("popular_vote_noun_words", [])),
        popular_vote_topic_re=re.compile(
            rf"\b{phrase_alternation(rules['popular_vote_topic_words'])}\b", re.IGNORECASE
        )
        if rules.get("popular_vote_topic_words")
        else re.compile(r"(?!)"),
        organisation_re=re.compile(
            rf"{_SP}(?:{_CAP}{_SP}){{0,2}}?"
            + phrase_alternation(rules.get("organisation_words", []))
            + r"\b"
        ),
        organisation_of_re=re.compile(
            r"\b"
            + phrase_alternation(rules.get("organisation_words", []))
            + rf"{_SP}of{_SP}(?:the{_SP})?$"
        ),
        # "President of the Baltic Sea Parliamentary Conference": an office of a body; the
        # titles are matched with their capitals ("as president of the Salon" is left alone)
        office_of_re=re.compile(
            rf"\b{phrase_alternation(rules['office_titles_before'])}{_SP}of{_SP}(?:the{_SP})?$"
            if rules.get("office_titles_before")
            else r"(?!x)x"
        ),
        anniversary_re=re.compile(
            # "75th anniversary", "1,100th anniversary", "1250th foundation anniversary",
            # "centenary anniversary"
            rf"(?<![\w,])(?:({ordinal})\s+(?:(?:birth|foundation|founding)\s+)?)?"
            rf"({phrase_alternation(anniversary_words)})(?:\s+anniversary)?\b",
            re.IGNORECASE,
        ),
        anniversary_words=tuple(sorted({w.lower() for w in anniversary_words})),
        anniversary_word_re=re.compile(
            rf"({phrase_alternation(anniversary_words)})(?:\s+anniversary)?\b", re.IGNORECASE
        ),
        ordinal_before_re=re.compile(
            rf"(?<![\w,])({ordinal})\s+(?:(?:birth|foundation|founding)\s+)?$", re.IGNORECASE
        ),
        anniversary_numbers={
            k.lower(): int(v) for k, v in rules.get("anniversary_numbers", {}).items()
        },
        ordinal_words={k.lower(): int(v) for k, v in rules.get("ordinal_words", {}).items()},
        tens_words={k.lower(): int(v) for k, v in rules.get("tens_words", {}).items()},
        tail_stops=frozenset(w.lower() for w in rules.get("anniversary_tail_stops", [])),
        and_clause_words=frozenset(
            w.lower() for w in rules.get("anniversary_tail_clause_prepositions", [])
        ),
        addressee_words=frozenset(w.lower() for w in rules.get("anniversary_addressee_words", [])),
        tail_trailing=frozenset(w.lower() for w in rules.get("anniversary_tail_trailing", [])),
        tail_max=int(rules.get("anniversary_tail_words_max", 12)),
        tail_open_objects={
            w.lower(): frozenset(x.lower() for x in passes)
            for w, passes in rules.get("anniversary_tail_open_objects", {}).items()
        },
        tail_after_year_stops=frozenset(
            w.lower() for w in rules.get("anniversary_tail_after_year_stops", [])
        ),
        tail_after_proper_stops=frozenset(
            w.lower() for w in rules.get("anniversary_tail_after_proper_stops", [])
        ),
        tail_pair_prepositions=frozenset(
            w.lower() for w in rules.get("anniversary_tail_pair_prepositions", [])
        ),
        tail_manner_links=frozenset(
            w.lower() for w in (rules.get("anniversary_tail_manner_links") or {}).get("links", [])
        ),
        tail_manner_not_words=frozenset(
            w.lower()
            for w in (rules.get("anniversary_tail_manner_links") or {}).get("not_words", [])
        ),
        tail_pair_complete=frozenset(
            w.lower() for w in rules.get("anniversary_tail_pair_complete", [])
        ),
        tail_pair_extra_words=int(rules.get("anniversary_tail_pair_extra_words", 0)),
        tail_time_prepositions=frozenset(
            w.lower() for w in rules.get("anniversary_tail_time_prepositions", [])
        ),
        tail_period_re=re.compile(
            r"[^\S\n]+the[^\S\n]+(?:"
            + "|".join(
                r"[^\S\n]+".join(map(re.escape, w.split()))
                for w in sorted(
                    rules.get("anniversary_tail_period_words", []), key=len, reverse=True
                )
            )
            + r")\b",
            re.IGNORECASE,
        )
        if rules.get("anniversary_tail_period_words")
        else re.compile(r"(?!)"),
        acronym_re=(
            # "\b[A-Z]" written as "[A-Z]" and no word character before it: a pattern that
            # begins with a character class is searched for in the regex engine's fast loop
            _ACRONYM_YEAR if rules.get("acronym_with_year", True) else None
        ),
        lowercase_need_name=bool(rules.get("lowercase_heads_need_name", True)),
        possessives=frozenset(w.lower() for w in rules.get("possessive_determiners", [])),
        count_words=frozenset(w.lower() for w in rules.get("count_words", [])),
        day_months=frozenset(rules.get("day_of_month_before_names", {}).get("months", [])),
        place_nouns=frozenset(w.lower() for w in rules.get("place_nouns_after_head", [])),
        tail_possessed=bool(rules.get("anniversary_tail_possessed_nouns", False)),
        tail_possessive_start=bool(rules.get("anniversary_tail_possessive_start", False)),
        bracket_insertions=bool(rules.get("name_bracketed_insertions", False)),
        bracketed_initials_max_letters=int(
            rules.get("bracketed_initials_before_head", {}).get("max_letters", 0)
        ),
        council_only_heads=frozenset(
            normalise_phrase(w) for w in rules.get("council_only_heads", [])
        ),
        sentence_start_plain=_sentence_start_plain(rules),
        untailed_place_kinds=frozenset(rules.get("untailed_place_kinds", [])),
        adjective_place_endings=tuple(
            (rules.get("adjective_places_refused") or {}).get("endings", [])
        ),
        anniversary_event_re=re.compile(
            rf"{_SP}(?:{phrase_alternation(rules['anniversary_event_nouns'])})\b(?![’'-])"
        )
        if rules.get("anniversary_event_nouns")
        else re.compile(r"(?!)"),
        session_of_body_heads=frozenset(
            normalise_phrase(h) for h in rules.get("session_of_body_heads", [])
        ),
        named_day_re=_named_day_pattern(rules.get("named_days")),
        named_day_heads=tuple((rules.get("named_days") or {}).get("heads", [])),
        named_day_kind=(rules.get("named_days") or {}).get("kind", "other"),
        council_re=_council_pattern(rules.get("gathering_councils")),
        council_modifiers=tuple((rules.get("gathering_councils") or {}).get("modifiers", [])),
        council_kind=(rules.get("gathering_councils") or {}).get("kind", "meeting"),
        uncounted_anniversary_re=re.compile(
            rf"{_SP}(?:of|since){_SP}(?:the{_SP})?"
            rf"(?:{phrase_alternation(rules['uncounted_anniversary_event_nouns'])})"
            rf"{_SP}of{_SP}(?:the{_SP})?[A-Z]"
        )
        if rules.get("uncounted_anniversary_event_nouns")
        else re.compile(r"(?!)"),
        war_abbreviation_re=_whole_words_pattern(list(abbreviated_wars.get("names", {}))),
        war_abbreviations=tuple(abbreviated_wars.get("names", {})),
        war_abbreviation_names=tuple(abbreviated_wars.get("names", {}).items()),
        war_abbreviation_kind=abbreviated_wars.get("kind", "war"),
        nested_kinds=frozenset((rules.get("wars_inside_anniversaries") or {}).get("kinds", [])),
        multilateral_re=_multilateral_pattern(rules.get("counted_multilateral_gatherings")),
        multilateral_modifiers=tuple(
            (rules.get("counted_multilateral_gatherings") or {}).get("modifiers", [])
        ),
        count_before_re=re.compile(
            rf"(?<![\w,-])(?:{ordinal}|(?:19|20)\d\d)[ \t]+$", re.IGNORECASE
        ),
        inner_heads=frozenset(normalise_phrase(w) for w in rules.get("heads_inside_names", [])),
        lowercase_ordinals=_lowercase_ordinals(rules),
        ordinal_frequency_words=frozenset(
            w.lower() for w in rules.get("ordinal_frequency_words", [])
        ),
        lowercase_ordinal_not_after=frozenset(
            w.lower() for w in (rules.get("lowercase_ordinal_names") or {}).get("not_after", [])
        ),
        lowercase_ordinal_heads=frozenset(
            normalise_phrase(w)
            for w in (rules.get("lowercase_ordinal_names") or {}).get("heads", [])
        ),
        frequency_before_re=re.compile(
            rf"(?<![\w-])(?:{phrase_alternation(multilateral['frequency_words'])})[ \t]+$"
        )
        if multilateral.get("frequency_words")
        else re.compile(r"(?!)"),
        frequency_only_modifiers=frozenset(multilateral.get("frequency_only_modifiers", [])),
        tail_proper_run_max=int(
            (rules.get("anniversary_tail_proper_run") or {}).get("max_extra_words", 0)
        ),
        tail_proper_run_links=frozenset(
            w.lower() for w in (rules.get("anniversary_tail_proper_run") or {}).get("links", [])
        ),
    )


def _multilateral_pattern(rule: dict | None) -> re.Pattern:
    """events.json's `counted_multilateral_gatherings`: a modifier ("trilateral"), a head
    ("meeting"), maybe "of the" and who meets ("heads of state"), and after a comma or a dash
    an apposition of what they are ("guarantors of the Lake process"). Case-sensitive."""
    if not rule or not rule.get("modifiers") or not rule.get("heads"):
        return re.compile(r"(?!)")
    tail = ""
    if rule.get("participants"):
        apposition = ""
        if rule.get("appositions") and rule.get("apposition_ends"):
            apposition = (
                rf"(?:(?:,|{_SP}[–—-]){_SP}(?:{phrase_alternation(rule['appositions'])}){_SP}"
                rf"of{_SP}the{_SP}[A-Z][\w-]*(?:{_SP}[A-Z][\w-]*)*{_SP}"
                rf"(?:{phrase_alternation(rule['apposition_ends'])}))?"
            )
        tail = (
            rf"(?:{_SP}of{_SP}the{_SP}(?:{phrase_alternation(rule['participants'])})"
            rf"(?![\w-]){apposition})?"
        )
    return re.compile(
        rf"(?<![\w’'-])(?:{phrase_alternation(rule['modifiers'])}){_SP}"
        rf"(?:{phrase_alternation(rule['heads'])})(?![\w-]){tail}"
    )


def _whole_words_pattern(words: list[str] | None) -> re.Pattern:
    """One of `words`, written as they are, not inside a longer word ("WWII", not "WWIII")."""
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<![\w’'-])(?:{phrase_alternation(words)})(?![\w-])")


def _council_pattern(rule: dict | None) -> re.Pattern:
    """events.json's `gathering_councils`: one of its modifiers, then its head, maybe an "of"
    tail of capitalised words ("Bishops’ Council of the Lake Orthodox Church"). Case-sensitive."""
    if not rule or not rule.get("modifiers"):
        return re.compile(r"(?!)")
    return re.compile(
        rf"(?<![\w’'-]){phrase_alternation(rule['modifiers'])}{_SP}"
        rf"{phrase_alternation([rule.get('head', 'Council')])}\b(?![’'-])"
        rf"(?:{_SP}of{_SP}(?:the{_SP})?{_TAIL_CAP}(?:{_SP}(?:(?:of|and|the){_SP})*{_TAIL_CAP})*)?"
    )


def _named_day_pattern(rule: dict | None) -> re.Pattern:
    """events.json's `named_days`: one of its capitalised heads, then one of its prepositions
    and capitalised words joined by connectors or its joiners ("Day of Unity between the
    Peoples of Lakeland and Pineland"); never across a paragraph break. Case-sensitive."""
    if not rule or not rule.get("heads"):
        return re.compile(r"(?!)")
    joiners = phrase_alternation(["of", "and", "for", "the", "on", *rule.get("joiners", [])])
    cap = r"(?!I\b)" + _TAIL_CAP  # "on the Day of Lake Unity and I wish you": not "I"
    return re.compile(
        rf"(?<![\w’'-]){phrase_alternation(rule['heads'])}{_SP}"
        rf"(?:{phrase_alternation(rule.get('prepositions', ['of']))}){_SP}(?:the{_SP})?"
        rf"{cap}(?:{_SP}(?:{joiners}{_SP})*{cap})*"
    )


# lowercases ASCII letters only: one character for one, so offsets stay those of the text
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_WORD_CHAR = re.compile(r"\w")


def word_positions(lowered: str, words) -> list[int]:
    """Sorted starts of the whole-word occurrences of `words` (lowercase ASCII) in `lowered`.

    One `str.find` scan per word runs in C; walking every word of a long transcript in Python,
    or trying an alternation of many words at every character, is several times slower."""
    starts = []
    for word in words:
        n = len(word)
        i = lowered.find(word)
        while i >= 0:
            before = lowered[i - 1] if i else " "
            after = lowered[i + n] if i + n < len(lowered) else " "
            if not _WORD_CHAR.match(before) and not _WORD_CHAR.match(after):
                starts.append(i)
            i = lowered.find(word, i + n)
    starts.sort()
    return starts


def lowercase_ascii(text: str) -> str:
    """`text` with its letters lowercased and every character at its offset."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered  # no character grew (lowercasing never shrinks one)
    return text.translate(_ASCII_LOWER)


# a run of word characters (`short_cue_positions`)
_WORD_CHARS_RUN = re.compile(r"\w+")
# below this many characters a text's word runs are looked up one by one (`short_cue_positions`);
# above it one `str.find` scan per cue word is faster (`word_positions`). Both give the same lists.
SHORT_TEXT_CHARS = 256


def short_cue_positions(
    lowered: str, heads: frozenset[str], anniversaries: frozenset[str]
) -> tuple[list[int], list[int]]:
    """`word_positions(lowered, heads)` and `word_positions(lowered, anniversaries)`, for words
    made of word characters (`\\w`) only, read in one pass over the text's runs of word
    characters: such a word stands whole exactly where a run is that word (a run is one word
    at most, so no place is found twice). On a short text (a title) a few runs are fewer steps
    than one `str.find` scan per cue word."""
    head_starts, anniversary_starts = [], []
    for m in _WORD_CHARS_RUN.finditer(lowered):
        word = m.group()
        if word in heads:
            head_starts.append(m.start())
        if word in anniversaries:
            anniversary_starts.append(m.start())
    return head_starts, anniversary_starts


@compiled_from_rules
def _run_cue_words(ruleset: Rules) -> tuple[frozenset[str], frozenset[str]] | None:
    """The cue words of `cue_positions` (heads' first words, anniversary words) as sets, for
    `short_cue_positions`; None when one of them holds a character other than a word
    character (a hyphen, a space), which a run of word characters would not find."""
    heads = frozenset(grammar(ruleset).head_first_words)
    anniversaries = frozenset(anniversary_cue_words(ruleset))
    if not all(_WORD_CHARS_RUN.fullmatch(w) for w in heads | anniversaries):
        return None
    return heads, anniversaries


def cue_positions(ruleset: Rules, text: str) -> tuple[list[int], list[int]]:
    """Where the first words of heads, and anniversary words, stand in `text`: the places
    `find_events` looks at. The event component finds them in the Doc's tokens instead; the
    document's title is read here (`title_event`), by its word runs (`short_cue_positions`)."""
    lowered = lowercase_ascii(text)
    if len(lowered) < SHORT_TEXT_CHARS:
        words = _run_cue_words(ruleset)
        if words is not None:
            return short_cue_positions(lowered, *words)
    g = grammar(ruleset)
    return word_positions(lowered, g.head_first_words), word_positions(
        lowered, anniversary_cue_words(ruleset)
    )


def head_matches(
    text: str, head_re: re.Pattern, first_words: frozenset[str], starts: list[int] | None = None
):
    """The matches of `head_re` in `text`, as `head_re.finditer` would give them: the pattern
    is tried only where a head's first word stands (`starts`, else `word_positions`)."""
    if starts is None:
        starts = word_positions(lowercase_ascii(text), first_words)
    last_end = 0
    for start in starts:
        if start < last_end:
            continue
        m = head_re.match(text, start)
        if m:
            last_end = m.end()
            yield m


def is_name_word(word: str, stop: frozenset[str]) -> bool:
    """A capitalised word, a year or an ordinal: a word that may stand in an event's name."""
    if word in stop:
        return False
    first = word[0]
    if not (first.isupper() or first.isdigit()):
        # a lowercase word is none, read first: the tests below only refuse, and an ordinal in
        # digits ("16th") starts with a digit (what `\d` matches, `str.isdigit` holds)
        return False
    if word.isdigit() and not _YEAR.fullmatch(word):
        return False  # a count ("3 Arctic summits"), not part of a name; a year is
    if _TIMES.fullmatch(word):
        return False  # "the 16-time Dakar Rally champion"
    if _HYPHEN_ADJECTIVE.fullmatch(word):
        return False  # "free, UN-supervised elections": no name, however capitalised
    return True


# compiled once (a pattern written in a call is looked up in `re`'s cache at each call)
_ORDINAL_NUMBER = re.compile(r"(\d{1,3}(?:,\d{3})?|\d{1,4})(?:st|nd|rd|th)")
_POSSESSED = re.compile(r"(\w+?)(?:['’]s|s['’])")
_NUMBER_SUFFIX = re.compile(r"\s+(?:II|I|One|Two|(?:19|20)\d{2})\b")  # "World War II"


def ordinal_value(ruleset: Rules, word: str, g: Grammar | None = None) -> int | None:
    """75 for "75th", "seventy-fifth" or "Seventy-Fifth"; None when `word` is no ordinal."""
    g = g or grammar(ruleset)
    word = word.lower()
    m = _ORDINAL_NUMBER.fullmatch(word)
    if m:
        return int(m.group(1).replace(",", ""))
    if word in g.ordinal_words:
        return g.ordinal_words[word]
    tens, _, unit = word.partition("-")
    if unit and tens in g.tens_words and unit in g.ordinal_words and g.ordinal_words[unit] < 10:
        return g.tens_words[tens] + g.ordinal_words[unit]
    return None


class _LowercaseWords:
    """The words a text writes in lowercase, collected on first use (one pass over the text)."""

    def __init__(self, text: str):
        self.text = text
        self.words: frozenset[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self.words is None:
            self.words = frozenset(re.findall(r"(?<![\w’'-])[a-z][\w’'-]*", self.text))
        return word in self.words


_GLOSS = re.compile(r"(?<=[\w’'])[^\S\n]+\[[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*){0,4}$")


def _gloss_start(text: str, end: int) -> int | None:
    """Where a gloss of capitalised words in square brackets ending at text[end] (before its
    "]") starts, the space before its "[" included, when a word stands right before it; else
    None."""
    m = _GLOSS.search(text, max(0, end - 80), end)
    return m.start() if m else None


def _sentence_start_plain(rules: dict) -> frozenset[str]:
    """The plain words that, capitalised as a sentence's first word right before a lowercase
    head, name no event ("Honest elections", "Without elections", "Open elections";
    `sentence_start_not_name_words`, issue 12 round bw): the key's words and, when it is given,
    the lowercase modifiers that are no part of a name either (lowercase_modifier_stopwords,
    evaluative_modifier_words)."""
    words = rules.get("sentence_start_not_name_words") or []
    if not words:
        return frozenset()
    return frozenset(
        w.lower()
        for w in list(words)
        + rules.get("lowercase_modifier_stopwords", [])
        + rules.get("evaluative_modifier_words", [])
    )


def _walk_back(
    text: str,
    head_start: int,
    g: Grammar,
    head: str = "",
    lower_max: int | None = None,
    glosses: bool = False,
    of_the: bool = False,
    of_the_bodies: frozenset[str] = frozenset(),
) -> tuple[int, int, int]:
    """Where the name before the head at `head_start` begins: (start, name words, lowercase
    modifiers). With no name word, the start is that of the lowercase modifiers, if any.
    `head` (lowercase): "and" right before it joins a word that makes a head with the head's last
    word, said once for both ("the Tokyo Olympic and Paralympic games": Olympic games).
    `lower_max`: how many lowercase modifiers at most (the grammar's by default); `glosses`:
    capitalised words in square brackets after a name word are its translation, inside the name
    ("Lakovaya Gonka [Lake Race] nationwide ski race"; issue 12af). `of_the`: "the" between
    the connector "of" and a name word stays inside the name ("the Baker of the Year contest";
    issue 12 round bk), unless the word before "of" is one of `of_the_bodies` ("the Pine
    Council of the Lake Leaders contest": a body's name before the contest's)."""
    lower_max = g.lower_max if lower_max is None else lower_max
    args = (text, head_start, g, head, lower_max, glosses, of_the, of_the_bodies)
    near = _near_words(text, head_start)
    if near is not None:
        walked = _walk_words(*args, near, complete=False)
        if walked is not None:
            return walked
    words = _words_nearest_first(text, max(0, head_start - _WALK_REACH), head_start)
    return _walk_words(*args, words, complete=True)  # type: ignore[return-value]


# how far before a head its name's words are read (`_walk_back`), and the shorter reach read
# first: most walks stop within a few words, and the words of 160 characters are many matches
_WALK_REACH = 160
_WALK_NEAR = 60
# a character no match of `_WORD` holds: a scan of `_WORD` is at rest after one
_NOT_WORD_CHARACTER = re.compile(r"[^\w’'.&\-–]")


def _near_words(text: str, head_start: int) -> list[re.Match] | None:
    """The matches of `_WORD` before `head_start` (nearest first) after the first character no
    match holds in the last `_WALK_NEAR` characters: the same matches as the scan of the whole
    reach (`_WALK_REACH`) gives from there, since no match of that scan runs across such a
    character, and the two scans go on alike from it. None when the short reach is the whole
    reach, or it has no such character."""
    lo = max(0, head_start - _WALK_REACH)
    near = max(lo, head_start - _WALK_NEAR)
    if near == lo:
        return None
    rest = _NOT_WORD_CHARACTER.search(text, near, head_start)
    if rest is None:
        return None
    return _words_nearest_first(text, rest.end(), head_start)


def _words_nearest_first(text: str, lo: int, hi: int) -> list[re.Match]:
    """The matches of `_WORD` in text[lo:hi], the last first (as a walk back reads them)."""
    words = list(_WORD.finditer(text, lo, hi))
    words.reverse()  # in place: one list, not two
    return words


def _walk_words(
    text: str,
    head_start: int,
    g: Grammar,
    head: str,
    lower_max: int,
    glosses: bool,
    of_the: bool,
    of_the_bodies: frozenset[str],
    words: list[re.Match],
    complete: bool,
) -> tuple[int, int, int] | None:
    """`_walk_back` over `words` (the matches of `_WORD` before the head, nearest first). Not
    `complete` (the nearest words only): None as soon as the walk would read a word farther
    than the two after the one it is at (it reads at most those) or run out of words; the
    answer is then read over every word of the reach."""
    start = lower_start = head_start
    name_words = lower_mods = 0
    prev_end = head_start
    after_connector = False
    last = head.rsplit(" ", 1)[-1]
    for i, w in enumerate(words):
        if not complete and i + 2 >= len(words):
            return None  # the words of the short reach may end here: read the whole reach
        if w.end() > prev_end:
            continue  # a word of a gloss passed over
        gap = text[w.end() : prev_end]
        if (
            "]" in gap
            and g.bracket_insertions
            and gap.strip(" ") == "]"
            and text[prev_end : prev_end + 1].isupper()
            and text[w.start() - 1 : w.start()] == "["
            and w.group(0).islower()
        ):
            prev_end = w.start() - 1  # "2031 [football] Lake Cup": an editor's word, skipped
            continue
        if glosses and gap.strip(" ") == "]":
            gloss = _gloss_start(text, w.end())
            if gloss is not None:
                prev_end = gloss  # "Lakovaya Gonka [Lake Race] ski race": a translation
                continue
        if (
            name_words == 0
            and lower_mods == 0
            and i == 0
            and _bracketed_initials(text, w, gap, g.bracketed_initials_max_letters)
        ):
            # "the Lake Economic Union (LEU) summit": the initials of the name before them,
            # inside the name (issue 12 round bo)
            prev_end = w.start() - 1
            continue
        word = w.group(0).rstrip(".")
        if not word or (word != w.group(0) and _ends_a_sentence(word)):
            break  # "ended in 1918. World War II began": the name starts after the full stop
        if gap.strip(" "):
            # punctuation ends the name, but a spaced dash joins two names ("Russia – EU summit")
            joined = (
                name_words > 0
                and gap.strip() in g.dashes
                and gap.startswith(" ")
                and gap.endswith(" ")
                and is_name_word(word, g.name_stop)
            )
            # an unspaced dash between two capitalised words joins them as a hyphen does
            # ("the Lakeland–Pineland summit" as "Lakeland-Pineland"; issue 12 round dash63)
            joined = joined or (
                name_words > 0
                and gap in g.unspaced_dashes
                and word[0].isupper()
                and words[i - 1].group(0)[0].isupper()
                and is_name_word(word, g.name_stop)
            )
            # "the 2010, 2014 and 2018 Games": a comma between years of one list (issue 12w)
            joined = joined or (
                name_words > 0
                and gap.strip() in g.year_list_joiners
                and bool(_YEAR.fullmatch(word))
                and bool(_YEAR.fullmatch(words[i - 1].group(0)))
                and _year_list_rest(g.year_list_joiners).match(text, w.end()) is not None
            )
            if not joined:
                break
        if (
            after_connector
            and word.lower() in g.heads
            and word[0].isupper()
            and word.lower() not in g.inner_heads
        ):
            break  # "International Forum and 8th Congress": two events, not one name
        if (
            of_the
            and name_words > 0
            and word == "the"
            and not gap.strip(" ")
            and i + 1 < len(words)
            and words[i + 1].group(0) == "of"
            and not text[words[i + 1].end() : w.start()].strip(" ")
            and not (i + 2 < len(words) and words[i + 2].group(0) in of_the_bodies)
        ):
            prev_end = w.start()  # "Baker of the Year": "of the" joins two name words (bk)
            continue
        if (
            word in g.ordinal_frequency_words
            and i + 1 < len(words)
            and not text[words[i + 1].end() : w.start()].strip(" ")
            and counts_as_ordinal(words[i + 1].group(0), g)
        ):
            prev_end = w.start()  # "the eighth annual Lake Forum": inside a count (12 round br)
            continue
        after_connector = False
        if (
            name_words == 0
            and lower_mods == 0
            and word.lower() in g.sentence_start_plain
            and text[head_start : head_start + 1].islower()
            and _is_sentence_initial(text, w.start())
        ):
            break  # "Honest elections are ...": no name before the head (issue 12 round bw)
        if is_name_word(word, g.name_stop) or (
            word in g.lowercase_ordinals and head in g.lowercase_ordinal_heads
        ):
            start = w.start()
            name_words += 1
        elif word.lower() in g.heads and word[0].isupper():
            break  # another event's head: names do not run into each other
        elif word.lower() in g.connectors and (
            name_words > 0
            or (
                word.lower() == "and"
                and " " in head
                and i + 1 < len(words)
                and f"{words[i + 1].group(0).lower()} {last}" in g.heads
            )
        ):
            after_connector = True  # kept only if a name word precedes it as well
        elif (
            name_words == 0
            and lower_mods < lower_max
            and word.islower()
            # "last year’s summit", "today’s session": a date's word, not a name's
            and _possessed_by(word) not in g.time_possessives
            and word not in g.lower_stop
            and word not in g.heads
        ):
            lower_mods += 1
            lower_start = w.start()
        else:
            break
        prev_end = w.start()
    else:
        if not complete:
            return None  # no word in the short reach
    return (start if name_words else lower_start), name_words, lower_mods


def _bracketed_initials(text: str, w: re.Match, gap: str, max_letters: int) -> bool:
    """Whether the word `w` right before a head (`gap` between them) is a body's initials in
    round brackets ("(LEU) summit": capital letters only, at most `max_letters`), right after a
    capitalised word and one space ("Union (LEU)")."""
    word = w.group(0)
    if not (
        max_letters > 0
        and gap == ") "
        and 2 <= len(word) <= max_letters
        and word.isalpha()
        and word.isupper()
        and text[max(0, w.start() - 2) : w.start()] == " ("
    ):
        return False
    bracket = w.start() - 1
    before = _start_of_word_before(text, bracket)
    if not (before < bracket - 1 and text[before].isupper()):
        return False
    # the initials begin as one of the capitalised words before them ("Lake Union (LU)"), not
    # a word of another kind ("Thirteenth (WPF) Festival")
    firsts = {n.group(0)[0] for n in _WORD.finditer(text, max(0, bracket - 80), bracket)}
    return word[0] in firsts


# one digit after the head of a numbered kind, not a count or a measure ("2 years", "2%")
_DIGIT_NUMERAL = re.compile(
    r"\s+[1-9](?!\w|[.,]\d|\s*%|\s+(?:years?|months?|days?|percent|per\s+cent|million|"
    r"billion|thousand|times)\b)"
)


@compiled_from_rules
def _numbered_kinds(ruleset: Rules) -> frozenset[str]:
    """events.json's `numbered_event_kinds`: kinds whose numeral after the head is its own
    ("World War 2")."""
    return frozenset(ruleset.get("events", required=("heads",)).get("numbered_event_kinds", []))


@functools.lru_cache(maxsize=4)
def _year_list_rest(joiners: frozenset[str]) -> re.Pattern:
    """The rest of a list of years after one of them: more years after `joiners`, then "and"
    or "or" and a last year (", 2014 and 2018"); "Since 2019, 2020 Lake Games" is no list."""
    joiner = "|".join(re.escape(j) for j in sorted(joiners))
    return re.compile(rf"(?:\s*(?:{joiner})\s*(?:19|20)\d{{2}})+\s+(?:and|or)\s+(?:19|20)\d{{2}}\b")


def _ends_a_sentence(word: str) -> bool:
    """Whether a word written with a full stop after it ends a sentence: a year, a lowercase
    word or a word of more than three letters ("1918.", "Paris."); not an abbreviation ("St.",
    "U.S.")."""
    return word.isdigit() or word.islower() or (len(word) > 3 and "." not in word)


def _possessed_by(word: str) -> str:
    """ "year" for "year’s" or "years’"; "" for a word that is no possessive."""
    m = _POSSESSED.fullmatch(word)
    return m.group(1) if m else ""


def _first_word(text: str, index: int) -> str:
    m = _WORD.match(text, index)
    return m.group(0) if m else ""


def _ordinal_at_or_before(ruleset: Rules, text: str, index: int, g: Grammar) -> int | None:
    """The start of an ordinal at `index`, or up to two lowercase words before it ("the 15th
    regular Russian-Chinese meeting")."""
    if ordinal_value(ruleset, _first_word(text, index), g) is not None:
        return index
    lo = max(0, index - 60)
    # the nearest word first: "at the eighth International Meeting" looks at "eighth", not
    # at "at" two words before it (a leftmost match would)
    words = list(_WORD_RUN.finditer(text[lo:index]))[-3:]
    for back, word in enumerate(reversed(words)):
        between = words[len(words) - back :]
        if not all(re.fullmatch(r"[a-z][\w-]*", w.group(0)) for w in between):
            return None
        if ordinal_value(ruleset, word.group(0), g) is not None:
            if word.group(0).lower() in g.lower_stop:
                return None  # "the first meeting of the Council": of a year, or a line-up
            return lo + word.start()
    return None


def _tail_first_word(tail: str) -> str:
    """The first word of a name's tail after its preposition and "the", lower-cased ("of the
    Heads of State" -> "heads")."""
    words = [w for w in tail.split()[1:] if w.lower() != "the"]
    return words[0].lower() if words else ""


def _names_places(ruleset: Rules, pieces: list[str]) -> bool:
    """Whether every name in a tail and the list after it is a country or a region ("of
    Russia", ", Turkey and Iran"): only a list of places is taken whole, so that "after the
    summit of the BRICS, Brazil and India signed" keeps its clause."""
    from pipeline.nlp.places import find_places

    names = []
    for piece in pieces:
        piece = re.sub(r"^\s*(?:of|on|for|between)\b", "", piece.strip())
        names += [n for n in re.split(r",|\band\b", piece) if n.strip()]
    for name in names:
        name = re.sub(r"^\s*the\s+", "", name.strip())
        places = find_places(ruleset, name)
        if not any(p.start == 0 and p.end == len(name) for p in places):
            return False
    return True


def _tail_rest(ruleset: Rules, text: str, tail: re.Match, g: Grammar, proper: bool) -> int:
    """Where a name's "of/on" tail ends, with what continues it: the rest of a list of names
    after a lowercase head ("the summit of Russia, Turkey and Iran"; `proper`), a region
    ("... Measures in Asia"), or the place a capitalised participle asks for ("Congress of
    Ukrainians Living in Russia")."""
    end = tail.end()
    if proper:
        more = g.tail_list_re.match(text, end)
        if (
            more
            and _names_places(ruleset, [tail.group(0), more.group(0)])
            # "After the summit of the BRICS, Brazil and India signed": the list's last names
            # begin the next clause when a lowercase word (a verb) follows them
            and not _lowercase_word_follows(text, more.end(), g.proper_tail_followers)
        ):
            end = more.end()
    # (only a tail that says on or for what: "Conference on ... Management in Asia", "summit
    # of the Organisation for Forests and Clean Air in Europe"; after a body's plain name the
    # region is where one meeting of it is held: "the summit of the Shanghai Cooperation
    # Organisation in Europe")
    on_what = re.search(r"\b(?:on|for)\b", tail.group(0)) is not None
    region = g.tail_region_re.match(text, end) if on_what else None
    if region:
        return region.end()
    last = tail.group(0).split()[-1]
    if end == tail.end() and last.endswith("ing") and last[0].isupper():
        place = g.place_re.match(text, end)
        if place:
            return place.end()
    return end


def _who_meets_list_end(ruleset: Rules, text: str, place: re.Match, end: int, g: Grammar) -> int:
    """The end of a host's place that an "of" part of it goes on as a list of countries
    ("the trilateral summit in Pinetown of Lakeland, Pineland and Hillmark": who meets, issue
    12 round au): the end of that list, when all its names are places; else `end`."""
    of = place.group(0).rfind(" of ")
    if of < 0 or end != place.end():
        return end
    more = g.tail_list_re.match(text, end)
    if more and _names_places(ruleset, [place.group(0)[of:], more.group(0)]):
        return more.end()
    return end


def _place_end(text: str, place: re.Match, g: Grammar) -> int:
    """The end of a place tail without the name stop words it ran into ("in Lakeside I saw":
    the pronoun starts the next clause)."""
    end = place.end()
    words = list(re.finditer(r"\S+", place.group(0)))
    while len(words) > 2 and words[-1].group(0) in g.name_stop:
        words.pop()
        end = place.start() + words[-1].end()
    return end


def _adjective_place(text: str, place: re.Match, g: Grammar) -> bool:
    """Whether a place tail of "the" and capitalised words is a people's adjective before a
    lowercase noun ("in the Lakelandish capital"): its last word ends in one of
    `adjective_places_refused`'s endings and a lowercase word other than proper_tail_followers
    follows it (issue 12 round bn). "in the Lake Republic, scheduled" stays a place."""
    words = place.group(0).split()
    if not g.adjective_place_endings or words[1:2] != ["the"]:
        return False
    end = _place_end(text, place, g)
    last = text[place.start() : end].split()[-1]
    if not last.endswith(g.adjective_place_endings):
        return False
    return _lowercase_word_follows(text, end, g.proper_tail_followers)


def _lowercase_word_follows(text: str, at: int, followers: frozenset[str]) -> bool:
    """Whether a lowercase word other than `followers` comes right after text[:at]."""
    m = re.match(r"[^\S\n]+([a-z][\w’'-]*)", text[at : at + 40])
    return bool(m) and m.group(1) not in followers


_CAMEL_CASE = re.compile(r"(?<![\w’'-])[A-Z][a-z]+[A-Z][A-Za-z]*(?![\w’'-])")


def _camel_case_name(ruleset: Rules, text: str, start: int, head_start: int) -> bool:
    """Whether the name words before a head hold a word with a capital inside it after
    lowercase letters ("LakeSkills"): a brand, never an adjective nor a sentence's first word,
    so it names a head of lowercase_heads_after_name alone (events.json's
    `camel_case_name_words`, issue 12 round ck)."""
    rules = ruleset.get("events", required=("heads",))
    if not rules.get("camel_case_name_words"):
        return False
    return _CAMEL_CASE.search(text, start, head_start) is not None


@compiled_from_rules
def _lowercase_only_heads(ruleset: Rules) -> frozenset[str]:
    """events.json's `lowercase_only_heads` (issue 12 round ck): heads that name an event only
    in lowercase ("march"; "March" is the month)."""
    rules = ruleset.get("events", required=("heads",))
    return frozenset(normalise_phrase(h) for h in rules.get("lowercase_only_heads", []))


def _head_events(
    ruleset: Rules, text: str, starts: list[int], g: Grammar, lowercase: _LowercaseWords
) -> list[dict]:
    found = []
    contests = named_contests(ruleset)
    for m in head_matches(text, g.head_re, g.head_first_words, starts):
        head = normalise_phrase(m.group(0), lower=False)
        key = head.lower()
        capital = head[0].isupper()
        if capital and key in _lowercase_only_heads(ruleset):
            continue  # "March": the month; "the Lake Legion march" (issue 12 round ck)
        kind = g.heads[key]
        # "meetings": counted by an ordinal, named only by a council (issue 12 round bo)
        council_only = key in g.council_only_heads
        if g.organisation_re.match(text, m.end()):
            continue  # "Central Election Commission": a body, not an event
        if _hyphen_prefixed(ruleset, text, m.start()):
            continue  # "the country's post-war recovery": a modifier, no head (issue 12af)
        following = _NEXT_WORD.match(text, m.end())
        if following and following.group(1).lower() in g.place_nouns:
            continue  # "the VDNKh exhibition centre": a place, not an event
        council = False  # a meeting named by a council of states' leaders (12ah)
        counted = False  # an ordinal counts an ordinal-only head (round bi)
        after_name = _after_name_heads(ruleset)
        start, name_words, lower_mods = _walk_back(
            text,
            m.start(),
            g,
            key,
            lower_max=after_name.lower_max if key in after_name.more else None,
            glosses=key in after_name.heads and after_name.glosses,
            of_the=key in contests.of_the_heads,
            of_the_bodies=contests.bodies,
        )
        if not capital and not name_words:
            # "the Lake Pine national career guidance forum", "the Lake regional and local
            # media forum": more lowercase descriptors after a name (issue 12 round db)
            described = described_name_start(ruleset, text, m.start(), key, g)
            if described is not None:
                start, name_words = described
        end = m.end()
        suffix = _NUMBER_SUFFIX.match(text[end : end + 8])
        if suffix is None and capital and kind in _numbered_kinds(ruleset):
            suffix = _DIGIT_NUMERAL.match(text[end : end + 40])  # "World War 2"
        if suffix:
            end += suffix.end()
        if capital and suffix is None:
            end = brand_end(ruleset, text, end, key)  # "International Forum LAKEEXPO 2031" (12u)
            # "the XV International Forum Lake Energy 2031" (12y)
            end = title_after_generic_head(ruleset, text, start, m.start(), end, key)
            if end == m.end():
                end = title_after_named_head(ruleset, text, end, key)  # (12 round bh)
        if end == m.end() and suffix is None and (capital or name_words):
            end = quoted_title_end(ruleset, text, end, key)  # "Lake Forum “Pine”" (12 round bh)
        if capital:
            end = kind_word_closing_name(ruleset, text, end, key)  # "Cup ... Competitions" (12y)
        if name_words:
            start = title_before_head(ruleset, text, start)  # "the From Words to Deeds Forum"
        elif capital and key in g.standalone:
            start = m.start()  # "the winter Olympics": a whole name, lowercase words left out
        tail = g.tail_re.match(text, end)
        if tail and key in _lowercase_only_heads(ruleset):
            tail = None  # "the Lake Legion march on Victory Day": its day (issue 12 round ck)
        if tail is None and key in g.head_tail_res:
            tail = g.head_tail_res[key].match(text, end)
        if tail is None and key in g.head_tail_body_res:
            tail = g.head_tail_body_res[key].match(text, end)  # (12 round cu)
        if tail is None and not capital and not name_words:
            # "a summit of the leaders of Lakeland and Pineland" (issue 12 round ad)
            tail = who_meets_tail(ruleset, text, end, key, g.tail_re)
        if tail is None and key in g.popular_vote_heads:
            # "the nationwide vote on the constitutional amendments"; "the recent vote on
            # amending the Constitution": a charter topic names it without "nationwide" (12bc)
            before = word_before(text, m.start()).lower()
            by_place = before in g.place_naming
            if by_place or before in g.popular_vote_nouns:
                vote_end = anniversary_tail(
                    text, end, g, "on", max_words=5, topic=_title_rules(ruleset).vote_topic_capital
                )
                if vote_end > end:
                    vote_end = _capitalised_run_end(ruleset, text, vote_end)
                if not by_place and not g.popular_vote_topic_re.search(text, end, vote_end):
                    vote_end = end
                if vote_end > end:
                    start = _start_of_word_before(text, m.start()) if by_place else m.start()
                    found.append(_span_event(text, start, vote_end, kind))
                    continue
                if by_place and bare_popular_vote(ruleset, text, m.start(), end, before):
                    # "the nationwide vote ended on May 3": named by its reach alone (12cc)
                    start = _start_of_word_before(text, m.start())
                    found.append(_span_event(text, start, end, kind))
                    continue
        if not capital and not name_words:
            # "an international conference on water security": named by its topic (12be)
            topic_start, topic_end = topic_named_span(ruleset, text, m.start(), end, key, g)
            if topic_start is not None:
                found.append(_span_event(text, topic_start, topic_end, kind))
                continue
        if not capital and not name_words:
            # "an inter-regional junior ice hockey championship" (issue 12 round bq)
            sport_start = sport_named_start(ruleset, text, m.start(), key)
            if sport_start is not None:
                found.append(_span_event(text, sport_start, m.end(), kind))
                continue
        if not capital and not name_words and not tail:
            # "the inter-Lakelandish summit in Pinetown": named by who meets (issue 12 round co)
            prefixed_start = prefixed_people_start(ruleset, text, m.start(), key)
            if prefixed_start is not None:
                place = g.place_re.match(text, end)
                if place and (place_is_venue(ruleset, place) or _adjective_place(text, place, g)):
                    place = None
                place_end = _place_end(text, place, g) if place else end
                found.append(_span_event(text, prefixed_start, place_end, kind))
                continue
        inner = g.head_re.search(tail.group(0)) if tail and kind == "meeting" else None
        if inner and normalise_phrase(inner.group(0)) not in g.session_of_body_heads:
            continue  # "final session of the Summit": the summit is the event, if it is named
        # a lowercase "summit of ..." named by its tail alone (a list of names may go on)
        proper = bool(tail) and not capital and not name_words and key in g.proper_tail_heads
        proper = proper and key in g.lowercase_with_tail
        tail_end = _tail_rest(ruleset, text, tail, g, proper) if tail else end
        proper_end = tail.end() if tail else end
        if tail:
            tail_end = domain_list_end(ruleset, text, tail, tail_end)  # ", Arts and Crafts" (12y)
            cut = tail_end
            tail_end = completed_tail_end(ruleset, text, tail_end)  # "of the G7 leaders" (12u)
            # "a summit of the Lake Union leaders": the proper tail goes on with who meets
            # (issue 12 round ad, `completed_proper_tails`)
            if proper and tail_end > cut and _completes_proper_tail(ruleset, text, cut, tail_end):
                if word_before(text, m.start()).lower() not in _completed_tail_refusals(ruleset):
                    proper_end = tail_end
        place = None
        place_end = 0
        # "the summit in Lakeville": a bare lowercase head named by its host (round ap)
        bare = not capital and not tail
        host_start = _host_named_start(ruleset, text, m.start(), key, name_words) if bare else None
        bare = host_start is not None
        # "the Lake Union summit in Pinetown": a summit with no tail takes its host (round bn)
        untailed = not tail and kind in g.untailed_place_kinds
        if kind in g.place_kinds or bare or untailed:
            place = g.place_re.match(text, tail_end)
            if place and place_is_venue(ruleset, place):
                place = None  # "in the Lake Palace": where one part of it is held (12y)
            if place and _adjective_place(text, place, g):
                place = None  # "in the Lakelandish capital": no place named (round bn)
            if place:
                place_end = _place_end(text, place, g)
                if bare:
                    place_end = _who_meets_list_end(ruleset, text, place, place_end, g)
                    if _host_named_generic(ruleset, text, place_end, key):
                        continue  # "the elections in Lakeland are fair": in general (round co)
        # "the battle of Moscow", "elections to the State Duma", "parliamentary elections in X"
        named_by_place = bool(place) and word_before(text, m.start()).lower() in g.place_naming
        named_by_place = named_by_place or (bare and bool(place))
        named_by_tail = key in g.lowercase_with_tail and bool(tail or named_by_place)
        if bare and place:
            start = host_start  # "the international conference in Pinetown" (round au)
            named_by_tail = True
        if key in g.proper_tail_heads and capital:
            named_by_tail = False  # a capitalised "Summit" is named as before
        # `proper` (a lowercase head named by its tail alone) is refused when the tail is no
        # proper name ("the forum of Russian regions"), a topic after "a"/"an" ("a conference
        # on the Balkans": proposed, unnamed) or office titles ("the summit of Heads of State":
        # who meets)
        if proper and (
            _lowercase_word_follows(text, proper_end, g.proper_tail_followers)
            or (
                tail.group(0).split()[0].lower() == "on"
                and word_before(text, start).lower() in g.indefinite_determiners
            )
            or _tail_first_word(tail.group(0)) in g.tail_title_words
        ):
            continue
        if not capital and not name_words and not named_by_tail and not tail:
            # "the international conference Lakeland-Pineland: A New Alliance" (issue 12aa)
            title_end = title_after_lowercase_head(ruleset, text, start, end, key)
            titled = None if title_end else titled_lowercase_head(ruleset, text, start, end, key)
            if titled is not None:
                start, title_end = titled  # "the exhibition, Old Boats" (12 round bh)
            if title_end is not None:
                name = text[start:title_end]
                event = {"start": start, "end": title_end, "name": name, "kind": kind}
                # "the nationwide forum X" and "the interdisciplinary forum X" are one event:
                # the mentions are told apart by their words from the head on
                event["core_name"] = text[m.start() : title_end]
                found.append(event)
                continue
            quoted_start = quoted_title_start(ruleset, text, start, key)
            if quoted_start is not None:  # "the “Lake Bazaar” festival" (issue 12 round bh)
                found.append(_span_event(text, quoted_start, end, kind))
                continue
        if key in g.capitalised_only and not capital and not named_by_tail:
            heads_after_name, min_words = lowercase_heads_after_name(ruleset)
            if name_words and _camel_case_name(ruleset, text, start, m.start()):
                name_words = max(name_words, min_words)  # "the LakeSkills contest" (round ck)
            if not (name_words >= min_words and key in heads_after_name):
                continue  # "the Lake Hockey League tournament" names one (issue 12aa)
            if key in after_name.more and word_before(text, start).lower() in after_name.not_after:
                continue  # "another Lake Cup race": one of a series, unnamed (issue 12af)
            if key in contests.owner_heads and _owned_head(text, start, m.start()):
                continue  # "the Lake Society’s national contest": its owner, no name (bk)
        if name_words == 0 and not named_by_tail and not tail and not place:
            # "victory in the presidential election": an election named by its type (12ah)
            typed_start = typed_election_start(ruleset, text, m.start(), end, key)
            if typed_start is not None:
                found.append(_span_event(text, typed_start, end, kind))
                continue
        initials_start = None
        if not named_by_tail and not place:
            # "the LCO meeting", "the PLU leaders’ meeting": named by a body's initials (12be)
            initials_start = acronym_meeting_start(ruleset, text, m.start(), key)
            if initials_start is None:
                # "the Lakeland format meeting": named by a format (12cf)
                initials_start = format_meeting_start(ruleset, text, m.start(), key)
        if initials_start is not None:
            start, name_words, end = initials_start, max(name_words, 1), m.end()
        if name_words == 0 and not (
            named_by_tail
            or (capital and (tail or suffix or key in g.standalone))
            # "at the Games in Pinetown": named by where it is held (issue 12 round dc)
            or (capital and place and _place_named_capital(ruleset, text, m.start(), key))
        ):
            continue  # "the forum", "Forum participants", "business forum": no name
        if key in g.ordinal_only and not (bare and place) and initials_start is None:
            # "the 17th and 18th meetings": counted, none named; a plural head is named only
            # by a council (issue 12 round bo)
            ordinal_start = None if council_only else _ordinal_at_or_before(ruleset, text, start, g)
            if ordinal_start is not None:
                start = ordinal_start
                counted = True  # "the seventh Lake Economic Meeting", as "the 7th ..." (12bi)
            elif not council_only and names_meeting_by_name(
                ruleset,
                text[start : m.start()],
                text[end:tail_end] if tail and (name_words or named_by_tail) else "",
                capital,
                name_words,
            ):
                pass  # "the Lake Contact Group meeting", "the Lake Leaders’ Meeting" (round av)
            elif (
                tail
                and not capital
                and not name_words
                and leaders_named_meeting(ruleset, text, end, tail_end, key)
            ):
                pass  # "an informal meeting of PCU heads of state" (issue 12 round bq)
            elif not names_interstate_council(
                ruleset, text[start : tail_end if tail and (name_words or named_by_tail) else end]
            ):
                continue  # "the Russian-Chinese meeting" is generic
            else:
                # "a meeting of the Supreme Lake Council" (issue 12 round ah); "the Council of
                # Heads of State meeting" names no body: no event
                council = True
                named = text[start : tail_end if tail and (name_words or named_by_tail) else end]
                if not names_a_council(ruleset, named):
                    continue
        if tail and (capital or name_words or named_by_tail):
            end = tail_end
        if place:
            end = place_end
        name = text[start:end]
        if key in g.lowercase_ordinal_heads and _first_word(name, 0) in g.lowercase_ordinals:
            # "this is the ninth forum", "a second Lake Forum" (issue 12 round br)
            bare = end == m.end() and not capital
            counted_start = _spelled_count_start(text, start, m.start(), bare, g)
            if counted_start is None:
                continue
            start = counted_start
            name = text[start:end]
        if g.lowercase_need_name and not (
            name[0].isupper()
            or name[0].isdigit()
            or named_by_tail
            or counted
            # "the eighth inter-regional forum" (issue 12 round br)
            or (key in g.lowercase_ordinal_heads and _first_word(name, 0) in g.lowercase_ordinals)
        ):
            continue
        lowered = name.lower()
        if lowered.startswith(g.not_events):  # a tuple: one call for all
            continue
        if refused_by_context(ruleset, text, start, end):
            continue  # "adopted by the Lake Assembly": a body, not a meeting (round as)
        before = word_before(text, start)
        numbered = name_number_start(ruleset, text, start, before, g) if name_words else None
        if numbered is not None:
            # "the Formula 2 Lakeland Grand Prix": a number of a name, not a count (round av)
            start, before = numbered, word_before(text, numbered)
            name = text[start:end]
        if before.lower() in g.count_words or (
            _is_cardinal(before) and not _is_day_of_month(text, start, before, g.day_months)
        ):
            continue  # "two European championships": a count of happenings, none named
        if named_by_tail and not name_words and before.lower() in g.possessives:
            continue  # "your election to the Politburo": a person's election, not an event
        if g.organisation_of_re.search(text, max(0, start - 40), start):
            continue  # "the Organisation of the Islamic Conference": a body
        if g.office_of_re.search(text, max(0, start - 40), start):
            continue  # "Chairman of the European Jewish Congress": a body with offices
        if (
            name_words == 1
            and not capital
            and _is_sentence_initial(text, start)
            and _first_word(text, start).lower() in lowercase
        ):
            continue  # "Being fair ...": a capital that only starts a sentence
        split = _second_council(ruleset, text, m.end(), end) if council_only else None
        if split is not None:
            # "the meetings of the Supreme Lake Council and the Pine Council of Heads of State":
            # each council's meeting is an event (issue 12 round bo)
            first_end, second_start, second_end = split
            for lo, hi in ((start, first_end), (second_start, second_end)):
                found.append({**_span_event(text, lo, hi, kind), "council": True})
            continue
        event = {"start": start, "end": end, "name": name, "kind": kind}
        if council:
            event["council"] = True
        if initials_start is not None:
            body = _INITIALS.match(text, start) or _FORMAT_NAME.match(text, start)
            event["initials"] = body.group(0)  # "LCO" (round be), "Lakeland" (round cf)
        if bare and place:
            event["host_named"] = True
        found.append(event)
    return found


@dataclass(frozen=True)
class _DescribedNames:
    heads: frozenset[str]
    modifiers_max: int
    joiners: frozenset[str]
    determiners: frozenset[str]


@compiled_from_rules
def _described_names(ruleset: Rules) -> _DescribedNames:
    """events.json's `name_before_lowercase_descriptors` (issue 12 round db)."""
    rule = ruleset.get("events", required=("heads",)).get("name_before_lowercase_descriptors")
    rule = rule or {}
    return _DescribedNames(
        heads=frozenset(normalise_phrase(h) for h in rule.get("heads", [])),
        modifiers_max=int(rule.get("modifiers_max", 0)),
        joiners=frozenset(w.lower() for w in rule.get("joiners", [])),
        determiners=frozenset(w.lower() for w in rule.get("determiners", [])),
    )


_PLAIN_LOWERCASE = re.compile(r"[a-z][a-z-]*")  # a plain lowercase descriptor (compiled once)


def described_name_start(
    ruleset: Rules, text: str, head_start: int, head: str, g: Grammar
) -> tuple[int, int] | None:
    """(start, name words) of a name that stands before a run of lowercase descriptors longer
    than the grammar's walk takes ("the Lake Pine national career guidance forum", up to
    `modifiers_max` words) or joined by one of `joiners` ("the fourth Lake Pine regional and
    local media forum"), or None: the run's words are plain lowercase words, none a stopword,
    a head or a connector, a name word stands right before the run and one of `determiners`
    right before the name (events.json's `name_before_lowercase_descriptors`, issue 12 round
    db). "Lakeland hosts the national youth forum" (a stopword), "Lakeland hosts national
    career guidance forum" (no determiner before the name) name none."""
    d = _described_names(ruleset)
    if head not in d.heads or d.modifiers_max <= g.lower_max:
        return None
    at = head_start
    descriptors = 0
    joined = False
    after_joiner = False
    while True:
        word = word_before(text, at)  # "" at punctuation: the run ends
        if word in d.joiners and descriptors and not after_joiner and not joined:
            joined = after_joiner = True
        elif (
            _PLAIN_LOWERCASE.fullmatch(word)
            and word not in g.lower_stop
            and word not in g.heads
            and word not in g.connectors
        ):
            if descriptors == d.modifiers_max:
                return None  # a longer lowercase run: a clause, no name's descriptors
            descriptors += 1
            after_joiner = False
        else:
            break
        at = _start_of_word_before(text, at)
    if after_joiner:
        return None  # "the Lake and national forum": "and" joins no two descriptors
    if descriptors <= g.lower_max and not joined:
        return None  # the grammar's own walk reads such a run
    start, name_words, _ = _walk_back(text, at, g, head, lower_max=0)
    if not name_words or word_before(text, start).lower() not in d.determiners:
        return None
    return start, name_words


# two capitalised words next: "the Lake Premier", not "the Great" ("Peter the Great") (round ce)
_TWO_CAPITALISED = re.compile(r"[^\S\n]+[A-Z][\w’'-]*[^\S\n]+[A-Z][\w’'-]*\b")
_TAIL_TOKEN = re.compile(r"[^\S\n]+([“\"‘(\[]*)([^\s]*?)([.,;:!?)\]”\"’]*)(?=\s|$)")


def anniversary_tail(
    text: str,
    index: int,
    g: Grammar,
    prepositions: str = "of|since",
    max_words: int = 0,
    topic: bool = False,
    possessive_start: bool = True,
) -> int:
    """The end of what an anniversary ending at `index` is the anniversary of ("of the
    Komsomol", "since the establishment of diplomatic relations"), or of another phrase tail
    after `prepositions` ("on the constitutional amendments"): `index` when there is none."""
    m = re.match(rf"[^\S\n]+(?:{prepositions})\b", text[index : index + 12])
    if not m:
        return index
    pos = index + m.end()
    if _date_follows(text, pos):
        return index  # "the vote on July 1": a date, not what it is of
    limit = min(len(text), pos + 240)
    end = index
    after_year = False  # whether the last word was a year or a year range
    after_proper = False  # whether the last word was capitalised (issue 12 round ce)
    pair_open = False  # after "between", before the pair's "and" (issue 12 round ay)
    budget = max_words or g.tail_max
    while budget > 0:
        budget -= 1
        t = _TAIL_TOKEN.match(text, pos, limit)
        if not t:
            break
        opening, core, closing = t.group(1), t.group(2), t.group(3)
        lowered = core.lower()
        if (
            g.tail_possessed
            and end == index
            and lowered in g.possessives
            and re.match(r"[^\S\n]+[a-z][\w-]*(?:’s|'s)[^\S\n]+[a-z]", text[t.end() : t.end() + 60])
        ):
            pass  # "of your company’s operations": whose, then what (12y)
        elif (
            possessive_start
            and g.tail_possessive_start
            and end == index
            and lowered in g.possessives
            and m.group(0).strip() == "of"
            and not closing
            and _owned_word_follows(text, t.end(), g)
        ):
            pass  # "of our diplomatic relations": whose, then what (issue 12 round bs)
        elif not core or "(" in opening or "[" in opening or lowered in g.tail_stops:
            break
        if not re.match(r"[\w’']", core):
            break
        if lowered in ("in", "on", "at", "by") and _date_follows(text, t.end()):
            break  # "in 2020", "on May 9": the date, not the name
        if lowered in g.tail_time_prepositions and g.tail_period_re.match(text, t.end()):
            break  # "by the end of April": when, not what it is the anniversary of
        if lowered in g.tail_manner_links and after_proper and _manner_follows(text, t.end(), g):
            break  # "of the Lake Victory by holding a parade": how it is marked (round ct)
        if lowered == "and" and pair_open and _pair_member_follows(text, t.end(), g):
            pair_open = False  # "between the Lake Republic and the Pine Kingdom" (round ay)
            budget += g.tail_pair_extra_words  # the pair's second member as long as the first
        elif lowered == "and" and _and_ends_name(text, t.end(), g):
            break
        if lowered in g.tail_open_objects and _open_object_follows(
            text, t.end(), g.tail_open_objects[lowered]
        ):
            break  # "with new achievements": how it is marked (issue 12 round ay)
        if lowered in g.tail_after_year_stops and after_year:
            break  # "of 1951–1953 the governor ...": a comma left out (issue 12 round ay)
        if (
            lowered in g.tail_after_proper_stops
            and after_proper
            and _TWO_CAPITALISED.match(text, t.end(), limit)
        ):
            break  # "of the Lake Victory the Lake Premier said": a comma left out (round ce)
        if (
            lowered == "to"
            and _addressee_follows(text, t.end(), g)
            # a vote's topic: "amendments to the Lake Charter" (12y, `topic`)
            and not (topic and re.match(r"[^\S\n]+the[^\S\n]+[A-Z]", text[t.end() : t.end() + 40]))
        ):
            break  # "... Service to the staff": whom it is addressed to, not what it is of
        if lowered not in g.tail_trailing:
            end = t.start(2) + len(core)
        pos = t.end()
        if closing.strip('”"’'):
            break  # a comma or a full stop after the word ends the tail
        after_year = bool(_YEAR_OR_RANGE.fullmatch(core))
        # a capitalised word, not a verb in -ing ("the Day of Breaking the Siege")
        after_proper = core[:1].isupper() and not lowered.endswith("ing")
        if lowered in g.tail_pair_prepositions:
            pair_open = True
        elif lowered in g.tail_pair_complete:
            pair_open = False
    else:
        if not max_words and g.tail_proper_run_max and end > index:
            end = _proper_run_past_limit(text, end, limit, g)
    return end


# a Roman numeral that ends a name ("World War II"); a lone "I" only with punctuation after it
_RUN_NUMERAL = re.compile(r"II|III|IV|VI{0,3}|IX|XI{0,3}")


def _proper_run_past_limit(text: str, end: int, limit: int, g: Grammar) -> int:
    """events.json's `anniversary_tail_proper_run` (issue 12 round dk): where an anniversary's
    tail that used up its word limit (`anniversary_tail_words_max`) on a capitalised word
    really ends: the capitalised run goes on over at most `max_extra_words` more words, each
    capitalised (not a tail stop) or a Roman numeral, or one of `links` right before such a
    word ("... to Lakeland from the Pine" + "Union", "... in the Battle" + "of Pinewood", "in
    World" + "War II"); a comma or a full stop after a word ends it. `end` is returned when
    the last word taken is lowercase: the limit was met outside a proper name."""
    last = re.search(r"([\w’'-]+)$", text[max(0, end - 60) : end])
    if not last or not last.group(1)[:1].isupper():
        return end
    pos, extra, links = end, 0, 0
    while extra < g.tail_proper_run_max:
        t = _TAIL_TOKEN.match(text, pos, limit)
        if not t or t.group(1):
            break
        core, closing = t.group(2), t.group(3)
        lowered = core.lower()
        if lowered in g.tail_proper_run_links and not closing and links == 0:
            links, extra, pos = 1, extra + 1, t.end()
            continue
        proper = (
            core[:1].isupper()
            and lowered not in g.tail_stops
            and lowered not in g.tail_trailing
            and re.fullmatch(r"[\w’'-]+", core) is not None
        )
        numeral = _RUN_NUMERAL.fullmatch(core) or (core == "I" and closing.strip('”"’'))
        if not (proper or numeral):
            break
        end, pos, extra, links = t.start(2) + len(core), t.end(), extra + 1, 0
        if closing.strip('”"’'):
            break
    return end


def _owned_tail(text: str, index: int, g: Grammar) -> bool:
    """Whether the tail after an anniversary ending at `index` is "of" and a possessive
    determiner ("of our diplomatic relations")."""
    m = re.match(r"[^\S\n]+of[^\S\n]+([A-Za-z]+)\b", text[index : index + 20])
    return bool(m) and m.group(1).lower() in g.possessives


def _owned_word_follows(text: str, index: int, g: Grammar) -> bool:
    """Whether the word after a possessive determiner at `index` goes on an anniversary's tail
    ("of our diplomatic relations", "of its founding"): a word, not a tail stop ("of our
    country is", "of their own")."""
    nxt = _NEXT_WORDS.match(text, index, index + 40)
    if not nxt:
        return False
    word = nxt.group(1).lower()
    return word not in g.tail_stops and word not in g.tail_trailing


def _pair_member_follows(text: str, index: int, g: Grammar) -> bool:
    """Whether "and" at `index` joins the second member of a pair ("between the Lake Republic
    and the Pine Kingdom"): "the" or a capitalised word follows, and no anniversary."""
    nxt = _NEXT_WORDS.match(text, index, index + 80)
    if not nxt or re.search(r"\banniversar", nxt.group(2), re.I):
        return False
    first = nxt.group(1)
    return first == "the" or (first[:1].isupper() and first.lower() not in g.tail_stops)


# the word after a tail's "and" or "with", and up to two more ("and the Lake Republic")
_NEXT_WORDS = re.compile(rf"{_SP}([\w’'-]+)((?:{_SP}[\w’'-]+){{0,2}})")
_YEAR_OR_RANGE = re.compile(r"(?:1[0-9]|20)\d{2}(?:[–—-](?:1[0-9]|20)?\d{2})?")


def _open_object_follows(text: str, index: int, passes: frozenset[str]) -> bool:
    """Whether a lowercase word other than those of `passes` follows `index` ("with new
    achievements", "with a series"; not "with the Lake peoples", "with Pineland")."""
    nxt = _NEXT_WORDS.match(text, index, index + 40)
    return bool(nxt) and nxt.group(1)[:1].islower() and nxt.group(1).lower() not in passes


def _addressee_follows(text: str, index: int, g: Grammar) -> bool:
    """Whether "to" at `index` is followed by a determiner ("to the staff", "to all its
    veterans"), not by a verb or a name ("to supply gas to Austria")."""
    nxt = _NEXT_WORDS.match(text, index, index + 40)
    return bool(nxt) and nxt.group(1).lower() in g.addressee_words


def _date_follows(text: str, index: int) -> bool:
    """Whether a date follows `index` ("in 2020", "on May 9"); not a year that qualifies a name
    ("in the 1941–1945 Great Patriotic War", "at the 2018 World Cup")."""
    months = MONTH_ALTERNATION
    return bool(
        re.match(
            rf"[^\S\n]+(?:the[^\S\n]+)?(?:(?:19|20)\d{{2}}\b(?![–-]\d|[^\S\n]+[A-Z])|(?:{months})\b|\d{{1,2}}\b)",
            text[index : index + 40],
        )
    )


_MANNER_WORDS = re.compile(r"[^\S\n]+([a-z]+)(?:[^\S\n]+([a-z]+))?")


def _manner_follows(text: str, index: int, g: Grammar) -> bool:
    """Whether the words at `index`, after a link of `anniversary_tail_manner_links`, say how an
    anniversary is marked: a lowercase verb in -ing ("by holding", "and thanking") or an adverb
    in -ly and a lowercase word ("and warmly thanked") (issue 12 round ct)."""
    m = _MANNER_WORDS.match(text, index, min(len(text), index + 60))
    if not m or m.group(1) in g.tail_manner_not_words:
        return False
    first = m.group(1)
    if first.endswith("ing") and len(first) > 5:
        return True
    return first.endswith("ly") and len(first) > 4 and m.group(2) is not None


def _and_ends_name(text: str, index: int, g: Grammar) -> bool:
    """Whether "and" at `index` starts something new ("and the 800th anniversary", "and we")."""
    nxt = re.match(
        r"[^\S\n]+([\w’'-]+)(?:[^\S\n]+([\w’'-]+))?(?:[^\S\n]+([\w’'-]+))?",
        text[index : index + 80],
    )
    if not nxt:
        return True
    first = nxt.group(1).lower()
    if first in g.tail_stops or first in {"the", "a", "an", "its", "their", "his", "her"}:
        return True
    if first in g.and_clause_words:
        return True  # "and during the Pine Summit": another phrase of the sentence (12x)
    if nxt.group(1).islower() and first.endswith("ed"):
        return True  # "and noted", "and stressed": a verb, the sentence goes on
    return any(w and w.lower() in ("anniversary", "anniversaries") for w in nxt.groups()[1:])


def anniversary_number(ruleset: Rules, name: str, g: Grammar | None = None) -> int | None:
    """How many years an anniversary name counts: 75 in "75th anniversary of ...", 100 in
    "centenary of ..."; None when it does not say ("the anniversary of ...")."""
    g = g or grammar(ruleset)
    m = g.anniversary_re.search(name)
    if not m:
        return None
    if m.group(1):
        return ordinal_value(ruleset, m.group(1), g)
    return g.anniversary_numbers.get(m.group(2).lower())


def _anniversary_mentions(ruleset: Rules, text: str, starts: list[int], g: Grammar):
    """(start, end, ordinal or None, anniversary word) of each anniversary word and the ordinal
    before it ("75th anniversary", "1250th foundation anniversary", "centenary")."""
    last_end = 0
    for position in starts:
        if position < last_end:
            continue  # "centenary anniversary": one mention
        m = g.anniversary_word_re.match(text, position)
        if not m:
            continue
        last_end = m.end()
        lo = max(0, position - 40)
        before = g.ordinal_before_re.search(text, lo, position)
        if before and ordinal_value(ruleset, before.group(1), g) is not None:
            yield before.start(), m.end(), before.group(1), m.group(1)
        else:
            yield position, m.end(), None, m.group(1)


def _anniversaries(ruleset: Rules, text: str, starts: list[int], g: Grammar) -> list[dict]:
    found = []
    for start, m_end, ordinal, word in _anniversary_mentions(ruleset, text, starts, g):
        counted = bool(ordinal) or word.lower() in g.anniversary_numbers
        if _personal_anniversary(ruleset, text, start, word, counted):
            continue  # "his 80th birthday", "a happy 50th birthday": a person's own (12di)
        end = anniversary_tail(text, m_end, g)
        held = g.anniversary_event_re.match(text, m_end) if counted and end == m_end else None
        if held:
            # "the 25th anniversary Assembly of the Lake Council": the event held for it (12y)
            tail = g.tail_re.match(text, held.end())
            end = tail.end() if tail else held.end()
        if end == m_end:
            lo = max(0, start - 80)
            owner = re.search(
                r"((?:[A-Z][\w-]*[ \t]+){0,3}[A-Z][\w-]*(?:’s|'s))[ \t]+$", text[lo:start]
            )
            if not counted and not _owner_names_anniversary(ruleset, owner, text, m_end, g):
                continue  # "the anniversary" alone
            if owner:
                # "Moscow’s 869th anniversary", "the Security Council’s 25th anniversary"
                words = list(re.finditer(r"\S+", owner.group(1)))
                while len(words) > 1 and words[0].group(0) in g.name_stop:
                    words.pop(0)  # "In Moscow’s ..."
                start = lo + owner.start(1) + words[0].start()
            elif word_before(text, start).lower() in g.possessives and not (
                possessive_counted_named(ruleset)
            ):
                continue  # "its 100th anniversary": whose is said elsewhere; no name here
        elif (
            not counted
            and not re.match(
                r"[^\S\n]+(?:of|since)[^\S\n]+(?:the[^\S\n]+)?[A-Z]", text[m_end : m_end + 40]
            )
            # "the anniversary of the liberation of Lakeville": a named event's noun (12ab)
            and not g.uncounted_anniversary_re.match(text, m_end)
        ):
            continue  # "the anniversary of our meeting": named only by a capitalised subject
        event = _span_event(text, start, end, "anniversary")
        if end == m_end and word_before(text, start).lower() in g.possessives:
            event["possessive"] = True  # "its 300th anniversary": whose, said elsewhere (12aa)
        elif counted and g.tail_possessive_start and _owned_tail(text, m_end, g):
            # "the 85th anniversary of our plant": whose is said elsewhere too, as in "its 85th
            # anniversary", and grouped as that one is (issue 12 round bs)
            event["possessive"] = event["owned"] = True
        found.append(event)
    return found


def find_events(
    ruleset: Rules,
    text: str,
    cues: tuple[list[int], list[int]] | None = None,
    kept: Spans | None = None,
) -> list[dict]:
    """Event mentions in `text`: dicts with start, end, name, kind (no date), in text order; of
    overlapping mentions the one starting first (then the longest) is kept, except that an
    event named inside a session's tail ("plenary session of the Arctic Forum") wins over it.

    `cues` are the sorted offsets of heads' first words and of anniversary words, as
    `cue_positions(text)` gives them (the default). kept: the spans of `text` the paragraph
    prefilter kept (`pipeline.nlp.prefilter.masked_text`), where the acronym-and-year names are
    looked for (a match never runs across a paragraph break, and the prefilter keeps every
    paragraph that has one)."""
    g = grammar(ruleset)
    lowercase = _LowercaseWords(text)
    head_starts, anniversary_starts = cues if cues is not None else cue_positions(ruleset, text)
    found = _head_events(ruleset, text, head_starts, g, lowercase) + _anniversaries(
        ruleset, text, anniversary_starts, g
    )
    found += year_count_anniversaries(ruleset, text, anniversary_starts, g)  # issue 12aa
    acronyms: Iterable[re.Match] = ()
    if g.acronym_re is not None and (
        g.acronym_re is not _ACRONYM_YEAR or _acronym_year_possible(text, kept)
    ):
        acronyms = (
            g.acronym_re.finditer(text) if kept is None else kept_matches(g.acronym_re, text, kept)
        )
    for m in acronyms:
        if not any(f["start"] <= m.start() < f["end"] for f in found):
            found.append({"start": m.start(), "end": m.end(), "name": m.group(0), "kind": "other"})
    # the finders of names no head starts, in this order; each only where one of the words it
    # cannot find a name without is written (`_finder_gates`)
    gates = _finder_gates(ruleset)
    written = gates.written(text)
    for finder, words in zip(_GATED_FINDERS, gates.words, strict=True):
        if words is None or not words.isdisjoint(written):
            found += finder(ruleset, text, g, kept)
    found.sort(key=lambda f: (f["start"], -f["end"]))
    kept: list[dict] = []
    nested: list[dict] = []
    for f in found:
        if kept and f["start"] < kept[-1]["end"]:
            outer = kept[-1]
            if outer["kind"] == "meeting" and f["kind"] not in ("meeting", "anniversary"):
                kept[-1] = f  # "session of the Arctic Forum": the forum is the event
            elif (
                outer["kind"] == "anniversary"
                and f["kind"] in g.nested_kinds
                and f["end"] <= outer["end"]
            ):
                # "the 80th anniversary of victory in the Lake War": the war is named too
                # (issue 12 round ah, `wars_inside_anniversaries`); the anniversary's clause
                # does not date it
                nested.append({**f, "inside": True})
            continue
        kept.append(f)
    if nested:
        kept = sorted(kept + nested, key=lambda f: (f["start"], -f["end"]))
    kept = _joined_heads(ruleset, text, kept)  # issue 12 round cg
    # "the Pine Energy Week (PEW) Energy Forum": one name across the gloss (round ev90)
    kept = bridge_bracketed_glosses(ruleset, text, kept)
    kept = split_shared_heads(ruleset, text, kept)  # issue 12 round ek
    kept = _competition_draws(ruleset, text, kept)  # issue 12 round dc
    # "the contest marks its 30th anniversary": the contest's own, named with it (round ev70)
    kept = [f for f in kept if not owned_by_event(ruleset, text, f, kept)]
    return _without_host_back_references(kept)


# the finders `find_events` runs after the heads, anniversaries and acronyms, in its order (the
# order of mentions that start and end alike), each called as (ruleset, text, grammar, kept)
_GATED_FINDERS: tuple[Callable[[Rules, str, Grammar, Spans | None], list[dict]], ...] = (
    lambda r, text, g, kept: _named_days(text, g, kept),  # issue 12ab
    lambda r, text, g, kept: _councils(text, g, kept),  # issue 12ab
    lambda r, text, g, kept: _prefixed_days(r, text, g, kept),  # issue 12 round cx
    lambda r, text, g, kept: _war_abbreviations(text, g, kept),  # issue 12 round ah
    lambda r, text, g, kept: _multilateral_gatherings(text, g, kept),  # issue 12 round aj
    lambda r, text, g, kept: _ordinal_gatherings(r, text, kept),  # issue 12 round bi
    lambda r, text, g, kept: find_themed_years(r, text, kept),  # issue 12 round cw
    lambda r, text, g, kept: _group_summits(r, text, g, kept),  # issue 12 round di
    lambda r, text, g, kept: find_named_operations(r, text, kept),  # issue 12 round dr
    lambda r, text, g, kept: find_plain_wars(r, text, kept),  # issue 12 round eg
    lambda r, text, g, kept: find_named_exercises(r, text, kept),  # issue 12 round eh
)


@dataclass(frozen=True)
class _FinderGates:
    """What each of `_GATED_FINDERS` cannot find a name without: `words[i]`, strings one of
    which every name the i-th finder finds needs written in the text (None: no such list, the
    finder always runs); `literals`, all of them, each once."""

    words: tuple[frozenset[str] | None, ...]
    literals: tuple[str, ...]

    def written(self, text: str) -> frozenset[str]:
        """The literals written in `text`: one test each for the whole page, where each finder
        would make its own, and a finder none of whose words is written is not called (on a
        title, most of the time of all the finders was their calls)."""
        return frozenset([w for w in self.literals if w in text])


@compiled_from_rules
def _finder_gates(ruleset: Rules) -> _FinderGates:
    """The `_FinderGates` of `ruleset`, read from each finder's own rule, the words it looks for
    first (each returns no name when none is written): named days' heads, councils' and
    multilateral modifiers, war abbreviations (`_literal_matches` tries its pattern only where
    one is written), the head of prefixed days, the heads of ordinal gatherings, the heads'
    common letters of themed years (its quick pattern starts with them), a group's initials
    (when none holds white space: the quick pattern then matches them as written), the heads
    of named operations, plain wars and named exercises. Reading the rules here also raises
    a malformed rule's error at the first text, as calling every finder did."""
    g = grammar(ruleset)
    prefixed = prefixed_days(ruleset)
    themed = themed_years(ruleset)
    groups = group_summits(ruleset)
    operations = named_operations(ruleset)
    wars = plain_wars(ruleset)
    exercises = named_exercises(ruleset)
    group_words: tuple[str, ...] | None = ()
    if groups is not None:
        spaced = any(re.search(r"\s", w) for w in groups.written)
        group_words = None if spaced else groups.written
    words: list[tuple[str, ...] | None] = [
        tuple(g.named_day_heads),
        tuple(g.council_modifiers),
        (prefixed.head,) if prefixed is not None else (),
        tuple(g.war_abbreviations),
        tuple(g.multilateral_modifiers),
        tuple(ordinal_gatherings(ruleset)[1]),
        themed.written if themed is not None else (),
        group_words,
        operations.written if operations is not None else (),
        tuple(wars.written) if wars is not None else (),
        exercises.written if exercises is not None else (),
    ]
    literals = dict.fromkeys(w for ws in words if ws is not None for w in ws)
    return _FinderGates(
        tuple(None if ws is None else frozenset(ws) for ws in words), tuple(literals)
    )


@dataclass(frozen=True)
class _GroupSummits:
    pattern: re.Pattern  # a preposition, maybe "the", a group's initials (group 1)
    written: tuple[str, ...]  # the initials as written: what the prefilter looks for
    initials: re.Pattern  # the initials alone: one quick pass over a page without them
    named: re.Pattern  # the initials before a head of `named_heads`: the gathering named in full
    kind: str
    # whether `pattern` reads one line only (no white space in `before`, the `followers` plain
    # words, no line break in the `initials`): `_group_summit_matches` may read the lines of
    # the initials alone
    one_line: bool = False


@compiled_from_rules
def group_summits(ruleset: Rules) -> _GroupSummits | None:
    """events.json's `group_summit_initials` (issue 12 round di), compiled; None when off."""
    rule = ruleset.get("events", required=("heads",)).get("group_summit_initials") or {}
    initials = [w for w in rule.get("initials", []) if w]
    before = [w for w in rule.get("before", []) if w]
    if not initials or not before:
        return None
    group = phrase_alternation(initials).replace(r"\s+", r"[^\S\n]+")
    # a list left out matches nothing
    followers = (
        phrase_alternation(rule["followers"], escape=False)
        if rule.get("followers")
        else NEVER_MATCHES.pattern
    )
    pattern = re.compile(
        rf"(?<![\w’'-])(?i:{phrase_alternation(before)})[^\S\n]+(?:(?i:the)[^\S\n]+)?"
        rf"({group})(?![\w’'+-])(?=[^\S\n]*(?:[.,;:!?)]|$)|[^\S\n]+{followers}(?![\w’'-]))",
        re.MULTILINE,
    )
    heads = (
        phrase_alternation(rule["named_heads"], escape=False)
        if rule.get("named_heads")
        else NEVER_MATCHES.pattern
    )
    named = re.compile(rf"(?<![\w’'-]){group}[^\S\n]+(?i:{heads})(?![\w’'-])")
    quick = re.compile(group)
    # initials written with a line break (matched as written) cross a line too (review65)
    one_line = (
        not any(re.search(r"\s", w) for w in before)
        and all(re.fullmatch(r"[A-Za-z’'-]+", w) for w in rule.get("followers", []))
        and not any("\n" in w for w in initials)
    )
    return _GroupSummits(
        pattern, tuple(initials), quick, named, rule.get("kind", "summit"), one_line
    )


def _group_summits(ruleset: Rules, text: str, g: Grammar, kept: Spans | None) -> list[dict]:
    """A group of states' initials standing for its summit after a preposition of being there
    ("at the L20", "during the L20", "at L20 in Pineland": the name runs on over a place),
    events.json's `group_summit_initials` (issue 12 round di). Not when another word follows
    ("at the L20 table", "the L20 countries"), and none on a page that names a gathering of
    the group in full ("the L20 summit"): that mention is the one recorded, and the bare
    initials are it again or the page's own."""
    rule = group_summits(ruleset)
    if rule is None or rule.initials.search(text) is None:
        return []
    found = []
    if rule.one_line:
        matches: Iterable[re.Match] = _group_summit_matches(rule, text, kept)
    else:
        matches = (
            rule.pattern.finditer(text) if kept is None else kept_matches(rule.pattern, text, kept)
        )
    for m in matches:
        if not found and rule.named.search(text):
            return []
        end = m.end(1)
        place = g.place_re.match(text, end)
        if place and not place_is_venue(ruleset, place) and not _adjective_place(text, place, g):
            end = _place_end(text, place, g)
        found.append(_span_event(text, m.start(1), end, rule.kind))
    return found


def _group_summit_matches(rule: _GroupSummits, text: str, kept: Spans | None) -> list[re.Match]:
    """The matches of `rule.pattern.finditer(text)` (of `kept_matches(rule.pattern, text, kept)`
    with `kept`), read only on the lines holding a match of `rule.initials` (round lead64: the
    pattern was tried at every character of the kept spans). Exact when `rule.one_line`: a match
    and what its look-arounds read stay on one line, and its initials (group 1) are a match of
    `rule.initials`, which no earlier match of it on another line can hide."""
    found: list[re.Match] = []
    ends = [end for _, end in kept] if kept is not None else []
    line_end = -1
    for m in rule.initials.finditer(text):
        if m.start() < line_end:
            continue  # a line already read
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.start())
        if line_end < 0:
            line_end = len(text)
        if kept is None:
            found += rule.pattern.finditer(text, line_start, line_end)
        else:
            found += _kept_on_line(rule.pattern, text, kept, ends, line_start, line_end)
    return found


def _kept_on_line(
    pattern: re.Pattern, text: str, kept: Spans, ends: list[int], lo: int, hi: int
) -> Iterable[re.Match]:
    """What `kept_matches(pattern, text, kept)` yields in the line text[lo:hi], for a pattern
    none of whose matches crosses a line: its scan is at `lo` or before it when it reaches the
    line (nothing before matches across it) and moves to each span's start as it does there, so
    a span starting inside a match (review65: "at the G20" with `before` holding "the" and a
    span from "the") finds what it finds, not only the matches that start in a span."""
    pos = lo
    for k in range(bisect_right(ends, lo), len(kept)):
        start, end = kept[k]
        if start >= hi:
            return
        if pos < start:
            pos = start
        for match in pattern.finditer(text, pos, hi):
            if match.start() >= end:
                pos = match.start()
                break
            if match.start() >= start:
                yield match
            pos = match.end()
        else:
            return  # no match after pos on the line


@compiled_from_rules
def _joined_heads_rule(ruleset: Rules) -> tuple[re.Pattern, frozenset[str]] | None:
    """events.json's `joined_heads`, compiled: the pattern of a joiner, up to `generic_max`
    words and a capitalised head right after a name's own capitalised head; the words
    (`not_before`) that make the second head part of a place's name. None when off."""
    rule = ruleset.get("events", required=("heads",)).get("joined_heads") or {}
    heads = [h for h in rule.get("heads", []) if h]
    if not heads or not rule.get("joiners"):
        return None
    capitalised = [" ".join(w[:1].upper() + w[1:] for w in h.split()) for h in heads]
    generic = rf"(?:{_CAP}{_SP}){{0,{int(rule.get('generic_max', 2))}}}"
    pattern = re.compile(
        rf"{_SP}{phrase_alternation(rule['joiners'])}{_SP}({generic})"
        rf"({phrase_alternation(capitalised)})\b(?![’'-])"
    )
    return pattern, frozenset(w.lower() for w in rule.get("not_before", []))


def _joined_heads(ruleset: Rules, text: str, found: list[dict]) -> list[dict]:
    """`found` with a name whose capitalised head a joiner and a second capitalised head follow
    ("the 5th Lake Forum and Exhibition Roads of Pineland", "the Lake Ballet Competition and
    Contest of Dancers") run on to the end of the second head's name, its title or its tail:
    the two heads name one gathering (events.json's `joined_heads`, issue 12 round cg). At most
    `generic_max` generic words (ordinals, years, `title_after_generic_head`'s `generic_words`)
    may stand before the second head (0 as installed: "the Lake Forum and International
    Exhibition for Oil" stays two names); "the Lake Forum and Pine Festival" are two events;
    nor when a word of `not_before` follows it ("the Lake Forum and Exhibition Centre")."""
    rule = _joined_heads_rule(ruleset)
    if rule is None or not found:
        return found
    pattern, not_before = rule
    g = grammar(ruleset)
    t = _title_rules(ruleset)
    out: list[dict] = []
    skip: set[int] = set()
    for i, f in enumerate(found):
        if i in skip:
            continue
        last = f["name"].split()[-1] if f["name"].split() else ""
        m = pattern.match(text, f["end"])
        if m is None or not last[:1].isupper() or last.lower() not in g.heads:
            out.append(f)
            continue
        if not all(_is_generic_name_word(ruleset, w, t, g) for w in m.group(1).split()):
            out.append(f)
            continue
        after = _NEXT_WORD.match(text, m.end())
        if after and after.group(1).lower() in not_before:
            out.append(f)
            continue
        end = m.end()
        for j in range(i + 1, len(found)):
            other = found[j]
            if other["start"] > m.end():
                break
            if other["start"] >= m.start(1) and other["end"] >= m.end():
                end = max(end, other["end"])
                skip.add(j)
        if end == m.end():
            end = title_after_named_head(ruleset, text, end, m.group(2).lower())
        out.append({**f, "end": end, "name": text[f["start"] : end]})
    return out


def _without_host_back_references(found: list[dict]) -> list[dict]:
    """`found` without the events named by their host alone ("the summit in Lakeville",
    `place_named_heads`) that come after another event of their kind: a mention of that one
    ("the 7th Lake Union summit. ... the summit in Pineland this May"), not an event of its
    own."""
    out: list[dict] = []
    for f in found:
        if f.pop("host_named", False) and any(o["kind"] == f["kind"] for o in out):
            continue
        out.append(f)
    return out


def _councils(text: str, g: Grammar, kept: Spans | None) -> list[dict]:
    """Councils that are gatherings, named by a modifier of `gathering_councils` ("the
    Bishops’ Council", "the upcoming Pan-Orthodox Council"), in the paragraphs kept (the prefilter
    keeps each paragraph with one)."""
    matches = _literal_matches(g.council_re, text, g.council_modifiers, kept)
    return [
        {"start": m.start(), "end": m.end(), "name": m.group(0), "kind": g.council_kind}
        for m in matches
    ]


@compiled_from_rules
def ordinal_gatherings(ruleset: Rules) -> tuple[re.Pattern, tuple[str, ...], dict[str, str]]:
    """events.json's `ordinal_gatherings` (issue 12 round bi): the pattern of a capitalised head
    that is no event head by itself ("Convention", "Assembly": a treaty, a parliament) counted
    by a word before it and named by an "of" tail of capitalised words ("the 6th Convention of
    the Lake Society of Inventors", "the Fourth National Convention of the Pine Youth League"),
    its heads as written, and each head's kind. One of a head's `modifiers` may stand between
    the count and the head. The count is checked by `ordinal_value`; never across a paragraph
    break. Case-sensitive."""
    rule = ruleset.get("events", required=("heads",)).get("ordinal_gatherings") or {}
    heads = rule.get("heads") or {}
    if not heads:
        return NEVER_MATCHES, (), {}
    alternatives = []
    for head, entry in heads.items():
        modifiers = entry.get("modifiers", [])
        before = rf"(?:(?:{phrase_alternation(modifiers)}){_SP})?" if modifiers else ""
        alternatives.append(before + re.escape(head))
    pattern = re.compile(
        rf"(?<![\w’'-])(?P<count>\d{{1,4}}(?:st|nd|rd|th)|[A-Za-z]+(?:-[A-Za-z]+)?){_SP}"
        rf"(?:{'|'.join(alternatives)})\b(?![’'-]){_SP}of{_SP}(?:the{_SP})?{_TAIL_CAP}"
        rf"(?:{_SP}(?:(?:of|and|the|for|on){_SP})*{_TAIL_CAP})*"
    )
    return pattern, tuple(heads), {h: e.get("kind", "meeting") for h, e in heads.items()}


# how far before its head a gathering's count is looked for (`_ordinal_gatherings`)
_COUNT_REACH = 60


def _ordinal_gatherings(ruleset: Rules, text: str, kept: Spans | None) -> list[dict]:
    """The gatherings of `ordinal_gatherings` in `text` (issue 12 round bi), in the paragraphs
    kept (the prefilter keeps each paragraph with one): looked for around each head written,
    a count that is no ordinal ("the National Convention of ...") left out."""
    pattern, heads, kinds = ordinal_gatherings(ruleset)
    if kept is not None and not written_in_kept(text, heads, kept, _COUNT_REACH):
        return []  # a gathering kept starts in a span, its head less than 60 characters on
    found: list[dict] = []
    for head in heads:
        for i in _find_all(text, head):
            lo = max(0, i - _COUNT_REACH)
            # the count is one of the two words before the head (a modifier between)
            for word in list(_WORD_RUN.finditer(text, lo, i))[-2:][::-1]:
                m = pattern.match(text, word.start())
                if m is None or m.end() <= i or ordinal_value(ruleset, m.group("count")) is None:
                    continue  # "National" in "the Fourth National Convention": no count
                if kept is None or _inside(kept, m.start()):
                    found.append(_span_event(text, m.start(), m.end(), kinds[head]))
                break
    return found


def _multilateral_gatherings(text: str, g: Grammar, kept: Spans | None) -> list[dict]:
    """Gatherings named by how many sides meet and counted by an ordinal or a year right before
    ("the fifth quadrilateral summit of the leaders, guarantors of the Lake process",
    "the 2031 trilateral summit"), in the paragraphs kept (the prefilter keeps each paragraph
    with a head); without the count ("a trilateral meeting") no event."""
    found = []
    for m in _literal_matches(g.multilateral_re, text, g.multilateral_modifiers, kept):
        # "the 19th annual bilateral summit": a word of how often it meets after the count
        # (issue 12 round au); a modifier of `frequency_only_modifiers` only with one
        count_end = m.start()
        frequency = g.frequency_before_re.search(text, max(0, count_end - 20), count_end)
        if frequency:
            count_end = frequency.start()
        elif m.group(0).split()[0] in g.frequency_only_modifiers:
            continue  # "the second bilateral meeting": one of many meetings of two sides
        count = g.count_before_re.search(text, max(0, count_end - 30), count_end)
        if not count:
            continue
        head = m.group(0).split()[1].lower()
        found.append(
            {
                "start": count.start(),
                "end": m.end(),
                "name": text[count.start() : m.end()],
                "kind": g.heads.get(head, "meeting"),
                "multilateral": True,
            }
        )
    return found


def _war_abbreviations(text: str, g: Grammar, kept: Spans | None) -> list[dict]:
    """Wars written as an abbreviation of `abbreviated_wars` ("a WWII veteran"), in the
    paragraphs kept (the prefilter keeps each paragraph with one)."""
    matches = _literal_matches(g.war_abbreviation_re, text, g.war_abbreviations, kept)
    full = dict(g.war_abbreviation_names)
    return [
        {
            "start": m.start(),
            "end": m.end(),
            "name": m.group(0),
            "kind": g.war_abbreviation_kind,
            # told apart from other events by the words of the name it stands for
            "core_name": full.get(m.group(0), m.group(0)),
        }
        for m in matches
    ]


@dataclass(frozen=True)
class _BarePopularVotes:
    modifiers: frozenset[str]
    determiners: frozenset[str]
    not_after: frozenset[str]
    same_words: dict[str, str]  # a word of a vote's name -> the word it is grouped as


@compiled_from_rules
def _bare_popular_votes(ruleset: Rules) -> _BarePopularVotes | None:
    """events.json's `bare_popular_votes` (issue 12 round cc), compiled; None without it."""
    rule = ruleset.get("events", required=("heads",)).get("bare_popular_votes")
    if not rule:
        return None
    return _BarePopularVotes(
        modifiers=frozenset(w.lower() for w in rule.get("modifiers", [])),
        determiners=frozenset(w.lower() for w in rule.get("determiners", [])),
        not_after=frozenset(w.lower() for w in rule.get("not_after", [])),
        same_words={k.lower(): v.lower() for k, v in rule.get("same_words", {}).items()},
    )


def popular_vote_core(ruleset: Rules, kind: str, core: frozenset) -> frozenset:
    """An election's core words with `bare_popular_votes`' same_words grouped as one, when it
    holds a popular vote head: "the national vote" and "the nationwide voting" name one vote
    (issue 12 round cc)."""
    rule = _bare_popular_votes(ruleset)
    if rule is None or kind != "election" or not rule.same_words:
        return core
    if not core & grammar(ruleset).popular_vote_heads:
        return core
    return frozenset(rule.same_words.get(w, w) for w in core)


def bare_popular_vote(ruleset: Rules, text: str, head: int, end: int, modifier: str) -> bool:
    """Whether a popular vote head with no topic, right after `modifier` (a word of
    `place_naming_modifiers`), names the vote by its reach alone: `modifier` is one of
    `bare_popular_votes`' modifiers, right after one of its determiners, and no word of its
    `not_after` (nor a hyphen) follows the head ("the nationwide vote ended"; not "a national
    vote", "the national vote count"; events.json's `bare_popular_votes`, issue 12 round cc)."""
    rule = _bare_popular_votes(ruleset)
    if rule is None or modifier.lower() not in rule.modifiers:
        return False
    if word_before(text, _start_of_word_before(text, head)).lower() not in rule.determiners:
        return False
    if text[end : end + 1] == "-":
        return False  # "the national vote-counting": a compound, no vote named
    following = _NEXT_WORD.match(text, end)
    return not (following and following.group(1).lower() in rule.not_after)


def name_number_start(ruleset: Rules, text: str, start: int, before: str, g: Grammar) -> int | None:
    """Where a name begins that a short number right before `start` belongs to, after a
    capitalised word ("Formula 2 Lakeland Grand Prix", events.json's `name_numbers`, issue 12
    round av): that word's start; None when the word before is no such number, or the word
    before the number is a stopword or lowercase ("two Lakeland cups", "at 3 Lake forums")."""
    digits, not_after = _name_number_rule(ruleset)
    if not (before.isdigit() and len(before) <= digits):
        return None
    at = text.rfind(before, max(0, start - 40), start)
    word = word_before(text, at)
    if not word or not word[0].isupper() or word in g.name_stop or word in not_after:
        return None
    return _start_of_word_before(text, at)


@compiled_from_rules
def _name_number_rule(ruleset: Rules) -> tuple[int, frozenset[str]]:
    """events.json's `name_numbers`: (max_digits, 0 when off; the words, as written, after
    which a number is a day, not a name's)."""
    rule = ruleset.get("events", required=("heads",)).get("name_numbers") or {}
    return int(rule.get("max_digits", 0)), frozenset(rule.get("not_after", []))


def _is_day_of_month(text: str, start: int, day: str, months: frozenset[str]) -> bool:
    """Whether the digits `day` right before `start` are a day after a month's name ("the
    December 9 Lake summit", issue 12 round al): a date, not a count."""
    if not months or len(day) > 2:
        return False
    at = text.rfind(day, max(0, start - 40), start)
    return at > 0 and word_before(text, at) in months


def _is_cardinal(word: str) -> bool:
    # digits that are not a year: "3 Eurasian summits" (a year before a name is part of it)
    return word.isdigit() and not _YEAR.fullmatch(word)


# -- issue 12u: a tail completed by a lowercase noun --------------------------------------------


@compiled_from_rules
def _tail_completing_nouns(ruleset: Rules) -> re.Pattern | None:
    """events.json's `tail_completing_nouns` right after a capitalised word, not possessive."""
    nouns = ruleset.get("events", required=("heads",)).get("tail_completing_nouns", [])
    if not nouns:
        return None
    return re.compile(rf"[^\S\n]+(?:{phrase_alternation(nouns)})\b(?![’'\w-])")


@compiled_from_rules
def _completed_proper_tail_nouns(ruleset: Rules) -> re.Pattern:
    """events.json's `completed_proper_tails.nouns`, as a whole stretch."""
    rules = ruleset.get("events", required=("heads",)).get("completed_proper_tails", {})
    nouns = rules.get("nouns", [])
    if not nouns:
        return NEVER_MATCHES
    return re.compile(rf"[^\S\n]+(?:{phrase_alternation(nouns)})", re.IGNORECASE)


@compiled_from_rules
def _completed_tail_refusals(ruleset: Rules) -> frozenset[str]:
    """events.json's `completed_proper_tails.not_after`: words before the head that keep the
    completed tail from naming it ("a news conference of the Lake Union leaders")."""
    rules = ruleset.get("events", required=("heads",)).get("completed_proper_tails", {})
    return frozenset(w.lower() for w in rules.get("not_after", []))


def _completes_proper_tail(ruleset: Rules, text: str, cut: int, end: int) -> bool:
    """Whether text[cut:end], the noun that completed a lowercase head's proper tail, is one of
    `completed_proper_tails.nouns` after a body's initials ("of the PCU" + " leaders")."""
    if _completed_proper_tail_nouns(ruleset).fullmatch(text, cut, end) is None:
        return False
    # a body's initials ("of the CIS leaders", "of G20 leaders"), not a people's or a region's
    # adjective ("of Arctic heads of state")
    last = text[text.rfind(" ", 0, cut) + 1 : cut]
    return len(last) >= 2 and last.isupper()


def completed_tail_end(ruleset: Rules, text: str, end: int) -> int:
    """Where a name's tail ending at text[end] ends when a noun of `tail_completing_nouns`
    completes its last, capitalised word ("the first session of the Lakeland parliament")."""
    pattern = _tail_completing_nouns(ruleset)
    if pattern is None or end < 2 or not text[end - 1].isalnum():
        return end
    start = text.rfind(" ", 0, end) + 1
    if not text[start : start + 1].isupper() and not text[start : start + 1].isdigit():
        return end
    m = pattern.match(text, end)
    return m.end() if m else end


@compiled_from_rules
def _brand_after_head(ruleset: Rules) -> tuple[frozenset[str], re.Pattern | None]:
    """events.json's `brand_after_head`: the heads, and a word in capitals (maybe with its
    year) right after one."""
    rules = ruleset.get("events", required=("heads",)).get("brand_after_head", {})
    heads = frozenset(normalise_phrase(h) for h in rules.get("heads", []))
    if not heads:
        return heads, None
    letters = max(1, int(rules.get("min_letters", 3)))
    return heads, re.compile(
        rf"[^\S\n]+[A-Z][A-Z0-9]{{{letters - 1},}}(?:[- ](?:19|20)\d{{2}})?(?![\w-])"
    )


def brand_end(ruleset: Rules, text: str, end: int, head: str) -> int:
    """Where the name of a capitalised head ending at text[end] ends when a word in capitals
    names it right after ("International Forum LAKEEXPO 2031")."""
    heads, pattern = _brand_after_head(ruleset)
    if pattern is None or head.split()[-1] not in heads:
        return end
    m = pattern.match(text, end)
    return m.end() if m else end


# -- issue 12y: names cut short or run on --------------------------------------------------------


@dataclass(frozen=True)
class _TitleRules:
    """The issue-12y keys of events.json, compiled."""

    after_heads: frozenset[str]
    generic_words: frozenset[str]
    after_run: re.Pattern | None
    after_followers: frozenset[str]
    after_min_caps: int
    before_joiners: frozenset[str]
    before_refused: frozenset[str]
    before_max: int
    before_openers: frozenset[str]
    before_min_caps: int
    closing_heads: frozenset[str]
    closing_run: re.Pattern | None
    venue_words: frozenset[str]
    vote_topic_capital: bool
    domain_list: re.Pattern | None


def _more_title_words(spec: dict) -> int:
    """How many words a title after a head may hold after its first: its rule's `max_words`
    (12 unless set) less one. The bound keeps each head's match short, so that a long run of
    capitalised words costs every head a bounded scan, not one to the end of the line."""
    return int(spec.get("max_words", 12)) - 1


@compiled_from_rules
def _title_rules(ruleset: Rules) -> _TitleRules:
    rules = ruleset.get("events", required=("heads",))
    after = rules.get("title_after_generic_head", {})
    word = r"(?!(?:I|A|An|The)\b)" + _TAIL_CAP
    after_run = None
    if after.get("heads"):
        joiners = phrase_alternation(after.get("joiners", ["of", "and", "the"]))
        # "Gas of Russia 2031", "Global Lake Challenges: Problems and Solutions"
        more = _more_title_words(after)
        phrase = rf"{word}(?:{_SP}(?:(?:{joiners}){_SP})*{word}){{0,{more}}}"
        after_run = re.compile(
            rf"{_SP}(?:[“\"])?({phrase}(?::{_SP}{phrase})?(?:{_SP}(?:19|20)\d{{2}})?)[”\"]?"
        )
    before = rules.get("title_before_head", {})
    closing = rules.get("kind_word_closing_name", {})
    closing_run = None
    if closing.get("words"):
        closing_run = re.compile(
            rf"(?:{_SP}{word}){{0,{int(closing.get('max_words', 5))}}}?{_SP}"
            rf"(?:{phrase_alternation(closing['words'])})\b(?![’'-])"
        )
    domain_list = None
    if rules.get("tail_domain_lists"):
        # ", Technology and Education": the rest of a list of domains after "for Science"
        domain_list = re.compile(
            rf"(?:,{_SP}{word})*,?{_SP}and{_SP}{word}(?=[^\S\n]*(?:[,.;:!?)”\"]|$|{_SP}[a-z]))",
            re.MULTILINE,
        )
    return _TitleRules(
        after_heads=frozenset(normalise_phrase(h) for h in after.get("heads", [])),
        generic_words=frozenset(w.lower() for w in after.get("generic_words", [])),
        after_run=after_run,
        after_followers=frozenset(w.lower() for w in after.get("followers", [])),
        after_min_caps=int(after.get("min_capitalised", 2)),
        before_joiners=frozenset(w.lower() for w in before.get("joiners", [])),
        # a title never holds a body's word ("the Lake Council on the Pine Forum")
        before_refused=frozenset(before.get("refused_words", []))
        | frozenset(rules.get("organisation_words", [])),
        before_max=int(before.get("max_words", 8)),
        before_openers=frozenset(before.get("openers", [])),
        before_min_caps=int(before.get("min_capitalised", 2)),
        closing_heads=frozenset(normalise_phrase(h) for h in closing.get("heads", [])),
        closing_run=closing_run,
        venue_words=frozenset(rules.get("place_tail_venue_words", [])),
        vote_topic_capital=bool(rules.get("vote_topic_capital_not_addressee", False)),
        domain_list=domain_list,
    )


def _is_generic_name_word(ruleset: Rules, word: str, t: _TitleRules, g: Grammar) -> bool:
    """An ordinal, a Roman numeral, a year or a word of `generic_words` ("XV", "5th",
    "International"): a word that does not tell one event of a head from another."""
    return (
        word.lower() in t.generic_words
        or bool(_YEAR.fullmatch(word))
        or bool(_ROMAN.fullmatch(word))
        or ordinal_value(ruleset, word, g) is not None
    )


def title_after_generic_head(
    ruleset: Rules, text: str, start: int, head_start: int, end: int, head: str
) -> int:
    """Where a name ends when a capitalised head with only generic words before it ("the XV
    International Forum") is followed by a title of capitalised words ("Lake Energy 2031",
    "Pine Challenges: Problems and Solutions") that ends the phrase: at punctuation, the end of
    the line or a word of `followers`."""
    t = _title_rules(ruleset)
    if t.after_run is None or head not in t.after_heads:
        return end
    m = t.after_run.match(text, end)
    if not m:
        return end
    g = grammar(ruleset)
    before = text[start:head_start].split()
    if not all(_is_generic_name_word(ruleset, w, t, g) for w in before):
        return end
    title = m.group(1)
    caps = [w for w in title.replace(":", " ").split() if w[0].isupper()]  # years not counted
    if len(caps) < t.after_min_caps or any(w.lower() in g.heads for w in caps):
        return end
    rest = text[m.end() : m.end() + 40]
    nxt = re.match(r"[^\S\n]*(\S*)", rest).group(1)
    if nxt and not re.match(r"[,.;!?)]", nxt) and nxt.lower().strip(",.;") not in t.after_followers:
        return end
    return m.end()


def _plain_word_before(text: str, index: int) -> tuple[str, int]:
    """The word right before `index` (spaces or tabs between) and its start; ("", index) when
    none. String steps only: asked for at most heads, it must cost next to nothing."""
    end = index
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    if end == index:
        return "", index
    begin = end
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "’'-"):
        begin -= 1
    return text[begin:end], begin


def title_before_head(ruleset: Rules, text: str, start: int) -> int:
    """Where a name starting at `start` with a capitalised word begins when a title of
    capitalised words joined by lowercase `joiners` runs before it, right after "the" ("the
    Lake Focused on the Future exhibition", "the From Words to Deeds Lake Forum")."""
    t = _title_rules(ruleset)
    if not t.before_joiners or not text[start : start + 1].isupper():
        return start
    # the walk back stopped at a joiner: "to", "on", or "the" after a joiner or a capital
    joiner, at = _plain_word_before(text, start)
    if joiner not in t.before_joiners:
        return start
    if joiner == "the":
        word, _ = _plain_word_before(text, at)
        if not (word[:1].isupper() or word in t.before_joiners):
            return start  # "of the Pine Forum": no title before
    g = grammar(ruleset)
    pos = start
    tokens: list[re.Match] = []
    for w in reversed(list(_WORD.finditer(text, max(0, start - 160), start))):
        if text[w.end() : pos].strip(" \t") or w.end() == pos:
            break  # punctuation or a line break: the title ends there
        word = w.group(0)
        if len(tokens) >= t.before_max or "." in word:
            break
        if word.lower() == "the":
            tokens.append(w)  # a joiner, or the article that opens the title
        elif word.islower():
            if word not in t.before_joiners:
                break
            tokens.append(w)
        elif word[0].isupper():
            if word in t.before_refused or (word in g.name_stop and word not in t.before_openers):
                break
            tokens.append(w)
        else:
            break
        pos = w.start()
    tokens.reverse()
    # the leftmost "the" before a capitalised word opens the title; a joiner other than "the"
    # must stand in it, or the walk back would have taken the words already
    for i, w in enumerate(tokens[:-1]):
        if w.group(0).lower() == "the" and tokens[i + 1].group(0)[0].isupper():
            inner = [x.group(0) for x in tokens[i + 1 :]]
            if not any(x.islower() and x != "the" for x in inner):
                return start
            if sum(1 for x in inner if not x.islower()) < t.before_min_caps:
                return start  # "the Lakeland to the Pine Forum": whom, not a title
            pairs = zip(inner, inner[1:], strict=False)
            if any(x.lower() == "the" and not prev.islower() for prev, x in pairs):
                return start  # "Lake the Pine": no title
            return tokens[i + 1].start()
    return start


def kind_word_closing_name(ruleset: Rules, text: str, end: int, head: str) -> int:
    """Where a name ends when capitalised words after its capitalised head end in a word of the
    kind of the whole ("Lake Cup International Competitions", "Pine Contest National School
    Competitions")."""
    t = _title_rules(ruleset)
    if t.closing_run is None or head.split()[-1] not in t.closing_heads:
        return end
    m = t.closing_run.match(text, end)
    return m.end() if m else end


def place_is_venue(ruleset: Rules, place: re.Match) -> bool:
    """Whether a place tail ("in the Lake Palace") is a venue, not what names the event."""
    venues = _title_rules(ruleset).venue_words
    return bool(venues) and place.group(0).split()[-1] in venues


def domain_list_end(ruleset: Rules, text: str, tail: re.Match, end: int) -> int:
    """Where a tail "for <Word>" ends when a list of domains continues it ("Council for
    Science, Technology and Education")."""
    t = _title_rules(ruleset)
    if t.domain_list is None or end != tail.end():
        return end
    words = tail.group(0).split()
    if len(words) < 2 or words[-2] != "for":
        return end
    m = t.domain_list.match(text, end)
    return m.end() if m else end


def _capitalised_run_end(ruleset: Rules, text: str, end: int) -> int:
    """A vote's topic cut by its word limit inside a capitalised name ("amendments to the Lake
    Republic" + " Charter") runs to the end of that name (`vote_topic_capital_not_addressee`)."""
    if not _title_rules(ruleset).vote_topic_capital:
        return end
    last = text.rfind(" ", 0, end) + 1
    if not text[last : last + 1].isupper():
        return end
    more = re.match(r"(?:[^\S\n]+[A-Z][\w’'-]*)+", text[end : end + 80])
    return end + more.end() if more else end


# -- issue 12aa: events found on pages nobody tuned to --------------------------------------------


def _owner_names_anniversary(
    ruleset: Rules, owner: re.Match | None, text: str, end: int, g: Grammar
) -> bool:
    """Whether the capitalised possessive right before an uncounted anniversary word names it
    (events.json's `owner_named_anniversaries`, issue 12 round av): at least its `min_words`
    capitalised words after any leading name stopwords ("The"), none of the rest a stopword
    ("Ivan Lakov’s anniversary"); one word ("Lakeland’s anniversary") names none, nor does an
    anniversary word that an event's head follows at `end` ("the Lake Assembly’s jubilee
    session": the session is what is named)."""
    following = _NEXT_WORD.match(text, end)
    if owner is None or (following and following.group(1).lower() in g.heads):
        return False
    min_words = _owner_named_min_words(ruleset)
    words = owner.group(1).split()
    while words and words[0] in g.name_stop:
        words.pop(0)  # "The Lake Theatre’s ...": a sentence's first word, left out
    return bool(min_words) and len(words) >= min_words and not any(w in g.name_stop for w in words)


@compiled_from_rules
def _owner_named_min_words(ruleset: Rules) -> int:
    """events.json's `owner_named_anniversaries.min_words` (0: the rule is off)."""
    rule = ruleset.get("events", required=("heads",)).get("owner_named_anniversaries") or {}
    return int(rule.get("min_words", 0))


@compiled_from_rules
def possessive_back_reference(ruleset: Rules) -> bool:
    """events.json's `possessive_anniversary_back_reference`: "its 30th anniversary" after "the
    30th anniversary of the Lake Fleet" is that one (issue 12 round bs)."""
    rules = ruleset.get("events", required=("heads",))
    return bool(rules.get("possessive_anniversary_back_reference", False))


@compiled_from_rules
def _personal_anniversary_words(ruleset: Rules) -> tuple[frozenset[str], frozenset[str]]:
    """events.json's `personal_anniversary_words` (issue 12 round di): the anniversary words
    that may be a person's own day, and the words before their count that make them so;
    empty when the rule is off."""
    rule = ruleset.get("events", required=("heads",)).get("personal_anniversary_words") or {}
    return (
        frozenset(w.lower() for w in rule.get("words", [])),
        frozenset(w.lower() for w in rule.get("refused_before", [])),
    )


def _personal_anniversary(ruleset: Rules, text: str, start: int, word: str, counted: bool) -> bool:
    """Whether an anniversary word of `personal_anniversary_words` ("birthday") is no event: not
    counted ("his birthday", "Anna Lake’s birthday"), or counted right after one of its
    `refused_before` words ("on his 80th birthday", "a happy 50th birthday": a person's own
    day, greeted); "the 150th birthday of Ivan Lakov", "the poet’s 225th birthday" are events."""
    words, refused = _personal_anniversary_words(ruleset)
    if not words or word.lower() not in words:
        return False
    return not counted or word_before(text, start).lower() in refused


@compiled_from_rules
def possessive_counted_named(ruleset: Rules) -> bool:
    """events.json's `possessive_counted_anniversaries_named`: "its 300th anniversary" is one."""
    rules = ruleset.get("events", required=("heads",))
    return bool(rules.get("possessive_counted_anniversaries_named", False))


@compiled_from_rules
def lowercase_heads_after_name(ruleset: Rules) -> tuple[frozenset[str], int]:
    """events.json's `lowercase_heads_after_name`: capitalised-only heads that a lowercase
    mention names after capitalised name words ("the Lake Hockey League tournament"), and how
    many name words it needs (`lowercase_heads_after_name_min_words`). With the heads of
    `lowercase_heads_after_name_more` (issue 12af: "the Lake Run ski race")."""
    rules = ruleset.get("events", required=("heads",))
    more = rules.get("lowercase_heads_after_name_more", {}).get("heads", [])
    heads = frozenset(
        normalise_phrase(h) for h in rules.get("lowercase_heads_after_name", []) + more
    )
    return heads, max(1, int(rules.get("lowercase_heads_after_name_min_words", 1)))


@dataclass(frozen=True)
class _NamedContests:
    """events.json's `named_contests` (issue 12 round bk), compiled."""

    of_the_heads: frozenset[str]  # heads whose name may hold "of the" ("Baker of the Year")
    owner_heads: frozenset[str]  # heads after a possessive name: its owner, not its name
    bodies: frozenset[str]  # a body's word before "of the": the name starts after it
    same_words: dict[str, str]  # a name word and the word it is grouped as


@compiled_from_rules
def named_contests(ruleset: Rules) -> _NamedContests:
    """events.json's `named_contests` (issue 12 round bk): lowercase heads after a name whose
    name may hold "of the" between two name words ("the Baker of the Year contest") unless a
    body's word of `of_the_bodies` stands before "of" ("the Pine Council of the ..."), and those
    that a possessive name right before them (maybe with lowercase modifiers between) only
    owns ("the Lake Society’s national contest"); `same_words`: a head word grouped with a
    mention of another head ("the Lake Leaders contest" after "the Lake Leaders management
    competition": one event)."""
    rules = ruleset.get("events", required=("heads",)).get("named_contests", {})
    return _NamedContests(
        frozenset(normalise_phrase(h) for h in rules.get("of_the_heads", [])),
        frozenset(normalise_phrase(h) for h in rules.get("owner_heads", [])),
        frozenset(rules.get("of_the_bodies", [])),
        {w.lower(): v.lower() for w, v in rules.get("same_words", {}).items()},
    )


def _owned_head(text: str, name_start: int, head_start: int) -> bool:
    """Whether the last capitalised word of the name from `name_start` to the head at
    `head_start` is a possessive ("Society’s" in "the Lake Society’s national contest")."""
    words = [w for w in text[name_start:head_start].split() if not w.islower()]
    return bool(words) and bool(_possessed_by(words[-1]))


@dataclass(frozen=True)
class _AfterNameHeads:
    heads: frozenset[str]  # all heads of lowercase_heads_after_name (the glosses' heads)
    more: frozenset[str]  # the heads of lowercase_heads_after_name_more (lower_max's)
    lower_max: int | None
    glosses: bool
    not_after: frozenset[str] = frozenset()  # words before the name that leave it unnamed


@compiled_from_rules
def _after_name_heads(ruleset: Rules) -> _AfterNameHeads:
    """events.json's `lowercase_heads_after_name_more` (issue 12af): for its heads, how many
    lowercase modifiers may stand between the name and the head; for all heads of
    lowercase_heads_after_name, whether a bracketed gloss of capitalised words goes on the
    name."""
    rules = ruleset.get("events", required=("heads",))
    more = rules.get("lowercase_heads_after_name_more", {})
    if not more:
        return _AfterNameHeads(frozenset(), frozenset(), None, False)
    heads, _ = lowercase_heads_after_name(ruleset)
    lower_max = more.get("modifiers_max")
    return _AfterNameHeads(
        heads,
        frozenset(normalise_phrase(h) for h in more.get("heads", [])),
        None if lower_max is None else int(lower_max),
        bool(more.get("glosses")),
        frozenset(w.lower() for w in more.get("not_after", [])),
    )


@dataclass(frozen=True)
class _YearCounts:
    verbs: tuple[str, ...]
    pattern: re.Pattern | None  # at a verb: group 1 the number, group 2 the count's end
    numbers: dict[str, int]
    max_number: int
    # at an anniversary word: the count in apposition to it ("anniversary – 25 years of ...")
    apposition: re.Pattern | None = None


@compiled_from_rules
def _year_counts(ruleset: Rules) -> _YearCounts:
    """events.json's `anniversary_year_counts`: a verb of marking, maybe "the", a number of
    years, then one of the links ("Pineland marks 70 years since ...")."""
    rules = ruleset.get("events", required=("heads",))
    spec = rules.get("anniversary_year_counts", {})
    verbs = tuple(sorted({v.lower() for v in spec.get("verbs", [])}))
    nouns, links = spec.get("nouns", []), spec.get("links", [])
    numbers = {k.lower(): int(v) for k, v in rules.get("numbered_event_number_words", {}).items()}
    numbers.update({k.lower(): int(v) for k, v in rules.get("tens_words", {}).items()})
    if not verbs or not nouns or not links:
        return _YearCounts(verbs, None, numbers, 0)
    count = (
        rf"(\d{{1,4}}|[A-Za-z]+(?:-[a-z]+)?){_SP}(?:{phrase_alternation(nouns)})\b"
        rf"(?={_SP}(?:{phrase_alternation(links)})\b)"
    )
    pattern = re.compile(
        rf"(?:{phrase_alternation(verbs)}){_SP}(?:the{_SP})?{count}", re.IGNORECASE
    )
    # issue 12af: "a major anniversary – 25 years of the Lake Charter"
    appositive = rules.get("anniversary_year_count_appositions", {})
    words, separators = appositive.get("words", []), appositive.get("separators", [])
    apposition = (
        re.compile(
            rf"(?:{phrase_alternation(words)})[^\S\n]*(?:{phrase_alternation(separators)})"
            rf"[^\S\n]*{count}",
            re.IGNORECASE,
        )
        if words and separators
        else None
    )
    return _YearCounts(verbs, pattern, numbers, int(spec.get("max_number", 2000)), apposition)


@compiled_from_rules
def anniversary_cue_words(ruleset: Rules) -> tuple[str, ...]:
    """The words an anniversary starts from: the anniversary words, and the verbs of
    `anniversary_year_counts` (the event component's matcher and the prefilter look for them)."""
    g = grammar(ruleset)
    return tuple(sorted(set(g.anniversary_words) | set(_year_counts(ruleset).verbs)))


def _cardinal(counts: _YearCounts, word: str) -> int | None:
    """20 for "20", "twenty"; 75 for "seventy-five"; None for another word."""
    if word.isdigit():
        return int(word)
    lowered = word.lower()
    if lowered in counts.numbers:
        return counts.numbers[lowered]
    tens, _, unit = lowered.partition("-")
    if unit and tens in counts.numbers and counts.numbers.get(unit, 10) < 10:
        return counts.numbers[tens] + counts.numbers[unit]
    return None


def year_count_anniversaries(
    ruleset: Rules, text: str, starts: list[int], g: Grammar
) -> list[dict]:
    """Anniversaries named as a number of years after a verb of marking, with what they are of
    ("next spring Lakeland will mark 20 years of the Lake Treaty": "20 years of the Lake Treaty");
    `starts` are the cue positions (the verbs among them)."""
    counts = _year_counts(ruleset)
    if counts.pattern is None:
        return []
    found = []
    for position in starts:
        m = counts.pattern.match(text, position)
        appositive = False
        if not m and counts.apposition is not None:
            m = counts.apposition.match(text, position)
            appositive = True
        if not m:
            continue
        number = _cardinal(counts, m.group(1))
        if number is None or not 0 < number <= counts.max_number:
            continue
        if appositive and number in _counted_anniversaries(ruleset, text, g):
            continue  # the page names it by its ordinal too ("the 50th anniversary of ...")
        # "25 years of our relations": its owner's words, not its name (issue 12 round bs)
        end = anniversary_tail(text, m.end(), g, possessive_start=False)
        if end == m.end():
            continue  # "marked 75 years since being founded": of nothing named
        start = m.start(1)
        found.append(_span_event(text, start, end, "anniversary"))
    return found


def _counted_anniversaries(ruleset: Rules, text: str, g: Grammar) -> set[int]:
    """The numbers of the anniversaries a text counts by an ordinal ("50th anniversary")."""
    return {
        n
        for m in g.anniversary_re.finditer(text)
        if (n := anniversary_number(ruleset, m.group(0), g)) is not None
    }


@dataclass(frozen=True)
class _LowercaseTitle:
    heads: frozenset[str]
    determiners: frozenset[str]
    title_re: re.Pattern | None  # a title right after the head; group 1 the title
    followers: frozenset[str]
    min_caps: int
    office_re: re.Pattern | None  # an office then "of" right before the determiner


@compiled_from_rules
def _lowercase_title_dashes(ruleset: Rules) -> tuple[str, ...]:
    """events.json's `title_after_lowercase_head_dashes` (issue 12 round db)."""
    rules = ruleset.get("events", required=("heads",))
    return tuple(d for d in rules.get("title_after_lowercase_head_dashes", []) if d)


@compiled_from_rules
def _lowercase_title(ruleset: Rules) -> _LowercaseTitle:
    """events.json's `title_after_lowercase_head`."""
    spec = ruleset.get("events", required=("heads",)).get("title_after_lowercase_head", {})
    heads = frozenset(normalise_phrase(h) for h in spec.get("heads", []))
    joiners = spec.get("joiners", [])
    if not heads:
        return _LowercaseTitle(heads, frozenset(), None, frozenset(), 0, None)
    cap = r"[A-Z][\w’'-]*"
    # issue 12 round db: a dash joins two capitalised words of the title, spaced or not
    # ("Lakeland–Pineland: New Horizons", "Lakeland – Land of Lakes")
    dashes = _lowercase_title_dashes(ruleset)
    if dashes:
        dash = phrase_alternation(dashes)
        cap = rf"{cap}(?:{dash}{cap})*"
        joiners = [*joiners, *dashes]
    joiner = rf"(?:{phrase_alternation(joiners)}){_SP}" if joiners else ""
    # capitalised words, joiners between them, at most one colon after a word; at most
    # `max_words` capitalised words
    more = _more_title_words(spec)
    title_re = re.compile(
        rf"{_SP}({cap}(?::(?={_SP}[A-Z]))?"
        rf"(?:{_SP}(?:{joiner})*{cap}(?::(?={_SP}[A-Z]))?){{0,{more}}})"
    )
    offices = spec.get("offices_before", [])
    office_re = (
        re.compile(rf"\b(?:{phrase_alternation(offices)}){_SP}of{_SP}$", re.IGNORECASE)
        if offices
        else None
    )
    return _LowercaseTitle(
        heads,
        frozenset(w.lower() for w in spec.get("determiners", [])),
        title_re,
        frozenset(w.lower() for w in spec.get("followers", [])),
        int(spec.get("min_capitalised", 2)),
        office_re,
    )


def title_after_lowercase_head(
    ruleset: Rules, text: str, start: int, end: int, head: str
) -> int | None:
    """Where the name of a lowercase head ending at text[end], whose modifiers start at
    `start`, ends when a title of capitalised words names it right after ("the international
    conference Lakeland-Pineland: A Forward-Looking Alliance, which opened"); None when no
    title does (see events.json's `title_after_lowercase_head`)."""
    t = _lowercase_title(ruleset)
    if t.title_re is None or head not in t.heads:
        return None
    m = t.title_re.match(text, end)
    if not m:
        return None  # most often: no capital right after the head
    before = word_before(text, start)
    if before.lower() not in t.determiners:
        return None
    determiner_start = start - len(before) - 1
    if t.office_re is not None and t.office_re.search(
        text, max(0, determiner_start - 40), max(0, determiner_start)
    ):
        return None  # "the president of the festival Anna Lake": a person
    g = grammar(ruleset)
    words = m.group(1).replace(":", " ").split()
    caps = [w for w in words if w[0].isupper()]
    if len(caps) < t.min_caps or any(
        w.lower() in g.heads and w.lower() not in g.inner_heads for w in caps
    ):
        return None
    if any(w in g.name_stop and w not in ("The", "A", "An") for w in caps[:1]):
        return None  # "the forum We ...": a sentence goes on
    nxt = re.match(r"[^\S\n]*(\S*)", text[m.end() : m.end() + 40]).group(1)
    if nxt and not re.match(r"[,.;!?)\]–—]", nxt) and nxt.lower().strip(",.;") not in t.followers:
        if not (nxt.islower() and _titled_subject(ruleset, text, determiner_start)):
            return None  # "At the conference Anna Lake said": a subject and its verb
    return m.end()


@compiled_from_rules
def _titled_subject_rule(ruleset: Rules) -> bool:
    """events.json's `title_after_lowercase_head_as_subject` (issue 12af)."""
    rules = ruleset.get("events", required=("heads",))
    return bool(rules.get("title_after_lowercase_head_as_subject", False))


def _titled_subject(ruleset: Rules, text: str, determiner_start: int) -> bool:
    """Whether the determiner of a lowercase head and its title opens a sentence, so that the
    head and the title are the subject a lowercase verb follows ("The exhibition Lake Treasures
    once again shows ..."; events.json's `title_after_lowercase_head_as_subject`)."""
    return _titled_subject_rule(ruleset) and _is_sentence_initial(text, determiner_start)


@dataclass(frozen=True)
class _HostNamed:
    heads: frozenset[str]
    determiners: frozenset[str]
    modified: dict[str, frozenset[str]]
    owned: frozenset[str]
    owner_modifiers: frozenset[str]
    owner_words: frozenset[str]
    acronym_owners: bool
    generic_followers: dict[str, frozenset[str]]


@compiled_from_rules
def _host_named_heads(ruleset: Rules) -> _HostNamed:
    """events.json's `place_named_heads` (issue 12 rounds ap, au), lowercased (the owner words
    as written); empty when the rule is off."""
    rule = ruleset.get("events", required=("heads",)).get("place_named_heads") or {}
    return _HostNamed(
        heads=frozenset(w.lower() for w in rule.get("heads", [])),
        determiners=frozenset(w.lower() for w in rule.get("determiners", [])),
        modified={
            head.lower(): frozenset(w.lower() for w in words)
            for head, words in (rule.get("modified_heads") or {}).items()
        },
        owned=frozenset(w.lower() for w in rule.get("owned_heads", [])),
        owner_modifiers=frozenset(w.lower() for w in rule.get("owner_modifiers", [])),
        owner_words=frozenset(rule.get("owner_words", [])),
        acronym_owners=bool(rule.get("acronym_owners", False)),
        generic_followers={
            head.lower(): frozenset(w.lower() for w in words)
            for head, words in (rule.get("generic_followers") or {}).items()
        },
    )


def _host_named_generic(ruleset: Rules, text: str, place_end: int, head: str) -> bool:
    """Whether a head named by its host is said of such events in general: one of the head's
    `generic_followers` right after the place ("the elections in Lakeland are fair"; issue 12
    round co)."""
    followers = _host_named_heads(ruleset).generic_followers.get(head)
    following = _NEXT_WORD.match(text, place_end) if followers else None
    return bool(following) and following.group(1).lower() in followers


_BRACKETED_BEFORE = re.compile(r"[ \t]*\([^()\n]{1,80}\)[ \t]*$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")
_POSSESSIVE = re.compile(r"^([A-Z][\w-]*)(?:’s|'s)$")


def _host_named_start(
    ruleset: Rules, text: str, head_start: int, head: str, name_words: int
) -> int | None:
    """Where a lowercase head with no name word and no tail begins its name when an 'in' +
    place phrase after it names it ("the summit in Lakeville", `place_named_heads`), or None:
    a head of `heads` right after one of `determiners`; a head of `modified_heads` after one
    of its modifiers (a bracketed list of who meets may come in between: "the quadrilateral
    (Lakeland-Pineland-Hillland-Dale) summit") after one of `determiners` ("the international
    conference in Pinetown"); a head of `owned_heads` after the possessive of a body's name
    ending in one of `owner_words` (one of `owner_modifiers` may come in between: "the Lake
    Support Group's annual meeting in Pinetown"; the body's name words are the only name
    words before such a head) or, with `acronym_owners`, after a body's initials right after
    one of `determiners` ("the LCO meeting in Pinetown")."""
    h = _host_named_heads(ruleset)
    if name_words and head not in h.owned:
        return None
    if head not in h.heads and head not in h.modified and head not in h.owned:
        return None  # each way below is for a head of its own list: the word before not read
    before = word_before(text, head_start)
    if head in h.heads and before.lower() in h.determiners:
        return head_start
    if head in h.modified:
        at = head_start
        bracket = _BRACKETED_BEFORE.search(text, max(0, head_start - 100), head_start)
        if bracket:
            at = bracket.start() + 1
            before = word_before(text, at)
        if before.lower() in h.modified[head]:
            start = text.rfind(before, 0, at)
            lead = start
            day = word_before(text, start)
            if day.isdigit() and _is_day_of_month(text, start, day, grammar(ruleset).day_months):
                # "the May 2 trilateral summit in Pinetown": its day before the modifier
                lead = text.rfind(word_before(text, text.rfind(day, 0, start)), 0, start)
            if word_before(text, lead).lower() in h.determiners:
                return start
    if head in h.owned:
        at = head_start
        if before.lower() in h.owner_modifiers:
            at = text.rfind(before, 0, at)
            before = word_before(text, at)
        if (
            h.acronym_owners
            and at == head_start
            and _ACRONYM.match(before)
            and word_before(text, text.rfind(before, 0, at)).lower() in h.determiners
        ):
            return text.rfind(before, 0, at)  # "the LCO meeting in Pinetown"
        owner = _POSSESSIVE.match(before)
        if owner and owner.group(1) in h.owner_words:
            start = text.rfind(before, 0, at)
            word = word_before(text, start)
            while word[:1].isupper():  # the rest of the body's name
                start = text.rfind(word, 0, start)
                word = word_before(text, start)
            return start
    return None


@compiled_from_rules
def _topic_named_heads(ruleset: Rules) -> tuple[frozenset[str], frozenset[str], int, frozenset]:
    """events.json's `topic_named_heads` (issue 12 round be): heads, modifiers, the most topic
    words and the topic's refused first words; empty when the rule is off."""
    rule = ruleset.get("events", required=("heads",)).get("topic_named_heads") or {}
    return (
        frozenset(w.lower() for w in rule.get("heads", [])),
        frozenset(w.lower() for w in rule.get("modifiers", [])),
        int(rule.get("max_words", 0)),
        frozenset(w.lower() for w in rule.get("not_first", [])),
    )


def topic_named_span(
    ruleset: Rules, text: str, head_start: int, head_end: int, head: str, g: Grammar
) -> tuple[int | None, int]:
    """The span of a lowercase head of `topic_named_heads`' `heads` named by its topic: one of
    `modifiers` right before the head ("an international conference on water security", "the
    global summit on lake fisheries"; the name runs from the modifier over the "on" tail, at
    most `max_words` words, and a place after it); (None, head_end) when there is none."""
    heads, modifiers, max_words, not_first = _topic_named_heads(ruleset)
    if head not in heads or not max_words:
        return None, head_end
    modifier = word_before(text, head_start)
    if modifier not in modifiers:
        return None, head_end
    first = re.match(
        r"[^\S\n]+on[^\S\n]+(?:the[^\S\n]+)?([\w’'-]+)", text[head_end : head_end + 60]
    )
    if not first or first.group(1).lower() in not_first:
        return None, head_end
    end = anniversary_tail(text, head_end, g, "on", max_words=max_words)
    if end <= head_end:
        return None, head_end
    place = g.place_re.match(text, end)
    if place and not place_is_venue(ruleset, place):
        end = _place_end(text, place, g)
    return text.rfind(modifier, 0, head_start), end


@compiled_from_rules
def _hyphen_prefixes(ruleset: Rules) -> frozenset[str]:
    """events.json's `hyphen_prefixed_heads` (issue 12af), lowercased."""
    rules = ruleset.get("events", required=("heads",))
    return frozenset(w.lower() for w in rules.get("hyphen_prefixed_heads", []))


def _hyphen_prefixed(ruleset: Rules, text: str, head_start: int) -> bool:
    """Whether the head at text[head_start] is written after a prefix of `hyphen_prefixed_heads`
    and a hyphen ("post-war", "pre-election"): a modifier of another noun, no head."""
    if head_start < 2 or text[head_start - 1] != "-":
        return False
    prefixes = _hyphen_prefixes(ruleset)
    if not prefixes:
        return False
    m = re.search(r"(?<![\w’'-])([A-Za-z]+)$", text[max(0, head_start - 12) : head_start - 1])
    return bool(m) and m.group(1).lower() in prefixes


class _TypedElections:
    heads: frozenset[str]
    modifiers: frozenset[str]
    not_before: frozenset[str]
    not_after: frozenset[str]
    joiners: frozenset[str]


@compiled_from_rules
def _typed_elections(ruleset: Rules) -> _TypedElections | None:
    """events.json's `typed_elections` (issue 12 round ah), or None when it is off."""
    rule = ruleset.get("events", required=("heads",)).get("typed_elections")
    if not rule:
        return None
    t = _TypedElections()
    t.heads = frozenset(w.lower() for w in rule.get("heads", []))
    t.modifiers = frozenset(w.lower() for w in rule.get("modifiers", []))
    t.not_before = frozenset(w.lower() for w in rule.get("not_before", []))
    t.not_after = frozenset(w.lower() for w in rule.get("not_after", []))
    t.joiners = frozenset(w.lower() for w in rule.get("joiners", []))
    return t


def typed_election_start(
    ruleset: Rules, text: str, head_start: int, head_end: int, head: str
) -> int | None:
    """Where an election named by its type alone begins ("the presidential election",
    "Serbia will hold parliamentary elections"): one of `modifiers`, lowercase, right before a
    lowercase head of `heads`. Not a kind of election in general: after one of `not_before`
    ("any presidential election", "direct gubernatorial elections", "the law on presidential
    elections"; a modifier joined by "and" before it is passed over: "laws on presidential and
    parliamentary elections") nor before one of `not_after` ("the presidential election
    campaign", "election law")."""
    t = _typed_elections(ruleset)
    if t is None or head not in t.heads or not text[head_start : head_start + 1].islower():
        return None
    modifier = _plain_word_before(text, head_start)
    if modifier[0] not in t.modifiers:
        return None
    start = modifier[1]
    before = _plain_word_before(text, start)
    if before[0].lower() in t.joiners:
        other = _plain_word_before(text, before[1])
        if other[0] in t.modifiers:
            before = _plain_word_before(text, other[1])
    if before[0].lower() in t.not_before:
        return None
    following = _NEXT_WORD.match(text, head_end)
    if following and following.group(1).lower() in t.not_after:
        return None
    return start


# -- issue 12 round bh: gatherings named by titles the head does not reach -----------------------


_AFTER_HEAD_MARKS = frozenset(", ")
_CLOSING_QUOTES = frozenset('”"')


@dataclass(frozen=True)
class _GatheringTitles:
    """events.json's `gathering_titles` (issue 12 round bh), compiled."""

    after_heads: frozenset[str]  # a capitalised head a title follows ("Lake Forum Pine Days")
    apposition_heads: frozenset[str]  # a lowercase head, a comma and a title
    quoted_heads: frozenset[str]  # a head and a quoted title before or after it
    determiners: frozenset[str]
    refused: frozenset[str]  # words no title holds (offices: "the Lake Forum President X")
    followers: frozenset[str]
    title_re: re.Pattern | None  # group 1: the title
    quoted_after_re: re.Pattern | None  # group 1: the quoted title (maybe after "called")
    quoted_before_re: re.Pattern | None  # a quoted title right before a head's modifiers
    min_plain: int  # capitalised words a title without a joiner, dash, colon or year needs


@compiled_from_rules
def _gathering_titles(ruleset: Rules) -> _GatheringTitles:
    """events.json's `gathering_titles` (issue 12 round bh): the heads a title may follow or
    precede, and the patterns of a title of capitalised words or years (joined by `joiners`,
    a spaced dash or a colon) and of a quoted one (maybe after a `quote_introducers` word)."""
    spec = ruleset.get("events", required=("heads",)).get("gathering_titles", {})
    empty = frozenset()
    if not spec:
        return _GatheringTitles(empty, empty, empty, empty, empty, empty, None, None, None, 0)
    word = _NOT_MONTH_OR_WEEKDAY + r"(?:[A-Z][\w’'-]*|(?:19|20)\d{2})"
    joiner = phrase_alternation(spec.get("joiners", ["of", "and", "the"]))
    dashes = "".join(spec.get("dashes", ["–", "—"]))
    # capitalised words (or years) joined by joiners, a spaced dash or a colon
    link = rf"(?::?{_SP}(?:(?:{joiner}){_SP})*|{_SP}[{dashes}]{_SP})"
    more = _more_title_words(spec)
    title_re = re.compile(rf"{_SP}({word}(?:{link}{word}){{0,{more}}})")
    quote = rf"[“\"]([A-Z][^“”\"\n,;!?]{{1,{int(spec.get('quoted_max_chars', 60))}}}?)[”\"]"
    called = phrase_alternation(spec.get("quote_introducers", ["called"]))
    return _GatheringTitles(
        after_heads=frozenset(normalise_phrase(h) for h in spec.get("after_heads", [])),
        apposition_heads=frozenset(normalise_phrase(h) for h in spec.get("apposition_heads", [])),
        quoted_heads=frozenset(normalise_phrase(h) for h in spec.get("quoted_heads", [])),
        determiners=frozenset(w.lower() for w in spec.get("determiners", [])),
        refused=frozenset(spec.get("refused_words", [])),
        followers=frozenset(w.lower() for w in spec.get("followers", [])),
        title_re=title_re,
        quoted_after_re=re.compile(rf"{_SP}(?:(?:{called}){_SP})?{quote}"),
        quoted_before_re=re.compile(rf"{quote}{_SP}$"),
        min_plain=int(spec.get("min_plain_capitalised", 3)),
    )


def _plain_title_ok(
    ruleset: Rules, title: str, t: _GatheringTitles, g: Grammar, quoted: bool = False
) -> bool:
    """Whether a title of capitalised words can name a gathering: no head, no office, not
    opened by a pronoun; a title of capitalised words alone needs `min_plain` of them ("Golden
    Harvest" might be a person: "Anna Lake"), unless it is one word (a brand: "Mashuk") or
    quoted."""
    words = title.replace(":", " ").split()
    caps = [w for w in words if w[0].isupper()]
    if not caps or any(w.lower() in g.heads and w.lower() not in g.inner_heads for w in caps):
        return False
    if caps[0] in g.name_stop and caps[0] not in ("The", "A", "An"):
        return False
    if any(w.strip("’'s") in t.refused or w in t.refused for w in caps):
        return False
    linked = len(words) > len(caps) or ":" in title or any(_YEAR.fullmatch(w) for w in words)
    return quoted or len(caps) == 1 or linked or len(caps) >= t.min_plain


def _title_closes(text: str, at: int, t: _GatheringTitles) -> bool:
    """Whether a title ending at text[at] ends the phrase: punctuation, a bracket, the end of
    the line or a word of `followers`."""
    nxt = re.match(r"[^\S\n]*(\S*)", text[at : at + 40]).group(1)
    return not nxt or bool(re.match(r"[,.;!?()\]]", nxt)) or nxt.lower() in t.followers


def title_after_named_head(ruleset: Rules, text: str, head_end: int, head: str) -> int:
    """Where the name of a capitalised head of `after_heads` ending at text[head_end] ends when
    a title names it right after, whatever stands before the head ("the 20th Lakeland Farm
    Exhibition Golden Harvest of the North", "the National Forum Health of the Lake – Basis of
    Pine Wealth", "the 25th Lake Film Festival Heron"; issue 12 round bh)."""
    t = _gathering_titles(ruleset)
    if t.title_re is None or head not in t.after_heads:
        return head_end
    nxt = text[head_end + 1 : head_end + 2]
    if not (nxt.isupper() or nxt.isdigit()):
        return head_end  # most often: no capital or year right after the head
    m = t.title_re.match(text, head_end)
    if m is None or not _title_closes(text, m.end(), t):
        return head_end
    if not _plain_title_ok(ruleset, m.group(1), t, grammar(ruleset)):
        return head_end
    return m.end()


def _determiner_start(text: str, start: int, t: _GatheringTitles) -> int | None:
    """The start of the determiner right before `start` (one of `determiners`), if any."""
    before = word_before(text, start)
    if before.lower() not in t.determiners:
        return None
    return start - len(before) - 1


def titled_lowercase_head(
    ruleset: Rules, text: str, start: int, head_end: int, head: str
) -> tuple[int, int] | None:
    """The span of the name of a lowercase head (modifiers from `start`, after a determiner)
    named by a title in apposition ("the exhibition, Old Boats of the Lake, opened") or by a
    quoted title right after it ("a photo exhibition “Lake Today”", "an exhibition called “Pine
    Reborn”"); None when neither (issue 12 round bh)."""
    t = _gathering_titles(ruleset)
    if t.title_re is None or text[head_end : head_end + 1] not in _AFTER_HEAD_MARKS:
        return None  # most often: neither a comma nor a space (a quote may follow) after it
    determiner = _determiner_start(text, start, t)
    if determiner is None:
        return None
    if head in t.quoted_heads:
        q = t.quoted_after_re.match(text, head_end)
        if q is not None and _plain_title_ok(ruleset, q.group(1), t, grammar(ruleset), quoted=True):
            return start, q.end()
    if head not in t.apposition_heads or not text.startswith(",", head_end):
        return None
    opener = _start_of_word_before(text, determiner)
    if opener < determiner and _is_sentence_initial(text, opener):
        return None  # "At the forum, Anna Lake said": an opening phrase, then the subject
    m = t.title_re.match(text, head_end + 1)
    if m is None or not re.match(r"[^\S\n]*(?:[,.;!?]|$)", text[m.end() : m.end() + 2]):
        return None  # the title must close the apposition
    if not _plain_title_ok(ruleset, m.group(1), t, grammar(ruleset)) or " " not in m.group(1):
        return None  # one word after a comma is a place or a person ("the forum, Pinetown")
    return start, m.end()


def quoted_title_start(ruleset: Rules, text: str, start: int, head: str) -> int | None:
    """Where the name of a head begins when a quoted title stands right before it or its
    modifiers ("the “Lake Bazaar” festival", "the “Pine through the Ages” exhibition"); None
    when none does (issue 12 round bh)."""
    t = _gathering_titles(ruleset)
    if t.quoted_before_re is None or head not in t.quoted_heads:
        return None
    if text[max(0, start - 3) : start].rstrip()[-1:] not in _CLOSING_QUOTES:
        return None  # most often: no closing quote right before
    q = t.quoted_before_re.search(text, max(0, start - 80), start)
    if q is None or q.end() != start:
        return None
    if not _plain_title_ok(ruleset, q.group(1), t, grammar(ruleset), quoted=True):
        return None
    return q.start()


def quoted_title_end(ruleset: Rules, text: str, head_end: int, head: str) -> int:
    """Where the name of a head that already has its name words ("the Lake Youth Forum", "the
    Lakeland-Pineland forum") ends when a quoted title follows it ("the Lakeland-Pineland forum
    “Together into the Future”"; issue 12 round bh)."""
    t = _gathering_titles(ruleset)
    if t.quoted_after_re is None or head not in t.quoted_heads:
        return head_end
    if "“" not in text[head_end : head_end + 14] and '"' not in text[head_end : head_end + 14]:
        return head_end  # most often: no quote after the head (or after "called")
    q = t.quoted_after_re.match(text, head_end)
    if q is None or not _plain_title_ok(ruleset, q.group(1), t, grammar(ruleset), quoted=True):
        return head_end
    return q.end()


class _SportNamed:
    """events.json's `sport_named_heads` (issue 12 round bq)."""

    def __init__(self, rule: dict):
        self.heads = frozenset(w.lower() for w in rule.get("heads", []))
        self.levels = frozenset(w.lower() for w in rule.get("levels", []))
        self.sports = frozenset(w.lower() for w in rule.get("sports", []))
        self.sport_words = frozenset(w for s in self.sports for w in s.split())
        self.max_words = int(rule.get("max_words", 0))
        self.determiners = frozenset(w.lower() for w in rule.get("determiners", []))


@compiled_from_rules
def _sport_named(ruleset: Rules) -> _SportNamed:
    """events.json's `sport_named_heads`; empty when the rule is off."""
    return _SportNamed(ruleset.get("events", required=("heads",)).get("sport_named_heads") or {})


_LOWER_WORD_BEFORE = re.compile(
    r"(?<![\w’'-])([a-z][a-z-]*|(?:19|20)\d{2}|\d{1,3}(?:st|nd|rd|th))[^\S\n]+$"
)


def sport_named_start(ruleset: Rules, text: str, head_start: int, head: str) -> int | None:
    """Where a lowercase head of `sport_named_heads`' `heads` named by its sport and level
    begins: at most `max_words` words right before the head, each a word of `levels` or of
    `sports` (a sport may take two words), at least one of each, after one of `determiners`;
    a year or an ordinal right after the determiner stays in the name ("the 2031 track cycling
    world championship", "an inter-regional junior ice hockey championship", "the world
    wrestling cup"). None otherwise ("a hockey championship", "the world championship")."""
    rule = _sport_named(ruleset)
    if head not in rule.heads or not rule.max_words:
        return None
    at = head_start
    start = None
    level = sport = False
    for _ in range(rule.max_words + 1):
        w = _LOWER_WORD_BEFORE.search(text, max(0, at - 40), at)
        if w is None:
            return None
        word = w.group(1)
        if word in rule.levels:
            level = True
        elif word in rule.sport_words:
            sport = True
        elif word[0].isdigit() and start is not None:
            start = w.start()
            if len(word) == 4:
                word = ""  # "winner of 2031 track cycling world championship": a year names it
                break
            w = _LOWER_WORD_BEFORE.search(text, max(0, start - 40), start)
            word = w.group(1) if w else ""
            break
        else:
            break
        start = at = w.start()
    else:
        return None
    if start is None or not (level and sport) or (word and word not in rule.determiners):
        return None
    return start


@compiled_from_rules
def _prefixed_people_heads(ruleset: Rules) -> tuple[frozenset[str], re.Pattern | None]:
    """events.json's `prefixed_people_heads` (issue 12 round co): its heads, lowercased, and a
    pattern for one of its prefixes, a hyphen and a capitalised word ending right before a head
    (None when the rule is off)."""
    rule = ruleset.get("events", required=("heads",)).get("prefixed_people_heads") or {}
    if not rule.get("heads") or not rule.get("prefixes"):
        return frozenset(), None
    prefixes = phrase_alternation(rule["prefixes"])
    pattern = re.compile(rf"(?<![\w’'-])(?:{prefixes})-[A-Z][\w’']*[^\S\n]+$")
    return frozenset(w.lower() for w in rule["heads"]), pattern


def prefixed_people_start(ruleset: Rules, text: str, head_start: int, head: str) -> int | None:
    """Where a lowercase head of `prefixed_people_heads`' `heads` named by who meets begins: one
    of its `prefixes`, a hyphen and a capitalised word (a people's name) right before the head
    ("the inter-Lakelandish summit": the summit of that people's states; events.json's
    `prefixed_people_heads`, issue 12 round co). None otherwise ("an inter-regional summit":
    no people named; "the inter-Lakelandish talks": no such head)."""
    heads, pattern = _prefixed_people_heads(ruleset)
    if pattern is None or head not in heads:
        return None
    m = pattern.search(text, max(0, head_start - 60), head_start)
    return m.start() if m else None


@compiled_from_rules
def _place_named_capitals(ruleset: Rules) -> tuple[frozenset[str], frozenset[str]]:
    """events.json's `place_named_capital_heads` (issue 12 round dc): its heads and the
    determiners one must stand after; empty when the rule is off."""
    rule = ruleset.get("events", required=("heads",)).get("place_named_capital_heads") or {}
    return (
        frozenset(h.lower() for h in rule.get("heads", [])),
        frozenset(w.lower() for w in rule.get("determiners", [])),
    )


def _place_named_capital(ruleset: Rules, text: str, head_start: int, head: str) -> bool:
    """Whether a capitalised head with no name words, a place tail after it, is named by that
    place: a head of `place_named_capital_heads` right after one of its determiners ("at the
    Games in Pinetown")."""
    heads, determiners = _place_named_capitals(ruleset)
    return head in heads and word_before(text, head_start).lower() in determiners
