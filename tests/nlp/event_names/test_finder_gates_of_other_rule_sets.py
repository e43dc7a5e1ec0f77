"""The finder gates (`event_names._finder_gates`, `event_name_words.written_in_kept`; round
find64) are read from each finder's own rule: with a rule set other than the installed one
(words with a space, a hyphen, an apostrophe, a capital or none, lists emptied, rules turned
off) the names found are still those of every finder run over the whole text (review64)."""

import pytest

import pipeline.nlp.event_name_words as words_module
import pipeline.nlp.event_named_days as days_module
import pipeline.nlp.event_names as names_module
from pipeline.nlp.event_names import _finder_gates, _FinderGates, find_events
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
EVENTS = RULES.get("events", required=("heads",))

# rule sets whose gated words differ from the installed ones in each way a gate may miss
EDITED = {
    "spaced and lowercase words": RULES.edited(
        "events",
        group_summit_initials={
            **EVENTS["group_summit_initials"],
            "initials": ["Lake Eight", "l20", "G’8"],
        },
        themed_years={**EVENTS["themed_years"], "heads": ["Year", "Decade"], "lowercase_heads": []},
        ordinal_gatherings={
            "heads": {"convention": {"kind": "conference", "modifiers": ["National"]}}
        },
        gathering_councils={
            **EVENTS["gathering_councils"],
            "modifiers": ["Holy Synod", "bishops’"],
        },
        named_days={**EVENTS["named_days"], "heads": ["Week"]},
        prefixed_named_days={**EVENTS["prefixed_named_days"], "head": "Week"},
        named_operations={**EVENTS["named_operations"], "heads": ["operation"]},
        named_exercises={**EVENTS["named_exercises"], "heads": ["Drills"]},
    ),
    "lists emptied, rules off": RULES.edited(
        "events",
        drop=["named_operations", "plain_war_names", "prefixed_named_days", "themed_years"],
        named_days={"heads": [], "kind": "other"},
        ordinal_gatherings={"heads": {}},
        abbreviated_wars={"names": {}},
        group_summit_initials={},
    ),
}

# invented sentences for the words of both rule sets and the installed ones
TEXTS = [
    "We met at the Lake  Eight in Pinetown.",
    "They spoke at the Lake\tEight, then left.",
    "At the l20 in Pinetown and during the G’8 here, trade was discussed.",
    "the Decade of Lake Culture in Pineland and the Year of Pine Music",
    "the 6th convention of the Lake Society of Inventors; the 2nd National convention of Dale",
    "The Holy Synod Council met; the Holy  Synod Council and the bishops’ Council too.",
    "the Week of Lake Unity\n\nWe mark Lake Press Week and the Day of Pine Unity.",
    "during operation Pine Shield and Operation Clean Street",
    "the Lake Storm 2031 Drills and the Pine Shield 2031 exercises ended",
    "A WWII veteran spoke at the G20 in Pinetown about the defence of Tula.",
    "",
]


def _spans(text):
    half = len(text) // 2
    return [None, ((0, len(text)),), ((0, half),), ((half, len(text)),), ()]


def _ungated(monkeypatch, rules):
    gates = _finder_gates(rules)
    always = _FinderGates(tuple(None for _ in gates.words), ())
    monkeypatch.setattr(names_module, "_finder_gates", lambda ruleset: always)
    for module in (words_module, days_module, names_module):
        monkeypatch.setattr(module, "written_in_kept", lambda *a, **k: True)


@pytest.mark.parametrize("rules_name", sorted(EDITED))
@pytest.mark.parametrize("text", TEXTS)
def test_gated_finders_of_another_rule_set_find_what_every_finder_finds(
    rules_name, text, monkeypatch
):
    rules = EDITED[rules_name]
    for kept in _spans(text):
        gated = find_events(rules, text, kept=kept)
        with monkeypatch.context() as m:
            _ungated(m, rules)
            assert find_events(rules, text, kept=kept) == gated, kept


def test_initials_with_a_space_are_no_gate():
    """Initials written with a space match any white space inside a line: no literal gates
    them, and the group's summit is found with two spaces or a tab."""
    rules = EDITED["spaced and lowercase words"]
    assert _finder_gates(rules).words[7] is None
    found = {f["name"] for text in TEXTS[:2] for f in find_events(rules, text)}
    assert {"Lake  Eight in Pinetown", "Lake\tEight"} <= found


def test_the_edited_rules_name_something():
    """Each edited word is found in the texts: the comparison above is not empty."""
    rules = EDITED["spaced and lowercase words"]
    names = {f["name"] for text in TEXTS for f in find_events(rules, text)}
    assert {
        "l20 in Pinetown",
        "G’8",
        "Decade of Lake Culture in Pineland",
        "6th convention of the Lake Society of Inventors",
        "Holy Synod Council",
        "bishops’ Council",
        "Week of Lake Unity",
        "Lake Press Week",
        "operation Pine Shield",
    } <= names
    # the finders of emptied lists and rules turned off have no word: never called
    off = _finder_gates(EDITED["lists emptied, rules off"]).words
    assert [i for i, w in enumerate(off) if w == frozenset()] == [0, 2, 3, 5, 6, 7, 8, 9]
