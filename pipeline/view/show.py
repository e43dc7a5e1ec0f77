"""`speechfacts show`: one document's text as an HTML page, every fact highlighted in place.

The text is rendered by spaCy's displaCy (entity style, manual mode: the records' character
offsets, so the text is shown exactly as the offsets refer to it), with a template whose marks
carry the fact's id, a colour per type, a label with the normalised figure and a card (shown on
hover or focus) with every normalised field. A table of all the facts follows the text.

The document comes from an input file, extracted on the spot (`extract_document`), or from the
records of an earlier run (`stored_document`).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable
from importlib.resources import files
from string import Template
from typing import Any

from pipeline.view.formatting import (
    DETAIL_FIELDS,
    HIGHLIGHT_COLOURS,
    OTHER_COLOUR,
    amount,
    escape,
    number,
    summary,
)
from pipeline.view.sources import BadLine, read_records


class ViewError(Exception):
    """The view cannot be made (the message says why, for a person)."""


# the fields a highlight's card shows even when they are null (the rest only when set)
ALWAYS_SHOWN = ("type", "value", "unit", "qualifier", "period", "speaker", "subject", "event")
ALWAYS_SHOWN_EVENT = ("type", "name", "kind", "date", "speaker")
_EMPTY = "\u2014"

# displaCy's entity template, with our own fields ("params" of each span); all values escaped
_MARK = (
    '<mark class="fact fact-{type}" id="fact-{fact_id}" data-fact-id="{fact_id}" '
    'data-type="{type}" style="background: {bg}" tabindex="0">'
    '<span class="fact-text">{text}</span>'
    '<span class="fact-label">{label}{kb_link}</span>'
    '<span class="fact-summary">{summary}</span>'
    '<span class="fact-card" role="tooltip">{card}</span></mark>'
)


def template(name: str) -> Template:
    """A page template shipped with the package (pipeline/view/templates/NAME)."""
    return Template(files("pipeline.view").joinpath("templates", name).read_text("utf-8"))


# --- where the document comes from ------------------------------------------------------------


def split_input(spec: str) -> tuple[str, str | None]:
    """ "speeches.jsonl#doc-7" -> ("speeches.jsonl", "doc-7"); a path that exists is taken
    whole, even with a "#" in its name."""
    if os.path.exists(spec) or "#" not in spec:
        return spec, None
    path, doc_id = spec.rsplit("#", 1)
    return path, doc_id or None


def _ids(items: Iterable[Any], limit: int = 8) -> str:
    ids = [item.doc_id for item in items]
    shown = ", ".join(ids[:limit])
    return shown + (f" ... ({len(ids)} in all)" if len(ids) > limit else "")


def extract_document(
    spec: str, types: tuple[str, ...] | None = None
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """(document record, fact records) of one document of an input file, extracted now.

    `spec` is a path, or "PATH#ID" for one record of a multi-document file (JSON lines...).
    Raises ViewError when the file is missing, holds no document (its error or skip reason is
    given), holds several and none is named, or has no document with that id."""
    from pipeline import extract_document
    from pipeline.ingest import load_source
    from pipeline.speech import InputError, Skipped, Speech

    path, doc_id = split_input(spec)
    if not os.path.exists(path):
        raise ViewError(f"no such file: {path}")
    if os.path.isdir(path):
        raise ViewError(f"{path} is a folder: show takes one file (or FILE#ID)")
    items = load_source(path)
    speeches = [item for item in items if isinstance(item, Speech)]
    if doc_id is not None:
        chosen = [s for s in speeches if s.doc_id == doc_id]
        if not chosen:
            held = f"its documents: {_ids(speeches)}" if speeches else "it holds no document"
            raise ViewError(f"no document with id {doc_id!r} in {path} ({held})")
        speech = chosen[0]
    elif len(speeches) == 1:
        speech = speeches[0]
    elif speeches:
        raise ViewError(
            f"{path} holds {len(speeches)} documents: name one as {path}#ID (ids: {_ids(speeches)})"
        )
    else:
        reasons = [
            f"{item.kind}: {item.reason}"
            for item in items
            if isinstance(item, InputError | Skipped)
        ]
        raise ViewError(f"no document in {path}" + (f" ({'; '.join(reasons)})" if reasons else ""))
    return extract_document(speech, types=types)


def stored_document(
    facts_path: str, docs_path: str, doc_id: str, on_bad: Callable[[BadLine], None]
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """(document record, fact records) of `doc_id` from the output files of an earlier run.

    Raises ViewError when DOCS has no such document; InputUnreadable when a file cannot be read.
    Bad lines go to `on_bad` and are skipped."""
    # a cheap test on the raw line first: only lines that may hold the id are parsed
    needle = doc_id.encode("unicode_escape").decode("ascii").replace('"', '\\"')

    def mentions(line: str) -> bool:
        return doc_id in line or needle in line

    document = next(
        (
            d
            for d in read_records(docs_path, "document", on_bad, keep=mentions)
            if d["doc_id"] == doc_id
        ),
        None,
    )
    if document is None:
        raise ViewError(f"no document with id {doc_id!r} in {docs_path}")
    if not isinstance(document.get("text"), str):
        raise ViewError(f"the record of {doc_id!r} in {docs_path} has no text")
    facts = [
        f for f in read_records(facts_path, "fact", on_bad, keep=mentions) if f["doc_id"] == doc_id
    ]
    facts.sort(key=lambda f: (f["start"], f["end"]))
    return document, facts


# --- the page ----------------------------------------------------------------------------------


def fact_key(fact: dict[str, Any]) -> str:
    """A fact's id (its offsets for a record without one)."""
    return fact.get("fact_id") or f"{fact['start']}-{fact['end']}"


def placeable(
    text: str, facts: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[tuple[dict[str, Any], str]]]:
    """The facts that can be highlighted in `text` (in order), and the others with why not: the
    offsets do not give the fact's text, or the fact overlaps one highlighted before it (displaCy
    marks do not nest; a repeated record overlaps itself)."""
    shown, refused = [], []
    last_end = 0
    for fact in sorted(facts, key=lambda f: (f["start"], -f["end"])):
        if text[fact["start"] : fact["end"]] != fact["text"]:
            refused.append((fact, "its offsets do not give its text"))
        elif fact["start"] < last_end:
            refused.append((fact, "overlaps the fact before it"))
        else:
            shown.append(fact)
            last_end = fact["end"]
    return shown, refused


def _card(fact: dict[str, Any]) -> str:
    """Every normalised field of a fact; those a reader checks first are shown even when empty."""
    always = ALWAYS_SHOWN_EVENT if fact.get("type") == "event" else ALWAYS_SHOWN
    rows = []
    for key in (*DETAIL_FIELDS, "fact_id"):
        value = fact.get(key)
        if value is None and key not in always:
            continue
        shown = number(value) if key in ("value", "high") else value
        rows.append(
            f'<span class="k">{key}</span> <span class="v">{escape(shown) or _EMPTY}</span>'
        )
    return "<br>".join(rows)


def _anchor(fact: dict[str, Any]) -> str:
    """The id of a fact's highlight (its fact_id; offsets for a record without one)."""
    return escape(fact_key(fact))


def _span(fact: dict[str, Any]) -> dict[str, Any]:
    return {
        "start": fact["start"],
        "end": fact["end"],
        "label": fact["type"].upper(),
        "params": {
            "type": escape(fact["type"]),
            "fact_id": _anchor(fact),
            "summary": escape(summary(fact)),
            "card": _card(fact),
        },
    }


def highlighted_text(text: str, facts: list[dict[str, Any]]) -> str:
    """displaCy markup of `text` with `facts` (not overlapping, offsets that give their text)
    highlighted."""
    from spacy import displacy

    colours = {t.upper(): c for t, c in HIGHLIGHT_COLOURS.items()}
    return displacy.render(
        {"text": text, "ents": [_span(f) for f in facts], "title": None},
        style="ent",
        manual=True,
        page=False,
        jupyter=False,
        options={"template": _MARK, "colors": colours},
    )


def _meta(doc: dict[str, Any], input_name: str | None) -> str:
    rows = [
        ("date", doc.get("date")),
        ("place", doc.get("place")),
        ("event", _event(doc)),
        ("speakers", ", ".join(doc.get("speakers") or []) or None),
        ("doc_id", doc.get("doc_id")),
        ("source", input_name or doc.get("source")),
        ("words", number(doc["word_count"]) if doc.get("word_count") is not None else None),
    ]
    items = [f"<dt>{k}</dt><dd>{escape(v)}</dd>" for k, v in rows if v not in (None, "")]
    url = doc.get("url")
    if url:
        items.append(f'<dt>url</dt><dd><a href="{escape(url)}">{escape(url)}</a></dd>')
    return '<dl class="meta">' + "".join(items) + "</dl>"


def _event(doc: dict[str, Any]) -> str | None:
    """The event the document is the record of, with its key (schema 1.5), or None."""
    name = doc.get("event_name")
    if not name:
        return None
    key = doc.get("event_key")
    return f"{name} ({key})" if key else name


def _legend(facts: list[dict[str, Any]]) -> str:
    counts = Counter(f["type"] for f in facts)
    items = [
        f'<span class="swatch" style="background: {HIGHLIGHT_COLOURS.get(t, OTHER_COLOUR)}">'
        f"{escape(t)} {counts[t]}</span>"
        for t in sorted(counts, key=lambda t: (-counts[t], t))
    ]
    return " ".join(items) or "no facts"


def _table(facts: list[dict[str, Any]], refused: list[tuple[dict[str, Any], str]]) -> str:
    head = (
        "text",
        "type",
        "figure",
        "change",
        "period",
        "speaker",
        "subject",
        "event",
        "kind",
        "date",
        "event key",
        "note",
    )
    notes = {id(fact): reason for fact, reason in refused}
    rows = []
    for fact in facts:
        note = notes.get(id(fact))
        text = escape(fact["text"])
        if note is None:
            text = f'<a href="#fact-{_anchor(fact)}">{text}</a>'
        cells = [
            text,
            escape(fact["type"]),
            escape(amount(fact)),
            escape(fact.get("change")),
            escape(fact.get("period")),
            escape(fact.get("speaker")),
            escape(fact.get("subject")),
            escape(fact.get("event") or fact.get("name")),
            escape(fact.get("kind")),
            escape(fact.get("date")),
            escape(fact.get("event_key")),
            escape(f"not highlighted: {note}" if note else ""),
        ]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    header = "".join(f"<th>{h}</th>" for h in head)
    body = "".join(rows)
    return f'<table class="facts"><thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>'


def page_html(
    doc: dict[str, Any], facts: list[dict[str, Any]], input_name: str | None = None
) -> tuple[str, list[tuple[str, str]]]:
    """The page of one document (a whole HTML file, no external resource), and the facts that
    could not be highlighted: (fact id, reason), in text order."""
    from pipeline import __version__

    text = doc.get("text") or ""
    shown, refused = placeable(text, facts)
    ordered = sorted(facts, key=lambda f: (f["start"], f["end"]))
    page = template("page.html").substitute(
        title=escape(doc.get("title") or doc.get("doc_id")),
        css=files("pipeline.view").joinpath("templates", "view.css").read_text("utf-8"),
        meta=_meta(doc, input_name),
        legend=_legend(facts),
        text=highlighted_text(text, shown),
        count=len(facts),
        table=_table(ordered, refused) if facts else "<p>No facts were found in this document.</p>",
        version=escape(__version__),
    )
    return page, [(fact_key(fact), reason) for fact, reason in refused]
