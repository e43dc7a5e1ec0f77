"""The paragraph prefilter never loses a fact: the whole shared archive, run with and without it,
gives the same records byte for byte (facts, documents, errors). Two runs of the archive in one
worker (about a minute on a quiet machine); skipped without ../shared."""

from __future__ import annotations

from pipeline.nlp import prefilter
from pipeline.runner import run


def test_prefilter_changes_no_record_of_the_archive(archive_dir, tmp_path, monkeypatch):
    outputs = {}
    for enabled in (True, False):
        monkeypatch.setattr(prefilter, "ENABLED", enabled)
        out = tmp_path / f"prefilter-{enabled}"
        out.mkdir()
        summary = run(
            [str(archive_dir)],
            facts_out=str(out / "facts.jsonl"),
            docs_out=str(out / "docs.jsonl"),
            errors_out=str(out / "errors.jsonl"),
            workers=1,  # in this process, where the switch is set
        )
        assert summary.check() and summary.facts_total > 0
        outputs[enabled] = [(out / f"{n}.jsonl").read_bytes() for n in ("facts", "docs", "errors")]
    on, off = outputs[True], outputs[False]
    for name, a, b in zip(("facts", "docs", "errors"), on, off, strict=True):
        assert a == b, f"{name} differ with the prefilter"
