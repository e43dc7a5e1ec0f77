"""pipeline.display: the progress bar and the summary table on a terminal (a rich Console forced
to be one), and the plain text kept byte for byte when standard error is not a terminal."""

from __future__ import annotations

import io

from rich.console import Console

from pipeline.display import ProgressBar, print_summary
from pipeline.runner import Summary

ITEMS = [("documents", "4"), ("facts", "20 (money 7, percentage 6)")]


def terminal(width: int = 80) -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, force_terminal=True, width=width, color_system=None), out


def test_summary_is_a_table_on_a_terminal():
    console, out = terminal()
    print_summary(ITEMS, "documents: 4\nfacts: 20", console=console)
    lines = out.getvalue().splitlines()
    assert any(line.split() == ["documents", "4"] for line in lines)
    assert any(line.split()[:2] == ["facts", "20"] for line in lines)
    assert all(len(line) <= 80 for line in lines)


def test_summary_is_the_plain_text_when_not_a_terminal(capsys):
    summary = Summary(inputs=1, files=1, documents=1, words=10)
    print_summary(summary.items(), summary.format())
    assert capsys.readouterr().err == summary.format() + "\n"


def test_the_summarys_items_are_its_plain_lines():
    summary = Summary(inputs=3, files=3, documents=3, words=100, elapsed=1.0)
    assert summary.format().splitlines() == [
        f"{label + ':':<24}{value}" for label, value in summary.items()
    ]


def test_progress_bar_shows_done_counts_and_rate_on_a_terminal():
    console, out = terminal(120)
    with ProgressBar(10, "inputs", counts=("documents", "facts"), console=console) as bar:
        bar.update(4, final=True, documents=3, facts=1234)
        shown = out.getvalue()
    assert "4/10" in shown and "inputs" in shown
    assert "documents 3" in shown and "facts 1,234" in shown
    assert "inputs/s" in shown


def test_a_disabled_progress_bar_writes_nothing(capsys):
    with ProgressBar(10, "inputs", counts=("facts",), enabled=False) as bar:
        bar.update(5, facts=1, final=True)
    assert capsys.readouterr() == ("", "")
