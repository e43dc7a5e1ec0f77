"""The subject component's fast paths (issue 19, fifteenth session): phrase lists looked up by
the word where a phrase must match, a loop for `words_match`, the subject's units and words kept
while its span holds, the link before the figure worked out once, the facts' units found by
bisection, the sentence before read only when asked. Each one only skips work whose answer is
known or keeps an answer that cannot change, so the subjects must be those of the slow paths,
on invented sentences where the rules fire and where they do not."""

import bisect
import importlib
import pkgutil

import pytest
import spacy
from conftest import subjects

from pipeline.nlp import subject
from pipeline.nlp.rules import installed_rules
from pipeline.nlp.subject import _Finder, _last_words, _phrases_with, finder, sentence_units
from pipeline.nlp.subject import outlook as outlook_module
from pipeline.nlp.subject.phrase_index import _first_words

RULES = installed_rules()
NLP = spacy.blank("en")
# the package's modules: a helper is looked up in the namespace of each module that imports it
SUBJECT_MODULES = [
    importlib.import_module(f"{subject.__name__}.{info.name}")
    for info in pkgutil.iter_modules(subject.__path__)
]


def _set_everywhere(patch, name, value):
    """Set `name` to `value` in every module of the subject package that looks it up."""
    holders = [module for module in SUBJECT_MODULES if hasattr(module, name)]
    assert len(holders) > 1  # the module that defines it and those that use it
    for module in holders:
        patch.setattr(module, name, value)


PHRASES = (("need", "to"), ("must",), ("goal", "of"), ("has", "to"), ("must", "also"))


@pytest.mark.parametrize("last", [False, True])
@pytest.mark.parametrize("word", ["must", "to", "of", "goal", "also", "never", ""])
def test_phrases_with_is_the_filter(word, last):
    expected = tuple(p for p in PHRASES if (p[-1] if last else p[0]) == word)
    assert _phrases_with(PHRASES, word, last) == expected


@pytest.mark.parametrize("last", [False, True])
def test_an_empty_phrase_keeps_every_phrase(last):
    phrases = (("must",), (), ("need", "to"))
    assert _phrases_with(phrases, "never", last) == phrases
    assert _last_words(phrases) is None
    assert _last_words(PHRASES) == {"to", "must", "of", "also"}


def test_an_equal_tuple_is_indexed_anew():
    first = (("grew", "by"),)
    second = (("fell", "by"),)
    assert _phrases_with(first, "grew") == first
    assert _phrases_with(second, "grew") == ()
    assert _phrases_with(second, "fell") == second


def _marked_slowly(units, fact_ranges):
    for index, (start, end) in enumerate(fact_ranges):
        for unit in units:
            if unit.start < end and start < unit.end:
                unit.fact = index
    return units


@pytest.mark.parametrize(
    ("text", "ranges"),
    [
        ("Pine Forum's non-oil exports rose by three percent to $4 billion.", [(30, 48), (52, 62)]),
        ("Lakeland grew by five; million and Twenty-two others.", [(0, 4), (2, 30), (17, 40)]),
        ("Two hundred, one thousand and forty", [(0, 3), (4, 11), (13, 35)]),
        ("A B C", [(1, 2), (0, 1), (5, 9), (2, 2)]),
        ("Hill's", [(0, 6), (3, 4)]),
    ],
)
def test_facts_marked_as_by_every_unit(text, ranges):
    sent = NLP(text)[:]
    slow = _marked_slowly(sentence_units(RULES, sent, []), ranges)
    assert sentence_units(RULES, sent, ranges) == slow


def _words_match_slowly(self, at, phrase):
    if at < 0 or at + len(phrase) > len(self.u):
        return False
    return all(self.u[at + k].lower == w for k, w in enumerate(phrase))


def _span_units_slowly(self):
    if self.span is None:
        return None, None
    first = next((k for k, u in enumerate(self.u) if u.start == self.span[0]), None)
    last = next((k for k, u in enumerate(self.u) if u.end == self.span[1]), None)
    return first, last


def _subject_words_slowly(self):
    if self.span is None:
        return []
    return [
        k
        for k, unit in enumerate(self.u)
        if self.span[0] <= unit.start and unit.end <= self.span[1] and self.free_word(k)
    ]


TEXTS = [
    # target modals (by first word), one before a word it sets no target before
    "Lakeland's timber exports must reach $50 billion.",
    "I must say that timber exports from Lakeland grew by 12 percent.",
    "The share of local parts in Pine Forum cars should reach 80 percent.",
    # verb qualifiers, links and a link after an adverb or "by a record"
    "Timber exports exceeded $5 billion last year.",
    "Grain output is estimated at 3 million tonnes, or 2 billion rubles.",
    "Lakeland's grain exports increased significantly by 12 percent.",
    "Timber exports grew by a record 66 percent.",
    # another figure's link, the mark links, the macro links
    "Grain exports from Lakeland rose 9 percent to $2.3 billion.",
    "Trade turnover with Lakeland reached the $3 billion mark.",
    "Inflation is now at 4 percent, and unemployment is at a record low level of 5 percent.",
    # share links, a share list, an exclusion opener
    "The farm sector accounted for 10 percent of the regional product.",
    "Our two lands account for a fifth of world grain, 30 percent of its timber and 12 "
    "percent of its fish.",
    "If we leave out seasonal jobs, unemployment in Lakeland is 4 percent.",
    # an "it" after a sentence with no figure, and one with a figure
    "Unemployment remains low. It is 5 percent.",
    "Pine Forum spending rose to 3 billion rubles. It grew by 20 percent.",
    # none of the phrases
    "We met in Lakeland on Tuesday and talked about the weather for an hour.",
]


@pytest.mark.usefixtures("without_unscoped_single_key_refusal")
@pytest.mark.parametrize("text", TEXTS)
def test_subjects_as_by_the_slow_paths(text, monkeypatch):
    fast = subjects(text)
    with monkeypatch.context() as slow:
        _set_everywhere(slow, "_phrases_with", lambda phrases, word, last=False: phrases)
        _set_everywhere(slow, "_last_words", lambda phrases: None)
        slow.setattr(_Finder, "words_match", _words_match_slowly)
        slow.setattr(_Finder, "span_units", _span_units_slowly)
        slow.setattr(_Finder, "subject_words", _subject_words_slowly)
        slow.setattr(_Finder, "link_before", _Finder.find_link_before)
        assert subjects(text) == fast


def test_the_slow_paths_find_subjects_and_refuse_some():
    """The sentences above reach the rules: some subjects are found, some refused."""
    found = [s for text in TEXTS for s in subjects(text).values()]
    assert any(found) and None in found


def test_bisect_bounds_are_the_overlap():
    """The units' starts and ends both rise: the bisection bounds are the overlapping run."""
    starts, ends = [0, 5, 9, 9, 12], [4, 8, 9, 11, 15]
    for start, end in [(0, 1), (4, 5), (8, 10), (9, 9), (3, 13), (15, 20)]:
        lo, hi = bisect.bisect_right(ends, start), bisect.bisect_left(starts, end)
        expected = [k for k in range(5) if starts[k] < end and start < ends[k]]
        assert list(range(lo, hi)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In 2031, three Lakeland mills made ½ of 5 million tonnes, i.e. 40% (or ² and 三).",
        "Million-strong, Twenty firms; one-third, A and 7 - a hundred.",
    ],
)
def test_unit_words_as_by_is_word(text):
    """The letter-only, one-character and digit-only units read without `_is_word`."""
    for unit in sentence_units(RULES, NLP(text)[:], []):
        assert unit.word == subject._is_word(RULES, unit.text, unit.lower), unit.text


def test_the_sentence_before_is_read_once_and_only_when_asked(monkeypatch):
    """An "it" opening a sentence reads the sentence before (once); a sentence without one does
    not."""
    calls = []
    real = subject._opening_of_previous

    def counting(*args):
        calls.append(args[3].text)
        return real(*args)

    monkeypatch.setattr(finder, "_opening_of_previous", counting)
    found = subjects("Unemployment remains low. It is 5 percent, and it was 6 percent in 2030.")
    assert found["5 percent"] == "unemployment" and len(calls) == 1
    calls.clear()
    subjects("Unemployment remains low. Lakeland grain exports grew by 5 percent.")
    assert calls == []


@pytest.mark.parametrize(
    ("lists", "words"),
    [
        ((PHRASES,), {"need", "must", "goal", "has"}),
        (
            (PHRASES, (("expected", "to"), ("forecast",))),
            {"need", "must", "goal", "has", "expected", "forecast"},
        ),
        (((), ()), set()),
        ((PHRASES, (("will",), ())), None),  # an empty phrase: every word may open one
    ],
)
def test_first_words_of_phrase_lists(lists, words):
    assert _first_words(lists) == (None if words is None else frozenset(words))


def test_first_words_of_an_equal_tuple_are_read_anew():
    assert _first_words(((("grew", "by"),),)) == {"grew"}
    assert _first_words(((("fell", "by"),),)) == {"fell"}


# figures whose outlook comes from a cue before or after them, in a turn of speech, or none
OUTLOOK_TEXTS = [
    "Trade with Pineland will reach $90 billion, we expect, and we must keep 5 percent.",
    "I would like to note that exports will grow by 5 percent next year.",
    "I would say that prices rose by 9 percent.",
    "Growth of 3 percent is expected, while 4 percent was the target of the plan.",
    "Exports grew by 7 percent, and imports fell by 2 percent in 2020.",
    "We plan to cut the rate from 9 percent to 6 percent, as we hope to do.",
]


@pytest.mark.parametrize("text", OUTLOOK_TEXTS)
def test_outlooks_as_by_the_slow_path(text, monkeypatch):
    """`outlook` tries a cue's phrases only at a word that opens one (`_first_words`) and reads
    the turns of speech only once a cue is found: the outlooks of trying every place."""
    import pipeline

    def outlooks():
        return [
            (f["text"], f.get("outlook")) for f in pipeline.extract_facts(text, date="2021-06-01")
        ]

    fast = outlooks()
    with monkeypatch.context() as slow:
        slow.setattr(outlook_module, "_first_words", lambda lists: None)
        assert outlooks() == fast
    assert any(o for _, o in fast) is (text not in NO_OUTLOOK)  # the cues do fire


NO_OUTLOOK = {OUTLOOK_TEXTS[2], OUTLOOK_TEXTS[4]}  # a turn of speech; figures that are or were
