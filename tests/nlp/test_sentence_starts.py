"""`pipeline.nlp.base.sentence_starts`, read from one array since issue 19 (round sub63): the
character offsets of `doc.sents`, on invented texts."""

import pytest
import spacy

from pipeline.nlp.base import sentence_starts

NLP = spacy.blank("en")
NLP.add_pipe("sentencizer")

TEXTS = [
    "Exports grew. Imports fell! Did prices rise? Yes.",
    "One sentence without an end",
    "  Leading spaces. Then more.\n\nA new paragraph opens here.",
    "A.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_starts_of_the_sentences(text):
    doc = NLP(text)
    assert sentence_starts(doc) == [sent.start_char for sent in doc.sents]


@pytest.mark.parametrize(
    ("starts", "expected"),
    [
        ([True, False, False, True, False], [0, 12]),
        ([False, False, True, False, False], [0, 9]),  # the first token opens one all the same
        ([True, True, True, True, True], [0, 6, 9, 12, 16]),
    ],
)
def test_starts_set_by_hand(starts, expected):
    words = ["Grain", "is", "up", "and", "oil"]
    doc = spacy.tokens.Doc(NLP.vocab, words=words, sent_starts=starts)
    assert sentence_starts(doc) == expected == [sent.start_char for sent in doc.sents]


def test_no_sentences():
    assert sentence_starts(spacy.blank("en")("No sentencizer ran")) == [0]


def test_an_empty_doc_has_none():
    assert sentence_starts(NLP("")) == [] == [sent.start_char for sent in NLP("").sents]


def test_a_sents_hook_is_followed():
    doc = NLP("Grain is up. Oil is down.")
    doc.user_hooks["sents"] = lambda d: iter([d[0:2], d[2:]])
    assert sentence_starts(doc) == [0, 9]  # the hook's, not the sentencizer's [0, 13]
