"""`speechfacts report`: one self-contained HTML file about a run's fact and document records.

Sections: the totals; facts per year and type; figures over time for the most frequent subjects
(a point per statement); events per year by kind and the most mentioned events with their dates;
speakers by number of figures; the largest money figures with sentence, speaker and source. The
charts are inline SVG (pipeline.view.charts), the styles inline CSS: the file opens offline, and
its only links out are the sources' URLs.

`read_archive` reads the records (bad lines reported and skipped); `build_report` makes the page
from them; both raise `ReportError` when there is nothing to report.
"""

from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.resources import files
from typing import Any

from pipeline.view import charts
from pipeline.view.formatting import CHART_COLOURS, amount, escape, number
from pipeline.view.show import template
from pipeline.view.sources import BadLine, read_records

# how many rows / panels each section shows
TOP_SUBJECTS = 6
TOP_MONEY = 10
TOP_CURRENCIES = 4
TOP_EVENTS = 15
TOP_SPEAKERS = 15
MIN_POINTS = 3  # a subject needs this many statements, in two years at least, to get a panel

FIGURE_TYPES = ("money", "percentage", "country_count", "quantity")  # facts with a number
_DOC_FIELDS = ("title", "date", "url", "word_count")  # what the report keeps of a document


class ReportError(Exception):
    """There is nothing to report (the message says why, for a person)."""


@dataclass
class Archive:
    """The records a report is made of: documents by id (without their text), and facts."""

    docs: dict[str, dict[str, Any]] = field(default_factory=dict)
    facts: list[dict[str, Any]] = field(default_factory=list)
    bad_lines: int = 0
    orphans: int = 0  # facts whose document is not among the document records
    sources: tuple[str, ...] = ()


def read_archive(facts_path: str, docs_path: str, on_bad: Callable[[BadLine], None]) -> Archive:
    """The records of FACTS and DOCS. Raises InputUnreadable (a file cannot be read) and
    ReportError (both hold no record, or no fact belongs to a document of DOCS)."""
    archive = Archive(sources=(facts_path, docs_path))

    def bad(line: BadLine) -> None:
        archive.bad_lines += 1
        on_bad(line)

    for doc in read_records(docs_path, "document", bad):
        archive.docs.setdefault(doc["doc_id"], {k: doc.get(k) for k in _DOC_FIELDS})
    archive.facts = list(read_records(facts_path, "fact", bad))
    if not archive.docs and not archive.facts:
        raise ReportError(
            f"nothing to report: {facts_path} and {docs_path} hold no readable record"
            + (f" ({archive.bad_lines} bad lines)" if archive.bad_lines else "")
        )
    archive.orphans = sum(1 for f in archive.facts if f["doc_id"] not in archive.docs)
    if archive.facts and archive.orphans == len(archive.facts):
        raise ReportError(
            f"none of the {len(archive.facts):,} facts of {facts_path} belongs to a document of "
            f"{docs_path}: are they from the same run (extract -o FACTS --docs DOCS)?"
        )
    return archive


# --- the parts of a fact the report groups by ------------------------------------------------


def subject_of(fact: dict[str, Any]) -> str | None:
    """What a figure measures, for grouping: the normalised key where records have one."""
    return fact.get("subject_key") or fact.get("subject")


def year_of(date: Any) -> int | None:
    """2019 for "2019-03-14" (also "2019" or "2019-03"); None if not a date."""
    if isinstance(date, str) and re.match(r"^\d{4}(-|$)", date):
        return int(date[:4])
    return None


def figure_year(fact: dict[str, Any]) -> int | None:
    """The year a figure refers to: its period, else the year of the speech."""
    period = fact.get("period")
    if isinstance(period, int) and not isinstance(period, bool):
        return period
    return year_of(fact.get("doc_date"))


def event_key(name: str) -> str:
    """Mentions of one event under slightly different spellings group together."""
    key = " ".join(name.split()).casefold()
    return key[4:] if key.startswith("the ") else key


def _event_group(fact: dict[str, Any]) -> tuple[str, str]:
    """The group an event record is counted in: its `event_key` (one occurrence however the
    documents name it: "G20 summit in Osaka" and "G20 meeting" of 2019), else its name as
    `event_key` compares names (records without a key: no year, or a name a key would mix
    occurrences of; such a group may hold several occurrences, "presidential election")."""
    key = fact.get("event_key")
    if key:
        return ("key", key)
    return ("name", event_key(fact.get("name") or fact["text"]))


def _span(low: int, high: int) -> list[int]:
    return list(range(low, high + 1))


# --- sections ----------------------------------------------------------------------------------


def _section(anchor: str, title: str, body: str) -> str:
    return f'<section id="{anchor}">\n<h2>{escape(title)}</h2>\n{body}\n</section>'


def _figure(svg: str, caption: str) -> str:
    return f"<figure>{svg}<figcaption>{caption}</figcaption></figure>"


def _totals(archive: Archive) -> str:
    facts = archive.facts
    types = Counter(f["type"] for f in facts)
    words = sum(d.get("word_count") or 0 for d in archive.docs.values())
    dates = sorted(d["date"] for d in archive.docs.values() if isinstance(d.get("date"), str))
    with_facts = len({f["doc_id"] for f in facts} & archive.docs.keys())
    speakers = len({f["speaker"] for f in facts if f.get("speaker")})
    boxes = [
        ("documents", number(len(archive.docs))),
        ("with facts", number(with_facts)),
        ("words", number(words)),
        ("facts", number(len(facts))),
        *((t, number(types[t])) for t in sorted(types, key=lambda t: (-types[t], t))),
        ("speakers", number(speakers)),
        ("dates", f"{dates[0]} \u2013 {dates[-1]}" if dates else "none"),
    ]
    html = (
        '<div class="totals">'
        + "".join(f"<div><b>{escape(v)}</b>{escape(k)}</div>" for k, v in boxes)
        + "</div>"
    )
    notes = []
    if archive.bad_lines:
        notes.append(
            f"{archive.bad_lines:,} bad input lines were skipped (listed on standard error)."
        )
    if archive.orphans:
        notes.append(
            f"{archive.orphans:,} facts have no document record in the documents file: they are "
            "counted, without title or link."
        )
    if words and facts:
        notes.append(f"{len(facts) / words * 1000:.2f} facts per 1,000 words.")
    return _section(
        "totals", "Totals", html + "".join(f'<p class="note">{escape(n)}</p>' for n in notes)
    )


def _per_year(archive: Archive) -> str:
    counts: dict[str, Counter] = defaultdict(Counter)
    undated = 0
    for fact in archive.facts:
        year = year_of(fact.get("doc_date"))
        if year is None:
            undated += 1
        else:
            counts[fact["type"]][year] += 1
    if not counts:
        return _section("per-year", "Facts per year and type", "<p>No dated facts.</p>")
    years = _span(min(min(c) for c in counts.values()), max(max(c) for c in counts.values()))
    order = [t for t in CHART_COLOURS if t in counts] + sorted(set(counts) - set(CHART_COLOURS))
    svg = charts.stacked_bars(
        "per-year", years, {t: [counts[t][y] for y in years] for t in order}, CHART_COLOURS
    )
    caption = "Facts by the year of the speech they are in."
    if undated:
        caption += f" {undated:,} facts of undated documents are not shown."
    return _section("per-year", "Facts per year and type", _figure(svg, escape(caption)))


def _source_tip(fact: dict[str, Any], docs: dict[str, dict]) -> charts.Tip:
    doc = docs.get(fact["doc_id"], {})
    sentence = fact.get("sentence") or ""
    if len(sentence) > 300:
        sentence = sentence[:300] + "\u2026"
    lines = [
        f"{amount(fact)} ({fact.get('period') or 'no period'}): \u201c{fact['text']}\u201d",
        f"{fact.get('speaker') or 'no speaker label'}, {fact.get('doc_date') or 'undated'}"
        + (f" \u2014 {doc['title']}" if doc.get("title") else ""),
        sentence,
    ]
    return charts.Tip("\n".join(line for line in lines if line), doc.get("url"))


def _over_time(archive: Archive) -> str:
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for fact in archive.facts:
        subject = subject_of(fact)
        if (
            fact["type"] in FIGURE_TYPES
            and subject
            and fact.get("unit")
            and isinstance(fact.get("value"), int | float)
            and figure_year(fact) is not None
        ):
            groups[(subject, fact["unit"])].append(fact)
    chosen = [
        (key, group)
        for key, group in groups.items()
        if len(group) >= MIN_POINTS and len({figure_year(f) for f in group}) >= 2
    ]
    chosen.sort(key=lambda item: (-len(item[1]), item[0]))
    chosen = chosen[:TOP_SUBJECTS]
    title = "Figures over time for the most frequent subjects"
    if not chosen:
        return _section("over-time", title, "<p>No subject has figures in two years or more.</p>")
    panels = []
    for (_, unit), group in chosen:
        group.sort(key=lambda f: (figure_year(f), f["value"], f["doc_id"], f["start"]))
        shown_as = Counter(f.get("subject") for f in group).most_common(1)[0][0]
        values = [f["value"] for f in group]
        panels.append(
            charts.Series(
                title=f"{shown_as} ({len(group)})",
                unit="%" if unit == "percent" else unit,
                x=[figure_year(f) for f in group],
                y=values,
                tips=[_source_tip(f, archive.docs) for f in group],
                colour=CHART_COLOURS.get(group[0]["type"], "#2b6cb0"),
                log=group[0]["type"] == "money" and min(values) > 0,
            )
        )
    caption = (
        "A point per statement: the figure against the year it refers to (its period, else the "
        "year of the speech); subjects by number of statements, one panel per subject and unit "
        "(money on a log scale). Hover over a point for the words, speaker, date and sentence; "
        "a click opens the source."
    )
    return _section(
        "over-time", title, _figure(charts.figures_over_time("over-time", panels), caption)
    )


def _events(archive: Archive) -> str:
    events = [f for f in archive.facts if f["type"] == "event"]
    if not events:
        return _section("events", "Events", "<p>No events.</p>")
    kinds = Counter(f.get("kind") or "other" for f in events)
    order = sorted(kinds, key=lambda k: (-kinds[k], k))
    per_year: dict[str, Counter] = defaultdict(Counter)
    for fact in events:
        year = year_of(fact.get("doc_date"))
        if year is not None:
            per_year[fact.get("kind") or "other"][year] += 1
    parts = []
    if per_year:
        years = _span(
            min(min(c) for c in per_year.values()), max(max(c) for c in per_year.values())
        )
        svg = charts.stacked_bars(
            "events-per-year", years, {k: [per_year[k][y] for y in years] for k in order},
            ylabel="event mentions",
        )  # fmt: skip
        parts.append(_figure(svg, "Event mentions by the year of the speech, by kind of event."))
    parts.append(_top_events(events))
    return _section("events", "Events per year and the most mentioned events", "\n".join(parts))


def _top_events(events: list[dict[str, Any]]) -> str:
    """The most mentioned events, ranked by their `event_key` only: a record without a key
    cannot be told to be one occurrence ("presidential election", "25th anniversary" name many),
    so such records are counted apart, in a table of names of several occurrences."""
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for fact in events:
        groups[_event_group(fact)].append(fact)
    keyed = [g for g in groups if g[0] == "key"]
    named = [g for g in groups if g[0] == "name"]
    unkeyed = sum(len(groups[g]) for g in named)
    caption = (
        "The most mentioned events: records with an <code>event_key</code> only, one event "
        "by its key however the documents name it, under its most frequent name; dates as the "
        "speeches give them, with how often."
    )
    if unkeyed:
        caption += (
            f" {unkeyed:,} event records without a key are not ranked here: a name alone cannot "
            "be told to be one occurrence (see the table of names below)."
        )
    parts = [_event_table("events", caption, [groups[g] for g in _ranked(groups, keyed)])]
    if named:
        names_caption = (
            "Event names without a key – names, several occurrences: each row counts the "
            "records of one name (compared without case and a leading “the”), which "
            "may be of different events or years; not one event each."
        )
        rows = [groups[g] for g in _ranked(groups, named)]
        parts.append(_event_table("event-names", names_caption, rows, "name"))
    return "\n".join(parts)


def _ranked(groups: dict[tuple[str, str], list[dict]], chosen: list) -> list:
    """The `chosen` groups, most records first (ties by group), the first TOP_EVENTS."""
    return sorted(chosen, key=lambda g: (-len(groups[g]), g))[:TOP_EVENTS]


def _event_table(
    css: str, caption: str, top: list[list[dict[str, Any]]], first: str = "event"
) -> str:
    """A table of event groups: name, kind, mentions, documents, dates given, mentioned."""
    rows = []
    for group in top:
        name = Counter(f.get("name") or f["text"] for f in group).most_common(1)[0][0]
        kind = Counter(f.get("kind") or "other" for f in group).most_common(1)[0][0]
        dates = Counter(f["date"] for f in group if f.get("date"))
        given = ", ".join(f"{d} ({n})" if n > 1 else d for d, n in dates.most_common(3))
        mentioned = sorted(f["doc_date"] for f in group if f.get("doc_date"))
        span = f"{mentioned[0]} \u2013 {mentioned[-1]}" if mentioned else ""
        cells = [escape(name), escape(kind), f'<td class="num">{len(group):,}',
                 f'<td class="num">{len({f["doc_id"] for f in group}):,}', escape(given),
                 f'<td class="date">{escape(span)}']  # fmt: skip
        rows.append("<tr>" + "".join(c if c.startswith("<td") else f"<td>{c}" for c in cells))
    if not rows:
        rows.append('<tr><td colspan="6">No event record has a key.')
    head = f"<tr><th>{first}<th>kind<th>mentions<th>documents<th>dates given<th>mentioned"
    return (
        f'<table class="{css}"><caption class="note">{caption}</caption>'
        f"<thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _speakers(archive: Archive) -> str:
    figures = [f for f in archive.facts if f["type"] in FIGURE_TYPES]
    counts = Counter(f["speaker"] for f in figures if f.get("speaker"))
    title = "Speakers by number of figures"
    if not counts:
        return _section("speakers", title, "<p>No figure has a speaker.</p>")
    top = sorted(counts, key=lambda s: (-counts[s], s))[:TOP_SPEAKERS]
    by_type = Counter((f["speaker"], f["type"]) for f in figures if f.get("speaker") in top)
    types = [t for t in FIGURE_TYPES if any(by_type[(s, t)] for s in top)]
    svg = charts.horizontal_bars(
        "speakers", top, {t: [by_type[(s, t)] for s in top] for t in types}, CHART_COLOURS,
        xlabel="figures (money, percentages, country counts, quantities)",
    )  # fmt: skip
    unlabelled = len(figures) - sum(counts.values())
    caption = f"The {len(top)} speakers with the most figures, of {len(counts):,}."
    if unlabelled:
        caption += f" {unlabelled:,} figures have no speaker label and are not shown."
    return _section("speakers", title, _figure(svg, escape(caption)))


def _sentence(fact: dict[str, Any]) -> str:
    """The sentence with the fact's words marked (the first time they occur in it)."""
    sentence = fact.get("sentence") or ""
    at = sentence.find(fact["text"])
    if at < 0:
        return escape(sentence)
    end = at + len(fact["text"])
    return f"{escape(sentence[:at])}<mark>{escape(sentence[at:end])}</mark>{escape(sentence[end:])}"


def _largest_money(archive: Archive) -> str:
    money = [
        f for f in archive.facts if f["type"] == "money" and isinstance(f.get("value"), int | float)
    ]
    title = "The largest money figures"
    if not money:
        return _section("money", title, "<p>No money figures.</p>")
    currencies = Counter(f.get("unit") or "?" for f in money)
    tables = []
    for unit in sorted(currencies, key=lambda u: (-currencies[u], u))[:TOP_CURRENCIES]:
        top = sorted(
            (f for f in money if (f.get("unit") or "?") == unit),
            key=lambda f: (-(f.get("high") or f["value"]), f["doc_id"], f["start"]),
        )[:TOP_MONEY]
        rows = []
        for fact in top:
            doc = archive.docs.get(fact["doc_id"], {})
            name = doc.get("title") or fact["doc_id"]
            source = (
                f'<a href="{escape(doc["url"])}">{escape(name)}</a>'
                if doc.get("url")
                else escape(name)
            )
            rows.append(
                f'<tr><td class="num">{escape(amount(fact))}<td>{escape(fact.get("period"))}'
                f'<td class="sentence">{_sentence(fact)}<td>{escape(fact.get("speaker"))}'
                f'<td class="date">{escape(fact.get("doc_date"))}<td>{source}'
            )
        tables.append(
            f"<h3>{escape(unit)} ({currencies[unit]:,} figures)</h3>"
            '<table class="money"><thead><tr><th>figure<th>period<th>sentence<th>speaker'
            f"<th>date<th>source</thead><tbody>{''.join(rows)}</tbody></table>"
        )
    note = (
        '<p class="note">Per currency (amounts are not converted), the largest by value (the '
        "high end of a range); the words of the figure are marked in its sentence.</p>"
    )
    return _section("money", title, note + "\n".join(tables))


def build_report(archive: Archive, title: str = "speechfacts report") -> str:
    """The report of `archive`: a whole HTML file that loads nothing from anywhere."""
    from pipeline import __version__

    inputs = " and ".join(f"<code>{escape(os.path.basename(p))}</code>" for p in archive.sources)
    sections = [
        _totals(archive),
        _per_year(archive),
        _over_time(archive),
        _events(archive),
        _speakers(archive),
        _largest_money(archive),
    ]
    return template("report.html").substitute(
        title=escape(title),
        css=files("pipeline.view").joinpath("templates", "view.css").read_text("utf-8"),
        inputs=f"From {inputs}." if inputs else "",
        sections="\n".join(sections),
        version=escape(__version__),
    )
