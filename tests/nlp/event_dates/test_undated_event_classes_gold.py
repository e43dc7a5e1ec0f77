"""Issue 12, round em: scripts/undated_event_classes.py tabulates the classes of undated events
(events.json's `undated_event_classes`) on gold sets (`--gold SET ...`): the run's event records
matched to the gold events as `pipeline.evaluate` matches them, counted by the gold date; and
`--reached OTHER`, the records whose date a run with every class's default moved gives
otherwise. The pages, names and sentences are invented."""

import json

import pytest
from conftest import load_script


def _fact(fid, doc, sentence, text, kind, speaker=None, date=None):
    return {
        "fact_id": fid,
        "doc_id": doc,
        "type": "event",
        "sentence": sentence,
        "text": text,
        "name": text,
        "kind": kind,
        "speaker": speaker,
        "date": date,
    }


FACTS = [
    # a greeting in a news report: class greeting
    _fact(
        "f1",
        "d1",
        "We extend our greetings to every guest of the Pine Forum.",
        "Pine Forum",
        "forum",
    ),
    # a war: class war
    _fact("f2", "d1", "The Lake War left the valley in ruins.", "Lake War", "war"),
    # a date phrase in its clause: no undated event, left out
    _fact(
        "f3", "d1", "The Hill Games opened on May 17.", "Hill Games", "sports", date="2031-05-17"
    ),
    # matched to an optional gold event only: left out
    _fact(
        "f4", "d1", "Lakeland takes part in the River Fair.", "River Fair", "festival", "A. Reed"
    ),
    # matched to no gold event: left out
    _fact("f5", "d1", "The Stone Congress is a good format.", "Stone Congress", "other"),
    # a page outside the sets' pages: left out
    _fact("f6", "d9", "The Lake War left the valley in ruins.", "Lake War", "war"),
    # words the same as f1's: deduplicated as the scorer does, the first kept
    _fact("f7", "d1", "The Pine Forum drew many guests.", "Pine Forum", "forum"),
]
DOCS = {"d1": {"date": "2031-05-17"}, "d2": {"date": "2031-06-02"}, "d9": {"date": "2031-05-17"}}
GOLD = [
    # Dice 0.8 with "Pine Forum": matched; the page's month
    {"doc_id": "d1", "type": "event", "text": "Pine Forum of Lakeland", "date": "2031-05"},
    {"doc_id": "d1", "type": "event", "text": "Lake War", "date": None},
    {"doc_id": "d1", "type": "event", "text": "Hill Games", "date": "2031-05-17"},
    {"doc_id": "d1", "type": "event", "text": "River Fair", "date": "2031", "optional": True},
    # no record shares half its words: matched to none
    {"doc_id": "d1", "type": "event", "text": "Stone Festival of the Pine Valley", "date": "2031"},
    # not an event
    {"doc_id": "d1", "type": "money", "text": "5 billion roubles", "date": None},
    {"doc_id": "d9", "type": "event", "text": "Lake War", "date": None},
]


@pytest.fixture(scope="module")
def script():
    return load_script("undated_event_classes")


def _by_id(facts):
    return {f["fact_id"]: f for f in facts}


def test_gold_events_are_matched_as_the_scorer_matches_them(script):
    table = script.tabulate_gold(_by_id(FACTS), DOCS, GOLD, ["d1", "d2"])
    assert {row: dict(counts) for row, counts in table.items()} == {
        "greeting": {"month": 1},
        "greeting/news": {"month": 1},
        "war": {"null": 1},
        "war/news": {"null": 1},
    }


def test_given_rows_split_a_class_by_the_date_the_run_gives(script):
    facts = _by_id(FACTS)
    facts["f1"] = {**facts["f1"], "date": "2031-05-17"}
    table = script.tabulate_gold(facts, DOCS, GOLD, ["d1"], given=True)
    assert dict(table["greeting given=day"]) == {"month": 1}
    assert dict(table["war given=null"]) == {"null": 1}
    assert "greeting given=day" not in script.tabulate_gold(facts, DOCS, GOLD, ["d1"])


def test_reached_keeps_the_records_another_run_dates_otherwise(script):
    facts = _by_id(FACTS)
    other = {**facts, "f1": {**facts["f1"], "date": "2031"}}
    assert script.reached(facts, other) == {"f1"}
    assert script.reached(facts, {}) == set()


def test_only_counts_the_records_named_after_matching_every_record(script):
    # f1 is matched and left out; f7, its words repeated, is dropped as the scorer drops it
    # and not matched in its place
    table = script.tabulate_gold(_by_id(FACTS), DOCS, GOLD, ["d1"], only={"f2", "f7"})
    assert set(table) == {"war", "war/news"}


def _write(tmp_path):
    folder = tmp_path / "judgements"
    folder.mkdir()
    lines = [json.dumps(g) for g in GOLD if g["doc_id"] == "d1"]
    (folder / "gold-A.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "pages-A.txt").write_text("d1\n", encoding="utf-8")
    # a one-annotator set: single-B.jsonl
    (folder / "single-B.jsonl").write_text(json.dumps(GOLD[-1]) + "\n", encoding="utf-8")
    (folder / "pages-B.txt").write_text("d9\n", encoding="utf-8")
    facts = tmp_path / "facts.jsonl"
    facts.write_text("".join(json.dumps(f) + "\n" for f in FACTS), encoding="utf-8")
    docs = tmp_path / "docs.jsonl"
    docs.write_text(
        "".join(json.dumps({"doc_id": d, **v}) + "\n" for d, v in DOCS.items()), encoding="utf-8"
    )
    return folder, facts, docs


def test_read_gold_sets_takes_gold_or_single_files_and_their_pages(script, tmp_path):
    folder, _, _ = _write(tmp_path)
    gold, doc_ids = script.read_gold_sets(["A", "B"], str(folder))
    assert doc_ids == ["d1", "d9"]
    assert len(gold) == 7 and gold[-1]["doc_id"] == "d9"


def test_main_with_gold_sets(script, tmp_path, capsys):
    folder, facts, docs = _write(tmp_path)
    args = [str(facts), str(docs), "--gold", "A", "B", "--gold-dir", str(folder), "--json"]
    assert script.main(args) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows["war"]["null"] == 2 and rows["war"]["n"] == 2  # pages of both sets
    assert rows["greeting"]["month"] == 1 and rows["greeting"]["default"] is None  # too few
    assert set(rows) == {"greeting", "greeting/news", "war", "war/news"}


def test_main_with_reached_counts_only_the_records_a_moved_default_changes(
    script, tmp_path, capsys
):
    folder, facts, docs = _write(tmp_path)
    moved = tmp_path / "moved.jsonl"
    changed = [{**f, "date": "2031"} if f["fact_id"] == "f1" else f for f in FACTS]
    moved.write_text("".join(json.dumps(f) + "\n" for f in changed), encoding="utf-8")
    args = [str(facts), str(docs), "--gold", "A", "--gold-dir", str(folder), "--json"]
    assert script.main([*args, "--reached", str(moved)]) == 0
    assert set(json.loads(capsys.readouterr().out)) == {"greeting", "greeting/news"}


@pytest.mark.parametrize("extra", [[], ["judged.jsonl", "--gold", "A"]])
def test_main_wants_judgement_files_or_gold_sets_not_both(script, tmp_path, extra, capsys):
    _, facts, docs = _write(tmp_path)
    with pytest.raises(SystemExit):
        script.main([str(facts), str(docs), *extra])
    assert "not both" in capsys.readouterr().err
