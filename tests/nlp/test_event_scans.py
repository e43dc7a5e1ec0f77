"""The event component's whole-text scans, rewritten in issue 19, round i to start with what
the regex engine can skip to (a character class, a literal text): the same matches as the
patterns before, on invented texts."""

import re

import pytest

from pipeline.nlp.event_names import grammar
from pipeline.nlp.events import _JOINT, _years_after
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()

_OLD_JOINT = re.compile(r"(?<=\w)[-‑/–—]|[-‑/–—](?=\w)")
_OLD_ACRONYM = re.compile(r"\b[A-Z][A-Z]{2,}(?:-|\s)(?:19|20)\d{2}\b")

TEXTS = [
    "The Summit-2005 and the Council/Forum met - twice - in a well–run hall.",
    "-start, end-, a / b, x/y, —dash— and ‑non-breaking‑ hyphens; 2019-2020.",
    "EXPO-2017, the MAKS 2019 show, xMAKS-2019, MAKS-20199, AB-2019, ABCD\n2021.",
    "Visitors of INNOPROM-2023 and ARMY-2022 and ABC-1999 (not ABC-1899).",
    "Long Winter Campaign of 1941-1945, the Long Winter Campaign (1941–45), -Long Winter Campaign",
    "Long Winter Campaign in 1941 - 1945; xLong Winter Campaign of 1941-1945; Long Winter Campaign",
    "",
    "/",
]


@pytest.mark.parametrize("text", TEXTS)
def test_joints_as_before(text):
    assert [m.span() for m in _JOINT.finditer(text)] == [
        m.span() for m in _OLD_JOINT.finditer(text)
    ]


@pytest.mark.parametrize("text", TEXTS)
def test_acronym_names_as_before(text):
    acronyms = grammar(RULES).acronym_re
    assert [m.span() for m in acronyms.finditer(text)] == [
        m.span() for m in _OLD_ACRONYM.finditer(text)
    ]


def _old_years_after(links, name):
    year = r"(?:1[5-9]|20)\d{2}"
    from pipeline.nlp.rules import phrase_alternation

    return re.compile(
        rf"(?<![\w-]){re.escape(name)}\s*,?\s*(?:(?:{phrase_alternation(links)})\s+|\()"
        rf"({year})\s*[–—-]\s*(?:{year}|\d{{2}})(?![\w-])"
    )


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("name", ["Long Winter Campaign", "Campaign", "G", "a.b (c)"])
def test_years_after_a_name_as_before(text, name):
    links = ["of", "in"]
    new, old = _years_after(links, name), _old_years_after(links, name)
    assert [(m.span(), m.groups()) for m in new.finditer(text)] == [
        (m.span(), m.groups()) for m in old.finditer(text)
    ]
    for start in range(len(text) + 1):  # a search from any position sees the text before it
        found, expected = new.search(text, start), old.search(text, start)
        assert (found and found.span()) == (expected and expected.span())


def test_acronym_names_need_a_word_start():
    acronyms = grammar(RULES).acronym_re
    assert [m.group() for m in acronyms.finditer("MAKS-2019 xMAKS-2019 _MAKS-2019 -MAKS-2019")] == [
        "MAKS-2019",
        "MAKS-2019",
    ]


def _kept_shapes(text):
    """Kept spans of several shapes: the whole text, halves, one character, every third."""
    n = len(text)
    return [
        ((0, n),),
        ((0, n // 2),),
        ((n // 2, n),),
        ((0, 1), (n - 1, n)),
        tuple((i, min(n, i + 3)) for i in range(0, n, 6)),
        (),
    ]


@pytest.mark.parametrize("text", TEXTS)
def test_joints_in_kept_spans_as_the_joints_of_the_text_kept(text):
    """Round find64: only the spans are searched; the joints are those of the whole text that
    stand inside a span (a joint's neighbours may lie outside it)."""
    from pipeline.nlp.events import _joints

    whole = _joints(text, None)
    assert whole == [m.start() for m in _JOINT.finditer(text)]
    for kept in _kept_shapes(text):
        inside = [i for i in whole if any(s <= i < e for s, e in kept)]
        assert _joints(text, kept) == inside, kept
