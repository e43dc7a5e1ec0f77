"""Speakers of figures in narrative text: a figure inside a direct quotation gets the person the
quotation is attributed to in the same or the next sentence ("...," said President Putin).

`quote_speaker(text, start, end)` returns that person's name, or None. Titles before the name
("President", "Prime Minister", "Mr") are dropped; the name is one to three capitalised words.
"""

from __future__ import annotations

import re

OPENING = '“"'
CLOSING = '”"'
_VERBS = (
    r"(?:said|says|added|adds|stressed|stresses|noted|notes|stated|states|emphasised|emphasized|"
    r"pointed out|remarked|explained|underlined|continued|told|declared|announced)"
)
_TITLE = r"(?:(?:the\s+)?(?:Russian\s+)?(?:President|Prime Minister|Minister|Mr|Mrs|Ms|Dr)\.?\s+)?"
_NAME = r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
AFTER = re.compile(rf"^[\s,.]*{_VERBS}\s+{_TITLE}{_NAME}")
AFTER_NAME_FIRST = re.compile(rf"^[\s,.]*{_TITLE}{_NAME}\s+{_VERBS}\b")
BEFORE = re.compile(rf"{_TITLE}{_NAME}\s+{_VERBS}(?:\s+that)?[\s:,]*$")
_NOT_NAMES = {"He", "She", "They", "It", "We", "I", "The", "This", "That"}


def _clean(name: str | None) -> str | None:
    if not name or name.split()[0] in _NOT_NAMES:
        return None
    return name


def quote_speaker(text: str, start: int, end: int) -> str | None:
    para_start = text.rfind("\n\n", 0, start) + 1
    para_end = text.find("\n\n", end)
    para_end = len(text) if para_end < 0 else para_end
    # the quotation around the figure: an opening mark before it with no closing mark between
    before = text[para_start:start]
    opens = [i for i, ch in enumerate(before) if ch in OPENING]
    if not opens:
        return None
    q_open = para_start + opens[-1]
    if text[q_open] == "“" and "”" in text[q_open:start]:
        return None
    if text[q_open] == '"' and before.count('"') % 2 == 0:
        return None
    closes = [i for i in range(end, para_end) if text[i] in CLOSING]
    if not closes:
        return None
    q_close = closes[0]
    after = text[q_close + 1 : min(para_end, q_close + 200)]
    for pattern in (AFTER, AFTER_NAME_FIRST):
        m = pattern.match(after)
        if m:
            return _clean(m.group(1))
    m = BEFORE.search(text[max(para_start, q_open - 120) : q_open])
    if m:
        return _clean(m.group(1))
    return None
