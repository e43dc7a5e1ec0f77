"""How the main process of a run with workers spends its time (issue 19).

    python scripts/main_process_timeline.py ARCHIVE OUT_DIR [--workers 2]

Runs `pipeline.runner.run` over ARCHIVE (facts, documents and errors written to OUT_DIR) and
prints, as JSON, when planning started and ended and when the first result arrived (seconds since
the script started, and the main process's CPU seconds at each), the main process's CPU time and
its workers' (getrusage of the process and of its children), and the counts. With PYTHONPATH
pointing at an exported revision, it measures that revision.
"""

from __future__ import annotations

import argparse
import json
import resource
import time

STARTED = time.perf_counter()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive")
    parser.add_argument("out")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    import pipeline.runner as runner

    marks: dict[str, float] = {}

    def mark(name: str) -> None:
        marks[name] = round(time.perf_counter() - STARTED, 2)
        marks[f"cpu_{name}"] = round(time.process_time(), 2)

    plan, consume = runner._plan, runner._OutcomeSink.consume

    def timed_plan(*a, **k):
        mark("plan_start")
        result = plan(*a, **k)
        mark("plan_end")
        return result

    def first_consume(self, outcomes, step):
        if "first_result" not in marks:
            mark("first_result")
        return consume(self, outcomes, step)

    runner._plan = timed_plan
    runner._OutcomeSink.consume = first_consume
    summary = runner.run(
        [args.archive],
        facts_out=f"{args.out}/facts.jsonl",
        docs_out=f"{args.out}/docs.jsonl",
        errors_out=f"{args.out}/errors.jsonl",
        workers=args.workers,
        overwrite=True,
    )
    mark("end")
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    marks["main_cpu"] = round(own.ru_utime + own.ru_stime, 2)
    marks["workers_cpu"] = round(children.ru_utime + children.ru_stime, 2)
    marks["documents"] = summary.documents
    marks["facts"] = summary.facts_total
    print(json.dumps(marks))


if __name__ == "__main__":  # spawned workers import this file again: run only as a script
    main()
