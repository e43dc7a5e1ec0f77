"""The finders of names no head starts run only where a word they cannot find a name without
is written (`_finder_gates`, issue 12's speed clause, round find64), and the finders that read
the paragraphs the prefilter kept look for their words there first (`written_in_kept`): the
names found are those of the finders run on every text, over the whole text."""

import pytest

import pipeline.nlp.event_name_words as words_module
import pipeline.nlp.event_named_days as days_module
import pipeline.nlp.event_names as names_module
from pipeline.nlp.event_names import _finder_gates, _FinderGates, find_events
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()

# invented sentences, one or more for each gated finder, with casing, joints, non-ASCII letters,
# names at the start or the end of the text and across a paragraph break
TEXTS = [
    "Day of Lake Unity",
    "The Day of Lake Unity is marked in Pineland each spring.\n\nLake Press Day too.",
    "DAY OF LAKE UNITY; day of lake unity; Mid-Day of Lake Unity; the Day\nof Lake Unity",
    "Delegates met at the Bishops’ Council and at the Pan-Orthodox Council in Pinetown.",
    "bishops’ council, Bishops'Council and the Bishops' Council",
    "My grandfather, a WWII veteran, and his brother (WW2) told us about WW1.",
    "the 6th Convention of the Lake Society of Inventors and the Fourth National Assembly of "
    "the Pine Youth League",
    "We congratulate the Pine Workers’ Day organisers; Mr Day and the Lake Day Museum.",
    "the fifth trilateral summit of the leaders and the 2031 quadrilateral meeting",
    "the Year of Lake Culture in Pineland and the cross-year of culture and tourism",
    "Ülkeland hosts the Year of Öre Music; years of work",
    "I hope to greet you at the G-8 in Pineland, and during the G7, because trade matters.",
    "We talked at the G20 in Pinetown. At the G20 summit we met again; at G-20.",
    "during Operation Pine Shield and in Operation Clean Street",
    "the defence of Pinegrad, the Dalish campaign and the defense of Lakeville",
    "Her aunt, a nurse in the defence of Tula, wrote of the second Afghan campaign.",
    "the Lake Shield 2031 exercises and the Pine Storm manoeuvres ended",
    "Plenary session of the Lake Forum",
    "",
    "summit",
]


def _ungated(monkeypatch):
    gates = _finder_gates(RULES)
    always = _FinderGates(tuple(None for _ in gates.words), ())
    monkeypatch.setattr(names_module, "_finder_gates", lambda ruleset: always)


def _kept_ungated(monkeypatch):
    for module in (words_module, days_module, names_module):
        monkeypatch.setattr(module, "written_in_kept", lambda *a, **k: True)


def _spans(text):
    """Kept spans of several shapes: the whole text, its first half, its paragraphs but the
    first, spans cut one character into a word, none."""
    half = len(text) // 2
    paragraphs, at = [], 0
    for part in text.split("\n\n"):
        paragraphs.append((at, at + len(part)))
        at += len(part) + 2
    return [
        None,
        ((0, len(text)),),
        ((0, half),),
        ((half, len(text)),),
        tuple(paragraphs[1:]),
        tuple((s, min(e, s + 1)) for s, e in paragraphs),
        (),
    ]


@pytest.mark.parametrize("text", TEXTS)
def test_gated_finders_find_what_every_finder_run_finds(text, monkeypatch):
    for kept in _spans(text):
        gated = find_events(RULES, text, kept=kept)
        with monkeypatch.context() as m:
            _ungated(m)
            _kept_ungated(m)
            assert find_events(RULES, text, kept=kept) == gated, kept


def test_the_texts_give_each_gated_finder_a_name():
    """Each finder finds a name in one of the texts: a gate that left one out would be seen."""
    gates = _finder_gates(RULES)
    for i in range(len(gates.words)):
        wrong = _FinderGates(
            tuple(frozenset({"\x00"}) if j == i else w for j, w in enumerate(gates.words)),
            gates.literals + ("\x00",),
        )
        names_module_gates = names_module._finder_gates
        try:
            names_module._finder_gates = lambda ruleset, wrong=wrong: wrong
            found = [find_events(RULES, t) for t in TEXTS]
        finally:
            names_module._finder_gates = names_module_gates
        assert found != [find_events(RULES, t) for t in TEXTS], i


def test_each_finder_has_words_from_its_rule():
    gates = _finder_gates(RULES)
    assert len(gates.words) == len(names_module._GATED_FINDERS)
    assert all(w for w in gates.words)  # the installed rules turn every finder on
    assert set(gates.literals) == set().union(*gates.words)
    assert gates.written("the Bishops’ Council on Day X") == {"Bishops’", "Day"}


@pytest.mark.parametrize(
    "text,words,kept,reach,expected",
    [
        ("the Day", ("Day",), ((0, 4),), 0, False),
        ("the Day", ("Day",), ((0, 5),), 0, True),  # starts inside, runs past the span
        ("the Day", ("Day",), ((4, 7),), 0, True),
        ("the Day", ("Day",), ((0, 2),), 2, False),
        ("the Day", ("Day",), ((0, 2),), 3, True),  # less than 3 characters after the end
        ("the Day", ("Day", "the"), ((0, 1),), 0, True),
        ("the Day", ("Night",), ((0, 7),), 5, False),
        ("the Day", ("Day",), (), 0, False),
    ],
)
def test_written_in_kept(text, words, kept, reach, expected):
    assert words_module.written_in_kept(text, words, kept, reach) is expected


def test_written_in_kept_is_a_search_of_every_start():
    text = "Day day Dayday Day-Day xDay Day"
    for s in range(len(text) + 1):
        for e in range(s, len(text) + 1):
            for reach in (0, 1, 4):
                want = any(text.startswith("Day", i) for i in range(s, min(e + reach, len(text))))
                assert words_module.written_in_kept(text, ("Day",), ((s, e),), reach) is want


@pytest.mark.parametrize(
    "text,kept",
    [
        # the count inside the span, the head after its end: the gathering is kept
        ("They opened the 6th Convention of the Lake Society of Inventors.", ((0, 19),)),
        ("They opened the 6th Convention of the Lake Society of Inventors.", ((16, 17),)),
        # a day's head starting on a span's last character
        ("We mark the Day of Lake Unity today.", ((0, 13),)),
        ("A WWII veteran spoke.", ((2, 3),)),
        ("We congratulate everyone on Lake Press Day.", ((39, 40),)),  # the day's head alone kept
        ("The Pine Workers’ Day fair and the Lake Shield exercises", ((0, 1), (46, 47))),
    ],
)
def test_a_name_starting_near_a_span_end(text, kept, monkeypatch):
    gated = find_events(RULES, text, kept=kept)
    assert gated  # the name is found
    _kept_ungated(monkeypatch)
    assert find_events(RULES, text, kept=kept) == gated
