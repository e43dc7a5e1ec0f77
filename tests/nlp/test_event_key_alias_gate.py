"""The aliases of event keys tried only where the alias is written (round ev65, issue 12's speed
clause): an alias's pattern is the alias between word boundaries, so a name without the alias
as a substring has no match, and its substitution would leave the text as it is. Keys with the
gate equal keys with every alias tried (the gate undone by monkeypatch: an empty literal is in
every text)."""

import dataclasses
import re

import pytest

from pipeline.nlp import event_keys
from pipeline.nlp.event_keys import _event_key, key_rules
from pipeline.nlp.rules import Rules, installed_rules

RULES = installed_rules()

# invented names: aliases whole, inside words, at the ends, twice, capitalised or not, one
# alias inside another ("world war i" in "world war ii"), and names with none
NAMES = [
    ("the 80th anniversary of Victory in World War II", "anniversary", "2031-05-09"),
    ("the anniversary of victory in world war ii", "anniversary", "2031-05-09"),
    ("the WWII memorial day", "anniversary", "2031-05-09"),
    ("the 100th anniversary of the outbreak of World War I", "anniversary", "2031-08-01"),
    ("World War One and World War Two anniversaries", "anniversary", "2031"),
    ("the Group of Twenty summit in Lakeville", "summit", "2031-11-03"),
    ("the G 20 summit", "summit", "2031-11"),
    ("the Group of 20 leaders' summit", "summit", "2031"),
    ("a Normandy Four meeting in Pinetown", "meeting", "2031-10-02"),
    ("the Normandy format talks", "meeting", "2031"),
    ("the Great Victory parade", "other", "2031-05-09"),
    ("the Greatvictory festival", "festival", "2031"),
    ("the wwiix forum and the xwwi rally", "forum", "2031"),
    ("the Lake Forum", "forum", "2031-06-03"),
    ("the Pine Union summit", "summit", "2031-06"),
    ("the Lake Cup", "sport", "2031"),
]


def _ungated(rules: Rules):
    """key_rules with every alias's literal emptied: each is tried, as before the gate."""
    gated = key_rules(rules)
    return dataclasses.replace(gated, aliases=tuple((p, a, "") for p, a, _ in gated.aliases))


@pytest.mark.parametrize(("name", "kind", "date"), NAMES)
def test_the_gated_aliases_give_the_keys_of_every_alias_tried(monkeypatch, name, kind, date):
    gated = _event_key(RULES, name, kind, date)
    ungated = _ungated(RULES)
    monkeypatch.setattr(event_keys, "key_rules", lambda ruleset: ungated)
    assert _event_key(RULES, name, kind, date) == gated


def test_the_names_meet_the_aliases():
    """The names above hold aliases (the gate is tried both ways)."""
    written = [a for _, _, a in key_rules(RULES).aliases]
    assert sum(any(a in n.lower() for a in written) for n, _, _ in NAMES) >= 10
    assert any(not any(a in n.lower() for a in written) for n, _, _ in NAMES)


def test_each_alias_keeps_its_literal_as_written():
    for pattern, _, literal in key_rules(RULES).aliases:
        assert literal and pattern.search(literal) is not None


def _written_otherwise(literal: str) -> list[str]:
    """The alias written in ways that are not it, as a case-insensitive or Unicode-folding
    match could still read it: capitals, title case, the dotless i, long s and Kelvin sign,
    no-break spaces, a letter doubled inside."""
    return [
        literal.upper(),
        literal.title(),
        literal.replace("i", "\u0131"),
        literal.replace("s", "\u017f"),
        literal.replace("k", "\u212a"),
        literal.replace(" ", "\xa0"),
        literal[:1] + literal[:1] + literal[1:],
    ]


def test_no_alias_matches_a_text_without_it_written():
    """review66: the gate skips an alias only where its pattern cannot match: the patterns
    are case-sensitive (no IGNORECASE), so no other spelling of the alias matches."""
    for pattern, _, literal in key_rules(RULES).aliases:
        assert not pattern.flags & re.IGNORECASE, pattern.pattern
        for text in _written_otherwise(literal):
            for around in (text, f"the {text} forum", f"x{text}x"):
                if literal not in around:
                    assert pattern.search(around) is None, (pattern.pattern, around)
