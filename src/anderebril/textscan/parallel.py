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
    """The processor cores this process may run on (``--jobs auto``)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _context() -> Any:
    """``fork`` where the platform has it (cheap start, the loaded lexicon is shared)."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def chunk_size(files: int, jobs: int) -> int:
    """Small batches keep the processes evenly busy; bigger ones save messages for many
    small files."""
    return max(1, min(32, files // (jobs * 16)))


def map_files(task: Callable[[str], T], files: Sequence[str], jobs: int) -> Iterator[T]:
    """``task(file)`` for every file, computed in ``jobs`` processes, yielded in input order.

    With one job or one file, everything runs in this process."""
    if jobs <= 1 or len(files) < 2:
        yield from map(task, files)
        return
    workers = min(jobs, len(files))
    # Objects that exist now (the lexicon index above all) are left out of the workers'
    # garbage collections, which would otherwise write to, and so copy, every shared page.
    gc.freeze()
    try:
        with _context().Pool(workers, initializer=_start, initargs=(task,)) as pool:
            yield from pool.imap(_run, files, chunksize=chunk_size(len(files), workers))
    finally:
        gc.unfreeze()


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
    gc.freeze()  # as in map_files: keep the shared pages shared
    try:
        with _context().Pool(jobs, initializer=_start, initargs=(task,)) as pool:
            pending: deque[tuple[str, Any]] = deque()
            for chunk in _chain(first, second, items):
                pending.append((chunk, pool.apply_async(_run, (chunk,))))
                if len(pending) > jobs:
                    done, result = pending.popleft()
                    yield done, result.get()
            while pending:
                done, result = pending.popleft()
                yield done, result.get()
    finally:
        gc.unfreeze()


def _chain(first: str, second: str, rest: Iterator[str]) -> Iterator[str]:
    yield first
    yield second
    yield from rest
