"""Runs of words in the project's own files that also stand in the archive's pages.

The project holds only text we write: examples in rule notes, docstrings, tests and docs are
invented, never sentences of the kremlin.ru archive. This finds every run of N or more words
(lower case, letters and digits only) that a tracked text file shares with the pages' text:

    extract ARCHIVE -o /tmp/a/facts.jsonl --docs /tmp/a/docs.jsonl --overwrite -q
    python scripts/check_quotes.py /tmp/a/docs.jsonl            # every tracked text file, N = 8
    python scripts/check_quotes.py /tmp/a/docs.jsonl -n 10 README.md tests/nlp/scope/test_scope.py

Each line gives the file, the line the run starts on and the run's words; the exit code is 1 when
any run is found. Judgement files (ids and verdicts) and binary files are not read.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

WORD = re.compile(r"[a-z0-9]+")
TEXT_SUFFIXES = (".py", ".json", ".jsonl", ".md", ".cfg", ".txt", ".toml", ".html", ".csv")
SKIPPED_DIRS = ("docs/judgements/",)


def words_with_lines(text: str) -> list[tuple[str, int]]:
    """The words of `text` (lower case, letters and digits) with the line each stands on."""
    found = []
    for number, line in enumerate(text.lower().splitlines(), 1):
        found.extend((w, number) for w in WORD.findall(line))
    return found


def archive_ngrams(texts: Iterable[str], n: int) -> set[int]:
    """Hashes of every run of `n` words of the archive's texts."""
    grams: set[int] = set()
    for text in texts:
        words = WORD.findall(text.lower())
        grams.update(hash(tuple(words[i : i + n])) for i in range(len(words) - n + 1))
    return grams


def shared_runs(text: str, grams: set[int], n: int) -> list[tuple[int, str]]:
    """(line, words) of each maximal run of `text` whose every `n`-word window is in `grams`."""
    words = words_with_lines(text)
    tokens = [w for w, _ in words]
    hits = [i for i in range(len(tokens) - n + 1) if hash(tuple(tokens[i : i + n])) in grams]
    runs: list[tuple[int, str]] = []
    start = previous = None
    for i in [*hits, None]:
        if start is not None and (i is None or i > previous + 1):
            runs.append((words[start][1], " ".join(tokens[start : previous + n])))
            start = None
        if i is not None:
            start = i if start is None else start
            previous = i
    return runs


def tracked_text_files(root: Path) -> list[str]:
    """The project's tracked text files (git ls-files), judgement files left out."""
    listed = subprocess.run(
        ["git", "ls-files"], cwd=root, capture_output=True, text=True, check=True
    ).stdout.split()
    return [f for f in listed if f.endswith(TEXT_SUFFIXES) and not f.startswith(SKIPPED_DIRS)]


def archive_texts(docs_path: str) -> Iterator[str]:
    """The cleaned page texts of a `--docs` file of `extract`."""
    with open(docs_path, encoding="utf-8") as f:
        for line in f:
            yield json.loads(line).get("text") or ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("docs", help="docs.jsonl of an extract run over the archive")
    parser.add_argument("files", nargs="*", help="files to check (default: every tracked one)")
    parser.add_argument("-n", type=int, default=8, help="shortest run reported (default 8)")
    # intermixed: the options may come between the docs file and the files to check
    args = parser.parse_intermixed_args()
    root = Path(__file__).resolve().parents[1]
    files = args.files or tracked_text_files(root)
    grams = archive_ngrams(archive_texts(args.docs), args.n)
    found = 0
    for name in files:
        path = Path(name) if Path(name).is_absolute() else root / name
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        for line, run in shared_runs(text, grams, args.n):
            print(f"{name}:{line}: {run}")
            found += 1
    print(f"{found} runs of {args.n} or more words shared with the archive", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
