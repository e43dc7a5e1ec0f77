"""speechfacts: fact records from archives of official speeches.

Public API (also importable as `speechfacts`):
  extract_facts(text_or_speech, date=None, types=None, speakers=False) -> list[dict]
      fact records for one text
  load_pipeline(types=None) -> spacy.Language
      a new extraction pipeline (its facts: doc.spans["facts"])
  __version__

Batch runs: `pipeline.runner.run` (what the `extract` command uses). `dir(pipeline)` lists the API
only; the modules are imported by name (`pipeline.runner`, `pipeline.load`, `pipeline.db`...).
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

    from pipeline.speech import Speech

__all__ = ["__version__", "extract_document", "extract_facts", "load_pipeline"]


def _installed_version() -> str:
    """The installed distribution's version; "0.0.0" in a source tree that is not installed."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("speechfacts")
    except PackageNotFoundError:
        return "0.0.0"


def __getattr__(name: str) -> Any:
    # __version__ is read on first use, not on import: importlib.metadata takes about 0.04 s to
    # import, which `speechfacts --help` and a process that never asks need not pay
    if name == "__version__":
        value = globals()["__version__"] = _installed_version()
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    # the API, not the helpers and imported names of this module nor the submodules loaded since
    return sorted(__all__)


_PIPELINES: dict[tuple[str, ...] | None, Language] = {}


def _cached_pipeline(types: str | Iterable[str] | None) -> Language:
    """The pipeline for `types`, built once per process."""
    key = _types_key(types)
    nlp = _PIPELINES.get(key)
    if nlp is None:
        nlp = _PIPELINES[key] = load_pipeline(key)
    return nlp


def _types_key(types: str | Iterable[str] | None) -> tuple[str, ...] | None:
    from pipeline.runner import normalize_types

    return normalize_types(types)


def load_pipeline(types: str | Iterable[str] | None = None) -> Language:
    """Build a new spaCy pipeline extracting `types` ("money,event" or a list; None = the
    default types, all but the opt-in "quantity").

    Run it on a Doc made by `pipeline.nlp.prepare_doc(nlp, speech)` (which attaches the document's
    date and speaker turns): the facts it finds are the spans in `doc.spans["facts"]`, each with
    its normalised fields; `pipeline.records.fact_records(doc, speech)` turns them into records.
    `extract_facts` does all of this for one text. Raises ValueError for an unknown type.
    """
    from pipeline.nlp import build_pipeline

    return build_pipeline(_types_key(types))


def _iso_date(date: str | datetime.date | None) -> str | None:
    """`date` as ISO "YYYY-MM-DD" text; ValueError for anything else ("March 22, 2013")."""
    if date is None:
        return None
    if isinstance(date, datetime.datetime):
        date = date.date()
    if isinstance(date, datetime.date):
        return date.isoformat()
    from pipeline.schemas import FORMATS

    if isinstance(date, str) and FORMATS["date"](date):
        return date
    raise ValueError(
        f"date must be an ISO date, YYYY-MM-DD (or a datetime.date), got {date!r}; "
        'e.g. date="2013-03-22"'
    )


def extract_facts(
    text_or_speech: str | Speech,
    date: str | datetime.date | None = None,
    types: str | Iterable[str] | None = None,
    speakers: bool = False,
) -> list[dict[str, Any]]:
    """Fact records (the same format as the `extract` command writes) for one text or Speech.

    A plain string is one document: offsets refer to the string itself, without speaker turns.
    With `speakers=True` it is read as a plain-text file is: "Name:" labels at the start of a
    paragraph make speaker turns (the facts get their `speaker`), paragraphs are split on blank
    lines and hard-wrapped lines joined, and offsets refer to that cleaned text (paragraphs
    joined by a blank line; each record's `text` and `sentence` show what they point at).
    `date` (ISO "YYYY-MM-DD" or a datetime.date) anchors relative dates ("last year"); any other
    text raises ValueError. For a `Speech`, its own date is used unless `date` is given. The
    pipeline is built once per process per set of types.
    """
    from pipeline.nlp import prepare_doc
    from pipeline.nlp.extensions import pipeline_names
    from pipeline.records import fact_records
    from pipeline.speech import InputError, Speech

    date = _iso_date(date)

    nlp = _cached_pipeline(types)

    if isinstance(text_or_speech, Speech):
        speech = text_or_speech
        if date is not None and date != speech.date:
            from dataclasses import replace

            speech = replace(speech, date=date)
    elif isinstance(text_or_speech, str):
        text = text_or_speech
        doc_id = "text-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
        if speakers:
            from dataclasses import replace

            from pipeline.ingest.plaintext import parse_plaintext

            parsed = parse_plaintext(text, "<text>", doc_id)
            if isinstance(parsed, InputError):
                return []  # no text: no facts
            speech = replace(parsed, date=date)
        else:
            speech = Speech(doc_id=doc_id, source="<text>", paragraphs=[text], date=date)
    else:
        raise TypeError(f"expected a str or a Speech, got {type(text_or_speech).__name__}")
    return fact_records(nlp(prepare_doc(nlp, speech)), speech, pipeline_names(nlp))


def extract_document(
    speech: Speech, types: str | Iterable[str] | None = None
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The document record and the fact records (the same as `extract --docs` writes) of one
    Speech: the document record carries the event the page is the record of (`event_name`,
    `event_kind`, `event_key`), which the event component finds (null without it in `types`)."""
    from pipeline.nlp import prepare_doc
    from pipeline.nlp.extensions import pipeline_names
    from pipeline.records import doc_event_of, document_record, fact_records

    nlp = _cached_pipeline(types)
    names = pipeline_names(nlp)
    doc = nlp(prepare_doc(nlp, speech))
    facts = fact_records(doc, speech, names)
    return document_record(speech, facts, doc_event_of(doc, names)), facts
