"""What a person sees on standard error while a command works: a progress bar and the summary.

Both come from rich (installed with Typer). On a terminal, the progress bar shows what is done out
of the total, the counts the command keeps (documents, facts, rows), the rate and the time left,
and the summary is a table. When standard error is not a terminal (a pipe, a file, a test's
CliRunner) or the command is quiet, there is no bar, and the summary is the plain text each
command formats itself, unchanged, so that scripts reading it keep working.

The bar is refreshed from the command's own loop (no refresh thread), at most ten times a second.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from typing import Any

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

REFRESH_SECONDS = 0.1


def stderr_is_terminal() -> bool:
    """Whether standard error is a terminal (the bar and the table are for a person)."""
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):  # replaced or closed stream
        return False


def stderr_console(**options: Any) -> Console:
    return Console(stderr=True, highlight=False, **options)


class _RateColumn(ProgressColumn):
    """`35.2 inputs/s` (or rows/s, MB/s...): the task's speed in its unit."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        unit = task.fields.get("unit", "")
        if speed is None:
            return Text(f"- {unit}/s", style="progress.data.speed")
        return Text(f"{speed:,.1f} {unit}/s", style="progress.data.speed")


class ProgressBar:
    """A progress bar on standard error, or nothing when `enabled` is false.

    `counts` names the extra counters shown beside the bar ("documents", "facts"); `update`
    sets the amount done and those counters.
    """

    def __init__(
        self,
        total: float | None,
        unit: str,
        counts: Sequence[str] = (),
        enabled: bool = True,
        description: str = "",
        console: Console | None = None,
    ) -> None:
        self.enabled = enabled
        self._last = 0.0
        self._progress: Progress | None = None
        if not enabled:
            return
        fields = "  ".join(f"{name} {{task.fields[{name}]:,}}" for name in counts)
        self._progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(bar_width=24),
            MofNCompleteColumn(),
            TextColumn(unit),
            TextColumn(fields),
            _RateColumn(),
            TimeElapsedColumn(),
            TextColumn("elapsed,"),
            TimeRemainingColumn(),
            TextColumn("left"),
            console=console or stderr_console(),
            auto_refresh=False,  # refreshed by update(): no thread beside the workers
            transient=True,  # the bar goes when done; the summary follows
        )
        self._task = self._progress.add_task(
            description, total=total, unit=unit, **{name: 0 for name in counts}
        )
        self._progress.start()

    def update(self, completed: float, final: bool = False, **counts: Any) -> None:
        if self._progress is None:
            return
        self._progress.update(self._task, completed=completed, **counts)
        now = time.monotonic()
        if final or now - self._last >= REFRESH_SECONDS:
            self._last = now
            self._progress.refresh()

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def summary_table(items: Sequence[tuple[str, str]], title: str | None = None) -> Table:
    """The summary's (label, value) lines as a two-column rich table."""
    table = Table(title=title, show_header=False, box=None, padding=(0, 2, 0, 0))
    table.add_column(style="bold", no_wrap=True)
    table.add_column(overflow="fold")
    for label, value in items:
        table.add_row(label, value)
    return table


def print_summary(
    items: Sequence[tuple[str, str]],
    plain: str,
    title: str | None = None,
    console: Console | None = None,
) -> None:
    """The summary on standard error: a table on a terminal, else `plain` exactly as given."""
    if console is None and not stderr_is_terminal():
        click.echo(plain, err=True)
        return
    (console or stderr_console()).print(summary_table(items, title))
