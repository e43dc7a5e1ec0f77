"""Speaker turns from labels at paragraph starts: one implementation for every input format.

HTML passes the labels its bold markup shows; text formats (plain text, JSON, JSON lines, CSV)
pass `text_labels(paragraphs)`, the labels written at the start of their paragraphs. Either way
`build_turns` reads each label (pipeline.ingest.speakers.read_label), makes one person of the
names a document gives one speaker ("VLADIMIR PUTIN", "V.Putin", "Putin", "THE PRESIDENT" where the
document says who is who), and cuts the text into turns: a turn runs from its label to the
paragraph before the next label. "Note:"-like paragraphs belong to no turn, and an unnamed voice
("Remark:") has a turn without a speaker.
"""

from __future__ import annotations

import re

from pipeline.ingest.speakers import (
    ANSWER,
    CONTINUING,
    NO_SPEAKER,
    NOT_LABEL,
    PERSON,
    ROLE,
    TITLE,
    Label,
    find_label,
    fold_case,
    full_name,
    is_short_name,
    read_label,
    rules,
)
from pipeline.speech import PARAGRAPH_SEPARATOR, Turn

# (label as written, the name a person link inside it gives, or None)
LabelHit = tuple[str, str | None]


def text_labels(paragraphs: list[str], context: str = "") -> list[LabelHit | None]:
    """The speaker label written at the start of each paragraph, or None.

    Text has no markup to tell a label from a heading, so two kinds of label need the document to
    back them: a one-word label ("Putin:", "Energy:") is one when it is a word of the label rules
    ("Question", "Note"), the surname of a longer label or of a full name in the text
    (`context`), or used twice with another label between ("Smith: ... Jones: ... Smith:"); a
    bare title ("Interior Minister:", "THE PRESIDENT:") when it opens with "The" or is used
    twice."""
    found: list[LabelHit | None] = []
    for paragraph in paragraphs:
        hit = find_label(paragraph)
        found.append((hit[0], None) if hit else None)
    keys = [fold_case(hit[0]).lower().strip(".") if hit else None for hit in found]
    surnames = {key.split()[-1] for key in keys if key and " " in key}
    r = rules()
    known = r.role_labels.keys() | r.not_labels | r.continuing | r.no_speaker | r.answers
    for index, key in enumerate(keys):
        if key is None:
            continue
        if " " not in key:
            backed = key in known or key in surnames or _turn_taking(keys, index)
            if not backed and context:
                label = fold_case(found[index][0])  # type: ignore[index]
                backed = full_name(label, [], context) != label
            if not backed:
                found[index] = None
        elif read_label(found[index][0]).kind == TITLE:  # type: ignore[index]
            if not key.startswith("the ") and keys.count(key) < 2:
                found[index] = None
    return found


def _turn_taking(keys: list[str | None], index: int) -> bool:
    """The label at `index` comes again after another label, or another label came between it
    and its last use, or it answers a label that comes again right after it: speakers taking
    turns ("Smith: ... Jones: ... Smith: ...")."""
    key = keys[index]
    before = next((k for k in reversed(keys[:index]) if k is not None), None)
    after = next((k for k in keys[index + 1 :] if k is not None), None)
    if before is not None and before == after and before != key:
        return True
    between = False
    for other in keys[index + 1 :]:
        if other == key:
            return between
        if other is not None:
            between = True
    between = False
    for other in reversed(keys[:index]):
        if other == key:
            return between
        if other is not None:
            between = True
    return False


def _mentioned_alone(name: str, context: str) -> bool:
    """`name` occurs in the text after a lower-case word or none, not after a capitalised word or
    a connective: "talks with Recep Tayyip Erdogan" backs the three words as a name; "South
    Africa Cyril Ramaphosa" does not back "Africa Cyril Ramaphosa", nor "of Iran Hassan Rouhani"
    "Iran Hassan Rouhani"."""
    connectives = rules().connectives
    for match in re.finditer(rf"(?<![\w’'-]){re.escape(name)}\b", context):
        before = context[max(0, match.start() - 40) : match.start()].split()
        word = before[-1] if before else ""
        if word in connectives or word[:1].isupper():
            continue  # "of Turkey Recep Tayyip", "Railways Oleg Belozerov": part of a title
        return True
    return False


def _resolve(labels: list[Label], context: str) -> list[str | None]:
    """The speaker of each label, one name per person (see the module docstring)."""
    names = [
        lab.long_name if lab.long_name and _mentioned_alone(lab.long_name, context) else lab.speaker
        for lab in labels
    ]
    people = [name for name, lab in zip(names, labels, strict=True) if lab.kind == PERSON and name]
    full = [name for name in dict.fromkeys(people) if not is_short_name(name)]
    resolved: list[str | None] = []
    for name, lab in zip(names, labels, strict=True):
        if lab.kind == PERSON and name:
            resolved.append(full_name(name, full, context))
        elif lab.kind == ROLE:
            resolved.append(name)
        else:
            resolved.append(None)
    persons = [
        name for name, lab in zip(resolved, labels, strict=True) if name and lab.kind == PERSON
    ]
    distinct = list(dict.fromkeys(persons))
    for index, lab in enumerate(labels):
        if lab.kind == TITLE:
            resolved[index] = _holder(lab, labels, resolved, context) or lab.speaker
        elif lab.kind == ANSWER and len(distinct) == 1:
            resolved[index] = distinct[0]  # an interview: the answers are the interviewee's
    return resolved


def _holder(title: Label, labels: list[Label], resolved: list[str | None], context: str):
    """The person a bare title ("THE PRESIDENT") stands for: the one labelled speaker whose label
    holds the title, else the one person the text names with it ("President Putin")."""
    words = [w for w in (title.speaker or "").lower().split() if w != "the"]
    if not words:
        return None
    phrase = " ".join(words)
    holders = {
        name
        for name, lab in zip(resolved, labels, strict=True)
        if name and lab.kind == PERSON and f" {phrase} " in f" {fold_case(lab.text).lower()} "
    }
    if len(holders) == 1:
        return holders.pop()
    if holders or not context:
        return None
    pattern = re.compile(
        rf"\b{re.escape(' '.join(w.capitalize() for w in words))} +"
        r"((?:[A-Z][\w’'-]+ +){0,2}[A-Z][\w’'-]+)"
    )
    names = set()
    known = [n for n in dict.fromkeys(n for n in resolved if n)]
    for match in pattern.finditer(context):
        name = match.group(1)
        names.add(full_name(name.split()[-1], known, context) if is_short_name(name) else name)
    return names.pop() if len(names) == 1 else None


def build_turns(
    paragraphs: list[str],
    labels: list[LabelHit | None],
    context: str = "",
    default_speaker: str | None = None,
) -> list[Turn]:
    """Turns of a document whose paragraphs are joined by PARAGRAPH_SEPARATOR.

    labels[i] is the label at the start of paragraphs[i] (None: the paragraph continues the turn
    before it). `context` (the title and text) is where short names and bare titles are looked
    up. `default_speaker` (front matter `speaker:`) speaks the paragraphs before the first label.
    """
    read = {i: read_label(hit[0], hit[1]) for i, hit in enumerate(labels) if hit is not None}
    order = sorted(read)
    speakers = dict(zip(order, _resolve([read[i] for i in order], context), strict=True))
    turns: list[Turn] = []
    offset = 0
    current: tuple[int, str, str, str | None] | None = None
    if default_speaker:
        current = (0, default_speaker, default_speaker, None)
    last_end = 0
    for index, paragraph in enumerate(paragraphs):
        label = read.get(index)
        if label is not None and label.kind != CONTINUING:
            if current is not None:
                turns.append(Turn(current[0], last_end, current[1], current[2], current[3]))
                current = None
            speaker = speakers[index]
            if label.kind not in (NOT_LABEL, NO_SPEAKER) and speaker:
                current = (offset, speaker, " ".join(label.text.split()), label.role)
        last_end = offset + len(paragraph)
        offset = last_end + len(PARAGRAPH_SEPARATOR)
    if current is not None:
        turns.append(Turn(current[0], last_end, current[1], current[2], current[3]))
    return turns
