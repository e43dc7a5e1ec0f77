"""The README and the command line agree (as sqlite-utils checks its docs against its CLI): every
command and option the README shows exists, every command and option is documented, and every
command's --help has an example."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from pipeline.cli import app, extract_app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
ROOT = get_command(app)
COMMANDS = dict(sorted(ROOT.commands.items()))
OPTION = re.compile(r"(?<![\w-])(--?[a-z][a-z-]*)")


def _options(command) -> set[str]:
    return {opt for param in command.params for opt in (*param.opts, *param.secondary_opts)} | {
        "-h",
        "--help",
    }


def _code_lines() -> list[str]:
    """The lines of the README's code blocks."""
    lines, inside = [], False
    for line in README.splitlines():
        if line.startswith("```"):
            inside = not inside
        elif inside:
            lines.append(line)
    return lines


def _synopses() -> list[tuple[str, str]]:
    """(command, its words) for each command line shown in a code block: `extract ...` or
    `speechfacts NAME ...`, continued on indented lines that start with "[" and cut at " | "
    where one line shows two commands; comments dropped."""
    found: list[list[str]] = []
    for line in _code_lines():
        text = line.split("#")[0] if " #" in line else line
        if text.startswith(" ") and text.strip().startswith("[") and found:
            found[-1][1] += " " + text.strip()
            continue
        for part in text.split(" | "):
            words = part.split()
            if words[:1] == ["extract"]:
                found.append(["extract", part])
            elif words[:1] == ["speechfacts"] and len(words) > 1 and words[1] in COMMANDS:
                found.append([words[1], " ".join(words[2:])])
    return [(name, words) for name, words in found]


SYNOPSES = _synopses()


def test_the_readme_shows_command_lines():
    assert {name for name, _ in SYNOPSES} == set(COMMANDS)


@pytest.mark.parametrize(("name", "line"), SYNOPSES)
def test_every_option_the_readme_shows_exists(name, line):
    shown = set(OPTION.findall(line.replace("extract ", "", 1)))
    assert shown - _options(COMMANDS[name]) == set()


def test_every_option_of_the_extract_table_exists():
    usage = README.split("## Usage", 1)[1].split("\n## ", 1)[0]
    rows = [row for row in usage.splitlines() if row.startswith("| `-")]
    shown = {opt for row in rows for opt in OPTION.findall(row.split("|")[1])}
    assert len(rows) > 10
    assert shown - _options(COMMANDS["extract"]) == set()


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_and_option_is_documented(name):
    assert f"speechfacts {name}" in README or (name == "extract" and "\nextract " in README)
    # the options as declared (not the "--no-..." forms click derives from a flag)
    long_options = {o for p in COMMANDS[name].params for o in p.opts if o.startswith("--")}
    assert {o for o in long_options if o not in README} == set()


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_with_an_example(name):
    result = CliRunner().invoke(app, [name, "--help"], terminal_width=100)
    assert result.exit_code == 0
    assert COMMANDS[name].help and len(COMMANDS[name].help) > 100
    assert "Examples:" in result.output
    example = result.output.split("Examples:", 1)[1]
    assert re.search(rf"(speechfacts {name}|extract) ", example)


def test_the_extract_command_alone_has_the_same_help():
    result = CliRunner().invoke(extract_app, ["--help"], terminal_width=100)
    assert result.exit_code == 0 and "Examples:" in result.output


@pytest.mark.parametrize("name", COMMANDS)
def test_the_examples_use_options_that_exist(name):
    from pipeline.cli import _EXAMPLES

    for example in _EXAMPLES[name]:
        line = example.split(" #")[0].split(" | ")[0].split(" > ")[0]
        assert set(OPTION.findall(line)) - _options(COMMANDS[name]) == set(), example


@pytest.mark.parametrize("name", COMMANDS)
def test_brackets_in_a_help_text_are_shown(name):
    """Rich markup must not swallow "[report]" in "pip install 'speechfacts[report]'"."""
    result = CliRunner().invoke(app, [name, "--help"], terminal_width=400)
    shown = " ".join(result.output.split())
    text = (COMMANDS[name].help or "").replace("\\[", "[")  # as written, before escaping
    for bracketed in re.findall(r"\w\[[a-z]+\]", text):
        assert bracketed in shown


def test_the_readme_s_whole_archive_fact_counts_agree_or_are_dated():
    """Counts of the whole archive's facts: the "Whole archive" block's total is the sum of its
    types, every "main ... writes N" is that total, and every other count of the archive's facts
    ("(10,116 facts, 7,188 documents)", a timing's) says when it was extracted."""
    block = README.split("## Whole archive", 1)[1]
    total, parts = re.search(r"\nfacts:\s+(\d+) \(([^)]*)\)", block).groups()
    assert int(total) == sum(int(n) for n in re.findall(r"\d+", parts))
    current = f"{int(total):,}"
    stated = re.findall(r"writes (\d{1,3}(?:,\d{3})+)\b|(\d{1,3}(?:,\d{3})+) facts of main", README)
    assert stated
    assert {a or b for a, b in stated} == {current}
    archive = r"\(([^()]*\b\d{1,3},\d{3} facts,? (?:in )?7,188 documents[^()]*)\)"
    counts = re.findall(archive, README)
    assert len(counts) >= 3
    assert [c for c in counts if not re.search(r"2026-\d\d-\d\d", c)] == []
