"""The console scripts' entry points (`speechfacts`, `extract`; `python -m pipeline` and
`python -m pipeline.cli` come here too): Ctrl-C at any moment ends with a message and exit 130.

The commands say what Ctrl-C left behind while they run (pipeline.cli: `versioned`, extract's
journal). Outside that, Ctrl-C used to end without a word or with a Python traceback: while the
command line's modules are imported (typer, rich, the runner: 0.1-0.2 s, more on a loaded
machine) a KeyboardInterrupt traceback; while the arguments are read, or once the command had
returned, a silent exit 130 (Typer's); while the interpreter exits, an "Exception ignored"
traceback. Here one SIGINT handler covers the whole process: before the command starts, it says
that nothing was read or written and exits 130; while the command runs (`command_running`), it
raises KeyboardInterrupt as Python's own handler does, for the command's handlers (a second
Ctrl-C while they say what the first left is ignored, a third ends the process at once); once the
command has returned, it exits 130 saying that the command had finished. A SIGINT that is ignored
when the process starts (a job started in the background with "&") stays ignored.

This module imports nothing of the package but itself, so that the handler is set before the
command line's imports. Python's own start (site, about 0.02 s) and `pipeline/__init__.py` (about
0.004 s) run before it, and the last moments of the interpreter's exit after it (the handler is
gone once the outputs are flushed): there Ctrl-C ends as Python ends it (a traceback while
starting; at the exit, the process ends by the signal, which a shell reports as 130).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Iterator

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it (pipeline.cli has the same)

_STARTING = (
    "Interrupted (Ctrl-C) while starting: nothing was read or written; run the command again."
)
_ENDING = "Interrupted (Ctrl-C) as the command was exiting, after it had finished."
_AGAIN = (
    "Interrupted (Ctrl-C) three times: stopped at once, before the command had said what the "
    "first Ctrl-C left."
)

# "starting", "running" (the command's own handlers), "stopping" (they say what the first Ctrl-C
# left), "ending"
_phase = "starting"
_ignored = False  # a second Ctrl-C was ignored while stopping


@contextlib.contextmanager
def command_running() -> Iterator[None]:
    """The body of a command: Ctrl-C raises KeyboardInterrupt, for its handlers to say what was
    left. (Without the handler of this module, as under a test's CliRunner, it changes nothing.)"""
    global _phase
    _phase = "running"
    try:
        yield
    finally:
        if _phase == "running":  # stopping: its handlers are still to say what was left
            _phase = "ending"


def _on_sigint(signum: int, frame: object) -> None:
    global _phase, _ignored
    if _phase == "running":
        _phase = "stopping"
        raise KeyboardInterrupt
    if _phase == "stopping" and not _ignored:
        # a second Ctrl-C while the command's handlers close its outputs and say what the first
        # left: they finish (a few lines, then exit 130). It used to raise in them, which cut
        # the message short and, once out of `command_running`, said "after it had finished";
        # extract's said "stopped outside the run" (round review55). A third ends at once.
        _ignored = True
        return
    # this handler ends the process: one message, not one per Ctrl-C pressed while it writes
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    message = {"starting": _STARTING, "stopping": _AGAIN}.get(_phase, _ENDING)
    if _phase == "ending":
        try:  # what the command printed is kept
            sys.stdout.flush()
        except Exception:  # a closed pipe, or a flush this signal interrupted
            pass
    try:
        os.write(2, f"\n{message}\n".encode())  # unbuffered: safe inside a signal handler
    except OSError:
        pass
    os._exit(EXIT_INTERRUPTED)


def _run(command: str, prog_name: str | None) -> None:
    global _phase
    if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
        signal.signal(signal.SIGINT, _on_sigint)
    from pipeline import cli  # the slow part: typer, rich, the runner

    try:
        if command == "extract":
            cli.extract_app(prog_name=prog_name or "extract")
        else:
            cli.app(prog_name=prog_name)
        code: int | str | None = 0
    except SystemExit as exc:
        code = exc.code
    except KeyboardInterrupt:  # a second Ctrl-C while the command said what the first left
        code = EXIT_INTERRUPTED
    _phase = "ending"
    sys.exit(code)


def speechfacts_main(prog_name: str | None = None) -> None:
    """The `speechfacts` command (and `python -m pipeline`, `python -m pipeline.cli`)."""
    _run("speechfacts", prog_name)


def extract_main() -> None:
    """The standalone `extract` command."""
    _run("extract", None)
