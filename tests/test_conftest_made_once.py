"""`conftest._made_once`: a session fixture's result made once across pytest-xdist's workers (the
shared archive's unpacking and extraction), and made again after a worker that failed."""

from __future__ import annotations

import itertools
from pathlib import Path

import conftest
import pytest


class _Factory:
    """The two calls of pytest's tmp_path_factory that `_made_once` makes, on a folder of ours."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self.numbers = itertools.count()

    def getbasetemp(self) -> Path:
        self.base.mkdir(parents=True, exist_ok=True)  # pytest's exists when asked for
        return self.base

    def mktemp(self, name: str) -> Path:
        folder = self.base / f"{name}{next(self.numbers)}"
        folder.mkdir(parents=True)
        return folder


def _maker(calls: list[Path], fail: bool = False):
    def make(folder: Path) -> dict:
        calls.append(folder)
        (folder / "out.txt").write_text("made", encoding="utf-8")
        if fail:
            raise RuntimeError("the worker failed while making it")
        return {"folder": folder, "n": len(calls)}

    return make


@pytest.mark.skipif(conftest.fcntl is None, reason="no fcntl: each worker makes its own")
def test_workers_of_one_session_make_it_once_and_read_the_same(tmp_path, monkeypatch):
    calls: list[Path] = []
    results = []
    for worker in ("gw0", "gw1", "gw2"):
        monkeypatch.setenv("PYTEST_XDIST_WORKER", worker)
        factory = _Factory(tmp_path / "session" / worker)  # their parent: the session's folder
        results.append(conftest._made_once(factory, "thing", _maker(calls)))
    assert len(calls) == 1
    assert results[0] == results[1] == results[2] == {"folder": calls[0], "n": 1}
    assert (calls[0] / "out.txt").read_text(encoding="utf-8") == "made"


@pytest.mark.skipif(conftest.fcntl is None, reason="no fcntl: each worker makes its own")
def test_a_worker_that_failed_leaves_nothing_the_next_one_reads(tmp_path, monkeypatch):
    calls: list[Path] = []
    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw0")
    with pytest.raises(RuntimeError):
        conftest._made_once(_Factory(tmp_path / "s" / "gw0"), "thing", _maker(calls, fail=True))
    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw1")
    made = conftest._made_once(_Factory(tmp_path / "s" / "gw1"), "thing", _maker(calls))
    assert len(calls) == 2 and made["n"] == 2
    assert not list((tmp_path / "s").glob("*.partial"))


@pytest.mark.parametrize("worker", ["", None])
def test_without_xdist_each_call_makes_its_own(tmp_path, monkeypatch, worker):
    if worker is None:
        monkeypatch.delenv("PYTEST_XDIST_WORKER", raising=False)
    else:
        monkeypatch.setenv("PYTEST_XDIST_WORKER", worker)
    calls: list[Path] = []
    factory = _Factory(tmp_path / "alone")
    first = conftest._made_once(factory, "thing", _maker(calls))
    second = conftest._made_once(factory, "thing", _maker(calls))
    assert len(calls) == 2 and first["folder"] != second["folder"]
