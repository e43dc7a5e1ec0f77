"""Smoke test of scripts/bench.py: its measurements run in-process on the sample page and the
report renders. No timing is asserted."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from conftest import load_script

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bench():
    module = load_script("bench")
    yield module
    module.unwrap_all()


def test_stages_and_report(bench, tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    shutil.copy(ROOT / "corpus" / "70001.html", archive / "70001.html")
    work = tmp_path / "work"
    work.mkdir()
    args = bench.parse_args(["--archive", str(archive), "--quantulum-limit", "1"])
    fake_process = {"load_before": 0.0, "load_after": 0.0, "others_cores": 0.0}
    res = {"args": {"limit": 0}}
    try:
        for stage in ("ingest", "tokenizer", "pipeline", "profile", "refresh"):
            res[stage] = bench.CHILDREN[stage](args, work)
            res[stage].update(peak_rss_mb=bench.vm_hwm_mb(), process=fake_process)
    finally:
        bench.unwrap_all()
    assert res["ingest"]["documents"] == 1
    assert res["tokenizer"]["words"] == res["pipeline"]["words"] == res["ingest"]["words"] > 0
    assert res["profile"]["facts"] == res["pipeline"]["facts"] > 0
    assert "speechfacts_money" in res["profile"]["stages"]
    text = bench.report(res)
    assert 'bare `spacy.blank("en")` tokenizer' in text
    assert "Profile by stage" in text
    refresh = res["refresh"]
    assert set(refresh["orders"]) == {"fresh first", "warm first"}
    assert all(set(o) == {"warm", "fresh", "builds"} for o in refresh["orders"].values())
    assert refresh["documents"] == res["ingest"]["documents"]
    assert "Mean cost of the rebuilds" in text


def test_run_measured(bench, tmp_path):
    result = bench.run_measured([sys.executable, "-c", "pass"], tmp_path, sample_tree=True)
    assert result["returncode"] == 0
    assert result["peak_rss_mb"] > 0
    assert result["wall_seconds"] > 0


def test_runprofile_stages_add_up(bench, tmp_path):
    """The real run, stage by stage: the stages are exclusive, so that with the run's remainder
    they add up to the run's time; the report renders the table against a wall time."""
    import json

    archive = tmp_path / "archive"
    (archive / "70001").mkdir(parents=True)
    shutil.copy(ROOT / "corpus" / "70001.html", archive / "70001.html")
    shutil.copy(ROOT / "corpus" / "70001.html", archive / "70001" / "print.html")
    work = tmp_path / "work"
    work.mkdir()
    (work / "runprofile-inputs.json").write_text(json.dumps([str(archive)]))
    args = bench.parse_args(["--archive", str(archive)])
    try:
        rp = bench.CHILDREN["runprofile"](args, work)
    finally:
        bench.unwrap_all()
    assert rp["documents"] == 1 and rp["facts"] > 0
    stages = rp["stages"]
    assert stages["HTML parsing (lexbor tree)"]["calls"] == 2  # the page and its print version
    assert stages["tokenise (prepare_doc)"]["calls"] == 1  # the print version is not annotated
    timed = sum(v["seconds"] for v in stages.values())
    assert abs(timed + rp["run_other_seconds"] - rp["run_seconds"]) < 1e-6
    assert all(v["seconds"] >= 0 for v in stages.values())
    rp["process"] = {"wall_seconds": rp["in_process_seconds"] + 0.01}
    text = "\n".join(bench.runprofile_table({"runprofile": rp}))
    assert "The whole run, stage by stage" in text and "speechfacts_money" in text


def _measured(bench, *, one_s, two_s, rss, cold, scale):
    """A results dict as `report` reads it: the tokenizer at 1,000 words/s over 1,000 words."""
    tok = {"words": 1000, "seconds": 1.0}
    ext = {
        "1 worker": {"words": 1000, "wall_seconds": one_s, "peak_rss_mb": rss},
        "2 workers": {"words": 1000, "wall_seconds": two_s, "peak_rss_mb": rss, "documents": 9},
    }
    points = [{"documents": n, "peak_rss_mb": mb} for n, mb in scale]
    return {
        "args": {"limit": 0},
        "tokenizer": tok,
        "extract": ext,
        "scale": points,
        "cold": {"median_seconds": cold},
    }


@pytest.mark.parametrize(
    ("measured", "met"),
    [
        # every figure inside issue 19's targets
        ({"one_s": 2.0, "two_s": 9.5, "rss": 190, "cold": 0.45, "scale": [(1, 180), (9, 184)]}, 5),
        # each just outside: ratio 0.49, 10 s, 200 MB, 0.5 s, +6 MB
        ({"one_s": 2.05, "two_s": 10.0, "rss": 200, "cold": 0.5, "scale": [(1, 180), (9, 186)]}, 0),
    ],
)
def test_figures_are_met_against_issue_19s_targets(bench, measured, met):
    rows = bench.figures(_measured(bench, **measured))[2:]
    assert len(rows) == 5
    assert sum(row.rstrip(" |").endswith("yes") for row in rows) == met


def _archive_with_print_version(tmp_path, print_text: str | None = None) -> Path:
    """The sample page and its print version (`70001/print.html`): the page again, or
    `print_text`."""
    archive = tmp_path / "archive"
    (archive / "70001").mkdir(parents=True)
    page = (ROOT / "corpus" / "70001.html").read_text(encoding="utf-8")
    (archive / "70001.html").write_text(page, encoding="utf-8")
    (archive / "70001" / "print.html").write_text(print_text or page, encoding="utf-8")
    return archive


def _ingest_counting_reads(bench, monkeypatch, tmp_path, archive):
    """The bench's ingestion of `archive`, with each load_source call's (file name, text_only,
    key_only) recorded."""
    import pipeline.ingest as ingest

    calls = []
    original = ingest.load_source

    def counting(path, *args, **kwargs):
        calls.append(
            (Path(path).name, kwargs.get("text_only", False), kwargs.get("key_only", False))
        )
        return original(path, *args, **kwargs)

    monkeypatch.setattr(ingest, "load_source", counting)
    work = tmp_path / "work"
    work.mkdir()
    args = bench.parse_args(["--archive", str(archive)])
    try:
        res = bench.CHILDREN["ingest"](args, work)
    finally:
        bench.unwrap_all()
    return res, calls, work


def _run_summary(archive, tmp_path):
    from pipeline import runner

    out = tmp_path / "run"
    out.mkdir()
    return runner.run(
        [str(archive)],
        facts_out=str(out / "facts.jsonl"),
        docs_out=str(out / "docs.jsonl"),
        errors_out=str(out / "errors.jsonl"),
    )


def test_ingest_reads_a_print_version_only_to_its_key(bench, monkeypatch, tmp_path):
    """As a run does: the page is read whole, its print version only as far as its PageKey,
    which the page written had, so the print version is a duplicate and not read again."""
    archive = _archive_with_print_version(tmp_path)
    res, calls, work = _ingest_counting_reads(bench, monkeypatch, tmp_path, archive)
    assert calls == [("70001.html", False, False), ("print.html", True, True)]
    assert res["outcomes"] == {"document": 1, "duplicate": 1}
    assert len(bench.load_speeches(work)) == res["documents"] == 1
    summary = _run_summary(archive, tmp_path)
    assert (summary.documents, summary.duplicates) == (1, 1)


def test_ingest_reads_a_print_version_whole_when_its_key_is_new(bench, monkeypatch, tmp_path):
    """A print version whose text differs from its page's: its key tells nothing, so it is read
    again for its text (text_only, as the run's main process does), and its doc_id, the page's,
    makes it a duplicate_id error, as in a run."""
    page = (ROOT / "corpus" / "70001.html").read_text(encoding="utf-8")
    changed = page.replace("<p>Today we will", "<p>Tomorrow the committee will", 1)
    assert changed != page
    archive = _archive_with_print_version(tmp_path, changed)
    res, calls, _ = _ingest_counting_reads(bench, monkeypatch, tmp_path, archive)
    assert calls == [
        ("70001.html", False, False),
        ("print.html", True, True),
        ("print.html", True, False),
    ]
    assert res["outcomes"] == {"document": 1, "error duplicate_id": 1}
    summary = _run_summary(archive, tmp_path)
    assert (summary.documents, summary.duplicates, summary.errors["duplicate_id"]) == (1, 0, 1)
    parts = res["parts"]
    assert parts["speaker turns"]["calls"] == 2  # the page's, and the print version completed
    assert parts["language check"]["calls"] == 2
    assert parts["dedupe: text digest (print versions read whole)"]["calls"] == 1


def test_ingest_stages_are_exclusive(bench, monkeypatch, tmp_path):
    """Each stage is charged only for its own time: the stages fit in the time spent, and the
    lexbor parse is not also in the cleaning (parse_html); the run's journal is a stage too."""
    archive = _archive_with_print_version(tmp_path)
    res, _, _ = _ingest_counting_reads(bench, monkeypatch, tmp_path, archive)
    parts = res["parts"]
    assert res["exclusive"]
    assert all(v["seconds"] >= 0 for v in parts.values())
    assert sum(v["seconds"] for v in parts.values()) <= res["load_source_seconds"]
    assert parts["lexbor parse"]["calls"] == parts["parse_html"]["calls"] == 2
    assert parts["read + decode"]["calls"] == 2
    # the run's journal and outputs, around the two inputs
    assert parts["journal: record per input"]["calls"] == 2
    assert parts["JSON writing (flush per input)"]["calls"] >= 6


def test_profile_is_the_runs_nlp_and_records(bench, tmp_path):
    """The profile annotates and writes as the run does: the same facts; its stages include the
    pipeline's build and the records' encoding, and the table sets them against the wall time
    of `extract --workers 1`."""
    archive = _archive_with_print_version(tmp_path)
    work = tmp_path / "work"
    work.mkdir()
    args = bench.parse_args(["--archive", str(archive)])
    try:
        res = {"args": {"limit": 0}}
        for stage in ("ingest", "profile"):
            res[stage] = bench.CHILDREN[stage](args, work)
            res[stage]["process"] = {"wall_seconds": res[stage].get("in_process_seconds", 0) + 1}
    finally:
        bench.unwrap_all()
    summary = _run_summary(archive, tmp_path)
    prof = res["profile"]
    assert (prof["documents"], prof["facts"]) == (summary.documents, summary.facts_total)
    stages = prof["stages"]
    assert stages["build the pipeline"]["calls"] == 1
    assert stages["import spaCy and the components"]["calls"] == 1
    assert stages["tokenise (prepare_doc)"]["calls"] == 1
    assert stages["JSON encoding of the records (encode_line)"]["calls"] == 1 + prof["facts"]
    res["extract"] = {"1 worker": {"wall_seconds": 100.0}}
    text = "\n".join(bench.profile_table(res))
    assert "| start-up: process start and exit, imports |" in text
    assert "| profile: outside every timed stage |" in text
    assert text.index("| build the pipeline |") < text.index("| tokenise (prepare_doc) |")
    assert text.index("| speechfacts_money |") < text.index("| nlp.pipe, other |")
    assert "which the stages add up to" in text
    total = res["figures"]["profile_total_seconds"]
    assert res["figures"]["profile_share_of_extract_1_worker"] == pytest.approx(total / 100)


@pytest.mark.parametrize("child", ["ingest", "profile"])
@pytest.mark.parametrize("name", ["_annotate", "_OutcomeSink", "built_extractor"])
def test_an_older_runner_is_refused_with_a_reason(bench, monkeypatch, tmp_path, child, name):
    """--rev of a revision whose runner lacks what the bench stands in for: a clear message
    naming what is missing, before anything is replaced or run (no traceback)."""
    from pipeline import runner

    monkeypatch.delattr(runner, name)
    args = bench.parse_args(["--archive", str(tmp_path)])
    with pytest.raises(SystemExit) as exc:
        bench.CHILDREN[child](args, tmp_path)
    assert f"pipeline.runner has no {name}" in str(exc.value)
    assert "own bench" in str(exc.value)
