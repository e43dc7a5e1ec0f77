"""The paragraph prefilter never loses a fact: the whole shared archive, run with and without it,
gives the same records byte for byte (facts, documents, errors). The run with it is the session's
`archive_run`; the run without it takes SPEECHFACTS_PREFILTER=0, which the two spawned workers
inherit (about half a minute on a quiet machine); skipped without ../shared."""

from __future__ import annotations

import multiprocessing

from pipeline.nlp import prefilter
from pipeline.runner import run


def _prefilter_enabled() -> bool:
    """In a spawned process: is the prefilter on there?"""
    from pipeline.nlp import prefilter

    return prefilter.ENABLED


def test_a_spawned_worker_inherits_the_switch(monkeypatch):
    monkeypatch.setenv(prefilter.ENV_SWITCH, "0")
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        assert pool.apply(_prefilter_enabled) is False
    monkeypatch.setenv(prefilter.ENV_SWITCH, "1")
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        assert pool.apply(_prefilter_enabled) is True


def test_prefilter_changes_no_record_of_the_archive(
    archive_dir, archive_run, tmp_path, monkeypatch
):
    assert prefilter.ENABLED, "the session's archive run is the one with the prefilter"
    monkeypatch.setenv(prefilter.ENV_SWITCH, "0")  # the spawned workers
    monkeypatch.setattr(prefilter, "ENABLED", False)  # this process
    summary = run(
        [str(archive_dir)],
        facts_out=str(tmp_path / "facts.jsonl"),
        docs_out=str(tmp_path / "docs.jsonl"),
        errors_out=str(tmp_path / "errors.jsonl"),
        workers=2,
    )
    assert summary.check() and summary.facts_total > 0
    for name in ("facts", "docs", "errors"):
        with_it = archive_run.path(name).read_bytes()
        assert (tmp_path / f"{name}.jsonl").read_bytes() == with_it, f"{name} differ"
