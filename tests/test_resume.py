"""Interrupted runs: the journal, `--resume` after kill -9 or a failing output, and large JSON-lines
files read in parts. The final files must equal those of an uninterrupted run, byte for byte."""

from __future__ import annotations

import json
import os
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline import output as output_module
from pipeline.journal import ResumeError, journal_path
from pipeline.output import OutputError, partial_path
from pipeline.runner import run

SECTORS = ["education", "roads", "healthcare", "housing", "science", "defence", "culture"]


def _text(i: int) -> str:
    sector = SECTORS[i % len(SECTORS)]
    return (
        f"Report number {i} on {sector}.\n\n"
        f"In {2000 + i % 20} spending on {sector} reached {i % 90 + 1} billion roubles, "
        f"up {i % 7 + 1}.5 percent on the year before. Partners from {i % 30 + 2} countries "
        f"took part in the Northern {sector.title()} Forum.\n"
    )


def _corpus(root: Path, n: int) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    for i in range(n):
        (corpus / f"doc{i:05d}.txt").write_text(_text(i), encoding="utf-8")
    # a bad file and a JSONL file with a broken line, so errors are journalled too
    (corpus / "broken.html").write_bytes(b"\x00\x01\x02" * 50)
    lines = [json.dumps({"id": f"j{i}", "text": _text(i)}) for i in range(20)]
    lines.insert(7, "{not json")
    (corpus / "extra.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return corpus


def _outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in ("facts.jsonl", "docs.jsonl", "err.jsonl")}


def _run(corpus: Path, out: Path, **kwargs):
    out.mkdir(exist_ok=True)
    return run(
        [str(corpus)],
        facts_out=str(out / "facts.jsonl"),
        docs_out=str(out / "docs.jsonl"),
        errors_out=str(out / "err.jsonl"),
        **kwargs,
    )


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    root = tmp_path_factory.mktemp("small")
    corpus = _corpus(root, 60)
    summary = _run(corpus, root / "reference")
    assert summary.check() and summary.errors_total == 2
    return corpus, _outputs(root / "reference"), summary


def test_a_completed_run_leaves_no_journal(small, tmp_path):
    corpus, expected, _ = small
    _run(corpus, tmp_path)
    assert not os.path.exists(journal_path(str(tmp_path / "facts.jsonl")))
    assert _outputs(tmp_path) == expected


class _FailingFlush:
    """Simulates a full disk: the first flush with data from the n-th on writes half of its
    data, then fails."""

    def __init__(self, fail_at: int) -> None:
        self.calls = 0
        self.fail_at = fail_at
        self.failed = False
        self.original = output_module.JsonlWriter.flush

    def __call__(self, writer):
        self.calls += 1
        if self.calls >= self.fail_at and writer._sink.pending and not self.failed:
            self.failed = True
            data = bytes(writer._sink.pending)
            writer._fp.write(data[: len(data) // 2])  # a torn record on disk
            writer._sink.pending.clear()
            raise OutputError(f"cannot write {writer.name}: No space left on device")
        return self.original(writer)

    def install(self, monkeypatch) -> None:
        monkeypatch.setattr(output_module.JsonlWriter, "flush", lambda writer: self(writer))


@pytest.mark.parametrize("fail_at", [5, 40, 100])
def test_resume_after_a_failing_output_gives_the_same_files(small, tmp_path, monkeypatch, fail_at):
    corpus, expected, reference = small
    _FailingFlush(fail_at).install(monkeypatch)
    with pytest.raises(OutputError, match="No space left"):
        _run(corpus, tmp_path)
    monkeypatch.undo()
    journal = journal_path(str(tmp_path / "facts.jsonl"))
    assert os.path.exists(journal)  # kept for --resume
    summary = _run(corpus, tmp_path, resume=True)
    assert _outputs(tmp_path) == expected
    assert not os.path.exists(journal)
    assert summary.check()
    assert summary.state() == reference.state()


def test_resume_cuts_torn_journal_and_output_lines(small, tmp_path, monkeypatch):
    corpus, expected, _ = small
    _FailingFlush(30).install(monkeypatch)
    with pytest.raises(OutputError):
        _run(corpus, tmp_path)
    monkeypatch.undo()
    with open(journal_path(str(tmp_path / "facts.jsonl")), "ab") as handle:
        handle.write(b'{"done": 999, "pos": [1')  # torn by a kill
    # the interrupted run's documents are in their partial file until the run completes
    assert not (tmp_path / "docs.jsonl").exists()
    with open(partial_path(str(tmp_path / "docs.jsonl")), "ab") as handle:
        handle.write(b'{"schema_version":"1.0","doc_id":"tor')
    _run(corpus, tmp_path, resume=True)
    assert _outputs(tmp_path) == expected


def test_ids_written_before_the_restart_still_tell_duplicates_from_clashes(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path, 30)
    # after the other files in input order: the same records (duplicates) and other texts under
    # the same ids (clashes), found after the restart
    lines = [json.dumps({"id": f"j{i}", "text": _text(i)}) for i in range(3)]
    lines += [json.dumps({"id": f"j{i}", "text": _text(i + 1)}) for i in range(3, 6)]
    (corpus / "zz-again.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    reference = _run(corpus, tmp_path / "reference")
    assert reference.duplicates == 3 and reference.errors["duplicate_id"] == 3
    _FailingFlush(25).install(monkeypatch)
    with pytest.raises(OutputError):
        _run(corpus, tmp_path / "out")
    monkeypatch.undo()
    summary = _run(corpus, tmp_path / "out", resume=True)
    assert _outputs(tmp_path / "out") == _outputs(tmp_path / "reference")
    assert summary.state() == reference.state()


def test_resume_refuses_other_inputs(small, tmp_path, monkeypatch):
    corpus, _, _ = small
    _FailingFlush(10).install(monkeypatch)
    with pytest.raises(OutputError):
        _run(corpus, tmp_path)
    monkeypatch.undo()
    (corpus.parent / "more").mkdir()
    (corpus.parent / "more" / "new.txt").write_text(_text(1), encoding="utf-8")
    with pytest.raises(ResumeError, match="inputs or options differ"):
        run(
            [str(corpus), str(corpus.parent / "more")],
            facts_out=str(tmp_path / "facts.jsonl"),
            docs_out=str(tmp_path / "docs.jsonl"),
            errors_out=str(tmp_path / "err.jsonl"),
            resume=True,
        )
    with pytest.raises(ResumeError, match="inputs or options differ"):
        _run(corpus, tmp_path, resume=True, types="money")


def test_resume_without_a_journal_runs_from_the_start(small, tmp_path, capsys):
    corpus, expected, _ = small
    _run(corpus, tmp_path, resume=True)
    assert _outputs(tmp_path) == expected
    assert "no journal" in capsys.readouterr().err


def test_resume_needs_file_outputs(small):
    corpus, _, _ = small
    with pytest.raises(ValueError, match="--resume"):
        run([str(corpus)], facts_out="-", resume=True)


# the interrupted runs: stopped once more than STOP_AFTER documents are journalled, of
# INTERRUPTED_DOCS (the rest take seconds even on a fast machine, so the stop lands mid-run)
INTERRUPTED_DOCS = 1200
STOP_AFTER = 300


@pytest.fixture(scope="module")
def interrupted(tmp_path_factory) -> tuple[Path, dict[str, bytes]]:
    """(corpus, outputs of an uninterrupted run over it): what a stopped run resumed must give.
    Made once for the module's tests that stop a run."""
    root = tmp_path_factory.mktemp("interrupted")
    corpus = _corpus(root, INTERRUPTED_DOCS)
    _run(corpus, root / "reference")
    return corpus, _outputs(root / "reference")


def test_kill_9_then_resume_equals_an_uninterrupted_run(interrupted, tmp_path):
    corpus, reference = interrupted
    out = tmp_path / "killed"
    out.mkdir()
    cmd = [
        sys.executable,
        "-m",
        "pipeline.cli",
        "extract",
        str(corpus),
        "-o",
        str(out / "facts.jsonl"),
        "--docs",
        str(out / "docs.jsonl"),
        "--errors",
        str(out / "err.jsonl"),
        "-q",
    ]
    journal = Path(journal_path(str(out / "facts.jsonl")))
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if journal.exists() and journal.read_bytes().count(b"\n") > STOP_AFTER:
                break
            time.sleep(0.01)
        assert proc.poll() is None, "the run ended before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    lines = journal.read_bytes().count(b"\n")
    assert STOP_AFTER < lines < INTERRUPTED_DOCS  # stopped mid-run
    resumed = subprocess.run([*cmd, "--resume"], capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert _outputs(out) == reference
    assert not journal.exists()


def test_ctrl_c_stops_cleanly_and_prints_the_exact_resume_command(interrupted, tmp_path):
    """SIGINT to the whole process group, as a terminal's Ctrl-C sends it (to the workers too)."""
    corpus, reference = interrupted
    out = tmp_path / "stopped"
    out.mkdir()
    cmd = [sys.executable, "-m", "pipeline.cli", "extract", str(corpus)]
    cmd += ["-o", str(out / "facts.jsonl"), "--docs", str(out / "docs.jsonl")]
    cmd += ["--errors", str(out / "err.jsonl"), "--workers", "2", "-q"]
    journal = Path(journal_path(str(out / "facts.jsonl")))
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        # as from a terminal: a job started in the background ("pytest &") inherits SIGINT
        # ignored, and Python (rightly) keeps it ignored
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if journal.exists() and journal.read_bytes().count(b"\n") > STOP_AFTER:
                break
            time.sleep(0.01)
        assert proc.poll() is None, "the run ended before it could be stopped"
        os.killpg(proc.pid, signal.SIGINT)
        _, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr  # neither the main process nor a worker
    assert journal.exists() and not (out / "facts.jsonl").exists()  # only partial files so far
    command = stderr.strip().splitlines()[-1].strip()
    words = shlex.split(command)
    assert words[:4] == ["python", "-m", "pipeline.cli", "extract"], stderr
    assert words[-1] == "--resume" and "--workers" in words and str(corpus) in words
    resumed = subprocess.run(
        [sys.executable, *words[1:]], capture_output=True, text=True, timeout=300
    )
    assert resumed.returncode == 0, resumed.stderr
    assert _outputs(out) == reference
    assert not journal.exists()


def test_large_jsonl_in_parts_gives_the_same_records(tmp_path):
    corpus = tmp_path / "big"
    corpus.mkdir()
    lines = [json.dumps({"id": f"r{i}", "text": _text(i)}) for i in range(400)]
    lines[123] = "{broken"
    lines.insert(200, "")
    # a line separator inside a JSON string is not a line end
    lines[50] = json.dumps({"id": "sep", "text": "Paragraph\u2028one. It cost $5 billion."})
    (corpus / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    whole = _run(corpus, tmp_path / "whole")
    parts = _run(corpus, tmp_path / "parts", part_bytes=4096)
    assert _outputs(tmp_path / "whole") == _outputs(tmp_path / "parts")
    assert whole.state() == parts.state()
    assert parts.check() and parts.documents == 399 and parts.errors == {"malformed": 1}


def test_max_bytes_bounds_each_line_of_a_file_read_in_parts(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    lines = [json.dumps({"id": f"r{i}", "text": _text(i)}) for i in range(100)]
    lines[10] = json.dumps({"id": "huge", "text": "word " * 5000})
    (corpus / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = _run(corpus, tmp_path / "out", part_bytes=4096, max_bytes=10_000)
    assert summary.errors == {"too_large": 1} and summary.documents == 99
    err = json.loads((tmp_path / "out" / "err.jsonl").read_text())
    assert err["source"].endswith("records.jsonl:11")


def test_a_large_jsonl_of_blank_lines_is_one_empty_error(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "blank.jsonl").write_text("\n" * 20000, encoding="utf-8")
    summary = _run(corpus, tmp_path / "out", part_bytes=4096)
    assert summary.check() and summary.errors == {"empty": 1} and summary.extra_outcomes == 0


def test_resume_in_the_middle_of_a_file_read_in_parts(tmp_path, monkeypatch):
    corpus = tmp_path / "c"
    corpus.mkdir()
    lines = [json.dumps({"id": f"r{i}", "text": _text(i)}) for i in range(300)]
    (corpus / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    _run(corpus, tmp_path / "ref", part_bytes=4096)
    _FailingFlush(20).install(monkeypatch)
    with pytest.raises(OutputError):
        _run(corpus, tmp_path / "out", part_bytes=4096)
    monkeypatch.undo()
    summary = _run(corpus, tmp_path / "out", part_bytes=4096, resume=True)
    assert _outputs(tmp_path / "out") == _outputs(tmp_path / "ref")
    assert summary.check() and summary.extra_outcomes == 299
