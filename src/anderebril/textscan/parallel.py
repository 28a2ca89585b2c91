"""Running one task per file, or per chunk of one big text, in several processes, with
results in input order.

The task is handed to the workers once, when they start (on Linux they are forked, so the
lexicon index loaded before is shared and nothing is pickled but paths, chunks and results).
Tasks should return something small and cheap to pickle — the CLI's workers return the
formatted output for their file — so that the parent does little more than write.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from itertools import chain
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

_task: Callable[[str], Any] | None = None


def _start(task: Callable[[str], Any]) -> None:
    global _task  # one task per worker process, set once when it starts
    _task = task


def _run(item: str) -> Any:
    assert _task is not None, "worker started without a task"
    return _task(item)


def available_cores() -> int:
    """The processor cores this process may use (``--jobs auto``): those it may run on, and
    no more than a container's CPU quota (cgroup v2 ``cpu.max``) allows."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    quota = _cpu_quota()
    if quota is not None:
        cores = min(cores, quota)
    return max(1, cores)


def _cpu_quota(path: str = "/sys/fs/cgroup/cpu.max") -> int | None:
    """The whole cores a cgroup v2 CPU limit allows (``200000 100000`` is 2), or ``None``."""
    try:
        with Path(path).open(encoding="ascii") as handle:
            quota, period = handle.read().split()[:2]
    except (OSError, ValueError):
        return None
    if quota == "max":
        return None
    try:
        return max(1, int(quota) // max(1, int(period)))
    except ValueError:
        return None


def _context() -> Any:
    """``fork`` where the platform has it (cheap start, the loaded lexicon is shared)."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def chunk_size(files: int, jobs: int) -> int:
    """Small batches keep the processes evenly busy; bigger ones save messages for many
    small files."""
    return max(1, min(32, files // (jobs * 16)))


@contextmanager
def _workers(task: Callable[[str], Any], jobs: int) -> Iterator[ProcessPoolExecutor]:
    """A pool of ``jobs`` forked processes that run ``task``. A worker that dies (killed, out
    of memory) makes waiting for its result raise ``BrokenProcessPool`` instead of hanging;
    leaving early cancels what has not started."""
    # Objects that exist now (the lexicon index above all) are left out of the workers'
    # garbage collections, which would otherwise write to, and so copy, every shared page.
    # A freeze the host program made itself is left as it was.
    ours = gc.get_freeze_count() == 0
    gc.freeze()
    pool = ProcessPoolExecutor(jobs, mp_context=_context(), initializer=_start, initargs=(task,))
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        if ours:
            gc.unfreeze()


def map_files(task: Callable[[str], T], files: Sequence[str], jobs: int) -> Iterator[T]:
    """``task(file)`` for every file, computed in ``jobs`` processes, yielded in input order.

    With one job or one file, everything runs in this process."""
    if jobs <= 1 or len(files) < 2:
        yield from map(task, files)
        return
    workers = min(jobs, len(files))
    with _workers(task, workers) as pool:
        yield from pool.map(_run, files, chunksize=chunk_size(len(files), workers))


def map_chunks(
    task: Callable[[str], T], chunks: Iterable[str], jobs: int
) -> Iterator[tuple[str, T]]:
    """``(chunk, task(chunk))`` for consecutive chunks of one text, computed in ``jobs``
    processes and yielded in order.

    Chunks are read from ``chunks`` only as workers become free: at most ``jobs + 1`` are
    on their way at once, so a huge file streamed in chunks stays bounded in memory. A text
    of one chunk is scanned here, without starting processes, and so is every text where
    processes cannot be forked (the task, a scanner's method, is not sent to them)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        jobs = 1
    items = iter(chunks)
    first = next(items, None)
    if first is None:
        return
    second = next(items, None)
    if second is None or jobs <= 1:
        yield first, task(first)
        if second is not None:
            yield second, task(second)
            yield from ((chunk, task(chunk)) for chunk in items)
        return
    with _workers(task, jobs) as pool:
        pending: deque[tuple[str, Future[T]]] = deque()
        for chunk in chain((first, second), items):
            pending.append((chunk, pool.submit(_run, chunk)))
            if len(pending) > jobs:
                done, result = pending.popleft()
                yield done, result.result()
        while pending:
            done, result = pending.popleft()
            yield done, result.result()
