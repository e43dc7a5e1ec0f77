"""Accuracy on the development pages of the shared archive, scored by the guideline's rules.

The dev set is split into two fixed halves (`pipeline.evaluate.split_halves`): rules are written
from the errors of `tune` only, and `held` estimates accuracy on pages nobody tuned to. The floors
below are set from what `held` shows, so they hold the estimate of unseen accuracy, not the
tuned figure. The figures and the command that reproduces them are in docs/accuracy.md.

Each floor sits about one error below the held figure it was set from (issue 12, 2026-12-02:
event F1 0.907 over 43 gold events, strict F1 0.867, event date 21/26, period 20/24; raised by
issue 12b: event F1 0.918, strict F1 0.872; by issue 12e: strict F1 0.913, period 24/24; by issues
12y-12aa: event F1 0.930, strict F1 0.918, event date 22/27; by round 12ah: event F1 0.943,
strict F1 0.924), so that
one more miss on the held half is tolerated
and two are not: a floor must be able to fail.
"""

from __future__ import annotations

import pytest
from conftest import load_script

from pipeline.evaluate import evaluate, load_jsonl, read_doc_list, split_halves
from pipeline.runner import run

# detection F1 per type, and strict F1 over all types, on the held half; event F1 is 0.943 there
# after round 12ah (41 matched, 3 false positives, 2 misses): one more miss gives 0.930, two
# give 0.918
F1_FLOORS = {"money": 0.97, "percentage": 0.97, "country_count": 0.95, "event": 0.92}
# strict F1 is 0.924 on the held half (91 facts right in every field, 99 predicted, 98 gold);
# one more error gives 0.914, two give 0.904
STRICT_F1_FLOOR = 0.91
# accuracy of fields on matched facts of the held half (all types; `date` is events')
FIELD_FLOORS = {
    "qualifier": 0.97,
    "speaker": 0.98,
    "period": 0.95,  # 24/24 = 1.000; 23/24 = 0.958 passes, 22/24 fails
    "change": 0.95,
    "date": 0.76,  # event dates 22/27 = 0.815; 21/27 = 0.778 passes, 20/27 fails
}


@pytest.fixture(scope="module")
def dev_run(archive_dir, shared_gold, tmp_path_factory):
    gold_path, docs_path = shared_gold
    ids = read_doc_list(f"@{docs_path}")
    out = tmp_path_factory.mktemp("dev")
    paths = [str(archive_dir / f"{doc_id}.html") for doc_id in ids]
    summary = run(paths, facts_out=str(out / "facts.jsonl"), errors_out=str(out / "errors.jsonl"))
    assert summary.documents == len(ids)
    return ids, load_jsonl(gold_path), load_jsonl(out / "facts.jsonl")


@pytest.fixture(scope="module")
def held_result(dev_run):
    ids, gold, predicted = dev_run
    return evaluate(gold, predicted, split_halves(ids)["held"])


def test_halves_are_fixed_and_disjoint(dev_run):
    ids = dev_run[0]
    halves = split_halves(ids)
    assert sorted(halves["tune"] + halves["held"], key=int) == sorted(ids, key=int)
    assert not set(halves["tune"]) & set(halves["held"])
    assert abs(len(halves["tune"]) - len(halves["held"])) <= 1
    assert split_halves(list(reversed(ids))) == halves


@pytest.mark.parametrize("fact_type", sorted(F1_FLOORS))
def test_f1_per_type_on_the_held_half(held_result, fact_type):
    assert held_result["scores"][fact_type]["f1"] >= F1_FLOORS[fact_type]


def test_strict_f1_on_the_held_half(held_result):
    assert held_result["scores"]["all"]["strict_f1"] >= STRICT_F1_FLOOR


@pytest.mark.parametrize("field", sorted(FIELD_FLOORS))
def test_field_accuracy_on_the_held_half(held_result, field):
    stats = held_result["scores"]["all"]["fields"][field]
    assert stats["total"] > 0
    assert stats["accuracy"] >= FIELD_FLOORS[field]


# --- the same pages as JSON lines: speaker labels inline in the text, no HTML ---------------

JSONL_STRICT_F1_GAP = 0.02  # at most this far under the HTML pages' strict F1
JSONL_SPEAKER_FLOOR = 0.98


@pytest.fixture(scope="module")
def jsonl_run(dev_run, archive_dir, tmp_path_factory):
    """The dev pages' cleaned texts as one JSON-lines file (scripts/evaluate_dev_jsonl.py), run
    through `extract`: the turns can only come from the labels in the text."""

    ids, gold, html_facts = dev_run
    module = load_script("evaluate_dev_jsonl")
    out = tmp_path_factory.mktemp("dev-jsonl")
    pages = out / "dev-pages.jsonl"
    assert module.write_pages_as_jsonl([archive_dir / f"{i}.html" for i in ids], pages) == len(ids)
    assert '"turns"' not in pages.read_text(encoding="utf-8")
    summary = run([str(pages)], facts_out=str(out / "facts.jsonl"), errors_out=str(out / "e.jsonl"))
    assert summary.documents == len(ids)
    return ids, gold, html_facts, load_jsonl(out / "facts.jsonl")


@pytest.mark.parametrize("half", ["tune", "held"])
def test_jsonl_pages_score_as_the_html_pages(jsonl_run, half):
    ids, gold, html_facts, jsonl_facts = jsonl_run
    chosen = split_halves(ids)[half]
    html = evaluate(gold, html_facts, chosen)["scores"]["all"]
    jsonl = evaluate(gold, jsonl_facts, chosen)["scores"]["all"]
    assert jsonl["strict_f1"] >= html["strict_f1"] - JSONL_STRICT_F1_GAP
    assert jsonl["fields"]["speaker"]["accuracy"] >= JSONL_SPEAKER_FLOOR
