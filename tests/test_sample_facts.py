"""scripts/sample_facts.py: the event sample's draw and the scoring of event dates against a
judgements file (the guideline's rule: equal, or a refinement of the right date)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import load_script

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def sample_facts():
    return load_script("sample_facts")


def _event(doc_id: str, start: int, date: str | None, fact_id: str | None = None) -> dict:
    return {
        "type": "event",
        "doc_id": doc_id,
        "fact_id": fact_id or f"{doc_id}-{start}",
        "start": start,
        "end": start + 10,
        "text": "Youth Forum",
        "kind": "forum",
        "date": date,
        "sentence": "The Youth Forum opened today.",
    }


@pytest.mark.parametrize(
    ("predicted", "right", "expected"),
    [
        ("2019-10", "2019-10", True),
        ("2019-10-08", "2019-10", True),
        ("2019-10-08", "2019", True),
        ("2019", "2019-10", False),
        ("2019-11", "2019-10", False),
        ("2019-1", "2019-10", False),
        ("20190", "2019", False),
        (None, "2019", False),
        ("2019", None, False),
        (None, None, True),
    ],
)
def test_date_is_right(sample_facts, predicted, right, expected):
    assert sample_facts.date_is_right(predicted, right) is expected


def test_score_dates_matches_by_id_then_offset_and_counts_lost_events(sample_facts):
    facts = [
        _event("1", 5, "2018-06-14", fact_id="a"),
        _event("2", 7, "2018"),  # found by document and offset: its id changed
        {"type": "money", "doc_id": "3", "fact_id": "m", "start": 0},
    ]
    judgements = [
        {"fact_id": "a", "doc_id": "1", "start": 5, "scored": True, "right_date": "2018-06"},
        {"fact_id": "old", "doc_id": "2", "start": 7, "scored": True, "right_date": "2018-06"},
        {"fact_id": "gone", "doc_id": "4", "start": 1, "scored": True, "right_date": "2018"},
        {"fact_id": "x", "doc_id": "1", "start": 9, "scored": False, "right_date": None},
    ]
    assert sample_facts.score_dates(judgements, facts) == {
        "events": 3,
        "right": 1,
        "share": 0.333,
    }


def test_sample_events_leaves_out_excluded_pages_and_other_types(sample_facts):
    facts = [_event(str(d), s, None) for d in range(1, 6) for s in (1, 2)]
    facts.append({"type": "money", "doc_id": "1", "fact_id": "m", "start": 0})
    docs = {"1": {"title": "A visit", "date": "2018-06-14", "url": "u"}}
    rows = sample_facts.sample_events(facts, docs, 100, 7, frozenset({"2", "3"}))
    assert sorted({r["doc_id"] for r in rows}) == ["1", "4", "5"]
    assert len(rows) == 6
    assert [r["i"] for r in rows] == list(range(6))
    first = next(r for r in rows if r["doc_id"] == "1")
    assert (first["title"], first["doc_date"]) == ("A visit", "2018-06-14")
    again = sample_facts.sample_events(facts, docs, 3, 7, frozenset({"2", "3"}))
    assert again == sample_facts.sample_events(facts, docs, 3, 7, frozenset({"2", "3"}))
    assert len(again) == 3


def test_events_command_excludes_listed_pages(tmp_path):
    facts = tmp_path / "facts.jsonl"
    facts.write_text("".join(json.dumps(_event(str(d), 1, None)) + "\n" for d in range(1, 5)))
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"doc_id": "1", "title": "t", "date": None}) + "\n")
    listed = tmp_path / "dev_docs.txt"
    listed.write_text("1\n2\n")
    judged = tmp_path / "judged.jsonl"
    judged.write_text(json.dumps({"doc_id": "3"}) + "\n")
    out = tmp_path / "sample.jsonl"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "sample_facts.py"),
            "events",
            str(facts),
            "--docs",
            str(docs),
            "--seed",
            "1",
            "--exclude-docs",
            str(listed),
            "--exclude",
            str(judged),
            "-o",
            str(out),
        ],
        check=True,
    )
    assert [json.loads(line)["doc_id"] for line in out.read_text().splitlines()] == ["4"]


def test_sample_facts_leaves_out_facts_judged_before(sample_facts):
    facts = [
        {
            "type": t,
            "doc_id": "1",
            "fact_id": f"{t}{k}",
            "start": k,
            "end": k + 1,
            "text": "1%",
            "subject": None,
            "subject_key": None,
            "scope": None,
            "sentence": "s",
        }
        for t in ("money", "percentage", "event")
        for k in range(4)
    ]
    rows = sample_facts.sample_facts(facts, {}, 100, 3, exclude=frozenset({"money0", "money1"}))
    assert sorted(r["fact_id"] for r in rows) == [
        "money2",
        "money3",
        "percentage0",
        "percentage1",
        "percentage2",
        "percentage3",
    ]


@pytest.mark.parametrize("field", ["subject", "subject_key"])
def test_score_counts_subjects_of_samples_and_of_judgements_files(sample_facts, field):
    rows = [
        {field: "trade", "subject_ok": True, "scope": "CN", "scope_ok": True},
        {field: "share", "subject_ok": False, "scope": None, "scope_ok": None},
        {field: None, "subject_ok": None, "scope": None, "scope_ok": None},
    ]
    result = sample_facts.score(rows)
    assert (result["with_subject"], result["subject_right"], result["coverage"]) == (2, 1, 0.667)
    assert (result["with_scope"], result["scope_right"]) == (1, 1)


def test_dates_of_several_files_adds_their_scores(sample_facts):
    facts = [_event("1", 5, "2018-06-14"), _event("2", 7, "2019")]
    judged = {
        "a.jsonl": [
            {"fact_id": "1-5", "doc_id": "1", "start": 5, "scored": True, "right_date": "2018"}
        ],
        "b.jsonl": [
            {"fact_id": "2-7", "doc_id": "2", "start": 7, "scored": True, "right_date": "2019-03"},
            {"fact_id": "2-9", "doc_id": "2", "start": 9, "scored": False, "right_date": None},
        ],
    }
    result = sample_facts.score_dates_of_files(judged, facts)
    assert result["files"]["a.jsonl"] == {"events": 1, "right": 1, "share": 1.0}
    assert result["files"]["b.jsonl"] == {"events": 1, "right": 0, "share": 0.0}
    assert result["total"] == {"events": 2, "right": 1, "share": 0.5}


def _judged_subject(fact_id: str, key: str | None, ok: bool | None) -> dict:
    return {"fact_id": fact_id, "subject_key": key, "subject_ok": ok}


@pytest.mark.parametrize(
    ("run_key", "ok", "expected"),
    [
        (
            "trade",
            True,
            {"kept": 1, "right": 1, "changed": 0, "removed_right": 0, "removed_wrong": 0},
        ),
        (
            "trade",
            False,
            {"kept": 1, "right": 0, "changed": 0, "removed_right": 0, "removed_wrong": 0},
        ),
        (
            "russian trade",
            True,
            {"kept": 0, "right": 0, "changed": 1, "removed_right": 0, "removed_wrong": 0},
        ),
        (None, True, {"kept": 0, "right": 0, "changed": 0, "removed_right": 1, "removed_wrong": 0}),
        (
            None,
            False,
            {"kept": 0, "right": 0, "changed": 0, "removed_right": 0, "removed_wrong": 1},
        ),
    ],
)
def test_score_subjects_sorts_each_judged_subject(sample_facts, run_key, ok, expected):
    facts = [{"fact_id": "f", "subject_key": run_key}]
    judged = [_judged_subject("f", "trade", ok), _judged_subject("g", None, None)]
    result = sample_facts.score_subjects(judged, facts)
    assert {k: result[k] for k in expected} == expected


def test_score_subjects_counts_a_changed_key_as_not_right(sample_facts):
    facts = [
        {"fact_id": "a", "subject_key": "trade"},
        {"fact_id": "b", "subject_key": "gdp growth"},
    ]
    judged = [_judged_subject("a", "trade", True), _judged_subject("b", "growth", False)]
    assert sample_facts.score_subjects(judged, facts)["precision"] == 0.5


def test_dates_command_scores_several_files(tmp_path):
    facts = tmp_path / "facts.jsonl"
    facts.write_text(json.dumps(_event("1", 5, "2018-06")) + "\n")
    paths = []
    for name, right in (("a.jsonl", "2018-06"), ("b.jsonl", "2018-07")):
        path = tmp_path / name
        row = {"fact_id": "1-5", "doc_id": "1", "start": 5, "scored": True, "right_date": right}
        path.write_text(json.dumps(row) + "\n")
        paths.append(str(path))
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "sample_facts.py"), "dates", *paths, str(facts)],
        check=True,
        capture_output=True,
        text=True,
    )
    assert json.loads(out.stdout)["total"] == {"events": 2, "right": 1, "share": 0.5}
