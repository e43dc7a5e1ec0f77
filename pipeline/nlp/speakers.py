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


# How far around a figure a quotation is looked for: bounds the work per figure, so that a
# megabyte paragraph with many figures stays linear (a real quotation is far shorter).
QUOTE_WINDOW = 4000


def quote_speaker(text: str, start: int, end: int) -> str | None:
    window_start = max(0, start - QUOTE_WINDOW)
    para_start = max(text.rfind("\n\n", window_start, start) + 1, window_start)
    para_end = text.find("\n\n", end, end + QUOTE_WINDOW)
    para_end = min(len(text), end + QUOTE_WINDOW) if para_end < 0 else para_end
    # the quotation around the figure: an opening mark before it with no closing mark between
    before = text[para_start:start]
    last_open = max(before.rfind(ch) for ch in OPENING)
    if last_open < 0:
        return None
    q_open = para_start + last_open
    if text[q_open] == "“" and "”" in text[q_open:start]:
        return None
    if text[q_open] == '"' and before.count('"') % 2 == 0:
        return None
    closes = [i for i in (text.find(ch, end, para_end) for ch in CLOSING) if i >= 0]
    if not closes:
        return None
    q_close = min(closes)
    after = text[q_close + 1 : min(para_end, q_close + 200)]
    for pattern in (AFTER, AFTER_NAME_FIRST):
        m = pattern.match(after)
        if m:
            return _clean(m.group(1))
    m = BEFORE.search(text[max(para_start, q_open - 120) : q_open])
    if m:
        return _clean(m.group(1))
    return None
