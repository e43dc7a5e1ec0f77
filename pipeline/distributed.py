"""Running the extraction on a Dask distributed cluster (`extract --dask ADDRESS`).

The scheduler gets partitions of tasks (files, or parts of large JSON-lines files); a worker
builds its `runner.Extractor` (the spaCy pipeline and the limits) once per process, on its first
partition, and returns the outcomes (named tuples of plain values). The client keeps a bounded
window of partitions in flight and yields their results in input order, so the records written
are the same, byte for byte, as a local run's. Every worker needs speechfacts installed (the same
version) and must see the input paths (a shared file system): tasks carry paths, not files.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

PARTITION_TASKS = 16
CONNECT_TIMEOUT = "20s"
_LOCK = threading.Lock()
_EXTRACTOR: Any = None  # this worker process's runner.Extractor, built on its first partition


class ClusterError(Exception):
    """The cluster cannot be reached or a partition failed on it."""


@dataclass
class ClusterSeen:
    """What a run saw of its cluster, for its summary: the scheduler's address (as the client
    reached it: a scheduler file gives the address it names) and how many workers it had when
    the run's last partition came back (None: the cluster was not asked, no task to send)."""

    address: str
    workers: int | None = None


def process_partition(
    tasks: Sequence[Any], types: tuple[str, ...] | None, max_bytes: int, ingest: Any = None
) -> list[list[Any]]:
    """Runs on a Dask worker: the outcomes of each task of one partition, in order. A
    PipelineError (the worker's pipeline cannot be built, or refreshed mid-run) fails the
    partition: the client stops the run at it with that error (exit 6, as in a local run) and,
    closing, releases the partitions not yet begun."""
    from pipeline.ingest.options import DEFAULT_OPTIONS
    from pipeline.runner import PipelineError, built_extractor

    global _EXTRACTOR
    config = (types, max_bytes, ingest or DEFAULT_OPTIONS)
    # one Extractor (one pipeline) per worker process; Dask runs tasks in threads, and a spaCy
    # pipeline is not meant to be shared between threads, so partitions take turns on it
    with _LOCK:
        try:
            if _EXTRACTOR is None or _EXTRACTOR.config != config:
                _EXTRACTOR = built_extractor(*config)
            return [_EXTRACTOR.process_task(task) for task in tasks]
        except PipelineError as exc:
            reason = str(exc)
    # raised out of the handler, so with neither cause nor context: Dask pickles a task's error
    # with its causes and context (tblib), and a cause that cannot be pickled (an attribute of
    # the build's own error) would reach the client as a bare Exception, a "partition failed on
    # the cluster" (exit 4), instead of the pipeline's failure (exit 6); the reason says it all
    raise PipelineError(reason)


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
    seen: ClusterSeen | None = None,
) -> Iterator[list[Any]]:
    """The outcomes of each task, in input order, computed on the cluster at `address`; `seen`
    (if given) gets the scheduler's address and its workers at the start, then at the end."""
    client = connect(address)
    try:
        workers = client.scheduler_info().get("workers", {})
        if seen is not None:
            seen.address = getattr(client.scheduler, "address", None) or address
            seen.workers = len(workers)
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
        if seen is not None:
            seen.workers = _workers_now(client, seen.workers)
    finally:
        client.close()


def _collect(future) -> list[list[Any]]:
    """A partition's outcomes; PipelineError as the worker raised it (the pipeline, not the
    cluster, failed: the user fixes a rule file, not the cluster), ClusterError for any other
    failure."""
    from pipeline.runner import PipelineError

    try:
        return future.result()
    except PipelineError:
        raise
    except Exception as exc:  # a worker died or the partition raised
        raise ClusterError(f"a partition failed on the cluster: {exc}") from exc


def _workers_now(client, known: int | None) -> int | None:
    """How many workers the scheduler has now (asked of it), or `known` if it cannot say."""
    try:
        return len(client.nthreads())
    except (OSError, TimeoutError):  # gone since the last partition came back: what was seen
        return known
