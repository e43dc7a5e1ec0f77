"""A run with pool workers stops soon when one worker's pipeline refresh fails (issue 19's
runner): the main process sets the pool's stop flag, and the other workers fail their remaining
tasks at once instead of working through them. Work is counted, never timed."""

import multiprocessing
import os
import subprocess
import sys
import threading
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


def _extract(
    corpus: Path, out: Path, *extra: str, env: dict, timeout: float = 600
) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "pipeline", "extract", str(corpus), "-o", str(out / "f.jsonl")]
    cmd += ["--docs", str(out / "d.jsonl"), "--errors", str(out / "e.jsonl"), "-q", *extra]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)


def _files(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in ("f.jsonl", "d.jsonl", "e.jsonl")}


def _hooked_env(tasks: Path, **settings: str) -> dict[str, str]:
    """The environment of a run whose workers load the test hook (tests/fixtures/stop_hook),
    which writes each task begun to `tasks` and reads `settings` (STOP_TEST_*)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(HOOK), str(ROOT), env.get("PYTHONPATH", "")])
    env["STOP_TEST_TASKS"] = str(tasks)
    env.update(settings)
    return env


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The talks every run of this module reads (read only: one corpus, one clean run)."""
    return corpus_of(tmp_path_factory.mktemp("worker_stop"))


@pytest.fixture(scope="module")
def clean_files(corpus, tmp_path_factory) -> dict[str, bytes]:
    """The files of a run of `corpus` with 2 workers that nothing stopped."""
    clean = tmp_path_factory.mktemp("clean")
    done = _extract(corpus, clean, "--workers", "2", env=_unhooked(_hooked_env(clean / "t")))
    assert done.returncode == 0, done.stderr
    files = _files(clean)
    assert files["f.jsonl"].count(b"\n") == 2 * N_FILES
    return files


def _unhooked(env: dict[str, str]) -> dict[str, str]:
    """`env` without the hook's settings: the hook then does nothing."""
    return {k: v for k, v in env.items() if not k.startswith("STOP_TEST_")}


def _resume_gives_a_clean_run(corpus: Path, out: Path, clean_files: dict, env: dict) -> None:
    """--resume of the stopped run in `out`, without the hook, gives the files of a clean run."""
    resumed = _extract(corpus, out, "--workers", "2", "--resume", env=_unhooked(env))
    assert resumed.returncode == 0, resumed.stderr
    assert _files(out) == clean_files


def test_a_refresh_failing_in_one_worker_stops_the_run_soon_and_resume_completes_it(
    corpus, clean_files, tmp_path
):
    """Exit 6 with the refresh's reason and the --resume advice, after far fewer tasks than the
    run has (main's code worked through them all: the other worker went on); then --resume
    gives the same files as a run that never failed."""
    out = tmp_path / "out"
    out.mkdir()
    tasks = tmp_path / "tasks.txt"
    env = _hooked_env(tasks)
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
    _resume_gives_a_clean_run(corpus, out, clean_files, env)


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


# a run that hangs (main's code before this test: a worker killed from outside) fails the test
# after this long, not the suite; a stopping run here takes well under a minute
HANG_SECONDS = 240


@pytest.mark.parametrize("where", ["task", "queue"])
def test_a_worker_killed_from_outside_stops_the_run_and_resume_completes_it(
    corpus, clean_files, tmp_path, where
):
    """A pool worker SIGKILLed as the kernel's OOM killer would (tests/fixtures/stop_hook): in
    the middle of a task, or while it reads a task holding the queue's read lock. Main's code
    hung for ever (the pool replaces the dead worker and waits for the lost task's result; with
    the lock held, the pool's terminate waits too). Now the run stops with exit 7, names the
    signal and the --resume advice, after far fewer tasks than the run has; --resume then gives
    the same files as a run that never lost a worker."""
    out = tmp_path / "out"
    out.mkdir()
    tasks = tmp_path / "tasks.txt"
    env = _hooked_env(tasks, STOP_TEST_KILL_AFTER="3", STOP_TEST_KILL_WHERE=where)
    stopped = _extract(corpus, out, "--workers", "2", env=env, timeout=HANG_SECONDS)
    assert stopped.returncode == 7, stopped.stderr
    assert "a worker process" in stopped.stderr
    assert "was killed by signal 9 (SIGKILL), possibly out of memory" in stopped.stderr
    assert "--resume" in stopped.stderr
    assert "Traceback" not in stopped.stderr
    assert Path(str(tasks) + ".killed").exists()  # the hook did kill a worker
    # the killed worker's first chunk (12 tasks), the other's, and a task or two begun as the
    # stop came: main's code never ended; without the hook's wait for the stop flag, the other
    # worker would go on as fast as it can until the main process noticed
    begun = tasks.read_text().split()
    assert len(begun) < N_FILES // 3, len(begun)
    _resume_gives_a_clean_run(corpus, out, clean_files, env)


# ---------------------------------------------------------------------------------------------
# The helpers of a worker's death: how it is seen, said, and how the pool is ended
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("exitcode", "said", "oom"),
    [
        (-9, "was killed by signal 9 (SIGKILL)", True),
        (-11, "was killed by signal 11 (SIGSEGV)", False),
        (-15, "was killed by signal 15 (SIGTERM)", False),
        (-99, "was killed by signal 99 (unknown)", False),
        (1, "exited with code 1", False),
        (0, "exited with code 0", False),
    ],
)
def test_a_worker_death_says_how_the_worker_ended(exitcode, said, oom):
    text = runner.worker_death(4321, exitcode)
    assert text.startswith(f"a worker process (pid 4321) {said}")
    assert ("possibly out of memory" in text) is oom
    assert text.endswith("so the run stops")


class _Ended:
    """A stand-in for a pool's worker process: its pid and exit code (None: alive)."""

    def __init__(self, pid, exitcode=None):
        self.pid, self.exitcode = pid, exitcode
        self.killed = self.joined = 0

    def kill(self):
        self.killed += 1
        self.exitcode = -9

    def join(self, timeout=None):
        self.joined += 1


def test_a_dead_worker_is_the_first_process_that_ended():
    assert runner._dead_worker([_Ended(1), _Ended(2)]) is None
    assert runner._dead_worker([]) is None
    death = runner._dead_worker([_Ended(1), _Ended(2, -9), _Ended(3, 1)])
    assert death.startswith("a worker process (pid 2) was killed by signal 9")


class _Results:
    """A stand-in for a pool's imap iterator: each next() gives or raises the next of `script`."""

    def __init__(self, script):
        self.script, self.timeouts = list(script), []

    def next(self, timeout=None):
        self.timeouts.append(timeout)
        item = self.script.pop(0)
        if isinstance(item, BaseException):
            raise item
        return item


def test_results_are_given_task_by_task_while_the_workers_live():
    waited = multiprocessing.TimeoutError()
    results = _Results([["a", "b"], waited, waited, ["c"], StopIteration()])
    assert list(runner._while_workers_live(results, [_Ended(1), _Ended(2)])) == ["a", "b", "c"]
    assert results.timeouts == [runner.WORKER_CHECK_SECONDS] * 5


def test_a_dead_worker_stops_the_results_once_none_comes():
    results = _Results([["a"], multiprocessing.TimeoutError(), ["never"]])
    given = runner._while_workers_live(results, [_Ended(1), _Ended(2, -9)])
    assert next(given) == "a"
    with pytest.raises(runner.WorkerDied, match=r"pid 2\) was killed by signal 9"):
        next(given)


def test_chunks_keep_the_order_and_take_every_task():
    assert list(runner._chunked(iter(range(7)), 3)) == [(0, 1, 2), (3, 4, 5), (6,)]
    assert list(runner._chunked([], 3)) == []


def test_a_bounded_wait_returns_raises_or_gives_up():
    assert runner._within(lambda: None, 5) is True
    with pytest.raises(ZeroDivisionError):
        runner._within(lambda: 1 / 0, 5)
    release = threading.Event()
    try:
        assert runner._within(release.wait, 0.05) is False  # left blocked in its thread
    finally:
        release.set()


class _Pool:
    def __init__(self, blocks):
        self.blocks, self.release = blocks, threading.Event()

    def terminate(self):
        if self.blocks:
            self.release.wait()


@pytest.mark.parametrize("blocks", [False, True])
def test_a_pool_whose_terminate_blocks_has_its_workers_killed(monkeypatch, blocks):
    monkeypatch.setattr(runner, "POOL_END_SECONDS", 0.05)
    pool = _Pool(blocks)
    alive, dead, unstarted = _Ended(1), _Ended(2, -9), _Ended(None)
    try:
        runner._end_pool(pool, [alive, dead, unstarted])
    finally:
        pool.release.set()
    assert (alive.killed, dead.killed, unstarted.killed) == ((1, 0, 0) if blocks else (0, 0, 0))
    assert (alive.joined, dead.joined, unstarted.joined) == ((1, 1, 0) if blocks else (0, 0, 0))


def test_a_real_pool_worker_that_dies_is_seen_and_the_pool_ends():
    """A spawn pool (no NLP) whose only worker exits in its task: its result never comes; the
    context kept the process the pool has forgotten, and the results end in WorkerDied."""
    context = runner._WorkerContext()
    pool = context.Pool(processes=1)
    try:
        results = pool.imap(os._exit, [3])
        with pytest.raises(runner.WorkerDied, match=r"exited with code 3"):
            list(runner._while_workers_live(results, context.started))
    finally:
        runner._end_pool(pool, context.started)
    assert context.started[0].exitcode == 3
    assert all(process.exitcode is not None for process in context.started)
