"""Smoke test of scripts/time_component.py on the sample corpus: it times the chosen component and
the bare tokenizer after each pass and prints their ratio; an unknown component is refused. No
timing is asserted."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from conftest import load_script

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def time_component():
    return load_script("time_component")


@pytest.mark.parametrize("component", ["speechfacts_event", "speechfacts_money"])
def test_each_pass_is_compared_with_the_bare_tokenizer(
    time_component, monkeypatch, capsys, component
):
    argv = ["time_component.py", str(ROOT / "corpus"), "--every", "1", "--repeat", "2"]
    monkeypatch.setattr(sys, "argv", [*argv, "--component", component])
    time_component.main()
    lines = capsys.readouterr().out.splitlines()
    assert re.match(rf"\d+ documents, [\d,]+ words, component {component}$", lines[0])
    passes = [
        re.fullmatch(r"pass (\d): [\d.]+ s CPU; bare tokenizer [\d.]+ s; ratio [\d.]+", x)
        for x in lines[1:]
    ]
    assert [m.group(1) for m in passes if m] == ["1", "2"]


def test_an_unknown_component_is_refused(time_component, monkeypatch):
    argv = ["time_component.py", str(ROOT / "corpus"), "--component", "no_such_component"]
    monkeypatch.setattr(sys, "argv", argv)
    with pytest.raises(SystemExit, match="no component 'no_such_component'"):
        time_component.main()
