"""The walk back from a head over the words of a short reach first (`_near_words`, issue 12's
speed clause, round find64): the same name start, name words and lowercase modifiers as the
walk over every word of the whole reach, the short reach's words being that scan's from the
first character no word holds; a walk that would read past them reads the whole reach."""

import pytest

import pipeline.nlp.event_names as names_module
from pipeline.nlp.event_names import _WALK_NEAR, _WORD, _near_words, _walk_back, grammar
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
G = grammar(RULES)
PAD = "Some words stand here first, and then a few more of them. " * 3

# invented names before a head, longer and shorter than the short reach, with year ranges,
# glosses, initials in brackets, dashes, hyphens, non-ASCII letters and a sentence's start
NAMES = [
    "the Lake Forum",
    "the Eighth International Lakeland and Pineland Interregional Economic Cooperation Forum",
    "the 1941–1945 Great Lake Patriotic War",
    "the 1941-1945 Great Lake War",
    "ended in 1918. World War",
    "the Lakovaya Gonka [Lake Race] nationwide ski race",
    "the Lake Economic Union (LEU) summit",
    "the Russia – EU summit",
    "the Lakeland–Pineland summit",
    "the 2010, 2014 and 2018 Games",
    "the Baker of the Year contest",
    "the eighth annual Lake Forum",
    "Honest elections",
    "the Tokyo Olympic and Paralympic games",
    "the Ülkeland-Öre Ärztetag Forum",
    "last year’s summit",
    "an informal meeting",
    "the A.B.C. & D.E.F. Joint Forum",
    "x" * 70 + " Lake Forum",
    "Lake-" * 20 + "Forum",
]


def _full(text, at, **kw):
    saved = names_module._near_words
    names_module._near_words = lambda text, head_start: None
    try:
        return _walk_back(text, at, G, **kw)
    finally:
        names_module._near_words = saved


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("pad", ["", "x", "1941", PAD, PAD + "1941–", PAD[:-1] + "'"])
def test_near_words_walk_as_the_whole_reach(name, pad):
    text = pad + name
    head = name.rsplit(" ", 1)[-1]
    at = len(text) - len(head)
    key = head.lower()
    for kw in ({}, {"head": key}, {"head": key, "glosses": True}, {"lower_max": 0}):
        assert _walk_back(text, at, G, **kw) == _full(text, at, **kw), kw


@pytest.mark.parametrize("name", NAMES)
def test_near_words_are_the_whole_scan_from_a_rest(name):
    text = PAD + name
    at = len(text)
    near = _near_words(text, at)
    whole = list(_WORD.finditer(text, max(0, at - 160), at))
    if near is None:
        return
    assert [m.span() for m in reversed(near)] == [m.span() for m in whole][-len(near) :]
    assert near == [] or near[-1].start() >= at - _WALK_NEAR


def test_a_long_name_is_read_past_the_short_reach():
    """The name starts before the short reach: the walk reads the whole reach."""
    name = NAMES[1]
    text = PAD + name
    at = len(text) - len("Forum")
    start, words, _ = _walk_back(text, at, G, head="forum")
    assert start == text.index("Eighth")
    assert start < at - _WALK_NEAR


@pytest.mark.parametrize(
    "name",
    NAMES
    + [
        "the eighth annual Lake Pine Hill Dale Wood Stone Field River Bay Forum",
        "the Baker of the Year Lake Pine Hill Dale Wood Stone Field River Bay contest",
        "the Pine Council of the Lake Leaders Hill Dale Wood Stone Field River Bay contest",
    ],
)
def test_every_alignment_of_the_short_reach(name):
    """The short reach's edge at each character of the name and the words before it: a walk
    that reads one or two words on ("annual" after "eighth", "of the" after a name word) across
    that edge reads the whole reach."""
    head = name.rsplit(" ", 1)[-1]
    key = head.lower()
    for k in range(80):
        text = PAD + "z" * k + " " + name
        at = len(text) - len(head)
        bodies = frozenset({"Council"})
        for kw in (
            {"head": key},
            {"head": key, "of_the": True},
            {"head": key, "of_the": True, "of_the_bodies": bodies},
        ):
            assert _walk_back(text, at, G, **kw) == _full(text, at, **kw), (k, kw)
