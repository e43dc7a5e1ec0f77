"""The command line, through Typer's CliRunner, on the sample corpus."""

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app, extract_app

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
CORPUS_DOCS = 4  # 70001.html, council-meeting.txt, speeches.jsonl (2 records)

runner = CliRunner()


def lines(path):
    return Path(path).read_text(encoding="utf-8").splitlines()


def jsonl(path):
    return [json.loads(line) for line in lines(path)]


def extract(*args, app_=app):
    cmd = ["extract", *map(str, args)] if app_ is app else [*map(str, args)]
    return runner.invoke(app_, cmd)


def test_extract_writes_facts_docs_and_errors(tmp_path):
    facts, docs, errors = tmp_path / "f.jsonl", tmp_path / "d.jsonl", tmp_path / "e.jsonl"
    result = extract(
        CORPUS, tmp_path / "missing.html", "-o", facts, "--docs", docs, "--errors", errors
    )
    assert result.exit_code == 0, result.output
    for path in (facts, docs, errors):
        assert all(json.loads(line) for line in lines(path))  # every line is a JSON object
    doc_records = jsonl(docs)
    assert len(doc_records) == CORPUS_DOCS
    assert {d["doc_id"] for d in doc_records} >= {"70001", "sample-0001", "sample-0002"}
    kremlin = next(d for d in doc_records if d["doc_id"] == "70001")
    assert kremlin["date"] == "2019-03-14"
    assert kremlin["speakers"][0] == "Ivan Petrov"
    assert "masha" not in kremlin["text"] and "Background information" not in kremlin["text"]
    for fact in jsonl(facts):
        assert fact["doc_id"] in {d["doc_id"] for d in doc_records}
    (err,) = jsonl(errors)
    assert err["source"].endswith("missing.html")
    assert set(err) == {"schema_version", "source", "doc_id", "kind", "reason"}
    # the summary on stderr adds up
    assert "documents:" in result.stderr
    assert "4 + 0 + 0 + 1 = 5 = 5 outcomes" in result.stderr


def test_default_output_is_facts_jsonl_in_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = extract(CORPUS, "--quiet")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "facts.jsonl").exists()
    assert (tmp_path / "facts.errors.jsonl").read_text() == ""
    assert result.stderr == ""  # --quiet: no summary


def test_output_dash_writes_facts_to_stdout(tmp_path):
    result = extract(CORPUS, "-o", "-", "--docs", tmp_path / "d.jsonl")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert all(r["schema_version"] and r["type"] for r in records)
    assert not (tmp_path / "facts.jsonl").exists()
    assert "facts written to:       standard output" in result.stderr


def test_standalone_extract_script_is_the_same_command(tmp_path):
    result = extract(CORPUS, "-o", tmp_path / "f.jsonl", "-q", app_=extract_app)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "f.jsonl").exists()
    help_text = runner.invoke(extract_app, ["--help"]).stdout
    assert "--workers" in help_text and "Exit codes" in help_text


@pytest.mark.parametrize("types", ["money,gdp", ",", "Money"])
def test_bad_types_is_a_usage_error(tmp_path, types):
    result = extract(CORPUS, "-o", tmp_path / "f.jsonl", "--types", types)
    assert result.exit_code == 2
    assert "--types" in result.stderr
    assert not (tmp_path / "f.jsonl").exists()


def test_types_restricts_fact_types(tmp_path):
    result = extract(CORPUS, "-o", tmp_path / "f.jsonl", "--types", "percentage", "-q")
    assert result.exit_code == 0, result.output
    assert {f["type"] for f in jsonl(tmp_path / "f.jsonl")} <= {"percentage"}


def test_all_paths_missing_is_a_usage_error(tmp_path):
    result = extract(tmp_path / "nope", tmp_path / "nada.html", "-o", tmp_path / "f.jsonl")
    assert result.exit_code == 2
    assert "none of the given paths exists" in result.stderr


@pytest.mark.parametrize(
    ("paths", "message"),
    [
        (["-"], "extract reads files and folders, not standard input; save the text to a file"),
        ([str(CORPUS), "-"], "not standard input"),  # not a 'missing' error record in a run
        ([""], "none of the given paths exists: ''"),
        (["  "], "none of the given paths exists: '  '"),
    ],
)
def test_paths_that_name_no_file_say_so(tmp_path, monkeypatch, paths, message):
    monkeypatch.chdir(tmp_path)
    result = extract(*paths, "-o", tmp_path / "f.jsonl")
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "args",
    [
        ["--workers", "0"],
        ["--max-bytes", "0"],
        ["-o", "-", "--docs", "-"],
        ["-o", "same.jsonl", "--docs", "same.jsonl"],
        ["--no-such-option"],
    ],
)
def test_other_usage_errors(tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    assert extract(CORPUS, *args).exit_code == 2


def test_unwritable_output_is_exit_3(tmp_path):
    result = extract(CORPUS, "-o", tmp_path / "no-such-dir" / "f.jsonl")
    assert result.exit_code == 3
    assert "cannot open" in result.stderr and "no-such-dir" in result.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_disk_full_is_exit_3(tmp_path):
    result = extract(CORPUS, "-o", "/dev/full", "--errors", tmp_path / "e.jsonl")
    assert result.exit_code == 3
    assert "No space left" in result.stderr


def test_max_bytes_gives_too_large_error_records(tmp_path):
    errors = tmp_path / "e.jsonl"
    result = extract(CORPUS, "-o", tmp_path / "f.jsonl", "--errors", errors, "--max-bytes", "100")
    assert result.exit_code == 5, result.output  # every input failed: said, with its own code
    assert "every input failed: 3 error records (too_large 3)" in result.stderr
    assert len(jsonl(errors)) == 3
    assert {e["kind"] for e in jsonl(errors)} == {"too_large"}


def test_workers_1_and_2_give_identical_output(tmp_path):
    # more inputs than workers, including a print duplicate and a missing path
    inputs = tmp_path / "in"
    shutil.copytree(CORPUS, inputs)
    (inputs / "70001").mkdir()
    shutil.copy(CORPUS / "70001.html", inputs / "70001" / "print.html")
    for i in range(5):
        (inputs / f"extra{i}.txt").write_text(
            f"Ivan Petrov: Exports grew by {i + 1}.5 percent, to over ${i + 2} billion.\n",
            encoding="utf-8",
        )
    outputs = {}
    for workers in (1, 2):
        out = tmp_path / f"w{workers}"
        out.mkdir()
        result = extract(
            inputs,
            tmp_path / "missing",
            "-o",
            out / "f.jsonl",
            "--docs",
            out / "d.jsonl",
            "--workers",
            workers,
            "-q",
        )
        assert result.exit_code == 0, result.output
        outputs[workers] = {
            name: (out / name).read_bytes() for name in ("f.jsonl", "d.jsonl", "f.errors.jsonl")
        }
    assert outputs[1] == outputs[2]
    assert len(outputs[1]["d.jsonl"].splitlines()) == CORPUS_DOCS + 5


def test_help_reads_as_documentation():
    result = runner.invoke(app, ["extract", "--help"])
    assert result.exit_code == 0
    for word in (
        "--output",
        "--docs",
        "--errors",
        "--workers",
        "--types",
        "--max-bytes",
        "--quiet",
        "facts.jsonl",
        "Exit codes",
    ):
        assert word in result.stdout
    assert runner.invoke(app, ["--help"]).exit_code == 0


GOLD = [
    {
        "doc_id": "d1",
        "type": "money",
        "text": "over $15 billion",
        "value": 15e9,
        "unit": "USD",
        "qualifier": "more_than",
        "speaker": "Ivan Petrov",
        "period": None,
        "optional": False,
    },
    {
        "doc_id": "d1",
        "type": "percentage",
        "text": "3.5 percent",
        "value": 3.5,
        "unit": "percent",
        "qualifier": "exact",
        "change": "increase",
        "speaker": "Ivan Petrov",
        "period": None,
        "optional": False,
    },
]


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def test_evaluate_prints_a_report(tmp_path):
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    write_jsonl(gold, GOLD)
    write_jsonl(pred, [GOLD[0]])  # one of two found
    result = runner.invoke(app, ["evaluate", str(gold), str(pred)])
    assert result.exit_code == 0, result.output
    assert "money" in result.stdout and "percentage" in result.stdout

    result = runner.invoke(app, ["evaluate", str(gold), str(pred), "--json", "--docs", "d1,d2"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["documents"] == ["d1", "d2"]
    assert data["scores"]["money"]["tp"] == 1
    assert data["scores"]["percentage"]["fn"] == 1

    (tmp_path / "docs.txt").write_text("d1\n# a comment\n", encoding="utf-8")
    result = runner.invoke(
        app, ["evaluate", str(gold), str(pred), "--json", "--docs", f"@{tmp_path / 'docs.txt'}"]
    )
    assert json.loads(result.stdout)["documents"] == ["d1"]


def test_evaluate_missing_or_malformed_input_is_a_usage_error(tmp_path):
    gold = tmp_path / "gold.jsonl"
    write_jsonl(gold, GOLD)
    result = runner.invoke(app, ["evaluate", str(gold), str(tmp_path / "none.jsonl")])
    assert result.exit_code == 2 and "cannot read" in result.stderr
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(gold), str(bad)])
    assert result.exit_code == 2 and f"{bad}:1: not JSON" in result.stderr


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("documents given as gold", "gold.jsonl:1: not a fact record"),
        ("error records given as facts", "pred.jsonl:1: not a fact record"),
        ("empty gold", "nothing to score: "),
        ("empty --docs", "nothing to score: --docs  names no document"),
        ("--docs file of comments only", "names no document"),
    ],
)
def test_evaluate_refuses_inputs_that_would_score_nothing(tmp_path, case, message):
    gold, pred, ids = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl", tmp_path / "ids.txt"
    write_jsonl(gold, GOLD)
    write_jsonl(pred, GOLD)
    ids.write_text("# no id yet\n\n", encoding="utf-8")
    extra: list[str] = []
    if case == "documents given as gold":
        write_jsonl(gold, [{"doc_id": "d1", "title": "A talk", "text": "Invented text."}])
    elif case == "error records given as facts":
        write_jsonl(pred, [{"source": "a.html", "doc_id": None, "kind": "empty", "reason": "x"}])
    elif case == "empty gold":
        gold.write_text("", encoding="utf-8")
    elif case == "empty --docs":
        extra = ["--docs", ""]
    else:
        extra = ["--docs", f"@{ids}"]
    result = runner.invoke(app, ["evaluate", str(gold), str(pred), *extra])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("line_end", ["\n", "\r\n"])
def test_evaluate_reads_a_byte_order_mark(tmp_path, line_end):
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    lines = "".join(json.dumps(r) + line_end for r in GOLD)
    gold.write_bytes(b"\xef\xbb\xbf" + lines.encode())
    pred.write_bytes(b"\xef\xbb\xbf" + lines.encode())
    result = runner.invoke(app, ["evaluate", str(gold), str(pred), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["scores"]["all"]["tp"] == len(GOLD)


@pytest.mark.parametrize(
    "command", ["evaluate GOLD", "evaluate FACTS", "series FACTS", "series DOCS"]
)
def test_a_line_that_is_not_utf8_is_named_with_its_file_and_line(tmp_path, command):
    """Before: "Error: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
    naming neither the file nor the line."""
    good, bad = tmp_path / "good.jsonl", tmp_path / "bad.jsonl"
    write_jsonl(good, GOLD)
    bad.write_bytes(json.dumps(GOLD[0]).encode() + b"\n" + b'{"doc_id": "caf\xe9"}\n')
    args = {
        "evaluate GOLD": ["evaluate", bad, good],
        "evaluate FACTS": ["evaluate", good, bad],
        "series FACTS": ["series", bad],
        "series DOCS": ["series", good, "--docs", bad],
    }[command]
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == 2, result.output
    assert f"Error: {bad}:2: not UTF-8 (byte 16: invalid continuation byte)" in result.stderr


def _interrupt(*args, **kwargs):
    raise KeyboardInterrupt


@pytest.mark.parametrize(
    ("command", "where", "message"),
    [
        ("extract", "pipeline.cli._ingest_options", "stopped outside the run"),
        ("evaluate", "pipeline.evaluate.evaluate", "no output file was written or changed"),
        ("load", "pipeline.load.Loader.load", "loading the same files again is safe"),
        ("export", "pipeline.export.export", "no output file was written or changed"),
        ("series", "pipeline.series.build_series", "no output file was written or changed"),
        ("series", "pipeline.series.write_csv", "no output file was written or changed"),
        ("show", "pipeline.view.show.stored_document", "no output file was written or changed"),
        ("report", "pipeline.view.report.read_archive", "no output file was written or changed"),
    ],
)
def test_ctrl_c_says_what_was_left_and_exits_130(tmp_path, monkeypatch, command, where, message):
    monkeypatch.chdir(tmp_path)
    facts, docs = tmp_path / "facts.jsonl", tmp_path / "docs.jsonl"
    write_jsonl(facts, GOLD)
    write_jsonl(docs, [{"doc_id": "d1", "title": "An invented talk"}])
    inputs = sorted(tmp_path.iterdir())
    monkeypatch.setattr(where, _interrupt)
    args = {
        "extract": [str(docs), "-o", "out.jsonl"],
        "evaluate": [str(facts), str(facts)],
        "load": [str(facts), "--db", "out.db"],
        "export": [str(facts), "-o", "out.csv"],
        "series": [str(facts), "--docs", str(docs), "-o", "out.csv", "--min-points", "1"],
        "show": ["--facts", str(facts), "--docs", str(docs), "d1", "-o", "out.html"],
        "report": [str(facts), "--docs", str(docs), "-o", "out.html"],
    }[command]
    result = runner.invoke(app, [command, *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code == 130, result.output
    assert "Interrupted (Ctrl-C): " in result.stderr and message in result.stderr
    left = sorted(tmp_path.iterdir())
    assert left == inputs or (
        command == "load" and [p.name for p in left if p not in inputs] == ["out.db"]
    )


# --- --version, python -m pipeline, outputs named as another format ------------------------------

COMMANDS = ("extract", "evaluate", "schema", "load", "export", "series", "show", "report")


def test_every_command_is_listed_here():
    from typer.main import get_command

    assert sorted(get_command(app).commands) == sorted(COMMANDS)


@pytest.mark.parametrize("command", [[], *([c] for c in COMMANDS)])
def test_version_on_every_command(command):
    from pipeline import __version__

    result = runner.invoke(app, [*command, "--version"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"speechfacts {__version__} (records: schema ")


def test_standalone_extract_has_version_too():
    result = runner.invoke(extract_app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("speechfacts ")


def test_python_m_pipeline_is_speechfacts():
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-m", "pipeline", "schema", "fact"], capture_output=True, text=True
    )
    assert out.returncode == 0
    assert out.stdout == runner.invoke(app, ["schema", "fact"]).stdout
    usage = subprocess.run([sys.executable, "-m", "pipeline", "--help"], capture_output=True)
    assert b"speechfacts" in usage.stdout


@pytest.mark.parametrize(
    ("option", "name", "pointer"),
    [
        ("-o", "facts.csv", "speechfacts export {d}/facts.jsonl -o {d}/facts.csv"),
        ("-o", "facts.parquet", "speechfacts export {d}/facts.jsonl -o {d}/facts.parquet"),
        ("--docs", "docs.csv", "speechfacts export {d}/docs.jsonl -o {d}/docs.csv"),
        ("-o", "facts.xlsx", "speechfacts export --help"),
    ],
)
def test_an_output_named_as_another_format_is_refused_with_a_pointer(
    tmp_path, option, name, pointer
):
    result = extract(CORPUS, option, tmp_path / name)
    assert result.exit_code == 2
    assert "extract writes JSON lines" in result.stderr
    assert pointer.format(d=tmp_path) in " ".join(result.stderr.split())
    assert list(tmp_path.iterdir()) == []  # nothing written


def test_types_help_says_quantity_is_opt_in():
    result = runner.invoke(app, ["extract", "--help"], env={"COLUMNS": "80"})
    assert "quantity, which is opt-in" in " ".join(result.stdout.split())


@pytest.mark.parametrize("command", [[], *([c] for c in COMMANDS)])
def test_help_fits_80_columns(command):
    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "80"})
    assert result.exit_code == 0
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
