"""The spaCy side of speechfacts: building the pipeline and preparing Docs with their context.

spaCy is imported when a pipeline is built or a Doc prepared, not with this package: modules of
the package that need no spaCy (`pipeline.nlp.rules`, which ingestion reads its rule data with)
can be imported without it, and so can the runner's main process, which only writes what its
worker processes annotated.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from pipeline.fact_types import DEFAULT_TYPES, FACT_TYPES
from pipeline.speech import PARAGRAPH_SEPARATOR, Speech

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

# component name per fact type, in pipeline order
COMPONENTS = {
    "money": "speechfacts_money",
    "percentage": "speechfacts_percentage",
    "country_count": "speechfacts_country_count",
    "event": "speechfacts_event",
    "quantity": "speechfacts_quantity",
}

MAX_TEXT_CHARS = 20_000_000


def build_pipeline(
    types: Iterable[str] | None = None,
    extension_names: Mapping[str, str] | None = None,
    *,
    vocab: Vocab | None = None,
) -> Language:
    """spaCy's blank English tokenizer, a rule-based sentencizer with sentence starts forced at
    paragraphs and turns, our extractors (`types`; None = DEFAULT_TYPES), the subject of each
    figure and its scope, and the context (speaker, period). `extension_names` renames where
    the components keep facts and read context (`pipeline.nlp.extensions.ExtensionNames`).
    `vocab`: the new, empty English Vocab to build on (the runner's `lexical.lean_vocab`);
    None: spaCy's own."""
    wanted = list(DEFAULT_TYPES if types is None else types)
    unknown = [t for t in wanted if t not in COMPONENTS]
    if unknown:
        raise ValueError(
            f"unknown fact type(s): {', '.join(unknown)}; known: {', '.join(FACT_TYPES)}"
        )
    import spacy

    # importing the modules registers the factories
    from pipeline.nlp import components  # noqa: F401
    from pipeline.nlp.tokens import memoise_affix_searches

    config = {"extension_names": dict(extension_names)} if extension_names else {}
    nlp = spacy.blank("en", vocab=True if vocab is None else vocab)
    nlp.max_length = MAX_TEXT_CHARS
    memoise_affix_searches(nlp.tokenizer)  # the same tokens, found sooner (issue 19)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("speechfacts_abbreviation_joins", config=config)  # "Order No. 354": one sentence
    # no sentence crosses a paragraph or a turn
    nlp.add_pipe("speechfacts_paragraph_starts", config=config)
    nlp.add_pipe("speechfacts_sentence_cap")  # sentences over 512 tokens are cut
    for fact_type in FACT_TYPES:
        if fact_type in wanted:
            nlp.add_pipe(COMPONENTS[fact_type], config=config)
    nlp.add_pipe("speechfacts_subject", config=config)
    nlp.add_pipe("speechfacts_scope", config=config)
    nlp.add_pipe("speechfacts_context", config=config)
    return nlp


def prepare_doc(nlp: Language, speech: Speech) -> Doc:
    """Tokenise a Speech's text and attach the context the components need."""
    from pipeline.nlp import extensions
    from pipeline.nlp.prefilter import masked_text
    from pipeline.nlp.tokens import make_doc

    # paragraphs that cannot hold a fact are masked for the tokenizer (pipeline.nlp.prefilter):
    # the same length, so every offset holds
    masked, kept = masked_text(speech.paragraphs, PARAGRAPH_SEPARATOR, nlp)
    doc = make_doc(nlp, masked, kept)  # nlp.make_doc, linear on any text
    # the real text, which the components read (equal to doc.text where nothing is masked)
    doc.user_data[extensions.TEXT_KEY] = speech.text
    if kept is not None:
        # where a scan of the real text need look (the number scan)
        doc.user_data[extensions.KEPT_KEY] = kept
    extensions.pipeline_names(nlp).set_context(
        doc,
        doc_id=speech.doc_id,
        doc_date=speech.date,
        doc_title=speech.title,
        doc_place=speech.place,
        doc_labels=[p["label"] for p in speech.participants],
        turns=[(t.start, t.end, t.speaker) for t in speech.turns],
    )
    return doc


def annotate(nlp: Language, speeches: Iterable[Speech], batch_size: int = 32) -> Iterable[Doc]:
    docs = (prepare_doc(nlp, s) for s in speeches)
    return nlp.pipe(docs, batch_size=batch_size)


__all__ = ["FACT_TYPES", "DEFAULT_TYPES", "build_pipeline", "prepare_doc", "annotate", "extensions"]
