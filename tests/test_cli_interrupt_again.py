"""A second Ctrl-C while a command says what the first left (round review55): ignored, so that
the message is whole and right; a third ends the process at once. Before, the second raised
KeyboardInterrupt inside the command's handlers: once out of `command_running` it said the
command "had finished"; inside extract's, the outer handler said extract had "stopped outside
the run". Through the real entry points, in a fresh process, as tests/test_cli_interrupt.py."""

from __future__ import annotations

import signal

import pytest
from test_cli_interrupt import HOOK, run

# sends SIGINT to this process `times` times when the command first prints an "Interrupted"
# message (the first Ctrl-C's), as a user pressing Ctrl-C again would
AGAIN = """\
import os, signal, typer

_echo = typer.echo
_sent = []

def _echo_again(message=None, *args, **kwargs):
    if not _sent and message is not None and "Interrupted (Ctrl-C)" in str(message):
        _sent.append(1)
        for _ in range({times}):
            os.kill(os.getpid(), signal.SIGINT)
    return _echo(message, *args, **kwargs)

typer.echo = _echo_again
"""


def test_a_second_ctrl_c_while_the_first_is_told_is_ignored(tmp_path):
    prelude = AGAIN.format(times=1) + HOOK.format(trigger="pipeline.schemas")
    done = run("speechfacts", ["schema", "fact"], prelude, tmp_path)
    assert done.returncode == 130, done.stderr
    assert "Interrupted (Ctrl-C): no output file was written or changed" in done.stderr
    assert "after it had finished" not in done.stderr
    assert "Traceback" not in done.stderr


def test_a_second_ctrl_c_while_extract_tells_the_first(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Lakeland spent $5 million.\n", encoding="utf-8")
    prelude = AGAIN.format(times=1) + HOOK.format(trigger="spacy")
    args = ["extract", "in", "-o", "facts.jsonl", "--workers", "1", "-q"]
    done = run("speechfacts", args, prelude, tmp_path)
    assert done.returncode == 130, done.stderr
    assert "Interrupted (Ctrl-C)." in done.stderr
    assert "stopped outside the run" not in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("times", [2, 3])
def test_a_third_ctrl_c_ends_at_once(tmp_path, times):
    prelude = AGAIN.format(times=times) + HOOK.format(trigger="pipeline.schemas")
    done = run("speechfacts", ["schema", "fact"], prelude, tmp_path)
    assert done.returncode == 130, done.stderr
    assert "Interrupted (Ctrl-C) three times: stopped at once" in done.stderr
    assert done.stderr.count("three times") == 1  # one message, however many were pressed
    assert "Traceback" not in done.stderr


def test_a_pool_worker_unblocks_ctrl_c_once_it_ignores_it():
    """A pool worker starts with SIGINT blocked (_WorkerProcess.start); its initializer ignores
    SIGINT, then unblocks it: the worker's mask is the main process's again."""
    from pipeline.runner import _init_worker, _WorkerContext

    with _WorkerContext().Pool(
        processes=1, initializer=_init_worker, initargs=(("money",), 1_000_000)
    ) as pool:
        assert pool.apply(_worker_state) == (False, True)


def _worker_state() -> tuple[bool, bool]:
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, set())
    return signal.SIGINT in blocked, signal.getsignal(signal.SIGINT) == signal.SIG_IGN
