"""Walking input paths: files in a deterministic order, what is not read reported, never dropped.

Order: the arguments in the order given; inside a folder, recursively, sorted by the relative
path string (so "11287.html" comes before "11287/print.html").

What a folder walk reads (a path named on the command line is always read, whatever its name):

- hidden files and folders (a name starting with "."; `.git`, `.DS_Store`) are not read:
  Skipped(kind="hidden"), a hidden folder once, without walking into it;
- `exclude` patterns (`--exclude GLOB`): a file or folder matching one is Skipped(kind="excluded");
- `include` patterns (`--include GLOB`): when given, only files matching one are read (their format
  from the extension, else from the content), the others are Skipped(kind="excluded"); without
  them, only files of a known format (by extension: `pipeline.ingest.readers.known_format`) are
  read, the others are Skipped(kind="unknown_format").

A pattern is a shell glob (`fnmatch`, case-sensitive) matched against the path relative to the
folder given ("2013/drafts/a.txt"); a pattern without "/" also matches the bare name at any depth
(`--exclude README.md`, `--exclude drafts`).

Each file to read is yielded as an `InputFile`: a str (its path) that also carries `rel`, its path
relative to the folder it was found in (a file named on the command line: its name), from which
document ids are formed (pipeline.ingest.ids).

Symlinks: symlinks to files and folders are followed, but no real path (after resolving links)
is visited twice, so a symlink loop or a second link to the same file or folder is not walked
again; the repeat is reported as Skipped(kind="duplicate_path"). A dangling link is an
InputError(kind="missing"). Named pipes, sockets and device files are InputError(kind=
"special_file") and never opened (opening a FIFO would block): an error record, so that the run
says which path it could not read and why, as it does when a file turns into a FIFO after
discovery (pipeline.ingest.readers).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase

from pipeline.ingest.readers import format_label, known_format
from pipeline.speech import InputError, Skipped


class InputFile(str):
    """The path of a file to read (a str wherever a path is wanted), with `rel`: its path relative
    to the input folder it was found in, "/"-separated (a file named on the command line: its
    name)."""

    rel: str

    def __new__(cls, path: str, rel: str) -> InputFile:
        found = super().__new__(cls, path)
        found.rel = rel
        return found

    def __reduce__(self):  # pickles as itself, rel included
        return (InputFile, (str(self), self.rel))


@dataclass(frozen=True)
class Selection:
    """Which files a folder walk reads: `include` and `exclude` glob patterns (see the module)."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    @staticmethod
    def _first_match(patterns: Sequence[str], rel: str) -> str | None:
        name = rel.rpartition("/")[2]
        for pattern in patterns:
            if fnmatchcase(rel, pattern) or ("/" not in pattern and fnmatchcase(name, pattern)):
                return pattern
        return None

    def skip(self, path: str, rel: str, is_dir: bool) -> Skipped | None:
        """Why a walk does not read `path` (None: it is read, or walked into)."""
        name = rel.rpartition("/")[2]
        what = "folder" if is_dir else "file"
        if name.startswith("."):
            return Skipped(path, "hidden", f"hidden {what}; name it as a PATH to read it")
        pattern = self._first_match(self.exclude, rel)
        if pattern is not None:
            return Skipped(path, "excluded", f"{what} matches --exclude {pattern}")
        if is_dir:
            return None
        if self.include:
            if self._first_match(self.include, rel) is None:
                return Skipped(path, "excluded", "file matches no --include pattern")
        elif known_format(name) is None:
            ext = format_label(name)
            reason = f"not a known format ({ext}); --include GLOB reads other files"
            return Skipped(path, "unknown_format", reason)
        return None


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


def _visit_file(path: str, rel: str, real: str, seen: set[str]) -> InputFile | Skipped:
    """The file the first time its real path is met, else a duplicate_path skip."""
    if real in seen:
        return _duplicate(path, real, "file")
    seen.add(real)
    return InputFile(path, rel)


def _walk_folder(
    root: str, seen: set[str], selection: Selection
) -> Iterator[InputFile | InputError | Skipped]:
    """All files under `root`, sorted by relative path string, following links loop-safely."""
    # (relative path, path, real path if known, or what discovery already decided): a plain
    # file's real path is its folder's real path plus its name, so only symlinks and special
    # files cost a stat or a realpath here
    entries: list[tuple[str, str, str | None, InputError | Skipped | None]] = []
    pending = [("", root, os.path.realpath(root))]
    while pending:
        rel_dir, directory, real_dir = pending.pop()
        try:
            with os.scandir(directory) as listing:
                names = sorted(((e.name, e) for e in listing), reverse=True)
        except OSError as exc:
            error = InputError(directory, "unreadable", f"cannot list the folder: {exc.strerror}")
            entries.append((rel_dir, directory, None, error))
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
            skipped = selection.skip(path, rel, is_dir)
            if skipped is not None:
                entries.append((rel, path, None, skipped))
            elif is_dir:
                real = os.path.realpath(path) if is_link else os.path.join(real_dir, name)
                if real in seen:
                    entries.append((rel, path, None, _duplicate(path, real, "folder")))
                    continue
                seen.add(real)
                pending.append((rel, path, real))
            else:
                real_file = os.path.join(real_dir, name) if plain_file else None
                entries.append((rel, path, real_file, None))
    entries.sort(key=lambda e: e[0])
    for rel, path, real, decided in entries:
        if decided is not None:
            yield decided
        elif real is None:
            yield from _file(path, rel, seen)
        else:
            yield _visit_file(path, rel, real, seen)


def _file(path: str, rel: str, seen: set[str]) -> Iterator[InputFile | InputError | Skipped]:
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
    yield _visit_file(path, rel, os.path.realpath(path), seen)


def discover(
    paths: list[str], include: Sequence[str] = (), exclude: Sequence[str] = ()
) -> Iterator[InputFile | InputError | Skipped]:
    """Yield the files to read (`InputFile`), and what is not read, for the given files and
    folders; `include` / `exclude`: glob patterns for folder walks (see the module docstring)."""
    selection = Selection(tuple(include), tuple(exclude))
    seen: set[str] = set()
    for path in paths:
        if os.path.isdir(path):
            real = os.path.realpath(path)
            if real in seen:
                yield _duplicate(path, real, "folder")
                continue
            seen.add(real)
            yield from _walk_folder(path, seen, selection)
        else:
            name = os.path.basename(path.rstrip("/" + os.sep)) or path
            yield from _file(path, name, seen)
