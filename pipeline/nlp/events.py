"""The event component: named events (summits, forums, wars, anniversaries, ...), kind and date.

Names are recognised by a grammar kept in models/rules/events.json, not by a list of known events:
a head noun ("Forum", "summit", "War", "elections") with the capitalised words, ordinals and years
that precede it, at most two lowercase modifiers ("business forum"), and an "of/on/for" tail of
capitalised words ("Conference on the Great Lakes Region"). Anniversaries ("100th anniversary of
the Komsomol") and acronym-year names ("MAKS-2019") have patterns of their own. Each distinct
event is kept once per document, at its first mention; the document's own meeting, as named in its
title, is left out.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp.base import RuleComponent, add_fact
from pipeline.nlp.extensions import doc_text
from pipeline.nlp.rules import load_rules, normalise_phrase, phrase_alternation, rule_cache
from pipeline.nlp.temporal import clause_bounds, doc_month, doc_year, relative_dates

MONTHS = {
    m: i + 1
    for i, m in enumerate(
        (
            "january february march april may june july august september october november december"
        ).split()
    )
}
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
_WORD = re.compile(r"[\w’'.&-]+")
_PLAIN_WORD = re.compile(r"\w+")


def head_matches(text: str, head_re: re.Pattern, first_words: frozenset[str]):
    """The matches of `head_re` in `text`, as `head_re.finditer` would give them.

    An alternation of many phrases is tried at every character; looking up each word in the set of
    the heads' first words and trying the pattern only there is several times faster on long
    transcripts, with the same matches.
    """
    last_end = 0
    for word in _PLAIN_WORD.finditer(text):
        if word.start() < last_end or word.group().lower() not in first_words:
            continue
        m = head_re.match(text, word.start())
        if m:
            last_end = m.end()
            yield m


STOP_CONTENT = {"the", "of", "in", "on", "a", "an", "and", "for", "to", "at", "by", "with", "from"}


@rule_cache
def _grammar():
    rules = load_rules("events", required=("heads", "connectors", "name_stopwords"))
    heads = {k.lower(): v for k, v in rules["heads"].items()}
    head_re = re.compile(r"\b" + phrase_alternation(heads) + r"\b", re.IGNORECASE)
    head_first_words = frozenset(_PLAIN_WORD.match(h).group().lower() for h in heads)
    anniversary = phrase_alternation(rules.get("anniversary_words", ["anniversary"]))
    ordinal = r"(?:\d{1,4}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?(?:th|st|nd|rd))"
    anniv_re = re.compile(
        rf"\b{ordinal}\s+{anniversary}\b(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*)(?:\s+(?:of\s+|and\s+|the\s+)*[A-Z][\w’'-]*)*)?",
    )
    acronym_re = re.compile(r"\b[A-Z][A-Z]{2,}(?:-|\s)(?:19|20)\d{2}\b")
    return (
        heads,
        (head_re, head_first_words),  # the arguments of head_matches
        {w.lower() for w in rules["connectors"]},
        set(rules["name_stopwords"]) | {"The", "A", "An"},
        {w.lower() for w in rules.get("lowercase_modifier_stopwords", [])},
        {w.lower() for w in rules.get("capitalised_only_heads", [])},
        int(rules.get("lowercase_modifiers_max", 2)),
        {n.lower() for n in rules.get("not_events", [])},
        anniv_re,
        acronym_re,
        [p.lower() for p in rules.get("tail_prepositions", ["of", "on", "for"])],
        {w.lower() for w in rules.get("possessive_determiners", [])},
        {w.lower() for w in rules.get("count_words", [])},
    )


def _is_name_word(word: str, stop: set[str]) -> bool:
    if word in stop:
        return False
    if word.isdigit() and not re.fullmatch(r"(?:19|20)\d{2}", word):
        return False  # a count ("3 Arctic summits"), not part of a name; a year is
    if word[0].isupper() or word[0].isdigit():
        return True
    # roman numerals and ordinals ("XIX", "10th") are name words too
    return bool(re.fullmatch(r"\d+(?:st|nd|rd|th)", word))


def content_words(text: str) -> frozenset[str]:
    words = re.findall(r"[a-z0-9]+", text.lower().replace("’s", "").replace("'s", ""))
    return frozenset(w for w in words if w not in STOP_CONTENT)


def find_events(text: str) -> list[dict]:
    """Event mentions in `text`: dicts with start, end, name, kind (no date)."""
    (
        heads,
        head_search,
        connectors,
        stop,
        lower_stop,
        cap_only,
        lower_max,
        not_events,
        anniv_re,
        acronym_re,
        tails,
        possessives,
        count_words,
    ) = _grammar()
    found: list[dict] = []
    for m in head_matches(text, *head_search):
        head = normalise_phrase(m.group(0), lower=False)
        capital = head[0].isupper()
        if head.lower() in cap_only and not capital:
            continue
        # walk back over the words before the head
        window_start = max(0, m.start() - 160)
        words = list(_WORD.finditer(text, window_start, m.start()))
        start = m.start()
        name_words = 0
        lower_mods = 0
        j = len(words) - 1
        prev_end = m.start()
        while j >= 0:
            w = words[j]
            gap = text[w.end() : prev_end]
            if gap.strip(" "):  # punctuation between words ends the name
                break
            word = w.group(0).rstrip(".")
            if _is_name_word(word, stop):
                start = w.start()
                name_words += 1
            elif word.lower() in heads and word[0].isupper():
                break  # another event's head: names do not run into each other
            elif word.lower() in connectors and name_words > 0:
                pass  # a connector is kept only if a name word precedes it
            elif (
                name_words == 0
                and lower_mods < lower_max
                and word.islower()
                and word not in lower_stop
                and word.lower() not in heads
            ):
                lower_mods += 1
            else:
                break
            prev_end = w.start()
            j -= 1
        end = m.end()
        # "World War II", "Games 2014"
        suffix = re.match(r"\s+(?:II|I|One|Two|(?:19|20)\d{2})\b", text[end : end + 8])
        if suffix:
            end += suffix.end()
        tail = re.match(
            r"\s+(?:"
            + "|".join(tails)
            + r")\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:(?:of|and|for|the|on)\s+)*[A-Z][\w’'-]*)*",
            text[end : end + 160],
        )
        if tail and (capital or name_words):
            end += tail.end()
        if not capital and name_words == 0:
            continue
        if capital and name_words == 0 and not tail:
            continue
        if name_words == 0 and lower_mods:
            # lowercase modifiers only count after a name word ("business forum" alone is generic)
            continue
        name = text[start:end]
        # drop a leading lowercase modifier run that was not anchored by a name word
        if not name[0].isupper() and not name[0].isdigit():
            continue
        if name.lower() in not_events or any(name.lower().startswith(n) for n in not_events):
            continue
        if _word_before(text, start).lower() in count_words or _is_cardinal(
            _word_before(text, start)
        ):
            continue  # "two European championships": a count of happenings, none named
        found.append({"start": start, "end": end, "name": name, "kind": heads[head.lower()]})
    for m in anniv_re.finditer(text):
        named = " of " in m.group(0)
        if not named and _word_before(text, m.start()).lower() in possessives:
            continue  # "its 100th anniversary": whose is said elsewhere; no name here
        found.append(
            {"start": m.start(), "end": m.end(), "name": m.group(0), "kind": "anniversary"}
        )
    for m in acronym_re.finditer(text):
        if not any(f["start"] <= m.start() < f["end"] for f in found):
            found.append({"start": m.start(), "end": m.end(), "name": m.group(0), "kind": "other"})
    found.sort(key=lambda f: (f["start"], -f["end"]))
    # overlapping mentions: keep the longest starting first
    kept: list[dict] = []
    for f in found:
        if kept and f["start"] < kept[-1]["end"]:
            continue
        kept.append(f)
    return kept


def _word_before(text: str, index: int) -> str:
    """The word right before `index` (only spaces in between), or ""."""
    m = re.search(r"([\w’'-]+)[ \t]+$", text[max(0, index - 40) : index])
    return m.group(1) if m else ""


def _is_cardinal(word: str) -> bool:
    # digits that are not a year: "3 Eurasian summits" (a year before a name is part of it)
    return word.isdigit() and not re.fullmatch(r"(?:19|20)\d{2}", word)


_DATE_PATTERNS = [
    (re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{{2}})\b"), "mdy"),
    (re.compile(rf"\b(\d{{1,2}})\s+{_MONTH},?\s+((?:19|20)\d{{2}})\b"), "dmy"),
    (re.compile(rf"\b{_MONTH}\s+((?:19|20)\d{{2}})\b"), "my"),
    (re.compile(rf"\b{_MONTH}\s+(last|this|next)\s+year\b", re.IGNORECASE), "m_rel"),
    (re.compile(r"\b(last|this|next)\s+year[’']?s?\b", re.IGNORECASE), "rel"),
    (re.compile(rf"\b(last|this|next)\s+{_MONTH}\b", re.IGNORECASE), "rel_m"),
    (re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+(?:19|20)\d{{2}})"), "md"),
    (re.compile(rf"\bin\s+{_MONTH}\b(?!\s+(?:\d|last|this|next))"), "m"),
    (re.compile(r"(?<![\w-])((?:19|20)\d{2})(?![\w%]|\s*(?:percent|per cent))"), "y"),
]
_REL = {"last": -1, "this": 0, "next": 1}


def resolve_date(
    match: re.Match, kind: str, year: int | None, doc_month_: int | None = None
) -> str | None:
    g = match.groups()
    if kind == "mdy":
        return f"{int(g[2]):04d}-{MONTHS[g[0].lower()]:02d}-{int(g[1]):02d}"
    if kind == "dmy":
        return f"{int(g[2]):04d}-{MONTHS[g[1].lower()]:02d}-{int(g[0]):02d}"
    if kind == "my":
        return f"{int(g[1]):04d}-{MONTHS[g[0].lower()]:02d}"
    if year is None:
        return None
    if kind == "m_rel":
        return f"{year + _REL[g[1].lower()]:04d}-{MONTHS[g[0].lower()]:02d}"
    if kind == "rel":
        return f"{year + _REL[g[0].lower()]:04d}"
    if kind == "rel_m":
        # "last June": the most recent June before the document; "next June": the coming one
        month = MONTHS[g[1].lower()]
        rel = g[0].lower()
        if rel == "last":
            y = year if doc_month_ is not None and month < doc_month_ else year - 1
        elif rel == "next":
            y = year if doc_month_ is not None and month > doc_month_ else year + 1
        else:
            y = year
        return f"{y:04d}-{month:02d}"
    if kind == "md":
        return f"{year:04d}-{MONTHS[g[0].lower()]:02d}-{int(g[1]):02d}"
    if kind == "m":
        return f"{year:04d}-{MONTHS[g[0].lower()]:02d}"
    if kind == "y":
        return g[0]
    return None


def event_date(name: str, sentence: str, start: int, end: int, date: str | None) -> str | None:
    """The date of the event named at sentence[start:end], as precise as the text allows."""
    in_name = re.search(r"(?<!\d)((?:19|20)\d{2})(?!\d)", name)
    found = _date_in_clause(sentence, start, end, date)
    if in_name:
        # a year in the name ("Army-2015") may be refined by a month in the text, never replaced
        if found and found.startswith(in_name.group(1)):
            return found
        return in_name.group(1)
    return found


def _date_in_clause(sentence: str, start: int, end: int, date: str | None) -> str | None:
    year = doc_year(date)
    month = doc_month(date)
    lo, hi = clause_bounds(sentence, start, end)
    clause = sentence[lo:hi]
    best = None
    taken: list[tuple[int, int]] = []
    for pattern, kind in _DATE_PATTERNS:
        for m in pattern.finditer(sentence, lo, hi):
            if m.start() < end and m.end() > start:
                continue
            if any(m.start() < e and m.end() > s for s, e in taken):
                continue  # part of a more precise date already seen
            taken.append((m.start(), m.end()))
            value = resolve_date(m, kind, year, month)
            if value is None:
                continue
            distance = start - m.end() if m.end() <= start else m.start() - end
            if best is None or distance < best[0]:
                best = (distance, value)
    for rel in relative_dates(clause, date):
        s, e = rel.start + lo, rel.end + lo
        if (s < end and e > start) or any(s < te and e > ts for ts, te in taken):
            continue
        distance = start - e if e <= start else s - end
        if best is None or distance < best[0]:
            best = (distance, rel.date)
    if best:
        return best[1]
    if date and _TODAY.search(clause):
        return date[:10]
    if date and len(date) >= 7 and _UNDER_WAY.search(clause):
        return date[:7]  # an event opening or under way as the document is written
    return None


_TODAY = re.compile(r"\b(?:today|tonight|this morning|this evening)\b", re.IGNORECASE)
_UNDER_WAY = re.compile(
    r"\b(?:has opened|have opened|opened|is opening|opens|is being held|are being held|"
    r"is taking place|are taking place|is under way|has begun|has started|kicked off|"
    r"at the opening|opening ceremony)\b",
    re.IGNORECASE,
)


class EventExtractor(RuleComponent):
    rule_files = ("events", "temporal")

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.settings = {}

    @staticmethod
    def is_own_event(
        words: frozenset, title_words: frozenset, title: str, doc_year_: int | None = None
    ) -> bool:
        """The document's own meeting as named in its title ("EurAsEC summit") is not a fact;
        an event a title only refers to ("Greetings to the World Congress of ...") is."""
        if not title_words or _dice(words, title_words) < 0.5:
            return False
        years = {w for w in words if re.fullmatch(r"(?:19|20)\d{2}", w)}
        if years and doc_year_ is not None and str(doc_year_) not in years:
            return False  # an event of another year is not the document's own meeting
        cues = _own_event_cues()
        return not any(w in cues for w in re.findall(r"[a-z]+", title.lower()))

    def __call__(self, doc: Doc) -> Doc:
        title = doc._.doc_title or ""
        title_words = content_words(title)
        year = doc_year(doc._.doc_date)
        # group the mentions of each distinct event; the first mention is the fact
        groups: list[tuple[frozenset, list[dict]]] = []
        for event in find_events(doc_text(doc)):
            words = content_words(event["name"])
            if not words:
                continue
            core = _core_words(words)
            for old, mentions in groups:
                if core <= old or old <= core:
                    # "the Forum" again, or "World Congress" after "19th World Congress"
                    if content_words(mentions[0]["name"]) == words:
                        mentions.append(event)  # the same name: its date may be said here
                    break
            else:
                groups.append((core, [event]))
        for _, mentions in groups:
            event = mentions[0]
            if self.is_own_event(content_words(event["name"]), title_words, title, year):
                continue
            if any(_in_own_heading(doc_text(doc), m["start"]) for m in mentions):
                continue
            span = doc.char_span(event["start"], event["end"], alignment_mode="expand")
            if span is None:
                continue
            date = None
            for mention in mentions:
                date = self._date_of(doc, mention)
                if date is not None:
                    break
            fields = {
                "type": "event",
                "name": event["name"],
                "kind": event["kind"],
                "date": date,
                "value": None,
                "unit": None,
                "qualifier": None,
            }
            add_fact(doc, event["start"], event["end"], fields)
        return doc

    @staticmethod
    def _date_of(doc: Doc, mention: dict) -> str | None:
        if not doc.has_annotation("SENT_START"):
            return event_date(
                mention["name"], doc_text(doc), mention["start"], mention["end"], doc._.doc_date
            )
        span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
        if span is None:
            return None
        sent = span.sent
        off = sent.start_char
        return event_date(
            mention["name"],
            sent.text,
            mention["start"] - off,
            mention["end"] - off,
            doc._.doc_date,
        )


def _in_own_heading(text: str, index: int) -> bool:
    """Whether `index` lies in a heading that names the document's own event: a short paragraph
    without a final full stop starting with a cue such as "Speech at"."""
    lo = text.rfind("\n", 0, index) + 1
    hi = text.find("\n", index)
    paragraph = text[lo : hi if hi >= 0 else len(text)].strip()
    if not paragraph or paragraph.endswith((".", "!", "?", ":")) or len(paragraph.split()) > 25:
        return False
    lowered = normalise_phrase(paragraph)
    return any(lowered.startswith(cue + " ") for cue in _own_heading_cues())


@rule_cache
def _own_heading_cues() -> tuple[str, ...]:
    rules = load_rules("events", required=("heads",))
    return tuple(normalise_phrase(c) for c in rules.get("own_event_heading_cues", []))


def _core_words(words: frozenset) -> frozenset:
    """Content words without ordinals, numbers and roman numerals, for telling mentions apart."""
    core = frozenset(w for w in words if not re.fullmatch(r"\d+(?:st|nd|rd|th)?|[ivxlc]+", w))
    return core or words


@rule_cache
def _own_event_cues() -> frozenset[str]:
    rules = load_rules("events", required=("heads",))
    return frozenset(w.lower() for w in rules.get("own_event_title_cues_against", []))


def _dice(a: frozenset, b: frozenset) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0


@Language.factory("speechfacts_event")
def make_event_extractor(nlp: Language, name: str) -> EventExtractor:
    return EventExtractor(nlp, name)
