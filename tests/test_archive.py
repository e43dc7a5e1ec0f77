"""The whole shared kremlin.ru archive: no crash, every article page a document exactly once, and
the summary's numbers add up to what was seen."""

from __future__ import annotations

import json

from pipeline.runner import run

ARTICLE_PAGES = 7188  # NNNN.html pages in the shared archive (its README)


def test_whole_archive(archive_dir, tmp_path):
    out = tmp_path
    summary = run(
        [str(archive_dir)],
        facts_out=str(out / "facts.jsonl"),
        docs_out=str(out / "docs.jsonl"),
        errors_out=str(out / "errors.jsonl"),
        workers=2,
    )
    assert summary.check()
    doc_ids = [json.loads(line)["doc_id"] for line in (out / "docs.jsonl").open(encoding="utf-8")]
    assert len(doc_ids) == len(set(doc_ids)) == ARTICLE_PAGES
    article_ids = {p.stem for p in archive_dir.glob("*.html")}
    assert set(doc_ids) == article_ids
    assert summary.duplicates == len(list(archive_dir.glob("*/print.html")))
    assert summary.skipped["gallery"] == len(list(archive_dir.glob("*/photos.html"))) + len(
        list(archive_dir.glob("*/videos.html"))
    )
    with (out / "facts.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            fact = json.loads(line)
            assert fact["doc_id"] in article_ids
