"""The whole shared kremlin.ru archive: no crash, every article page a document exactly once, and
the summary's numbers add up to what was seen."""

from __future__ import annotations

import json

ARTICLE_PAGES = 7188  # NNNN.html pages in the shared archive (its README)


def test_whole_archive(archive_dir, archive_run):
    out, summary = archive_run.out, archive_run.summary
    assert summary.check()
    doc_ids = [json.loads(line)["doc_id"] for line in (out / "docs.jsonl").open(encoding="utf-8")]
    assert len(doc_ids) == len(set(doc_ids)) == ARTICLE_PAGES
    article_ids = {p.stem for p in archive_dir.glob("*.html")}
    assert set(doc_ids) == article_ids
    # every print version is dropped: quietly when its text is its page's, else with a
    # duplicate_id error record naming the page (one page of the archive is decoded differently
    # from its print version: README "Whole archive")
    prints = len(list(archive_dir.glob("*/print.html")))
    assert summary.duplicates + summary.errors["duplicate_id"] == prints
    assert summary.errors_total == summary.errors["duplicate_id"]
    for line in (out / "errors.jsonl").open(encoding="utf-8"):
        error = json.loads(line)
        assert error["source"].endswith("/print.html")
        assert error["source"].removesuffix("/print.html") + ".html" in error["reason"]
    assert summary.skipped["gallery"] == len(list(archive_dir.glob("*/photos.html"))) + len(
        list(archive_dir.glob("*/videos.html"))
    )
    with (out / "facts.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            fact = json.loads(line)
            assert fact["doc_id"] in article_ids
