"""CSV and TSV input: one document per row, every row a document or an error record with its file
and line, large files read in parts with the same records."""

from __future__ import annotations

import gzip
import io
import json
import os
import tracemalloc
from pathlib import Path

import pytest

from pipeline import output as output_module
from pipeline.ingest import load_source
from pipeline.ingest.csvrecords import (
    Problem,
    Row,
    load_csv_part,
    scan_rows,
    sniff_delimiter,
    split_csv,
)
from pipeline.ingest.options import IngestOptions
from pipeline.output import OutputError
from pipeline.runner import run
from pipeline.speech import InputError, Speech

MB = 1024 * 1024


def _rows(data: bytes, delimiter: str = ",", max_bytes: int = 10_000) -> list:
    return list(scan_rows(io.BytesIO(data), 0, 1, delimiter, max_bytes))


@pytest.mark.parametrize(
    ("header", "tsv", "expected"),
    [
        ("id,title,text", False, ","),
        ("id;title;text", False, ";"),
        ("id\ttitle\ttext", False, "\t"),
        ("id|title|text", False, "|"),
        ('"a;b",c,d', False, ","),  # a delimiter inside quotes does not count
        ("text", False, ","),  # one column
        ("text", True, "\t"),
        ("id\ttext,with,commas", True, "\t"),  # .tsv: a tab in the header wins
    ],
)
def test_sniff_delimiter(header, tsv, expected):
    assert sniff_delimiter(header + "\n1,2\n", tsv) == expected


def test_rows_with_line_breaks_in_quotes_keep_their_first_line():
    rows = _rows(b'id,text\n1,"a\nb\n\nc"\n2,plain\n')
    assert [(r.line, r.fields) for r in rows] == [
        (1, ["id", "text"]),
        (2, ["1", "a\nb\n\nc"]),
        (6, ["2", "plain"]),
    ]


@pytest.mark.parametrize(
    ("data", "problem_line", "good_lines"),
    [
        # a quote that never closes: the row is an error, the lines after it are rows again
        (b'id,text\n1,"open\n2,fine\n3,also fine\n', 2, [1, 3, 4]),
        # a quote closed by the next row's opening quote: "',' expected" at line 3
        (b'id,text\n1,"open\n2,"quoted",x\n3,fine\n', 2, [1, 3, 4]),
        # a stray quote after a closed field
        (b'id,text\n1,"a"b\n2,fine\n', 2, [1, 3]),
    ],
)
def test_a_broken_quote_costs_its_row_only(data, problem_line, good_lines):
    items = _rows(data)
    problems = [i for i in items if isinstance(i, Problem)]
    assert [p.line for p in problems] == [problem_line]
    assert problems[0].kind == "malformed" and "broken quote" in problems[0].reason
    assert [i.line for i in items if isinstance(i, Row)] == good_lines


def test_a_quote_in_an_unquoted_field_is_text():
    rows = _rows(b'id\ttext\n1\tHe said "5 percent" is a lot.\n', "\t")
    assert rows[1].fields == ["1", 'He said "5 percent" is a lot.']


def test_a_field_over_the_limit_is_skipped_to_its_end():
    big = b"x" * 5000
    items = _rows(b'id,text\n1,"' + big + b"\n" + big + b'"\n2,after\n', max_bytes=3000)
    assert isinstance(items[1], Problem) and items[1].kind == "too_large"
    assert items[1].line == 2
    assert isinstance(items[2], Row) and (items[2].line, items[2].fields) == (4, ["2", "after"])


def test_an_over_long_line_is_too_large_and_the_next_line_is_read():
    items = _rows(b"id,text\n1," + b"y" * 50_000 + b"\n2,after\n", max_bytes=3000)
    assert [type(i).__name__ for i in items] == ["Row", "Problem", "Row"]
    assert items[1].kind == "too_large" and items[2].fields == ["2", "after"]


# --- the corpus of the issue: every row a document or an error record --------------------------


def _english_10_mb() -> str:
    # long words keep the token count (and the test) small; common words keep it English
    word = "w" * 290
    return (f"the {word} of {word} and {word}. " * 12_000)[: 10 * MB + 100]


CORPUS = {
    "clean.csv": (
        "id,title,date,text\n"
        'c1,Talks,2013-03-22,"Ivan Petrov: Trade grew by 5 percent."\n'
        'c2,Forum,"March 22, 2013","Exports reached $15 billion last year."\n'
    ),
    "quoted-newlines.csv": (
        'id,text\nq1,"First paragraph.\n\nIvan Petrov: Second, with 3 percent."\n'
        'q2,"One line, $5 billion."\n'
    ),
    "semicolons.csv": (
        'id;text;date\ns1;"Exports grew by 4 percent; imports fell.";22.03.2013\n'
        "s2;Plain text with 7 percent.;2013-04-05\n"
    ),
    "broken-quote.csv": (
        'id,text\nb1,"Good row with 1 percent."\nb2,"Broken row with 2 percent.\n'
        'b3,"Good row after it, 3 percent."\nb4,Plain row with 4 percent.\n'
    ),
    "missing-column.csv": "id,title\nm1,No text column here\nm2,Nor here\n",
    "header-only.csv": "id,text,date\n",
}


@pytest.fixture(scope="module")
def csv_corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("csv-corpus")
    for name, text in CORPUS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "bom.csv").write_bytes(b"\xef\xbb\xbfid,text\nbom1,Exports grew by 6 percent.\n")
    (folder / "big-field.csv").write_text(
        f'id,text\nf1,"{_english_10_mb()}"\nf2,A small row with 8 percent.\n', encoding="utf-8"
    )
    return folder


def _run_corpus(folder: Path, out: Path, **kwargs):
    out.mkdir()
    summary = run(
        [str(folder)],
        facts_out=str(out / "facts.jsonl"),
        docs_out=str(out / "docs.jsonl"),
        errors_out=str(out / "errors.jsonl"),
        **kwargs,
    )
    docs = [json.loads(line) for line in (out / "docs.jsonl").read_text().splitlines()]
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    return summary, docs, errors


def test_every_row_of_the_csv_corpus_is_a_document_or_an_error(csv_corpus, tmp_path):
    summary, docs, errors = _run_corpus(csv_corpus, tmp_path / "out")
    assert summary.check() and summary.duplicates == 0
    by_source = {d["source"].split(os.sep)[-1]: d for d in docs}
    assert sorted(by_source) == sorted(
        [
            "big-field.csv:2",
            "big-field.csv:3",
            "bom.csv:2",
            "broken-quote.csv:2",
            "broken-quote.csv:4",
            "broken-quote.csv:5",
            "clean.csv:2",
            "clean.csv:3",
            "quoted-newlines.csv:2",
            "quoted-newlines.csv:5",
            "semicolons.csv:2",
            "semicolons.csv:3",
        ]
    )
    kinds = {e["source"].split(os.sep)[-1]: e["kind"] for e in errors}
    assert kinds == {
        "broken-quote.csv:3": "malformed",
        "missing-column.csv:1": "malformed",
        "header-only.csv:1": "empty",
    }
    assert by_source["clean.csv:3"]["date"] == "2013-03-22"  # "March 22, 2013"
    assert by_source["semicolons.csv:2"]["date"] == "2013-03-22"  # 22.03.2013
    assert by_source["bom.csv:2"]["doc_id"] == "bom1"  # the BOM is not part of "id"
    assert by_source["quoted-newlines.csv:2"]["speakers"] == ["Ivan Petrov"]
    assert by_source["clean.csv:2"]["participants"][0]["name"] == "Ivan Petrov"
    assert len(by_source["big-field.csv:2"]["text"]) > 10 * MB
    assert by_source["semicolons.csv:2"]["text"] == "Exports grew by 4 percent; imports fell."


def test_a_10_mb_field_over_max_bytes_is_an_error_and_the_next_row_counts(csv_corpus, tmp_path):
    summary, docs, errors = _run_corpus(csv_corpus, tmp_path / "out", max_bytes=11 * MB)
    # the file (10 MB) is under the limit: read whole, its big row a document
    assert any(d["source"].endswith("big-field.csv:2") for d in docs)
    folder = tmp_path / "small-limit"
    folder.mkdir()
    (folder / "big-field.csv").write_bytes((csv_corpus / "big-field.csv").read_bytes())
    # a limit under the file's size: read in parts (the file is over a part), the row too large
    summary, docs, errors = _run_corpus(folder, tmp_path / "out2", max_bytes=MB)
    assert [e["kind"] for e in errors] == ["too_large"]
    assert errors[0]["source"].endswith("big-field.csv:2")
    assert [d["source"].split(os.sep)[-1] for d in docs] == ["big-field.csv:3"]
    assert summary.check()


# --- formats, encodings, options ---------------------------------------------------------------


def _load(tmp_path, name, data: bytes, **options) -> list:
    path = tmp_path / name
    path.write_bytes(data)
    return load_source(str(path), options=IngestOptions(**options))


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("a.tsv", b"id\ttext\nt1\tExports grew by 5 percent.\n"),
        ("a.csv.gz", gzip.compress(b"id,text\nt1,Exports grew by 5 percent.\n", mtime=0)),
        ("a.tsv.gz", gzip.compress(b"id\ttext\nt1\tExports grew by 5 percent.\n", mtime=0)),
        ("a.csv", "id,text\nt1,Exports grew by 5 percent.\n".encode("utf-16")),
        ("a.csv", b"id,text\r\nt1,Exports grew by 5 percent.\r\n"),
        ("a.csv", "id,text\nt1,Exports grew by 5 percent. Caf\xe9.\n".encode("cp1252")),
    ],
)
def test_csv_variants(tmp_path, name, data):
    (speech,) = _load(tmp_path, name, data)
    assert isinstance(speech, Speech)
    assert speech.doc_id == "t1" and speech.text.startswith("Exports grew by 5 percent.")


@pytest.mark.parametrize("column", ["content", "Body", " TRANSCRIPT ", "text"])
def test_the_text_column_is_found_by_its_usual_names(tmp_path, column):
    data = f"id,{column}\nx1,Trade grew.\n".encode()
    (speech,) = _load(tmp_path, "a.csv", data)
    assert speech.text == "Trade grew."


def test_column_options(tmp_path):
    data = b"key,speech,when,text\nk1,Trade grew by 5 percent.,2013-03-22,not this\n"
    (speech,) = _load(
        tmp_path, "a.csv", data, text_column="speech", id_column="key", date_column="when"
    )
    assert (speech.doc_id, speech.text, speech.date) == (
        "k1",
        "Trade grew by 5 percent.",
        "2013-03-22",
    )


@pytest.mark.parametrize(
    ("options", "words"),
    [
        ({"text_column": "speech"}, ["'speech'", "--text-column"]),
        ({"id_column": "key"}, ["'key'", "--id-column"]),
        ({"date_column": "when"}, ["'when'", "--date-column"]),
    ],
)
def test_a_column_an_option_names_must_exist(tmp_path, options, words):
    (error,) = _load(tmp_path, "a.csv", b"id,text\nx1,Trade grew.\n", **options)
    assert isinstance(error, InputError) and error.kind == "malformed"
    assert error.source.endswith("a.csv:1") and all(w in error.reason for w in words)


def test_id_from_url_then_file_and_line(tmp_path):
    data = b"url,text\nhttp://example.org/1,One.\n,Two.\n"
    first, second = _load(tmp_path, "a.csv", data)
    assert first.doc_id == "http://example.org/1" and first.url == "http://example.org/1"
    assert second.doc_id == "a-3"


def test_rows_with_more_fields_than_the_header_or_no_text(tmp_path):
    data = b"id,text\nx1,Trade, grew\nx2,\nx3,Fine.\n"
    too_many, no_text, fine = _load(tmp_path, "a.csv", data)
    assert isinstance(too_many, InputError) and "3 fields" in too_many.reason
    assert isinstance(no_text, InputError) and no_text.source.endswith("a.csv:3")
    assert isinstance(fine, Speech)


def test_an_ambiguous_date_is_left_empty_with_a_warning(tmp_path):
    (speech,) = _load(tmp_path, "a.csv", b"id,text,date\nx1,Trade grew.,03/04/2013\n")
    assert speech.date is None
    (warning,) = speech.warnings
    assert warning.kind == "ambiguous_date" and warning.source.endswith("a.csv:2")
    (speech,) = _load(
        tmp_path, "b.csv", b"id,text,date\nx1,Trade grew.,03/04/2013\n", date_order="MDY"
    )
    assert speech.date == "2013-03-04" and not speech.warnings


# --- large files in parts ----------------------------------------------------------------------


def _big_csv(path: Path, rows: int) -> None:
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("id,title,date,text\n")
        for i in range(rows):
            text = f"Report {i}.\n\nIvan Petrov: Spending reached {i % 90 + 1} billion roubles."
            if i == 40:
                out.write(f'r{i},T,2013-01-01,"broken {text}\n')  # never closed
                continue
            if i == 70:
                text = "word " * 3000  # over the max_bytes used below
            out.write(f'r{i},"Title, {i}",2013-01-{i % 28 + 1:02d},"{text}"\n')


def _outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def _run_big(corpus: Path, out: Path, max_bytes: int = 10_000, **kwargs):
    out.mkdir()
    return run(
        [str(corpus)],
        facts_out=str(out / "facts.jsonl"),
        docs_out=str(out / "docs.jsonl"),
        errors_out=str(out / "errors.jsonl"),
        max_bytes=max_bytes,
        **kwargs,
    )


def test_a_large_csv_in_parts_gives_the_same_records_with_any_workers(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    _big_csv(corpus / "speeches.csv", 300)
    parts = split_csv(str(corpus / "speeches.csv"), 4096, 10_000)
    assert len(parts) > 5 and parts[0][0] == 0
    assert all(a[1] == b[0] for a, b in zip(parts, parts[1:], strict=False))
    one = _run_big(corpus, tmp_path / "one", part_bytes=4096)
    two = _run_big(corpus, tmp_path / "two", part_bytes=4096, workers=2)
    assert _outputs(tmp_path / "one") == _outputs(tmp_path / "two")
    assert one.check() and one.state() == two.state()
    # row 40's quote closes at row 41's first quote: an error, and its other lines are read as
    # rows again (the line "Ivan Petrov: ..." has no text column: a second error); row 70 is too
    # large; every other row is a document
    assert one.errors == {"malformed": 2, "too_large": 1}
    assert one.documents == 298 and one.extra_outcomes == 300
    errors = [json.loads(x) for x in (tmp_path / "one" / "errors.jsonl").read_text().splitlines()]
    assert "broken quote" in errors[0]["reason"] and errors[0]["source"].endswith(":122")
    # read at once (one part: then --max-bytes bounds the file) or in parts, the same records
    _run_big(corpus, tmp_path / "whole", max_bytes=100_000)
    _run_big(corpus, tmp_path / "parts", max_bytes=100_000, part_bytes=4096)
    assert _outputs(tmp_path / "whole") == _outputs(tmp_path / "parts")


@pytest.mark.parametrize("id_prefix", [None, "file"])
def test_a_csv_in_a_subfolder_read_in_parts_keeps_the_id_rule(tmp_path, id_prefix):
    """The parts of a large CSV file form ids as the whole file does: the ids rows carry, scoped by
    the file's path in the input folder under --id-prefix file."""
    corpus = tmp_path / "c"
    (corpus / "sub").mkdir(parents=True)
    _big_csv(corpus / "sub" / "speeches.csv", 120)
    assert len(split_csv(str(corpus / "sub" / "speeches.csv"), 4096, 100_000)) > 2
    _run_big(corpus, tmp_path / "whole", max_bytes=100_000, id_prefix=id_prefix)
    _run_big(corpus, tmp_path / "parts", max_bytes=100_000, part_bytes=4096, id_prefix=id_prefix)
    assert _outputs(tmp_path / "whole") == _outputs(tmp_path / "parts")
    docs = (tmp_path / "parts" / "docs.jsonl").read_text().splitlines()
    ids = [json.loads(line)["doc_id"] for line in docs]
    prefix = "sub/speeches.csv#" if id_prefix == "file" else ""
    assert ids[:3] == [f"{prefix}r0", f"{prefix}r1", f"{prefix}r2"]


def test_resume_in_the_middle_of_a_csv_read_in_parts(tmp_path, monkeypatch):
    corpus = tmp_path / "c"
    corpus.mkdir()
    _big_csv(corpus / "speeches.csv", 200)
    _run_big(corpus, tmp_path / "ref", part_bytes=4096)
    original = output_module.JsonlWriter.flush
    calls = []

    def failing_flush(writer):  # a disk that fills up after a few parts
        calls.append(writer)
        if len(calls) == 8:
            raise OutputError(f"cannot write {writer.name}: No space left on device")
        return original(writer)

    monkeypatch.setattr(output_module.JsonlWriter, "flush", failing_flush)
    with pytest.raises(OutputError):
        _run_big(corpus, tmp_path / "out", part_bytes=4096)
    monkeypatch.undo()
    summary = run(
        [str(corpus)],
        facts_out=str(tmp_path / "out" / "facts.jsonl"),
        docs_out=str(tmp_path / "out" / "docs.jsonl"),
        errors_out=str(tmp_path / "out" / "errors.jsonl"),
        max_bytes=10_000,
        part_bytes=4096,
        resume=True,
    )
    assert _outputs(tmp_path / "out") == _outputs(tmp_path / "ref")
    assert summary.check()


def test_a_large_csv_is_split_and_read_in_bounded_memory(tmp_path):
    path = tmp_path / "archive.csv"
    filler = "Exports rose by 5 percent to $3 billion last year. " * 36
    with open(path, "w", encoding="utf-8") as out:
        out.write("id,text\n")
        i = 0
        while out.tell() < 24 * MB:
            out.write(f'r{i},"{i}. {filler}\n\n{filler}"\n')
            i += 1
    size = os.path.getsize(path)
    tracemalloc.start()
    parts = split_csv(str(path), MB, MB)  # parts of 1 MB
    _, split_peak = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    first = load_csv_part(str(path), *parts[0], max_bytes=MB)
    last = load_csv_part(str(path), *parts[-1], max_bytes=MB)
    _, load_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(parts) >= 10 and parts[-1][1] == size
    assert all(isinstance(r, Speech) for r in first + last)
    assert first[0].doc_id == "r0" and last[-1].doc_id == f"r{i - 1}"
    # a row's first line is its line in the file: each row takes three lines after the header
    assert int(last[0].doc_id[1:]) * 3 + 2 == parts[-1][2]
    assert split_peak < MB  # the scan holds a row at a time, never the file
    # two 1 MB parts' rows and documents are held at the end (about 5.4 MB), never the 24 MB file
    assert load_peak < 8 * MB < size // 2
