"""doc_text: the Doc's text computed once, equal to spaCy's own."""

from __future__ import annotations

import spacy

from pipeline.nlp import build_pipeline, prepare_doc
from pipeline.nlp.extensions import TEXT_KEY, doc_text
from pipeline.speech import Speech


def test_doc_text_is_cached_and_equal_to_doc_text():
    nlp = spacy.blank("en")
    doc = nlp.make_doc("Exports grew to $5 billion.\n\nThey were  $4 billion last year.")
    assert TEXT_KEY not in doc.user_data
    assert doc_text(doc) == doc.text
    assert doc.user_data[TEXT_KEY] is doc_text(doc)


def test_prepare_doc_keeps_the_speech_text():
    nlp = build_pipeline()
    speech = Speech(
        doc_id="x", source="x.txt", paragraphs=["Trade rose by 5 percent.", "It was $2 billion."]
    )
    doc = prepare_doc(nlp, speech)
    assert doc_text(doc) == speech.text == doc.text


def test_span_text_equals_spacys_span_text():
    from pipeline.nlp.extensions import span_text

    nlp = build_pipeline()
    speech = Speech(
        doc_id="x",
        source="x.txt",
        # both paragraphs hold a figure, so the prefilter masks neither (see below)
        paragraphs=["Trade rose by 5 percent.  It was $2 billion!", "Next  paragraph, 3 percent."],
    )
    doc = prepare_doc(nlp, speech)
    doc = nlp(doc)
    spans = [*doc.sents, doc[2:5], doc[0:1], doc[len(doc) - 1 :], doc[3:3]]
    for span in spans:
        assert span_text(span) == span.text


def test_doc_text_is_the_speech_text_where_the_prefilter_masks_a_paragraph():
    """A paragraph that cannot hold a fact reaches the tokenizer masked (pipeline.nlp.prefilter):
    spaCy's doc.text differs there, and only there; doc_text, which the components and records
    read, is the speech's text, with the same length and offsets."""
    nlp = build_pipeline()
    speech = Speech(
        doc_id="x", source="x.txt", paragraphs=["The budget was $2 billion.", "Thanks."]
    )
    doc = prepare_doc(nlp, speech)
    assert doc_text(doc) == speech.text
    assert len(doc.text) == len(speech.text)
    assert doc.text.startswith("The budget was $2 billion.\n\n")
    assert not doc.text.endswith("Thanks.")
