"""The event component: named events (summits, forums, wars, anniversaries, ...), kind and date.

Names come from the grammar of `event_names` (head nouns, not a list of known events) and dates
from `event_dates`. An event is recorded once per document, at its first mention: later mentions
of the same event ("the Forum" after "the Eastern Economic Forum") are grouped with it, and may
give its date. The document's own meeting, as named in its title or in a heading such as "Speech
at the ... summit", is left out.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache, partial
from heapq import merge

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from pipeline.nlp.base import FACT_ASSIGNS, RULES_CONFIG, RuleComponent, add_fact
from pipeline.nlp.event_dates import (
    after_election_year,
    announcement_date,
    clause_bounds,
    date_in_name,
    dates_in_clause,
    doc_day_in_range,
    event_date,
    fixed_day_anniversary,
    forget_page_clauses,
    future_frame_before,
    greeted_with_list,
    listed_after,
    may_date_named_day,
    message_read_on_its_day,
    named_by_page_place,
    named_day_doc_day,
    named_day_to_come,
    page_place_day,
    recent_past_year,
    soon_after,
    thanked_for_year,
    title_announcement_date,
    under_way_on_doc_day,
    upcoming_before,
    upcoming_clause_before,
    upcoming_lead_before,
    upcoming_trailer_after,
    without_life_spans,
)
from pipeline.nlp.event_defaults import (
    fits_class,
    greeting_participants_class,
    previous_sentence_year,
    undated_class,
    undated_classes,
    undated_default,
    weekday_day,
)
from pipeline.nlp.event_described_anniversaries import described_anniversary_pairs
from pipeline.nlp.event_doc_event import (
    BY_COUNCIL,
    BY_HEADING,
    BY_MEMBERS,
    BY_TITLE,
    TITLE_ONLY,
    DocEvents,
    title_event,
)
from pipeline.nlp.event_editions import editions, other_edition
from pipeline.nlp.event_games_cores import games_core
from pipeline.nlp.event_gazetteer import hosted_edition_year
from pipeline.nlp.event_greeted_titles import greeted_title_event
from pipeline.nlp.event_keys import event_key, forget_keys, key_rules
from pipeline.nlp.event_name_words import SENTENCE_BREAK
from pipeline.nlp.event_names import (
    anniversary_cue_words,
    anniversary_number,
    council_meeting_is_own,
    counts_as_ordinal,
    find_events,
    grammar,
    head_matches,
    initials_meeting_named_by,
    named_contests,
    popular_vote_core,
    possessive_back_reference,
)
from pipeline.nlp.event_page_dates import (
    attended_event_marks,
    congratulated_on,
    dates_from_place_head,
    dates_from_same_head,
    demonstrative_doc_day,
    done_on_doc_day,
    founding_day,
    greeted_event_marks,
    marked_in_next_sentence,
    singular,
    years_ago_today,
)
from pipeline.nlp.event_place_aliases import place_head_aliases
from pipeline.nlp.event_second_names import election_type_names
from pipeline.nlp.event_themed_years import themed_year_date, themed_years_dated
from pipeline.nlp.event_time_words import without_untimed_words
from pipeline.nlp.event_title_dates import (
    anniversary_celebration_title,
    anniversary_greeting_title,
    date_from_title,
)
from pipeline.nlp.event_undated_anniversaries import (
    listed_reading,
    object_words,
    written_base_year_date,
)
from pipeline.nlp.event_war_dates import clause_date_after_war
from pipeline.nlp.event_written_kinds import written_kind
from pipeline.nlp.extensions import doc_text, kept_spans, span_text
from pipeline.nlp.rules import (
    NEVER_MATCHES,
    Rules,
    compiled_from_rules,
    normalise_phrase,
    phrase_alternation,
)
from pipeline.nlp.temporal import MONTH_PATTERN, doc_year

__all__ = [
    "EventExtractor",
    "content_words",
    "event_date",
    "find_events",
    "grammar",
    "head_matches",
    "make_event_extractor",
]

# a hyphen, dash or slash with a word character before or after it; written to start with the
# character itself, so that the regex engine skips to the next one in its fast loop (a first
# branch starting with a look-behind was tried at every character of the page)
_JOINT = re.compile(r"[-‑/–—](?:(?<=\w.)|(?=\w))")
_JOINT_CHARACTERS = "-‑/–—"  # the characters `_JOINT` begins with


def _joints(text: str, kept: tuple[tuple[int, int], ...] | None) -> list[int]:
    """Where `_JOINT` matches `text` (in the paragraphs of `kept`, when given, as
    `kept_matches` reads them), in order: each of its characters found with `str.find`, kept
    where a word character (`str.isalnum` or "_") stands before or after it (issue 19: the
    regex engine's scan for a class of characters is far slower)."""
    found = []
    last = len(text) - 1
    # only the spans are searched (a joint is one character, inside a span or not): the
    # masked paragraphs, most of a long page, are not read
    for start, end in ((0, len(text)),) if kept is None else kept:
        for character in _JOINT_CHARACTERS:
            i = text.find(character, start, end)
            while i >= 0:
                if (i and _is_word_character(text[i - 1])) or (
                    i < last and _is_word_character(text[i + 1])
                ):
                    found.append(i)
                i = text.find(character, i + 1, end)
    return sorted(set(found))


def _is_word_character(character: str) -> bool:
    return character.isalnum() or character == "_"  # what `\w` matches


_WORD_BEFORE = re.compile(r"(?<!\w)\w+$")
_WORD_AT = re.compile(r"\w+")

STOP_CONTENT = {"the", "of", "in", "on", "a", "an", "and", "for", "to", "at", "by", "with", "from"}


# compiled once (a pattern written in a call is looked up in `re`'s cache at each call)
_CONTENT_WORD = re.compile(r"[a-z0-9]+")
_YEAR_WORD = re.compile(r"(?:19|20)\d{2}")  # a year among content words (`_names_another_year`)
_POSSESSIVE_END = re.compile(r"['’]s?$")  # "Council’s", "Councils'" (`_plain_word`)


# a page's names and title, asked for again by each comparison: emptied as a page starts
# (`forget_page_words`)
@lru_cache(maxsize=2048)
def content_words(text: str) -> frozenset[str]:
    """The words of a name that tell it apart, as the scorer compares names (case, punctuation
    and stop words ignored)."""
    words = _CONTENT_WORD.findall(text.lower().replace("’s", "").replace("'s", ""))
    return frozenset(w for w in words if w not in STOP_CONTENT)


def forget_page_words() -> None:
    """Empty `content_words`'s cache as a new page starts. Most of its hits are within a page
    (whole archive, 1 worker: 10,430 hits kept across pages, 6,489 with the cache emptied per
    page, 3,941 more misses costing some 0.03 s), while kept across pages its 2,048 entries held
    some 2 MB at the run's end, more as the pages' names grew longer (issue 19, round mem73).
    Its bound stays for callers outside a pipeline run."""
    content_words.cache_clear()


_MONTH_NAMES = tuple(MONTH_PATTERN.strip("()").split("|"))  # "January" ... "December"


def _other_day_of_month(text: str, doc_date: str) -> bool:
    """Whether `text` writes a day of the document's month other than the document's own
    ("May 2", "2 May" on a page of May 20): issue 12 round ch's guard for the page's day."""
    month = _MONTH_NAMES[int(doc_date[5:7]) - 1]
    for m in re.finditer(rf"\b(?:{month}\s+(\d{{1,2}})|(\d{{1,2}})\s+{month})\b", text):
        if int(m.group(1) or m.group(2)) != int(doc_date[8:10]):
            return True
    return False


class EventExtractor(RuleComponent):
    # scopes: the place gazetteer, which tells a list of places inside a name (event_names)
    # event_keys: an event's key across documents (round ident54)
    rule_files = ("events", "temporal", "event_gazetteer", "scopes", "event_keys")
    load_checks = (key_rules,)  # event_keys.json checked when the pipeline is built or loaded

    def __init__(
        self,
        nlp: Language,
        name: str,
        rules_dir: str | None = None,
        extension_names: dict[str, str] | None = None,
    ):
        super().__init__(nlp, name, rules_dir, extension_names)
        # on the vocabulary of the Docs it reads (`cues`), which the runner renews every 1,000
        # documents (`pipeline.nlp.lexical.renew_vocabulary`)
        self._matcher: tuple[object, PhraseMatcher] | None = None
        self._leads: tuple[Doc, list[tuple[int, str]]] | None = None
        self._dating: tuple[Doc, str] | None = None
        # (doc, its text with the time words that are no time blanked): `_untimed_text`
        self._untimed: tuple[Doc, str] | None = None
        # (doc, the title's announced date): `_title_announcement`
        self._title_lead: tuple[Doc, str | None] | None = None
        # the document's sentences with the events named in each (round dv's base years)
        self._sentences: tuple[Doc, list] | None = None
        # the context of the Doc being annotated, each field read once (issue 19)
        self._context_of: tuple[Doc | None, dict[str, object]] = (None, {})

    def forget_vocabulary(self) -> None:
        """Let go of the PhraseMatcher made for the vocabulary of the Docs read so far: the
        runner gave the pipeline a new one (`pipeline.nlp.lexical.renew_vocabulary`)."""
        self._matcher = None

    def _context(self, doc: Doc, field: str):
        """`self.names.context(doc, field)`, kept while `annotate` reads `doc`: spaCy builds
        an object for each read of `doc._`, and the component reads the page's date,
        title and turns for each of its events."""
        current, values = self._context_of
        if current is not doc:
            return self.names.context(doc, field)
        if field not in values:
            values[field] = self.names.context(doc, field)
        return values[field]

    def cues(self, doc: Doc) -> tuple[list[int], list[int]]:
        """Where heads' first words and anniversary words stand (character offsets), found by a
        PhraseMatcher over the Doc's tokens: `find_events` tries its patterns only there."""
        g = grammar(self.rules)
        vocab = doc.vocab
        # built per rule set and per vocabulary (a matcher reads the Docs of its own)
        if (
            self._matcher is None
            or self._matcher[0] is not g
            or self._matcher[1].vocab is not vocab
        ):
            matcher = PhraseMatcher(vocab, attr="LOWER")
            matcher.add("HEAD", [Doc(vocab, words=[w]) for w in sorted(g.head_first_words)])
            # the anniversary words, and the verbs of a count of years ("marks 20 years of")
            words = anniversary_cue_words(self.rules)
            matcher.add("ANNIVERSARY", [Doc(vocab, words=[w]) for w in words])
            self._matcher = (g, matcher)
        matcher = self._matcher[1]
        head = vocab.strings["HEAD"]
        heads, anniversaries = set(), set()
        for match_id, start, _ in matcher(doc):
            (heads if match_id == head else anniversaries).add(doc[start].idx)
        # a word joined by a hyphen or a slash stays inside one token ("Summit-2005",
        # "Council/Forum"), where the matcher does not see it; looked for in the paragraphs the
        # prefilter kept (a joint is one character: none runs across a paragraph break)
        text = doc_text(doc)
        kept = kept_spans(doc)
        for at in _joints(text, kept):
            for word in (
                _WORD_BEFORE.search(text, max(0, at - 40), at),
                _WORD_AT.match(text, at + 1),
            ):
                if word:
                    lowered = word.group(0).lower()
                    if lowered in g.head_first_words:
                        heads.add(word.start())
                    elif lowered in g.anniversary_words:
                        anniversaries.add(word.start())
        return sorted(heads), sorted(anniversaries)

    def is_own_event(
        self,
        words: frozenset,
        title_words: frozenset,
        title: str,
        doc_year_: int | None = None,
        kind: str | None = None,
        name: str | None = None,
        dated_elsewhere: Callable[[], bool] | None = None,
    ) -> bool:
        """The document's own meeting as named in its title ("EurAsEC summit") is not a fact;
        an event a title only refers to ("Greetings to the World Congress of ...") is. With
        `kind`, a title that names no head of that kind ("Lake League gala match", for "the
        Lake League's 6th Festival") names another happening (issue 12, round ab). `name` is
        the event's name as written (round cj's other name before the head); `dated_elsewhere`,
        asked only where an attendance title would make the event the page's own, tells
        whether a mention is followed by another year (round cj)."""
        if not title_words:
            return False
        if _dice(words, title_words) < 0.5 and (
            not _attended_in_title(self.rules, words, title)
            # "last met at the Lake Summit in August 2029": another occurrence (round cj)
            or (dated_elsewhere is not None and dated_elsewhere())
        ):
            return False
        if _names_another_year(words, doc_year_):
            return False  # an event of another year is not the document's own meeting
        if name is not None and _title_names_another_of_head(self.rules, title, name):
            # "the 13th Lake-Pine Interregional Forum" on a page titled "Lake-Pine Business
            # Forum": the same head after another name word, another event (round cj)
            return False
        if kind is not None and not _title_names_kind(self.rules, title, kind):
            return False
        if _title_names_a_body(self.rules, title, words):
            # "Visit to the 2031 Lake Cup Fan Centre": the title names a place or a body the
            # event's name begins, not the event (issue 12 round bo)
            return False
        if kind == "anniversary" and _marked_anniversary(self.rules).search(title):
            # "Gala marking the 70th anniversary of ...": the gala is the page's own
            # meeting, the anniversary it marks is an event (issue 12 round aj)
            return False
        return not _own_event_cues(self.rules).search(title)

    def annotate(self, doc: Doc) -> Doc:
        # a new page: the caches of clauses, tenses, keys and content words hold its entries
        # only (their hits are mostly within a page), not the run's, which grew with the
        # documents (rounds mem72, mem73)
        forget_page_clauses()
        forget_keys(self.rules)
        forget_page_words()
        self._context_of = (doc, {})
        title = self._context(doc, "doc_title") or ""
        title_words = content_words(title)
        doc_date = self._context(doc, "doc_date")
        page_day = (doc_date or "")[:10]  # what another occurrence is never dated to (12cs)
        year = doc_year(doc_date)
        # group the mentions of each distinct event; the first mention is the fact
        groups = _Groups()
        found = _Mentions(
            find_events(self.rules, doc_text(doc), self.cues(doc), kept=kept_spans(doc))
        )
        greeted = greeted_title_event(self.rules, title, doc_text(doc), found.ordered)
        if greeted is not None:
            # the event a greeting title names, in a shape the scan cannot read (round do)
            found = _Mentions(sorted([*found.ordered, greeted], key=lambda m: m["start"]))
        if not found.ordered:
            # no mention (three pages in five): no group, so no fact, and no own meeting but the
            # one the title names; the steps below would each read their rule and return
            # nothing for no groups (tests/nlp/test_event_no_mentions.py)
            return self._finish(doc, DocEvents(), title, title_words, year, doc_date)
        aliases = _acronym_aliases(self.rules)
        frequency = grammar(self.rules).ordinal_frequency_words
        counted_before: dict[int, frozenset] = {}  # an anniversary's count -> its first core
        owned_before: dict[int, frozenset] = {}  # the same for "... of our fleet" (round bs)
        subjects = _AnniversarySubjects.of(self.rules)
        counts = editions(self.rules)
        # "the parliamentary elections" after "the Lake Assembly elections": one election,
        # named again by its body's type (issue 12 round bz)
        type_names = election_type_names(self.rules)
        body_cores = (
            type_names.body_cores(
                found.ordered,
                lambda m: _core_words(_numbered(self.rules, m["kind"], content_words(m["name"]))),
            )
            if type_names is not None
            else {}
        )
        for position, event in enumerate(found.ordered):
            if counts is not None:
                # "the 10th Lake Congress" after "the 11th Lake Congress": another edition
                # of the series (issue 12 round bx)
                counts.mark(doc_text(doc), event)
            named = initials_meeting_named_by(self.rules, event, found.ordered[:position])
            if named is not None:
                if _says_another_occurrence(self.rules, doc_text(doc), event):
                    # "the LCO summit ... the next LCO meeting": held, as a name would be (12cs)
                    core = content_words(event["name"])
                    groups.hold(
                        named, event, _core_words(_numbered(self.rules, event["kind"], core))
                    )
                continue  # "the SCO summit ... the SCO meeting": one event (round be)
            if aliases is not None:
                # "the SCO summit" after "the Shanghai Cooperation Organisation summit": one
                # event, told by the words the initials stand for (issue 12 round aj)
                expanded = _expand_acronym(aliases, event, found.ordered, position)
                if expanded:
                    event["core_name"] = expanded
            # a name whose lowercase modifiers vary ("the nationwide forum X"): from its head
            words = content_words(event.get("core_name", event["name"]))
            if words:
                core = _core_words(_numbered(self.rules, event["kind"], words))
                if body_cores:
                    core = type_names.core(event, core, body_cores)
                # "the 14th annual Lake conference" after "the 14th Lake Club conference": one
                # event; not "the 19th annual summit", whose head alone would take any summit
                # named later (issue 12 round br)
                if frequency & core and len(core - frequency) > 1:
                    core = core - frequency
                same = named_contests(self.rules).same_words
                if same:
                    # "the Lake Leaders contest" after "... competition": one event (round bk)
                    core = frozenset(same.get(w, w) for w in core)
                # "the nationwide voting" after "the national vote": one vote (round cc)
                core = popular_vote_core(self.rules, event["kind"], core)
                # "the Olympic Games" after "the Lakeside Olympics": one games (round ev57);
                # only an earlier event of its kind ("the 40th anniversary of the Lakeside
                # Olympic Games" is none), read only for a games' mention, not a list of every
                # group built for each mention (quadratic; review58)
                core = games_core(
                    self.rules,
                    event["kind"],
                    core,
                    (g.core for g in groups if g.kind == event["kind"]),
                )
                if event.get("possessive"):
                    # "the farm marked its 100th anniversary" is no other anniversary named
                    # later ("the 100th anniversary of the Lake Union", "the 50th anniversary"):
                    # a group of its own, that only another possessive one of its number joins
                    number = anniversary_number(self.rules, event["name"])
                    core = frozenset({f"\0possessive:{number}"})
                    if possessive_back_reference(self.rules):
                        # "the 30th anniversary of the Lake Fleet ... the Fleet marks its
                        # thirtieth anniversary": the one named before (issue 12 round bs)
                        core = counted_before.get(number, core)
                        if event.get("owned"):
                            # "the 30th anniversary of our fleet ... the 30th anniversary of the
                            # Lake Fleet": the later one names it again (round bs)
                            owned_before.setdefault(number, core)
                elif event["kind"] == "anniversary":
                    # "the 30th anniversary of the Lake Treaty and the 20th anniversary of the
                    # Lake Treaty Organisation": two anniversaries, told by their numbers
                    # (issue 12 round bd)
                    number = anniversary_number(self.rules, event["name"])
                    event["anniversary_years"] = number
                    if number is not None and possessive_back_reference(self.rules):
                        counted_before.setdefault(number, core)
                        core = owned_before.get(number, core)
                    if number is not None and subjects is not None:
                        # "the 90th anniversary of the Lake Court's founding", then "the 90th
                        # anniversary of the founding of the Lake Court": one (round bs)
                        core = subjects.same(number, event["name"], core)
                    elif number is None and subjects is not None:
                        # "75 Years of the Lake Victory", then "the 75th anniversary of the
                        # Lake Victory": one anniversary in two wordings (issue 12 round ck)
                        counted = subjects.year_count(event["name"])
                        if counted is not None:
                            core = subjects.same(counted[0], event["name"], core, counted[1])
                groups.add(event, core, _says_another_occurrence(self.rules, doc_text(doc), event))
        # "Pine District will mark its 90th anniversary" and "the 90th anniversary of Pine
        # District": one anniversary, named once by a description (issue 12 round ef)
        for first, second in described_anniversary_pairs(
            self.rules,
            doc_text(doc),
            groups,
            partial(anniversary_number, self.rules),
            content_words,
        ):
            groups.merge(first, second)
        # the mentions grouped (not those a more specific mention of their event kept out),
        # by position: the other events a sentence names
        grouped = _Mentions(
            [m for group in groups for m in group.mentions]
            + [h[0] for group in groups for h in group.held if h[2]]  # by position (12cs)
        )
        dated: list[tuple[dict, str | None]] = []  # each kept group's first mention, its date
        group_of: dict[int, int] = {}  # id of a kept group's mention -> its index in `dated`
        greeted_marking: set[int] = set()  # anniversaries a greeted event marks (round ai)
        # the summits' names, which a council's meeting may be another name of (12ah)
        summits = [m["name"] for group in groups if group.kind == "summit" for m in group.mentions]
        own_editions: set[int] = set()  # the counts of the page's own gatherings (12bx)
        others: set[int] = set()  # another occurrence than the page's own (round cs)
        queue = list(groups)  # and the other occurrences held out of the page's own (12cs)
        own = DocEvents()  # the page's own meetings, for the document record (doc60)
        for group in queue:
            mentions = group.mentions
            event = mentions[0]
            own_name = event["name"]
            edition = _edition_mention(group).get("edition")
            if event.get("other_edition") and event.get("edition_start") is not None:
                # "the first Lake Forum", another edition than one named before: its count
                # is its name's (issue 12 round bx)
                event = {**event, "start": event["edition_start"]}
                event["name"] = doc_text(doc)[event["start"] : event["end"]]
            another_edition = bool(own_editions) and edition not in (None, *own_editions)
            if edition is not None and event.get("edition") != edition:
                event = {**event, "edition": edition}  # the group's count (round bx)
            if aliases is not None:
                # "CACO summit" on a page titled "A summit of the Central Asian Cooperation
                # Organisation ...": the page's own summit by its initials (round aj)
                own_name = _expand_acronym(aliases, event, [], 0, title) or own_name
            # a member of "the Lake and Pine summits" is the page's own by its own name, or as
            # the list is where the title names the member too (12ek; review53: not "Pine" on
            # a page titled "Lake summit", whose list "Lake and Pine summits" is its own)
            own_names = (own_name,)
            if event.get("list_name") and content_words(event["list_member"]) <= title_words:
                own_names = (own_name, event["list_name"])
            if (
                event["kind"] not in _never_own_kinds(self.rules)
                # a themed year is never the page's own meeting: its ceremony is (round cw)
                and not event.get("themed_year")
                and not another_edition
                and not group.another
                and any(
                    self.is_own_event(
                        content_words(name),
                        title_words,
                        title,
                        # the year in "the final draw of the 2031 Lake Cup" is the cup's (12dc)
                        None if event.get("draw") else year,
                        event["kind"],
                        name,
                        # read only where an attendance title would make it the page's own
                        partial(_year_after_a_mention, doc_text(doc), mentions, year),
                    )
                    for name in own_names
                )
            ):
                if edition is not None:
                    own_editions.add(edition)
                own.note(BY_TITLE, event)
                queue.extend(_held_occurrences(group))
                continue  # a war is never the document's own meeting
            if group.another:
                pass  # "the next Lake summit" on the Lake summit's page: another (round cs)
            elif event.get("multilateral") and _multilateral_is_own(self.rules, title):
                # "the second trilateral meeting of ..." on a page titled "Meeting of the
                # presidents of Lakeland, Pineland and Hillmark": the page's own (round aj)
                own.note(BY_MEMBERS, event)
                queue.extend(_held_occurrences(group))
                continue
            elif event.get("council") and (
                (
                    not _own_event_cues(self.rules).search(title)
                    and council_meeting_is_own(self.rules, event["name"], title)
                )
                or any(council_meeting_is_own(self.rules, event["name"], s) for s in summits)
            ):
                # "meeting of the Lake Council of Heads" on a "Lake summit" page, or on a page
                # that names the "Lake summit" too: the summit (issue 12 round ah)
                own.note(BY_COUNCIL, event)
                queue.extend(_held_occurrences(group))
                continue
            elif any(
                _in_own_heading(self.rules, doc_text(doc), m["start"])
                and not _of_another_year(self.rules, m, year)
                and not m.get("inside")  # a war inside the heading's anniversary (12ah)
                # "Speech at the parade marking the 72nd anniversary of ...": marked (12aj)
                and not _marked_in_heading(self.rules, doc_text(doc), m)
                for m in mentions
            ):
                own.note(BY_HEADING, event)
                queue.extend(_held_occurrences(group))
                continue
            span = doc.char_span(event["start"], event["end"], alignment_mode="expand")
            if span is None:
                continue
            # a war named inside an anniversary's name is not dated by the anniversary's
            # clause: only its own mentions date it (issue 12 round ah)
            dating = [m for m in mentions if not m.get("inside")]
            date = self._group_date(doc, dating, found, grouped, groups) if dating else None
            if group.held:
                if date is not None and date == page_day:
                    # the page's own occurrence, held on the page's day: "the last Lake
                    # summit in Pinetown" is another (issue 12 round cs)
                    queue.extend(_held_occurrences(group))
                else:
                    # not known to be the page's: they name it, as they did before
                    mentions.extend(h[0] for h in group.held if h[2])
                    mentions.sort(key=lambda m: m["start"])
                    group.held = []
                    dating = [m for m in mentions if not m.get("inside")]
                    date = self._group_date(doc, dating, found, grouped, groups)
            if group.another and date is not None and date == page_day:
                date = None  # another occurrence than the page's day's (round cs)
            if date is None and len(dating) < len(mentions):
                # "the 80th anniversary of Victory in the Lake War of 1700-1721": the war's
                # own years, in its name or right after it (round ak)
                date = self._inside_war_years(doc, mentions)
            if event["kind"] == "anniversary" and self._marked_by_greeted(doc, mentions):
                greeted_marking.add(len(dated))
            for mention in mentions:
                group_of[id(mention)] = len(dated)
            if group.another:
                others.add(len(dated))
            dated.append((event, date))
        refined = self._anniversaries_marked_by(doc, groups, dated, group_of, found)
        # "the media forum of the Lake Front", undated, after "the Lake City media forum"
        refined = {**dates_from_same_head(self.rules, dated), **refined}
        # "the Pinetown summit", undated, after "the Lake Union summit ... in Pinetown" (12u)
        refined = {**dates_from_place_head(self.rules, doc_text(doc), dated), **refined}
        # "The Tashkent summit handed ...", undated, on a page from Tashkent (12z)
        refined = {**self._page_place_days(doc, dated), **refined}
        # "the Pinetown summit" after "the Lake Union summit ... in Pinetown": the same event
        # named again by its place, not a second one (issue 12 round dp)
        aliased = place_head_aliases(
            self.rules,
            doc_text(doc),
            title,
            dated,
            found.ordered,
            group_of,
            others,
            partial(_says_another_occurrence, self.rules, doc_text(doc)),
        )
        for index, (event, date) in enumerate(dated):
            if index in aliased:
                continue
            date = refined.get(index, date)
            if event.get("themed_year") and themed_years_dated(self.rules):
                date = self._themed_year_date(doc, event, date)  # round cw
            elif index in others and date is not None and date == page_day:
                date = None  # "the last Lake summit": not held on the page's day (round cs)
            elif index in others and date is None:
                pass  # nor on its default, the page's day, month or year (round cs)
            elif date is None:
                # nothing dates it: its class's default (issue 12 round ac)
                date = self._undated_default(doc, event)
                if date is None and event["kind"] == "anniversary":
                    # listed after another, or its base year written (issue 12 round dv)
                    date = self._undated_anniversary(doc, event, found)
                if date is None:
                    # "the World Cup" on a page of the years the country hosted one (round ev80)
                    date = self._hosted_edition(doc, event, doc_date)
            if index in greeted_marking and date == (doc_date or "")[:7]:
                # greetings to the guests of "a gala evening marking the 20th anniversary of
                # the Lake Theatre": marked there on the page's day (round ai)
                date = doc_date[:10]
            if event["kind"] == "anniversary":
                # "the 80th anniversary of Victory", on a page of its run-up: its yearly day
                # (issue 12 round ak, `fixed_day_anniversaries`)
                date = fixed_day_anniversary(self.rules, event["name"], date, doc_date) or date
                # "On Lake Press Day, the President visited ...": the page's day (round cx)
                date = self._named_day_page_day(doc, event, date) or date
            # "the Lake Leaders’ Meeting" is written out a summit (round bn), "the L20
            # meeting" too, "the Lake Chess Olympiad" a sports event (round eo)
            kind = written_kind(self.rules, event["name"], event["kind"])
            fields = {
                "type": "event",
                "name": event["name"],
                "kind": kind,
                "date": date,
                # one occurrence named by several pages: one key (round ident54)
                "event_key": event_key(self.rules, event["name"], kind, date),
                "value": None,
                "unit": None,
                "qualifier": None,
            }
            add_fact(doc, event["start"], event["end"], fields, self.names)
        return self._finish(doc, own, title, title_words, year, doc_date)

    def _finish(
        self,
        doc: Doc,
        own: DocEvents,
        title: str,
        title_words: frozenset,
        year: int | None,
        doc_date: str | None,
    ) -> Doc:
        """`annotate`'s last step: the meeting the page is the record of (`own`, and the one its
        title names) set on the Doc; what was kept for this document let go."""
        # the meeting the page is the record of: on the Doc, not a fact (issue 12, doc60); the
        # title's name read too, for a text that names it only as "the summit"
        titled = title_event(
            self.rules,
            title,
            lambda e: self.is_own_event(
                content_words(e["name"]), title_words, title, year, e["kind"], e["name"]
            ),
            lambda e: e["kind"] in _never_own_kinds(self.rules) or bool(e.get("themed_year")),
        )
        if titled is not None:
            own.note(TITLE_ONLY, titled)
        self.names.set_context(doc, doc_event=own.chosen(self.rules, doc_date))
        self._leads = None  # read once per document: not kept for the next
        self._dating = None
        self._untimed = None
        self._title_lead = None
        self._sentences = None
        self._context_of = (None, {})
        return doc

    def _group_date(
        self, doc: Doc, mentions: list[dict], found: _Mentions, grouped: _Mentions, groups: _Groups
    ) -> str | None:
        """The date of an event from its mentions (the first one first), before the
        refinements that read the other events of the page."""
        title = self._context(doc, "doc_title") or ""
        doc_date = self._context(doc, "doc_date")
        event = mentions[0]
        date = None
        for mention in mentions:
            if date is None and self._other_occurrence(doc, event, mention):
                continue  # "the World Cup", then "the 2022 World Cup" on a page of 2016 (bj)
            said = self._date_of(doc, mention, found)
            if date is None:
                date = said
            elif said and len(said) == 10 and said.startswith(date + "-"):
                if len(date) == 4 and not self._writes_day(doc, mention, said):
                    continue  # a year is refined by a day written out, not by a cue
                date = said  # a later mention gives the day of the month the first gave
                break
            if date is not None and not self._refinable_by_mention(date, event["kind"]):
                break
        marked = self._date_of_marked_anniversary(doc, mentions, found)
        if marked is not None and (date is None or not date.startswith(marked)):
            # held for an anniversary: its date, unless the clause's refines it (a year
            # inside the anniversary's name, "of 1941-1945", is not the event's)
            date = marked
        if date is None:
            date = self._date_from_next_sentence(doc, event, grouped)
        if date is not None and event["kind"] != "anniversary" and self._refinable(date):
            date = self._day_from_later_sentence(doc, event, date, found) or date
        # "Greetings on opening of the 14th Lake Forum": the day it opened; "Vladimir Putin
        # attended the Lake Summit", "Greetings to the 5th Lake Forum": under way that month
        date = date_from_title(self.rules, event["name"], event["kind"], date, title, doc_date)
        if (
            date
            and event["kind"] == "anniversary"
            and date == (doc_date or "")[:7]
            and self._congratulated_under_greeting_title(doc, event, mentions, title)
        ):
            # "Congratulations to the President of Lakeland": "Vladimir Putin congratulated
            # ... on the 30th anniversary of diplomatic relations", sent on its day (round ch)
            date = doc_date[:10]
        if (
            event["kind"] == "anniversary"
            and doc_date
            and len(doc_date) >= 10
            and (date is None or (len(date) < 10 and doc_date.startswith(date)))
            and anniversary_celebration_title(self.rules, event["name"], title)
        ):
            # "Gala evening marking 60 years of the Lake Commission": the page is of the
            # evening held to mark the anniversary its title names (round cq)
            date = doc_date[:10]
        if date and date == (doc_date or "")[:7] and self._greeted_on_its_day(doc, mentions, found):
            # "sent greetings to the Lake Forum", whose message says "Today's agenda" (12w)
            date = doc_date[:10]
        if (
            date
            and date == (doc_date or "")[:7]
            and self._greeted_participants(doc, event, mentions)
        ):
            # "sent greetings to the participants of the Lake Forum": read out there on
            # the page's day (issue 12 round ag)
            date = doc_date[:10]
        if self._coarser_than_doc_day(date, doc_date) and (
            self._under_way_today(doc, mentions) or self._done_today(doc, mentions)
        ):
            # "The Lake Forum is taking place in Pinetown", in any of its sentences: the
            # finest date its mentions support, after the days they write out (issue 12s);
            # "We have just attended the Lake Forum" (issue 12 round bf)
            date = doc_date[:10]
        if self._coarser_than_doc_day(date, doc_date) and self._this_event_today(
            doc, event, mentions
        ):
            # "I am glad to meet on the sidelines of this summit": the page's (round cv)
            date = doc_date[:10]
        if date is None or date == (doc_date or "")[:7]:
            # "the Lake Summit, to be held on Wednesday": that weekday of the page's week
            date = self._weekday_of_week(doc, mentions) or date
        if date is None:
            date = self._years_named_elsewhere(doc, event["kind"], mentions)
        if date is None:
            date = self._upcoming_year(doc, mentions, found) or self._recent_past_year(
                doc, mentions
            )
        elif self._upcoming_dated_before_doc_year(doc, mentions, date):
            # "the forthcoming presidential election", with "the 2012 election campaign"
            # on a page of 2018: that year is a past election's (issue 12x)
            date = self._upcoming_year(doc, mentions)
        if event["kind"] == "anniversary":
            # "the 25th anniversary of ..." and "established on October 22, 1992" (12s)
            date = (
                founding_day(
                    self.rules,
                    doc_text(doc),
                    anniversary_number(self.rules, event["name"]),
                    date,
                    doc_date,
                    frozenset(m["end"] for m in found.ordered if m["kind"] != "anniversary"),
                )
                or date
            )
            date = self._anniversary_today(doc, groups, event["name"], date) or date
            date = self._marked_in_next_sentence(doc, mentions, date, found) or date
        return date

    def _anniversaries_marked_by(
        self,
        doc: Doc,
        groups: _Groups,
        dated: list[tuple[dict, str | None]],
        group_of: dict[int, int],
        found: _Mentions,
    ) -> dict[int, str]:
        """The dates of anniversaries that an event held to mark them refines ("The Lake
        Conference was held yesterday. ... The Conference was held to mark the 45th anniversary
        of the Lake Commission": the anniversary is marked on the conference's day), by index in
        `dated`, when events.json's `anniversary_date_from_marking_event` says so: the
        anniversary's date is the marking event's when that one starts with it and is finer
        (`marking_anniversary_cues` between the two, as `_date_of_marked_anniversary` reads
        them the other way)."""
        rules = self.rules.get("events", required=("heads",))
        if not rules.get("anniversary_date_from_marking_event", False):
            return {}
        cue, text, refined = _marking_cue(self.rules, True), doc_text(doc), {}
        for group in groups:
            index = group_of.get(id(group.mentions[0]))
            if index is None or group.kind != "anniversary" or dated[index][1] is None:
                continue
            date = dated[index][1]
            for mention in group.mentions:
                lo = max(0, mention["start"] - _MARKING_WINDOW)
                for other in found.starting(lo, mention["start"]):
                    held = group_of.get(id(other))
                    if held is None or other["end"] > mention["start"] or held == index:
                        continue
                    said = dated[held][1]
                    if (
                        said
                        and len(said) > len(date)
                        and said.startswith(date)
                        and cue.fullmatch(text, other["end"], mention["start"])
                    ):
                        refined[index] = said
                        break
                if index in refined:
                    break
        return refined

    def _undated_default(self, doc: Doc, event: dict) -> str | None:
        """The default date of the class of cues that the event's first mention fits
        (`event_defaults.undated_class`, events.json's `undated_event_classes`), for an event
        nothing else dates: the page's day, month or year, or None. Before the classes, an
        election named right after "after the" (`event_dates.after_election_year`, round am)."""
        found = _sentence_of(doc, event)
        if found is None:
            return None
        text, offset = found
        start, end = event["start"] - offset, event["end"] - offset
        doc_date = self._context(doc, "doc_date")
        # the classes' cues ("today" of `under_way`) read no time word of a name (round dx73)
        cues = without_untimed_words(self.rules, text, ((start, end),))
        # "the trip will be settled after the presidential election": the page's year (12am)
        year = after_election_year(self.rules, cues, start, end, event["kind"], doc_date)
        if year:
            return year
        if not undated_classes(self.rules):
            return None
        spec = undated_class(
            self.rules,
            cues,
            start,
            end,
            event["kind"],
            self._narrative(doc, event["start"]),
        )
        # "This year ... The biggest one will be the Pine Cup.": the frame's year (12dn)
        return undated_default(spec, doc_date) or self._previous_sentence_year(doc, event, text)

    def _hosted_edition(self, doc: Doc, event: dict, doc_date: str | None) -> str | None:
        """The year of the hosted edition a bare series name speaks of, for an event nothing
        else dates (`event_gazetteer.hosted_edition_year`, events.json's `hosted_editions`,
        issue 12 round ev80), read with the words of its sentence before and after it."""
        found = _sentence_of(doc, event)
        text, offset = found if found else ("", 0)
        before = text[: event["start"] - offset]
        after = text[event["end"] - offset :]
        year = hosted_edition_year(self.rules, event["name"], doc_date, before, after)
        return str(year) if year else None

    def _undated_anniversary(self, doc: Doc, event: dict, found: _Mentions) -> str | None:
        """The date of an anniversary nothing else dated (issue 12 round dv,
        `event_undated_anniversaries`): its sentence read as if it stood where the list it
        ends begins ("This year we mark the 30th anniversary of X, and also the 20th
        anniversary of Y"), else its base year where the page writes it beside its object's
        name ("the history of Lakeland ... from 1731"), plus its number."""
        sentence = _sentence_of(doc, event)
        if sentence is None:
            return None
        text, offset = sentence
        doc_date = self._context(doc, "doc_date")
        start, end = event["start"] - offset, event["end"] - offset
        named = [
            m for m in found.between(offset, offset + len(text)) if m["start"] != event["start"]
        ]
        reading = listed_reading(
            self.rules,
            text,
            start,
            end,
            [(m["start"] - offset, m["end"] - offset) for m in named if m["kind"] == "anniversary"],
            [(m["start"] - offset, m["end"] - offset) for m in named],
        )
        if reading is not None:
            listed, lo, hi, others = reading
            date = event_date(
                self.rules,
                event["name"],
                listed,
                lo,
                hi,
                doc_date,
                "anniversary",
                narrative=self._narrative(doc, event["start"]),
                others=others,
            )
            if date is not None:
                return date
        # a page's sentences are cut only for an anniversary the reading can date: one with
        # a number and an object named ("the 300th anniversary of Lakeland")
        number = anniversary_number(self.rules, event["name"])
        if not number or not object_words(self.rules, event["name"]):
            return None
        return written_base_year_date(
            self.rules, event["name"], number, self._sentences_with_events(doc, found), doc_date
        )

    def _sentences_with_events(self, doc: Doc, found: _Mentions) -> list:
        """Each sentence's text with the (start, end) of the events named in it, relative to
        the sentence: built once per document, not once per anniversary. Sentences are cut in
        the text itself (`_sentence_spans`): a paragraph the prefilter masks is one sentence of
        the Doc, and the records must not depend on it."""
        if self._sentences is None or self._sentences[0] is not doc:
            whole = doc_text(doc)
            self._sentences = (
                doc,
                [
                    (
                        whole[start:end],
                        [(m["start"] - start, m["end"] - start) for m in found.between(start, end)],
                    )
                    for start, end in _sentence_spans(whole)
                ],
            )
        return self._sentences[1]

    def _previous_sentence_year(self, doc: Doc, event: dict, sentence: str) -> str | None:
        """`event_defaults.previous_sentence_year` for the sentence before the event's first
        mention's, when both are of one paragraph (issue 12 round dn)."""
        if not doc.has_annotation("SENT_START"):
            return None
        span = doc.char_span(event["start"], event["end"], alignment_mode="expand")
        if span is None or span.sent.start == 0:
            return None
        previous = doc[span.sent.start - 1].sent
        if "\n" in doc_text(doc)[previous.start_char : span.sent.start_char]:
            return None  # another paragraph, maybe another speaker's
        doc_date = self._context(doc, "doc_date")
        return previous_sentence_year(
            self.rules, span_text(previous), sentence, event["kind"], doc_date
        )

    def _named_day_page_day(self, doc: Doc, event: dict, date: str | None) -> str | None:
        """`named_day_doc_day` for the sentence of a named day's first mention (round cx)."""
        doc_date = self._context(doc, "doc_date")
        to_come = bool(doc_date) and date == doc_date[:10]  # "the upcoming Pine Day" (df)
        if not to_come and not may_date_named_day(self.rules, event["name"], date, doc_date):
            return None  # no named day, or dated otherwise: its sentence is not looked up
        found = _sentence_of(doc, event) if doc.has_annotation("SENT_START") else None
        if found is None:
            return None
        sentence, offset = found
        at = event["start"] - offset
        if to_come:
            return named_day_to_come(self.rules, event["name"], sentence, at, date, doc_date)
        narrative = self._narrative(doc, event["start"])
        return named_day_doc_day(self.rules, event["name"], sentence, at, date, doc_date, narrative)

    def _themed_year_date(self, doc: Doc, event: dict, date: str | None) -> str | None:
        """A themed year's date (`event_themed_years.themed_year_date`), read in its first
        mention's sentence (issue 12 round cw)."""
        # a mention no span can be made of is read in the whole text
        text, offset = _sentence_of(doc, event) or (doc_text(doc), 0)
        doc_date = self._context(doc, "doc_date")
        return themed_year_date(self.rules, text, event["start"] - offset, date, doc_date)

    def _narrative(self, doc: Doc, offset: int) -> bool:
        """Whether `offset` lies outside every speaker's turn: a news report's words."""
        turns = self._context(doc, "turns") or []
        return not any(t[0] <= offset < t[1] for t in turns)

    def _other_occurrence(self, doc: Doc, first: dict, mention: dict) -> bool:
        """Whether `mention`, grouped with an event whose first mention names no year, refines
        that name (holds all its words and more) with a year far from the page's: another
        occurrence of a recurring event ("the Lake Cup" in the page's talk, then "the 2022 Lake
        Cup in Pinetown" on a page of 2016), whose year does not date the first (events.json's
        `other_occurrence_name_years`: years before and after the page's year that still date
        it, kinds left alone; issue 12 round bj). "The Winter Games in Oslo", then "the 2020
        Oslo Games": one occurrence (the first name's words are not all in the later one)."""
        rule = _other_occurrence_years(self.rules)
        if rule is None or mention is first or first["kind"] in rule.not_kinds:
            return False
        year = doc_year(self._context(doc, "doc_date"))
        named = date_in_name(mention["name"])
        if year is None or named is None or date_in_name(first["name"]) is not None:
            return False
        if not content_words(first["name"]) < content_words(mention["name"]):
            return False  # "the Winter Olympics in Oslo", then "the 2031 Oslo Olympics": one
        return not year - rule.years_before <= int(named[:4]) <= year + rule.years_after

    def _not_dated_by_cues(self, kind: str) -> bool:
        """An anniversary (dated by rules of its own) or a kind of events.json's
        `undated_kinds_by_cues` (a war): the page-wide date cues leave it alone."""
        rules = self.rules.get("events", required=("heads",))
        return kind == "anniversary" or kind in rules.get("undated_kinds_by_cues", [])

    def _upcoming_dated_before_doc_year(self, doc: Doc, mentions: list[dict], date: str) -> bool:
        """Whether an event whose first mention (its record) is named as still to come ("the
        forthcoming Lake elections", `upcoming_event_words`) was given a year before the
        document's that its name does not hold: another, past occurrence's year, not its own
        (events.json's `upcoming_event_not_before_doc_year`, issue 12x)."""
        rules = self.rules.get("events", required=("heads",))
        doc_date = self._context(doc, "doc_date")
        if not rules.get("upcoming_event_not_before_doc_year") or not doc_date:
            return False
        if not date[:4].isdigit() or date[:4] >= doc_date[:4]:
            return False
        first = mentions[0]  # the record: "In 2027 you attended the forum" is that forum's
        return date[:4] not in first["name"] and upcoming_before(
            self.rules, doc_text(doc), first["start"]
        )

    def _recent_past_year(self, doc: Doc, mentions: list[dict]) -> str | None:
        """The document's year for an event one of whose mentions is followed by a present
        perfect of holding ("the Lake Olympiad has been held"; `recent_past_trailing_phrases`,
        issue 12x) and that no mention dates otherwise. Not for anniversaries nor wars."""
        doc_date = self._context(doc, "doc_date")
        if not doc_date or self._not_dated_by_cues(mentions[0]["kind"]):
            return None
        text = doc_text(doc)
        for mention in mentions:
            year = recent_past_year(self.rules, text, mention["end"], doc_date)
            year = year or thanked_for_year(self.rules, text, mention["start"], doc_date)
            if year:
                return year
        return None

    def _upcoming_year(
        self, doc: Doc, mentions: list[dict], found: _Mentions | None = None
    ) -> str | None:
        """The document's year for an event named right after "upcoming" or "forthcoming"
        (`upcoming_event_words`) that no mention dates otherwise (issue 12s; judging convention
        11e), in a document written no later than `upcoming_event_year.max_doc_month` of its
        year (later, "the forthcoming summit" may be next year's). Not for anniversaries nor
        the kinds a cue never dates (wars). Issue 12 round bg: also for the first mention of
        an event its clause frames by a time to come ("will meet on the sidelines of the Lake
        summit"; `event_dates.future_frame_before`), and for an event listed after one such a
        cue stands before ("ahead of the Lake elections and the Pine Cup"; the `found`
        mentions, `_listed_before`)."""
        rules = self.rules.get("events", required=("heads",))
        limit = int(rules.get("upcoming_event_year", {}).get("max_doc_month", 0))
        doc_date = self._context(doc, "doc_date")
        if (
            not limit
            or not doc_date
            or len(doc_date) < 7
            or int(doc_date[5:7]) > limit
            or self._not_dated_by_cues(mentions[0]["kind"])
        ):
            return None
        text = doc_text(doc)
        for mention in mentions:
            # "ahead of the Lake elections and the Pine Cup": the list's first name's cues
            # are the later ones' as well (issue 12 round bg)
            for listed in (mention, *self._listed_before(text, mention, found)):
                if upcoming_before(self.rules, text, listed["start"]):
                    return doc_date[:4]
                if upcoming_lead_before(self.rules, text, listed["start"], listed["kind"]):
                    return doc_date[:4]  # "in the preparations for the Lake Summit" (12u)
                if upcoming_clause_before(self.rules, text, listed["start"]):
                    return doc_date[:4]  # "looking forward to meeting him at the summit" (12x)
                if mention is mentions[0] and future_frame_before(
                    self.rules, text, listed["start"], listed["kind"]
                ):
                    # "will meet on the sidelines of the summit" (12bg); the first mention
                    # only: "was discussed at the Lake Forum", then "we will report at the
                    # Lake Forum", speak of two years' forums
                    return doc_date[:4]
            if upcoming_trailer_after(self.rules, text, mention["end"]):
                return doc_date[:4]  # "the elections which lie ahead" (issue 12w)
            if mention is mentions[0] and soon_after(
                self.rules, text, mention["start"], mention["end"], mention["kind"]
            ):
                return doc_date[:4]  # "the forum, due to open soon" (issue 12 round by)
        return None

    def _listed_before(self, text: str, mention: dict, found: _Mentions | None) -> list[dict]:
        """The events named before `mention` in one list with it, nearest first ("the Lake
        summit in Pinetown, and the Pine summit": the Lake summit for the Pine summit;
        `event_dates.listed_after`, issue 12 round bg)."""
        out: list[dict] = []
        current = mention
        while found is not None and len(out) < 5:
            before = [
                m
                for m in found.starting(max(0, current["start"] - 300), current["start"])
                if m["end"] <= current["start"]
            ]
            if not before:
                break
            last = max(before, key=lambda m: (m["end"], -m["start"]))
            if not listed_after(self.rules, text, last["end"], current["start"]):
                break
            out.append(last)
            current = last
        return out

    def _anniversary_today(
        self, doc: Doc, groups: _Groups, name: str, date: str | None
    ) -> str | None:
        """The document's day for an anniversary of n years on a page that says it happened n
        years ago today (`event_page_dates.years_ago_today`, issue 12t), when no other
        anniversary of the page counts n years."""
        number = anniversary_number(self.rules, name)
        if number is None:
            return None
        doc_date = self._context(doc, "doc_date")
        said = years_ago_today(self.rules, self._untimed_text(doc), number, date, doc_date)
        if said is None:
            return None
        same = sum(
            1
            for group in groups
            if group.kind == "anniversary"
            and anniversary_number(self.rules, group.mentions[0]["name"]) == number
        )
        return said if same == 1 else None

    def _marked_in_next_sentence(
        self, doc: Doc, mentions: list[dict], date: str | None, found: _Mentions
    ) -> str | None:
        """The date the sentence right after one of an anniversary's mentions gives it by
        saying it will be marked then ("We will celebrate it on May 20";
        `event_page_dates.marked_in_next_sentence`, issue 12t): the first date after the
        phrase, finer than `date` and in its year (without `date`, in the document's year or
        the next). Not from a sentence that names another event."""
        doc_date = self._context(doc, "doc_date")
        if not doc_date or not doc.has_annotation("SENT_START"):
            return None
        years = {date[:4]} if date else {doc_date[:4], str(int(doc_date[:4]) + 1)}
        text = doc_text(doc)
        for mention in mentions:
            near = mention["end"] + _MARKED_NEXT_CHARS
            if (
                marked_in_next_sentence(self.rules, text[mention["end"] : near], date, doc_date)
                is None
            ):
                continue  # no phrase soon after the name (read before any sentence is looked up)
            span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
            if span is None or span.sent.end >= len(doc):
                continue
            sent = doc[span.sent.end].sent
            if found.between(sent.start_char, sent.end_char):
                continue  # another event is named: its dates may be its own
            sentence = span_text(sent)
            at = marked_in_next_sentence(self.rules, sentence, date, doc_date)
            if at is None:
                continue
            after = [
                (s, value)
                for _, value, s, _ in dates_in_clause(
                    self.rules, sentence, at[0], at[1], doc_date, deadlines=False, names=False
                )
                if s >= at[1]
            ]
            if not after:
                continue
            value = min(after)[1]
            if len(value) > len(date or "") and value[:4] in years:
                return value
        return None

    def _coarser_than_doc_day(self, date: str | None, doc_date: str | None) -> bool:
        """Whether an event under way on the document's day may take that day in place of
        `date`: no date, the document's month, or (`subject_under_way_day_cues.refines_doc_year`,
        issue 12t) the document's year alone ("the Lake Regatta is taking place under a
        2030-2032 programme": the year said is not the regatta's own time)."""
        doc_date = doc_date or ""
        if date is None or date == doc_date[:7]:
            return True
        rules = self.rules.get("events", required=("heads",))
        refines = rules.get("subject_under_way_day_cues", {}).get("refines_doc_year", False)
        return bool(refines) and len(date) == 4 and date == doc_date[:4]

    def _page_place_days(self, doc: Doc, dated: list[tuple[dict, str | None]]) -> dict[int, str]:
        """The document's day, by index in `dated`, for each undated event named by the page's
        place and its head alone (`event_dates.page_place_day`, issue 12z)."""
        place = self._context(doc, "doc_place")
        doc_date = self._context(doc, "doc_date")
        if not place or not doc_date or not doc.has_annotation("SENT_START"):
            return {}
        out: dict[int, str] = {}
        for index, (event, date) in enumerate(dated):
            if date is not None or not named_by_page_place(
                self.rules, event["name"], event["kind"], place, doc_date
            ):
                continue
            span = doc.char_span(event["start"], event["end"], alignment_mode="expand")
            if span is None:
                continue
            sent = span.sent
            day = page_place_day(
                self.rules,
                event["name"],
                event["kind"],
                span_text(sent),
                event["start"] - sent.start_char,
                event["end"] - sent.start_char,
                place,
                doc_date,
            )
            if day:
                out[index] = day
        return out

    def _day_of_doc(self, doc: Doc, kind: str) -> str | None:
        """The document's date when a page-day rule may date an event of `kind` on it: the
        document is dated to the day, its sentences are set, and `kind` is not one a cue never
        dates (wars); else None. The shared guard of the page-day checks below."""
        doc_date = self._context(doc, "doc_date")
        if (
            not doc_date
            or len(doc_date) < 10
            or self._not_dated_by_cues(kind)
            or not doc.has_annotation("SENT_START")
        ):
            return None
        return doc_date

    @staticmethod
    def _mention_sentences(doc: Doc, mentions: list[dict]) -> Iterator[tuple[dict, Span]]:
        """(mention, its sentence) for each of an event's mentions whose characters map onto
        tokens."""
        for mention in mentions:
            span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
            if span is not None:
                yield mention, span.sent

    def _narrative_sentences(self, doc: Doc, mentions: list[dict]) -> Iterator[tuple[dict, Span]]:
        """`_mention_sentences` for the mentions in a news report's text (not a speaker's
        turn)."""
        narrative = [m for m in mentions if self._narrative(doc, m["start"])]
        return self._mention_sentences(doc, narrative)

    def _greeted_on_its_day(
        self, doc: Doc, mentions: list[dict], found: _Mentions | None = None
    ) -> bool:
        """Whether a news report's sentence sends greetings to one of an event's mentions and
        the message that follows says the event is going on as it is read
        (`event_dates.message_read_on_its_day`, issue 12w; judging convention: a greeting read
        at the event's opening is of that day), for a document dated to the day; not for
        the kinds a cue never dates (wars)."""
        kind = mentions[0]["kind"]
        if self._day_of_doc(doc, kind) is None:
            return False
        text = self._untimed_text(doc)  # "Today" of a quoted title is no day (round dx73)
        for mention, sent in self._narrative_sentences(doc, mentions):
            # issue 12z: "greetings to the Lake Forum and the Pine Exhibition": both greeted
            others = tuple(
                (m["start"] - sent.start_char, m["end"] - sent.start_char)
                for m in (found.between(sent.start_char, sent.end_char) if found else ())
                if m is not mention
            )
            if greeted_with_list(
                self.rules, span_text(sent), mention["start"] - sent.start_char, others
            ) and message_read_on_its_day(self.rules, text, sent.end_char, kind):
                return True
        return False

    def _congratulated_under_greeting_title(
        self, doc: Doc, event: dict, mentions: list[dict], title: str
    ) -> bool:
        """Whether the page's title is a congratulation or greeting
        (`event_title_dates.anniversary_greeting_title`, issue 12 round ch) and either names
        the anniversary or a news report's sentence congratulates someone on one of its
        mentions (`congratulated_on`, with no word of a time to come between), for a document
        dated to the day whose text does not write the anniversary's founding year (the
        page's own founding day, read by `founding_day`, may be another)."""
        doc_date = self._context(doc, "doc_date")
        if not doc_date or len(doc_date) < 10 or not doc.has_annotation("SENT_START"):
            return False
        title_names_it = anniversary_greeting_title(self.rules, event["name"], title)
        if title_names_it is None:
            return False
        number = anniversary_number(self.rules, event["name"])
        text = doc_text(doc)
        if number and re.search(rf"\b{int(doc_date[:4]) - number}\b", text):
            return False  # the page writes the founding year: a day it gives may be another
        if _other_day_of_month(text, doc_date):
            return False  # "set up on May 2": the page writes another day of its month
        if title_names_it:
            return True
        for mention, sent in self._narrative_sentences(doc, mentions):
            if congratulated_on(self.rules, span_text(sent), mention["start"] - sent.start_char):
                return True
        return False

    def _greeted_participants(self, doc: Doc, event: dict, mentions: list[dict]) -> bool:
        """Whether a news report's sentence greets the participants, guests or organisers of
        one of an event's mentions (events.json's `greeting_participants_day`, read as a class
        of `undated_event_classes`: a greeting word within its `before_chars` before the name,
        none of its `not_clause` words, not for its `not_kinds`), with no date written in
        that mention's clause or name other than the page's year, for a document dated to the
        day (issue 12 round ag: such a message is published on the day it is read out at the
        event). Not for the kinds a cue never dates (wars), nor a name holding one of its
        `not_name_words` (a birthday, a holiday, a named day keep the page's month)."""
        spec = greeting_participants_class(self.rules)
        kind = event["kind"]
        doc_date = self._day_of_doc(doc, kind) if spec is not None else None
        if doc_date is None:
            return False
        rules = self.rules.get("events", required=("heads",))["greeting_participants_day"]
        not_words = {w.lower() for w in rules.get("not_name_words", [])}
        if not_words & {w.lower() for w in re.findall(r"[\w’']+", event["name"])}:
            return False
        for mention, sent in self._narrative_sentences(doc, mentions):
            text, start = span_text(sent), mention["start"] - sent.start_char
            end = mention["end"] - sent.start_char
            if not fits_class(self.rules, spec, text, start, end, kind, True):
                continue
            written = [date_in_name(mention["name"])]
            written += [d[1] for d in dates_in_clause(self.rules, text, start, end, doc_date)]
            if any(d and d != doc_date[:4] for d in written):
                continue  # "greetings to the participants of the forum held on May 15-16"
            return True
        return False

    def _weekday_of_week(self, doc: Doc, mentions: list[dict]) -> str | None:
        """The day of the week one of an event's mentions is said to be on, nearest the
        document's date (`event_defaults.weekday_day`, issue 12 round ai), for a document dated
        to the day; not for the kinds a cue never dates (anniversaries, wars)."""
        doc_date = self._day_of_doc(doc, mentions[0]["kind"])
        if doc_date is None:
            return None
        for mention, sent in self._mention_sentences(doc, mentions):
            day = weekday_day(
                self.rules,
                span_text(sent),
                mention["start"] - sent.start_char,
                mention["end"] - sent.start_char,
                doc_date,
            )
            if day:
                return day
        return None

    def _marked_by_greeted(self, doc: Doc, mentions: list[dict]) -> bool:
        """Whether a news report's sentence names one of an anniversary's mentions right after
        an event held to mark it whose participants the President greets
        (`event_page_dates.greeted_event_marks`, issue 12 round ai), for a document dated to
        the day (anniversaries have their own date rules: `_day_of_doc` leaves them out)."""
        doc_date = self._context(doc, "doc_date")
        if not doc_date or len(doc_date) < 10 or not doc.has_annotation("SENT_START"):
            return False
        for mention, sent in self._narrative_sentences(doc, mentions):
            start = mention["start"] - sent.start_char
            end = mention["end"] - sent.start_char
            text = span_text(sent)
            # the name's clause: "will" before the greeting is a greeting to come (review53)
            clause_start, _ = clause_bounds(self.rules, text, start, end)
            if greeted_event_marks(self.rules, mention["name"], text, start, end, clause_start):
                return True
            # "The President spoke at a gala meeting to mark the 40th anniversary of the Lake
            # Works": attended on the page's day (issue 12 round am)
            if attended_event_marks(self.rules, mention["name"], text, start):
                return True
        return False

    def _under_way_today(self, doc: Doc, mentions: list[dict]) -> bool:
        """Whether a sentence of the document makes one of an event's mentions the subject of
        a verb of taking place now (`event_dates.under_way_on_doc_day`), for a document dated
        to the day; not for anniversaries, nor for the kinds a cue never dates (wars)."""
        return self._a_sentence_on_doc_day(
            doc,
            mentions,
            lambda text, mention, offset, narrative: under_way_on_doc_day(
                self.rules, text, mention["start"] - offset, mention["end"] - offset, narrative
            ),
        )

    def _this_event_today(self, doc: Doc, event: dict, mentions: list[dict]) -> bool:
        """Whether the document, after the event's first mention, says something happens "on
        the sidelines of this" event, named by its head (`event_page_dates.demonstrative_doc_day`,
        issue 12 round cv), for a document dated to the day; not for anniversaries, nor the
        kinds a cue never dates."""
        if event["kind"] == "anniversary" or self._day_of_doc(doc, event["kind"]) is None:
            return False
        return demonstrative_doc_day(
            self.rules, self._untimed_text(doc), event["name"], min(m["end"] for m in mentions)
        )

    def _done_today(self, doc: Doc, mentions: list[dict]) -> bool:
        """Whether a sentence of the document says one of an event's mentions was just taken
        part in, or in a news report that something was done right before it or on its
        completion (`event_page_dates.done_on_doc_day`, issue 12 round bf), for a document
        dated to the day; not for anniversaries, nor for the kinds a cue never dates."""
        return self._a_sentence_on_doc_day(
            doc,
            mentions,
            lambda text, mention, offset, narrative: done_on_doc_day(
                self.rules, text, mention["start"] - offset, narrative
            ),
        )

    def _a_sentence_on_doc_day(
        self,
        doc: Doc,
        mentions: list[dict],
        says_today: Callable[[str, dict, int, bool], bool],
    ) -> bool:
        """Whether, in a document dated to the day (`_day_of_doc`: not for anniversaries nor
        the kinds a cue never dates), `says_today(sentence text, mention, the sentence's
        offset, whether the mention is in a news report's words)` holds for a sentence of one
        of an event's mentions."""
        if self._day_of_doc(doc, mentions[0]["kind"]) is None:
            return False
        # a title's time word is no time: "Tomorrow" of "the School of Tomorrow" blocks no day
        text = self._untimed_text(doc)
        return any(
            says_today(
                text[sent.start_char : sent.end_char],
                mention,
                sent.start_char,
                self._narrative(doc, mention["start"]),
            )
            for mention, sent in self._mention_sentences(doc, mentions)
        )

    def _inside_war_years(self, doc: Doc, mentions: list[dict]) -> str | None:
        """The first year of a span of years a war named only inside anniversaries' names
        writes in its name ("the 1700-1721 Lake War") or right after it anywhere ("the Lake
        War of 1700-1721", `_years_named_elsewhere`), with events.json's
        `inside_war_span_years` (issue 12 round ak); None without it."""
        rules = self.rules.get("events", required=("heads",))
        kind = mentions[0]["kind"]
        if not rules.get("inside_war_span_years") or kind not in rules.get(
            "undated_kinds_by_cues", []
        ):
            return None
        for mention in mentions:
            m = _LEADING_YEAR_SPAN.match(mention["name"])
            if m:
                return m.group(1)
        return self._years_named_elsewhere(doc, kind, mentions)

    def _years_named_elsewhere(self, doc: Doc, kind: str, mentions: list[dict]) -> str | None:
        """The first year of a span of years the document writes right after an undated war's
        name anywhere, also inside another event's name ("the 300th anniversary of the peace
        that ended the Great Northern War of 1700-1721", then "the Great Northern War"), for
        the kinds of events.json's `undated_kinds_by_cues`, through `multi_year_range_links`
        ("of", "in") or in brackets; not a span that only narrows the clause's time inside the
        war ("during the Lake War in 1702-1703"; `event_war_dates`)."""
        rules = self.rules.get("events", required=("heads",))
        links = rules.get("multi_year_range_links", [])
        if not links or kind not in rules.get("undated_kinds_by_cues", []):
            return None
        # "the Lake War (1700-1721)", "the Lake War /1700-1721/" (issue 12 round cz)
        brackets = rules.get("multi_year_range_brackets", ["("])
        text = doc_text(doc)
        for name in dict.fromkeys(m["name"] for m in mentions):
            for m in _years_after(links, name, brackets).finditer(text):
                # "during the Lake War in 1702-1703": the clause's years inside the war (war60)
                if not clause_date_after_war(
                    self.rules, text, m.start(), m.start() + len(name), m.start(1)
                ):
                    return m.group(1)
        return None

    def _date_of(self, doc: Doc, mention: dict, found: _Mentions | None = None) -> str | None:
        """The date one mention's sentence gives its event; `found`, the document's event
        mentions, tells which other events the sentence names (their dates are their own)."""
        # a person's life years in brackets date no event (round bj); an anniversary may
        # count from them ("the 200th anniversary of the birth of Anna Lake (1801–1870)")
        whole = (
            self._untimed_text(doc) if mention["kind"] == "anniversary" else self._dating_text(doc)
        )
        text, offset = whole, 0
        if doc.has_annotation("SENT_START"):
            span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
            if span is None:
                return None
            sent = span.sent
            text, offset = whole[sent.start_char : sent.end_char], sent.start_char
        narrative = self._narrative(doc, mention["start"])
        lead = None
        if narrative and offset > 0 and doc.has_annotation("SENT_START"):
            # an announcement's first sentence ("On May 5, the President will visit Oslo"), or
            # the last paragraph before that opens with a day of its programme (issue 12t)
            lead = self._announced_day_before(doc, offset)
        if narrative and lead is None:
            # "Vladimir Putin will visit Lakeland on July 4": the title announces the day
            lead = self._title_announcement(doc)
        return event_date(
            self.rules,
            # "the final draw for the 2031 Lake Cup": the cup's year is not the draw's (12dc)
            mention.get("date_name", mention["name"]),
            text,
            mention["start"] - offset,
            mention["end"] - offset,
            self._context(doc, "doc_date"),
            mention["kind"],
            narrative=narrative,
            others=tuple(
                (m["start"] - offset, m["end"] - offset)
                for m in (found.between(offset, offset + len(text)) if found else ())
                if m is not mention
            ),
            lead_date=lead,
        )

    def _title_announcement(self, doc: Doc) -> str | None:
        """`event_dates.title_announcement_date` of the document's title and date, read once
        per document (each narrative mention asks; round date64), not kept for the next (as
        `_dating_text` keeps the document's dating text)."""
        if self._title_lead is None or self._title_lead[0] is not doc:
            title, doc_date = self._context(doc, "doc_title"), self._context(doc, "doc_date")
            self._title_lead = (doc, title_announcement_date(self.rules, title, doc_date))
        return self._title_lead[1]

    def _dating_text(self, doc: Doc) -> str:
        """The document's text as an event's dates are read from it: a person's life years in
        brackets blanked ("Anna Lake (1901–1980)"; `event_dates.without_life_spans`, issue 12
        round bj), and the time words that are no time (`_untimed_text`). Built once per
        document."""
        if self._dating is None or self._dating[0] is not doc:
            self._dating = (doc, without_life_spans(self.rules, self._untimed_text(doc)))
        return self._dating[1]

    def _untimed_text(self, doc: Doc) -> str:
        """The document's text with the time words that are no time blanked: a quoted title's
        or a title's capitalised word ("a photo exhibition “Pine Today”";
        `event_time_words.without_untimed_words`, round dx73), read by the steps that take a
        date from a time word of the page or let one block a date. Built once per document."""
        if self._untimed is None or self._untimed[0] is not doc:
            self._untimed = (doc, without_untimed_words(self.rules, doc_text(doc)))
        return self._untimed[1]

    def _announced_day_before(self, doc: Doc, offset: int) -> str | None:
        """The date of the last announcement sentence that starts before `offset`: the
        document's first sentence ("On May 5, the President will visit Oslo";
        `event_dates.announcement_date`), or, with events.json's
        `announcement_cues.paragraph_leads` (issue 12t), a later paragraph that opens the same
        way ("On May 6, the President will meet ...": the day the programme has reached, for
        the paragraphs that follow it until the next such opening)."""
        leads = self._announcement_leads(doc)
        index = bisect_left(leads, (offset,)) - 1
        return leads[index][1] if index >= 0 else None

    def _announcement_leads(self, doc: Doc) -> list[tuple[int, str]]:
        """Where the document's announcement sentences start, and their dates, in order: its
        first sentence and (`announcement_cues.paragraph_leads`) paragraphs opening with one of
        the `openings` and a date that speak of the future. Read once per document."""
        if self._leads is not None and self._leads[0] is doc:
            return self._leads[1]
        doc_date = self._context(doc, "doc_date")
        leads: list[tuple[int, str]] = []
        first = announcement_date(self.rules, span_text(doc[0].sent), doc_date)
        if first is not None:
            leads.append((0, first))
        text = doc_text(doc)
        for m in _paragraph_lead(self.rules).finditer(text):
            if not self._narrative(doc, m.end()):
                continue  # a speaker's paragraph announces nothing
            span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
            if span is None or span.sent.start_char != m.end():
                continue
            said = announcement_date(self.rules, span_text(span.sent), doc_date)
            if said is not None:
                leads.append((m.end(), said))
        self._leads = (doc, leads)
        return leads

    def _date_from_next_sentence(self, doc: Doc, event: dict, grouped: _Mentions) -> str | None:
        """The date the sentence after an undated event's first mention gives it through a
        generic mention of its head ("... the 7th summit of the Lake Union. The President
        accepted an invitation to the summit in Pineland this November."), for the
        kinds in events.json's `back_reference_kinds`, when no other event is named in that
        sentence. Only a date the sentence says, not one its cues imply."""
        heads = _back_reference_heads(self.rules).get(event["kind"])
        if not heads or not doc.has_annotation("SENT_START"):
            return None
        name = event["name"].lower()
        head = next((h for h in heads if re.search(rf"\b{re.escape(h)}\b", name)), None)
        span = doc.char_span(event["start"], event["end"], alignment_mode="expand")
        if head is None or span is None or span.sent.end >= len(doc):
            return None
        sent = doc[span.sent.end].sent
        lo, hi = sent.start_char, sent.end_char
        # another event named in that sentence: its dates may be that event's, unless "the
        # <head>" and the date both come before it ("The summit is set for late June, a week
        # before the 150th anniversary of the Lake Academy")
        other = min(
            (m["start"] - lo for m in grouped.starting(lo, hi)),
            default=hi - lo,
        )
        text = self._dating_text(doc)[sent.start_char : sent.end_char]
        m = re.search(rf"\b(?:the|this)\s+{re.escape(head)}\b", text[:other], re.IGNORECASE)
        if m is None:
            return None
        text = text[:other]
        found = dates_in_clause(
            self.rules,
            text,
            m.start(),
            m.end(),
            self._context(doc, "doc_date"),
            deadlines=False,
            names=False,
        )
        return found[0][1] if found else None

    def _refinable(self, date: str) -> bool:
        """Whether a later sentence may refine the date found: a month, or a year alone when
        events.json's `later_day_refines_year` says so (a year from the event's name, "the
        2017 World Rowing Championships", and "The championship opens on August 21")."""
        if len(date) == 7:
            return True
        rules = self.rules.get("events", required=("heads",))
        return len(date) == 4 and bool(rules.get("later_day_refines_year", False))

    def _refinable_by_mention(self, date: str, kind: str) -> bool:
        """Whether a later mention's day may refine the date the first ones gave: a month, or
        a year alone when events.json's `later_mention_refines_year` says so ("the 2016 Lake
        Sailing Regatta ... The 2016 Lake Sailing Regatta opens on September 9"). Not for
        an anniversary: its mentions' dates are of what it marks."""
        if kind == "anniversary":
            return False
        if len(date) == 7:
            return True
        rules = self.rules.get("events", required=("heads",))
        return len(date) == 4 and bool(rules.get("later_mention_refines_year", False))

    def _writes_day(self, doc: Doc, mention: dict, day: str) -> bool:
        """Whether the mention's sentence writes out the day's month beside a number ("from
        June 14 to July 15"), not a cue of the document's day ("Today we are ... assessing the
        readiness for ... the World Cup"): a year is refined only by a day the page states."""
        span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
        if span is None:
            return False
        pattern = _written_month_pattern(self.rules).get(int(day[5:7]))
        return pattern is not None and bool(pattern.search(span_text(span.sent)))

    def _day_from_later_sentence(
        self, doc: Doc, event: dict, month: str, found: _Mentions
    ) -> str | None:
        """The day, in the month (or year: `_refinable`) already found, that a sentence soon
        after gives an event through "the <head>", "it" or "the event" opening it as the
        subject of one of events.json's `later_day_verbs` ("The festival takes place in
        Lakeside on June 5-11", "This year it will take place ... from August 12 to 16";
        `later_day_subjects`, `later_day_openers`, `later_day_window_chars`). Not from a
        sentence that names another event, nor a day it ends on ("until November 22";
        `later_day_span_ends`)."""
        pattern = _later_day_pattern(self.rules, event["kind"], event["name"])
        if pattern is None or not doc.has_annotation("SENT_START"):
            return None
        span = doc.char_span(event["start"], event["end"], alignment_mode="expand")
        if span is None:
            return None
        doc_date = self._context(doc, "doc_date")
        # a window of characters, not of sentences: a paragraph the prefilter masks is one
        # sentence, and the records must not depend on it
        index, limit = span.sent.end, span.sent.end_char + _later_day_chars(self.rules)
        while index < len(doc) and doc[index].idx < limit:
            sent = doc[index].sent
            index = sent.end
            if found.between(sent.start_char, sent.end_char):
                continue  # another event is named: its dates may be its own
            text = self._dating_text(doc)[sent.start_char : sent.end_char]
            m = pattern.match(text)
            if m is None:
                continue
            if not self._antecedent_before(doc, sent, span.sent, event, m.group(1)):
                continue  # "It will be held on June 29" after a sentence on another thing (eb)
            for _, value, s, e in dates_in_clause(
                self.rules, text, m.start(1), m.end(1), doc_date, deadlines=False, names=False
            ):
                if _span_end(self.rules).search(text, max(0, s - 20), s):
                    continue  # "will run until November 22": when it ends, not its day
                if len(value) == 10 and value.startswith(month + "-"):
                    if doc_day_in_range(self.rules, text, s, e, value, doc_date):
                        return doc_date  # "it is held on June 5-11", on June 7 (issue 12 at)
                    return value
        return None

    def _antecedent_before(
        self, doc: Doc, sent: Span, own: Span, event: dict, subject: str
    ) -> bool:
        """Whether a later sentence's subject refers to the event: "the <head>" does; one of
        events.json's `later_day_antecedent_subjects` ("it", "the event") only when the
        sentence right before `sent` is the event's own (`own`) or names the event's head
        ("The Harbour Film Festival was founded in 2001. This year it will take place on June
        18"), not when it speaks of another thing ("We will hold the Pine Exam everywhere. It
        will be held on June 29"; issue 12 round eb)."""
        if " ".join(subject.lower().split()) not in _antecedent_subjects(self.rules):
            return True
        if sent.start <= own.end:
            return True
        head = _later_day_head(self.rules, event["kind"], event["name"])
        if head is None:
            return False
        text = _sentence_before(self._dating_text(doc), sent.start_char)
        return re.search(rf"\b{_number_free(head)}\b", text, re.IGNORECASE) is not None

    def _date_of_marked_anniversary(
        self, doc: Doc, mentions: list[dict], found: _Mentions
    ) -> str | None:
        """The date of the anniversary an event is held to mark, named right after one of its
        mentions ("the Harbour Parade to mark the 120th anniversary of the port"; events.json's
        `marking_anniversary_cues`). Not for an anniversary, nor a war."""
        if self._not_dated_by_cues(mentions[0]["kind"]):
            return None
        cue = _marking_cue(self.rules)
        text = doc_text(doc)
        for mention in mentions:
            # only a few words may stand between them: the mentions that start soon after
            for other in found.starting(mention["end"], mention["end"] + _MARKING_WINDOW):
                if other["kind"] == "anniversary" and cue.fullmatch(
                    text, mention["end"], other["start"]
                ):
                    return self._date_of(doc, other, found)
        return None


def _sentence_of(doc: Doc, mention: dict) -> tuple[str, int] | None:
    """(text, offset in the document) of the sentence of a mention (`start`, `end`): the whole
    text at offset 0 when the Doc has no sentences; None when no span can be made of it."""
    if not doc.has_annotation("SENT_START"):
        return doc_text(doc), 0
    span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
    if span is None:
        return None
    return span_text(span.sent), span.sent.start_char


# a name that opens with a span of years: "1700-1721 Lake War" (group 1, the first year)
_LEADING_YEAR_SPAN = re.compile(r"((?:1[5-9]|20)\d{2})\s*[–—-]\s*(?:(?:1[5-9]|20)\d{2}|\d{2})\s")


def _years_after(
    links: list[str], name: str, brackets: list[str] | tuple[str, ...] = ("(",)
) -> re.Pattern:
    """A name followed by a span of years: "Great Patriotic War of 1941-1945", "... War
    (1941-1945)", or in another of `brackets` ("... War /1941-1945/"; events.json's
    `multi_year_range_brackets`, issue 12 round cz); group 1 is the first year."""
    return _years_after_pattern(tuple(links), name, tuple(brackets or ()))


@lru_cache(maxsize=256)  # a war's name, asked for again by its page's groups and later pages
def _years_after_pattern(
    links: tuple[str, ...], name: str, brackets: tuple[str, ...]
) -> re.Pattern:
    """`_years_after`, built once for its arguments (round date64: a pattern of a name was
    rebuilt and looked up in `re`'s cache at each call)."""
    year = r"(?:1[5-9]|20)\d{2}"
    opening = f"|{phrase_alternation(brackets)}" if brackets else ""
    # the name first, then the look-behind at the character before it: a pattern that begins
    # with a literal text is searched for by the regex engine's fast literal scan
    return re.compile(
        rf"{re.escape(name)}(?<![\w-][\s\S]{{{len(name)}}})"
        rf"\s*,?\s*(?:(?:{phrase_alternation(links)})\s+{opening})"
        rf"({year})\s*[–—-]\s*(?:{year}|\d{{2}})(?![\w-])"
    )


@compiled_from_rules
def _paragraph_lead(ruleset: Rules) -> re.Pattern:
    """A paragraph's start before one of events.json's `announcement_cues.openings` ("On ")
    when `announcement_cues.paragraph_leads` says to read them; the match ends where the
    paragraph's text starts."""
    cues = ruleset.get("events", required=("heads",)).get("announcement_cues", {})
    openings = cues.get("openings", [])
    if not openings or not cues.get("paragraph_leads", False):
        return NEVER_MATCHES
    # a day's number or a month right after the opening ("On May 6", "On 6 May"): a paragraph
    # opening otherwise ("On the same day") is not looked up as a sentence
    return re.compile(rf"\n[ \t]*(?=(?i:{phrase_alternation(openings)})\s+(?:\d|{MONTH_PATTERN}))")


# how far after an anniversary's name the phrase of the next sentence saying it will be marked
# may end ("... of our relations. We will celebrate it"): a cheap look at the text, before the
# sentences are looked up
_MARKED_NEXT_CHARS = 400

# how far after an event the anniversary it marks may start (" , held to mark the ")
_MARKING_WINDOW = 200


def _held_occurrences(group: _Group) -> list[_Group]:
    """The other occurrences a group of the page's own occurrence held out ("the last Lake
    summit in Pinetown", "the next Lake summit"), each a group of its own that the later held
    mentions of its words join (issue 12 round cs)."""
    made: list[_Group] = []
    for event, core, _ in group.held:
        other = next((g for g in made if core <= g.core or g.core <= core), None)
        if other is None:
            made.append(_Group(core, event["kind"], [event], core, another=True))
        else:
            other.core = other.core | core
            other.mentions.append(event)
    group.held = []
    return made


@compiled_from_rules
def _another_occurrence_re(ruleset: Rules) -> re.Pattern | None:
    """events.json's `another_occurrence_openers` (round cs): a determiner, then a word saying
    the name is another occurrence of its series, right before it; None when the rule is off."""
    rule = ruleset.get("events", required=("heads",)).get("another_occurrence_openers") or {}
    if not rule.get("words") or not rule.get("determiners"):
        return None
    determiners = phrase_alternation(rule["determiners"])
    return re.compile(rf"\b{determiners}\s+{phrase_alternation(rule['words'])}\s+$", re.IGNORECASE)


def _says_another_occurrence(ruleset: Rules, text: str, event: dict) -> bool:
    """Whether the words right before a mention say it is another occurrence than the page's
    own ("the last Lake summit", "our previous Lake Forum", "the next meeting of the Lake
    Council"): events.json's `another_occurrence_openers` (issue 12 round cs)."""
    pattern = _another_occurrence_re(ruleset)
    return pattern is not None and bool(
        pattern.search(text, max(0, event["start"] - 40), event["start"])
    )


class _Mentions:
    """A document's event mentions, in the order found, and ordered by where they start, so
    that those of one stretch (a sentence) are found by bisection, not by a scan of all."""

    def __init__(self, mentions: list[dict]):
        self.ordered = mentions
        self._by_start = sorted(mentions, key=lambda m: (m["start"], m["end"]))
        self._starts = [m["start"] for m in self._by_start]

    def between(self, lo: int, hi: int) -> list[dict]:
        """The mentions that start at or after `lo` and end by `hi`."""
        return [m for m in self.starting(lo, hi) if m["end"] <= hi]

    def starting(self, lo: int, hi: int) -> list[dict]:
        """The mentions that start at or after `lo` and before `hi`."""
        return self._by_start[bisect_left(self._starts, lo) : bisect_left(self._starts, hi)]


@compiled_from_rules
def _marking_cue(ruleset: Rules, with_verb: bool = False) -> re.Pattern:
    """What stands between an event and the anniversary it marks: " to mark the "; with
    `with_verb`, also after one of events.json's `marking_event_verbs` (" was held to mark
    the ")."""
    rules = ruleset.get("events", required=("heads",))
    cues = rules.get("marking_anniversary_cues", [])
    if not cues:
        return NEVER_MATCHES
    verbs = rules.get("marking_event_verbs", []) if with_verb else []
    verb = rf"(?:(?:{phrase_alternation(verbs)})\s+)?" if verbs else ""
    return re.compile(rf"\s*,?\s*{verb}(?:{phrase_alternation(cues)})\s+(?:the\s+)?", re.IGNORECASE)


@compiled_from_rules
def _back_reference_heads(ruleset: Rules) -> dict[str, list[str]]:
    """events.json's heads per kind, for the kinds in `back_reference_kinds`, longest first."""
    rules = ruleset.get("events", required=("heads",))
    kinds = set(rules.get("back_reference_kinds", []))
    by_kind: dict[str, list[str]] = {}
    for head, kind in rules["heads"].items():
        if kind in kinds:
            by_kind.setdefault(kind, []).append(head.lower())
    return {k: sorted(v, key=len, reverse=True) for k, v in by_kind.items()}


@compiled_from_rules
def _later_day_head_pattern(ruleset: Rules, head: str) -> re.Pattern | None:
    """For a head of events.json's `back_reference_kinds`: a sentence's opening that makes "the
    <head>" or one of `later_day_subjects` ("it", "the event") the subject of one of
    `later_day_verbs`, after one of `later_day_openers` ("This year it will take place"); group
    1 is the subject. None without `later_day_verbs`. Compiled per head when first asked for
    (a page names one or two of the 40-odd heads; compiling them all cost 0.02 s a process)."""
    rules = ruleset.get("events", required=("heads",))
    verbs, openers = rules.get("later_day_verbs", []), rules.get("later_day_openers", [])
    if not verbs:
        return None
    opener = rf"(?:(?:{phrase_alternation(openers)})\s*,?\s+)?" if openers else ""
    subjects = rules.get("later_day_subjects", [])
    generic = rf"|(?:{phrase_alternation(subjects)})" if subjects else ""
    return re.compile(
        rf"\W*{opener}((?:the\s+{_number_free(head)}){generic})\s+"
        rf"(?:{phrase_alternation(verbs)})\b",
        re.IGNORECASE,
    )


def _later_day_pattern(ruleset: Rules, kind: str, name: str) -> re.Pattern | None:
    """The pattern of `_later_day_head_pattern` for the first head of the event's kind in its
    name (`_later_day_head`)."""
    head = _later_day_head(ruleset, kind, name)
    return None if head is None else _later_day_head_pattern(ruleset, head)


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, cut after a sentence's closing mark and at
    line breaks (`SENTENCE_BREAK`), its trailing spaces left out."""
    spans, start = [], 0
    for m in SENTENCE_BREAK.finditer(text):
        end = len(text[start : m.end()].rstrip()) + start
        if end > start:
            spans.append((start, end))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _sentence_before(text: str, start: int) -> str:
    """The sentence of `text` that ends right before `start`, found in the text itself (from
    the last sentence break before it, at most 1,000 characters back): a paragraph the
    prefilter masks is one sentence of the Doc, and the records must not depend on it."""
    head = text[max(0, start - 1000) : start].rstrip()
    cut = 0
    for m in SENTENCE_BREAK.finditer(head):
        cut = m.end()
    return head[cut:]


def _later_day_head(ruleset: Rules, kind: str, name: str) -> str | None:
    """The first head of events.json's `back_reference_kinds` for the event's kind that its
    name holds."""
    lowered = name.lower()
    for head in _back_reference_heads(ruleset).get(kind, []):
        if re.search(rf"\b{re.escape(head)}\b", lowered):
            return head
    return None


@compiled_from_rules
def _antecedent_subjects(ruleset: Rules) -> frozenset[str]:
    """events.json's `later_day_antecedent_subjects`, lowercased (issue 12 round eb)."""
    rules = ruleset.get("events", required=("heads",))
    return frozenset(
        " ".join(s.lower().split()) for s in rules.get("later_day_antecedent_subjects", [])
    )


@compiled_from_rules
def _written_month_pattern(ruleset: Rules) -> dict[int, re.Pattern]:
    """Per month number: its name (temporal.json's months) beside a day's number."""
    months = (
        ruleset.get("temporal", required=("relative",))
        .get("months_as_periods", {})
        .get("months", {})
    )
    by_number: dict[int, list[str]] = {}
    for name, number in months.items():
        by_number.setdefault(int(number), []).append(re.escape(name))
    return {
        n: re.compile(rf"\b(?:{'|'.join(names)})\s+\d|\d\s+(?:{'|'.join(names)})\b", re.I)
        for n, names in by_number.items()
    }


def _number_free(head: str) -> str:
    """A head's pattern, singular or plural: "the championship" takes up "the 2017 World
    Championships" (and "the championships" a championship)."""
    stem = head[:-1] if head.endswith("s") else head
    return rf"{re.escape(stem)}s?"


@compiled_from_rules
def _span_end(ruleset: Rules) -> re.Pattern:
    """events.json's `later_day_span_ends` right before a date ("until "): the day an event
    ends, not the day it takes place."""
    words = ruleset.get("events", required=("heads",)).get("later_day_span_ends", [])
    if not words:
        return NEVER_MATCHES
    return re.compile(rf"\b(?:{phrase_alternation(words)})\s+(?:the\s+)?$", re.IGNORECASE)


@compiled_from_rules
def _later_day_chars(ruleset: Rules) -> int:
    return int(ruleset.get("events", required=("heads",)).get("later_day_window_chars", 0))


@dataclass
class _Group:
    """The mentions of one event in a document; `core` is the most specific name seen."""

    core: frozenset
    kind: str
    mentions: list[dict]
    first: frozenset  # the first mention's core
    # mentions that say they are another occurrence ("the last Lake summit"), held out of the
    # group until it is known to be the page's own occurrence (issue 12 round cs): each with
    # its core and whether the group would have taken it as a mention
    held: list[tuple[dict, frozenset, bool]] = field(default_factory=list)
    another: bool = False  # made of held mentions: another occurrence than the page's


class _Groups:
    """A document's events, each the group of its mentions, in the order first mentioned.

    A mention names the same event as a group when its words are among the group's ("the
    Forum" after "the Eastern Economic Forum"), or when it adds words to them and no other
    mention has ("the Olympics", then "the Sochi Olympics"); once refined, a group does not take
    a mention refining it another way ("the London Olympics" is another event). An anniversary
    of a war is another event than the war: kinds must agree. The first group in order that a
    mention names takes it.

    Which groups a mention may name is looked up in two indexes, not by a scan of all groups
    (a long document names hundreds of events): a group whose words hold the mention's holds its
    rarest word; a group not yet refined, whose words the mention's hold, is filed under one of
    its words, the one with the fewest groups filed, and is found through the mention's words."""

    def __init__(self) -> None:
        self._groups: list[_Group] = []
        self._holding: dict[str, list[int]] = {}  # word -> groups whose core has it
        self._unrefined: dict[str, set[int]] = {}  # word -> unrefined groups filed under it
        self._filed: dict[int, str] = {}  # unrefined group -> the word it is filed under

    def __iter__(self) -> Iterator[_Group]:
        return iter(self._groups)

    def add(self, event: dict, core: frozenset, held: bool = False) -> None:
        """Put a mention with the group of its event, or start a new group; a `held` mention
        ("the last Lake summit") is only held by the group it names (round cs)."""
        rarest = min(core, key=lambda w: (len(self._holding.get(w, ())), w))
        unrefined = sorted({i for w in core for i in self._unrefined.get(w, ())})
        # both lists are in group order; the first group that the mention names takes it
        for index in merge(self._holding.get(rarest, []), unrefined):
            group = self._groups[index]
            if (
                group.kind != event["kind"]
                and not _names_its_body(group, event)
                # "the Pine Week (PW) Energy Forum", then "the Pine Week": the week is the
                # forum's name's part bridged across a gloss (round ev90)
                and event["kind"] not in group.mentions[0].get("bridged_kinds", ())
            ):
                continue
            if _other_number(group, event):
                continue
            if other_edition(_edition_mention(group), event):
                event["other_edition"] = True  # "the 10th ..." after "the 11th ..." (12bx)
                continue
            first = group.first
            if core <= group.core:
                taken = core in (first, group.core) or date_in_name(event["name"])
                if held:
                    group.held.append((event, core, taken))
                elif taken:
                    # the same name, or one that says its year: its date may be said here
                    group.mentions.append(event)
                return
            if first == group.core < core:
                # refined once: "the Olympics", then "the Sochi Olympics"; a held mention
                # refines it too, so that the other mentions are grouped as before (12cs)
                self._unfile(index)
                self._hold(index, core - group.core)
                group.core = core
                if held:
                    group.held.append((event, core, True))
                else:
                    group.mentions.append(event)
                return
        index = len(self._groups)
        self._groups.append(_Group(core, event["kind"], [event], core))
        self._hold(index, core)
        self._file(index, core)

    def hold(self, named: dict, event: dict, core: frozenset) -> None:
        """Hold `event`, another occurrence by its opener, in the group of the earlier mention
        it would name again ("the LCO summit ... the next LCO meeting"; round cs)."""
        for group in self._groups:
            if any(m is named for m in group.mentions):
                group.held.append((event, core, False))
                return

    def merge(self, kept: _Group, merged: _Group) -> None:
        """Make `merged` part of `kept`: two groups found to be one event named in two ways
        that share no words ("Pine District will mark its 90th anniversary" and "the 90th
        anniversary of Pine District": round ef's described anniversaries). `kept` takes
        `merged`'s mentions, all in page order, and keeps its own core and kind; `merged`
        (taken by identity) leaves the groups, those after it moving up one place, and the
        word indexes are rebuilt for the groups left, so that a later `add` looks them up
        where they are."""
        kept.mentions.extend(merged.mentions)
        kept.mentions.sort(key=lambda m: m["start"])
        del self._groups[next(i for i, g in enumerate(self._groups) if g is merged)]
        self._holding.clear()
        self._unrefined.clear()
        self._filed.clear()
        for index, group in enumerate(self._groups):
            self._hold(index, group.core)
            if group.first == group.core:  # not refined: filed (`add`)
                self._file(index, group.core)

    def _hold(self, index: int, words: frozenset) -> None:
        for word in words:
            insort(self._holding.setdefault(word, []), index)

    def _file(self, index: int, core: frozenset) -> None:
        """File a group not yet refined under the word of its core with the fewest groups."""
        filed = min(core, key=lambda w: (len(self._unrefined.get(w, ())), w))
        self._unrefined.setdefault(filed, set()).add(index)
        self._filed[index] = filed

    def _unfile(self, index: int) -> None:
        self._unrefined[self._filed.pop(index)].discard(index)


@dataclass(frozen=True)
class _SubjectRule:
    anniversary_re: re.Pattern  # an anniversary word ("anniversary", "centenary")
    actions: frozenset[str]
    year_count_re: re.Pattern | None = None  # "75 years of": a count of years (round ck)
    # round dd: subjects sharing this many words (0: off) name one anniversary, though
    # neither holds the other's ("of the Lake Court founding", "of the founding of Lake's Court")
    min_shared: int = 0


@compiled_from_rules
def _subject_rule(ruleset: Rules) -> _SubjectRule | None:
    """events.json's `anniversary_subject_coreference` (round bs), compiled; None without it."""
    rules = ruleset.get("events", required=("heads",))
    rule = rules.get("anniversary_subject_coreference")
    if not rule:
        return None
    words = sorted(rules.get("anniversary_words", []), key=len, reverse=True)
    return _SubjectRule(
        anniversary_re=re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\w*", re.I),
        actions=frozenset(w.lower() for w in rule.get("action_nouns", [])),
        year_count_re=_year_count_re(rule.get("year_count_links", [])),
        min_shared=int((rules.get("anniversary_subject_shared_words") or {}).get("min_shared", 0)),
    )


def _year_count_re(links: list[str]) -> re.Pattern | None:
    """A name that opens with a count of years and one of `links` ("75 Years of", "30 years
    since"): `anniversary_subject_coreference`'s `year_count_links` (issue 12 round ck)."""
    if not links:
        return None
    return re.compile(rf"(?:the\s+)?(\d{{1,4}})\s+years\s+(?:{phrase_alternation(links)})\s", re.I)


class _AnniversarySubjects:
    """The counted anniversaries named so far on a page, by count, with what each is the
    anniversary of: its words after the anniversary word, less the rule's action nouns
    ("founding", "establishment"). A later one of the same count whose subject words hold an
    earlier one's, or are among them, is that anniversary named again: it takes its core
    (events.json's `anniversary_subject_coreference`, issue 12 round bs); so is one whose
    subject words share at least `anniversary_subject_shared_words`' min_shared words with an
    earlier one's (issue 12 round dd)."""

    def __init__(self, rule: _SubjectRule):
        self.rule = rule
        self.seen: dict[int, list[tuple[frozenset, frozenset]]] = {}

    @classmethod
    def of(cls, ruleset: Rules) -> _AnniversarySubjects | None:
        rule = _subject_rule(ruleset)
        return None if rule is None else cls(rule)

    def subject(self, name: str) -> frozenset:
        ends = [m.end() for m in self.rule.anniversary_re.finditer(name)]
        if not ends:
            return frozenset()
        return content_words(name[ends[-1] :]) - self.rule.actions

    def year_count(self, name: str) -> tuple[int, frozenset] | None:
        """The years a name written as a count of years counts and what it is of ("75 Years of
        the Lake Victory": 75, {lake, victory}), by the rule's `year_count_links`; None for
        another name (issue 12 round ck)."""
        m = self.rule.year_count_re.match(name) if self.rule.year_count_re else None
        if m is None:
            return None
        return int(m.group(1)), content_words(name[m.end() :]) - self.rule.actions

    def same(
        self, number: int, name: str, core: frozenset, words: frozenset | None = None
    ) -> frozenset:
        """The core of the earlier anniversary of `number` this name names again, else `core`
        (then kept as one that later names may name again). `words`: what it is of, where the
        name has no anniversary word (a count of years, round ck)."""
        words = self.subject(name) if words is None else words
        if not words:
            return core
        earlier = self.seen.setdefault(number, [])
        shared = self.rule.min_shared
        for subject, first_core in earlier:
            if words <= subject or subject <= words:
                return first_core
            if shared and len(words & subject) >= shared:
                # "of gas supplies to Lakeland" and "of the first contract on gas supplies
                # from Pineland": two words of what each is of in common (round dd); kept
                # too, so that a later "of the first gas contract" names it
                earlier.append((words, first_core))
                return first_core
        earlier.append((words, core))
        return core


def _other_number(group: _Group, event: dict) -> bool:
    """Whether an anniversary mention counts other years than the group's first mention ("the
    20th anniversary of the Lake Treaty Organisation" after "the 30th anniversary of the Lake
    Treaty"): another anniversary, though its words refine the group's (issue 12 round bd)."""
    years = event.get("anniversary_years")
    first = group.mentions[0].get("anniversary_years")
    return years is not None and first is not None and years != first


def _edition_mention(group: _Group) -> dict:
    """The group's first mention that counts its edition ("the 9th Lake Forum"), else its first
    (issue 12 round bx)."""
    return next((m for m in group.mentions if m.get("edition") is not None), group.mentions[0])


def _names_its_body(group: _Group, event: dict) -> bool:
    """Whether the group's event is a meeting of the body the mention names ("the summit of the
    Council of Lake States ..." and, later, "the Council of Lake States ..."): one event."""
    if group.kind == "anniversary":
        return False  # "the anniversary of the Great Patriotic War" is not the war
    if group.mentions[0].get("draw"):
        return False  # "the final draw of the Lake Cup" is not the cup (issue 12 round dc)
    first = group.mentions[0]["name"]
    return bool(re.search(rf"\bof\s+(?:the\s+)?{re.escape(event['name'])}$", first))


def _in_own_heading(ruleset: Rules, text: str, index: int) -> bool:
    """Whether `index` lies in a heading that names the document's own event: a short paragraph
    without a final full stop starting with a cue such as "Speech at", with no word of a title
    about another happening before the event (`_own_event_cues`: "participants", "winners")."""
    lo = text.rfind("\n", 0, index) + 1
    hi = text.find("\n", index)
    paragraph = text[lo : hi if hi >= 0 else len(text)].strip()
    if not paragraph or paragraph.endswith((".", "!", "?", ":")) or len(paragraph.split()) > 25:
        return False
    lowered = normalise_phrase(paragraph)
    if not any(lowered.startswith(cue + " ") for cue in _own_heading_cues(ruleset)):
        return False
    # "Opening remarks at a meeting with the Lake Forum's participants": the heading's own
    # meeting is with people who take part in the event, as a title's is (issue 12 round aq)
    return not _own_event_cues(ruleset).search(text, lo, index)


@compiled_from_rules
def _multilateral_own_title(ruleset: Rules) -> re.Pattern:
    rule = ruleset.get("events", required=("heads",)).get("counted_multilateral_gatherings") or {}
    phrases = rule.get("own_title_phrases")
    if not phrases:
        return NEVER_MATCHES
    return re.compile(rf"(?<!\w)(?:{phrase_alternation(phrases)})(?!\w)", re.IGNORECASE)


def _multilateral_is_own(ruleset: Rules, title: str) -> bool:
    """Whether a counted multilateral gathering (`counted_multilateral_gatherings`) is the
    page's own meeting: the title names a meeting (one of `own_title_phrases`: "Meeting of the
    presidents of ...", "Meeting with ...", "... talks") with several sides (a list: "and" or
    a comma, or a word of three hyphenated parts: "Lake-Pine-Hill talks")."""
    if not title or not _multilateral_own_title(ruleset).search(title):
        return False
    return bool(re.search(r"\band\b|,|\b\w+-\w+-\w+\b", title))


@dataclass(frozen=True)
class _Aliases:
    acronym: re.Pattern  # "SCO summit": the initials, then the rest of the name
    skipped: frozenset[str]  # words a run of capitalised words passes over ("of", "the")


@compiled_from_rules
def _acronym_aliases(ruleset: Rules) -> _Aliases | None:
    """events.json's `acronym_aliases` (issue 12 round aj), compiled; None without the key."""
    rule = ruleset.get("events", required=("heads",)).get("acronym_aliases")
    if not rule:
        return None
    lo, hi = int(rule.get("min_letters", 2)), int(rule.get("max_letters", 6))
    first = "[A-Za-z]" if rule.get("capitalised_rest") else "[a-z]"  # "SCO Summit" (round ay)
    return _Aliases(
        acronym=re.compile(rf"([A-Z]{{{lo},{hi}}})((?:[ \t]+{first}[\w-]*)+)$"),
        skipped=frozenset(rule.get("skipped_words", ["of", "the"])),
    )


def _expand_acronym(
    aliases: _Aliases, event: dict, mentions: list[dict], before: int, title: str = ""
) -> str | None:
    """The name an event named by initials and lowercase words ("SCO summit") stands for: the
    run of capitalised words whose initials they are (each part of a hyphenated word counts;
    `skipped` words inside the run pass), in an earlier mention's name of the same kind or in
    `title`, followed by the event's lowercase words ("Shanghai Cooperation Organisation
    summit"); None when none spells them. The earlier mentions: `mentions[:before]`."""
    m = aliases.acronym.fullmatch(event["name"])
    if not m:
        return None
    letters, rest = m.group(1).lower(), m.group(2)
    sources = [e["name"] for e in mentions[:before] if e["kind"] == event["kind"]]
    for source in [*sources, title] if title else sources:
        run = _run_with_initials(aliases, source, letters)
        if run:
            return run + rest
    return None


def _run_with_initials(aliases: _Aliases, text: str, letters: str) -> str | None:
    """The first run of capitalised words of `text` whose initials spell `letters`."""
    words = list(re.finditer(r"[\w’'-]+", text))
    for i, first in enumerate(words):
        if not first.group()[:1].isupper() or first.group().isupper():
            continue
        spelled = ""
        for w in words[i:]:
            word = w.group()
            if word in aliases.skipped and spelled:
                continue
            if not word[:1].isupper():
                break
            spelled += "".join(part[:1].lower() for part in word.split("-") if part)
            if spelled == letters:
                return text[first.start() : w.end()]
            if not letters.startswith(spelled):
                break
    return None


@compiled_from_rules
def _marked_anniversary(ruleset: Rules) -> re.Pattern:
    """An anniversary named after one of `marking_anniversary_cues` ("marking the 70th
    anniversary", "to mark the centenary"), with at most `max_words_between` words between the
    cue (and "the") and the anniversary word: in a title or the page's own heading, it is what
    the page's own meeting marks, not that meeting (events.json's
    `marked_anniversaries_not_own`, issue 12 round aj)."""
    rules = ruleset.get("events", required=("heads",))
    rule = rules.get("marked_anniversaries_not_own")
    cues = rules.get("marking_anniversary_cues", [])
    words = rules.get("anniversary_words", [])
    if not rule or not cues or not words:
        return NEVER_MATCHES
    between = int(rule.get("max_words_between", 2))
    return re.compile(
        rf"(?<!\w)(?:{phrase_alternation(cues)})\s+(?:the\s+)?(?:[\w,’'-]+\s+){{0,{between}}}"
        rf"(?:{phrase_alternation(words)})\b",
        re.IGNORECASE,
    )


def _marked_in_heading(ruleset: Rules, text: str, mention: dict) -> bool:
    """Whether an anniversary `mention` in a heading is named after a marking cue of
    `_marked_anniversary` (the heading's own meeting marks it)."""
    if mention["kind"] != "anniversary":
        return False
    lo = text.rfind("\n", 0, mention["start"]) + 1
    return any(
        m.end() > mention["start"]
        for m in _marked_anniversary(ruleset).finditer(text, lo, mention["end"])
    )


def _of_another_year(ruleset: Rules, mention: dict, doc_year_: int | None) -> bool:
    """Whether a heading's event is named with a year other than the document's ("Speech at
    the draw of the 2032 Lake Cup", written in 2031): not the document's own meeting, as in
    `is_own_event` (issue 12y; events.json's `own_heading_other_year`). Not for its not_kinds,
    whose years are those of what they recall ("the 80th anniversary of the 1951 Lake Treaty")."""
    rule = ruleset.get("events", required=("heads",)).get("own_heading_other_year")
    if not rule or mention["kind"] in rule.get("not_kinds", []):
        return False
    return _names_another_year(content_words(mention["name"]), doc_year_)


def _names_another_year(words: frozenset[str], doc_year_: int | None) -> bool:
    """Whether an event's name (its content words) writes a year and none is the document's:
    an event of another year ("the 2032 Lake Cup" in a document of 2031)."""
    years = {w for w in words if _YEAR_WORD.fullmatch(w)}
    return bool(years) and doc_year_ is not None and str(doc_year_) not in years


@compiled_from_rules
def _own_heading_cues(ruleset: Rules) -> tuple[str, ...]:
    rules = ruleset.get("events", required=("heads",))
    return tuple(normalise_phrase(c) for c in rules.get("own_event_heading_cues", []))


@compiled_from_rules
def _numbered_kinds(ruleset: Rules) -> tuple[frozenset[str], dict[str, str]]:
    """events.json's `numbered_event_kinds`, and the ordinal word of each roman numeral, digit,
    digit ordinal and number word (`numbered_event_number_words`) that `ordinal_words` names
    ("ii", "2", "2nd" and "two": "second"), up to `numbered_event_max_numeral`."""
    rules = ruleset.get("events", required=("heads",))
    words = {n: w for w, n in rules.get("ordinal_words", {}).items()}
    limit = int(rules.get("numbered_event_max_numeral", 39))
    numerals = {_roman(n): w for n, w in words.items() if 0 < n <= limit}
    # "World War 2" and "the 2nd World War" name the Second World War too
    numerals.update({str(n): w for n, w in words.items() if 0 < n <= limit})
    numerals.update({_digit_ordinal(n): w for n, w in words.items() if 0 < n <= limit})
    cardinals = rules.get("numbered_event_number_words", {})
    numerals.update({word: words[n] for word, n in cardinals.items() if n in words})
    return frozenset(rules.get("numbered_event_kinds", [])), numerals


def _digit_ordinal(n: int) -> str:
    """ "2nd" for 2, "11th" for 11, "23rd" for 23."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _numbered(ruleset: Rules, kind: str, words: frozenset) -> frozenset:
    """The words of a name of a numbered kind with its roman numeral, digits or number word as
    an ordinal word, which `_core_words` keeps: "World War I" and "World War II" are two wars,
    "World War II", "World War Two", "World War 2", "2nd World War" and "Second World War" one.
    Other kinds keep their words (a games' numeral is its edition)."""
    kinds, numerals = _numbered_kinds(ruleset)
    if kind not in kinds:
        return words
    return frozenset(numerals.get(w, w) for w in words)


# a number, a digit ordinal or a well-formed roman numeral up to 399 ("xiv", not "civil" or
# "civic": a word of the numerals' letters is no numeral; issue 12 round ah)
_NUMERAL_WORD = re.compile(r"\d+(?:st|nd|rd|th)?|c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")


def _core_words(words: frozenset) -> frozenset:
    """Content words without ordinals, numbers and roman numerals, for telling mentions apart."""
    core = frozenset(singular(w) for w in words if not _NUMERAL_WORD.fullmatch(w))
    return core or words


@compiled_from_rules
def _never_own_kinds(ruleset: Rules) -> frozenset[str]:
    rules = ruleset.get("events", required=("heads",))
    return frozenset(rules.get("never_own_event_kinds", []))


@compiled_from_rules
def _kind_head_patterns(ruleset: Rules) -> dict[str, re.Pattern] | None:
    """events.json's `own_event_title_names_kind`: for each kind it lists, a pattern of its
    heads (and for anniversaries, of the anniversary words); None when the rule is off."""
    rules = ruleset.get("events", required=("heads",))
    kinds = rules.get("own_event_title_names_kind")
    if not kinds:
        return None
    by_kind: dict[str, set[str]] = {kind: set() for kind in kinds}
    for head, kind in rules["heads"].items():
        if kind in by_kind:
            by_kind[kind].add(head)
    if "anniversary" in by_kind:
        by_kind["anniversary"].update(rules.get("anniversary_words", []))
    return {
        kind: re.compile(rf"(?<!\w)(?:{phrase_alternation(sorted(heads))})(?!\w)", re.IGNORECASE)
        for kind, heads in by_kind.items()
    }


def _title_names_kind(ruleset: Rules, title: str, kind: str) -> bool:
    """Whether the title names a head of the event's kind (always, for a kind the rule leaves
    alone or with the rule off)."""
    patterns = _kind_head_patterns(ruleset)
    if patterns is None or kind not in patterns:
        return True
    return bool(patterns[kind].search(title))


@dataclass(frozen=True)
class _OtherOccurrenceYears:
    """events.json's `other_occurrence_name_years`: how many years before and after the page's
    a year in a later mention's name may be and still date the event; the kinds left alone."""

    years_before: int
    years_after: int
    not_kinds: frozenset[str]


@compiled_from_rules
def _other_occurrence_years(ruleset: Rules) -> _OtherOccurrenceYears | None:
    """events.json's `other_occurrence_name_years`, read once per rule set; None when it is
    off."""
    rule = ruleset.get("events", required=("heads",)).get("other_occurrence_name_years")
    if not rule:
        return None
    return _OtherOccurrenceYears(
        int(rule.get("years_before", 0)),
        int(rule.get("years_after", 0)),
        frozenset(rule.get("not_kinds", [])),
    )


_TITLE_WORD = re.compile(r"[\w’'-]+")


@compiled_from_rules
def _title_body_re(ruleset: Rules) -> re.Pattern | None:
    """events.json's `own_title_bodies`: up to `max_words_between` capitalised words, then one of
    `organisation_words`; None when the rule is off."""
    rules = ruleset.get("events", required=("heads",))
    rule = rules.get("own_title_bodies") or {}
    if not rule or not rules.get("organisation_words"):
        return None
    between = int(rule.get("max_words_between", 0))
    return re.compile(
        rf"[^\S\n]+(?:[A-Z][\w’'-]*[^\S\n]+){{0,{between}}}?"
        rf"(?:{phrase_alternation(rules['organisation_words'])})\b"
    )


def _title_names_a_body(ruleset: Rules, title: str, words: frozenset) -> bool:
    """Whether a word of the event's name stands in the title right before (a few
    capitalised words between) one of events.json's `organisation_words` that is no word of the
    event's name: "Visit to the 2031 Lake Cup Fan Centre" names a place, not the 2031 Lake Cup
    (`own_title_bodies`, issue 12 round bo)."""
    organisation = _title_body_re(ruleset)
    if organisation is None:
        return False
    for word in _TITLE_WORD.finditer(title):
        if word.group(0).lower() not in words:
            continue
        body = organisation.match(title, word.end())
        if body is not None and not content_words(body.group(0)) <= words:
            return True
    return False


@compiled_from_rules
def _attendance_verbs(ruleset: Rules) -> tuple[re.Pattern, int] | None:
    """events.json's `own_event_attendance_titles`: the verbs of a title that reports its
    subject at an event, and the fewest name words the title must hold."""
    spec = ruleset.get("events", required=("heads",)).get("own_event_attendance_titles")
    if not spec:
        return None
    verbs = re.compile(rf"(?<!\w)(?:{phrase_alternation(spec['verbs'])})(?!\w)", re.IGNORECASE)
    return verbs, int(spec["min_words"])


_YEAR_SOON_AFTER = re.compile(r"[^.;!?]{0,40}?(?<!\w)((?:19|20)\d{2})(?!\w)")


def _year_after_a_mention(text: str, mentions: list[dict], doc_year_: int | None) -> bool:
    """Whether a year other than the document's follows a mention of the event within 40
    characters of its sentence ("the Lake Summit in August 2029", on a page of 2030): another
    occurrence of a series, whatever the title says (issue 12 round cj)."""
    if doc_year_ is None:
        return False
    for mention in mentions:
        year = _YEAR_SOON_AFTER.match(text, mention["end"])
        if year is not None and int(year.group(1)) != doc_year_:
            return True
    return False


def _attended_in_title(ruleset: Rules, words: frozenset, title: str) -> bool:
    """A title that reports its subject at an event and holds every word of the event's name
    ("Lake President attended the Millennium Lake Summit in Pineville"): the page's own event,
    however long the title is around the name (issue 12 round ci). The Dice overlap alone misses
    it when the title's other words outnumber the name's."""
    spec = _attendance_verbs(ruleset)
    if spec is None:
        return False
    verbs, min_words = spec
    if len(words) < min_words:
        return False
    verb = verbs.search(title)
    return verb is not None and words <= content_words(title[verb.end() :])


_LAST_TWO_WORDS = re.compile(r"([A-Z][\w’'-]*)\s+([A-Z][\w-]*)\W*$")


def _plain_word(word: str) -> str:
    """A name word compared across title and text: lower case, the possessive ending and the
    apostrophe's form dropped ("Council’s" and "Council's" are "council")."""
    return _POSSESSIVE_END.sub("", word.lower())


def _title_names_another_of_head(ruleset: Rules, title: str, name: str) -> bool:
    """The event's name ends in a capitalised head after a capitalised word ("... Interregional
    Cooperation Forum"), and the title has that head only after capitalised words that are no
    words of the name, nor ordinals, while the name's word is no word of the title ("Lake-Pine
    Business Forum"): two named events of one head, not the page's own under another wording
    (events.json `own_event_other_name_before_head`, issue 12 round cj). A title that shortens
    the name ("G20 Summit" for "the Virtual G20 Leaders’ Summit") or lengthens it ("Lake Judo
    Absolute Championship" for "the Lake Judo Championship") shares a word with it and is
    left to the other checks."""
    if not ruleset.get("events", required=("heads",)).get("own_event_other_name_before_head"):
        return False
    last = _LAST_TWO_WORDS.search(name)
    if last is None:
        return False
    head = last.group(2)
    name_words = {_plain_word(w) for w in re.findall(r"[\w’'-]+", name)}
    title_words = {_plain_word(w) for w in re.findall(r"[\w’'-]+", title)}
    if _plain_word(last.group(1)) in title_words:
        return False
    grammar_ = grammar(ruleset)
    before_head = [
        _plain_word(m.group(1))
        for m in re.finditer(rf"([A-Z][\w’'-]*)\s+{re.escape(head)}(?!\w)", title)
        if not counts_as_ordinal(m.group(1), grammar_)
    ]
    return bool(before_head) and not any(word in name_words for word in before_head)


@compiled_from_rules
def _own_event_cues(ruleset: Rules) -> re.Pattern:
    """The words or phrases of a title that say it is not the event's own ("Greetings to ...",
    "Executive Order on ...")."""
    cues = ruleset.get("events", required=("heads",)).get("own_event_title_cues_against", [])
    if not cues:
        return NEVER_MATCHES
    return re.compile(rf"(?<!\w)(?:{phrase_alternation(cues)})(?!\w)", re.IGNORECASE)


def _dice(a: frozenset, b: frozenset) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0


@Language.factory(
    "speechfacts_event",
    default_config=RULES_CONFIG,
    assigns=FACT_ASSIGNS,
    requires=["token.is_sent_start"],
)
def make_event_extractor(
    nlp: Language, name: str, rules_dir: str | None, extension_names: dict[str, str]
) -> EventExtractor:
    return EventExtractor(nlp, name, rules_dir, extension_names)
