"""The scope of a figure: the country (ISO 3166-1 alpha-2 code) or region its subject is about.

Country names, official names, other spellings and demonyms come from two kept libraries, read once
per process: pycountry (the ISO 3166 list: "Russian Federation", "Korea, Republic of") and
countryinfo (its other spellings and demonyms: "Russian", "Chinese", "UAE"; and capitals, to read a
document's place). models/rules/scopes.json adds only what they spell otherwise than the speeches
("Kazakh" for their "Kazakhstani"), the regions and groupings ("EU", "EAEU", "world"), and the cues
that send a figure to the document's counterpart.

A scope is read, in this order:

- from the subject and a phrase right after it ("trade with China", "Russian-Chinese trade",
  "$5 billion in trade with India"): a foreign country named there; the home country
  (scopes.json's `home_country`, Russia for the shared archive) when it is the only one;
  else a region of the home country (its ISO 3166-2 code, "RU-IRK", or a federal district
  of scopes.json: issue 16ac); else a region;
- for "bilateral trade", "mutual investment", "trade between our countries", "our trade", and
  "trade" with no place named (scopes.json's `counterpart_keys`): the
  document's counterpart, the one foreign country (or grouping) named in its title, else in its
  participants' titles, else its place ("Beijing" -> CN).

- for a figure still without one (issue 16af): the page's region (the one home-country region
  its title, else its participants, name) where "the region", "the republic" or "our region"
  stands where a region's name would be read; else the region of a region's head who gives the
  figure (his label, or for narration the title of a meeting with him: "Governor of the Tomsk
  Region") when its sentence names no other place and no national word.

Two different foreign countries, or none at all, give no scope (null).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp.base import RULES_CONFIG, RuleComponent
from pipeline.nlp.extensions import doc_text
from pipeline.nlp.places import Gazetteer, Place, find_places, gazetteer, words
from pipeline.nlp.rules import (
    NEVER_MATCHES,
    Rules,
    compiled_from_rules,
    phrase_alternation,
    whole_words_pattern,
)


def counterpart(
    ruleset: Rules, title: str | None, place: str | None, labels: list[str]
) -> str | None:
    """The document's counterpart: the one foreign country named in its title, else in its
    participants' titles ("Prime Minister of the Republic of Chile Ana Rojas"), else its
    place (a country or a capital); a grouping ("EAEU") when the title names one and no country.
    None when there is none, or more than one."""
    gaz = gazetteer(ruleset)

    def foreign(places: list[Place], kind: str) -> set[str]:
        return {p.code for p in places if p.kind == kind and p.code != gaz.home}

    in_title = find_places(ruleset, title or "")
    for candidates in (
        foreign(in_title, "country"),
        foreign([p for label in labels for p in find_places(ruleset, label)], "country"),
    ):
        if candidates:
            return next(iter(candidates)) if len(candidates) == 1 else None
    if place:
        at = foreign(find_places(ruleset, place), "country")
        at |= {
            gaz.capitals[part.strip()]
            for part in place.split(",")
            if gaz.capitals.get(part.strip(), gaz.home) != gaz.home
        }
        if at:
            return next(iter(at)) if len(at) == 1 else None
    regions = foreign(in_title, "region") - {"world"}
    return next(iter(regions)) if len(regions) == 1 else None


def _has_cue(lower_words: list[str], cues: tuple) -> bool:
    for cue in cues:
        n = len(cue)
        if any(tuple(lower_words[k : k + n]) == cue for k in range(len(lower_words) - n + 1)):
            return True
    return False


def _after_subject(sentence: str, end: int, gaz: Gazetteer) -> str:
    """The phrase right after the subject when it starts with a preposition of
    `prepositions_after` ("with China" in "trade with China grew"), up to the next figure-free
    stop: at most five words."""
    rest = sentence[end:]
    m = re.match(r"\s+(\w+)\s+((?:[^\W\d_][\w’'.-]*\s*){1,5})", rest)
    if not m or m.group(1).lower() not in gaz.prepositions_after:
        return ""
    return m.group(0)


def _other_partner(ruleset: Rules, context: str, counterpart: str) -> bool:
    """Whether `context` (the sentence before and the words before the subject) names a partner
    other than the document's counterpart and the home country as the object of a preposition
    of `other_partner_prepositions`: the name right after it, or after the words of
    `partner_determiners` ("Trade has grown far faster with Asia. Our exports there reached ...",
    "with the European Union"). A place further on belongs to another phrase ("pleased with
    the results, despite the crisis in Europe")."""
    gaz = gazetteer(ruleset)
    ws = words(context)
    for i, (w, _, _) in enumerate(ws):
        if w.lower() not in gaz.partner_prepositions:
            continue
        j = i + 1
        while j < len(ws) and ws[j][0].lower() in gaz.partner_determiners:
            j += 1
        if j >= len(ws) or context[ws[j - 1][2] : ws[j][1]].strip():
            continue  # punctuation between: no name right after the preposition
        start = ws[j][1]
        places = find_places(ruleset, context[start : ws[min(j + 6, len(ws) - 1)][2]], start)
        if places and places[0].start == start:
            if places[0].code not in (counterpart, gaz.home, "world"):
                return True
    return False


def _other_region(
    ruleset: Rules, sentence: str, subject_start: int, subject_end: int, counterpart: str
) -> bool:
    """Whether the sentence, outside the subject, names a region or grouping (`regions` of
    scopes.json, not "world") other than the document's counterpart (`other_region_in_sentence`):
    "Despite the decline in trade (trade dropped from $450 billion to $300 billion), the EU is
    still a major partner" in talks with one of its members is the trade with the grouping, so
    the counterpart is not the figure's scope (seed 2038)."""
    gaz = gazetteer(ruleset)
    if not gaz.region_partners:
        return False
    outside = find_places(ruleset, sentence[:subject_start]) + find_places(
        ruleset, sentence[subject_end:]
    )
    return any(p.kind == "region" and p.code not in ("world", counterpart) for p in outside)


def _home_owned_outward(gaz: Gazetteer, subject: str, places: list[Place]) -> bool:
    """The subject is a measure of `outward_heads` that the home country owns, named before
    it with no preposition ("Russian investment", "Russia's direct investment", "Russian
    capital"): money the home country has put somewhere else, so the figure is about the
    place it went to, not the home country. Not "investment in Russia", "investments in
    Russian companies" (a preposition before the name): money that came in."""
    ws = [w.lower() for w, _, _ in words(subject)]
    if not ws or ws[-1] not in gaz.outward_heads:
        return False
    home = [p for p in places if p.kind == "country" and p.code == gaz.home]
    if not home:
        return False
    before = [w.lower() for w, _, _ in words(subject[: home[0].start])]
    return not any(w in gaz.prepositions_after for w in before)


def scope_of(
    ruleset: Rules,
    sentence: str,
    subject_start: int,
    subject_end: int,
    subject_key: str | None,
    document_counterpart: str | None,
    before: str = "",
) -> str | None:
    """The scope of a figure whose subject is `sentence[subject_start:subject_end]`; `before`
    is the sentence before it, read only when the scope would be the document's counterpart."""
    gaz = gazetteer(ruleset)
    subject = sentence[subject_start:subject_end]
    places = find_places(ruleset, subject) + find_places(
        ruleset, _after_subject(sentence, subject_end, gaz)
    )
    lower_words = [w.lower() for w, _, _ in words(subject)]
    preceding = words(sentence[:subject_start])
    ours = bool(preceding) and preceding[-1][0].lower() == "our"
    countries = {p.code for p in places if p.kind == "country"}
    foreign = countries - {gaz.home}
    if len(foreign) == 1:
        return next(iter(foreign))
    if foreign:
        return None
    subdivisions = {p.code for p in places if p.kind == "subdivision"}
    if subdivisions:
        # "the Irkutsk Region's revenue", "unemployment in the Republic of Tatarstan": the home
        # country's region (issue 16ac), before the home country ("Russia's Tatarstan") and a
        # counterpart; two regions, no one scope
        return next(iter(subdivisions)) if len(subdivisions) == 1 else None
    relational = (
        _has_cue(lower_words, gaz.cues)
        or (ours and subject_key in gaz.our_relational)
        or (not places and subject_key in gaz.counterpart_keys)
    )
    named_regions = {p.code for p in places if p.kind == "region"} - {"world"}
    if relational and document_counterpart is not None and len(named_regions) != 1:
        # (one region named by the subject or right after it wins over the counterpart: "our
        # total turnover with Europe" on a page about one country, issue 16ad)
        if not places and _other_partner(
            ruleset, before + " " + sentence[:subject_start], document_counterpart
        ):
            return None  # "Trade has grown with Europe. Our trade topped ...": which partner?
        if not places and _other_region(
            ruleset, sentence, subject_start, subject_end, document_counterpart
        ):
            return None  # "trade dropped to $300 billion ..., and the EU is still a partner"
        return document_counterpart
    if countries and _home_owned_outward(gaz, subject, find_places(ruleset, subject)):
        # "Belarus has accumulated $4 billion of Russian direct investment": about where the
        # money went, the document's counterpart when it has one
        return document_counterpart
    if countries:
        return gaz.home
    regions = {p.code for p in places if p.kind == "region"}
    if len(regions - {"world"}) == 1:
        return next(iter(regions - {"world"}))
    if regions == {"world"}:
        return "world"
    return None


def _first_person_owner(before: str) -> bool:
    """Whether the words right before a subject are "our" or "my" ("our economy grew"): the
    speaker's own country's figure (issue 16v)."""
    found = words(before)
    return bool(found) and found[-1][0].lower() in ("our", "my")


def unscoped_single_key(ruleset: Rules, subject_key: str | None) -> bool:
    """Whether a subject key of one word is refused when the figure has no scope
    (`unscoped_single_keys_refused`): one word names a measure by itself only when it is a
    country's own measure that a speech need not say whose it is (`unscoped_single_keys_kept`:
    "inflation", "gdp", "unemployment"); any other ("trade", "investment", "export", "demand",
    "reserve") is some party's, which the paragraph names (issue 16v)."""
    gaz = gazetteer(ruleset)
    if not subject_key or not gaz.single_keys_refused:
        return False
    rest = [w for w in subject_key.split() if w not in gaz.single_key_modifiers]
    return len(rest) == 1 and rest[0] not in gaz.single_keys_kept


def owned_single_key(ruleset: Rules, subject_key: str | None) -> bool:
    """Whether a subject key of one word (after `unscoped_single_key_modifiers`) is one of
    `scoped_single_keys_refused` ("contribution", "arrears", "reserve"): one party's amount
    whose purpose or kind the key drops even when a scope says whose it is ("Russia's
    contribution" to which fund? "Belarusian arrears" on what? "Russia's reserves": which?).
    Refused with or without a scope (issue 16ag)."""
    gaz = gazetteer(ruleset)
    if not subject_key or not gaz.owned_single_keys:
        return False
    rest = [w for w in subject_key.split() if w not in gaz.single_key_modifiers]
    return len(rest) == 1 and rest[0] in gaz.owned_single_keys


def place_words(ruleset: Rules, text: str) -> list[tuple[int, int]]:
    """Character ranges of the place names in `text` (for dropping them from a subject key)."""
    return [(p.start, p.end) for p in find_places(ruleset, text)]


class _FigureBefore(NamedTuple):
    """The last figure with a subject: where its sentence starts, where it ends, its scope."""

    sentence_start: int
    end: int
    scope: str | None


def _gapped_after(gaz: Gazetteer, between: str, gap: str) -> bool:
    """Whether a subject stands in a conjunct whose verb is left out: only words of
    `gapped_joiners` ("and", ",") in `between` (from the figure before to the subject) and one
    word of `gapped_links` ("by") in `gap` (from the subject to its figure): "Peru's exports
    grew by 3 percent and industrial output by 4 percent" (issue 16ab)."""
    if not gaz.gapped_joiners or not gaz.gapped_links:
        return False
    joined = between.replace(",", " , ").split()
    linked = gap.split()
    return (
        bool(joined)
        and all(w.lower() in gaz.gapped_joiners for w in joined)
        and len(linked) == 1
        and linked[0].lower() in gaz.gapped_links
    )


# how far after `at` a region's name is looked for: longer than any name of scopes.json
_REGION_NAME_WINDOW = 120
# a word right after a figure ("in"), then maybe "the": where a region's name would start
_WORD_AFTER_FIGURE = re.compile(r"\s+(\w+)\s+(?:the\s+)?")
# a sentence's first word ("In"), after at most two words and a comma ("For example,"), then
# maybe "the"
_FRONTED_WORD = re.compile(r"\W*(?:\w+(?:\s+\w+)?,\s+)?(\w+)\s+(?:the\s+)?")


def _region_at(ruleset: Rules, text: str, at: int) -> Place | None:
    """The home country's region (or federal district) whose name starts at `text[at:]`."""
    found = find_places(ruleset, text[at : at + _REGION_NAME_WINDOW], at)
    if found and found[0].start == at and found[0].kind == "subdivision":
        return found[0]
    return None


class _RegionSlot(NamedTuple):
    """Where a region's name (or "the region") would give a figure its scope."""

    text: str  # the sentence, or its opening phrase before the subject and the figure
    word_end: int  # right after the preposition ("in"): where "the region" would start
    name_start: int  # after the preposition and maybe "the": where a region's name would start
    comma: bool  # an opening phrase must end with a comma after the name


def _region_slots(
    gaz: Gazetteer, sentence: str, subject_start: int, figure_start: int, figure_end: int
) -> Iterator[_RegionSlot]:
    """The places where a region's name would give a figure its scope, in this order: after a
    word of `region_after_figure_prepositions` right after the figure ("grew by 12 percent in
    the Tomsk Region"), and in a phrase that opens the sentence with a word of
    `fronted_region_prepositions`, after at most two words such as "For example,", and ends with
    a comma before the subject ("In the Tomsk Region, output grew by 3 percent")."""
    if gaz.after_figure:
        m = _WORD_AFTER_FIGURE.match(sentence, figure_end)
        if m and m.group(1).lower() in gaz.after_figure:
            yield _RegionSlot(sentence, m.end(1), m.end(), comma=False)
    if gaz.fronted:
        head = sentence[: min(subject_start, figure_start)]
        m = _FRONTED_WORD.match(head)
        if m and m.group(1).lower() in gaz.fronted:
            yield _RegionSlot(head, m.end(1), m.end(), comma=True)


def region_around(
    ruleset: Rules, sentence: str, subject_start: int, figure_start: int, figure_end: int
) -> str | None:
    """The home country's region that a figure without a place in its subject belongs to
    (issue 16ac): one named in a slot of `_region_slots`, right after the figure ("retail trade
    grew by 12 percent in the Tomsk Region") or in an opening phrase ("In the Tomsk Region,
    output grew by 3 percent")."""
    gaz = gazetteer(ruleset)
    for slot in _region_slots(gaz, sentence, subject_start, figure_start, figure_end):
        found = _region_at(ruleset, slot.text, slot.name_start)
        if found is None:
            continue
        if not slot.comma or slot.text[found.end :].lstrip().startswith(","):
            return found.code
    return None


class _PageRegionRules(NamedTuple):
    """scopes.json's rules for a region the page names (issue 16af)."""

    anaphor: re.Pattern  # "the region", "our republic" (+ "'s"), not before "of"
    head_cues: re.Pattern  # "Governor", "Head", "Mayor" as whole words
    national: re.Pattern  # "country", "federal", "Russia", ...
    owners: frozenset  # "its", "their": another owner right before the subject


@compiled_from_rules
def page_region_rules(ruleset: Rules) -> _PageRegionRules:
    data = ruleset.get("scopes", required=("home_country",))
    anaphors = data.get("region_anaphors") or []
    anaphor = (
        re.compile(
            rf"\b{phrase_alternation(anaphors)}(?:['’]s)?\b(?!['’])(?!\s+of\b)", re.IGNORECASE
        )
        if anaphors
        else NEVER_MATCHES
    )
    cues = data.get("region_head_cues") or []
    return _PageRegionRules(
        anaphor=anaphor,
        head_cues=re.compile(rf"\b{phrase_alternation(cues)}\b") if cues else NEVER_MATCHES,
        national=whole_words_pattern(data.get("region_national_words") or []),
        owners=frozenset(w.lower() for w in data.get("region_owner_words") or []),
    )


def _regions_named(ruleset: Rules, text: str) -> tuple[set[str], bool]:
    """The codes of the home-country regions `text` names, and whether it names a foreign
    country."""
    gaz = gazetteer(ruleset)
    places = find_places(ruleset, text)
    foreign = any(p.kind == "country" and p.code != gaz.home for p in places)
    return {p.code for p in places if p.kind == "subdivision"}, foreign


def _only(codes: set[str]) -> str | None:
    return next(iter(codes)) if len(codes) == 1 else None


def _one_region(ruleset: Rules, text: str) -> str | None:
    """The one home-country region `text` names, none when it names two or a foreign country."""
    codes, foreign = _regions_named(ruleset, text)
    return None if foreign else _only(codes)


def head_region(ruleset: Rules, label: str) -> str | None:
    """The one home-country region a speaker's label (or a page's title) names with a word of
    `region_head_cues`: "Governor of the Tomsk Region" -> its code (issue 16af)."""
    if not label or not page_region_rules(ruleset).head_cues.search(label):
        return None
    return _one_region(ruleset, label)


def page_region(ruleset: Rules, title: str | None, labels: list[str]) -> str | None:
    """The page's one home-country region: the one its title names, else the one its
    participants' labels name (issue 16af); None when the title names a foreign country."""
    codes, foreign = _regions_named(ruleset, title or "")
    if foreign:
        return None
    if not codes:  # the labels' regions together; a foreign country there vetoes nothing
        codes = {code for label in labels for code in _regions_named(ruleset, label)[0]}
    return _only(codes)


def anaphor_region(
    ruleset: Rules,
    sentence: str,
    subject_start: int,
    subject_end: int,
    figure_start: int,
    figure_end: int,
) -> bool:
    """Whether a word of `region_anaphors` ("the region", "our republic") stands where a
    region's name would give the figure its scope (issue 16af): in the subject, right before
    it as its owner ("the region's"), in the phrase right after it, after "in" right after the
    figure, or in an opening "In the region," before the subject."""
    gaz = gazetteer(ruleset)
    anaphor = page_region_rules(ruleset).anaphor
    if anaphor.search(sentence[subject_start:subject_end]):
        return True
    owner = re.search(rf"{anaphor.pattern}\s*$", sentence[:subject_start], re.IGNORECASE)
    if owner and owner.group().rstrip().endswith(("'s", "’s")):
        return True
    after = _after_subject(sentence, subject_end, gaz)
    if after and anaphor.search(after):
        return True
    for slot in _region_slots(gaz, sentence, subject_start, figure_start, figure_end):
        rest = slot.text[slot.word_end :].lstrip()
        found = anaphor.match(rest)
        if found and (not slot.comma or rest[found.end() :].lstrip().startswith(",")):
            return True
    return False


def head_region_scope(
    ruleset: Rules,
    sentence: str,
    subject_start: int,
    subject_end: int,
    subject_key: str | None,
    region: str,
) -> bool:
    """Whether a figure the head of `region` gives (`head_region`) is the region's (issue 16af):
    its sentence names no place but that region and no word of `region_national_words`, its
    subject has no capitalised word after its first but an acronym (a name the gazetteer does
    not know: "output in Siberia", "sales of Northwind"; "regional GDP" is kept), no word of
    `region_owner_words` stands right before its subject ("its production": a company's), and
    its key is not one that `unscoped_single_keys_refused` refuses."""
    rules = page_region_rules(ruleset)
    if any(p.code != region for p in find_places(ruleset, sentence)):
        return False
    named = words(sentence[subject_start:subject_end])[1:]
    if any(w[:1].isupper() and not w.isupper() for w, _, _ in named):  # not "GDP"
        return False
    if rules.national.search(sentence):
        return False
    before = words(sentence[:subject_start])
    if before and before[-1][0].lower() in rules.owners:
        return False
    return not unscoped_single_key(ruleset, subject_key)


def currency_places_blanked(ruleset: Rules, text: str, facts) -> str:
    """`text` with each place named inside a money figure's own words blanked out (spaces, the
    same length): the country of its currency ("700 US dollars", "5 billion Russian rubles",
    "Hong Kong dollars"), which says nothing of where a figure is about, so that a sentence
    giving an amount in two currencies names no other place for it."""
    blanks = [
        (place.start, place.end)
        for span in facts
        if span.label_ == "money"
        for place in find_places(ruleset, text[span.start_char : span.end_char], span.start_char)
    ]
    if not blanks:
        return text
    pieces, last = [], 0
    for start, end in sorted(blanks):
        start = max(start, last)  # (figures do not overlap; if two did, blank each char once)
        pieces += [text[last:start], " " * max(end - start, 0)]
        last = max(last, end)
    return "".join(pieces) + text[last:]


class ScopeAnnotator(RuleComponent):
    """Sets `scope` on every fact that has a subject (the subject component keeps the subject's
    offsets in the fact's private `_subject_span`)."""

    rule_files = ("scopes",)

    def _drop_unowned(self, fact: dict, abroad: str | None, before: str) -> None:
        """Drops the subject (and its key, maybe its scope) of a figure whose subject does not
        say whose it is (issues 16v, 16aa, 16ag); `abroad` is a foreign speaker's country,
        `before` the sentence's words before the subject."""
        gaz = gazetteer(self.rules)
        if (
            abroad
            and gaz.foreign_owners_refused
            and fact["scope"] not in (None, abroad)
            and _first_person_owner(before)
        ):
            # "our direct investment in Norland", said by a foreign leader: his country's
            # money, which the scope (Norland) and the key give to the place it went to
            # (issue 16aa)
            fact["subject"] = fact["subject_key"] = fact["scope"] = None
        elif owned_single_key(self.rules, fact.get("subject_key")):
            # "Russia's contribution will be $20 million": to what? (issue 16ag)
            fact["subject"] = fact["subject_key"] = fact["scope"] = None
        elif fact["scope"] is None and (
            unscoped_single_key(self.rules, fact.get("subject_key"))
            or (abroad and gaz.foreign_speakers_refused and not _first_person_owner(before))
        ):
            # "trade grew by 9 percent", "investment reached $3 billion" with no place in the
            # sentence or the document: whose? And "economic activity grew by 9 percent",
            # said by a foreign head of state or government: his country's figure, which
            # neither the key nor a scope says ("our economy grew" says whose: the series
            # give it the speaker's country). No subject (issue 16v)
            fact["subject"] = fact["subject_key"] = None

    def _region_scope(
        self,
        sentence: str,
        subject: tuple[int, int],
        figure: tuple[int, int],
        subject_key: str | None,
        page: str | None,
        head: str | None,
    ) -> str | None:
        """The home-country region of a figure whose subject names no place: one the sentence
        names around the figure ("output grew by 3 percent in the Tomsk Region", "In
        Tatarstan, output grew by 3 percent": issue 16ac), else the `page`'s region where a word
        of `region_anaphors` stands ("the region's output"), else the region whose `head` gives
        the figure (a governor's "output grew by 3 percent": issue 16af)."""
        found = region_around(self.rules, sentence, subject[0], *figure)
        if found is not None:
            return found
        if page is not None and anaphor_region(self.rules, sentence, *subject, *figure):
            return page
        if head is not None and head_region_scope(
            self.rules, sentence, *subject, subject_key, head
        ):
            return head
        return None

    def annotate(self, doc: Doc) -> Doc:
        if self.names.spans_key not in doc.spans:
            return doc
        other = None
        known = False
        region = None
        text = ""  # the Doc's text, currencies' places blanked: made with the page's context
        last: _FigureBefore | None = None
        for span in self.names.facts(doc):
            fact = self.names.fields_of(span)
            where = fact.pop("_subject_span", None)
            abroad = fact.pop("_speaker_country", None)
            head = fact.pop("_head_region", None)
            if where is None or not fact.get("subject"):
                continue
            if not known:
                # (once a page, and only on a page with a subject: most pages have none)
                text = currency_places_blanked(self.rules, doc_text(doc), self.names.facts(doc))
                other = counterpart(
                    self.rules,
                    self.names.context(doc, "doc_title"),
                    self.names.context(doc, "doc_place"),
                    self.names.context(doc, "doc_labels") or [],
                )
                region = page_region(
                    self.rules,
                    self.names.context(doc, "doc_title"),
                    self.names.context(doc, "doc_labels") or [],
                )
                known = True
            sent = span.sent
            if not sent.start_char <= where[0] < sent.end_char:
                # a subject read from the sentence before ("It reached $5 billion"): its scope
                # is read there
                sent = doc.char_span(where[0], where[1], alignment_mode="expand").sent
            start = sent.start_char
            previous = doc[sent.start - 1].sent if sent.start > 0 else None
            fact["scope"] = scope_of(
                self.rules,
                text[start : sent.end_char],
                where[0] - start,
                where[1] - start,
                fact.get("subject_key"),
                other,
                before=text[previous.start_char : previous.end_char] if previous else "",
            )
            gaz = gazetteer(self.rules)
            if fact["scope"] is None and not find_places(self.rules, text[where[0] : where[1]]):
                fact["scope"] = self._region_scope(
                    text[start : sent.end_char],
                    (where[0] - start, where[1] - start),
                    (span.start_char - start, span.end_char - start),
                    fact.get("subject_key"),
                    region,
                    head,
                )
            if (
                fact["scope"] is None
                and last is not None
                and last.sentence_start == start
                and last.scope is not None
                and last.end <= where[0]
                and where[1] <= span.start_char
                and _gapped_after(gaz, text[last.end : where[0]], text[where[1] : span.start_char])
            ):
                fact["scope"] = last.scope  # "... by 3 percent and industrial output by 4 percent"
            last = _FigureBefore(start, span.end_char, fact["scope"])
            if span.label_ in gaz.unscoped_refusal_types:  # a quantity's "grain" is kept
                self._drop_unowned(fact, abroad, text[start : where[0]])
            self.names.set_fields(span, fact)
        return doc


@Language.factory(
    "speechfacts_scope",
    default_config=RULES_CONFIG,
    assigns=["span._.fact"],
    requires=["doc.spans", "token.is_sent_start"],
)
def make_scope_annotator(
    nlp: Language, name: str, rules_dir: str | None, extension_names: dict[str, str]
) -> ScopeAnnotator:
    return ScopeAnnotator(nlp, name, rules_dir, extension_names)
