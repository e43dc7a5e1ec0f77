"""A subject's canonical key (`subject_key`): two ways of naming one measure meet on one key.

"Bilateral trade turnover", "trade between Russia and China" and "mutual trade" all give "trade";
"exports of weapons and military equipment" and "arms exports" give "arms exports". The steps
(rules in models/rules/measures.json):

1. place names (countries, demonyms, regions: `pipeline.nlp.scope`) and the counterpart cues of
   scopes.json are dropped: where a figure is about is its `scope`, not part of its measure;
2. words are lower-cased, possessive endings and `drop_words` ("the", "our", "total",
   "country") dropped, then prepositions and conjunctions left dangling ("trade between");
3. each word becomes its lemma (simplemma's English, `pipeline.nlp.lemmas`) unless it is in
   `keep` ("arms", "goods");
4. "A of B" becomes "B A" ("exports of grain" -> "grain export");
5. a key equal to a phrase of `synonyms` (normalised by steps 1-4) becomes that entry's name;
   but where step 2 left a phrase less specific than its entry's name ("state debt" -> "debt",
   for "public debt"), the reduced form becomes the name only when the subject has one of the
   words it lost ("the state's debt"), so that a bare "debt" of a company is not public debt.

A percentage read as a part of a whole ("20 percent of GDP", subject "GDP") gets
`share_prefix` + the whole's key ("share of gdp").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.nlp.lemmas import lemmatize
from pipeline.nlp.places import find_places, gazetteer
from pipeline.nlp.rules import Rules, compiled_from_rules, normalise_phrase

_TOKEN = re.compile(r"[\w][\w.-]*")
_POSSESSIVE = re.compile(
    r"(?:['’]s|['’])(?=\s|$)"
)  # "Russia's" -> "Russia", "companies'" -> "companies"


@dataclass(frozen=True)
class MeasureRules:
    drop: frozenset
    dangling: frozenset
    keep: frozenset
    share_prefix: str
    synonyms: dict  # normalised phrase -> key
    # normalised phrase -> words of which the subject needs one for the synonym to apply
    needs_word: dict
    flow_heads: frozenset = frozenset()  # "investment", "demand": flows with a direction
    flow_owner_preps: frozenset = frozenset()  # "exports of Russian grain": an owner, dropped
    outward_heads: frozenset = frozenset()  # "Russian investment in Peru": kept "russian"
    home_origin_word: str = ""  # the key's word for that owner ("Russia's" -> "russian")
    # drop word -> the words before which it is kept ("mutual investment", issue 16u)
    kept_before: dict = None  # type: ignore[assignment]
    # "real wages in January-September": a period is no part of the measure (issue 16ad)
    period_words: frozenset = frozenset()
    period_prepositions: frozenset = frozenset()
    # "Russian direct investment" on a page about another country: kept whole (issue 16ae)
    home_origin_kept_heads: frozenset = frozenset()


@compiled_from_rules
def measure_rules(ruleset: Rules) -> MeasureRules:
    data = ruleset.get("measures", required=("drop_words", "synonyms"))
    base = MeasureRules(
        drop=frozenset(data["drop_words"]),
        dangling=frozenset(data.get("dangling", [])),
        keep=frozenset(data.get("keep", [])),
        share_prefix=data.get("share_prefix", "share of"),
        synonyms={},
        needs_word={},
        flow_heads=frozenset(w.lower() for w in data.get("flow_heads", [])),
        flow_owner_preps=frozenset(w.lower() for w in data.get("flow_owner_prepositions", [])),
        outward_heads=frozenset(w.lower() for w in data.get("outward_flow_heads", [])),
        home_origin_word=str(data.get("home_origin_word", "")).lower(),
        kept_before={
            w.lower(): frozenset(x.lower() for x in after)
            for w, after in data.get("drop_words_kept_before", {}).items()
        },
        period_words=frozenset(w.lower() for w in data.get("period_words", [])),
        period_prepositions=frozenset(w.lower() for w in data.get("period_prepositions", [])),
        home_origin_kept_heads=frozenset(w.lower() for w in data.get("home_origin_kept_heads", [])),
    )
    synonyms: dict[str, str] = {}
    lost: dict[str, set[str]] = {}
    written: set[str] = set()  # normalised forms some phrase gives as written
    # phrases whose dropped word the subject must hold ("bilateral turnover": a bare "our
    # turnover" is not made trade, issue 16ad)
    needing = {normalise_phrase(p) for p in data.get("synonyms_needing_dropped_word", [])}
    for key, phrases in data["synonyms"].items():
        key_words = set(_normalise(ruleset, key, base).split())
        for phrase in [key, *phrases]:
            form = _normalise(ruleset, phrase, base)
            if synonyms.setdefault(form, key) != key:
                continue
            words = phrase.lower().split()
            as_written = " ".join(words)
            # a form that lost words of its key, or one whose dropped word the subject must hold
            if (set(form.split()) < key_words or as_written in needing) and form != as_written:
                lost.setdefault(form, set()).update(w for w in words if w in base.drop)
            else:
                written.add(form)
    needs_word = {form: frozenset(w) for form, w in lost.items() if form not in written and w}
    return MeasureRules(
        base.drop,
        base.dangling,
        base.keep,
        base.share_prefix,
        synonyms,
        needs_word,
        base.flow_heads,
        base.flow_owner_preps,
        base.outward_heads,
        base.home_origin_word,
        base.kept_before,
        base.period_words,
        base.period_prepositions,
        base.home_origin_kept_heads,
    )


def _lemma(word: str) -> str:
    """simplemma's lemma (`pipeline.nlp.lemmas`), in lower case: it gives names their capital
    ("russia" -> "Russia"), and a key is lower case throughout."""
    return lemmatize(word).lower()


def _word_lemma(word: str, rules: MeasureRules) -> str:
    """The lemma of a noun: plurals become singular ("exports" -> "export", "children" ->
    "child"); words in `keep`, "-ing" and "-ed" forms ("spending", "accumulated") stay."""
    if word in rules.keep or not word.isalpha() or word.endswith(("ing", "ed")):
        return word
    return _lemma(word)


def _home_destination(ruleset: Rules, text: str, place, rules: MeasureRules | None) -> bool:
    """The home country named after a head of `flow_heads` in the object of a preposition that
    is not one of `flow_owner_prepositions` ("investment in Russia", "German investments in
    Russian assets", "demand for Russian equipment"): where the flow goes, or whose goods it
    is for, which the key keeps so that it is not the flow the other way ("Russian investment
    in the German economy", keyed without its home owner as in issue 16h) (issue 16p)."""
    if rules is None or not rules.flow_heads or place.kind != "country":
        return False
    if place.code != gazetteer(ruleset).home:
        return False
    before = [t.lower() for t in _TOKEN.findall(_POSSESSIVE.sub(" ", text[: place.start]))]
    heads = [k for k, t in enumerate(before) if t in rules.flow_heads]
    if not heads:
        return False
    preps = [t for t in before[heads[0] + 1 :] if t in rules.dangling]
    return bool(preps) and preps[-1] not in rules.flow_owner_preps


def _home_origin(
    ruleset: Rules, text: str, places: list, place, rules: MeasureRules | None
) -> bool:
    """The home country named before a head of `outward_flow_heads`, with only modifiers
    between, in a subject that names a foreign place after that head ("Russian investment in
    Chile", "Russia's accumulated investments in Peru", "Russian investments in the Danish
    economy"): the home country's money abroad, which the key keeps so that it is not the
    foreign country's own investment, nor the flow the other way (issue 16r). Without a foreign
    place after it ("Russian investment grew") the key stays as before, unless the subject ends
    in that head and the head is one of `home_origin_kept_heads` ("Russian direct investment
    has reached $4 billion" on a page about another country: the scope is that country, and a
    bare "direct investment" would read as its own; issue 16ae)."""
    if rules is None or not rules.outward_heads or place.kind != "country":
        return False
    home = gazetteer(ruleset).home
    if place.code != home:
        return False
    after = [t.lower() for t in _TOKEN.findall(_POSSESSIVE.sub(" ", text[place.end :]))]
    heads = [k for k, t in enumerate(after) if t in rules.outward_heads]
    if not heads or any(t in rules.dangling for t in after[: heads[0]]):
        return False
    if heads[0] == len(after) - 1 and after[-1] in rules.home_origin_kept_heads:
        return True
    head_end = place.end + len(" ".join(after[: heads[0] + 1]))
    return any(p.start >= head_end and p.code != home for p in places)


def _without_places(ruleset: Rules, text: str, rules: MeasureRules | None = None) -> str:
    """`text` with its place names and counterpart cues blanked out (not the home country as
    a flow's destination: `_home_destination`, nor as an outward flow's origin:
    `_home_origin`)."""
    chars = list(text)
    places = list(find_places(ruleset, text))
    for place in reversed(places):  # from the end, so that a word put in keeps the offsets
        if _home_destination(ruleset, text, place, rules):
            continue
        if _home_origin(ruleset, text, places, place, rules):
            if rules.home_origin_word:  # "Russia's" and "Russian" meet on one key
                end = place.end
                while end < len(chars) and chars[end] in "'’s":
                    end += 1  # the possessive ending goes with the name
                chars[place.start : end] = rules.home_origin_word
            continue
        chars[place.start : place.end] = " " * (place.end - place.start)
    text = "".join(chars)
    lowered = f" {text.lower()} "
    kept = (rules.kept_before if rules is not None else None) or {}
    for cue in gazetteer(ruleset).cues:
        phrase = " ".join(cue)
        if phrase in kept:  # "mutual investment": a measure of its own (issue 16u)
            lowered = re.sub(
                rf" {re.escape(phrase)} (?!(?:{'|'.join(map(re.escape, sorted(kept[phrase])))}) )",
                lambda m: " " * (len(m.group(0)) - 1) + " ",
                lowered,
            )
            continue
        lowered = lowered.replace(f" {phrase} ", " " * (len(phrase) + 2))
    return lowered.strip()


def _normalise(ruleset: Rules, phrase: str, rules: MeasureRules) -> str:
    text = _POSSESSIVE.sub(" ", _without_places(ruleset, phrase, rules).lower())
    tokens = [t.strip(".-") for t in _TOKEN.findall(text)]
    kept = rules.kept_before or {}
    tokens = [
        t
        for k, t in enumerate(tokens)
        if t and (t not in rules.drop or (k + 1 < len(tokens) and tokens[k + 1] in kept.get(t, ())))
    ]
    tokens = _without_periods(tokens, rules)
    # drop what is left dangling: "trade between [and]", "[of] exports"
    changed = True
    while changed and tokens:
        changed = False
        if tokens[-1] in rules.dangling:
            tokens.pop()
            changed = True
        if tokens and tokens[0] in rules.dangling:
            tokens.pop(0)
            changed = True
        for k in range(len(tokens) - 1):
            if tokens[k] in rules.dangling and tokens[k + 1] in rules.dangling:
                del tokens[k + 1]
                changed = True
                break
    tokens = [_word_lemma(t, rules) for t in tokens]
    if tokens.count("of") == 1:
        k = tokens.index("of")
        head, tail = tokens[:k], tokens[k + 1 :]
        if head and tail and not set(tail) & (rules.dangling - {"and", "or"}):
            tokens = tail + head
    return " ".join(tokens)


def _without_periods(tokens: list[str], rules: MeasureRules) -> list[str]:
    """`tokens` without a period of `period_words` ("january-september", "march") after a word
    of `period_prepositions`, both dropped: "real wages in January-September" is the real wage
    series of that year, not a measure of its own (issue 16ad). A month with no such word
    before it ("May Day spending") stays."""
    if not rules.period_words:
        return tokens
    kept: list[str] = []
    for t in tokens:
        parts = [p for p in t.split("-") if p]
        if (
            parts
            and all(p in rules.period_words for p in parts)
            and kept
            and kept[-1] in rules.period_prepositions
        ):
            kept.pop()
            continue
        kept.append(t)
    return kept or tokens


def subject_key(ruleset: Rules, subject: str | None, part_of: bool = False) -> str | None:
    """The canonical key of `subject` (None for None); `part_of`: the subject is the whole a
    percentage is a part of ("GDP" in "20 percent of GDP")."""
    if not subject:
        return None
    rules = measure_rules(ruleset)
    key = _normalise(ruleset, subject, rules)
    needed = rules.needs_word.get(key)
    if needed is None or needed & set(_TOKEN.findall(_POSSESSIVE.sub(" ", subject.lower()))):
        key = rules.synonyms.get(key, key)
    if not key:  # the subject was only a place ("20 percent of China")
        key = " ".join(subject.lower().split())
    return f"{rules.share_prefix} {key}" if part_of else key
