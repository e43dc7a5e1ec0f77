"""scripts/train_event_spans.py (issue 12, round az): placing gold names, the gate, combining."""

from __future__ import annotations

from conftest import load_script

spans = load_script("train_event_spans")

SENTS = [
    (0, "The mayor opened the Harvest Fair of Northfield on Monday."),
    (60, "Later the town held a large meeting of local farmers devoted to water supply."),
]


def test_place_exact_every_occurrence_case_insensitive() -> None:
    assert spans.place("harvest fair of Northfield", SENTS) == [(21, 47)]


def test_place_sorted_content_words_by_dice_window() -> None:
    placed = spans.place("devoted farmers large local meeting supply water", SENTS)
    assert placed is not None
    ((start, end),) = placed
    text = SENTS[1][1][start - 60 : end - 60]
    assert text.startswith("large meeting") and text.endswith("water supply")


def test_place_drops_what_it_cannot_place() -> None:
    assert spans.place("winter chess tournament", SENTS) is None


def test_gate_head_word_or_inner_capital() -> None:
    heads = frozenset({"meeting"})
    assert spans.gate_ok("we had a meeting today", heads)
    assert spans.gate_ok("Then we went to Northfield", heads)
    assert not spans.gate_ok("Then we went home", heads)


def test_combine_adds_only_spans_no_rule_event_covers() -> None:
    rules = [{"doc_id": "1", "type": "event", "text": "Harvest Fair", "start": 19, "end": 31}]
    found = [("1", 19, 45, "Harvest Fair of Northfield"), ("1", 100, 115, "farmers meeting")]
    only_rules, both, model = spans.combine(rules, found, {"1"})
    assert only_rules == rules
    assert [r["text"] for r in both] == ["Harvest Fair", "farmers meeting"]
    assert [r["date"] for r in model] == [None, None]
    assert spans.combine(rules, found, {"1"}, max_words=2)[2][0]["text"] == "farmers meeting"
