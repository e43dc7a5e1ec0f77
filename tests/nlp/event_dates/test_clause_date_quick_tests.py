"""`dates_in_clause` asks the quick test (`quick_tests.QuickText.may`) once for each distinct
set of requirements of its date patterns, not once per pattern (issue 12's speed clause,
round ev63): patterns that need the same words get the same answer."""

import pytest

from pipeline.nlp import event_dates
from pipeline.nlp.event_dates import _clause_date_patterns, dates_in_clause
from pipeline.nlp.quick_tests import QuickText, requirements
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()

SENTENCES = [
    "The Lake Forum will open on March 3, 2031 in Pinetown.",
    "The Lake Forum was held last year, at the end of the year, in the coming spring.",
    "In the first half of November the Lake Forum opens; next week is too soon.",
    "The Lake Forum opens",
]


def test_patterns_share_an_index_exactly_when_they_share_requirements():
    patterns = _clause_date_patterns(RULES)
    entries = patterns.always + patterns.year_part
    for pattern, _, index in entries:
        for other, _, other_index in entries:
            same = requirements(pattern) == requirements(other)
            assert (index == other_index) == same
    assert len({index for _, _, index in entries}) == patterns.distinct < len(entries)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_each_set_of_requirements_is_tested_once(sentence, monkeypatch):
    patterns = _clause_date_patterns(RULES)
    date_patterns = {id(p) for p, _, _ in patterns.always + patterns.year_part}
    asked = []
    may = QuickText.may

    def counted(self, pattern):
        if id(pattern) in date_patterns:
            asked.append(tuple(map(id, requirements(pattern))))
        return may(self, pattern)

    monkeypatch.setattr(QuickText, "may", counted)
    dates_in_clause(RULES, sentence, 4, 14, "2031-02-10")
    assert asked and len(asked) == len(set(asked))  # none asked twice


def test_the_dates_found_are_those_of_each_pattern_tested_alone(monkeypatch):
    """With every quick test answering for its own pattern (the grouping undone), the same
    dates: the grouping only saves questions."""
    found = {s: dates_in_clause(RULES, s, 4, 14, "2031-02-10") for s in SENTENCES}
    patterns = _clause_date_patterns(RULES)
    alone = type(patterns)(
        tuple((p, k, i) for i, (p, k, _) in enumerate(patterns.always)),
        tuple((p, k, len(patterns.always)) for p, k, _ in patterns.year_part),
        len(patterns.always) + 1,
    )
    monkeypatch.setattr(event_dates, "_clause_date_patterns", lambda ruleset: alone)
    assert {s: dates_in_clause(RULES, s, 4, 14, "2031-02-10") for s in SENTENCES} == found
    assert any(found.values())
