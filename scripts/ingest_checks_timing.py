"""Issue 19, round d: each ingest change's saving in isolation.

Main's functions (from an export of an earlier revision, e.g. `git archive b09b4f5`) against the
working tree's, over every page of the archive, alternated three times, CPU time of this process
(time.process_time). Before timing, checks that both give the same answers on every page.

    python scripts/ingest_checks_timing.py /tmp/kremlin/kremlin-en/news /tmp/main-export
"""

from __future__ import annotations

import importlib.util
import os
import sys
import time
from collections.abc import Callable
from types import ModuleType

from pipeline.ingest import kremlin as new_kremlin
from pipeline.ingest import language as new_language
from pipeline.ingest import load_source
from pipeline.ingest import readers as new_readers
from pipeline.speech import Speech


def _load(name: str, path: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _cpu(work: Callable[[], object]) -> float:
    start = time.process_time()
    work()
    return time.process_time() - start


def main(root: str, export: str) -> None:
    old_kremlin = _load("old_kremlin", f"{export}/pipeline/ingest/kremlin.py")
    old_language = _load("old_language", f"{export}/pipeline/ingest/language.py")
    old_readers = _load("old_readers", f"{export}/pipeline/ingest/readers.py")
    paths = sorted(os.path.join(d, f) for d, _, names in os.walk(root) for f in names)
    pages = []
    for path in paths:
        read = new_readers.read_source(path)
        if isinstance(read, tuple) and read[1] == "html":
            pages.append((path, read[0], read[2]))

    def at_skip_path(path: str) -> bool:
        path = path.removesuffix(".gz")
        return bool(
            new_kremlin._GALLERY_PATH.search(path) or new_kremlin._LISTING_PATH.search(path)
        )

    listed = [page for page in pages if at_skip_path(page[0])]
    # the language check reads the documents' texts (first 20,000 characters), not the pages
    samples = [
        item.text[:20_000]
        for path in paths
        for item in load_source(path, text_only=True)
        if isinstance(item, Speech)
    ]
    print(
        f"{len(pages)} HTML pages, {sum(len(t) for _, t, _ in pages):,} chars "
        f"({sum(b is None for *_, b in pages)} without their UTF-8 bytes); {len(listed)} at "
        f"gallery/listing paths, {sum(len(t) for _, t, _ in listed):,} chars; "
        f"{len(samples)} document texts"
    )
    # the same answers first
    for _, text, utf8 in pages:
        assert old_kremlin.limit_depth(text) == new_kremlin.limit_depth(text, utf8=utf8)
        assert old_readers._control_ratio(text, utf8) == new_readers._control_ratio(text, utf8)
    for path, text, utf8 in listed:
        assert old_kremlin.skip_before_parsing(text, path) == new_kremlin.skip_before_parsing(
            text, path, utf8
        )
    for sample in samples:
        assert old_language._count(old_language._LATIN, sample) == new_language._count_latin(sample)
    tasks = {
        "nesting guard (limit_depth)": (
            lambda: [old_kremlin.limit_depth(t) for _, t, _ in pages],
            lambda: [new_kremlin.limit_depth(t, utf8=b) for _, t, b in pages],
        ),
        "gallery/listing check": (
            lambda: [old_kremlin.skip_before_parsing(t, p) for p, t, _ in listed],
            lambda: [new_kremlin.skip_before_parsing(t, p, b) for p, t, b in listed],
        ),
        "language check, Latin letters": (
            lambda: [old_language._count(old_language._LATIN, s) for s in samples],
            lambda: [new_language._count_latin(s) for s in samples],
        ),
        "control-character share": (
            lambda: [old_readers._control_ratio(t, b) for _, t, b in pages],
            lambda: [new_readers._control_ratio(t, b) for _, t, b in pages],
        ),
    }
    for name, (old, new) in tasks.items():
        olds, news = [], []
        for _ in range(3):
            olds.append(_cpu(old))
            news.append(_cpu(new))
        print(
            f"{name}: main {' / '.join(f'{x:.2f}' for x in olds)} s; "
            f"branch {' / '.join(f'{x:.2f}' for x in news)} s "
            f"(load {os.getloadavg()[0]:.1f})"
        )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
