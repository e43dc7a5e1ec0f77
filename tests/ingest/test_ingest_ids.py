"""The document id rule (pipeline.ingest.ids) and its use by the loaders."""

import json

import pytest

from pipeline.ingest import load_source
from pipeline.ingest.ids import document_name, record_id, strip_extension
from pipeline.speech import Speech


@pytest.mark.parametrize(
    ("rel", "name"),
    [
        ("speech.txt", "speech"),  # a flat folder keeps the stem
        ("2013/speech.txt", "2013/speech"),
        ("2014/speech.md", "2014/speech"),
        ("a/b/11287.html.gz", "a/b/11287"),
        ("notes.v2.txt", "notes.v2"),
        ("README", "README"),
        ("drafts/.txt", "drafts/.txt"),  # a name that is only an extension stays whole
    ],
)
def test_document_name_is_the_relative_path_without_extension(rel, name):
    assert document_name(rel) == name


@pytest.mark.parametrize(
    ("name", "stem"),
    [("a.HTML.GZ", "a"), ("x.tar.gz", "x"), (".gz", ".gz"), ("plain", "plain")],
)
def test_strip_extension(name, stem):
    assert strip_extension(name) == stem


@pytest.mark.parametrize(
    ("carried", "fallback", "scope", "expected"),
    [
        ("1", "2013-1", None, "1"),  # records keep their ids
        ("1", "2013-1", "2013.jsonl", "2013.jsonl#1"),  # --id-prefix file
        ("1", "a/2013-1", "a/2013.jsonl", "a/2013.jsonl#1"),
        (None, "2013-4", "2013.jsonl", "2013-4"),  # no id: the file's name and line
        (None, "speeches-4", None, "speeches-4"),
    ],
)
def test_record_id(carried, fallback, scope, expected):
    assert record_id(carried, fallback, scope) == expected


def test_loaders_take_the_name_and_scope(tmp_path):
    text = tmp_path / "speech.txt"
    text.write_text("Trade grew by 3 percent.", encoding="utf-8")
    (speech,) = load_source(str(text), name="2013/speech")
    assert isinstance(speech, Speech) and speech.doc_id == "2013/speech"
    (default,) = load_source(str(text))
    assert default.doc_id == "speech"  # named by itself: its stem, as before
    records = tmp_path / "2013.jsonl"
    lines = [{"id": 1, "text": "Exports grew."}, {"text": "Imports fell."}]
    records.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    ids = [s.doc_id for s in load_source(str(records), name="y/2013", scope="y/2013.jsonl")]
    assert ids == ["y/2013.jsonl#1", "y/2013-2"]
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Exports grew.</p></body></html>", encoding="utf-8")
    (html,) = load_source(str(page), name="site/page")
    assert html.doc_id == "site/page"  # no og:url: its name


RECORD_FILES = {
    "csv": "id,url,text\n1,,Exports grew.\n,http://e.org/7,Imports fell.\n,,Trade rose.\n",
    "tsv": "id\turl\ttext\n1\t\tExports grew.\n\thttp://e.org/7\tImports fell.\n\t\tTrade rose.\n",
    "jsonl": "".join(
        json.dumps(r) + "\n"
        for r in [
            {"id": 1, "text": "Exports grew."},
            {"url": "http://e.org/7", "text": "Imports fell."},
            {"text": "Trade rose."},
        ]
    ),
}


@pytest.mark.parametrize("ext", sorted(RECORD_FILES))
@pytest.mark.parametrize(
    ("scope", "expected"),
    [
        (None, ["1", "http://e.org/7", "y/2013-LINE"]),
        ("y/2013.EXT", ["y/2013.EXT#1", "y/2013.EXT#http://e.org/7", "y/2013-LINE"]),
    ],
)
def test_every_record_format_follows_the_id_rule(tmp_path, ext, scope, expected):
    """id, else url, scoped under --id-prefix file; else the file's name and the record's line
    (the third record: line 4 of a CSV file, after its header; line 3 of JSON lines)."""
    line = "3" if ext == "jsonl" else "4"
    path = tmp_path / f"2013.{ext}"
    path.write_text(RECORD_FILES[ext], encoding="utf-8")
    scope = scope.replace("EXT", ext) if scope else None
    items = load_source(str(path), name="y/2013", scope=scope)
    assert [s.doc_id for s in items] == [
        e.replace("EXT", ext).replace("LINE", line) for e in expected
    ]
