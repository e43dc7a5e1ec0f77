"""Build the hostile corpus of issue 7, run `extract` over it, and check that the run survives it.

    python scripts/hostile_corpus.py [--keep DIR] [--workers N] [--bomb-gb 2]

Builds, in a temporary folder: a symlink loop, links out of the corpus, a gzip bomb (2 GB of zeros
in ~2 MB), a gzip file of half a million empty members, HTML nested 200,000 levels deep, malformed
markup, a named pipe, a Unix socket, links to /dev/zero and /dev/null, megabyte lines for the rules
("$1 $1 ...", "about about ... 5 percent", "1,1,1,...", capitalised event-like words, "5 percent
..."), an unreadable file (chmod 000), a file that vanishes and one that changes while the run
reads, a file name that is not UTF-8, and one good kremlin.ru page (corpus/70001.html of this
repository). A named pipe is also given directly as an argument.

`extract` runs as a subprocess (timeout 10 minutes); the script measures its wall time and peak
RSS (getrusage RUSAGE_CHILDREN ru_maxrss), checks that every input ends as a document, an error
record or a counted skip with the summary adding up, that the good page yields the same facts as
when run alone, and prints a table. Exit status 0 when every check passes and the targets (under
2 minutes, peak RSS under 1.5 GB) are met, 1 otherwise.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOOD_PAGE = ROOT / "corpus" / "70001.html"
TIME_TARGET = 120.0
RSS_TARGET_MB = 1536.0
MB = 1_000_000


def gzip_of_zeros(path: Path, expanded: int) -> int:
    """Write `expanded` zero bytes gzip-compressed to `path` by streaming; return its size.
    (tests/test_hostile.py uses it too.)"""
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(1 << 20)
    with open(path, "wb") as handle:
        left = expanded
        while left > 0:
            handle.write(comp.compress(block[: min(left, len(block))]))
            left -= len(block)
        handle.write(comp.flush())
    return path.stat().st_size


def build(root: Path, bomb_bytes: int) -> dict[str, str]:
    """Write the corpus under root/corpus; return {relative path: hazard} of what was made."""
    corpus = root / "corpus"
    outside = root / "outside"
    corpus.mkdir()
    outside.mkdir()
    made: dict[str, str] = {}

    def add(rel: str, hazard: str) -> Path:
        made[rel] = hazard
        path = corpus / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    shutil.copyfile(GOOD_PAGE, add("70001.html", "good kremlin.ru page"))
    # 1. symlinks
    add("loop/inner/speech.txt", "file inside a looped folder").write_text(
        "Trade grew by 5 percent.", encoding="utf-8"
    )
    add("loop/inner/back", "symlink loop (to the corpus)").symlink_to(corpus)
    add("loop/self", "symlink loop (to its folder)").symlink_to(corpus / "loop")
    (outside / "far.txt").write_text("Exports were $7 billion.", encoding="utf-8")
    add("out_file.txt", "link to a file outside").symlink_to(outside / "far.txt")
    add("out_folder", "link to a folder outside").symlink_to(outside)
    add("dangling.txt", "dangling link").symlink_to(root / "nothing-here.txt")
    # 2. gzip
    gzip_of_zeros(add("bomb.txt.gz", f"gzip bomb ({bomb_bytes / 1e9:.0f} GB of zeros)"), bomb_bytes)
    add("empty-members.txt.gz", "500,000 empty gzip members").write_bytes(
        gzip.compress(b"") * 500_000 + gzip.compress(b"Investment reached $3 billion.")
    )
    add("truncated.txt.gz", "truncated gzip").write_bytes(gzip.compress(b"x" * 1000)[:-20])
    # 3. HTML
    inner = "<p>Trade grew to $5 billion.</p>"
    add("deep-div.html", "HTML nested 200,000 levels").write_text(
        "<html><body>" + "<div>" * 200_000 + inner + "</div>" * 200_000 + "</body></html>"
    )
    add("deep-span.html", "200,000 <span>s inside a <p>").write_text(
        "<html><body><p>" + "<span>" * 200_000 + "It cost $2 billion." + "</span>" * 200_000
    )
    add("deep-quotes.html", "nested <blockquote>s around 100 kB").write_text(
        "<html><body>" + "<blockquote>" * 400 + "word " * 20_000 + "</blockquote>" * 400
    )
    malformed = {
        "unclosed-tags.html": "<a href=x>" * 100_000 + "<p>We spent $4 million.",
        "misnested.html": "<b><i>text</b></i>" * 50_000,
        "lt-run.html": "<html>" + "<" * 1_000_000,
        "comment.html": "<html><body><!--" + "never closed " * 50_000,
        "table-soup.html": "<table><tr><td>" * 50_000,
    }
    for name, html in malformed.items():
        add(name, "malformed markup").write_text(html)
    # 4. special files
    os.mkfifo(add("pipe.txt", "named pipe"))
    sock_path = add("sock.txt", "Unix socket")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.bind(str(sock_path))
    except OSError:  # path too long for AF_UNIX
        del made["sock.txt"]
    sock.close()
    add("zero.txt", "link to /dev/zero").symlink_to("/dev/zero")
    add("null.html", "link to /dev/null").symlink_to("/dev/null")
    # 5. pathological text (megabyte lines)
    texts = {
        "dollars.txt": "$1 " * (MB // 3),
        "about.txt": "about " * (MB // 6) + "5 percent.",
        "separators.txt": "1," * (MB // 2) + "1",
        "events.txt": "International Economic Forum Summit " * (MB // 35),
        "percent.txt": "5 percent " * (MB // 10),
        "digits.txt": "1" * MB,
    }
    for name, text in texts.items():
        add(name, "megabyte line for the rules").write_text(text)
    # 6. unreadable, vanishing, changing
    secret = add("unreadable.txt", "chmod 000")
    secret.write_text("It cost $1 billion.")
    secret.chmod(0)
    add("zz-vanishes.txt", "deleted during the run").write_text("It cost $8 billion.")
    add("zz-changes.txt", "rewritten as binary during the run").write_text("It cost $9 billion.")
    bad = os.path.join(os.fsencode(corpus), b"bad-name-\xff.txt")
    with open(bad, "wb") as handle:
        handle.write(b"It cost $6 billion.")
    made[os.fsdecode(b"bad-name-\xff.txt")] = "file name not UTF-8"
    return made


def run_extract(args: list[str], out: Path, timeout: float = 600) -> tuple[int, str, float]:
    cmd = [sys.executable, "-m", "pipeline.cli", "extract", *args]
    cmd += ["-o", str(out / "facts.jsonl"), "--docs", str(out / "docs.jsonl")]
    cmd += ["--errors", str(out / "errors.jsonl")]
    started = time.monotonic()
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    return proc.returncode, proc.stderr, time.monotonic() - started


def read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def meddle(corpus: Path, stop: threading.Event) -> None:
    """While the run goes on: delete one file and turn another into binary."""
    stop.wait(2.0)
    try:
        (corpus / "zz-vanishes.txt").unlink()
        (corpus / "zz-changes.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    except OSError:
        pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", help="build in this (new) folder and keep it")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--bomb-gb", type=float, default=2.0)
    opts = parser.parse_args()
    if opts.keep:
        root = Path(opts.keep)
        root.mkdir(parents=True)
    else:
        root = Path(tempfile.mkdtemp(prefix="hostile-"))
    try:
        return _run(root, opts)
    finally:
        if not opts.keep:
            for path in root.rglob("*"):  # chmod 000 files must be deletable
                if path.is_file() and not path.is_symlink():
                    path.chmod(0o600)
            shutil.rmtree(root, ignore_errors=True)


def _run(root: Path, opts: argparse.Namespace) -> int:
    t0 = time.monotonic()
    made = build(root, int(opts.bomb_gb * 1e9))
    corpus = root / "corpus"
    print(f"built {len(made)} hostile inputs in {time.monotonic() - t0:.1f} s under {root}")

    alone = root / "alone"
    alone.mkdir()
    code, err, _ = run_extract([str(GOOD_PAGE), "--quiet"], alone)
    expected_good = [
        {k: f[k] for k in ("type", "text", "start", "end", "value")}
        for f in read_jsonl(alone / "facts.jsonl")
    ]

    out = root / "out"
    out.mkdir()
    stop = threading.Event()
    helper = threading.Thread(target=meddle, args=(corpus, stop), daemon=True)
    args = [str(corpus), str(corpus / "pipe.txt"), "--workers", str(opts.workers)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    helper.start()
    code, stderr, wall = run_extract(args, out)
    stop.set()
    rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if sys.platform == "darwin":
        rss_mb /= 1024  # bytes there
    facts = read_jsonl(out / "facts.jsonl")
    docs = read_jsonl(out / "docs.jsonl")
    errors = read_jsonl(out / "errors.jsonl")

    def outcome(rel: str) -> str:
        path = str(corpus / rel)
        found = [f"document ({d['fact_counts']})" for d in docs if d["source"] == path]
        found += [f"error {e['kind']}" for e in errors if e["source"] == path]
        if found:
            return "; ".join(found)
        if re.search(rf"\b{re.escape(rel.rsplit('/', 1)[-1])}\b", stderr):
            return "(in summary)"
        return "skipped (counted in the summary)"

    rows = [(hazard, rel, outcome(rel)) for rel, hazard in made.items()]
    good = [
        {k: f[k] for k in ("type", "text", "start", "end", "value")}
        for f in facts
        if f["doc_id"] == "70001"
    ]
    summary_ok = bool(re.search(r"^check:.* = \d+ = \d+ outcomes$", stderr, re.M))
    unaccounted = [
        rel
        for rel, hazard in made.items()
        if outcome(rel).startswith("skipped")
        and not any(w in hazard for w in ("loop", "folder outside"))
    ]
    checks = [
        ("exit code 0", code == 0),
        ("summary adds up (documents + duplicates + skips + errors = outcomes)", summary_ok),
        ("every file, special files included, is a document or an error record", not unaccounted),
        ("the good page yields the facts it yields alone", bool(good) and good == expected_good),
        ("every output line is JSON (parsed above)", True),
        (f"wall time under {TIME_TARGET:.0f} s", wall < TIME_TARGET),
        (f"peak RSS under {RSS_TARGET_MB:.0f} MB", rss_mb < RSS_TARGET_MB),
    ]
    width = max(len(h) for h, _, _ in rows)
    print(f"\n{'hazard':<{width}}  {'input':<28}  outcome")
    for hazard, rel, result in rows:
        print(f"{hazard:<{width}}  {rel:<28}  {result}")
    print("\nsummary from extract:")
    print("\n".join("  " + line for line in stderr.strip().splitlines()))
    print(f"\nwall time {wall:.1f} s, peak RSS {rss_mb:.0f} MB (largest child process; before")
    print(f"the run {before / 1024:.0f} MB), facts {len(facts)}, documents {len(docs)}, ", end="")
    print(f"errors {len(errors)}, workers {opts.workers}")
    for name, ok in checks:
        print(f"[{'ok' if ok else 'FAIL'}] {name}")
    if unaccounted:
        print("unaccounted:", unaccounted)
    return 0 if all(ok for _, ok in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
