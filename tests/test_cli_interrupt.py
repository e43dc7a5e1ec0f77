"""Ctrl-C at any moment of a command, through the real entry points (the console scripts that
pyproject.toml declares, `python -m pipeline`, `python -m pipeline.cli`), in a fresh process.

No timing: each process sends itself SIGINT at a chosen step, as a terminal's Ctrl-C would arrive
there: when a given module is first imported (the command line's own imports, the `--version`
callback while the arguments are read, a command's lazy import), or from an atexit function, once
the command has finished. The signal is delivered before `os.kill` returns, so the step is exact
on a loaded machine too.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]

# sends SIGINT to this process when module TRIGGER is first imported
HOOK = """\
import os, signal, sys

class _CtrlC:
    def find_spec(self, name, path=None, target=None):
        if name == {trigger!r}:
            sys.meta_path.remove(self)
            os.kill(os.getpid(), signal.SIGINT)
        return None

sys.meta_path.insert(0, _CtrlC())
"""

# sends SIGINT to this process from the last atexit function (atexit runs them last-in first-out)
AT_EXIT = """\
import atexit, os, signal
atexit.register(lambda: os.kill(os.getpid(), signal.SIGINT))
"""


def entry_code(entry: str) -> str:
    """What starts the command: a console script as pip generates it, or `python -m`."""
    if entry in SCRIPTS:
        module, function = SCRIPTS[entry].split(":")
        return f"sys.argv[0] = {entry!r}\nfrom {module} import {function}\nsys.exit({function}())\n"
    import_name = entry.removeprefix("python -m ")
    return f"import runpy\nrunpy.run_module({import_name!r}, run_name='__main__', alter_sys=True)\n"


def run(entry: str, args: list[str], prelude: str, cwd: Path, sigint=signal.SIG_DFL):
    code = "import sys\n" + prelude + f"sys.argv[1:] = {args!r}\n" + entry_code(entry)
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        # as from a terminal: a job started in the background inherits SIGINT ignored
        preexec_fn=lambda: signal.signal(signal.SIGINT, sigint),
    )


ENTRIES = ["speechfacts", "extract", "python -m pipeline", "python -m pipeline.cli"]


@pytest.mark.parametrize("entry", ENTRIES)
def test_ctrl_c_while_the_command_line_is_imported(tmp_path, entry):
    args = ["--version"] if entry == "extract" else ["schema", "fact"]
    done = run(entry, args, HOOK.format(trigger="typer"), tmp_path)
    assert done.returncode == 130, done.stderr
    assert "Traceback" not in done.stderr
    assert "Interrupted (Ctrl-C) while starting: nothing was read or written" in done.stderr
    assert done.stdout == ""


@pytest.mark.parametrize("entry", ["speechfacts", "extract"])
def test_ctrl_c_while_the_arguments_are_read(tmp_path, entry):
    # the --version callback runs while Typer reads the arguments (Typer said nothing: exit 130)
    args = ["--version"] if entry == "extract" else ["schema", "--version"]
    done = run(entry, args, HOOK.format(trigger="importlib.metadata"), tmp_path)
    assert done.returncode == 130, done.stderr
    assert "Traceback" not in done.stderr
    assert "Interrupted (Ctrl-C) while starting" in done.stderr


@pytest.mark.parametrize("entry", ["speechfacts", "python -m pipeline"])
def test_ctrl_c_while_the_command_runs_says_what_was_left(tmp_path, entry):
    done = run(entry, ["schema", "fact"], HOOK.format(trigger="pipeline.schemas"), tmp_path)
    assert done.returncode == 130, done.stderr
    assert "Traceback" not in done.stderr
    assert "Interrupted (Ctrl-C): no output file was written or changed" in done.stderr


@pytest.mark.parametrize("entry", ["speechfacts", "python -m pipeline.cli"])
def test_ctrl_c_once_the_command_has_finished(tmp_path, entry):
    done = run(entry, ["schema", "fact"], AT_EXIT, tmp_path)
    assert done.returncode == 130, done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr
    assert "Interrupted (Ctrl-C) as the command was exiting, after it had finished" in done.stderr
    assert '"$id": "urn:speechfacts:schema:fact:' in done.stdout  # what it printed is kept


def test_ctrl_c_ignored_from_the_start_stays_ignored(tmp_path):
    done = run(
        "speechfacts", ["schema", "fact"], HOOK.format(trigger="typer"), tmp_path, signal.SIG_IGN
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == "" and '"$id"' in done.stdout


def test_pool_workers_start_with_ctrl_c_blocked():
    """A pool worker ignores Ctrl-C (the main process stops the run), but only from its
    initializer on: before, a Ctrl-C while a worker imported printed its KeyboardInterrupt
    traceback. It starts with SIGINT blocked; the main process's mask is as it was."""
    from pipeline.runner import _WorkerContext

    before = signal.pthread_sigmask(signal.SIG_BLOCK, set())
    with _WorkerContext().Pool(processes=1) as pool:
        blocked = pool.apply(signal.pthread_sigmask, (signal.SIG_BLOCK, set()))
    assert signal.SIGINT in blocked
    assert signal.pthread_sigmask(signal.SIG_BLOCK, set()) == before
