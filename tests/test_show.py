"""`speechfacts show`: the page of one document, from an input file or from an earlier run's
records, through Typer's CliRunner; and how a fact's fields read on it."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import SpecialOutput
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.view.formatting import amount, number, summary

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"

runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, [*map(str, args)])


def no_traceback(result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output


class Marks(HTMLParser):
    """The highlights of a page: fact id -> (type, the text inside its `fact-text` span)."""

    def __init__(self, page: str):
        super().__init__()
        self.marks: dict[str, tuple[str, str]] = {}
        self._fact: tuple[str, str] | None = None
        self._text: list[str] | None = None
        self.scripts = 0
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if tag == "mark" and "fact" in (attrs.get("class") or "").split():
            self._fact = (attrs["data-fact-id"], attrs["data-type"])
        elif tag == "span" and attrs.get("class") == "fact-text" and self._fact:
            self._text = []

    def handle_endtag(self, tag):
        if tag == "span" and self._text is not None:
            fact_id, fact_type = self._fact
            self.marks[fact_id] = (fact_type, "".join(self._text))
            self._text = None
        elif tag == "mark":
            self._fact = None

    def handle_data(self, data):
        if self._text is not None:
            self._text.append(data)


def records_of(path: Path, doc_id: str) -> list[dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [r for r in map(json.loads, lines) if r["doc_id"] == doc_id]


def document_section(page: str) -> str:
    start = page.index('<section class="document">')
    return page[start : page.index("</section>", start)]


# --- pages ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "spec, doc_id",
    [
        ("70001.html", "70001"),
        ("council-meeting.txt", "council-meeting"),
        ("speeches.jsonl#sample-0001", "sample-0001"),
        ("speeches.jsonl#sample-0002", "sample-0002"),
    ],
)
def test_every_fact_of_the_run_is_highlighted_with_its_text(spec, doc_id, sample_records, tmp_path):
    facts_path, _ = sample_records
    expected = records_of(facts_path, doc_id)  # what `extract` wrote for this document
    assert expected, "the sample corpus should have facts in every document"
    page = tmp_path / "page.html"
    result = invoke("show", CORPUS / spec, "-o", page)
    no_traceback(result)
    assert result.exit_code == 0, result.output
    marks = Marks(page.read_text(encoding="utf-8"))
    assert marks.marks == {f["fact_id"]: (f["type"], f["text"]) for f in expected}
    assert marks.scripts == 0


def test_a_page_from_an_earlier_run_shows_the_same_text_and_highlights(sample_records, tmp_path):
    facts, docs = sample_records
    extracted = invoke("show", CORPUS / "70001.html")
    stored = invoke("show", "--facts", facts, "--docs", docs, "70001")
    assert extracted.exit_code == stored.exit_code == 0, stored.output
    assert document_section(stored.stdout) == document_section(extracted.stdout)
    assert Marks(stored.stdout).marks


def test_types_choose_what_is_extracted_and_shown(sample_records):
    facts, docs = sample_records
    for args in (
        ("show", CORPUS / "70001.html", "--types", "money"),
        ("show", "--facts", facts, "--docs", docs, "70001", "-t", "money"),
    ):
        result = invoke(*args)
        assert result.exit_code == 0, result.output
        types = {t for t, _ in Marks(result.stdout).marks.values()}
        assert types == {"money"}


def test_each_highlight_carries_the_normalised_fields(sample_records):
    facts, _ = sample_records
    money = next(f for f in records_of(facts, "70001") if f["type"] == "money")
    page = invoke("show", CORPUS / "70001.html").stdout
    start = page.index(f'id="fact-{money["fact_id"]}"')
    mark = page[start : page.index("</mark>", start)]
    assert number(money["value"]) in mark and money["unit"] in mark
    for field in ("value", "unit", "qualifier", "period", "speaker", "subject", "event"):
        assert f'<span class="k">{field}</span>' in mark
    assert summary(money).split(" \u00b7 ")[0] in mark


def test_text_from_the_input_is_escaped(tmp_path):
    source = tmp_path / "odd.jsonl"
    text = 'Ivan <script>alert("x")</script> said exports grew by 4 percent & more.'
    source.write_text(json.dumps({"id": "odd-1", "title": "<b>Title</b>", "text": text}) + "\n")
    result = invoke("show", f"{source}#odd-1")
    assert result.exit_code == 0, result.output
    assert "<script" not in result.stdout and "<b>Title" not in result.stdout
    assert "&lt;script&gt;" in result.stdout
    assert [t for _, t in Marks(result.stdout).marks.values()] == ["4 percent"]


def test_a_path_with_a_hash_in_its_name_is_taken_whole(tmp_path):
    source = tmp_path / "talk#1.txt"
    source.write_text("Inflation fell to 4 percent last year.\n", encoding="utf-8")
    result = invoke("show", source)
    assert result.exit_code == 0, result.output
    assert [t for _, t in Marks(result.stdout).marks.values()] == ["4 percent"]


# --- bad input: a message and an exit code, never a traceback -------------------------------------


def broken_facts(sample_records, tmp_path) -> Path:
    facts, _ = sample_records
    path = tmp_path / "broken.jsonl"
    lines = facts.read_text(encoding="utf-8").splitlines()
    path.write_bytes(
        "\n".join([lines[0], '{"doc_id": "70001", "type": "mon', "[70001]", *lines[1:]]).encode()
        + b"\n\xff\xfe not utf-8\n"
    )
    return path


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["missing.html"], 2, "no such file: missing.html"),
        ([CORPUS / "speeches.jsonl"], 2, "holds 2 documents: name one as"),
        ([f"{CORPUS / 'speeches.jsonl'}#sample-9999"], 2, "no document with id 'sample-9999'"),
        ([f"{CORPUS}"], 2, "is a folder"),
        ([CORPUS / "70001.html", "--types", "money,gold"], 2, "unknown fact type(s): gold"),
        (["--facts", "{facts}", "70001"], 2, "--facts and --docs go together"),
        (["--facts", "{facts}", "--docs", "{docs}", "no-such-id"], 2, "no document with id"),
        (["--facts", "{facts}", "--docs", "missing.jsonl", "70001"], 2, "cannot read missing"),
        (["--facts", "{facts}", "--docs", "{facts}", "70001"], 2, "no document with id"),
        ([CORPUS / "70001.html", "-o", "{tmp}/no/such/folder/page.html"], 3, "cannot write"),
    ],
)
def test_bad_input_gives_a_message_and_an_exit_code(args, code, message, sample_records, tmp_path):
    facts, docs = sample_records
    args = [str(a).format(facts=facts, docs=docs, tmp=tmp_path) for a in args]
    result = invoke("show", *args)
    no_traceback(result)
    assert result.exit_code == code, result.output
    assert message in result.stderr


@pytest.mark.parametrize(
    "case", ["the input file", "FILE#ID", "a file with # in its name", "the facts", "the docs"]
)
def test_an_output_that_is_an_input_is_refused(case, sample_records, tmp_path):
    facts, docs = (tmp_path / "facts.jsonl", tmp_path / "docs.jsonl")
    for copy, original in zip((facts, docs), sample_records, strict=True):
        copy.write_bytes(original.read_bytes())
    speeches = tmp_path / "speeches.jsonl"
    speeches.write_bytes((CORPUS / "speeches.jsonl").read_bytes())
    talk = tmp_path / "talk#1.txt"
    talk.write_text("Inflation fell to 4 percent last year.\n", encoding="utf-8")
    doc_id = json.loads(docs.read_text(encoding="utf-8").splitlines()[0])["doc_id"]
    args = {
        "the input file": [talk, "-o", talk],
        "FILE#ID": [f"{speeches}#sample-0001", "-o", speeches],
        "a file with # in its name": [talk, "-o", talk],
        "the facts": ["--facts", facts, "--docs", docs, doc_id, "-o", facts],
        "the docs": ["--facts", facts, "--docs", docs, doc_id, "-o", docs],
    }[case]
    before = {p: p.read_bytes() for p in tmp_path.iterdir()}
    result = invoke("show", *args)
    no_traceback(result)
    assert result.exit_code == 2, result.output
    assert "is an input: the page would replace it" in result.stderr
    assert {p: p.read_bytes() for p in tmp_path.iterdir()} == before


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
@pytest.mark.parametrize("line_end", [b"\n", b"\r\n"])
def test_stored_records_may_start_with_a_byte_order_mark(bom, line_end, sample_records, tmp_path):
    facts, docs = (tmp_path / "facts.jsonl", tmp_path / "docs.jsonl")
    for copy, original in zip((facts, docs), sample_records, strict=True):
        copy.write_bytes(bom + original.read_bytes().replace(b"\n", line_end))
    doc_id = json.loads(sample_records[1].read_text(encoding="utf-8").splitlines()[0])["doc_id"]
    result = invoke("show", "--facts", facts, "--docs", docs, doc_id)
    no_traceback(result)
    assert result.exit_code == 0, result.output
    assert "skipped" not in result.stderr


def test_an_input_that_is_not_a_document_says_why(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    for path, kind in ((empty, "empty"), (binary, "binary")):
        result = invoke("show", path)
        no_traceback(result)
        assert result.exit_code == 2
        assert f"no document in {path} ({kind}:" in result.stderr


def test_broken_lines_are_reported_and_the_page_is_still_made(sample_records, tmp_path):
    _, docs = sample_records
    facts = broken_facts(sample_records, tmp_path)
    result = invoke("show", "--facts", facts, "--docs", docs, "70001")
    no_traceback(result)
    assert result.exit_code == 1
    # only the lines that may be of the document are read (a cheap test for its id comes first)
    assert f"{facts}:2: not JSON (Unterminated string" in result.stderr
    assert f"{facts}:3: not a JSON object" in result.stderr
    assert "not UTF-8" in result.stderr
    assert len(Marks(result.stdout).marks) == len(records_of(sample_records[0], "70001"))


@pytest.mark.parametrize(
    "change, reason",
    [("moved", "its offsets do not give its text"), ("repeated", "overlaps the fact before it")],
)
def test_facts_that_cannot_be_placed_are_listed_not_highlighted(
    change, reason, sample_records, tmp_path
):
    facts, docs = sample_records
    records = records_of(facts, "70001")
    first = records[0]
    if change == "moved":
        odd = dict(first, start=first["start"] + 1, end=first["end"] + 1)
        records = [odd, *records[1:]]
    else:
        odd = dict(first)
        records = [first, odd, *records[1:]]
    path = tmp_path / "odd.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    result = invoke("show", "--facts", path, "--docs", docs, "70001")
    no_traceback(result)
    assert result.exit_code == 1
    assert f"not highlighted: fact {odd['fact_id']}: {reason}" in result.stderr
    assert result.stdout.count(f"<td>not highlighted: {reason}</td>") == 1
    marks = Marks(result.stdout).marks
    assert (odd["fact_id"] in marks) == (change == "repeated")  # the first of the two is shown


def test_the_help_names_both_reasons_a_fact_is_not_highlighted():
    """Exit 1 comes from offsets that do not give the text and from overlapping facts alike (the
    test above): --help names both, as the README does."""
    result = runner.invoke(app, ["show", "--help"], terminal_width=400)
    assert result.exit_code == 0
    shown = " ".join(result.output.split())
    assert "their offsets do not give their text, or they overlap a fact before them" in shown


# --- how fields read ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fact, expected",
    [
        ({"value": 15200000000.000002, "unit": "USD", "qualifier": "more_than"},
         "more than 15,200,000,000 USD"),
        ({"value": 3.5, "unit": "percent", "qualifier": "exact"}, "3.5%"),
        ({"value": 0.25, "unit": "percentage_point", "qualifier": "approx"},
         "about 0.25 percentage points"),
        ({"value": 100, "unit": "country", "qualifier": "at_least"}, "at least 100 countries"),
        ({"value": 3000000, "high": 5000000, "unit": "hectare", "qualifier": "exact"},
         "3,000,000\u20135,000,000 hectare"),
        ({"value": 60, "unit": "USD", "per": "barrel", "qualifier": None}, "60 USD per barrel"),
        ({"value": None, "type": "event"}, ""),
    ],
)  # fmt: skip
def test_amount_reads_as_a_person_writes_it(fact, expected):
    assert amount(fact) == expected


def test_the_standalone_extract_does_not_load_the_views():
    import subprocess
    import sys

    code = (
        "import sys, pipeline.cli; "
        "print(sorted(m for m in sys.modules if m.startswith(('matplotlib', 'playwright', "
        "'pipeline.view.show', 'pipeline.view.report', 'pipeline.view.charts'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("target", ["symlink", "fifo"])
def test_an_output_that_is_no_regular_file_is_written_through(target, tmp_path):
    """A link stays a link to the page written, and a pipe or device (/dev/null) is written in
    place: renaming a finished page over them would replace the link or the device itself."""
    talk = tmp_path / "talk.txt"
    talk.write_text("Inflation fell to 4 percent last year.\n", encoding="utf-8")
    out = SpecialOutput(tmp_path, target, "page.html")
    result = invoke("show", talk, "-o", out.path)
    no_traceback(result)
    assert result.exit_code == 0, result.output
    assert b"4 percent" in out.written()


def test_the_table_gives_each_event_its_key():
    from pipeline.view.show import page_html

    text = "Leaders met at the Lakeland Union summit in Pinetown."
    start = text.index("Lakeland")
    event = {
        "fact_id": "e1",
        "doc_id": "lake-1",
        "type": "event",
        "text": "Lakeland Union summit",
        "start": start,
        "end": start + len("Lakeland Union summit"),
        "name": "Lakeland Union summit",
        "kind": "summit",
        "date": "2031-06",
        "event_key": "2031|summit|lakeland union",
    }
    page, refused = page_html({"doc_id": "lake-1", "title": "Lakeland", "text": text}, [event])
    assert refused == []
    table = page[page.index('<table class="facts">') :]
    assert "<th>event key</th>" in table
    assert "<td>2031|summit|lakeland union</td>" in table
