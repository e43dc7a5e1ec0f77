"""Plain-text speeches -> Speech: paragraphs on blank lines, hard-wrapped lines joined, speaker
labels ("Vladimir Putin: ...") as turns, trailing source credits and page debris dropped."""

from __future__ import annotations

import re

from pipeline.ingest.speakers import find_label, speaker_from_label
from pipeline.speech import PARAGRAPH_SEPARATOR, InputError, Speech, Turn

_BLANK_LINE = re.compile(r"\n[ \t\f\v\u00a0]*\n\s*")
# "bil-\nlion" -> "billion" only with lowercase letters on both sides; otherwise the hyphen is
# real ("Russia-\nAfrica" -> "Russia-Africa").
_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[^\W\d_])")
_SPACES = re.compile(r"\s+")
_SOURCE_CREDIT = re.compile(r"^source\s*(?:[-–—:]|$)", re.I)
_SENTENCE_END = re.compile(r"[.!?…:;\"'”’)\]]$")


def _join_lines(block: str) -> str:
    def dehyphen(match: re.Match[str]) -> str:
        before = block[match.start() - 1]
        after = block[match.end()]
        return "" if before.islower() and after.islower() else "-"

    block = _HYPHEN_BREAK.sub(dehyphen, block)
    return _SPACES.sub(" ", block).strip()


def _is_fragment(paragraph: str, max_words: int) -> bool:
    return len(paragraph.split()) < max_words and not _SENTENCE_END.search(paragraph)


def _drop_debris(paragraphs: list[str]) -> list[str]:
    """Drop a trailing "Source - Official website of ..." credit with the short fragments after
    it (menu text copied with the article), and a last fragment without final punctuation."""
    for index in range(len(paragraphs) - 1, -1, -1):
        if _SOURCE_CREDIT.match(paragraphs[index]):
            tail = paragraphs[index + 1 :]
            if all(_is_fragment(p, 8) for p in tail) and index > 0:
                paragraphs = paragraphs[:index]
            break
    if len(paragraphs) > 1 and _is_fragment(paragraphs[-1], 5):
        paragraphs = paragraphs[:-1]
    return paragraphs


def parse_plaintext(text: str, source: str, doc_id: str) -> Speech | InputError:
    """Parse a plain-text document. date and title stay None (the text does not say reliably)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = [_join_lines(block) for block in _BLANK_LINE.split(text)]
    paragraphs = _drop_debris([p for p in paragraphs if p])
    if not paragraphs:
        return InputError(source, "empty", "the text file has no text")
    turns: list[Turn] = []
    offset = 0
    current: tuple[int, str, str] | None = None
    last_end = 0
    for paragraph in paragraphs:
        found = find_label(paragraph)
        if found:
            if current:
                turns.append(Turn(current[0], last_end, current[1], current[2]))
            label = found[0]
            current = (offset, speaker_from_label(label) or label, label)
        last_end = offset + len(paragraph)
        offset = last_end + len(PARAGRAPH_SEPARATOR)
    if current:
        turns.append(Turn(current[0], last_end, current[1], current[2]))
    return Speech(doc_id=doc_id, source=source, paragraphs=paragraphs, turns=turns)
