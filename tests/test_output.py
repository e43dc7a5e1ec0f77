import io
import json
import os
import stat
import sys
from pathlib import Path

import pytest

from pipeline.output import (
    STDERR,
    JsonlWriter,
    OutputError,
    OutputRefused,
    check_outputs_not_inputs,
    default_errors_path,
    encode_line,
    escape_surrogates,
    partial_path,
    same_file,
    utf8_line,
    writing_path,
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
        ("/dev/null", STDERR),  # never /dev/null.errors.jsonl, a new file in /dev
    ],
)
def test_default_errors_path(facts, errors):
    assert default_errors_path(facts) == errors


def test_same_file():
    assert same_file("a.jsonl", "./a.jsonl")
    assert not same_file("-", "-")
    assert not same_file("a.jsonl", "b.jsonl")


# --- outputs never destroy what the run reads ------------------------------------------------


def test_a_temporary_writer_replaces_the_target_only_on_commit(tmp_path):
    target = tmp_path / "facts.jsonl"
    target.write_bytes(b"earlier\n")
    os.chmod(target, 0o640)
    writer = JsonlWriter(str(target), temporary=True)
    writer.write({"a": 1})
    writer.flush()
    assert target.read_bytes() == b"earlier\n"  # not truncated while the run goes on
    assert Path(partial_path(str(target))).read_bytes() == b'{"a":1}\n'
    writer.commit()
    assert target.read_bytes() == b'{"a":1}\n'
    assert not os.path.exists(partial_path(str(target)))
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o640  # the earlier file's permissions


def test_a_discarded_writer_leaves_the_target_as_it_was(tmp_path):
    target = tmp_path / "facts.jsonl"
    target.write_bytes(b"earlier\n")
    writer = JsonlWriter(str(target), temporary=True)
    writer.write({"a": 1})
    writer.discard()
    assert target.read_bytes() == b"earlier\n"
    assert not os.path.exists(partial_path(str(target)))


def test_a_symlinked_target_stays_a_link_to_the_new_content(tmp_path):
    real = tmp_path / "real.jsonl"
    real.write_bytes(b"earlier\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    writer = JsonlWriter(str(link), temporary=True)
    writer.write({"a": 1})
    writer.commit()
    assert link.is_symlink() and real.read_bytes() == b'{"a":1}\n'


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="needs /dev/null")
def test_special_files_are_written_in_place():
    assert writing_path("/dev/null") is None
    writer = JsonlWriter("/dev/null", temporary=True)
    writer.write({"a": 1})
    writer.commit()  # no rename onto the device
    assert os.path.exists("/dev/null") and not os.path.isfile("/dev/null")


@pytest.mark.parametrize(
    ("output", "refused"),
    [
        ("in/speeches.jsonl", "is also an input file"),  # the input file itself
        ("link.jsonl", "is also an input file"),  # a link to it
        ("in/old.jsonl", "inside the input folder"),  # an existing file in an input folder
        ("in/sub/deeper.txt", "inside the input folder"),
        ("in/new.jsonl", None),  # does not exist yet: written, then never read back
        ("elsewhere.jsonl", None),  # exists, but outside the inputs: replaced, as always
        ("-", None),
    ],
)
def test_check_outputs_not_inputs(tmp_path, output, refused):
    (tmp_path / "in" / "sub").mkdir(parents=True)
    for name in ("in/speeches.jsonl", "in/old.jsonl", "in/sub/deeper.txt", "elsewhere.jsonl"):
        (tmp_path / name).write_text("{}\n")
    (tmp_path / "link.jsonl").symlink_to(tmp_path / "in" / "speeches.jsonl")
    target = output if output == "-" else str(tmp_path / output)
    inputs = [str(tmp_path / "in" / "speeches.jsonl"), str(tmp_path / "in")]
    if refused is None:
        check_outputs_not_inputs([("--output", target)], inputs)
    else:
        with pytest.raises(OutputRefused, match=refused) as caught:
            check_outputs_not_inputs([("--output", target)], inputs)
        assert "--overwrite" in str(caught.value) and "--output" in str(caught.value)


# --- encode_line: the bytes a worker sends are the bytes the writer writes -------------------

ENCODED_RECORDS = [
    {"z": 1, "a": "Übung – $5", "m": None},
    {"b": [1, 2.5], "a": {"y": True}, "e": []},
    {"nan": float("nan"), "inf": [float("inf"), -float("inf")], "ok": 0.1},
    {"emoji": "\U0001f600", "quote": 'a "b" \\ c', "nl": "x\ny\tz"},
    {"source": "news/caf\udce9.html", "text": "lone \ud800 surrogate"},
    {},
]


@pytest.mark.parametrize("record", ENCODED_RECORDS)
def test_encode_line_is_what_the_writer_writes(tmp_path, record):
    path = tmp_path / "out.jsonl"
    with JsonlWriter(str(path)) as writer:
        writer.write(record)
    assert encode_line(record) == path.read_bytes()


@pytest.mark.parametrize(
    "line",
    ['{"a":"x"}', '{"a":"Übung"}', '{"a":"\ud800"}', "\udcff\udcfe\U0001f600", "", "\udfff"],
)
def test_utf8_line_escapes_surrogates_only_where_there_are_some(line):
    assert utf8_line(line) == (escape_surrogates(line) + "\n").encode("utf-8")
    if line.startswith("{"):  # the escapes read back as the same text
        assert json.loads(utf8_line(line)) == json.loads(line)


def test_write_lines_adds_encoded_records_between_written_ones(tmp_path):
    path = tmp_path / "out.jsonl"
    writer = JsonlWriter(str(path))
    writer.write({"a": 1})
    writer.write_lines(encode_line({"b": 2}) + encode_line({"c": "\udc80"}), 2)
    writer.write({"d": 4})
    assert path.read_bytes() == b""  # not before the flush, like write()
    writer.close()
    assert path.read_bytes() == b'{"a":1}\n{"b":2}\n{"c":"\\udc80"}\n{"d":4}\n'
    assert writer.count == 4
    with pytest.raises(OutputError, match="already closed"):
        writer.write_lines(b"{}\n", 1)
