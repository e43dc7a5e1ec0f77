"""Accuracy on the development pages of the shared archive, scored by the guideline's rules.

The thresholds are those of the issues; the figures themselves are in docs/accuracy.md.
"""

from __future__ import annotations

import pytest

from pipeline.evaluate import evaluate, load_jsonl, read_doc_list
from pipeline.runner import run

# issue 2 (foundation) thresholds
F1_FLOORS = {"money": 0.93, "percentage": 0.93, "country_count": 0.80, "event": 0.60}
# issue 3 field accuracies on matched facts
FIELD_FLOORS = {"qualifier": 0.97, "speaker": 0.98, "period": 0.90, "change": 0.90}


@pytest.fixture(scope="module")
def dev_result(archive_dir, shared_gold, tmp_path_factory):
    gold_path, docs_path = shared_gold
    ids = read_doc_list(f"@{docs_path}")
    out = tmp_path_factory.mktemp("dev")
    paths = [str(archive_dir / f"{doc_id}.html") for doc_id in ids]
    summary = run(paths, facts_out=str(out / "facts.jsonl"), errors_out=str(out / "errors.jsonl"))
    assert summary.documents == len(ids)
    return evaluate(load_jsonl(gold_path), load_jsonl(out / "facts.jsonl"), ids)


@pytest.mark.parametrize("fact_type", sorted(F1_FLOORS))
def test_f1_per_type(dev_result, fact_type):
    assert dev_result["scores"][fact_type]["f1"] >= F1_FLOORS[fact_type]


@pytest.mark.parametrize("field", sorted(FIELD_FLOORS))
def test_field_accuracy(dev_result, field):
    stats = dev_result["scores"]["all"]["fields"][field]
    assert stats["total"] > 0
    assert stats["accuracy"] >= FIELD_FLOORS[field]


def test_country_count_f1_for_issue_3(dev_result):
    assert dev_result["scores"]["country_count"]["f1"] >= 0.90


def test_percentage_f1_for_issue_3(dev_result):
    assert dev_result["scores"]["percentage"]["f1"] >= 0.97


def test_event_f1_and_date_accuracy_for_issue_4(dev_result):
    assert dev_result["scores"]["event"]["f1"] >= 0.85
    dates = dev_result["scores"]["event"]["fields"]["date"]
    assert dates["total"] > 0 and dates["accuracy"] >= 0.85
