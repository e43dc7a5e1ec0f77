import os
import pickle

import pytest

from pipeline.ingest.discover import InputFile, Selection, discover
from pipeline.ingest.readers import format_label
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


# --- what folder walks read: hidden files, --include / --exclude, known formats ------------


@pytest.mark.parametrize(
    ("rel", "is_dir", "include", "exclude", "kind"),
    [
        ("speech.txt", False, (), (), None),
        ("a/b/page.html.gz", False, (), (), None),
        ("2013/speeches.csv", False, (), (), None),  # CSV and TSV are known formats
        ("speeches.tsv", False, (), (), None),
        ("a/speeches.csv.gz", False, (), (), None),
        ("sheet.xlsx", False, (), (), "unknown_format"),
        ("scan.pdf", False, (), (), "unknown_format"),
        ("Makefile", False, (), (), "unknown_format"),
        (".DS_Store", False, (), (), "hidden"),
        ("a/.git", True, (), (), "hidden"),
        ("a/.draft.txt", False, ("*.txt",), (), "hidden"),  # hidden wins over --include
        ("notes/README.md", False, (), ("README.md",), "excluded"),  # a bare name: any depth
        ("drafts", True, (), ("drafts",), "excluded"),
        ("2013/drafts/a.txt", False, (), ("2013/*",), "excluded"),  # with "/": the path
        ("2014/drafts/a.txt", False, (), ("2013/*",), None),
        ("drafts/a.txt", False, (), ("2013/*",), None),
        ("scan.pdf", False, ("*.pdf",), (), None),  # --include replaces the known formats
        ("speech.txt", False, ("*.pdf",), (), "excluded"),
        ("a/page", False, ("a/*",), (), None),
        ("a/page.html", False, ("*.html",), ("a/*",), "excluded"),  # --exclude wins
        ("Speech.TXT", False, ("*.txt",), (), "excluded"),  # case-sensitive, as the shell
        ("folder", True, ("*.txt",), (), None),  # --include never stops a walk into a folder
    ],
)
def test_selection(rel, is_dir, include, exclude, kind):
    skipped = Selection(include, exclude).skip(f"/in/{rel}", rel, is_dir)
    assert (skipped.kind if skipped else None) == kind
    if skipped is not None:
        assert skipped.source == f"/in/{rel}" and skipped.reason


def test_a_hidden_or_excluded_folder_is_reported_once_and_not_walked(tmp_path):
    for i in range(50):
        (tmp_path / ".git" / "objects").mkdir(parents=True, exist_ok=True)
        (tmp_path / ".git" / "objects" / f"{i}.txt").write_text("x")
        (tmp_path / "drafts").mkdir(exist_ok=True)
        (tmp_path / "drafts" / f"{i}.txt").write_text("x")
    (tmp_path / "speech.txt").write_text("x")
    found = list(discover([str(tmp_path)], exclude=["drafts"]))
    assert [(os.path.basename(p.source), p.kind) for p in found if isinstance(p, Skipped)] == [
        (".git", "hidden"),
        ("drafts", "excluded"),
    ]
    assert [p.rel for p in found if isinstance(p, str)] == ["speech.txt"]


def test_a_path_named_on_the_command_line_is_never_filtered(tmp_path):
    (tmp_path / ".hidden.pdf").write_text("x")
    (found,) = discover([str(tmp_path / ".hidden.pdf")], exclude=["*"])
    assert isinstance(found, InputFile) and found.rel == ".hidden.pdf"


def test_input_files_pickle_with_their_relative_path(tmp_path):
    found = InputFile(str(tmp_path / "a" / "b.txt"), "a/b.txt")
    again = pickle.loads(pickle.dumps(found))
    assert again == found and again.rel == "a/b.txt" and isinstance(again, InputFile)


@pytest.mark.parametrize(
    ("path", "label"),
    [
        ("a/scan.PDF", ".pdf"),
        ("Makefile", "no extension"),
        ("data.tar.gz", ".tar.gz"),
        ("blob.gz", ".gz"),
        (".hidden", "no extension"),
    ],
)
def test_format_label(path, label):
    assert format_label(path) == label
