"""Large inputs stream: a 60 MB JSONL file is cut into parts and read a part at a time (memory
bounded by the part, not the file), and a deep tree of folders is walked without recursion.
Memory is measured with tracemalloc (what Python allocates), so the bounds hold whatever else the
machine is doing."""

from __future__ import annotations

import json
import os
import tracemalloc

from pipeline.ingest.discover import discover
from pipeline.ingest.parts import DEFAULT_PART_BYTES, load_part, split_jsonl
from pipeline.speech import InputError, Speech

MB = 1024 * 1024


def _write_jsonl(path, target_bytes):
    filler = "Exports rose by 5 percent to $3 billion last year. " * 36  # ~1.8 KB a record
    written = lines = 0
    with open(path, "w", encoding="utf-8") as out:
        while written < target_bytes:
            line = json.dumps({"id": f"r{lines}", "text": f"{lines}. {filler}"}) + "\n"
            out.write(line)
            written += len(line)
            lines += 1
    return lines


# parts of 2 MB, a quarter of the runner's (DEFAULT_PART_BYTES): the same bounds at a quarter of
# the file's size (reading a part's records under tracemalloc took half a minute with 8 MB parts)
PART_BYTES = 2 * MB


def test_a_large_jsonl_is_split_and_read_in_bounded_memory(tmp_path):
    path = tmp_path / "archive.jsonl"
    lines = _write_jsonl(path, 60 * MB)
    size = os.path.getsize(path)
    # by default, the runner's part size
    assert len(split_jsonl(str(path))) == -(-size // DEFAULT_PART_BYTES)

    tracemalloc.start()
    parts = split_jsonl(str(path), PART_BYTES)
    _, split_peak = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    first = load_part(str(path), *parts[0], max_bytes=MB)
    last = load_part(str(path), *parts[-1], max_bytes=MB)
    _, load_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    # contiguous byte ranges over the whole file, each about one part long, cut at line ends
    assert parts[0][:1] == (0,) and parts[-1][1] == size
    assert all(a[1] == b[0] for a, b in zip(parts, parts[1:], strict=False))
    assert len(parts) == -(-size // PART_BYTES) or len(parts) == size // PART_BYTES
    assert all(isinstance(r, Speech) for r in first + last)
    assert first[0].doc_id == "r0" and last[-1].doc_id == f"r{lines - 1}"
    assert int(last[0].doc_id[1:]) == parts[-1][2] - 1  # line numbers carried over the cuts
    # scanning reads 1 MB blocks; loading holds one part and its records, never the file
    assert split_peak < 4 * MB
    assert load_peak < 8 * PART_BYTES < size // 3


def _remove_chain(top):
    """Remove the chain of nested "d" folders under `top`, bottom-up and without recursion
    (shutil.rmtree, and so pytest's own clean-up of tmp_path, recurses once per level)."""
    folders = []
    while (top / "d").is_dir():
        top = top / "d"
        folders.append(top)
    for folder in reversed(folders):
        for entry in folder.iterdir():
            if not entry.is_dir():
                entry.unlink()
        folder.rmdir()


def test_a_deep_tree_of_folders_is_walked_without_recursion(tmp_path):
    depth = 1200  # deeper than Python's default recursion limit, under PATH_MAX (4096)
    folder = tmp_path
    try:
        for _ in range(depth):
            folder = folder / "d"
            folder.mkdir()  # os.makedirs itself recurses
        (folder / "speech.txt").write_text("It cost $1 billion.", encoding="utf-8")
        (tmp_path / "top.txt").write_text("Top.", encoding="utf-8")
        found = list(discover([str(tmp_path)]))
        assert not [f for f in found if isinstance(f, InputError)]
        assert [os.path.basename(f) for f in found] == ["speech.txt", "top.txt"]
        assert found[0].count(os.sep + "d") == depth
    finally:
        _remove_chain(tmp_path)
