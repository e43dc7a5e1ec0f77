"""`speechfacts export`: records as Parquet (read back with pyarrow and with DuckDB) and CSV (read
back with the csv module and with DuckDB), every value compared with the JSON lines; the column
types derived from the JSON Schemas; bad input leaves no output file."""

from __future__ import annotations

import csv
import datetime
import json
import os
import re
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import schemas
from pipeline.cli import app
from pipeline.tabular import FieldType, csv_cell, field_type, record_columns

runner = CliRunner()
pa = pytest.importorskip("pyarrow", reason="pyarrow is not installed ('parquet' extra)")
pq = pytest.importorskip("pyarrow.parquet")


def invoke(*args, **kwargs):
    return runner.invoke(app, ["export", *map(str, args)], **kwargs)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def as_json(value, column: FieldType):
    """A value read back from Parquet (pyarrow's Python objects) as the JSON value it came from."""
    if value is None:
        return None
    if column.kind == "date":
        return value.isoformat()
    if column.kind == "list":
        return [as_json(v, column.items) for v in value]
    if column.kind == "struct":
        if isinstance(value, list):  # pyarrow gives a struct as a list of (key, value) pairs
            value = dict(value)
        return {k: as_json(value[k], sub) for k, sub in column.fields}
    return value


def without_nulls(value):
    """A JSON value with the null members of its objects left out: a struct column has every
    field, so an optional key that is absent (fact_counts' "quantity") reads back as null."""
    if isinstance(value, dict):
        return {k: without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [without_nulls(v) for v in value]
    return value


def same_number(a, b) -> bool:
    if isinstance(a, int | float) and isinstance(b, int | float):
        return float(a) == float(b)
    return a == b


def assert_same_records(rows: list[dict], records: list[dict], kind: str) -> None:
    columns = record_columns(kind)
    assert len(rows) == len(records)
    for row, record in zip(rows, records, strict=True):
        assert list(row) == list(record)  # every field, in the record's order
        for name, column in columns:
            got = as_json(row[name], column)
            want = record[name]
            if column.kind in ("struct", "list"):
                got, want = without_nulls(got), without_nulls(want)
            assert same_number(got, want), (name, got, want)


# --- the column types --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prop", "expected"),
    [
        ({"type": "string"}, FieldType("string")),
        ({"type": ["string", "null"]}, FieldType("string", True)),
        ({"type": ["string", "null"], "format": "date"}, FieldType("date", True)),
        ({"type": "integer", "minimum": 0}, FieldType("integer")),
        ({"type": ["number", "null"]}, FieldType("number", True)),
        ({"const": "1.1"}, FieldType("string")),
        ({"enum": ["a", "b", None]}, FieldType("string", True)),
        (
            {"type": "array", "items": {"type": "string"}},
            FieldType("list", items=FieldType("string")),
        ),
        (
            {
                "type": "object",
                "required": ["a"],
                "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}},
            },
            FieldType(
                "struct", fields=(("a", FieldType("integer")), ("b", FieldType("integer", True)))
            ),
        ),
    ],
)
def test_field_types_come_from_the_schema(prop, expected):
    assert field_type(prop) == expected


@pytest.mark.parametrize("kind", schemas.SCHEMA_NAMES)
def test_every_schema_field_is_a_column_in_the_records_order(kind):
    schema = schemas.load_schema(kind)
    assert [name for name, _ in record_columns(kind)] == schema["required"]


def test_the_typed_columns_of_fact_and_document_records():
    facts = dict(record_columns("fact"))
    assert facts["doc_date"] == FieldType("date", True)
    assert facts["start"] == FieldType("integer")
    assert facts["value"] == FieldType("number", True)
    assert facts["period"] == FieldType("integer", True)
    docs = dict(record_columns("document"))
    assert docs["speakers"].kind == "list" and docs["speakers"].items.kind == "string"
    assert docs["participants"].items.kind == "struct"
    assert docs["fact_counts"].kind == "struct"


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        (None, ""),
        ('text, with "quotes"', 'text, with "quotes"'),
        (3, "3"),
        (3.5, "3.5"),
        (15000000000, "15000000000"),
        (True, "true"),
        (["Anna", "Boris"], '["Anna","Boris"]'),
        ({"money": 1}, '{"money":1}'),
        ("a\ud800b", "a\ufffdb"),  # not UTF-8: the replacement character
    ],
)
def test_csv_cells(value, cell):
    assert csv_cell(value) == cell


# --- Parquet -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "name"), [("fact", "facts"), ("document", "documents")])
def test_parquet_metadata_names_the_schema_of_the_records_version(
    sample_records, tmp_path, kind, name
):
    """`speechfacts.json_schema` is the schema's `$id`, which names the version the records
    carry, as `speechfacts.schema_version` does (they disagreed: 1.0 and 1.3)."""
    facts, docs = sample_records
    out = tmp_path / "facts.parquet"
    result = invoke(facts, "--docs", docs, "-o", out)
    assert result.exit_code == 0, result.output
    metadata = pq.read_schema(tmp_path / f"{name}.parquet").metadata
    version = read_jsonl(facts if kind == "fact" else docs)[0]["schema_version"]
    assert metadata[b"speechfacts.schema_version"] == version.encode()
    assert (
        metadata[b"speechfacts.json_schema"] == f"urn:speechfacts:schema:{kind}:{version}".encode()
    )
    assert metadata[b"speechfacts.record"] == kind.encode()


def test_parquet_read_back_with_pyarrow_gives_every_value(sample_records, tmp_path):
    facts, docs = sample_records
    out = tmp_path / "out" / "facts.parquet"
    out.parent.mkdir()
    result = invoke(facts, "--docs", docs, "-o", out)
    assert result.exit_code == 0, result.output
    assert sorted(os.listdir(out.parent)) == ["documents.parquet", "facts.parquet"]
    for path, source, kind in (
        (out, facts, "fact"),
        (out.parent / "documents.parquet", docs, "document"),
    ):
        table = pq.read_table(path)
        assert (
            table.schema.metadata[b"speechfacts.schema_version"]
            == schemas.load_schema(kind)["properties"]["schema_version"]["const"].encode()
        )
        assert_same_records(table.to_pylist(), read_jsonl(source), kind)
    schema = pq.read_schema(out)
    assert schema.field("doc_date").type == pa.date32()
    assert schema.field("start").type == pa.int64() and not schema.field("start").nullable
    assert schema.field("value").type == pa.float64() and schema.field("value").nullable


def test_parquet_read_back_with_duckdb(sample_records, tmp_path):
    duckdb = pytest.importorskip("duckdb")
    facts, docs = sample_records
    out = tmp_path / "facts.parquet"
    assert invoke(facts, "--docs", docs, "-o", out, "-q").exit_code == 0
    con = duckdb.connect()
    for path, source, kind in (
        (out, facts, "fact"),
        (tmp_path / "documents.parquet", docs, "document"),
    ):
        cursor = con.execute(f"SELECT * FROM read_parquet('{path}')")
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        assert_same_records(rows, read_jsonl(source), kind)
    (date_type,) = con.execute(
        f"SELECT typeof(doc_date) FROM read_parquet('{out}') LIMIT 1"
    ).fetchone()
    assert date_type == "DATE"


def test_parquet_streams_in_batches(sample_records, tmp_path, monkeypatch):
    """More records than a batch: several row groups, the same values."""
    import pipeline.export as export_module

    facts = read_jsonl(sample_records[0])
    assert len(facts) > 14
    monkeypatch.setattr(export_module, "DEFAULT_BATCH_ROWS", 7)
    assert invoke(sample_records[0], "-o", tmp_path / "f.parquet", "-q").exit_code == 0
    metadata = pq.ParquetFile(tmp_path / "f.parquet").metadata
    assert metadata.num_row_groups == -(-len(facts) // 7)
    assert_same_records(pq.read_table(tmp_path / "f.parquet").to_pylist(), facts, "fact")


# --- CSV ---------------------------------------------------------------------------------------


def test_csv_has_a_header_and_every_value_as_text(sample_records, tmp_path):
    facts, docs = sample_records
    out = tmp_path / "facts.csv"
    assert invoke(facts, "--docs", docs, "-o", out).exit_code == 0
    for path, source, kind in (
        (out, facts, "fact"),
        (tmp_path / "documents.csv", docs, "document"),
    ):
        raw = path.read_bytes()
        assert not raw.startswith(b"\xef\xbb\xbf")  # no BOM unless asked
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader)
            rows = list(reader)
        records = read_jsonl(source)
        assert header == schemas.load_schema(kind)["required"]
        assert rows == [[csv_cell(r[name]) for name in header] for r in records]
        for row, record in zip(rows, records, strict=True):
            for name, cell in zip(header, row, strict=True):
                value = record[name]
                if isinstance(value, list | dict):
                    assert json.loads(cell) == value
                elif isinstance(value, int | float) and not isinstance(value, bool):
                    assert float(cell) == value


def test_csv_reads_in_duckdb_with_types(sample_records, tmp_path):
    duckdb = pytest.importorskip("duckdb")
    facts, _ = sample_records
    out = tmp_path / "facts.csv"
    assert invoke(facts, "-o", out, "-q").exit_code == 0
    records = read_jsonl(facts)
    rows = (
        duckdb.connect()
        .execute(
            f"SELECT fact_id, value, period, doc_date FROM read_csv('{out}', header = true) "
            "ORDER BY fact_id"
        )
        .fetchall()
    )
    want = sorted((r["fact_id"], r["value"], r["period"], r["doc_date"]) for r in records)
    assert len(rows) == len(want)
    for (fact_id, value, period, doc_date), expected in zip(rows, want, strict=True):
        date = doc_date.isoformat() if isinstance(doc_date, datetime.date) else doc_date
        assert (fact_id, period, date) == (expected[0], expected[2], expected[3])
        assert same_number(value, expected[1])


def test_csv_bom_for_spreadsheets(sample_records, tmp_path):
    out = tmp_path / "facts.csv"
    assert invoke(sample_records[0], "-o", out, "--bom", "-q").exit_code == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbfschema_version,")


# --- formats, bad input, no half files ---------------------------------------------------------


def test_format_option_overrides_the_extension(sample_records, tmp_path):
    out = tmp_path / "facts.data"
    assert invoke(sample_records[0], "-o", out, "--format", "csv", "-q").exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("schema_version,fact_id,")


@pytest.mark.parametrize(
    ("case", "code", "message"),
    [
        ("unknown_extension", 2, "cannot tell the format"),
        ("missing_input", 2, "not a readable file"),
        ("output_is_input", 2, "is an input"),
        ("bad_line", 1, "f.jsonl:2: invalid JSON"),
        ("schema", 1, "does not match the fact schema"),
        ("docs_as_facts", 1, "docs.jsonl:1: a document record, not a fact record"),
        ("missing_folder", 3, "such does not exist (create it, or name another output)"),
        ("missing_folder_csv", 3, "such does not exist (create it, or name another output)"),
        ("mixed_formats", 2, "--docs-output docs.csv names a CSV file, but the facts"),
        ("no_pyarrow", 4, "pip install 'speechfacts[parquet]'"),
        ("standard_output", 2, "--output -: export writes files, not standard output"),
        ("docs_to_standard_output", 2, "--docs-output -: export writes files"),
    ],
)
def test_bad_input_leaves_no_output(sample_records, tmp_path, monkeypatch, case, code, message):
    facts = sample_records[0]
    lines = facts.read_text(encoding="utf-8").splitlines()
    broken = tmp_path / "f.jsonl"
    bad = {"bad_line": "{oops", "schema": json.dumps(json.loads(lines[0]) | {"type": "gdp"})}
    broken.write_text("\n".join([lines[0], bad.get(case, lines[1]), *lines[2:]]) + "\n")
    out = tmp_path / "facts.parquet"
    out.write_bytes(b"an earlier file")  # must stay as it was
    args = {
        "unknown_extension": [facts, "-o", tmp_path / "facts.txt"],
        "missing_input": [tmp_path / "none.jsonl", "-o", out],
        "output_is_input": [facts, "-o", facts, "--format", "csv"],
        "bad_line": [broken, "-o", out],
        "schema": [broken, "-o", out],
        "docs_as_facts": [sample_records[1], "-o", out],
        "missing_folder": [facts, "-o", tmp_path / "no" / "such" / "facts.parquet"],
        "missing_folder_csv": [facts, "-o", tmp_path / "no" / "such" / "facts.csv"],
        "mixed_formats": [
            facts,
            "--docs",
            sample_records[1],
            "-o",
            out,
            "--docs-output",
            "docs.csv",
        ],
        "no_pyarrow": [facts, "-o", out],
        "standard_output": [facts, "-o", "-", "--format", "csv"],
        "docs_to_standard_output": [
            facts,
            "--docs",
            sample_records[1],
            "-o",
            out,
            "--docs-output",
            "-",
        ],
    }[case]
    monkeypatch.chdir(tmp_path)  # where a file named "-" used to be written
    if case == "no_pyarrow":
        monkeypatch.setitem(sys.modules, "pyarrow", None)
        monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    result = invoke(*args)
    assert result.exit_code == code, result.output
    assert message in result.stderr
    assert "Traceback" not in result.output
    assert out.read_bytes() == b"an earlier file"
    left = [p.name for p in tmp_path.rglob("*") if p.name.endswith(".partial") or p.name == "-"]
    assert left == []


def test_help_reads_as_documentation():
    result = invoke("--help", env={"COLUMNS": "100"})
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    for phrase in ("typed from the JSON Schema", "lists and objects as JSON text", "Exit codes"):
        assert phrase in text


# --- the README's examples ---------------------------------------------------------------------

README = Path(__file__).resolve().parent.parent / "README.md"
TOOLS = "## Into your own tools: Parquet, CSV and DuckDB"


def readme_blocks(language: str) -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text[text.index(TOOLS) :]
    section = section[: section.index("\n## ", len(TOOLS))]
    return re.findall(rf"```{language}\n(.*?)```", section, flags=re.S)


@pytest.fixture
def exported(sample_records, tmp_path, monkeypatch) -> Path:
    """The README's files, out/facts.parquet and out/documents.parquet, in the current folder."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "out").mkdir()
    facts, docs = sample_records
    assert invoke(facts, "--docs", docs, "-o", "out/facts.parquet", "-q").exit_code == 0
    return tmp_path


def test_readme_has_a_pandas_an_r_and_a_duckdb_example():
    assert [len(readme_blocks(lang)) for lang in ("python", "r", "sql")] == [1, 1, 1]


def test_readme_duckdb_example_runs_on_the_exported_files(exported):
    duckdb = pytest.importorskip("duckdb")
    (sql,) = readme_blocks("sql")
    rows = duckdb.connect().execute(sql).fetchall()
    assert rows and all(len(row) == 4 for row in rows)


def test_readme_pandas_example_runs_on_the_exported_files(exported):
    pytest.importorskip("pandas", reason="pandas is not installed (not a dependency)")
    (code,) = readme_blocks("python")
    namespace: dict = {}
    exec(compile(code, "README.md", "exec"), namespace)
    assert len(namespace["money"]) > 0


def test_progress_reports_bytes_read_and_rows_per_file(sample_records, tmp_path):
    from pipeline.export import export

    facts, docs = sample_records
    calls: list[tuple] = []
    export(str(facts), str(tmp_path / "f.csv"), docs=str(docs), progress=lambda *a: calls.append(a))
    last = {kind: (read, total, rows) for kind, read, total, rows in calls}
    assert last["documents"] == (docs.stat().st_size, docs.stat().st_size, len(read_jsonl(docs)))
    assert last["facts"] == (facts.stat().st_size, facts.stat().st_size, len(read_jsonl(facts)))


def test_the_whole_archive_reads_back_the_same(archive_records, tmp_path):
    """Every value of the shared archive's records, through Parquet, read by pyarrow and DuckDB."""
    duckdb = pytest.importorskip("duckdb")
    facts, docs = archive_records
    out = tmp_path / "facts.parquet"
    assert invoke(facts, "--docs", docs, "-o", out, "-q").exit_code == 0
    con = duckdb.connect()
    for path, source, kind in (
        (out, facts, "fact"),
        (tmp_path / "documents.parquet", docs, "document"),
    ):
        records = read_jsonl(source)
        assert_same_records(pq.read_table(path).to_pylist(), records, kind)
        cursor = con.execute(f"SELECT * FROM read_parquet('{path}')")
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        assert_same_records(rows, records, kind)
