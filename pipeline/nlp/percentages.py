"""The percentage component: percent vs percentage points, and rise/fall vs level/share (`change`).

`classify_change(text, start, end, clause_start)` reads the words around a percentage:
- right after it: "a 3 percent increase", "30 percent more than" (rise); "a 2 percent drop" (fall);
  "20 percent of the wines" (a share: no change);
- "rose to 4 percent", "grew from 7.2 percent": a level reached or left, no change;
- "minus 35 percent" is a fall, but the scanner reads the sign (`Candidate.negative`, which also
  tells "rubles minus 13 percent", a subtraction, apart), so `enrich` sets it, not this function;
- otherwise the nearest rise or fall word before it in its clause ("grew by", "went down by",
  "GDP growth of", "the growth rate reached"), or a comparison's verb when "by" stands right
  before the figure ("exceeded the plan by 2 percent", "fell short of it by 5 percent").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.language import Language

from pipeline.nlp.base import FACT_ASSIGNS, RULES_CONFIG, NumericComponent
from pipeline.nlp.extensions import doc_text, span_text
from pipeline.nlp.quantities import range_of_change_parts
from pipeline.nlp.rules import (
    NEVER_MATCHES,
    Rules,
    compiled_from_rules,
    normalise_phrase,
    phrase_alternation,
    rule_words,
)
from pipeline.nlp.temporal import clause_bounds


class _ChangeCues(NamedTuple):
    """The patterns `classify_change` reads, compiled from percentages.json."""

    inc_after: re.Pattern  # "up", "higher" right after the figure
    attributive: re.Pattern | None  # "a 5-percent wage rise": the noun a few words after
    attributive_article: re.Pattern | None  # "a", "an" right before such a figure
    attributive_kind: dict[str, str]
    dec_after: re.Pattern
    share_after: re.Pattern  # "of" after the figure: a share, unless "by" stands before it
    level_to: re.Pattern  # "rose to": the figure is where it ended, a level
    level_from: re.Pattern  # "from": where it started, a level
    before: dict  # a cue word before the figure -> "increase" / "decrease"
    before_re: re.Pattern
    not_cues: re.Pattern  # "make up": "up" there is a share, not a rise
    ellipsis_by: re.Pattern  # "by another": the change said before is repeated
    level_from_to: re.Pattern  # "from 10 percent ... to": however far from its verb
    by_re: re.Pattern  # "exceeded ... by": a cue only with "by" before the figure
    level_comma: re.Pattern  # "cut ... threefold, to": where a change said before ended
    level_verb: re.Pattern  # the change said before it (percentages.json's level verbs)
    level_and: re.Pattern  # "... and has reached": where a change said before ended (fix58b)
    level_and_verbs: frozenset  # the change's verbs that lead (level verbs that are no nouns)
    list_item: re.Pattern  # "to 18 percent in 2017 and 16 percent": the list's figure before
    right_before: re.Pattern  # "plus 35 percent": a rise said right before the figure
    right_lead: re.Pattern  # what may stand before it: a mark or a verb
    right_before_kind: dict
    own_level: re.Pattern  # "are over": the figure's own verb after a break (round ca)
    other_break: re.Pattern  # ":", "while": the last break before the figure
    pointer: re.Pattern  # "it was": a pronoun pointing back to the change
    rate_nouns: frozenset  # "growth": a rate, whose level is a rise still
    break_words: tuple  # `other_clause_breaks` as written, for a plain test first
    range_of_change: re.Pattern  # "showed growth from": a one-unit range is the rise's size
    verb_object: re.Pattern  # "lost 15 percent (of its value)": a fall, right after the verb
    bare_list: tuple | None  # "..., and services 4 percent": breaks, item words, not-words, own
    level_noun: re.Pattern  # ", with inflation at": a level's measure after a break (fix60)


@compiled_from_rules
def _cues(ruleset: Rules) -> _ChangeCues:
    rules = ruleset.get(
        "percentages",
        required=("increase_before", "decrease_before", "increase_after", "decrease_after"),
    )
    inc_after = re.compile(
        r"^\s*(?:\w+\s+)?" + phrase_alternation(rules["increase_after"]) + r"\b", re.IGNORECASE
    )
    dec_after = re.compile(
        r"^\s*(?:\w+\s+)?" + phrase_alternation(rules["decrease_after"]) + r"\b", re.IGNORECASE
    )
    share_after = re.compile(r"^\s*of\b(?!\s+(?:growth|increase))", re.IGNORECASE)
    # "a 4.5-percent teacher salary rise": the figure as an adjective after "a", the rise or
    # fall noun a few words on, no preposition between (issue 12 round cb)
    attr = rules.get("attributive_change", {})
    attr_kind = {
        normalise_phrase(w): kind
        for kind in ("increase", "decrease")
        for w in attr.get(f"{kind}_nouns", [])
    }
    attributive = attributive_article = None
    if attr_kind and attr.get("articles"):
        skip = phrase_alternation(attr.get("words_not_between", []))
        most = int(attr.get("max_words", 3))
        attributive_article = re.compile(
            rf"\b{phrase_alternation(attr['articles'])}\s+$", re.IGNORECASE
        )
        attributive = re.compile(
            rf"(?:\s+(?!{skip}\b)[A-Za-z][\w-]*){{0,{most}}}?"
            rf"\s+(?P<noun>{phrase_alternation(attr_kind)})\b",
            re.IGNORECASE,
        )
    level_to = re.compile(
        r"\b"
        + phrase_alternation(rules["level_verbs_before_to"])
        # "rose to 4 percent", "fell by 0.5 percentage points to 5.5 percent", "cut profit tax
        # from 35% to 25%": the words between may hold a figure
        + r"\s+(?:\S+\s+){0,5}?to\s+(?:\w+\s+){0,2}$",
        re.IGNORECASE,
    )
    # "grew from 7.2 percent (to 12.9 percent)": where a change starts is a level; so is "from
    # an average of 30 percent" (percentages.json's `from_figure_leads`)
    leads = rules.get("from_figure_leads", [])
    from_lead = rf"(?:(?:{phrase_alternation(leads)})\s+)?" if leads else ""
    level_from = re.compile(
        rf"\bfrom\s+{from_lead}(?:about\s+|around\s+|nearly\s+|almost\s+)?$", re.I
    )
    before = {w.lower(): "increase" for w in rules["increase_before"]}
    before.update({w.lower(): "decrease" for w in rules["decrease_before"]})
    before_re = re.compile(r"\b" + phrase_alternation(before) + r"\b", re.IGNORECASE)
    # "exceeded the plan by 2 percent": a comparison's verb is a cue only with "by" before the
    # figure ("inflation exceeded 5 percent" is the level passed)
    by_words = {w.lower(): "increase" for w in rules.get("increase_before_by", [])}
    by_words.update({w.lower(): "decrease" for w in rules.get("decrease_before_by", [])})
    by_re = (
        re.compile(r"\b" + phrase_alternation(by_words) + r"\b", re.IGNORECASE)
        if by_words
        else NEVER_MATCHES
    )
    before.update(by_words)
    # "make up 40 percent": "up" there is a share, not a rise
    not_cues = re.compile(
        r"\b(?:" + phrase_alternation(rules.get("not_change_cues", [])) + r")\s*$", re.IGNORECASE
    )
    fillers = rules.get("ellipsis_by_fillers", [])
    # "by another 35 percent": the change said before is repeated
    ellipsis_by = re.compile(
        rf"\bby\s+(?:(?:{phrase_alternation(fillers)})\s+)?$" if fillers else r"\bby\s*$",
        re.IGNORECASE,
    )
    # "has grown from 10 percent in 2003 ... to 54 percent": where a change from a figure
    # ends is a level, however many words stand between
    # (the change starts at a percentage, not at a year or a count: "from 2014", "from 40
    # regions"; and the "to" is the bare preposition, not "thanks to", "due to", "committed to")
    # ... and "from 30 to 15 percent" after a change (round da, percentages.json's
    # `from_to_levels`): the figure right after "from X to" is where the change ended
    level_from_to = re.compile(
        rf"\bfrom\s+{from_lead}(?:about\s+|around\s+|nearly\s+|almost\s+)?(?:\d[\d.,]*"
        r"(?:\s*[-–—]\s*\d[\d.,]*)?\s*"
        r"(?:%|percent\b|per\s+cent\b)[^;:]*?"
        r"(?<!\bthanks\s)(?<!\bdue\s)(?<!\bcommitted\s)(?<!\bled\s)(?<!\baccording\s)"
        r"|(?:\d[\d.,]*|[a-z]+(?:-[a-z]+)?)\s+)\bto\s+"
        r"(?:about\s+|around\s+|nearly\s+|almost\s+|close\s+to\s+)?$",
        re.IGNORECASE,
    )
    # "has increased 1.5 percent in a year, now standing at 27.3 percent", "cut the levy
    # threefold, to 6 percent": a change's verb in the clause, then a comma and one of
    # percentages.json's `level_leads_after_comma` right before the figure: where it ended
    comma_leads = rules.get("level_leads_after_comma", [])
    level_comma = (
        re.compile(
            rf",\s*(?:{phrase_alternation(comma_leads)})\s+"
            r"(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?$",
            re.IGNORECASE,
        )
        if comma_leads
        else NEVER_MATCHES
    )
    level_verb = re.compile(
        r"\b" + phrase_alternation(rules["level_verbs_before_to"]) + r"\b", re.I
    )
    # "rose for a year and has reached 9 percent": `level_leads_after_comma` with "and" and no
    # subject of its own (percentages.json's `level_leads_after_and`, round fix58b); read only
    # after a change's verb, since "the increase was steep and reached 9 percent" is its size
    level_and, level_and_verbs = _level_after_and_rules(rules)
    list_item = _list_item_rules(rules)
    # "plus 35 percent": a rise, said right before the figure only (`increase_right_before`)
    right = {w.lower(): "increase" for w in rules.get("increase_right_before", [])}
    right_before = (
        re.compile(rf"\b({phrase_alternation(right)})\s+$", re.IGNORECASE)
        if right
        else NEVER_MATCHES
    )
    # ... after the clause's start, a mark or a verb (`right_before_leads`): after a noun it
    # adds ("the key rate plus one percent")
    marks = [w for w in rules.get("right_before_leads", []) if not w[0].isalpha()]
    verbs = [w for w in rules.get("right_before_leads", []) if w[0].isalpha()]
    lead_parts = [phrase_alternation(marks)] if marks else []
    if verbs:
        lead_parts.append(rf"\b(?:{phrase_alternation(verbs)})")
    right_lead = (
        re.compile(rf"(?:{'|'.join(lead_parts)})\s*$", re.IGNORECASE)
        if lead_parts
        else NEVER_MATCHES
    )
    # "rates are going up: loan rates are over 12 percent": a rise said before a break is not
    # the size of a figure whose own verb stands right before it (percentages.json's
    # `other_clause_breaks`, `own_level_verbs`, `own_level_adverbs`, issue 12 round ca)
    breaks = rules.get("other_clause_breaks", [])
    own_verbs = rules.get("own_level_verbs", [])
    if breaks and own_verbs:
        adverbs = rules.get("own_level_adverbs", [])
        adverb = rf"(?:(?:{phrase_alternation(adverbs)})\s+)?" if adverbs else ""
        own_level = re.compile(rf"\b(?:{phrase_alternation(own_verbs)})\s+{adverb}$", re.I)
        marks = [re.escape(b) for b in breaks if not b[0].isalpha()]
        words = [b for b in breaks if b[0].isalpha()]
        parts = marks + ([rf"\b(?:{phrase_alternation(words)})\b"] if words else [])
        other_break = re.compile("|".join(parts), re.I)
    else:
        own_level = other_break = NEVER_MATCHES
    pointers = rules.get("own_level_pointers", [])
    pointer = (
        re.compile(rf"^\s*(?:{phrase_alternation(pointers)})\b", re.I)
        if pointers
        else NEVER_MATCHES
    )
    # "showed growth from 3 to 12 percent", "the increase in grants went from 5 to 20 percent":
    # the rise or fall word is what ranges (percentages.json's `range_of_change_*`, round ca)
    range_parts = range_of_change_parts(rules, r"\s+from\s+$")
    range_of_change = re.compile("|".join(range_parts), re.I) if range_parts else NEVER_MATCHES
    # "lost 15 percent of its value": the figure as a loss verb's object (`decrease_verb_object`,
    # issue 12 round cd), the verb right before it or before a qualifier only
    losses = rules.get("decrease_verb_object", [])
    qualifiers = rules.get("verb_object_qualifiers", [])
    qualifier = rf"(?:(?:{phrase_alternation(qualifiers)})\s+)?" if qualifiers else ""
    verb_object = (
        re.compile(rf"\b(?:{phrase_alternation(losses)})\s+{qualifier}$", re.I)
        if losses
        else NEVER_MATCHES
    )
    # "..., and services 4 percent": a list's item without its verb (`bare_list_ellipsis`)
    bare = rules.get("bare_list_ellipsis", {})
    bare_list = None
    if bare.get("breaks") and bare.get("not_words"):
        most = int(bare.get("max_words", 4))
        # "...; use in the paper sector, 7.5 percent; mining, 18.2 percent": a break of
        # `break_items` takes its own word count and wants one of its marks right before the
        # figure (issue 12 round cm)
        own = {
            brk: (_item_words(int(spec["max_words"])), tuple(spec.get("marks_before_figure", [])))
            for brk, spec in bare.get("break_items", {}).items()
        }
        bare_list = (
            tuple(bare["breaks"]) + tuple(b for b in own if b not in bare["breaks"]),
            _item_words(most),
            re.compile(rf"\b(?:{phrase_alternation(bare['not_words'])})\b", re.I),
            re.compile(
                rf"\b(?:{phrase_alternation(bare.get('item_not_words') or bare['not_words'])})\b",
                re.I,
            ),
            own,
        )
    return _ChangeCues(
        level_noun=_level_noun_rules(rules),
        bare_list=bare_list,
        verb_object=verb_object,
        break_words=tuple(b.lower() for b in breaks),
        range_of_change=range_of_change,
        rate_nouns=frozenset(normalise_phrase(w) for w in rules.get("own_level_rate_nouns", [])),
        own_level=own_level,
        other_break=other_break,
        pointer=pointer,
        level_comma=level_comma,
        level_verb=level_verb,
        level_and=level_and,
        level_and_verbs=level_and_verbs,
        list_item=list_item,
        right_before=right_before,
        right_lead=right_lead,
        right_before_kind=right,
        inc_after=inc_after,
        attributive=attributive,
        attributive_article=attributive_article,
        attributive_kind=attr_kind,
        dec_after=dec_after,
        share_after=share_after,
        level_to=level_to,
        level_from=level_from,
        before=before,
        before_re=before_re,
        not_cues=not_cues,
        ellipsis_by=ellipsis_by,
        level_from_to=level_from_to,
        by_re=by_re,
    )


def classify_change(
    ruleset: Rules,
    text: str,
    start: int,
    end: int,
    clause_start: int = 0,
    sentence_start: int | None = None,
) -> str | None:
    patterns = _cues(ruleset)
    after = text[end : end + 30]
    left = text[clause_start:start]
    ranged = _range_of_change(patterns, left, text[start:end])
    if ranged is not None:
        return ranged
    if (
        patterns.level_to.search(left[-60:])
        or patterns.level_from.search(left[-20:])
        or patterns.level_from_to.search(left[-150:])
        or _level_after_comma(patterns, left)
    ):
        return None
    plus = patterns.right_before.search(left[-12:])
    if plus is not None:
        before_plus = left[: len(left) - len(plus.group(0))]
        if not before_plus.strip() or patterns.right_lead.search(before_plus[-12:]):
            return patterns.right_before_kind[normalise_phrase(plus.group(1))]
    if patterns.verb_object.search(left[-40:]):
        return "decrease"
    if patterns.dec_after.match(after):
        return "decrease"
    if patterns.inc_after.match(after):
        return "increase"
    if patterns.attributive is not None and patterns.attributive_article.search(left[-4:]):
        noun = patterns.attributive.match(text, end, min(len(text), end + 60))
        if noun is not None and noun.group("noun"):
            return patterns.attributive_kind[normalise_phrase(noun.group("noun"))]
    if patterns.share_after.match(after):
        # "accounts for 20 percent of" is a share; "grew by 5 percent in 2019" is not
        if not re.search(r"\bby\s*$", left[-30:], re.IGNORECASE):
            return None
    window = left[-120:]
    cues = [
        c
        for c in patterns.before_re.finditer(window)
        if not patterns.not_cues.search(window[: c.end()])
    ]
    by_figure = patterns.ellipsis_by.search(left) is not None
    if by_figure:
        cues = sorted([*cues, *patterns.by_re.finditer(window)], key=lambda c: c.end())
    cues_start = start - len(window)  # where the text the cues were read in starts
    if not cues and sentence_start is not None and by_figure:
        # ellipsis: "output was up by 7 percent, and agriculture by 11 percent"
        cues_start = max(sentence_start, start - 200)
        said_before = text[cues_start:start]
        cues = sorted(
            [*patterns.before_re.finditer(said_before), *patterns.by_re.finditer(said_before)],
            key=lambda c: c.end(),
        )
    if cues:
        word = normalise_phrase(cues[-1].group(0))
        if word in patterns.level_and_verbs and patterns.level_and.search(left[-80:]):
            return None  # "has fallen and is expected to reach 6 percent": where it ended
        cue_end = cues_start + cues[-1].end()
        if not by_figure and patterns.level_noun.search(text, cue_end, start):
            return None  # "indexed by 7 percent, with inflation at 4 percent": its level
        if _item_after_a_level(
            ruleset, patterns, text, start, clause_start, sentence_start, cue_end
        ):
            return None  # "fell to 18 percent in 2017 and 16 percent in 2019": levels both
        if (
            not by_figure
            and word not in patterns.rate_nouns
            and _own_level_after_break(patterns, window[cues[-1].end() :])
        ):
            return None
        return patterns.before[word]
    if sentence_start is not None:
        return _bare_list_item(ruleset, patterns, text, start, end, clause_start, sentence_start)
    return None


def _level_after_and_rules(rules: dict) -> tuple[re.Pattern, frozenset]:
    """percentages.json's `level_leads_after_and`: the pattern of "and", auxiliaries and a lead
    right before a figure ("and is expected to reach", "and has reached about", "and reached 5.9
    or"), and the change's verbs it is read after (level verbs that are no rise or fall noun)."""
    spec = rules.get("level_leads_after_and", {})
    if not spec.get("leads"):
        return NEVER_MATCHES, frozenset()
    auxiliaries = spec.get("auxiliaries", [])
    aux = (
        rf"(?:(?:{phrase_alternation(auxiliaries)})\s+){{0,{int(spec.get('max_auxiliaries', 2))}}}"
        if auxiliaries
        else ""
    )
    qualifiers = rules.get("verb_object_qualifiers", [])
    qualifier = rf"(?:(?:{phrase_alternation(qualifiers)})\s+)?" if qualifiers else ""
    pattern = re.compile(
        rf"\band\s+{aux}(?:{phrase_alternation(spec['leads'])})\s+{qualifier}"
        r"(?:\d[\d.,]*\s+or\s+)?$",
        re.IGNORECASE,
    )
    attr = rules.get("attributive_change", {})
    nouns = {
        normalise_phrase(w)
        for w in [
            *attr.get("increase_nouns", []),
            *attr.get("decrease_nouns", []),
            *rules.get("own_level_rate_nouns", []),
        ]
    }
    verbs = frozenset(normalise_phrase(w) for w in rules["level_verbs_before_to"]) - nouns
    return pattern, verbs


def _level_noun_rules(rules: dict) -> re.Pattern:
    """percentages.json's `level_nouns_after_break`: a break (a mark or a word), then a level's
    measure noun not hyphened to the next word ("..., with last year’s inflation at"), read
    between the last rise or fall word and the figure. An object of lists of strings (checked as
    the rules load: rule_shapes.NESTED_SHAPES); blank strings are left out (review61: a blank
    break raised IndexError, a string was read letter by letter)."""
    spec = rules.get("level_nouns_after_break", {})
    breaks, nouns = rule_words(spec, "breaks"), rule_words(spec, "nouns")
    if not breaks or not nouns:
        return NEVER_MATCHES
    marks = [re.escape(b) for b in breaks if not b[0].isalpha()]
    words = [b for b in breaks if b[0].isalpha()]
    brk = "|".join(marks + ([rf"\b(?:{phrase_alternation(words)})\b"] if words else []))
    return re.compile(rf"(?:{brk})[^.]*?\b(?:{phrase_alternation(nouns)})\b(?![-‑])", re.I)


def _list_item_rules(rules: dict) -> re.Pattern:
    """percentages.json's `level_list_items`: a figure (its unit may be left out), perhaps its
    year, and a joiner ("and", ", ", "or", "and then to") right before the next figure."""
    spec = rules.get("level_list_items", {})
    if not spec.get("joiners"):
        return NEVER_MATCHES
    year = r"(?:in|for)\s+(?:\d{4}|this\s+year|last\s+year|next\s+year)"  # either item's
    return re.compile(
        r"(?<![\w.,])(?P<figure>\d[\d.,]*(?:\s*(?:%|percent\b|per\s+cent\b))?)"
        rf"(?:\s+{year})?\s*(?:{phrase_alternation(spec['joiners'])})\s+(?:{year}\s+)?$",
        re.IGNORECASE,
    )


def _item_after_a_level(
    ruleset: Rules,
    patterns: _ChangeCues,
    text: str,
    start: int,
    clause_start: int,
    sentence_start: int | None,
    cue_end: int,
) -> bool:
    """Whether the figure at `start` is a list's item after a figure that is a level, the rise
    or fall word said before both ("fell to 18 percent in 2017 and 16 percent in 2019"):
    percentages.json's `level_list_items`. `cue_end` is where the last rise or fall word ends
    in `text` (it may have been read before the clause, on the ellipsis path)."""
    window_start = max(clause_start, start - 120)
    item = patterns.list_item.search(text, max(window_start, start - 60), start)
    if item is None:
        return False
    prev_start, prev_end = item.start("figure"), item.end("figure")
    if cue_end > prev_start:
        return False  # a rise or fall word between the two figures is the later one's own
    if patterns.level_from.search(text, max(0, prev_start - 20), prev_start):
        return False  # "growth ranged from 3 and 9 percent": a range's ends, written loosely
    prev = classify_change(ruleset, text, prev_start, prev_end, clause_start, sentence_start)
    return prev is None


def _item_words(most: int) -> re.Pattern:
    """A list item's words before its figure, up to `most` of them, none a past participle
    ("and services", "; mining,"): `bare_list_ellipsis` and its `break_items`."""
    return re.compile(rf"(?:(?![A-Za-z’']*ed\b)[A-Za-z’']+[\s,–—-]+){{0,{most}}}", re.I)


_FIGURE = re.compile(r"(?<![\d.,])\d[\d.,]*+\s*+(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)


def _bare_list_item(
    ruleset: Rules,
    patterns: _ChangeCues,
    text: str,
    start: int,
    end: int,
    clause_start: int,
    sentence_start: int,
) -> str | None:
    """The change of the clause before, for a list's item that leaves out its verb ("imports
    rose 12 percent, exports 9 percent, and services 4 percent"; percentages.json's
    `bare_list_ellipsis`, issue 12 round cd)."""
    rules = patterns.bare_list
    if rules is None or clause_start <= sentence_start:
        return None
    breaks, words, not_words, item_not_words, own = rules
    brk = next((b for b in breaks if text.endswith(b, sentence_start, clause_start)), None)
    if brk is None:
        return None
    item = text[clause_start:start]
    if len(item) > 80:  # a few words only: no long scan
        return None
    if brk in own:
        words, marks = own[brk]
        if marks and not item.rstrip().endswith(marks):
            return None
    if not words.fullmatch(item) or not_words.search(item) or item_not_words.search(item):
        return None
    rest = text[end : end + 200]
    stop = min((i for i in (rest.find(b) for b in (",", ".", ";")) if i >= 0), default=len(rest))
    if not_words.search(rest[:stop]):
        return None
    before = text[sentence_start : clause_start - len(brk)]
    figures = list(_FIGURE.finditer(before))
    if not figures:
        return None
    last = figures[-1]
    lo, _ = clause_bounds(ruleset, before, last.start(), last.end())
    return classify_change(
        ruleset,
        text,
        sentence_start + last.start(),
        sentence_start + last.end(),
        sentence_start + lo,
        sentence_start,
    )


_RANGE_JOINERS = ("to", "-", "–", "—")  # a plain test before the pattern
_ONE_UNIT_RANGE = re.compile(r"\w\s*(?:\bto\b|[-–—])\s*\w")


def _range_of_change(patterns: _ChangeCues, left: str, figure: str) -> str | None:
    """The change of a one-unit range after "from" whose rise or fall word is what ranges
    ("showed growth from 3 to 12 percent"), else None."""
    if not any(j in figure for j in _RANGE_JOINERS) or not _ONE_UNIT_RANGE.search(figure):
        return None
    match = patterns.range_of_change.search(left[-120:])
    if match is None:
        return None
    groups = match.groupdict()
    word = normalise_phrase(groups.get("adjacent") or groups.get("noun") or "")
    return patterns.before.get(word)


def _own_level_after_break(patterns: _ChangeCues, between: str) -> bool:
    """Whether the words `between` the last rise or fall word and the figure hold a break (":",
    "while") and, after the last one, a clause whose own verb ("are", "stands at") stands right
    before the figure, its subject no pronoun pointing back ("it was"): a level, no change."""
    low = between.lower()
    if not any(b in low for b in patterns.break_words):
        return False  # a plain test first: few figures have a break before them
    breaks = list(patterns.other_break.finditer(between))
    if not breaks:
        return False
    rest = between[breaks[-1].end() :]
    return patterns.own_level.search(rest) is not None and patterns.pointer.match(rest) is None


def _level_after_comma(patterns: _ChangeCues, left: str) -> bool:
    """Whether the figure after `left` follows a comma and a lead ("..., now standing at",
    "..., to") in a clause that said a rise or fall before the comma: where it ended."""
    tail = patterns.level_comma.search(left[-40:])
    if tail is None:
        return False
    before = left[-150 : len(left) - len(tail.group(0))]
    before = before[max(before.rfind(";"), before.rfind(":")) + 1 :]
    return patterns.level_verb.search(before) is not None


class PercentageExtractor(NumericComponent):
    fact_type = "percentage"

    def enrich(self, doc, cand, fields):
        sent = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        clause_start = sentence_start = 0
        if sent is not None and doc.has_annotation("SENT_START"):
            s = sent.sent
            sentence_start = s.start_char
            lo, _ = clause_bounds(
                self.rules, span_text(s), cand.start - s.start_char, cand.end - s.start_char
            )
            clause_start = s.start_char + lo
        fields["change"] = classify_change(
            self.rules, doc_text(doc), cand.start, cand.end, clause_start, sentence_start
        )
        if cand.negative:
            fields["change"] = "decrease"  # "minus 35 percent"
        return fields


@Language.factory(
    "speechfacts_percentage",
    default_config=RULES_CONFIG,
    assigns=FACT_ASSIGNS,
    requires=["token.is_sent_start"],
)
def make_percentage_extractor(
    nlp: Language, name: str, rules_dir: str | None, extension_names: dict[str, str]
) -> PercentageExtractor:
    return PercentageExtractor(nlp, name, rules_dir, extension_names)
