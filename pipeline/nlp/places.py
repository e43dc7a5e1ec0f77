"""Places named in a text: the gazetteer of country names, demonyms, capitals and regions that
`pipeline.nlp.scope` reads scopes with, and `find_places`, which finds them in a string.

Country names, official names, other spellings and demonyms come from two kept libraries, read once
per process: pycountry (the ISO 3166 list) and countryinfo (other spellings, demonyms, capitals);
models/rules/scopes.json adds what they spell otherwise than the speeches and the regions. Pure
Python over strings: `series`, which reads places in sentences, needs no spaCy for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.nlp.rules import Rules, compiled_from_rules

# words for matching names: letter runs, "U.S." as one word; hyphens, apostrophes and spaces split
_WORD = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+\.?)?")
_LOWER_WORDS = ("of", "the", "and")  # may stand in lower case inside a name


@dataclass(frozen=True)
class Place:
    """A place named in a text: `text[start:end]`, its scope `code` and `kind`."""

    start: int
    end: int
    code: str
    kind: str  # "country" | "region" | "subdivision" (a region of the home country, 16ac)


@dataclass(frozen=True)
class Gazetteer:
    names: dict  # word tuple as written -> (code, kind)
    lower_names: dict  # lower-case word tuple -> (code, kind), for names written in lower case
    first_words: dict  # first word (as written, and lowered) -> longest name length from it
    capitals: dict  # capital as written -> code
    home: str
    cues: tuple  # counterpart cue phrases as lower-case word tuples
    our_relational: frozenset
    counterpart_keys: frozenset
    prepositions_after: frozenset
    partner_prepositions: frozenset
    partner_determiners: frozenset
    outward_heads: frozenset  # "Russian investment": the home country's money somewhere else
    region_partners: bool  # "... and the EU is still a major partner": no counterpart scope
    single_keys_refused: bool = False  # "trade grew" with no scope: whose? (16v)
    single_keys_kept: frozenset = frozenset()  # "inflation", "gdp": a country's own
    single_key_modifiers: frozenset = frozenset()  # "current investment": still one word
    owned_single_keys: frozenset = frozenset()  # "Russia's contribution": to what? (16ag)
    unscoped_refusal_types: frozenset = frozenset()  # "money", "percentage" (16v)
    foreign_speakers_refused: bool = False  # a foreign leader's figure with no scope (16v)
    foreign_owners_refused: bool = False  # his "our investment in Russia": not RU's (16aa)
    gapped_joiners: frozenset = frozenset()  # "by 3 percent and output by 4": (16ab)
    gapped_links: frozenset = frozenset()  # "output by 4 percent": its verb left out
    after_figure: frozenset = frozenset()  # "by 3 percent in the Tomsk Region" (16ac)
    fronted: frozenset = frozenset()  # "In the Tomsk Region, output grew" (16ac)


def words(text: str) -> list[tuple[str, int, int]]:
    """The words of `text` as (word, start, end)."""
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def name_key(name: str) -> tuple[str, ...]:
    """A name as its tuple of words, for looking it up in the gazetteer."""
    return tuple(w for w, _, _ in words(name))


def _library_names() -> tuple[dict[str, set[str]], dict[str, str], dict[str, int]]:
    """code -> names (pycountry's ISO 3166 names, countryinfo's spellings and demonyms),
    capital -> code, and code -> population (to choose between countries that share a name)."""
    import pycountry
    from countryinfo import CountryInfo

    names: dict[str, set[str]] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        found = names.setdefault(code, set())
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if not name:
                continue
            found.add(name)
            if ", " in name:  # "Korea, Republic of" -> "Republic of Korea"
                head, _, tail = name.partition(", ")
                found.add(f"{tail} {head}")
    capitals: dict[str, str] = {}
    population: dict[str, int] = {}
    for info in CountryInfo.all().values():
        iso = info.get("ISO") or {}
        code = iso.get("alpha2")
        if code not in names:
            continue
        population[code] = max(population.get(code, 0), info.get("population") or 0)
        codes_of_country = {code, iso.get("alpha3")}
        for name in [info.get("name"), info.get("demonym"), *(info.get("altSpellings") or [])]:
            if name and name not in codes_of_country:
                names[code].add(name)
        capital = info.get("capital")
        for city in capital if isinstance(capital, list) else [capital]:
            if city:
                capitals.setdefault(city, code)
    return names, capitals, population


_ADJECTIVE = re.compile(r"(\S+?)s?k(?:aya|iy) (oblast|kray)")
_REPUBLIC = re.compile(r"(.+), Respublika")
_ADJECTIVE_REPUBLIC = re.compile(r"(\S+?)skaya Respublika")


def subdivision_forms(name: str, kinds: dict[str, list[str]]) -> set[str]:
    """English forms of a subdivision's ISO 3166-2 name as pycountry spells it, by general
    rules (issue 16ac): "Irkutskaya oblast'" -> "Irkutsk Region" (the stem with and without
    "-sk" and with "-a" or "-o": "Rostov", "Tula", "Ivanovo"; the words of `kinds` for "oblast"
    and "kray");
    "Tatarstan, Respublika" -> "Republic of Tatarstan", "Tatarstan Republic", "Tatarstan"
    ("-iya" -> "-ia": "Karelia"); "Chechenskaya Respublika" -> "Chechen Republic". Forms no
    speech uses ("Irkut Region") are harmless: they never match."""
    plain = name.replace("'", "")
    m = _ADJECTIVE.fullmatch(plain)
    if m:
        stem, kind = m.groups()
        stems = (stem, stem + "sk", stem + "a", stem + "o")  # "-o": "Ivanovo", "Kemerovo"
        return {f"{s} {w}" for s in stems for w in kinds.get(kind, [])}
    m = _REPUBLIC.fullmatch(plain)
    if m:
        base = re.sub(r"iya$", "ia", m.group(1))
        return {f"Republic of {base}", f"{base} Republic", base}
    m = _ADJECTIVE_REPUBLIC.fullmatch(plain)
    if m:
        return {f"{m.group(1)} Republic", f"Republic of {m.group(1)}"}
    return set()


def _subdivision_names(data: dict) -> dict[str, set[str]]:
    """ISO 3166-2 code -> English names of the home country's subdivisions (pycountry's, by
    `subdivision_forms`), plus scopes.json's `subdivision_extra_names`."""
    import pycountry

    names: dict[str, set[str]] = {}
    kinds = data.get("subdivision_kinds") or {}
    if kinds:
        for sub in pycountry.subdivisions.get(country_code=data["home_country"]) or []:
            names.setdefault(sub.code, set()).update(subdivision_forms(sub.name, kinds))
    for code, extra in (data.get("subdivision_extra_names") or {}).items():
        names.setdefault(code, set()).update(extra)
    return names


@compiled_from_rules
def gazetteer(ruleset: Rules) -> Gazetteer:
    data = ruleset.get("scopes", required=("home_country", "regions", "extra_names"))
    library, capitals, population = _library_names()
    ignored = set(data.get("ignored_names", []))
    owners: dict[tuple, set[str]] = {}
    for code, found in library.items():
        for name in found:
            if name not in ignored and name_key(name):
                owners.setdefault(name_key(name), set()).add(code)
    # a name or demonym of several countries and territories ("Chinese": China and Taiwan,
    # "French": France and its overseas territories) stands for the most populous of them
    names = {
        key: (max(sorted(c), key=lambda code: population.get(code, 0)), "country")
        for key, c in owners.items()
    }
    for code, extra in data["extra_names"].items():
        for name in extra:
            names[name_key(name)] = (code, "country")
    for code, found in _subdivision_names(data).items():
        for name in found:
            key = name_key(name)
            if key and key not in names:
                names[key] = (code, "subdivision")
    lower_names = {}
    for region, region_names in data["regions"].items():
        for name in region_names:
            if name == name.lower():
                lower_names[name_key(name)] = (region, "region")
            else:
                names[name_key(name)] = (region, "region")
    first_words: dict[str, int] = {}
    for key in list(names) + list(lower_names):
        for first in {key[0], key[0].lower()}:
            first_words[first] = max(first_words.get(first, 0), len(key))
    return Gazetteer(
        names=names,
        lower_names=lower_names,
        first_words=first_words,
        capitals={c: code for c, code in capitals.items() if c not in ignored},
        home=data["home_country"],
        cues=tuple(name_key(c.lower()) for c in data.get("counterpart_cues", [])),
        our_relational=frozenset(data.get("our_relational", [])),
        counterpart_keys=frozenset(data.get("counterpart_keys", [])),
        prepositions_after=frozenset(data.get("prepositions_after", [])),
        partner_prepositions=frozenset(data.get("other_partner_prepositions", [])),
        partner_determiners=frozenset(w.lower() for w in data.get("partner_determiners", [])),
        outward_heads=frozenset(w.lower() for w in data.get("outward_heads", [])),
        region_partners=bool(data.get("other_region_in_sentence", False)),
        single_keys_refused=bool(data.get("unscoped_single_keys_refused", False)),
        single_keys_kept=frozenset(data.get("unscoped_single_keys_kept", [])),
        single_key_modifiers=frozenset(data.get("unscoped_single_key_modifiers", [])),
        owned_single_keys=frozenset(data.get("scoped_single_keys_refused", [])),
        unscoped_refusal_types=frozenset(data.get("unscoped_refusal_types", [])),
        foreign_speakers_refused=bool(data.get("foreign_speaker_unscoped_refused", False)),
        foreign_owners_refused=bool(data.get("foreign_speaker_owned_other_scope_refused", False)),
        gapped_joiners=frozenset(data.get("gapped_conjunct_joiners", [])),
        gapped_links=frozenset(data.get("gapped_links", [])),
        after_figure=frozenset(data.get("region_after_figure_prepositions", [])),
        fronted=frozenset(data.get("fronted_region_prepositions", [])),
    )


def find_places(ruleset: Rules, text: str, offset: int = 0) -> list[Place]:
    """The countries and regions named in `text`, longest names first, left to right; offsets
    are `offset` + positions in `text`."""
    gaz = gazetteer(ruleset)
    ws = words(text)
    found = []
    i = 0
    while i < len(ws):
        longest = gaz.first_words.get(ws[i][0]) or gaz.first_words.get(ws[i][0].lower())
        match = None
        for n in range(min(longest or 0, len(ws) - i), 0, -1):
            written = tuple(w for w, _, _ in ws[i : i + n])
            hit = gaz.names.get(written) or gaz.lower_names.get(tuple(w.lower() for w in written))
            if hit is None and n > 1:
                # "the Republic of Korea": small words in a name may be written in lower case
                hit = gaz.names.get(
                    tuple(w.capitalize() if w in _LOWER_WORDS else w for w in written)
                )
            if hit is not None:
                match = (n, hit)
                break
        if match is None:
            i += 1
            continue
        n, (code, kind) = match
        found.append(Place(offset + ws[i][1], offset + ws[i + n - 1][2], code, kind))
        i += n
    return found
