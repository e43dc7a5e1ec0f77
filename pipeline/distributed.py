"""Running the extraction on a Dask distributed cluster (`extract --dask ADDRESS`).

The scheduler gets partitions of tasks (files, or parts of large JSON-lines files); a worker
builds the spaCy pipeline once per process, on its first partition, and returns plain outcome
tuples. The client keeps a bounded window of partitions in flight and yields their results in
input order, so the records written are the same, byte for byte, as a local run's. Every worker
needs speechfacts installed (the same version) and must see the input paths (a shared file
system): tasks carry paths, not file contents.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterator, Sequence
from typing import Any

PARTITION_TASKS = 16
CONNECT_TIMEOUT = "20s"
_LOCK = threading.Lock()
_CONFIG: tuple | None = None


class ClusterError(Exception):
    """The cluster cannot be reached or a partition failed on it."""


def process_partition(
    tasks: Sequence[Any], types: tuple[str, ...] | None, max_bytes: int, ingest: Any = None
) -> list[list[tuple]]:
    """Runs on a Dask worker: the outcomes of each task of one partition, in order."""
    from pipeline import runner
    from pipeline.ingest.options import DEFAULT_OPTIONS

    global _CONFIG
    ingest = ingest or DEFAULT_OPTIONS
    # one pipeline per worker process; Dask runs tasks in threads, and a spaCy pipeline is not
    # meant to be shared between threads, so partitions take turns on it
    with _LOCK:
        if _CONFIG != (types, max_bytes, ingest):
            runner._init_worker(types, max_bytes, ingest)
            _CONFIG = (types, max_bytes, ingest)
        return [runner.process_task(task) for task in tasks]


def connect(address: str):
    """A Dask client for `address` ("tcp://host:8786", or a scheduler file path)."""
    try:
        from distributed import Client
    except ImportError as exc:  # an optional extra
        raise ClusterError(
            "--dask needs the Dask distributed package: pip install 'speechfacts[dask]'"
        ) from exc
    try:
        if address.endswith(".json"):
            return Client(scheduler_file=address, timeout=CONNECT_TIMEOUT)
        return Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc


def results(
    tasks: Sequence[Any],
    address: str,
    types: tuple[str, ...] | None,
    max_bytes: int,
    partition: int = PARTITION_TASKS,
    ingest: Any = None,
) -> Iterator[list[tuple]]:
    """The outcomes of each task, in input order, computed on the cluster at `address`."""
    client = connect(address)
    try:
        workers = client.scheduler_info().get("workers", {})
        threads = sum(w.get("nthreads", 1) for w in workers.values()) or 1
        window = max(2, 2 * threads)
        pending: deque = deque()
        chunks = (tasks[i : i + partition] for i in range(0, len(tasks), partition))
        for chunk in chunks:
            pending.append(
                client.submit(process_partition, list(chunk), types, max_bytes, ingest, pure=False)
            )
            if len(pending) >= window:
                yield from _collect(pending.popleft())
        while pending:
            yield from _collect(pending.popleft())
    finally:
        client.close()


def _collect(future) -> list[list[tuple]]:
    try:
        return future.result()
    except Exception as exc:  # a worker died or the partition raised
        raise ClusterError(f"a partition failed on the cluster: {exc}") from exc
