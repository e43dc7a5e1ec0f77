"""speechfacts_sentence_cap: sentences over max_tokens are cut into pieces of piece_tokens."""

from __future__ import annotations

import pytest
import spacy

from pipeline.nlp.sentences import SentenceCap


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def _starts(doc):
    return [s.start for s in doc.sents]


@pytest.mark.parametrize(
    ("words", "max_tokens", "piece", "expected"),
    [
        # one sentence of 30 tokens (29 words + "."), under the cap: unchanged
        (["w"] * 29 + ["."], 40, 8, [0]),
        # 50 tokens, cap 40: pieces start every 8 tokens
        (["w"] * 49 + ["."], 40, 8, [0, 8, 16, 24, 32, 40, 48]),
        # a short sentence, a long one (tokens 3..52), a short one: only the long one is cut
        (["a", "b", "."] + ["w"] * 49 + ["."] + ["c", "."], 40, 10, [0, 3, 13, 23, 33, 43, 53]),
        # exactly at the cap: unchanged
        (["w"] * 39 + ["."], 40, 8, [0]),
    ],
)
def test_long_sentences_are_cut_into_pieces(nlp, words, max_tokens, piece, expected):
    doc = nlp(" ".join(words))
    assert len(doc) == len(words)
    doc = SentenceCap(nlp, "cap", max_tokens=max_tokens, piece_tokens=piece)(doc)
    assert _starts(doc) == expected


def test_a_short_doc_is_left_alone(nlp):
    doc = nlp("Trade grew by 5 percent. Exports reached $5 billion.")
    before = _starts(doc)
    assert _starts(SentenceCap(nlp, "cap")(doc)) == before == [0, 6]


def test_a_200000_token_sentence_is_cut_everywhere(nlp):
    # thousands of cuts, made in one pass over the SENT_START array (setting Token.is_sent_start
    # one by one made spaCy scan the whole Doc per cut: minutes for this; now a few milliseconds)
    doc = nlp.make_doc("$1 " * 100_000)
    doc = nlp.get_pipe("sentencizer")(doc)
    doc = SentenceCap(nlp, "cap")(doc)
    assert _starts(doc) == list(range(0, len(doc), 64))


# --- speechfacts_paragraph_starts: no sentence crosses a paragraph or a turn --------------------


@pytest.fixture(scope="module")
def pipeline_nlp():
    from pipeline.nlp import build_pipeline

    return build_pipeline(["money", "percentage"])


@pytest.mark.parametrize(
    ("paragraphs", "sentences"),
    [
        # a heading and a date line without full stops stay sentences of their own
        (
            ["Budget review 2014", "March 22, 2013", "Spending grew by 5 percent."],
            ["Budget review 2014", "March 22, 2013", "Spending grew by 5 percent."],
        ),
        # a question without a question mark does not run into the answer
        (
            ["Question: What happened in 2014", "Ivan Petrov: Spending grew by 5 percent."],
            ["Question: What happened in 2014", "Ivan Petrov: Spending grew by 5 percent."],
        ),
        (["One. Two.", "Three"], ["One.", "Two.", "Three"]),
    ],
)
def test_sentences_start_at_every_paragraph(pipeline_nlp, paragraphs, sentences, monkeypatch):
    from pipeline.nlp import prefilter, prepare_doc
    from pipeline.speech import Speech

    # the sentences of the real text: a paragraph the prefilter masks is one sentence
    monkeypatch.setattr(prefilter, "ENABLED", False)

    doc = pipeline_nlp(prepare_doc(pipeline_nlp, Speech("d", "d", paragraphs)))
    assert [s.text.strip() for s in doc.sents] == sentences
    assert all(s.text.strip() for s in doc.sents)  # no sentence of white space alone


def test_a_figure_takes_no_year_from_the_paragraph_before(pipeline_nlp):
    from pipeline.nlp import prepare_doc
    from pipeline.records import fact_records
    from pipeline.speech import Speech

    speech = Speech("d", "d", ["Question: What about 2014", "Spending grew by 5 percent."])
    doc = pipeline_nlp(prepare_doc(pipeline_nlp, speech))
    (fact,) = fact_records(doc, speech)
    assert fact["sentence"] == "Spending grew by 5 percent." and fact["period"] is None
