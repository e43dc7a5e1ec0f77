"""speechfacts_paragraph_starts with the tokens at the paragraph breaks found by one
`searchsorted` (issue 19): the same sentence starts as the reading of each break on its own,
on invented texts of paragraphs, turns and white space."""

from __future__ import annotations

import random

import numpy
import pytest
from spacy.attrs import IDX, IS_SPACE, SENT_START

from pipeline.nlp import sentences


def _old_values(doc, chars):
    """The sentence starts as the component set them before (one searchsorted per break)."""
    arrays = doc.to_array([SENT_START, IDX, IS_SPACE]).astype(numpy.int64)
    values, offsets, spaces = arrays[:, 0].copy(), arrays[:, 1], arrays[:, 2]
    count = len(doc)
    for char in sorted(chars):
        i = int(numpy.searchsorted(offsets, char))
        j = i
        while j < count and spaces[j]:
            j += 1
        if j >= count or j == 0:
            continue
        values[j] = 1
        for k in range(max(i - 1, 1), j):
            if spaces[k]:
                values[k] = -1
    return values.astype(numpy.uint64)


class _Turns:
    """The component's context reader, giving these turns."""

    def __init__(self, turns):
        self.turns = turns

    def context(self, doc, field):
        assert field == "turns"
        return self.turns


@pytest.fixture(scope="module")
def nlp():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


PIECES = ["Lake", "Pine", "grew", "by", "5", "percent", ".", "?", "\n\n", "\n", "  ", " \n \n"]


def _texts():
    random.seed(19)
    yield "The Lake Fund grew.\n\nIt lent 5 billion.\n\nQuestion: why"
    yield "\n\nA heading\n\n\n\nSpending rose by 3 percent.\n\n"
    yield "One line only"
    for _ in range(300):
        yield " ".join(random.choice(PIECES) for _ in range(random.randint(1, 40)))


@pytest.mark.parametrize("turns", [False, True])
def test_the_same_starts_as_each_break_alone(nlp, monkeypatch, turns):
    component = sentences.ParagraphStarts(nlp, "starts")
    for text in _texts():
        doc = nlp(text)
        if not doc.has_annotation("SENT_START") or len(doc) < 2:
            continue
        turn_starts = sorted({random.randint(0, len(text)) for _ in range(3)}) if turns else []
        component.names = _Turns([(s, s, "X") for s in turn_starts])
        monkeypatch.setattr(sentences, "doc_text", lambda d: d.text)
        chars = {m.end() for m in sentences._PARAGRAPH_BREAK.finditer(text)} | set(turn_starts)
        expected = (
            _old_values(doc, chars) if chars else doc.to_array([SENT_START]).astype(numpy.uint64)
        )
        component(doc)
        assert doc.to_array([SENT_START]).astype(numpy.uint64).tolist() == expected.tolist()
