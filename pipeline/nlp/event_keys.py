"""An event's identity across documents (`event_key`): records that name one occurrence of an
event meet on one key.

An event is recorded once per document, under the name that document gives it: "SCO summit",
"summits of the Shanghai Cooperation Organisation" and "Shanghai Cooperation Organisation
summit in Bishkek" (all of one year) are one summit. The key is made from the record alone (its
`name`, `kind` and `date`; never the document's date), so it is the same whichever worker or
run made the record. Rules: models/rules/event_keys.json; acronyms: the `acronyms` table that
`scripts/build_model.py --archive` mines into models/rules/event_gazetteer.json ("Full Name
(ACR)" on the archive's pages: `acronym_pairs`, `mine_acronyms`), plus the rule file's short
hand list.

The name is normalised step by step:

1. parenthesised text ("(SCO)") and possessive endings dropped, a letter and a number one word
   ("G-20" is "G20": `letter_number_names`), a duration dropped ("two-day": `duration_words`),
   dashes split words ("Russia – Africa" is "Russia-Africa"), one spelling of a word
   ("Saint" is "St": `spellings`, and the country finder reads the short form in full, so
   "St Lucia" is a country as "Saint Lucia" is); a full name the acronym tables know becomes its
   acronym ("Shanghai Cooperation Organisation" -> "sco"), a country (name or demonym:
   "Russian", "Russia") its code ("@ru"), a region its name ("African" -> "africa"); `aliases`
   rewrite a few names ("World War II" -> "second world war"), and in a summit's name a body's
   "Council of (the) Heads of State" (`summit_councils`; "Council of CIS Heads of State" too)
   is its summit; a war's own years ("of 1941–1945") are dropped from its name (`war_years`),
   and a war so listed, written without a year and dated before them, keeps its date's year
   ("Great Patriotic War" dated 1812 is the war of 1812);
2. a name with no capitalised word that names something ("presidential election", "10th
   anniversary", "Independence Day": `unnaming_words`) gets no key: whose would it be?
3. a place tail ("in Osaka", "in the Kyrgyz Republic": "in" and capitalised words to the end)
   is dropped when the rest names the event by a capitalised word other than a country
   ("G20 summit in Osaka"); else it stays, marked as a tail ("in-paris"), so that "Year of
   Norway in Peru" is not "Year of Peru in Norway". A capitalised word right before an acronym
   ("the Bishkek SCO summit") that is no country is dropped;
4. plural heads ("summits") become singular, `drop_words` ("the", "of") go, ordinals are
   numbers ("second", "2nd", "II" -> "2"), an ordinal of a body that meets once a year
   (`yearly_bodies`: "11th BRICS summit") or of a kind held once a year under one name
   (`yearly_kinds`: "13th Lake Forum"; not of `numbered_bodies`: "Third Astana Summit") and a
   year equal to the event's own are dropped, and in a name `kind_fillers` ("heads of state",
   a forum's "international") and the body's own words for its
   summit (`body_fillers`: "G20 meeting") go when a naming word is left; the organiser or sport
   a competition's name implies goes (`implied_words`: "FIFA World Cup" is the "World Cup");
   the words are sorted ("summit of the X" is "X summit");
5. the key is "WHEN|kind|words". WHEN is the year of `date`; year and month (`YYYY-MM`) for
   summits and meetings named by countries alone ("Russia-US summit") or of
   `half_yearly_bodies` (the EU-Russia, CIS, CSTO and EAEU summits), and for named days
   (`month_words`); such a record without a month in `date` gets no key. An event without a
   year gets a key only for the `yearless_kinds` (wars, held once: "-|war|great patriotic
   war", its date, if any, left out), unless its name names more than one war
   (`yearless_refused`: "Civil War").

Limits: the key is the normalisation's judgement. A body meeting twice in one year under names
that differ only by a dropped place tail or ordinal shares one key (the G20 of 2009 and 2010); a
record whose `date` is wrong joins the occurrence of that date; one event named with two heads
("meeting of the Lake Union leaders", "Lake Union summit", where the body has no `body_fillers`),
two kinds, or dated in two months gets two keys.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.nlp.rules import KNOWN_KEYS, Rules, check_shapes, compiled_from_rules

RULES = "event_keys"
_PARENS = re.compile(r"\([^()]*\)")
_POSSESSIVE = re.compile(r"['’]s\b")
# a word: letters and digits of any script ("Élan", "Genève" are one word each; [A-Za-z0-9]
# made "lan" and "gen", "ve" of them, and "Élan Forum" had no capitalised word: round review55)
_TOKEN = re.compile(r"[^\W_]+")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_ORDINAL_NUMBER = re.compile(r"(?<=\d)(?:st|nd|rd|th)$")
# a Roman numeral as written (1-399), for its value; "CIVIL" or "LC" is none
_ROMAN_NUMBER = re.compile(r"C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_YEAR = re.compile(r"1[6-9]\d\d|20\d\d")
_DATE = re.compile(r"([0-9]{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12][0-9]|3[01]))?)?")
# "Full Name (ACR)": an acronym in brackets, two to eight letters, two capitals at least
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{0,6}[A-Z])\)")
_NAME_WORD = re.compile(r"[A-Za-z][\w’'-]*")
PLACE_MARK = "@"  # a country's code in a key: "@ru" (no word clashes with it)
TAIL_MARK = "in-"  # a word of a place tail kept in the key: "in-@ru", "in-paris"


# small words of a full name: neither spelled by its acronym nor part of its key in the tables
_SMALL = frozenset({"of", "and", "for", "on", "in", "the", "de", "to"})


def _content_words(full: str) -> tuple[str, ...]:
    """A full name's words as the acronym tables key it: lower case, without possessive
    endings and small words ("Conference on Interaction" -> ("conference", "interaction"))."""
    words = _TOKEN.findall(_POSSESSIVE.sub("", full).lower())
    return tuple(w for w in words if w not in _SMALL)


# the shape of each key of event_keys.json (rules.check_shapes): lists of words but these
SHAPES = {
    **dict.fromkeys(sorted(KNOWN_KEYS[RULES]), "words"),
    **dict.fromkeys(("plural_heads", "aliases", "acronyms", "spellings"), "table"),
    **dict.fromkeys(
        (
            "kind_fillers",
            "month_words",
            "duration_words",
            "body_fillers",
            "war_years",
            "implied_words",
        ),
        "lists",
    ),
    "letter_number_names": "flag",
}


@dataclass(frozen=True)
class KeyRules:
    drop: frozenset
    plural_heads: dict  # "summits" -> "summit"
    # (compiled pattern, replacement, the alias as written), longest first: the pattern is the
    # written alias between word boundaries, so a text without it as a substring has no match
    aliases: tuple
    acronyms: dict  # full name as a tuple of lower-case words -> acronym
    acronym_first: dict  # first word of a full name -> longest full name length from it
    acronym_words: frozenset  # the acronyms themselves ("sco"), as keys write them
    tail_prepositions: frozenset  # "in"
    tail_joiners: frozenset  # "and", "the": inside a place tail
    heads: frozenset  # words that name no event by themselves ("summit", "forum")
    yearly_bodies: frozenset
    ordinal_words: dict  # "second" -> 2
    kind_fillers: dict  # kind -> words of no event's name in it ("meeting", "leaders")
    yearless_kinds: frozenset
    yearless_refused: frozenset  # normalised names
    all_fillers: frozenset = frozenset()  # the kind fillers of every kind
    yearly_kinds: frozenset = frozenset()  # kinds whose names' ordinals restate the year
    numbered_bodies: frozenset = frozenset()  # their ordinals stay in a yearly kind
    summit_councils: re.Pattern | None = None
    # the council phrases with a body's acronym inside ("council of cis heads of state")
    body_councils: tuple = ()
    council_meetings: frozenset = frozenset({"meeting", "meetings", "session", "sessions"})
    unnaming: frozenset = frozenset()  # capitalised words that name nothing by themselves
    month_kinds: frozenset = frozenset()
    half_yearly_bodies: frozenset = frozenset()
    month_words: dict = None  # type: ignore[assignment]  # kind -> words that need a month
    spellings: dict = None  # type: ignore[assignment]  # "saint" -> "st"
    abbreviated: re.Pattern | None = None  # a capitalised short spelling ("St", "St.") + name
    abbreviations: dict = None  # type: ignore[assignment]  # "St" -> "Saint"
    letter_numbers: bool = False  # "G-20" is "G20"
    durations: re.Pattern | None = None  # "two-day" before a name
    body_fillers: dict = None  # type: ignore[assignment]  # body -> fillers in its summit's name
    war_years: tuple = ()  # (war name's words, its years): the years a war's name is known by
    implied: tuple = ()  # (name's words, words it implies): "cup world" implies "fifa"


@compiled_from_rules
def key_rules(ruleset: Rules) -> KeyRules:
    data = ruleset.get(RULES, required=("drop_words", "plural_heads", "yearless_kinds"))
    check_shapes(RULES, data, SHAPES)
    mined = ruleset.get("event_gazetteer").get("acronyms", {})
    check_shapes("event_gazetteer", {"acronyms": mined}, {"acronyms": "table"})
    acronyms: dict[tuple, str] = {}
    for full, acronym in {**mined, **data.get("acronyms", {})}.items():
        words = _content_words(full)
        if len(words) >= 2:
            acronyms[words] = acronym.lower()
    first: dict[str, int] = {}
    for words in acronyms:
        first[words[0]] = max(first.get(words[0], 0), len(words))
    aliases = sorted(data.get("aliases", {}).items(), key=lambda kv: -len(kv[0]))
    events = ruleset.get("events", required=("heads",))
    return KeyRules(
        drop=frozenset(data["drop_words"]),
        plural_heads=dict(data["plural_heads"]),
        aliases=tuple((re.compile(rf"\b{re.escape(a)}\b"), b, a) for a, b in aliases),
        acronyms=acronyms,
        acronym_first=first,
        acronym_words=frozenset(acronyms.values()),
        tail_prepositions=frozenset(data.get("place_tail_prepositions", [])),
        tail_joiners=frozenset(data.get("place_tail_joiners", [])),
        # one-word heads only: "Victory" of "Victory Day", "Olympic" of "Olympic Games" name
        heads=frozenset(head for head in events["heads"] if " " not in head),
        yearly_bodies=frozenset(data.get("yearly_bodies", [])),
        yearly_kinds=frozenset(data.get("yearly_kinds", [])),
        numbered_bodies=frozenset(data.get("numbered_bodies", [])),
        ordinal_words=dict(events.get("ordinal_words", {})),
        kind_fillers={k: frozenset(v) for k, v in data.get("kind_fillers", {}).items()},
        yearless_kinds=frozenset(data["yearless_kinds"]),
        yearless_refused=frozenset(data.get("yearless_refused", [])),
        all_fillers=frozenset(w for v in data.get("kind_fillers", {}).values() for w in v),
        summit_councils=(
            # "Council of the Heads of State" too: a "the" may stand between the words
            re.compile(
                r"\b(?:"
                + "|".join(
                    r" (?:the )?".join(map(re.escape, phrase.split()))
                    for phrase in data["summit_councils"]
                )
                + r")\b"
            )
            if data.get("summit_councils")
            else None
        ),
        body_councils=_body_councils(data.get("summit_councils", [])),
        unnaming=frozenset(data.get("unnaming_words", [])),
        month_kinds=frozenset(data.get("month_kinds", [])),
        half_yearly_bodies=frozenset(data.get("half_yearly_bodies", [])),
        month_words={k: frozenset(v) for k, v in data.get("month_words", {}).items()},
        spellings=dict(data.get("spellings", {})),
        abbreviated=_abbreviated(data.get("spellings", {})),
        abbreviations={
            short.capitalize(): full.capitalize()
            for full, short in data.get("spellings", {}).items()
        },
        letter_numbers=bool(data.get("letter_number_names")),
        durations=_durations(data.get("duration_words")),
        body_fillers={k: frozenset(v) for k, v in data.get("body_fillers", {}).items()},
        war_years=tuple(
            (tuple(war.split()), frozenset(years))
            for war, years in sorted(data.get("war_years", {}).items())
        ),
        implied=tuple(
            (frozenset(name.split()), frozenset(words))
            for name, words in sorted(data.get("implied_words", {}).items())
        ),
    )


_DASH = "-‐‑–—"
# a single capital letter and a number, a dash or a space between ("G-20", "U 17"); not a
# Roman numeral before a space ("World War I 100 years" is no "I100", round review56)
_LETTER_NUMBER = re.compile(rf"\b(?:([A-Z])[{_DASH}]|([A-HJ-UWYZ]) )(\d{{1,3}})\b")


def _body_councils(phrases: list[str]) -> tuple[re.Pattern, ...]:
    """Each `summit_councils` phrase with an "of" ("council of heads of state") as a pattern
    that reads one word after that "of" (group "body": "council of the cis heads of state"),
    a "the" allowed between words as in the phrases."""
    patterns = []
    for phrase in phrases:
        words = phrase.split()
        if "of" not in words[:-1]:
            continue
        at = words.index("of") + 1
        before = r" (?:the )?".join(map(re.escape, words[:at]))
        after = r" (?:the )?".join(map(re.escape, words[at:]))
        patterns.append(re.compile(rf"\b{before} (?:the )?(?P<body>\S+) {after}\b"))
    return tuple(patterns)


def _abbreviated(spellings: dict) -> re.Pattern | None:
    """A capitalised short spelling of `spellings` ("St", "St.") right before a capitalised
    word, as a pattern (group "short": the short form), or None."""
    shorts = sorted({short.capitalize() for short in spellings.values()}, key=len, reverse=True)
    if not shorts:
        return None
    alternatives = "|".join(map(re.escape, shorts))
    return re.compile(rf"\b(?P<short>{alternatives})\b\.?(?=\s+[A-Z])")


def _durations(words: dict | None) -> re.Pattern | None:
    """ "two-day", "3-week" (a number, a dash, a unit) as a pattern, or None (also when
    either list is missing or empty: an empty alternative matched every dash)."""
    if not words or not words.get("numbers") or not words.get("units"):
        return None
    numbers = "|".join(map(re.escape, words["numbers"]))
    units = "|".join(map(re.escape, words["units"]))
    return re.compile(rf"\b(?:{numbers})[{_DASH}](?P<unit>{units})\b", re.IGNORECASE)


def _no_duration(match: re.Match) -> str:
    """A duration written in lower case ("two-day meeting") dropped; one whose unit is
    capitalised is a name's word and stays ("Six-Day War", a war's name: round review56)."""
    return match.group() if match.group("unit")[:1].isupper() else " "


def _without_war_years(rules: KeyRules, text: str) -> str:
    """`text` (words split by spaces) without the years each war of `war_years` is known by,
    right before its name or right after it (an "of" between): "great patriotic war of 1941
    1945" is "great patriotic war". Read word by word, each word once: a regex of the years
    before the name read a run of thousands of years to its end from each of them (quadratic,
    round review56); it also left "of 1945" of "1941 great patriotic war of 1945"."""
    words = text.split()
    for war, years in rules.war_years:
        out: list[str] = []
        i = 0
        while i < len(words):
            if tuple(words[i : i + len(war)]) != war:
                out.append(words[i])
                i += 1
                continue
            while out and out[-1] in years:
                out.pop()  # "1941–1945 Great Patriotic War"
            out.extend(war)
            i += len(war)
            k = i + 1 if words[i : i + 1] == ["of"] else i
            if k < len(words) and words[k] in years:  # "... War of 1941–1945"
                while k < len(words) and words[k] in years:
                    k += 1
                i = k
        words = out
    return " ".join(words)


def _tokens(ruleset: Rules, rules: KeyRules, name: str) -> list[tuple[str, bool]]:
    """The words of `name` as (lower-case word, written capitalised): full names the acronym
    tables know replaced by their acronym, countries (names and demonyms: "Russian", "Russia")
    by their scope code with `PLACE_MARK` ("@ru"), regions by their code ("African" is
    "africa", "CIS" is "cis"); all marked capitalised."""
    text = _POSSESSIVE.sub("", _PARENS.sub(" ", name))
    if rules.letter_numbers:
        text = _LETTER_NUMBER.sub(r"\1\2\3", text)  # "G-20" is "G20", not "G" (the G7) and 20
    if rules.durations is not None:
        text = rules.durations.sub(_no_duration, text)  # "two-day meeting": the meeting
    found = list(_TOKEN.finditer(text))
    # the country finder knows "Saint Lucia", not "St Lucia" (round key57)
    places = _places(ruleset, rules, text)
    spelled = [_spelled(rules, m.group()) for m in found]
    lower = [word.lower() for word in spelled]
    out: list[tuple[str, bool]] = []
    i = 0
    while i < len(found):
        written = spelled[i]
        longest = rules.acronym_first.get(lower[i], 0)
        # a full name is matched on its words without the small ones ("Conference on
        # Interaction and ..." is "conference interaction ..."), as the tables hold it; only
        # as many as the longest full name from this word has (a name of thousands of words
        # was read to its end from each word: quadratic, round review55)
        content: list[int] = []
        k = i
        while longest > 1 and len(content) < longest and k < len(found):
            if lower[k] not in _SMALL:
                content.append(k)
            k += 1
        for n in range(min(longest, len(content)), 1, -1):
            words = tuple(lower[k] for k in content[:n])
            acronym = rules.acronyms.get(words)
            if acronym is not None:
                out.append((acronym, True))
                i = content[n - 1] + 1
                break
        else:
            place = places.get(found[i].start())
            if place is not None:
                # a place of whole words only ("G" of "G20" is none)
                k = i
                while k < len(found) and found[k].end() < place.end:
                    k += 1
                if k < len(found) and found[k].end() == place.end:
                    # a region's code is its name ("cis", "africa"): the word an acronym
                    # of the tables gives too
                    code = place.code.lower()
                    out.append((PLACE_MARK + code if place.kind == "country" else code, True))
                    i = k + 1
                    continue
            out.append((written.lower(), written[:1].isupper()))
            i += 1
    return out


def _places(ruleset: Rules, rules: KeyRules, text: str) -> dict:
    """The places of `text` by their start, as `find_places` finds them in `text` with each
    capitalised short spelling of `spellings` before a capitalised word ("St Lucia", "St.
    Kitts") written in full ("Saint Lucia"): the country finder knows the full names only.
    Offsets are those of `text`."""
    from pipeline.nlp.places import find_places

    if rules.abbreviated is None:
        return {p.start: p for p in find_places(ruleset, text)}
    parts: list[str] = []
    moves: list[tuple[int, int]] = []  # (end in the full text, how much longer it is there)
    at = 0
    longer = 0
    for match in rules.abbreviated.finditer(text):
        full = rules.abbreviations[match.group("short")]
        parts.append(text[at : match.start()] + full)
        longer += len(full) - (match.end() - match.start())
        moves.append((match.end() + longer, longer))
        at = match.end()
    if not moves:
        return {p.start: p for p in find_places(ruleset, text)}
    full_text = "".join(parts) + text[at:]

    ends = [end for end, _ in moves]

    def back(offset: int) -> int:
        # an offset at or after a full spelling's end moved by what it added; one at its
        # start (where a place of it starts) by what the earlier ones added; found by bisection,
        # not a scan of every spelling for every place (quadratic in a long name; review58)
        at = bisect.bisect_right(ends, offset)
        return offset - (moves[at - 1][1] if at else 0)

    found = {}
    for place in find_places(ruleset, full_text):
        start = back(place.start)
        found[start] = dataclasses.replace(place, start=start, end=back(place.end))
    return found


def _spelled(rules: KeyRules, word: str) -> str:
    """`word` in the spelling keys use ("Saint" -> "St"), its capital kept."""
    spelled = rules.spellings.get(word.lower()) if rules.spellings else None
    if spelled is None:
        return word
    return spelled[:1].upper() + spelled[1:] if word[:1].isupper() else spelled


def _telling(rules: KeyRules, words: Iterable[str]) -> bool:
    """Whether any of `words` tells an event apart (no head, small word or ordinal)."""
    return any(
        w not in rules.drop and w not in rules.heads and w not in rules.plural_heads for w in words
    )


def _named(rules: KeyRules, tokens: Iterable[tuple[str, bool]], countries: bool = False) -> list:
    """The capitalised words of `tokens` that name an event apart: no head, filler, small
    word, number or ordinal, and (unless `countries`) no country ("G20", "Africa", "Olympic";
    "Russia-US summit" names only countries, "presidential election" nothing)."""
    return [
        w
        for w, capital in tokens
        if capital
        and _telling(rules, (w,))
        and w not in rules.all_fillers
        and w not in rules.unnaming
        and w not in rules.ordinal_words
        and not w[:1].isdigit()
        and (countries or not w.startswith(PLACE_MARK))
        and not w.startswith(TAIL_MARK)
    ]


def _without_place_tail(rules: KeyRules, tokens: list[tuple[str, bool]]) -> list:
    """`tokens` without a place tail ("in Osaka"), when what is left names a body or event
    other than countries ("G20 summit in Osaka"; "Russia-US summit in Shanghai" and
    "presidential election in Mongolia" keep theirs)."""
    end = len(tokens)
    i = end - 1
    while i >= 0 and (tokens[i][1] or tokens[i][0] in rules.tail_joiners):
        i -= 1
    if i < 0 or i == end - 1 or tokens[i][0] not in rules.tail_prepositions:
        return tokens
    if not any(capital for _, capital in tokens[i + 1 :]):
        return tokens
    rest = tokens[:i]
    if _named(rules, rest):
        return rest
    # kept, as a tail: "Year of Kyrgyzstan in Russia" is not "Year of Russia in Kyrgyzstan"
    tail = [(TAIL_MARK + w, True) for w, _ in tokens[i + 1 :] if w not in rules.tail_joiners]
    return rest + tail


def _without_place_adjectives(rules: KeyRules, tokens: list) -> list:
    """`tokens` without a capitalised word right before an acronym ("Bishkek SCO summit") that
    is no country or region (those are parties: "Russia-ASEAN summit")."""
    acronyms = rules.acronym_words
    first = next((k for k, (w, _) in enumerate(tokens) if w not in rules.drop), None)
    kept = []
    for k, (word, capital) in enumerate(tokens):
        after = tokens[k + 1][0] if k + 1 < len(tokens) else None
        if (
            capital
            and k == first
            and after is not None
            and (after in acronyms or after in rules.yearly_bodies)
            and word not in acronyms
            and not word.startswith(PLACE_MARK)
            and not _YEAR.fullmatch(word)
        ):
            continue
        kept.append((word, capital))
    return kept


def _council_body(rules: KeyRules, match: re.Match) -> str:
    """A council phrase read with a word inside it (`body_councils`) as "BODY summit" when that
    word is a body's acronym or a country's code ("council of cis heads of state" is the CIS
    summit); else as written ("council of former heads of state" names no body's summit)."""
    body = match.group("body")
    if body in rules.acronym_words or body.startswith(PLACE_MARK):
        return f"{body} summit"
    return match.group()


def _war_date_kept(rules: KeyRules, words: list[str], year: str) -> list[str]:
    """A war's key words with the year of its date added when the name is a war of
    `war_years` written without a year and dated before the years that name is known by: the
    war so named in an earlier century ("Great Patriotic War" dated 1812: a page's "Great
    Patriotic War of 1812", its year read into the date, is not the war of 1941-1945). A date
    after them is no later war of that name but a slip of the date ("the veterans of the Great
    Patriotic War in 2030 will march": the clause's year read as the war's): the war of its
    known years (round review63: such a date split the war's key)."""
    if any(_YEAR.fullmatch(w) for w in words):
        return words  # the name's own years tell it (kept by `_without_war_years`)
    for war, years in rules.war_years:
        known = sorted(int(y) for y in years if y.isdigit())
        if known and set(war) <= set(words) and int(year) < known[0]:
            return [*words, year]
    return words


def _is_ordinal(rules: KeyRules, word: str, written_roman: bool) -> bool:
    return bool(_ORDINAL.fullmatch(word)) or word in rules.ordinal_words or written_roman


def _roman_value(word: str) -> str:
    """A Roman numeral of two letters or more (lower case, as keys write words) as its number
    ("xix" -> "19": "XIX Lake Festival" is the "19th Lake Festival"); any other word, a lone
    "i" (a letter more often than a number) and what is no numeral ("civil") as it is."""
    upper = word.upper()
    if len(word) < 2 or not _ROMAN_NUMBER.fullmatch(upper):
        return word
    values = [_ROMAN_VALUES[c] for c in upper]
    # a letter before a greater one is taken away ("IX" is 9)
    total = sum(-v if v < after else v for v, after in zip(values, values[1:] + [0], strict=True))
    return str(total)


@compiled_from_rules
def _cache(ruleset: Rules) -> dict:
    return {}


def forget_keys(ruleset: Rules) -> None:
    """Empty `event_key`'s cache of `ruleset` as a new page starts: one page's keys at most,
    not every distinct event of the run (issue 19, round mem72: it held 3,732 keys, ~1 MB, at
    the archive's end; the 1,340 keys it then had from earlier pages cost ~0.1 s to make again
    of a ~30 s run). Its bound of 100,000 stays for callers that key many records at once."""
    _cache(ruleset).clear()


def event_key(ruleset: Rules, name: str | None, kind: str | None, date: str | None) -> str | None:
    """The key of the event record (`name`, `kind`, `date`); None where the record is no event
    or a key would mix occurrences."""
    if not name or not kind:
        return None
    cache = _cache(ruleset)
    found = cache.get((name, kind, date), cache)
    if found is not cache:
        return found
    key = _event_key(ruleset, name, kind, date)
    if len(cache) < 100_000:
        cache[(name, kind, date)] = key
    return key


def _event_key(ruleset: Rules, name: str, kind: str, date: str | None) -> str | None:
    rules = key_rules(ruleset)
    yearless = kind in rules.yearless_kinds
    # a date as the record schema has it (YYYY, YYYY-MM, YYYY-MM-DD): "2019-13" or "20190"
    # gave "2019-13|..." and "2019|..." (round review55)
    dated = _DATE.fullmatch(date) if date else None
    year = dated.group(1) if dated and not yearless else None
    if year is None and not yearless:
        return None
    if yearless and not re.search(r"\b[A-Z]", name):
        return None  # "civil war": which one?
    # Roman numerals as written ("XIX"; not "CIVIL", whose letters are all numerals)
    romans = {w.lower() for w in _TOKEN.findall(name) if _ROMAN_NUMBER.fullmatch(w)}
    tokens = _tokens(ruleset, rules, name)
    # aliases read the words as written, acronyms already in
    text = " ".join(w for w, _ in tokens)
    capitals = {w for w, capital in tokens if capital}
    for pattern, alias, literal in rules.aliases:
        if literal not in text:
            continue  # no match, so nothing to substitute: one substring test, not two scans
        if any(m.group().split()[0] in capitals for m in pattern.finditer(text)):
            # written capitalised ("in World War II"): so is its alias, a name in a tail too
            capitals.update(alias.split())
        text = pattern.sub(alias, text)
    text = _without_war_years(rules, text)  # "Great Patriotic War of 1941–1945": the war
    if kind == "summit" and rules.summit_councils is not None:
        text, found = rules.summit_councils.subn("summit", text)
        for pattern in rules.body_councils if not found else ():
            # "Council of CIS Heads of State": the body named inside the phrase stays
            read = pattern.sub(lambda m: _council_body(rules, m), text)
            if read != text:
                text, found = read, 1
                break
        if found:  # "meeting of the LU Heads of State Council": the LU summit
            text = " ".join(w for w in text.split() if w not in rules.council_meetings)
    tokens = [(w, w in capitals) for w in text.split()]
    if not _named(rules, tokens, countries=True):
        return None  # "presidential election", "10th anniversary": whose?
    tokens = _without_place_tail(rules, tokens)
    tokens = _without_place_adjectives(rules, tokens)
    when = year
    written = {w for w, _ in tokens}
    if (
        kind in rules.month_kinds
        and (not _named(rules, tokens) or rules.half_yearly_bodies & written)
    ) or (rules.month_words.get(kind, frozenset()) & written):
        # "Russia-US summit", "EU-Russia summit": two or more a year; "National Unity Day":
        # one a year in each of several countries; the month tells them apart
        if dated is None or dated.group(2) is None:
            return None
        when = f"{dated.group(1)}-{dated.group(2)}"
    words = [rules.plural_heads.get(w, w) for w, _ in tokens if w not in rules.drop]
    if rules.yearly_bodies & set(words) or (
        kind in rules.yearly_kinds and not rules.numbered_bodies & set(words)
    ):
        # "11th BRICS summit", "5th Lake Forum": the year's one ("Third Astana Summit" is not)
        words = [w for w in words if not _is_ordinal(rules, w, w in romans)]
    # "second", "2nd" and "II" are one ordinal
    words = [_ORDINAL_NUMBER.sub("", w) if _ORDINAL.fullmatch(w) else w for w in words]
    words = [str(rules.ordinal_words[w]) if w in rules.ordinal_words else w for w in words]
    words = [_roman_value(w) if w in romans else w for w in words]
    fillers = rules.kind_fillers.get(kind, frozenset())
    if kind == "summit" and rules.body_fillers:
        # "G20 meeting", "APEC Economic Leaders' Meeting": the body's summit
        for body in set(words) & rules.body_fillers.keys():
            fillers = fillers | rules.body_fillers[body]
    if _telling(rules, (w for w in words if w not in fillers)):
        words = [w for w in words if w not in fillers]  # "meeting of the BRICS leaders"
    if year is not None:
        words = [w for w in words if w != year]
    elif yearless and dated is not None:
        words = _war_date_kept(rules, words, dated.group(1))
    # a war's years stay: "Great Patriotic War of 1812" is not that of 1941-1945
    for name_words, implied in rules.implied:
        if set(words) - implied == name_words:  # "FIFA World Cup" is the World Cup
            words = [w for w in words if w not in implied]
    joined = " ".join(sorted(set(words)))
    if not joined or (yearless and joined in rules.yearless_refused):
        return None
    return f"{when or '-'}|{kind}|{joined}"


def acronym_pairs(text: str) -> list[tuple[str, str]]:
    """("Full Name", "ACR") for each "Full Name (ACR)" of `text` where the full name's words
    spell the acronym: its capitalised words' initials (hyphened parts too) hold the acronym's
    letters in order, the first on the first word ("Conference on Pine and Lake-Side
    Cooperation in Asia (CPLCA)"), or else its letters run in order through
    the words from the first word's initial, every capitalised word's initial one of them
    (Schwartz and Hearst's rule, narrowed: "Lakeland Eastern Union (LAEU)")."""
    pairs = []
    for m in _ACRONYM.finditer(text):
        acronym = m.group(1)
        if sum(c.isupper() for c in acronym) < 2:
            continue
        before = text[max(0, m.start() - 200) : m.start()].rstrip()
        words = _NAME_WORD.findall(before.split("\n")[-1].split(". ")[-1])
        words = words[-(len(acronym) + 5) :]
        full = _long_form(acronym, words)
        if full is not None:
            pairs.append((full, acronym))
    return pairs


def _long_form(acronym: str, words: list[str]) -> str | None:
    letters = acronym.lower()
    best = None
    for start in range(len(words) - 1, -1, -1):
        part = words[start:]
        if len(part) < 2 or not part[0][:1].isupper() or part[0].lower() in _SMALL:
            continue
        if any(not w[:1].isupper() and w.lower() not in _SMALL for w in part):
            break  # a lower-case word: the name does not reach further back
        if part[-1].lower() in _SMALL:
            continue
        initials = [p[0].lower() for w in part if w[:1].isupper() for p in w.split("-") if p]
        if len(initials) > len(letters) + 2:
            break  # more words than the acronym can stand for
        if initials[0] == letters[0] and _subsequence(letters, initials):
            return " ".join(part)  # the shortest by initials
        if (
            best is None
            and part[0][0].lower() == letters[0]
            and all(w[0].lower() in letters for w in part if w[:1].isupper())
            and _runs_through(letters, part)
        ):
            best = " ".join(part)
    return best


def _subsequence(letters: str, initials: list[str]) -> bool:
    it = iter(initials)
    return all(c in it for c in letters)


def _runs_through(letters: str, words: list[str]) -> bool:
    """Schwartz and Hearst: the letters, right to left, each found further left in the words,
    the first one at the first word's start."""
    text = " ".join(words).lower()
    at = len(text)
    for c in reversed(letters[1:]):
        at = text.rfind(c, 1, at)
        if at <= 0:
            return False
    return text[0] == letters[0]


def mine_acronyms(
    found: Iterable[Iterable[tuple[str, str]]], min_docs: int = 2, agreement: float = 0.8
) -> dict[str, str]:
    """Full name (its `_content_words`, joined) -> acronym, from the `acronym_pairs` of each
    page: a full name written with one acronym on at least `min_docs` pages (`agreement` of
    its votes), and an acronym whose full names, so kept, are all one name but for spelling
    (organisation/organization), or one of them holds `agreement` of its votes (the others
    then left out: "EEC" of two bodies names neither). Deterministic."""
    votes: dict[str, Counter] = defaultdict(Counter)
    pages: dict[str, set] = defaultdict(set)
    for n, pairs in enumerate(found):
        for full, acronym in pairs:
            key = " ".join(_content_words(full))
            votes[key][acronym] += 1
            pages[key].add(n)
    by_acronym: dict[str, dict[str, int]] = defaultdict(dict)
    for full, counted in votes.items():
        acronym, top = max(counted.items(), key=lambda kv: (kv[1], kv[0]))
        if len(pages[full]) >= min_docs and top / sum(counted.values()) >= agreement:
            by_acronym[acronym][full] = len(pages[full])
    table = {}
    for acronym, fulls in by_acronym.items():
        spellings = {_spelling(f) for f in fulls}
        if len(spellings) == 1:
            table.update({f: acronym for f in fulls})
            continue
        full, top = max(fulls.items(), key=lambda kv: (kv[1], kv[0]))
        if top / sum(fulls.values()) >= agreement:
            table[full] = acronym
    return dict(sorted(table.items()))


def _spelling(full: str) -> str:
    return re.sub(r"iz(e|ation)", r"is\1", full)
