"""The hand-over between ingestion and NLP: one parsed document (`Speech`) and its speaker turns.

Every offset downstream (turns, facts) refers to `Speech.text`, which is the paragraphs joined by
blank lines ("\\n\\n").
"""

from __future__ import annotations

from dataclasses import dataclass, field

PARAGRAPH_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Turn:
    """A speaker's turn: `text[start:end]` is spoken by `speaker` (name without titles)."""

    start: int
    end: int
    speaker: str
    label: str  # the label as written, titles included ("President of Russia Vladimir Putin")
    role: str | None = None  # official, journalist, moderator, other; None: the label does not say


@dataclass
class Speech:
    """A cleaned document ready for the NLP pipeline."""

    doc_id: str
    source: str
    paragraphs: list[str]
    title: str | None = None
    date: str | None = None  # ISO "YYYY-MM-DD" or None when unknown
    place: str | None = None
    url: str | None = None
    lead: str | None = None
    turns: list[Turn] = field(default_factory=list)
    # problems that did not stop the document (an ambiguous date...): written as error records
    # of their kind beside the document, counted as warnings
    warnings: list[InputError] = field(default_factory=list)
    # a page read for its text and id alone (a print version: pipeline.ingest.load_source with
    # text_only=True): the speaker label of each paragraph, whose turns are not built yet
    # (pipeline.ingest.completed builds them); None once they are, or when there are none to build
    unbuilt_labels: list[tuple[str, str | None] | None] | None = field(
        default=None, repr=False, compare=False
    )
    # a kremlin.ru article page's PageKey.key, and the most characters of blocks one of its
    # containers (lead, body) held, when its url names it (see pipeline.ingest.kremlin); None
    # for any other document
    page_key: tuple[str, int] | None = field(default=None, repr=False, compare=False)

    @property
    def text(self) -> str:
        return PARAGRAPH_SEPARATOR.join(self.paragraphs)

    @property
    def speakers(self) -> list[str]:
        """Distinct speakers in order of first appearance."""
        seen: dict[str, None] = {}
        for turn in self.turns:
            seen.setdefault(turn.speaker, None)
        return list(seen)

    @property
    def participants(self) -> list[dict[str, str | None]]:
        """The speakers with their titles as labelled, in order of first appearance; where a
        speaker is labelled several ways, the fullest label ("President of Russia Vladimir
        Putin" over "Vladimir Putin"), and the role the first label that tells one tells."""
        labels: dict[str, str] = {}
        roles: dict[str, str | None] = {}
        for turn in self.turns:
            known = labels.get(turn.speaker)
            if known is None or len(turn.label) > len(known):
                labels[turn.speaker] = turn.label
            if roles.get(turn.speaker) is None:
                roles[turn.speaker] = turn.role
        return [
            {"name": name, "label": label, "role": roles[name]} for name, label in labels.items()
        ]

    def speaker_at(self, offset: int) -> str | None:
        for turn in self.turns:
            if turn.start <= offset < turn.end:
                return turn.speaker
        return None


@dataclass(frozen=True)
class PageKey:
    """A kremlin.ru article page read only as far as what its document is made of (a print
    version, `load_source(key_only=True)`): `key` is the digest of it, equal for two pages that
    give the same document (the same doc_id, from the url, and text), provided this page's text
    budget allows the blocks: `budget` is how many characters of blocks one container of it
    may hold (pipeline.ingest.kremlin._TEXT_PER_CHAR); the page with the same key read them
    whole and knows how many they held (`Speech.page_key`)."""

    source: str
    key: str
    budget: int


@dataclass(frozen=True)
class Skipped:
    """An input that is not an article (gallery, listing, feed): counted, not an error."""

    source: str
    kind: str  # "gallery", "listing", "feed", ...
    reason: str


@dataclass(frozen=True)
class InputError:
    """An input that could not be processed, with a reason a person understands."""

    source: str
    kind: str  # missing, unreadable, binary, malformed, empty, too_large, special_file, ...
    reason: str

    def to_record(self) -> dict:
        return {"source": self.source, "kind": self.kind, "reason": self.reason}
