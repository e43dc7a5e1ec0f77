"""Sentence length cap: a sentence longer than MAX_SENTENCE_TOKENS tokens is cut into pieces of
PIECE_TOKENS tokens.

Runs right after spaCy's sentencizer. Much of the per-fact work is proportional to the length of
the fact's sentence (spaCy's `Span.sent`, the period and subject rules, the `sentence` field of
every record), so a megabyte "sentence" without a full stop ("$1 $1 $1 ...") would cost
O(facts x sentence) = quadratic time and output. Real sentences are far shorter (a few dozen
tokens; the longest in the kremlin.ru archive have under 300), so the cap changes nothing on
real text and keeps the work linear on any text. A longer "sentence" is not prose (a table, a
list, a pathological input), so its pieces are short: the work per figure stays small.
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

MAX_SENTENCE_TOKENS = 512
PIECE_TOKENS = 64


class SentenceCap:
    def __init__(
        self,
        nlp: Language,
        name: str,
        max_tokens: int = MAX_SENTENCE_TOKENS,
        piece_tokens: int = PIECE_TOKENS,
    ):
        self.name = name
        self.max_tokens = max_tokens
        self.piece_tokens = piece_tokens

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) <= self.max_tokens or not doc.has_annotation("SENT_START"):
            return doc
        # through the SENT_START array: setting Token.is_sent_start makes spaCy check the whole
        # Doc for a parse each time, which is quadratic over a long "sentence"
        values = doc.to_array([SENT_START])  # 1 where a sentence starts
        starts = numpy.flatnonzero(values == 1).tolist() + [len(doc)]
        cut = False
        for start, end in zip(starts, starts[1:], strict=False):
            if end - start > self.max_tokens:
                values[start + self.piece_tokens : end : self.piece_tokens] = 1
                cut = True
        if cut:
            doc.from_array([SENT_START], values)
        return doc


@Language.factory(
    "speechfacts_sentence_cap",
    default_config={"max_tokens": MAX_SENTENCE_TOKENS, "piece_tokens": PIECE_TOKENS},
)
def make_sentence_cap(nlp: Language, name: str, max_tokens: int, piece_tokens: int) -> SentenceCap:
    return SentenceCap(nlp, name, max_tokens, piece_tokens)
