"""A run with pool workers stops soon when one worker's pipeline refresh fails (issue 19's
runner): the main process sets the pool's stop flag, and the other workers fail their remaining
tasks at once instead of working through them. Work is counted, never timed."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import runner

ROOT = Path(__file__).resolve().parents[1]

# the test hook: one worker's refresh fails once; each task a worker begins is counted
HOOK = ROOT / "tests" / "fixtures" / "stop_hook"

N_FILES = 200  # chunks of 12 tasks for 2 workers (runner._chunksize)


def corpus_of(root: Path) -> Path:
    """N_FILES short invented talks, a task each, in root/in."""
    corpus = root / "in"
    corpus.mkdir()
    for n in range(N_FILES):
        (corpus / f"talk{n:03d}.txt").write_text(
            f"Talk {n}.\n\nOur exports of grain grew by {n % 40 + 2} percent, and "
            f"{n % 7 + 3} countries sent buyers to the autumn fair.\n",
            encoding="utf-8",
        )
    return corpus


def _extract(corpus: Path, out: Path, *extra: str, env: dict) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "pipeline", "extract", str(corpus), "-o", str(out / "f.jsonl")]
    cmd += ["--docs", str(out / "d.jsonl"), "--errors", str(out / "e.jsonl"), "-q", *extra]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)


def _files(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in ("f.jsonl", "d.jsonl", "e.jsonl")}


def test_a_refresh_failing_in_one_worker_stops_the_run_soon_and_resume_completes_it(tmp_path):
    """Exit 6 with the refresh's reason and the --resume advice, after far fewer tasks than the
    run has (main's code worked through them all: the other worker went on); then --resume
    gives the same files as a run that never failed."""
    corpus = corpus_of(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    tasks = tmp_path / "tasks.txt"
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(HOOK), str(ROOT), env.get("PYTHONPATH", "")])
    env["STOP_TEST_TASKS"] = str(tasks)
    stopped = _extract(corpus, out, "--workers", "2", env=env)
    assert stopped.returncode == 6, stopped.stderr
    assert "the NLP pipeline cannot be refreshed: MemoryError: no room" in stopped.stderr
    assert "--resume" in stopped.stderr
    assert "Traceback" not in stopped.stderr
    # the tasks begun before the main process met the failure (in input order: perhaps after
    # the other worker's chunk), and the one each worker was beginning then; main's code
    # began nearly all of them (the other worker went on, and the failed one after its failure)
    begun = tasks.read_text().split()
    assert len(begun) < N_FILES // 3, len(begun)
    assert "the run is stopping" not in stopped.stderr  # the stop's own errors: never reported

    del env["STOP_TEST_TASKS"]
    resumed = _extract(corpus, out, "--workers", "2", "--resume", env=env)
    assert resumed.returncode == 0, resumed.stderr
    clean = tmp_path / "clean"
    clean.mkdir()
    assert _extract(corpus, clean, "--workers", "2", env=env).returncode == 0
    assert _files(out) == _files(clean)
    assert _files(clean)["f.jsonl"].count(b"\n") == 2 * N_FILES


class _NotToBeCalled:
    def process_task(self, task):
        raise AssertionError("a task was done after the stop")


@pytest.mark.parametrize(("flag", "stops"), [(0, False), (1, True)])
def test_a_worker_fails_its_task_at_once_once_the_stop_flag_is_set(monkeypatch, flag, stops):
    stop = runner._stop_flag()
    stop.value = flag
    monkeypatch.setattr(runner, "_WORKER_STOP", stop)
    monkeypatch.setattr(runner, "_WORKER", _NotToBeCalled())
    if stops:
        with pytest.raises(runner.PipelineError, match=runner._STOPPING):
            runner._work(runner.Task("a.txt"))
    else:
        with pytest.raises(AssertionError, match="after the stop"):
            runner._work(runner.Task("a.txt"))


def test_a_worker_without_a_stop_flag_works_as_before(monkeypatch):
    monkeypatch.setattr(runner, "_WORKER_STOP", None)
    monkeypatch.setattr(runner, "_WORKER", _NotToBeCalled())
    with pytest.raises(AssertionError, match="after the stop"):
        runner._work(runner.Task("a.txt"))
