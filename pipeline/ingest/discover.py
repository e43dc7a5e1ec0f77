"""Walking input paths: files in a deterministic order, special files and missing paths reported.

Order: the arguments in the order given; inside a folder, recursively, sorted by the relative
path string (so "11287.html" comes before "11287/print.html").

Symlinks: symlinks to files and folders are followed, but no real path (after resolving links)
is visited twice, so a symlink loop or a second link to the same file or folder is not walked
again; the repeat is reported as Skipped(kind="duplicate_path"). A dangling link is an
InputError(kind="missing"). Hidden files and folders are yielded like any other. Named pipes,
sockets and device files are InputError(kind="special_file") and never opened (opening a FIFO
would block): an error record, so that the run says which path it could not read and why, as it
does when a file turns into a FIFO after discovery (pipeline.ingest.readers).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator

from pipeline.speech import InputError, Skipped


def _special_kind(mode: int) -> str | None:
    if stat.S_ISFIFO(mode):
        return "named pipe"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device file"
    return None


def _duplicate(path: str, real: str, what: str) -> Skipped:
    reason = f"{what} already visited as {real} (symlink loop or second link to it)"
    return Skipped(path, "duplicate_path", reason)


def _visit_file(path: str, real: str, seen: set[str]) -> str | Skipped:
    """`path` the first time its real path is met, else a duplicate_path skip."""
    if real in seen:
        return _duplicate(path, real, "file")
    seen.add(real)
    return path


def _walk_folder(root: str, seen: set[str]) -> Iterator[str | InputError | Skipped]:
    """All files under `root`, sorted by relative path string, following links loop-safely."""
    # (relative path, path, real path if known): a plain file's real path is its folder's real
    # path plus its name, so only symlinks and special files cost a stat or a realpath here
    entries: list[tuple[str, str, str | None]] = []
    pending = [("", root, os.path.realpath(root))]
    while pending:
        rel_dir, directory, real_dir = pending.pop()
        try:
            with os.scandir(directory) as listing:
                names = sorted(((e.name, e) for e in listing), reverse=True)
        except OSError as exc:
            yield InputError(directory, "unreadable", f"cannot list the folder: {exc.strerror}")
            continue
        for name, entry in names:  # stack: smallest name first
            path = os.path.join(directory, name)
            rel = f"{rel_dir}/{name}" if rel_dir else name
            try:
                is_link = entry.is_symlink()
                is_dir = entry.is_dir()  # follows symlinks
                plain_file = not is_link and entry.is_file(follow_symlinks=False)
            except OSError:
                is_link, is_dir, plain_file = False, False, False
            if is_dir:
                real = os.path.realpath(path) if is_link else os.path.join(real_dir, name)
                if real in seen:
                    yield _duplicate(path, real, "folder")
                    continue
                seen.add(real)
                pending.append((rel, path, real))
            else:
                entries.append((rel, path, os.path.join(real_dir, name) if plain_file else None))
    entries.sort()
    for _, path, real in entries:
        if real is None:
            yield from _file(path, seen)
        else:
            yield _visit_file(path, real, seen)


def _file(path: str, seen: set[str]) -> Iterator[str | InputError | Skipped]:
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        if os.path.islink(path):
            yield InputError(path, "missing", "symbolic link points to a path that does not exist")
        else:
            yield InputError(path, "missing", "path does not exist")
        return
    except OSError as exc:
        yield InputError(path, "unreadable", f"cannot inspect the path: {exc.strerror}")
        return
    kind = _special_kind(mode)
    if kind:
        yield InputError(path, "special_file", f"path is a {kind}, not a regular file; not opened")
        return
    yield _visit_file(path, os.path.realpath(path), seen)


def discover(paths: list[str]) -> Iterator[str | InputError | Skipped]:
    """Yield input file paths (or problems) for the given files and folders."""
    seen: set[str] = set()
    for path in paths:
        if os.path.isdir(path):
            real = os.path.realpath(path)
            if real in seen:
                yield _duplicate(path, real, "folder")
                continue
            seen.add(real)
            yield from _walk_folder(path, seen)
        else:
            yield from _file(path, seen)
