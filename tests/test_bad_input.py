"""A corpus of bad inputs: the run completes, every input ends as a document or an error record with
a reason, good files still give their facts, and every output line is valid JSON."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from pipeline.cli import app

GOOD_HTML = """<html><head><meta property="og:url" content="http://en.kremlin.ru/events/president/news/90001"/>
<title>Meeting on exports</title></head><body><article>
<h1 class="entry-title">Meeting on exports</h1>
<time class="read__published" datetime="2019-06-01">June 1, 2019</time>
<div class="read__lead"><p>The President met exporters.</p></div>
<div itemprop="articleBody"><p><b>President of Russia Ivan Petrov:</b> Exports reached over
$15 billion last year.</p></div></article></body></html>"""


def build_corpus(root):
    (root / "good.html").write_text(GOOD_HTML, encoding="utf-8")
    (root / "picture.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (root / "empty.txt").write_bytes(b"")
    (root / "truncated.html").write_text(GOOD_HTML[:300], encoding="utf-8")
    # Windows-1251 bytes in an English text (a text mostly in Cyrillic is unsupported_language)
    (root / "cyrillic.txt").write_bytes(
        "Exports were 5 billion rubles (5 миллиардов рублей) last year, and the budget of the "
        "region grew.".encode("cp1251")
    )
    (root / "wide.txt").write_bytes("Trade grew by 4 percent in 2018.".encode("utf-16"))
    (root / "records.jsonl").write_text(
        '{"id": "r1", "text": "We spent $2 million.", "date": "2019-01-02"}\n'
        "{not json at all\n"
        '{"id": "r3", "text": "Partners from 30 countries came."}\n',
        encoding="utf-8",
    )
    (root / "fake.txt.gz").write_bytes(b"this is not gzip data at all")
    # English words (a text of "word word ..." would not read as English)
    (root / "huge.txt").write_text(
        ("the word of " * 500_000) + "It cost $3 billion.", encoding="utf-8"
    )


def test_bad_inputs_end_as_documents_or_errors(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    build_corpus(corpus)
    out = tmp_path / "out"
    out.mkdir()
    result = CliRunner().invoke(
        app,
        [
            "extract",
            str(corpus),
            "-o",
            str(out / "facts.jsonl"),
            "--docs",
            str(out / "docs.jsonl"),
            "--errors",
            str(out / "errors.jsonl"),
            "--quiet",
        ],
    )
    assert result.exit_code == 0, result.output
    lines = {
        name: (out / name).read_text(encoding="utf-8").splitlines()
        for name in ("facts.jsonl", "docs.jsonl", "errors.jsonl")
    }
    records = {name: [json.loads(line) for line in rows] for name, rows in lines.items()}
    docs = {d["source"].rsplit("/", 1)[-1]: d for d in records["docs.jsonl"]}
    errors = {e["source"].rsplit("/", 1)[-1]: e for e in records["errors.jsonl"]}
    for err in errors.values():
        assert err["reason"] and err["kind"]
    assert errors["picture.html"]["kind"] == "binary"
    assert errors["empty.txt"]["kind"] == "empty"
    assert errors["fake.txt.gz"]["kind"] == "malformed"
    assert errors["records.jsonl:2"]["kind"] == "malformed"
    # decodable encodings are decoded, not rejected
    assert "cyrillic.txt" in docs and "рублей" in docs["cyrillic.txt"]["text"]
    assert "wide.txt" in docs
    assert "huge.txt" in docs
    assert "truncated.html" in docs or errors["truncated.html"]["kind"] == "malformed"
    # every input is accounted for exactly once
    names = {
        "good.html",
        "picture.html",
        "empty.txt",
        "truncated.html",
        "cyrillic.txt",
        "wide.txt",
        "fake.txt.gz",
        "huge.txt",
    }
    for name in names:
        assert (name in docs) != (name in errors), name
    facts = records["facts.jsonl"]
    by_doc = {}
    for fact in facts:
        by_doc.setdefault(fact["doc_id"], []).append(fact)
    good = by_doc["90001"]
    assert [(f["type"], f["value"], f["speaker"], f["period"]) for f in good] == [
        ("money", 15_000_000_000, "Ivan Petrov", 2018)
    ]
    assert {f["value"] for f in by_doc["r1"]} == {2_000_000}
    assert {f["value"] for f in by_doc["r3"]} == {30}
    assert any(f["value"] == 3e9 for f in by_doc[docs["huge.txt"]["doc_id"]])
