import io
import json
import sys

import pytest

from pipeline.output import (
    STDERR,
    JsonlWriter,
    OutputError,
    default_errors_path,
    same_file,
)


def test_records_are_compact_utf8_in_key_order(tmp_path):
    path = tmp_path / "out.jsonl"
    with JsonlWriter(str(path)) as writer:
        writer.write({"z": 1, "a": "Übung – $5", "m": None})
        writer.write({"b": [1, 2.5], "a": {"y": True}})
    data = path.read_bytes()
    assert data == ('{"z":1,"a":"Übung – $5","m":null}\n{"b":[1,2.5],"a":{"y":true}}\n'.encode())
    assert writer.count == 2


def test_lines_reach_the_file_only_at_flush(tmp_path):
    path = tmp_path / "out.jsonl"
    writer = JsonlWriter(str(path))
    writer.write({"a": 1})
    assert path.read_bytes() == b""
    writer.flush()
    assert path.read_bytes() == b'{"a":1}\n'
    writer.write({"a": 2})
    writer.close()
    assert [json.loads(line) for line in path.read_text().splitlines()] == [{"a": 1}, {"a": 2}]
    writer.close()  # closing twice is harmless


def test_newlines_inside_values_stay_escaped(tmp_path):
    path = tmp_path / "out.jsonl"
    with JsonlWriter(str(path)) as writer:
        writer.write({"text": "one\ntwo\r\nthree\u2028"})
    lines = path.read_bytes().split(b"\n")
    assert lines[-1] == b"" and len(lines) == 2
    assert json.loads(lines[0])["text"] == "one\ntwo\r\nthree\u2028"


class _Std:
    def __init__(self):
        self.buffer = io.BytesIO()

    def flush(self):
        pass


def test_dash_is_stdout_and_stderr_target(monkeypatch):
    out, err = _Std(), _Std()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    with JsonlWriter("-") as w:
        w.write({"k": "é"})
    with JsonlWriter(STDERR) as w:
        w.write({"e": 1})
    assert out.buffer.getvalue() == '{"k":"é"}\n'.encode()
    assert err.buffer.getvalue() == b'{"e":1}\n'


def test_unopenable_target_raises_output_error(tmp_path):
    with pytest.raises(OutputError, match="cannot open .*missing"):
        JsonlWriter(str(tmp_path / "missing" / "out.jsonl"))


def test_write_failure_raises_output_error(tmp_path):
    class Full(io.RawIOBase):
        def writable(self):
            return True

        def write(self, b):
            raise OSError(28, "No space left on device")

    writer = JsonlWriter(str(tmp_path / "x.jsonl"))
    writer._fp.close()
    writer._fp = Full()
    writer.write({"a": 1})
    with pytest.raises(OutputError, match="No space left on device"):
        writer.flush()


@pytest.mark.skipif(not __import__("os").path.exists("/dev/full"), reason="needs /dev/full")
def test_disk_full_device():
    writer = JsonlWriter("/dev/full")
    writer.write({"a": 1})
    with pytest.raises(OutputError, match="/dev/full"):
        writer.close()


@pytest.mark.parametrize(
    ("facts", "errors"),
    [
        ("facts.jsonl", "facts.errors.jsonl"),
        ("out/run1.jsonl", "out/run1.errors.jsonl"),
        ("facts", "facts.errors.jsonl"),
        ("-", STDERR),
    ],
)
def test_default_errors_path(facts, errors):
    assert default_errors_path(facts) == errors


def test_same_file():
    assert same_file("a.jsonl", "./a.jsonl")
    assert not same_file("-", "-")
    assert not same_file("a.jsonl", "b.jsonl")
