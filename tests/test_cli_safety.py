"""Nothing a user owns is destroyed or silently dropped (issue 11), through the command line:
outputs never replace inputs unasked, ids do not collide by accident, earlier outputs are not read
back as speeches, folder walks say what they do not read, a journal is never deleted unasked, and
a run that extracts nothing says so with its own exit code."""

from __future__ import annotations

import json
import os
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import output as output_module
from pipeline.cli import app
from pipeline.output import OutputError

runner = CliRunner()

# the documented exit codes of extract (README "Usage")
EXIT_USAGE, EXIT_OUTPUT, EXIT_EMPTY = 2, 3, 5


def partial_path(target: str) -> str:
    """Where the README says an output is written until its run completes."""
    folder, name = os.path.split(target)
    return os.path.join(folder, f".{name}.partial")


# speeches written for these tests
SPEECHES = [
    {"id": "1", "text": "Ivan Petrov: Exports of grain grew by 4.5 percent, to $12 billion."},
    {"id": "2", "text": "Anna Smirnova: Over 40 countries took part in the Harbour Forum."},
]
OTHER_YEAR = [
    {"id": "1", "text": "Ivan Petrov: Imports of machinery fell by 2 percent last year."},
    {"id": "2", "text": "Anna Smirnova: The budget for roads reached 300 billion roubles."},
]


def extract(*args, cwd: Path | None = None):
    old = os.getcwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        return runner.invoke(app, ["extract", *map(str, args)])
    finally:
        os.chdir(old)


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def listing(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


# --- 1. an output named like an input never erases it --------------------------------------


@pytest.mark.parametrize("option", ["-o", "--docs", "--errors"])
def test_an_output_named_like_an_input_file_is_refused(tmp_path, option):
    speeches = write_jsonl(tmp_path / "speeches.jsonl", SPEECHES)
    before = listing(tmp_path)
    args = ["speeches.jsonl", option, "speeches.jsonl"]
    if option != "-o":
        args += ["-o", "facts.jsonl"]
    result = extract(*args, cwd=tmp_path)
    assert result.exit_code == EXIT_USAGE, result.output
    assert "is also an input file" in result.stderr and "--overwrite" in result.stderr
    assert listing(tmp_path) == before  # nothing truncated, nothing created (not even a journal)
    assert read_jsonl(speeches) == SPEECHES


@pytest.mark.parametrize("name", ["speeches.jsonl", "notes.txt"])
def test_an_existing_output_inside_an_input_folder_is_refused(tmp_path, name):
    data = tmp_path / "data"
    write_jsonl(data / "speeches.jsonl", SPEECHES)
    (data / "notes.txt").write_text("My own notes: call the archive on Monday.", encoding="utf-8")
    before = listing(tmp_path)
    result = extract(data, "-o", data / name)
    assert result.exit_code == EXIT_USAGE, result.output
    assert "inside the input folder" in result.stderr
    assert listing(tmp_path) == before


def test_overwrite_reads_the_input_first_then_replaces_it(tmp_path):
    write_jsonl(tmp_path / "speeches.jsonl", SPEECHES)
    result = extract("speeches.jsonl", "-o", "speeches.jsonl", "--overwrite", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    facts = read_jsonl(tmp_path / "speeches.jsonl")
    # the file now holds the facts of the speeches it held: it was read before it was replaced
    assert facts and {f["doc_id"] for f in facts} == {"1", "2"}
    assert {f["type"] for f in facts} >= {"money", "percentage"}


def test_a_new_output_inside_the_input_folder_is_written_and_never_read_back(tmp_path):
    data = tmp_path / "data"
    write_jsonl(data / "speeches.jsonl", SPEECHES)
    first = extract(data, "-o", data / "facts.jsonl", "--docs", data / "docs.jsonl")
    assert first.exit_code == 0, first.output
    facts = (data / "facts.jsonl").read_bytes()
    assert facts and not list(data.glob(".*.partial"))
    # the same command again would replace files in the input folder: refused, files kept
    again = extract(data, "-o", data / "facts.jsonl", "--docs", data / "docs.jsonl")
    assert again.exit_code == EXIT_USAGE and (data / "facts.jsonl").read_bytes() == facts
    # with --overwrite: replaced, and the earlier outputs were not read as speeches
    forced = extract(data, "-o", data / "facts.jsonl", "--docs", data / "docs.jsonl", "--overwrite")
    assert forced.exit_code == 0, forced.output
    assert (data / "facts.jsonl").read_bytes() == facts
    assert "own_output 3" in forced.stderr  # facts, documents and the empty errors file


def test_records_named_as_a_path_point_to_the_commands_that_read_them(tmp_path):
    """`extract facts.jsonl` (records extract wrote, named as a PATH): the hint said to write
    outputs outside the input folders or to --exclude them, which fits a folder walk only."""
    error = {"schema_version": "1.3", "source": "a.txt", "doc_id": None, "kind": "empty"}
    write_jsonl(tmp_path / "old.errors.jsonl", [error | {"reason": "file is empty"}])
    result = extract("old.errors.jsonl", "-o", "out.jsonl", cwd=tmp_path)
    assert result.exit_code == 5, result.output
    assert "the records extract wrote are read by speechfacts load, export" in result.stderr


class FailingFlush:
    """A disk that fills up: the `fail_at`-th flush with data fails."""

    def __init__(self, fail_at: int) -> None:
        self.calls = 0
        self.fail_at = fail_at
        self.original = output_module.JsonlWriter.flush

    def __call__(self, writer):
        if writer._sink.pending:
            self.calls += 1
            if self.calls == self.fail_at:
                writer._sink.pending.clear()
                raise OutputError(f"cannot write {writer.name}: No space left on device")
        return self.original(writer)

    def install(self, monkeypatch) -> None:
        monkeypatch.setattr(output_module.JsonlWriter, "flush", lambda writer: self(writer))


def corpus_of(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"speech{i:03d}.txt").write_text(
            f"Ivan Petrov: In {2000 + i} exports grew by {i % 9 + 1}.5 percent.", encoding="utf-8"
        )
    return folder


def test_a_run_writing_into_its_input_folder_can_be_resumed(tmp_path, monkeypatch):
    corpus = corpus_of(tmp_path / "corpus", 12)
    reference = extract(corpus, "-o", tmp_path / "reference.jsonl", "-q")
    assert reference.exit_code == 0, reference.output
    FailingFlush(6).install(monkeypatch)
    stopped = extract(".", "-o", "facts.jsonl", "--docs", "docs.jsonl", cwd=corpus)
    monkeypatch.undo()
    assert stopped.exit_code == EXIT_OUTPUT, stopped.output
    # its partial files and journal now lie among the inputs: not inputs, so the resume agrees
    resumed = extract(".", "-o", "facts.jsonl", "--docs", "docs.jsonl", "--resume", cwd=corpus)
    assert resumed.exit_code == 0, resumed.output
    assert (corpus / "facts.jsonl").read_bytes() == (tmp_path / "reference.jsonl").read_bytes()
    assert "hidden" not in resumed.stderr and "unknown_format" not in resumed.stderr


def test_a_run_that_fails_half_way_leaves_the_earlier_output_whole(tmp_path, monkeypatch):
    corpus = corpus_of(tmp_path / "corpus", 12)
    out = tmp_path / "out"
    out.mkdir()
    earlier = b'{"an earlier run": "kept until the new one completes"}\n'
    (out / "facts.jsonl").write_bytes(earlier)
    FailingFlush(6).install(monkeypatch)
    result = extract(corpus, "-o", out / "facts.jsonl", "--workers", "1")
    monkeypatch.undo()
    assert result.exit_code == EXIT_OUTPUT, result.output
    assert (out / "facts.jsonl").read_bytes() == earlier  # never truncated
    assert os.path.exists(partial_path(str(out / "facts.jsonl")))
    # the exact command to continue is printed; it completes the run
    command = result.stderr.strip().splitlines()[-1].strip()
    assert command.endswith("--resume") and str(corpus) in command
    words = shlex.split(command)
    resumed = runner.invoke(app, words[words.index("extract") :])
    assert resumed.exit_code == 0, resumed.output
    facts = read_jsonl(out / "facts.jsonl")
    assert len({f["doc_id"] for f in facts}) == 12
    assert not os.path.exists(partial_path(str(out / "facts.jsonl")))
    assert not os.path.exists(out / "facts.jsonl.journal")


# --- 2. documents sharing a file name or an id ---------------------------------------------


def test_files_sharing_a_name_in_different_folders_keep_distinct_ids(tmp_path):
    data = tmp_path / "data"
    for rel, text in [
        ("2013/speech.txt", "Ivan Petrov: In 2013 trade grew by 3 percent."),
        ("2014/speech.txt", "Ivan Petrov: In 2014 trade grew by 5 percent."),
        ("2014/speech.md", "Anna Smirnova: Investment reached $2 billion in 2014."),
    ]:
        (data / rel).parent.mkdir(parents=True, exist_ok=True)
        (data / rel).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    result = extract(data, "-o", out / "f.jsonl", "--docs", out / "d.jsonl")
    assert result.exit_code == 0, result.output
    docs = read_jsonl(out / "d.jsonl")
    assert [(d["doc_id"], Path(d["source"]).relative_to(data).as_posix()) for d in docs] == [
        ("2013/speech", "2013/speech.txt"),
        ("2014/speech", "2014/speech.md"),  # sorted first; the .txt has the same id
    ]
    # the dropped document has a line saying which files share the id
    (error,) = read_jsonl(out / "f.errors.jsonl")
    assert error["kind"] == "duplicate_id" and error["doc_id"] == "2014/speech"
    assert error["source"] == str(data / "2014" / "speech.txt")
    assert str(data / "2014" / "speech.md") in error["reason"]
    assert "duplicates skipped:     0" in result.stderr
    assert "duplicate_id" in result.stderr


def test_jsonl_files_with_the_same_ids_are_reported_and_can_be_scoped_by_file(tmp_path):
    data = tmp_path / "data"
    write_jsonl(data / "2013.jsonl", SPEECHES)
    write_jsonl(data / "2014.jsonl", OTHER_YEAR)
    out = tmp_path / "out"
    out.mkdir()
    plain = extract(data, "-o", out / "f.jsonl", "--docs", out / "d.jsonl")
    assert plain.exit_code == 0, plain.output
    assert [d["doc_id"] for d in read_jsonl(out / "d.jsonl")] == ["1", "2"]  # ids as carried
    errors = read_jsonl(out / "f.errors.jsonl")
    assert [(e["kind"], e["source"]) for e in errors] == [
        ("duplicate_id", f"{data / '2014.jsonl'}:1"),
        ("duplicate_id", f"{data / '2014.jsonl'}:2"),
    ]
    assert f"{data / '2013.jsonl'}:1" in errors[0]["reason"]

    scoped = extract(data, "-o", out / "f.jsonl", "--docs", out / "d.jsonl", "--id-prefix", "file")
    assert scoped.exit_code == 0, scoped.output
    assert [d["doc_id"] for d in read_jsonl(out / "d.jsonl")] == [
        "2013.jsonl#1",
        "2013.jsonl#2",
        "2014.jsonl#1",
        "2014.jsonl#2",
    ]
    assert read_jsonl(out / "f.errors.jsonl") == []


def test_the_same_document_twice_is_still_dropped_quietly(tmp_path):
    data = tmp_path / "data"
    write_jsonl(data / "a.jsonl", SPEECHES)
    write_jsonl(data / "b.jsonl", SPEECHES[:1])  # the very same record again
    out = tmp_path / "out"
    out.mkdir()
    result = extract(data, "-o", out / "f.jsonl", "--docs", out / "d.jsonl")
    assert result.exit_code == 0, result.output
    assert len(read_jsonl(out / "d.jsonl")) == 2
    assert read_jsonl(out / "f.errors.jsonl") == []
    assert "duplicates skipped:     1" in result.stderr


# --- 3. earlier outputs in the input folder are not read back ------------------------------


def test_earlier_outputs_in_the_input_folder_are_not_read_as_speeches(tmp_path):
    write_jsonl(tmp_path / "speeches.jsonl", SPEECHES)
    first = extract(".", "-o", "run1.jsonl", "--docs", "run1.docs.jsonl", cwd=tmp_path)
    assert first.exit_code == 0, first.output
    second = extract(".", "-o", "run2.jsonl", cwd=tmp_path)
    assert second.exit_code == 0, second.output
    run1 = (tmp_path / "run1.jsonl").read_bytes()
    assert run1 and (tmp_path / "run2.jsonl").read_bytes() == run1  # the same facts, not 3x
    assert (tmp_path / "run2.errors.jsonl").read_text() == ""  # run1.errors.jsonl is no error
    assert "own_output 3" in second.stderr
    assert "hint: 3 inputs were outputs of speechfacts" in second.stderr


# --- 4. what folder walks do not read ------------------------------------------------------


@pytest.fixture
def mixed_folder(tmp_path) -> Path:
    data = tmp_path / "data"
    (data / ".git").mkdir(parents=True)
    (data / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    (data / ".DS_Store").write_bytes(b"Bud1" + bytes(60))
    (data / "notes").mkdir()
    (data / "notes" / ".draft.txt").write_text("Trade grew by 9 percent.", encoding="utf-8")
    (data / "README.md").write_text("Speeches collected for my thesis.", encoding="utf-8")
    (data / "speech.txt").write_text("Ivan Petrov: Trade grew by 3 percent.", encoding="utf-8")
    (data / "scan.pdf").write_bytes(b"%PDF-1.4 not a speech")
    (data / "Makefile").write_text("all:\n\techo speeches\n", encoding="utf-8")
    return data


@pytest.mark.parametrize(
    ("options", "doc_ids", "skipped"),
    [
        ([], ["README", "speech"], "(hidden 3, unknown_format 2)"),
        (["--exclude", "README.md"], ["speech"], "(excluded 1, hidden 3, unknown_format 2)"),
        (["--include", "*.txt"], ["speech"], "(excluded 3, hidden 3)"),
        (["--include", "*.txt", "--include", "README.*"], ["README", "speech"], "(excluded 2,"),
        (["--exclude", "notes", "--exclude", "*.md"], ["speech"], "(excluded 2, hidden 2,"),
    ],
)
def test_folder_walks_skip_hidden_files_and_say_what_they_do_not_read(
    mixed_folder, tmp_path, options, doc_ids, skipped
):
    out = tmp_path / "out"
    out.mkdir()
    result = extract(mixed_folder, "-o", out / "f.jsonl", "--docs", out / "d.jsonl", *options)
    assert result.exit_code == 0, result.output
    assert [d["doc_id"] for d in read_jsonl(out / "d.jsonl")] == doc_ids
    assert read_jsonl(out / "f.errors.jsonl") == []
    assert skipped in result.stderr
    if "unknown_format" in skipped:
        assert "(.pdf 1, no extension 1)" in result.stderr and "--include" in result.stderr


def test_a_file_named_on_the_command_line_is_read_whatever_its_name(mixed_folder, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    result = extract(
        mixed_folder / "notes" / ".draft.txt", mixed_folder / "Makefile", "-o", out / "f.jsonl"
    )
    assert result.exit_code == 0, result.output
    assert {f["doc_id"] for f in read_jsonl(out / "f.jsonl")} >= {".draft"}


# --- 5. the journal of an interrupted run is never deleted unasked -------------------------


def test_a_run_without_resume_over_a_journal_refuses_and_keeps_it(tmp_path, monkeypatch):
    corpus = corpus_of(tmp_path / "corpus", 8)
    facts = tmp_path / "facts.jsonl"
    FailingFlush(4).install(monkeypatch)
    assert extract(corpus, "-o", facts).exit_code == EXIT_OUTPUT
    monkeypatch.undo()
    journal = Path(f"{facts}.journal")
    kept = journal.read_bytes()
    again = extract(corpus, "-o", facts)
    assert again.exit_code == EXIT_USAGE, again.output
    assert journal.read_bytes() == kept
    assert "--resume" in again.stderr and "remove the journal" in again.stderr
    assert again.stderr.strip().splitlines()[-1].strip().endswith("--resume")
    assert extract(corpus, "-o", facts, "--resume").exit_code == 0
    assert not journal.exists()


# --- 6. a run that extracts nothing says so --------------------------------------------------


def test_an_empty_folder_exits_with_its_own_code(tmp_path):
    (tmp_path / "empty").mkdir()
    result = extract(tmp_path / "empty", "-o", tmp_path / "f.jsonl", "-q")
    assert result.exit_code == EXIT_EMPTY
    assert "no input found" in result.stderr
    allowed = extract(tmp_path / "empty", "-o", tmp_path / "g.jsonl", "-q", "--allow-empty")
    assert allowed.exit_code == 0 and allowed.stderr == ""


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"a.txt": b"\x00\x01\x02" * 40, "b.html": b""}, "every input failed: 2 error records"),
        ({"scan.pdf": b"%PDF-1.4", ".hidden.txt": b"x"}, "every input was skipped"),
    ],
)
def test_a_run_where_nothing_could_be_read_exits_with_its_own_code(tmp_path, files, message):
    data = tmp_path / "data"
    data.mkdir()
    for name, content in files.items():
        (data / name).write_bytes(content)
    result = extract(data, "-o", tmp_path / "f.jsonl")
    assert result.exit_code == EXIT_EMPTY, result.output
    assert message in result.stderr
    assert extract(data, "-o", tmp_path / "g.jsonl", "--allow-empty").exit_code == 0


def test_help_documents_the_new_options_and_exit_codes():
    text = runner.invoke(app, ["extract", "--help"], terminal_width=200).stdout
    for word in ("--overwrite", "--include", "--exclude", "--id-prefix", "--allow-empty"):
        assert word in text
    assert "5 no document extracted" in " ".join(text.split())
    assert "130" in text


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["-o", "-", "--docs", "-"], "only one output can be standard output"),
        (["-o", "{d}/a.jsonl", "--docs", "{d}/a.jsonl"], "--output and --docs name the same file"),
        (["-o", "{d}/a.jsonl", "--errors", "{d}/a.jsonl"], "--output and --errors name the same"),
    ],
)
def test_clashing_outputs_are_a_usage_error(tmp_path, options, message):
    src = tmp_path / "in.txt"
    src.write_text("Exports grew by 5 percent.", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    result = extract(src, *[o.format(d=out) for o in options])
    assert result.exit_code == 2
    assert message in result.stderr
    assert list(out.iterdir()) == []


# --- an option given where --dask wants its address ------------------------------------------


@pytest.mark.parametrize("address", ["--workers", "-q", "--overwrite"])
def test_an_option_taken_for_the_dask_address_is_refused_before_anything_starts(tmp_path, address):
    write_jsonl(tmp_path / "speeches.jsonl", SPEECHES)
    before = listing(tmp_path)
    result = extract("speeches.jsonl", "-o", "facts.jsonl", "--dask", address, "2", cwd=tmp_path)
    assert result.exit_code == EXIT_USAGE, result.output
    assert "--dask needs the scheduler's address" in result.stderr and address in result.stderr
    assert listing(tmp_path) == before  # no journal, no output
