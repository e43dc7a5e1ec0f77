"""scripts/merge_annotators.py: two annotators' facts merged into one gold file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import load_script

merge_annotators = load_script("merge_annotators")
JUDGEMENTS = Path(__file__).resolve().parent.parent / "docs" / "judgements"


def _money(text: str, value: float, **fields) -> dict:
    return {"doc_id": "1", "type": "money", "text": text, "value": value, "unit": "USD", **fields}


def _event(text: str, date: str | None = None, **fields) -> dict:
    return {"doc_id": "1", "type": "event", "text": text, "date": date, **fields}


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # both gave it: firm; the shared reading kept
        (
            [_event("Pine Forum", "2019")],
            [_event("the Pine Forum", "2019")],
            [("both", False, "2019")],
        ),
        # one refines the other: the coarser date, which both readings satisfy
        (
            [_event("Pine Forum", "2019-06-03")],
            [_event("Pine Forum", "2019-06")],
            [("both", False, "2019-06")],
        ),
        # they disagree: the date is not scored
        ([_event("Pine Forum", "2019")], [_event("Pine Forum", "2018")], [("both", False, None)]),
        # one doubted it: optional
        ([_event("Pine Forum", optional=True)], [_event("Pine Forum")], [("both", True, None)]),
        # only one gave it: optional, wherever it comes from
        ([_event("Pine Forum")], [_event("Lake Summit")], [("a", True, None), ("b", True, None)]),
    ],
)
def test_events_are_merged_as_the_gold_sets_are(first, second, expected):
    merged = merge_annotators.merge(first, second)
    assert [(r["annotators"], r["optional"], r["date"]) for r in merged] == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ([_money("$5 billion", 5e9, qualifier="exact")], [("both", False, "exact")]),
        ([_money("over $5 billion", 5e9, qualifier="more_than")], [("both", False, None)]),
        (
            [_money("$9 billion", 9e9, qualifier="exact")],
            [("a", True, "exact"), ("b", True, "exact")],
        ),
    ],
)
def test_figures_pair_by_value_and_fields_that_disagree_are_not_scored(second, expected):
    merged = merge_annotators.merge([_money("$5 billion", 5e9, qualifier="exact")], second)
    assert [(r["annotators"], r["optional"], r["qualifier"]) for r in merged] == expected


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("Pine Forum", "Pine Forum"),
        (
            "the Third Lake Summit of the Heads of the Pine States",
            "heads lake pine states summit third",
        ),
    ],
)
def test_long_event_names_are_stored_as_their_content_words(tmp_path, text, stored):
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    for path in (first, second):
        path.write_text(json.dumps(_event(text)) + "\n")
    out = tmp_path / "gold.jsonl"
    assert merge_annotators.main([str(first), str(second), "-o", str(out)]) == 0
    assert json.loads(out.read_text())["text"] == stored


def _facts(records: list[dict]) -> list[tuple]:
    return sorted(
        (r["doc_id"], r["type"], r["text"], str(r.get("value")), r["optional"], r["annotators"])
        for r in records
    )


@pytest.mark.parametrize(
    "name",
    sorted(
        p.name[len("annotators-") : -len(".jsonl")] for p in JUDGEMENTS.glob("annotators-*.jsonl")
    ),
)
def test_the_committed_gold_sets_are_what_the_merge_gives(tmp_path, name):
    # the facts, their names and optional marks; the earlier merges settled some disagreeing
    # dates and speakers by a third reading, which this merge leaves unscored
    out = tmp_path / "gold.jsonl"
    merge_annotators.main([str(JUDGEMENTS / f"annotators-{name}.jsonl"), "-o", str(out)])
    merged = [json.loads(line) for line in out.read_text().splitlines()]
    committed = [
        json.loads(line) for line in (JUDGEMENTS / f"gold-{name}.jsonl").read_text().splitlines()
    ]
    assert _facts(merged) == _facts(committed)
