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
