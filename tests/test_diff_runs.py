"""scripts/diff_runs.py: the records that differ between two runs, matched by document, type and
start; hidden documents and other types left out."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import load_script

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def diff_runs():
    return load_script("diff_runs")


def _fact(doc_id: str, start: int, kind: str = "event", **fields) -> dict:
    return {"doc_id": doc_id, "type": kind, "start": start, "text": "Harbour Forum"} | fields


def _write(path: Path, facts: list[dict]) -> str:
    path.write_text("".join(json.dumps(f) + "\n" for f in facts), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ([_fact("1", 5, date="2019")], [_fact("1", 5, date="2019")], []),
        ([], [_fact("1", 5)], [("ADDED", ("1", "event", 5))]),
        ([_fact("1", 5)], [], [("REMOVED", ("1", "event", 5))]),
        (
            [_fact("1", 5, date="2019")],
            [_fact("1", 5, date="2019-06")],
            [("CHANGED", ("1", "event", 5))],
        ),
    ],
)
def test_changes_by_kind(diff_runs, tmp_path, before, after, expected):
    old = diff_runs.load(_write(tmp_path / "a", before), None, frozenset())
    new = diff_runs.load(_write(tmp_path / "b", after), None, frozenset())
    assert [(c, k) for c, k, _ in diff_runs.changes(old, new)] == expected


def test_a_change_lists_only_the_fields_that_differ(diff_runs):
    old = {("1", "event", 5): _fact("1", 5, date="2019", kind="forum")}
    new = {("1", "event", 5): _fact("1", 5, date="2019-06", kind="forum")}
    [(_, _, detail)] = diff_runs.changes(old, new)
    assert detail == {"date": ("2019", "2019-06")}


def test_changes_come_in_document_order(diff_runs):
    new = {("10", "event", 1): _fact("10", 1), ("9", "event", 3): _fact("9", 3)}
    assert [k for _, k, _ in diff_runs.changes({}, new)] == [("9", "event", 3), ("10", "event", 1)]


@pytest.mark.parametrize(
    ("types", "hidden", "expected"),
    [
        (None, frozenset(), {("1", "event", 5), ("1", "money", 9), ("2", "event", 1)}),
        (frozenset({"event"}), frozenset(), {("1", "event", 5), ("2", "event", 1)}),
        (None, frozenset({"1"}), {("2", "event", 1)}),
    ],
)
def test_load_keeps_chosen_types_outside_hidden_documents(
    diff_runs, tmp_path, types, hidden, expected
):
    facts = [_fact("1", 5), _fact("1", 9, kind="money"), _fact("2", 1)]
    assert set(diff_runs.load(_write(tmp_path / "f", facts), types, hidden)) == expected


def test_command_counts_changes_and_leaves_out_hidden_pages(tmp_path):
    before = _write(tmp_path / "a", [_fact("1", 5, date="2019"), _fact("2", 5, date="2019")])
    after = _write(tmp_path / "b", [_fact("1", 5, date="2020"), _fact("2", 5, date="2020")])
    hidden = tmp_path / "hidden.txt"
    hidden.write_text("2\n")
    out = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "diff_runs.py"),
            before,
            after,
            "--hidden",
            str(hidden),
            "--count",
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.splitlines()
    assert out == ["event CHANGED: 1", "1 changed records (1 hidden documents left out)"]
