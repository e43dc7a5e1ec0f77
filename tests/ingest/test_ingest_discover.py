import os

import pytest

from pipeline.ingest.discover import discover
from pipeline.speech import InputError, Skipped


def test_order_and_recursion(tmp_path):
    for rel in [
        "b.txt",
        "11287.html",
        "11287/print.html",
        "11287/photos.html",
        "a/z.txt",
        ".hidden",
    ]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    single = tmp_path / "b.txt"
    found = list(discover([str(single), str(tmp_path)]))
    rels = [os.path.relpath(p, tmp_path) for p in found if isinstance(p, str)]
    assert rels == [
        "b.txt",
        "11287.html",
        "11287/photos.html",
        "11287/print.html",
        "a/z.txt",
    ]
    # each file knows its path relative to the folder it was found in (b.txt: named itself)
    assert [p.rel for p in found if isinstance(p, str)] == [
        "b.txt",
        "11287.html",
        "11287/photos.html",
        "11287/print.html",
        "a/z.txt",
    ]
    # b.txt was given first, so the walk reports the second visit instead of yielding it again;
    # the hidden file is reported, not read
    skips = [(os.path.relpath(p.source, tmp_path), p.kind) for p in found if isinstance(p, Skipped)]
    assert skips == [(".hidden", "hidden"), ("b.txt", "duplicate_path")]


def test_symlink_loop_and_links(tmp_path):
    root = tmp_path / "root"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "doc.txt").write_text("x")
    (root / "sub" / "loop").symlink_to(root)  # loop back to the root
    other = tmp_path / "other"
    other.mkdir()
    (other / "linked.txt").write_text("y")
    (root / "link_dir").symlink_to(other)
    (root / "link_file.txt").symlink_to(other / "linked.txt")
    (root / "dangling.txt").symlink_to(tmp_path / "nowhere")
    found = list(discover([str(root)]))
    files = [os.path.relpath(p, root) for p in found if isinstance(p, str)]
    assert files == ["link_dir/linked.txt", "sub/doc.txt"]  # link_file.txt is the same real file
    kinds = sorted(o.kind for o in found if not isinstance(o, str))
    assert kinds == ["duplicate_path", "duplicate_path", "missing"]


def test_missing_path(tmp_path):
    (result,) = list(discover([str(tmp_path / "nope")]))
    assert isinstance(result, InputError) and result.kind == "missing"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_named_pipe_is_an_error_without_opening(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (result,) = list(discover([str(tmp_path)]))
    assert isinstance(result, InputError) and result.kind == "special_file"
    assert "named pipe" in result.reason
