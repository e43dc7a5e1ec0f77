"""Figures across speeches: the same measure as a series, and the figures restated differently.

A series is every money or percentage fact with the same key: (`subject_key`, `scope`, unit,
measure), where the unit is the fact's `unit` ("USD", "RUB", "percent", with "/barrel" for a price
per unit) and the measure is `change` for a rise or fall and `level` otherwise. A percentage level
of "X growth" ("GDP growth was 2 percent") is a change of X ("GDP grew by 2 percent"). Keys
that only name the whole a share is of ("share of gdp": "3 percent of GDP") make no series: what
part of it is counted is not named.

By default only the measures of models/rules/measures.json's `series_measures` make series
(national indicators: trade, GDP, inflation, arms exports, ...; a series of "investment" or
"contracts" would mix every company's and project's figures); those of `needs_scope` ("trade")
only with a scope; and a figure without a scope in a document about one Russian region or
company (a title with a `local_title_cues` word of scopes.json: "Meeting with Governor of Perm
Territory", "Meeting with Rosneft CEO") is left out: it is most likely that region's or
company's. `all_keys` makes series of every key.

Each point is a fact: the year it refers to (its `period`, else its document's year), value,
high, qualifier, speaker, date, document id, URL and sentence (and `stated`: whether that year is
written in the sentence). By default only figures whose year is written in their sentence (a
`period`: "in 2018", "last year") are placed; `unstated` also places the others at their
document's year, a guess that judged samples found wrong one time in four ("inflation was 4
percent", said in January, is most likely the year before's). A restatement is a pair of
points of one series for the same stated year, from different documents, neither a part of a
year, a span or a goal (measures.json's `restatement_cues`), whose values cannot both be true
given their qualifiers ("over $15 billion" and "$15.3 billion" agree; "$15 billion" and "$13
billion" do not): see `interval`.

A forecast or a target (a fact's `outlook`, schema 1.5: "trade will reach $100 billion by the
end of the year", "the target is 4 percent") is no level of its year: left out by default and
counted; `outlook` places it in a series of its own, whose key holds the outlook (`Series.outlook`)
so that it never joins the stated points, and never read for restatements.
"""

from __future__ import annotations

import csv
import json
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TextIO

SERIES_TYPES = ("money", "percentage")
SHARE_PREFIX = "share of "
GROWTH_SUFFIX = " growth"

POINT_FIELDS = (
    "year",
    "value",
    "high",
    "qualifier",
    "speaker",
    "date",
    "doc_id",
    "url",
    "sentence",
)
CSV_FIELDS = (
    "subject_key",
    "scope",
    "unit",
    "measure",
    "span",
    "subject",
    "fact_id",
    *POINT_FIELDS,
    "stated",  # the columns before it keep their places of earlier versions
    "outlook",  # schema 1.5: "forecast", "target" or empty (a stated figure); last, as stated
)

# how far a qualified figure may stand from its number
APPROX = 0.10  # "about $15 billion": within 10 %
BOUND = 0.25  # "over $15 billion": up to 25 % over (and "under": 25 % below)


@dataclass
class Series:
    subject_key: str
    scope: str | None
    unit: str
    measure: str
    span: str = "year"  # "year", "part" (of a year) or "years"
    outlook: str | None = None  # "forecast" or "target" (`build_series(outlook=True)`), or None
    points: list[dict[str, Any]] = field(default_factory=list)
    restatements: list[dict[str, Any]] = field(default_factory=list)

    @property
    def key(self) -> tuple:
        return (
            self.subject_key,
            self.scope or "",
            self.unit,
            self.measure,
            self.span,
            self.outlook or "",
        )

    def record(self) -> dict[str, Any]:
        return {
            "subject_key": self.subject_key,
            "scope": self.scope,
            "unit": self.unit,
            "measure": self.measure,
            "span": self.span,
            "outlook": self.outlook,
            "points": self.points,
            "restatements": self.restatements,
        }


_OWN = object()


def series_key(fact: dict[str, Any], change: Any = _OWN) -> tuple[str, str | None, str, str] | None:
    """(subject_key, scope, unit, measure) of a fact, or None when it belongs to no series;
    `change` replaces the fact's own (`series_checks.measure_of`)."""
    key = fact.get("subject_key")
    if fact.get("type") not in SERIES_TYPES or not key or fact.get("value") is None:
        return None
    if key.startswith(SHARE_PREFIX):
        return None
    unit = fact.get("unit") or ""
    if fact.get("per"):
        unit = f"{unit}/{fact['per']}"
    measure = "change" if (fact.get("change") if change is _OWN else change) else "level"
    if unit == "percent" and key.endswith(GROWTH_SUFFIX):
        key, measure = key[: -len(GROWTH_SUFFIX)], "change"
    return key, fact.get("scope"), unit, measure


def point_year(fact: dict[str, Any]) -> int | None:
    if fact.get("period") is not None:
        return int(fact["period"])
    date = fact.get("doc_date") or ""
    return int(date[:4]) if date[:4].isdigit() else None


def _step(value: float) -> float:
    """Half a unit of the last significant digit of `value` as written in full: 15e9 -> 0.5e9,
    15.3e9 -> 0.05e9 (a figure stated as 15 may be 15.3 rounded)."""
    if value == 0:
        return 0.5
    digits = f"{abs(value):.12g}".replace(".", "").replace("-", "")
    significant = len(digits.strip("0")) or 1
    exponent = math.floor(math.log10(abs(value)))
    return 0.5 * 10 ** (exponent - significant + 1)


def interval(value: float, high: float | None, qualifier: str | None) -> tuple[float, float]:
    """The values a figure allows: its number(s) widened by rounding, and by its qualifier
    ("about": 10 % either way; "over"/"at least": up to 25 % above; "under"/"at most": up to 25 %
    below)."""
    low, top = value, high if high is not None else value
    low, top = low - _step(low), top + _step(top)
    if qualifier == "approx":
        low, top = low - abs(low) * APPROX, top + abs(top) * APPROX
    elif qualifier in ("more_than", "at_least"):
        low, top = value, top + abs(top) * BOUND
    elif qualifier in ("less_than", "at_most"):
        low, top = low - abs(low) * BOUND, top if high is not None else value
    return low, top


def agree(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two points can both be true."""
    a_low, a_top = interval(a["value"], a["high"], a["qualifier"])
    b_low, b_top = interval(b["value"], b["high"], b["qualifier"])
    return a_low <= b_top and b_low <= a_top


def gap(a: dict[str, Any], b: dict[str, Any]) -> float:
    """How far apart two points are: the larger value over the smaller, minus one."""
    x, y = sorted((abs(a["value"]), abs(b["value"])))
    return math.inf if x == 0 else y / x - 1


def comparable(point: dict[str, Any], cues: tuple = ()) -> bool:
    """A point that can restate another: its year is stated in its sentence (`stated`), and the
    sentence has none of `cues` (part of a year, a span of years, a goal or forecast)."""
    if not point.get("stated"):
        return False
    words = " ".join(re.findall(r"[\w'’-]+", (point.get("sentence") or "").lower()))
    return not any(f" {cue} " in f" {words} " for cue in cues)


def restatements(points: list[dict[str, Any]], cues: tuple = ()) -> list[dict[str, Any]]:
    """Pairs of comparable points for the same year that disagree, from different documents,
    largest gap first; the same pair of values said again in another document is listed once."""
    by_year: dict[int, list[dict[str, Any]]] = {}
    for point in points:
        if point["year"] is not None and comparable(point, cues):
            by_year.setdefault(point["year"], []).append(point)
    found = []
    for year, group in sorted(by_year.items()):
        seen = set()
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if a["doc_id"] == b["doc_id"] or agree(a, b):
                    continue
                pair = tuple(sorted([(a["value"], a["high"]), (b["value"], b["high"])], key=str))
                if pair in seen:
                    continue
                seen.add(pair)
                first, second = sorted((a, b), key=lambda p: (p["date"] or "", p["doc_id"]))
                found.append({"year": year, "gap": round(gap(a, b), 4), "a": first, "b": second})
    found.sort(key=lambda r: (-r["gap"], r["year"], r["a"]["doc_id"], r["b"]["doc_id"]))
    return found


def read_jsonl(path: str, kind: str | None = None) -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSON-lines file (blank lines skipped, a byte-order mark allowed);
    ValueError names the line. `kind` "fact" or "document" refuses the other kind of record
    (the two files swapped, or an errors file), which would otherwise give no series at all."""
    from pipeline.schemas import json_objects

    for number, record in json_objects(path):
        if kind == "fact" and not ("type" in record and "doc_id" in record):
            raise ValueError(
                f"{path}:{number}: not a fact record (no 'type' or 'doc_id'): FACTS is the "
                "file `extract -o FACTS` writes"
            )
        if kind == "document" and ("fact_id" in record or "doc_id" not in record):
            raise ValueError(
                f"{path}:{number}: not a document record: --docs is the file "
                "`extract --docs DOCS` writes"
            )
        yield record


@dataclass(frozen=True)
class DocumentInfo:
    url: str | None
    local: bool  # the title is about one Russian region or company
    labels: dict[str, str] = field(default_factory=dict)  # speaker's name -> his title
    text: str | None = None  # the document's text: the sentence before a figure's


def document_info(docs: Iterable[dict[str, Any]]) -> dict[str, DocumentInfo]:
    """doc_id -> its URL, whether its title is about one Russian region or company (a word of
    scopes.json's `local_title_cues`, a phrase of series.json's `local_title_phrases`), and its
    participants' titles."""
    from pipeline import series_checks as checks

    cues = _rule_file("scopes").get("local_title_cues", [])
    local = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b") if cues else None
    rules = checks.series_rules()
    found = {}
    for d in docs:
        if "doc_id" not in d:
            continue
        title = d.get("title") or ""
        labels = {
            p["name"]: p["label"]
            for p in d.get("participants") or []
            if isinstance(p, dict) and p.get("name") and p.get("label")
        }
        is_local = bool(local and local.search(title)) or checks.title_is_local(rules, title)
        text = d.get("text") if isinstance(d.get("text"), str) else None
        found[d["doc_id"]] = DocumentInfo(d.get("url"), is_local, labels, text)
    return found


def _rule_file(name: str) -> dict[str, Any]:
    """A rule file of models/rules, of the tree whose code runs (`pipeline.nlp.rules.rules_dir`,
    which imports no spaCy: the command stays fast)."""
    from pipeline.nlp.rules import rules_dir

    return json.loads((rules_dir() / f"{name}.json").read_text(encoding="utf-8"))


def _defaults() -> tuple[frozenset, frozenset]:
    data = _rule_file("measures")
    return frozenset(data.get("series_measures", [])), frozenset(data.get("needs_scope", []))


@dataclass(frozen=True)
class Placement:
    """Which series a fact joins, read from its sentence (`series_checks`): its key with the
    scope and change the sentence gives, its span, or why it joins none (`left_out`)."""

    key: tuple[str, str | None, str, str] | None
    span: str = "year"
    left_out: str | None = None  # "hypothetical", "partner", "local", "unqualified"


def place(
    fact: dict[str, Any],
    info: DocumentInfo | None,
    occurrence: int = 0,
    needs_scope: frozenset = frozenset(),
    national: bool = True,
) -> Placement:
    """Where `fact` goes. A hypothetical effect goes nowhere; a figure without a scope whose
    sentence names one foreign country as its owner, or that a foreign speaker gave, goes to that
    country's series (not a trade figure: its scope is a partner); a trade figure whose subject
    names another partner than its scope goes to that partner's series, and one a foreign
    speaker gave about a partner other than his country goes nowhere (whose trade?); and with
    `national`, a figure without a scope of a region or an organisation (its words, its
    speaker) goes nowhere."""
    from pipeline import series_checks as checks

    key = series_key(fact)
    if key is None:
        return Placement(None)
    sentence = fact.get("sentence") or ""
    where = checks.figure_at(sentence, fact.get("text") or "", occurrence)
    if where is None:  # no sentence to read: the fact as it is
        return Placement(key)
    rules = checks.series_rules()
    start, end = where
    if checks.is_hypothetical(rules, sentence, start, end):
        return Placement(None, left_out="hypothetical")
    key = series_key(fact, checks.measure_of(rules, fact, sentence, start, end))
    subject_key, scope, unit, measure = key
    if checks.unqualified(rules, subject_key, fact.get("subject")):
        return Placement(None, left_out="unqualified")
    span = checks.span_of(rules, sentence, start, end, _year(fact.get("doc_date")))
    if span == "year" and info is not None and info.text:
        # no time phrase in the sentence: the one before may set the frame ("... the first two
        # months. Output rose by 5 percent.")
        before = checks.sentence_before(info.text, sentence, fact.get("start"), start)
        framed = checks.frame_span(rules, sentence, before, _year(fact.get("doc_date")))
        span = framed or span
    if (
        span == "year"
        and (measure == "change" or unit != "percent")
        and checks.year_so_far(rules, sentence, start, end, fact.get("doc_date"))
    ):
        span = "part"  # "have grown by 12 percent this year", said in October
    elif (
        span == "year"
        and measure == "change"
        and checks.unmarked_so_far(rules, sentence, start, end, fact.get("doc_date"))
    ):
        span = "part"  # "household incomes have risen by 2.7 percent", no time phrase: so far
    label = (info.labels if info else {}).get(fact.get("speaker") or "")
    if scope is None and subject_key not in needs_scope:
        owner = checks.named_owner(rules, sentence, start, end)
        if owner is None and label and checks.first_person(rules, sentence, start, end):
            owner = checks.speaker_country(label, fact.get("speaker"))
        elif owner is None and label and not checks.places_in(sentence):
            owner = checks.speaker_country(label, fact.get("speaker"))
        if owner is not None:
            return Placement((subject_key, owner, unit, measure), span)
    elif scope is not None and subject_key in needs_scope:
        if checks.own_trade(rules, fact.get("subject")):
            return Placement(None, span, "partner")  # "Armenia's trade": its own, with the world
        named = checks.named_partner(fact.get("subject") or "")
        if named is not None and named != scope:
            # "trade with the EU" in talks with one EU country: the partner the subject names
            return Placement((subject_key, named, unit, measure), span)
        country = checks.speaker_country(label, fact.get("speaker")) if label else None
        if country is not None and country != scope:
            return Placement(None, span, "partner")
    if national and scope is None:
        if checks.has_local_word(rules, sentence, start, end) or checks.is_local_speaker(
            rules, label
        ):
            return Placement(None, span, "local")
    return Placement(key, span)


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def build_series(
    facts: Iterable[dict[str, Any]],
    docs: dict[str, DocumentInfo] | None = None,
    subject: str | None = None,
    scope: str | None = None,
    min_points: int = 2,
    all_keys: bool = False,
    left_out: dict[str, int] | None = None,
    unstated: bool = False,
    outlook: bool = False,
) -> list[Series]:
    """The series of `facts` (with what `document_info` says of their documents), largest
    first. `subject` keeps the series whose key is the key of that text ("exports of weapons"
    finds "arms exports") or contains it; `scope` those of that scope (an ISO code,
    case-insensitive, or a region); `all_keys`: every key, not only the series measures;
    `unstated`: also the figures whose sentence writes no year, at their document's year;
    `outlook`: also the forecasts and targets (a fact's `outlook`, schema 1.5), in series of
    their own (the outlook is part of the series' key) that are never read for restatements.
    `left_out`, when given, counts the figures kept out of the series, by reason (`place`'s
    reasons, "forecast", "target" and "unstated year")."""
    docs = docs or {}
    measures, needs_scope = _defaults()
    cues = tuple(_rule_file("measures").get("restatement_cues", []))
    wanted_key = None
    if subject:
        from pipeline.nlp.measures import subject_key
        from pipeline.nlp.rules import installed_rules

        wanted_key = subject_key(installed_rules(), subject)
    all_series: dict[tuple, Series] = {}
    seen: dict[tuple, int] = {}
    for fact in facts:
        # the same figure written twice in one sentence: which of them this fact is
        slot = (fact.get("doc_id"), fact.get("sentence"), fact.get("text"))
        occurrence = seen.get(slot, 0)
        seen[slot] = occurrence + 1
        key = series_key(fact)
        if key is None or (not all_keys and key[0] not in measures):
            continue
        if wanted_key is not None and key[0] != wanted_key and subject.lower() not in key[0]:
            continue
        info = docs.get(fact["doc_id"])
        placed = place(fact, info, occurrence, needs_scope, national=not all_keys)
        if placed.key is None:
            if left_out is not None and placed.left_out:
                left_out[placed.left_out] = left_out.get(placed.left_out, 0) + 1
            continue
        key = placed.key
        said_as = fact.get("outlook") or None  # schema 1.5; records of 1.4 have none
        if said_as is not None and not outlook:
            # a forecast or a target is no level of its year (round out60)
            if left_out is not None:
                left_out[said_as] = left_out.get(said_as, 0) + 1
            continue
        if not all_keys and (
            (key[1] is None and key[0] in needs_scope)
            or (key[1] is None and info is not None and info.local)
        ):
            continue
        if scope is not None and (key[1] or "").lower() != scope.lower():
            continue
        if not unstated and fact.get("period") is None:
            if left_out is not None:
                left_out["unstated year"] = left_out.get("unstated year", 0) + 1
            continue
        full = (*key, placed.span, said_as)
        one = all_series.get(full)
        if one is None:
            one = all_series[full] = Series(*full)
        one.points.append(
            {
                "year": point_year(fact),
                "value": fact["value"],
                "high": fact.get("high"),
                "qualifier": fact.get("qualifier"),
                "speaker": fact.get("speaker"),
                "date": fact.get("doc_date"),
                "doc_id": fact["doc_id"],
                "url": info.url if info else None,
                "sentence": fact.get("sentence"),
                "subject": fact.get("subject"),
                "fact_id": fact.get("fact_id"),
                "stated": fact.get("period") is not None,
                "outlook": said_as,
            }
        )
    # a measure's series of a whole year, part of a year and several years count together
    # (those of one outlook: forecasts never make up a stated series' points)
    family: dict[tuple, int] = {}
    for full, one in all_series.items():
        family[_family(full)] = family.get(_family(full), 0) + len(one.points)
    result = []
    for full, one in all_series.items():
        if family[_family(full)] < min_points:
            continue
        # input order breaks ties (a document's facts come in text order)
        one.points.sort(key=lambda p: (p["year"] or 0, p["date"] or "", p["doc_id"]))
        # a forecast or a target restates nothing: only stated points are compared
        stated_years = one.span == "year" and one.outlook is None
        one.restatements = restatements(one.points, cues) if stated_years else []
        result.append(one)
    result.sort(key=lambda s: (-len(s.points), s.key))
    return result


def _family(full: tuple) -> tuple:
    """A series' key less its span: (subject_key, scope, unit, measure, outlook)."""
    return (*full[:4], full[5])


def write_jsonl(series: list[Series], out: TextIO) -> None:
    """One series a line (`Series.record`), compact JSON, in the order given."""
    for one in series:
        out.write(json.dumps(one.record(), ensure_ascii=False, separators=(",", ":")) + "\n")


def write_csv(series: list[Series], out: TextIO) -> None:
    """One point a row (`CSV_FIELDS`: the series' key, then the point's fields); `stated` is
    written true/false, as in the JSON lines, so that a guessed year is told from a written one."""
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for one in series:
        for point in one.points:
            row = {k: point.get(k) for k in CSV_FIELDS}
            row.update(
                subject_key=one.subject_key,
                scope=one.scope,
                unit=one.unit,
                measure=one.measure,
                span=one.span,
                # as JSON writes it (and `export`'s CSV): true/false
                stated="true" if point.get("stated") else "false",
                outlook=point.get("outlook") or "",
            )
            writer.writerow(row)
