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
from collections import Counter

from pipeline.ingest.speakers import (
    ANSWER,
    CONTINUING,
    NAME_SEARCH_CHARS,
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
    name_parts,
    read_label,
    rules,
)
from pipeline.speech import PARAGRAPH_SEPARATOR, Turn

# (label as written, the name a person link inside it gives, or None)
LabelHit = tuple[str, str | None]
# distinct names (and titles) of one document looked up in its text, at most
CONTEXT_LOOKUPS = 100


def text_labels(paragraphs: list[str], context: str = "") -> list[LabelHit | None]:
    """The speaker label written at the start of each paragraph, or None.

    Text has no markup to tell a label from a heading, so two kinds of label need the document to
    back them: a one-word label ("Putin:", "Energy:") is one when it is a word of the label rules
    ("Question", "Note"), the surname of a longer label or of a full name in the text
    (`context`), or speakers take turns with it ("Smith: ... Jones: ... Smith:"); a bare title
    ("Interior Minister:", "THE PRESIDENT:") when it opens with "The" or is used twice.
    Linear in the number of paragraphs."""
    found: list[LabelHit | None] = []
    for paragraph in paragraphs:
        hit = find_label(paragraph)
        found.append((hit[0], None) if hit else None)
    at = [i for i, hit in enumerate(found) if hit is not None]  # labelled paragraphs, in order
    keys = [fold_case(found[i][0]).lower().strip(".") for i in at]  # type: ignore[index]
    counts = Counter(keys)
    surnames = {key.split()[-1] for key in keys if " " in key}
    r = rules()
    known = r.role_labels.keys() | r.not_labels | r.continuing | r.no_speaker | r.answers
    taking_turns = _turn_taking(keys)
    in_text: dict[str, bool] = {}
    for n, (index, key) in enumerate(zip(at, keys, strict=True)):
        label = found[index][0]  # type: ignore[index]
        if " " not in key:
            backed = key in known or key in surnames or taking_turns[n]
            if not backed and context:
                if key not in in_text:
                    name = fold_case(label)
                    searched = len(in_text) < CONTEXT_LOOKUPS
                    in_text[key] = searched and full_name(name, [], context) != name
                backed = in_text[key]
            if not backed:
                found[index] = None
        elif read_label(label).kind == TITLE and not key.startswith("the ") and counts[key] < 2:
            found[index] = None
    return found


def _turn_taking(keys: list[str]) -> list[bool]:
    """For each label (in order): it is used again with another label between, or it answers a
    label that comes again right after it: speakers taking turns ("Smith: ... Jones: ...
    Smith: ...")."""
    result = [False] * len(keys)
    last: dict[str, int] = {}
    for n, key in enumerate(keys):
        previous = last.get(key)
        if previous is not None and previous < n - 1:  # another label between the two uses
            result[n] = result[previous] = True
        last[key] = n
    for n in range(1, len(keys) - 1):
        if keys[n - 1] == keys[n + 1] != keys[n]:
            result[n] = True
    return result


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
    """The speaker of each label, one name per person (see the module docstring).

    Each distinct name is looked up once, and the text is searched for at most
    CONTEXT_LOOKUPS distinct names, so that the work stays linear in the number of labels on
    any document."""
    context = context[:NAME_SEARCH_CHARS]
    longs = list(dict.fromkeys(lab.long_name for lab in labels if lab.long_name))
    alone = {long: _mentioned_alone(long, context) for long in longs[:CONTEXT_LOOKUPS]}
    names = [lab.long_name if alone.get(lab.long_name) else lab.speaker for lab in labels]
    people = [name for name, lab in zip(names, labels, strict=True) if lab.kind == PERSON and name]
    distinct_people = list(dict.fromkeys(people))
    by_surname: dict[str, list[str]] = {}
    for name in distinct_people:
        if not is_short_name(name):
            by_surname.setdefault(name_parts(name)[1].lower(), []).append(name)
    lookup = {}
    searched = 0
    for name in distinct_people:
        known = by_surname.get(name_parts(name)[1].lower(), [])
        searched += is_short_name(name)
        lookup[name] = full_name(name, known, context if searched <= CONTEXT_LOOKUPS else "")
    resolved: list[str | None] = []
    for name, lab in zip(names, labels, strict=True):
        if lab.kind == PERSON and name:
            resolved.append(lookup[name])
        elif lab.kind == ROLE:
            resolved.append(name)
        else:
            resolved.append(None)
    persons = [
        name for name, lab in zip(resolved, labels, strict=True) if name and lab.kind == PERSON
    ]
    distinct = list(dict.fromkeys(persons))
    person_labels = {
        (f" {fold_case(lab.text).lower()} ", name)
        for name, lab in zip(resolved, labels, strict=True)
        if name and lab.kind == PERSON
    }
    holders: dict[str | None, str | None] = {}
    for index, lab in enumerate(labels):
        if lab.kind == TITLE:
            if lab.speaker not in holders:
                if len(holders) < CONTEXT_LOOKUPS:
                    holders[lab.speaker] = _holder(lab, person_labels, distinct, context)
                else:
                    holders[lab.speaker] = None
            resolved[index] = holders[lab.speaker] or lab.speaker
        elif lab.kind == ANSWER and len(distinct) == 1:
            resolved[index] = distinct[0]  # an interview: the answers are the interviewee's
    return resolved


def _holder(
    title: Label, person_labels: set[tuple[str, str]], persons: list[str], context: str
) -> str | None:
    """The person a bare title ("THE PRESIDENT") stands for: the one labelled speaker whose label
    holds the title, else the one person the text names with it ("President Putin")."""
    words = [w for w in (title.speaker or "").lower().split() if w != "the"]
    if not words:
        return None
    phrase = f" {' '.join(words)} "
    holders = {name for label, name in person_labels if phrase in label}
    if len(holders) == 1:
        return holders.pop()
    if holders or not context:
        return None
    pattern = re.compile(
        rf"\b{re.escape(' '.join(w.capitalize() for w in words))} +"
        r"((?:[A-Z][\w’'-]+ +){0,2}[A-Z][\w’'-]+)"
    )
    names = set()
    for match in pattern.finditer(context):
        name = match.group(1)
        names.add(full_name(name, persons, context) if is_short_name(name) else name)
        if len(names) > 1:
            return None
    return names.pop() if names else None


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
    if not read and not default_speaker:
        return []  # (most pages) no label and no speaker: no turn, whatever the paragraphs
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
