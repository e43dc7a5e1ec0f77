"""Cold start of `extract` on one small file: trees compared in alternated fresh processes.

    python scripts/cold_start.py [--runs 7] [--file corpus/70001.html] TREE [TREE ...]

For each round and each TREE in turn (a source tree run with PYTHONPATH=TREE, so a tree before and
after a change are measured under the same load): the real command `python -m pipeline extract
FILE -o OUT -q --overwrite` in a fresh process (wall time, and CPU time user+sys from the child's
rusage), then the same start-up step by step in another fresh process (CPU time of each step).
Prints the medians per tree as markdown tables, and the load average before and after.

Python compiles our sources anew in every process when no bytecode cache can be written
(PYTHONDONTWRITEBYTECODE=1, as on the project's machine); --pycache DIR lets each tree keep one
(PYTHONPYCACHEPREFIX=DIR/N, filled by one run before the measured ones), as an installed package
has.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# one fresh process: the steps of `extract FILE` as the runner takes them, CPU time of each
STEPS = r"""
import json, sys, time
marks = [("start", time.process_time())]
def mark(name):
    marks.append((name, time.process_time()))
import pipeline.cli
mark("import pipeline.cli (typer, runner, output)")
from pipeline.ingest import load_source
mark("import pipeline.ingest (selectolax, numpy)")
import spacy
mark("import spacy")
from pipeline.nlp import components
mark("import our components")
from pipeline.nlp import build_pipeline, prepare_doc
nlp = build_pipeline()
mark("build_pipeline (spacy.blank, add_pipe)")
speech = load_source(sys.argv[1])[0]
mark("load_source(FILE)")
doc = nlp(prepare_doc(nlp, speech))
mark("NLP on it (tables, regexes, lemmas on first use)")
print(json.dumps({b[0]: b[1] - a[1] for a, b in zip(marks, marks[1:])}))
"""


def child_cpu(before: resource.struct_rusage) -> float:
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def run_once(tree: Path, file: Path, out: Path, env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one `extract FILE` in a fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    cmd = [sys.executable, "-m", "pipeline", "extract", str(file), "-o", str(out), "-q"]
    done = subprocess.run([*cmd, "--overwrite"], env=env, cwd=out.parent, capture_output=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{tree}: extract failed:\n{done.stderr.decode(errors='replace')}")
    return wall, child_cpu(before)


def steps_once(file: Path, env: dict[str, str], cwd: Path) -> dict[str, float]:
    # run away from any source tree: `python -c` puts the current folder first on sys.path, so
    # run from inside a tree it would import that tree's modules whatever PYTHONPATH says
    done = subprocess.run(
        [sys.executable, "-c", STEPS, str(file)], env=env, cwd=cwd, capture_output=True, text=True
    )
    if done.returncode != 0:
        sys.exit(f"steps failed:\n{done.stderr}")
    return json.loads(done.stdout.splitlines()[-1])


def tree_env(tree: Path, index: int, pycache: Path | None) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(tree))
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache / str(index))
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("trees", nargs="+", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--file", default="corpus/70001.html", help="relative to each tree")
    parser.add_argument("--pycache", type=Path, default=None, metavar="DIR")
    args = parser.parse_args()
    trees = [t.resolve() for t in args.trees]
    envs = [tree_env(t, i, args.pycache) for i, t in enumerate(trees)]
    work = Path(tempfile.mkdtemp(prefix="cold_start."))
    if args.pycache is not None:  # fill each tree's bytecode cache first
        for i, tree in enumerate(trees):
            run_once(tree, tree / args.file, work / f"warm{i}.jsonl", envs[i])
    load_before = os.getloadavg()
    runs: list[list[tuple[float, float]]] = [[] for _ in trees]
    steps: list[list[dict[str, float]]] = [[] for _ in trees]
    for _ in range(args.runs):
        for i, tree in enumerate(trees):
            runs[i].append(run_once(tree, tree / args.file, work / f"f{i}.jsonl", envs[i]))
            steps[i].append(steps_once(tree / args.file, envs[i], work))
    outputs = {(work / f"f{i}.jsonl").read_bytes() for i in range(len(trees))}
    print(
        f"{args.runs} alternated rounds; load {load_before[0]:.2f} before, "
        f"{os.getloadavg()[0]:.2f} after; outputs identical: {len(outputs) == 1}\n"
    )
    print("| tree | wall, median (s) | CPU user+sys, median (s) | CPU of each run (s) |")
    print("| --- | ---: | ---: | --- |")
    for tree, xs in zip(trees, runs, strict=True):
        cpus = " ".join(f"{c:.2f}" for _, c in xs)
        print(
            f"| {tree} | {statistics.median(w for w, _ in xs):.2f} | "
            f"{statistics.median(c for _, c in xs):.2f} | {cpus} |"
        )
    print("\n| step (CPU, median s) | " + " | ".join(t.name for t in trees) + " |")
    print("| --- |" + " ---: |" * len(trees))
    for name in steps[0][0]:
        cells = [f"{statistics.median(s[name] for s in tree_steps):.3f}" for tree_steps in steps]
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
