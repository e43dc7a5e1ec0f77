"""What an archive of speeches knows about the dates of events, mined once and saved as data.

Three tables, built by `scripts/build_model.py --archive DIR` from the archive's pages and kept in
models/rules/event_gazetteer.json (so that they travel with the saved pipeline):

- `anniversary_bases`: the year an anniversary counts from, by what it is the anniversary of
  ("great patriotic victory war": 1945). Every "Nth anniversary of X" votes Y - N for X, Y
  being the year its sentence places the anniversary in ("next year"), else the page's year; X is
  kept when at least `min_docs` pages vote and nearly all votes lie within a year of the most
  common one (a page may speak of the anniversary a year early or late without saying so). A
  subject without a capitalised word or with a possessive ("its founding", "our two countries")
  names a different thing on each page, and is not counted.
- `event_years`: the year of a one-off event ("2014 Winter Olympics in Sochi", "the Olympics in
  Sochi will open on February 7"): each page that writes the event's name with a year, or dates
  it in its sentence ("next February", "last year"), votes that year for the name (keyed by
  `one_off_key`: "Olympic Games in Sochi" and "Sochi Winter Olympics" are one event); the name
  is kept when at least `min_docs` pages vote and nearly all of them (`agreement`) give the same
  year. Only the
  `one_off_kinds` of events.json (games, exhibitions, festivals) are counted, and only names with
  a place in them (a word the archive writes after "in" on many of its pages): summits, forums and
  elections recur under one name, and so do "World Judo Championships".
- `acronyms` (round ident54): a full name -> its acronym, from "Full Name (ACR)" on the pages
  (`event_keys.mine_acronyms`), for the event keys that join "Shanghai Cooperation
  Organisation summit" and "SCO summit".

Keys are the content words of a name (`events.content_words`, numbers dropped), joined in sorted
order. `event_dates` looks names up by exact key: a table only dates what the text names the
same way, never something that merely shares a word with it.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from pipeline.nlp.rules import Rules, compiled_from_rules

GAZETTEER = "event_gazetteer"
_NUMBER = re.compile(r"\d+(?:st|nd|rd|th)?|[ivxlc]+")
_PLACE = re.compile(r"\bin\s+([A-Z][\w’'-]*)")
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*")


def name_key(text: str) -> str:
    """The lookup key of a name: its content words without numbers, ordinals or roman
    numerals, sorted ("Peace in the Great Northern War of 1700–1721" -> "great northern
    peace war")."""
    from pipeline.nlp.events import content_words

    return " ".join(sorted(w for w in content_words(text) if not _NUMBER.fullmatch(w)))


def one_off_key(ruleset: Rules, text: str) -> str:
    """The lookup key of a one-off event's name: `name_key` after the aliases of events.json's
    `one_off_key_aliases` ("Olympic Games" is "Olympics") and without its `one_off_key_drop`
    words (a place holds one Winter or Summer Games in the years a page may speak of)."""
    rules = ruleset.get("events", required=("heads",))
    lowered = text.lower()
    for phrase, alias in rules.get("one_off_key_aliases", {}).items():
        lowered = re.sub(rf"\b{re.escape(phrase)}\b", alias, lowered)
    drop = set(rules.get("one_off_key_drop", []))
    return " ".join(w for w in name_key(lowered).split() if w not in drop)


def _subject(name: str) -> str | None:
    m = re.search(r"\b(?:of|since)\s+(.*)$", name)
    return m.group(1) if m else None


def _sentence_around(text: str, start: int, end: int) -> tuple[str, int]:
    """The sentence holding text[start:end], cut at full stops and line breaks (mining runs on
    raw text, without the pipeline's sentencizer), and its offset."""
    lo = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, start - 400, 0)
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    hi = min([*stops, end + 400, len(text)])
    return text[lo:hi], lo


def _clause_date(
    ruleset: Rules, name: str, sentence: str, start: int, end: int, date: str | None
) -> str | None:
    """The date the sentence gives an anniversary, without the gazetteer being mined."""
    from pipeline.nlp.event_dates import dates_in_clause

    for _, value, _, _ in dates_in_clause(ruleset, sentence, start, end, date, ranges=False):
        return value
    return None


def _usable_subject(subject: str, g) -> bool:
    """A subject that names one thing: it has a capitalised word and no possessive ("its
    founding", "our two countries" differ from page to page)."""
    words = re.findall(r"[\w’'-]+", subject)
    return any(w[0].isupper() for w in words) and not any(w.lower() in g.possessives for w in words)


def mine(
    ruleset: Rules,
    documents: Iterable[tuple[str | None, str]],
    min_docs: int = 3,
    agreement: float = 0.8,
    place_share: float = 0.3,
) -> dict:
    """The two tables, from (date, text) pairs, one pair per document. Deterministic: the same
    documents in any order give the same tables."""
    from pipeline.nlp.event_dates import date_in_name
    from pipeline.nlp.event_keys import acronym_pairs, mine_acronyms
    from pipeline.nlp.event_names import anniversary_number, find_events, grammar

    g = grammar(ruleset)
    rules = ruleset.get("events", required=("heads",))
    one_off = set(rules.get("one_off_kinds", []))
    base_votes: dict[str, Counter] = defaultdict(Counter)
    base_docs: dict[str, set] = defaultdict(set)
    year_votes: dict[str, Counter] = defaultdict(Counter)
    year_docs: dict[str, set] = defaultdict(set)
    acronym_pairs_of_pages: list = []  # each page's "Full Name (ACR)" pairs (round ident54)
    after_in: Counter = Counter()  # pages that write the word after "in"
    anywhere: Counter = Counter()  # pages that write it capitalised at all
    for n, (date, text) in enumerate(documents):
        acronym_pairs_of_pages.append(acronym_pairs(text))
        after_in.update({w.lower() for w in _PLACE.findall(text)})
        anywhere.update({w.lower() for w in _CAPITALISED.findall(text)})
        doc_year = int(date[:4]) if date and date[:4].isdigit() else None
        for event in find_events(ruleset, text):
            name = event["name"]
            if event["kind"] == "anniversary":
                number, subject = anniversary_number(ruleset, name), _subject(name)
                if not (doc_year and number and subject and _usable_subject(subject, g)):
                    continue
                if re.search(r"\d{4}", subject):
                    continue  # its base is written in it: nothing to learn
                key = name_key(subject)
                if not key:
                    continue
                # the year the text places the anniversary in ("next year"), else the page's
                sentence, offset = _sentence_around(text, event["start"], event["end"])
                when = _clause_date(
                    ruleset, name, sentence, event["start"] - offset, event["end"] - offset, date
                )
                year = int(when[:4]) if when else doc_year
                base_votes[key][year - number] += 1
                base_docs[key].add(n)
            elif event["kind"] in one_off:
                key = one_off_key(ruleset, name)
                if not key or len(key.split()) < 2:
                    continue
                year = date_in_name(name)
                if not year:
                    sentence, offset = _sentence_around(text, event["start"], event["end"])
                    year = _clause_date(
                        ruleset,
                        name,
                        sentence,
                        event["start"] - offset,
                        event["end"] - offset,
                        date,
                    )
                if year:
                    year_votes[key][int(year[:4])] += 1
                    year_docs[key].add(n)
    bases = {}
    for key, votes in base_votes.items():
        if len(base_docs[key]) < min_docs:
            continue
        # the most common base (ties go to the later year); a page that speaks of the
        # anniversary a year early or late without saying so votes a year off
        base = max(votes, key=lambda y: (votes[y], y))
        near = sum(c for y, c in votes.items() if abs(y - base) <= 1)
        if near / sum(votes.values()) >= agreement:
            bases[key] = base

    # a one-off event is named with where it is held ("Sochi", "PyeongChang"): a word that the
    # archive writes after "in" on many of the pages it writes it at all ("in World War II" is
    # rare among the pages with "World"); "World Judo Championships" recur
    def is_place(word: str) -> bool:
        return after_in[word] >= min_docs and after_in[word] >= place_share * anywhere[word]

    # a year from a sentence may be the year of the page rather than of the event ("in 2013 we
    # prepared for the Olympics"): nearly all the votes must agree, to the year
    def agreed_year(votes: Counter) -> int | None:
        year = max(votes, key=lambda y: (votes[y], y))
        return year if votes[year] / sum(votes.values()) >= agreement else None

    years = {
        key: agreed_year(votes)
        for key, votes in year_votes.items()
        if len(year_docs[key]) >= min_docs
        and any(is_place(w) for w in key.split())
        and agreed_year(votes) is not None
    }
    return {
        "anniversary_bases": dict(sorted(bases.items())),
        "event_years": dict(sorted(years.items())),
        "acronyms": mine_acronyms(acronym_pairs_of_pages),
    }


def write(tables: dict, path, source: str) -> None:
    """Save `tables` as the gazetteer rule file, with where they come from."""
    data = {
        "description": (
            "Dates the archive knows, mined by scripts/build_model.py (pipeline/nlp/"
            "event_gazetteer.py): 'anniversary_bases' maps what an anniversary is of to the "
            "year it counts from; 'event_years' maps a one-off event's name to its year. Keys "
            "are content words without numbers, sorted. 'acronyms' maps a full name the "
            "archive writes as 'Full Name (ACR)' (lower case, words in order, small words "
            "left out) to its acronym, for event keys (pipeline/nlp/event_keys.py)."
        ),
        "source": source,
        **tables,
    }
    with open(path, "w", encoding="utf-8") as out:
        json.dump(data, out, indent=1, ensure_ascii=False, sort_keys=False)
        out.write("\n")


@compiled_from_rules
def tables(ruleset: Rules) -> tuple[Mapping[str, int], Mapping[str, int]]:
    """(anniversary_bases, event_years) of the rule set in force."""
    data = ruleset.get(GAZETTEER)
    return (
        {k: int(v) for k, v in data.get("anniversary_bases", {}).items()},
        {k: int(v) for k, v in data.get("event_years", {}).items()},
    )


def anniversary_base(ruleset: Rules, name: str) -> int | None:
    """The year the anniversary `name` counts from, if the gazetteer knows what it is of."""
    subject = _subject(name)
    return tables(ruleset)[0].get(name_key(subject)) if subject else None


def known_year(ruleset: Rules, name: str, kind: str | None, doc_year: int | None) -> int | None:
    """The year of the one-off event `name` (of `kind`), if the gazetteer knows it and a page
    of `doc_year` may speak of it (events.json's `one_off_year_window`)."""
    rules = ruleset.get("events", required=("heads",))
    if kind not in rules.get("one_off_kinds", []) or doc_year is None:
        return None
    year = tables(ruleset)[1].get(one_off_key(ruleset, name))
    before, after = rules.get("one_off_year_window", [-8, 6])
    if year is None or not (year + before <= doc_year <= year + after):
        return None
    return year


def hosted_edition_year(
    ruleset: Rules, name: str, doc_date: str | None, before: str = "", after: str = ""
) -> int | None:
    """The year of the edition of a recurring competition that the archive's own country hosted,
    for a mention of the competition by its bare series name ("the World Cup"), on a page written
    while that edition was being prepared or remembered (events.json's `hosted_editions`). Such a
    series recurs, so `known_year` never keys it; but a page of those years that names it with
    no place or year speaks of the hosted edition, as the annotators resolve it. `before`: the
    words of the sentence right before the name; a word of an entry's `not_after` there ("the
    next World Cup") points at another edition; `after`: the words right after it, where a word
    of `not_before` makes the name a part of another ("World Cup series"). The name must be one
    of the entry's `names` exactly (whatever the case, without a leading "the"): "World Cup in
    Lakeland", "Hockey World Cup" or "World Cups" name other editions or series. Words are read
    without quotes, brackets or hyphens ("the next “World Cup”", "World Cup-series"), and the
    words of a listed longer name before the name read are its own: in "the next football World
    Cup" the word before the name is "next"; a year right after the name ("the World Cup-2014")
    other than the entry's names another edition (review80). An entry with `places` names one
    edition by its host instead ("the Rio Olympics", "the Olympic Games in Rio"; round ev91,
    `_entry_names`)."""
    if not doc_date or len(doc_date) < 10:
        return None
    words_before = _plain_words(before)
    following = _plain_words(after)[:1]
    for entry in _hosted_editions(ruleset):
        bare = _bare_name(name)
        # "the next football World Cup", whose name read is "World Cup": the words of a listed
        # longer name right before it are its own, and the word before them is the one to test
        # (review80)
        start = len(words_before)
        while start and f"{words_before[start - 1]} {bare}" in entry.names:
            start -= 1
            bare = f"{words_before[start]} {bare}"
        last = words_before[start - 1 : start]
        if bare not in entry.names:
            continue
        if not entry.pages_from <= doc_date[:10] <= entry.pages_to:
            continue
        if last and last[0] in entry.not_after:
            continue
        if following and following[0] in entry.not_before:
            continue
        if following and _YEAR.fullmatch(following[0]) and int(following[0]) != entry.year:
            continue  # "the World Cup-2014": a year after the name names another edition
        return entry.year
    return None


class _HostedEdition(NamedTuple):
    """An entry of events.json's `hosted_editions`, its names and words read as
    `hosted_edition_year` reads a mention (`_bare_name`, `_plain_list`)."""

    names: frozenset[str]
    year: int
    pages_from: str
    pages_to: str
    not_after: frozenset[str]
    not_before: frozenset[str]


@compiled_from_rules
def _hosted_editions(ruleset: Rules) -> tuple[_HostedEdition, ...]:
    """The entries of events.json's `hosted_editions`, read once per rule set."""
    rules = ruleset.get("events", required=("heads",))
    return tuple(
        _HostedEdition(
            names=_entry_names(entry),
            year=int(entry["year"]),
            pages_from=entry["pages_from"],
            pages_to=entry["pages_to"],
            not_after=_plain_list(entry.get("not_after", [])),
            not_before=_plain_list(entry.get("not_before", [])),
        )
        for entry in rules.get("hosted_editions", [])
    )


def _entry_names(entry: dict) -> frozenset[str]:
    """The names a `hosted_editions` entry is written as: its `names`, or, where it lists
    `places`, each name with a place before it or after "in" ("Pinetown Games", "Games in
    Pinetown"), and the bare name no more: a series named with its host city or country is that
    one edition (issue 12 round ev91), named bare it is any."""
    names = [_bare_name(n) for n in entry["names"]]
    places = [_bare_name(p) for p in entry.get("places", [])]
    if not places:
        return frozenset(names)
    return frozenset(f"{p} {n}" for p in places for n in names) | frozenset(
        f"{n} in {p}" for p in places for n in names
    )


# a word for `hosted_edition_year`'s tests: quotes, brackets and a hyphen part it from the next
# ('the next “World Cup”', 'World Cup-series'); an apostrophe stays in it ("women's")
_PLAIN_WORD = re.compile(r"[\w'’]+")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _plain_words(text: str) -> list[str]:
    """The words of `text`, lower case, with a curly apostrophe written straight."""
    return [w.replace("’", "'") for w in _PLAIN_WORD.findall(text.lower())]


def _plain_list(words: list[str]) -> frozenset[str]:
    """A rule file's word list read as `_plain_words` reads the text: case and a curly
    apostrophe do not matter."""
    return frozenset(w.lower().replace("’", "'") for w in words)


def _bare_name(name: str) -> str:
    """A name lower case, its spaces single and its apostrophes straight, without a leading
    "the": a mention and an entry's `names` are compared so."""
    plain = " ".join(name.lower().replace("’", "'").split())
    return re.sub(r"^the\s+", "", plain)
