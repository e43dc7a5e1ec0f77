"""The freed heap handed back to the system (`pipeline.heap`, issue 19 round mem73): malloc_trim
asked after a large batch of text and after a pipeline refresh, a no-op where the C library has
none; the records are the same either way."""

import ctypes
import sys

import pytest

from pipeline import heap, runner
from pipeline.speech import Speech


@pytest.fixture
def trims(monkeypatch):
    """Every malloc_trim call, its argument (the real function not called)."""
    calls = []

    def trim(pad):
        calls.append(pad)
        return 1

    monkeypatch.setattr(heap, "_malloc_trim", lambda: trim)
    return calls


@pytest.fixture
def fresh_lookup():
    """`_malloc_trim` looked up anew, and again after the test."""
    heap._malloc_trim.cache_clear()
    yield
    heap._malloc_trim.cache_clear()


def test_release_asks_malloc_trim_with_no_padding(trims):
    assert heap.release_free_memory() is True
    assert trims == [0]


def test_release_is_a_no_op_without_malloc_trim(monkeypatch):
    monkeypatch.setattr(heap, "_malloc_trim", lambda: None)
    assert heap.release_free_memory() is False


@pytest.mark.parametrize(
    ("characters", "asked"),
    [(0, []), (heap.LARGE_TEXT - 1, []), (heap.LARGE_TEXT, [0]), (10 * heap.LARGE_TEXT, [0])],
)
def test_after_large_text_asks_only_from_large_text_on(trims, characters, asked):
    assert heap.after_large_text(characters) is bool(asked)
    assert trims == asked


@pytest.mark.parametrize("platform", ["darwin", "win32", "freebsd14"])
def test_no_malloc_trim_off_linux(monkeypatch, fresh_lookup, platform):
    monkeypatch.setattr(sys, "platform", platform)
    assert heap._malloc_trim() is None
    assert heap.release_free_memory() is False


class _NoTrim:
    """A C library without malloc_trim (musl)."""


@pytest.mark.parametrize("library", [_NoTrim, OSError])
def test_no_malloc_trim_in_the_c_library(monkeypatch, fresh_lookup, library):
    def cdll(name):
        if library is OSError:
            raise OSError("no such library")
        return library()

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(ctypes, "CDLL", cdll)
    assert heap._malloc_trim() is None
    assert heap.release_free_memory() is False


def test_glibc_has_it():
    """On glibc (this project's Linux machines) the function is found and the call returns."""
    import platform

    if not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc":
        pytest.skip("not glibc")
    heap._malloc_trim.cache_clear()
    assert heap._malloc_trim() is not None
    assert heap.release_free_memory() is True


def _speech(doc_id, text):
    return Speech(doc_id=doc_id, source=f"{doc_id}.txt", paragraphs=[text], date="2031-06-03")


_SMALL = "Trade with Lakeland grew by 14 percent, to $2.5 billion."


def test_annotate_trims_after_a_large_batch_only(trims):
    """A batch under LARGE_TEXT characters: no call; one of LARGE_TEXT or more, in one document
    or across the batch's documents: one call, after the records are made, the same records."""
    extractor = runner.Extractor()
    small = runner._annotate([_speech("s", _SMALL)], extractor)
    assert trims == []
    filler = " They talked about roads and bridges." * (heap.LARGE_TEXT // 37 + 1)
    half = filler[: heap.LARGE_TEXT // 2 + 1]
    large = runner._annotate([_speech("s", _SMALL + filler)], extractor)
    assert trims == [0]
    runner._annotate([_speech("a", _SMALL + half), _speech("b", half)], extractor)
    assert trims == [0, 0]
    assert large[0].facts == small[0].facts and large[0].fact_types == small[0].fact_types


def test_a_refresh_trims_once(trims, monkeypatch):
    monkeypatch.setattr(runner, "REFRESH_DOCUMENTS", 1)
    extractor = runner.Extractor()
    extractor.pipeline_for(1)
    assert trims == []  # the first build
    extractor.pipeline_for(1)
    assert trims == [0]
    extractor.pipeline_for(1)
    assert trims == [0, 0]
