"""scripts/agreement.py: annotators scored against each other, the tool against each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import load_script

agreement = load_script("agreement")

ANNOTATED_SETS = sorted(
    path.name[len("annotators-") : -len(".jsonl")]
    for path in agreement.JUDGEMENTS.glob("annotators-*.jsonl")
)


def _event(doc: str, text: str, date: str | None = None, optional: bool = False, who: str = ""):
    record = {"doc_id": doc, "type": "event", "text": text, "date": date, "optional": optional}
    if who:
        record["annotator"] = who
    return record


def _write_set(folder: Path, name: str, pages, annotators, merged) -> None:
    (folder / f"pages-{name}.txt").write_text("".join(f"{p}\n" for p in pages))
    for stem, records in (("annotators", annotators), ("gold", merged)):
        with open(folder / f"{stem}-{name}.jsonl", "w") as handle:
            handle.writelines(json.dumps(r) + "\n" for r in records)


@pytest.fixture
def invented_set(tmp_path: Path) -> dict:
    annotators = [
        _event("1", "Harbour Town Music Festival", "2031-07", who="A"),
        _event("1", "Harbour Town Music Festival", "2031-07-04", who="B"),
        _event("2", "regional farmers congress", "2031", who="A"),
        # B doubted a fact A did not give: neutral when B is the gold, a miss of nobody.
        _event("2", "the usual autumn fair", optional=True, who="B"),
    ]
    merged = [
        _event("1", "Harbour Town Music Festival", "2031-07"),
        _event("2", "regional farmers congress", "2031", optional=True),
        _event("2", "the usual autumn fair", optional=True),
    ]
    _write_set(tmp_path, "inv", ["1", "2", "3"], annotators, merged)
    return agreement.load_set("inv", tmp_path)


def test_load_set_splits_by_annotator(invented_set: dict) -> None:
    assert invented_set["pages"] == ["1", "2", "3"]
    assert [r["text"] for r in invented_set["A"]] == [
        "Harbour Town Music Festival",
        "regional farmers congress",
    ]
    assert len(invented_set["B"]) == 2 and len(invented_set["merged"]) == 3


def test_annotators_are_scored_each_way(invented_set: dict) -> None:
    rows = dict(agreement.group_rows([invented_set], [], ["event"]))
    a_on_b = rows["annotator A against B"]["event"]
    # A's congress is not in B at all: a false positive against B.
    assert (a_on_b["precision"], a_on_b["recall"]) == (0.5, 1.0)
    # A's month refines nothing: B's day is the gold, and a coarser date is wrong.
    assert a_on_b["date"] == (0, 1)
    b_on_a = rows["annotator B against A"]["event"]
    # B's doubted fair is a false positive against A; B misses A's congress.
    assert (b_on_a["precision"], b_on_a["recall"]) == (0.5, 0.5)
    assert b_on_a["date"] == (1, 1)


@pytest.mark.parametrize(
    ("predicted", "against_merged"),
    [
        ([], (0.0, 0.0)),
        ([_event("1", "Harbour Town Music Festival", "2031-07-04")], (1.0, 1.0)),
        ([_event("3", "winter chess tournament")], (0.0, 0.0)),
    ],
)
def test_the_tool_is_scored_against_each_and_the_merged_gold(
    invented_set: dict, predicted: list, against_merged: tuple
) -> None:
    rows = dict(agreement.group_rows([invented_set], predicted, ["event"]))
    merged = rows["tool against merged gold"]["event"]
    assert (merged["precision"], merged["recall"]) == against_merged
    assert set(rows) == {
        "annotator A against B",
        "annotator B against A",
        "tool against A",
        "tool against B",
        "tool against merged gold",
    }


def test_records_of_other_pages_are_not_the_tools(invented_set: dict) -> None:
    outside = [_event("99", "Harbour Town Music Festival", "2031-07-04")]
    rows = dict(agreement.group_rows([invented_set], outside, ["event"]))
    assert rows["tool against A"]["event"]["precision"] == 0.0


def test_format_rows_is_a_markdown_table(invented_set: dict) -> None:
    rows = agreement.group_rows([invented_set], [], ["event"])
    table = agreement.format_rows("invented", 3, rows, ["event"]).splitlines()
    assert table[0] == "invented (3 pages)"
    assert table[2].startswith("| comparison | event P / R / F1")
    assert len(table) == 4 + 5 and table[4].startswith("| annotator A against B | 0.500 / 1.000")


def test_default_groups_name_only_kept_sets() -> None:
    named = [name for names in agreement.DEFAULT_GROUPS.values() for name in names]
    assert len(named) == len(set(named))
    assert sorted(named) == ANNOTATED_SETS


@pytest.mark.parametrize("name", ANNOTATED_SETS)
def test_every_annotators_record_is_on_its_sets_pages(name: str) -> None:
    one = agreement.load_set(name)
    pages = set(one["pages"])
    for who in ("A", "B"):
        assert {str(r["doc_id"]) for r in one[who]} <= pages
    assert one["A"] and one["B"]
