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


def test_every_fact_is_where_its_record_says(archive_records):
    """Over the whole archive: a fact's `text` is its document's text at `start:end`, its
    `sentence` is a piece of that text holding the fact, its `doc_date` is the document's date,
    fact ids are unique and each document's `fact_counts` counts its facts."""
    facts_path, docs_path = archive_records
    docs = {}
    with docs_path.open(encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            docs[doc["doc_id"]] = doc
    seen_ids: set[str] = set()
    counted: dict[tuple[str, str], int] = {}
    wrong: list[tuple[str, str, str]] = []
    with facts_path.open(encoding="utf-8") as lines:
        for line in lines:
            fact = json.loads(line)
            doc = docs[fact["doc_id"]]
            text, start, end = doc["text"], fact["start"], fact["end"]
            key = (fact["doc_id"], fact["text"])
            if text[start:end] != fact["text"]:
                wrong.append(("text", *key))
            sentence = fact["sentence"] or ""
            # an occurrence of the sentence that begins at or before the fact and ends after it
            at = text.find(sentence, max(0, end - len(sentence)))
            if not sentence or at < 0 or at > start:
                wrong.append(("sentence", *key))
            if fact["doc_date"] != doc["date"]:
                wrong.append(("doc_date", *key))
            if fact["fact_id"] in seen_ids:
                wrong.append(("fact_id", *key))
            seen_ids.add(fact["fact_id"])
            slot = (fact["doc_id"], fact["type"])
            counted[slot] = counted.get(slot, 0) + 1
    assert not wrong, wrong[:10]
    for doc_id, doc in docs.items():
        for fact_type, count in doc["fact_counts"].items():
            assert counted.get((doc_id, fact_type), 0) == count, (doc_id, fact_type)
