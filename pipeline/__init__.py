"""speechfacts: fact records from archives of official speeches.

Public API:
  extract_facts(text_or_speech, date=None, types=None) -> list[dict]   fact records for one text
  load_pipeline(types=None) -> spacy.Language                          a new extraction pipeline
  __version__

Batch runs: `pipeline.runner.run` (what the `extract` command uses).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

    from pipeline.speech import Speech

try:
    __version__ = version("speechfacts")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

__all__ = ["__version__", "extract_facts", "load_pipeline"]

_PIPELINES: dict[tuple[str, ...] | None, Language] = {}


def _types_key(types: str | Iterable[str] | None) -> tuple[str, ...] | None:
    from pipeline.runner import normalize_types

    return normalize_types(types)


def load_pipeline(types: str | Iterable[str] | None = None) -> Language:
    """Build a new spaCy pipeline extracting `types` ("money,event" or a list; None = all).

    Raises ValueError for an unknown type.
    """
    from pipeline.nlp import build_pipeline

    return build_pipeline(_types_key(types))


def extract_facts(
    text_or_speech: str | Speech,
    date: str | None = None,
    types: str | Iterable[str] | None = None,
) -> list[dict[str, Any]]:
    """Fact records (the same format as the `extract` command writes) for one text or Speech.

    A plain string is one document without speaker turns: offsets refer to the string itself,
    and `date` (ISO "YYYY-MM-DD") anchors relative dates ("last year"). For a `Speech`, its own
    date is used unless `date` is given. The pipeline is built once per process per set of types.
    """
    from pipeline.nlp import prepare_doc
    from pipeline.records import fact_records
    from pipeline.speech import Speech

    key = _types_key(types)
    nlp = _PIPELINES.get(key)
    if nlp is None:
        nlp = _PIPELINES[key] = load_pipeline(key)

    if isinstance(text_or_speech, Speech):
        speech = text_or_speech
        if date is not None and date != speech.date:
            from dataclasses import replace

            speech = replace(speech, date=date)
    elif isinstance(text_or_speech, str):
        text = text_or_speech
        doc_id = "text-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
        speech = Speech(doc_id=doc_id, source="<text>", paragraphs=[text], date=date)
    else:
        raise TypeError(f"expected a str or a Speech, got {type(text_or_speech).__name__}")
    return fact_records(nlp(prepare_doc(nlp, speech)), speech)
