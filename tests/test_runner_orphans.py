"""The main process of `extract --workers N` killed alone (kill -9 of its pid, not of its group):
the orphaned pool workers must stop promptly (the test waits up to 30 s, generous for a loaded
machine; they take well under a second), saying nothing (no BrokenPipeError or
EOFError traceback, no warning of the resource tracker), and must not go on with the tasks in
their pipe. Real failures of a task while the main process lives stay error records."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.journal import journal_path

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(
    not os.path.exists(f"/proc/{os.getpid()}/task/{os.getpid()}/children"),
    reason="needs Linux's /proc/PID/task/PID/children to find the workers",
)


def _paragraph(i: int, j: int) -> str:
    return (
        f"Paragraph {j} of report {i}. In {2000 + j % 20} spending on Lakeland roads reached "
        f"{j % 90 + 1} billion roubles, up {j % 7 + 1}.5 percent, and partners from "
        f"{j % 30 + 2} countries came to the Pine Forum."
    )


def _corpus(root: Path, files: int, paragraphs: int) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    for i in range(files):
        text = f"Report {i}.\n\n" + "\n\n".join(_paragraph(i, j) for j in range(paragraphs))
        (corpus / f"report{i:05d}.txt").write_text(text + "\n", encoding="utf-8")
    return corpus


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as handle:
            return [int(p) for p in handle.read().split()]
    except OSError:
        return []


def _running(pid: int) -> bool:
    """Alive and not a zombie (an orphan's zombie waits for whoever adopted it)."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            stat = handle.read()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2] != "Z"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    return env


# (files, paragraphs a file, journal lines before the kill): many short files, killed with
# results in flight; and long files (a task takes seconds), killed while every worker is in the
# middle of one, which the workers must not finish
CASES = {
    "many short files": (2500, 1, 300),
    "long files": (12, 1000, 2),
}


@pytest.mark.parametrize("workers", [2, 3])
@pytest.mark.parametrize("case", list(CASES))
def test_killing_the_main_process_ends_its_workers_quietly(tmp_path, case, workers):
    files, paragraphs, lines = CASES[case]
    corpus = _corpus(tmp_path, files, paragraphs)
    out = tmp_path / "out"
    out.mkdir()
    cmd = [sys.executable, "-m", "pipeline", "extract", str(corpus), "-o", str(out / "f.jsonl")]
    cmd += ["--docs", str(out / "d.jsonl"), "--errors", str(out / "e.jsonl")]
    cmd += ["--workers", str(workers), "-q"]
    journal = Path(journal_path(str(out / "f.jsonl")))
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
        start_new_session=True,  # its own group: whatever is left is killed below
    )
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and proc.poll() is None:
            if journal.exists() and journal.read_bytes().count(b"\n") >= lines:
                break
            time.sleep(0.01)
        assert proc.poll() is None, "the run ended before it could be killed"
        children = _children(proc.pid)  # the pool's workers and the resource tracker
        assert len(children) >= workers
        os.kill(proc.pid, signal.SIGKILL)  # the main process only
        killed = time.monotonic()
        proc.wait(timeout=30)
        while time.monotonic() - killed < 30 and any(_running(c) for c in children):
            time.sleep(0.02)
        lingering = [c for c in children if _running(c)]
        waited = time.monotonic() - killed
        # standard error is complete once every process holding it has ended
        _, stderr = proc.communicate(timeout=30)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # the group of this test's run only
        except ProcessLookupError:
            pass
    assert not lingering, f"workers still running {waited:.1f} s after the kill"
    assert journal.read_bytes().count(b"\n") < files + 1  # it was killed mid-run
    assert "Traceback" not in stderr and "Error" not in stderr, stderr
    assert stderr.strip() == "", stderr


@pytest.mark.parametrize("workers", [1, 2])
def test_a_failing_file_is_still_an_error_record_with_workers(tmp_path, workers):
    """What the workers' quiet exit must not hide: a file that cannot be read, while the main
    process lives, is an error record, and the run goes on."""
    corpus = _corpus(tmp_path, 6, 2)
    (corpus / "broken.html").write_bytes(b"\x00\x01\x02" * 50)
    out = tmp_path / "out"
    out.mkdir()
    cmd = [sys.executable, "-m", "pipeline", "extract", str(corpus), "-o", str(out / "f.jsonl")]
    cmd += ["--errors", str(out / "e.jsonl"), "--workers", str(workers), "-q"]
    done = subprocess.run(cmd, capture_output=True, text=True, env=_env(), timeout=300)
    assert done.returncode == 0, done.stderr
    errors = [json.loads(line) for line in (out / "e.jsonl").read_text().splitlines()]
    assert [e["source"].endswith("broken.html") for e in errors] == [True]
    assert "Traceback" not in done.stderr
