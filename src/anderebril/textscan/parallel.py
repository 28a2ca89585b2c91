"""Running one task per file in several processes, with results in input order.

The task is handed to the workers once, when they start (on Linux they are forked, so the
lexicon index loaded before is shared and nothing is pickled but paths and results). Tasks
should return something small and cheap to pickle — the CLI's workers return the formatted
output for their file — so that the parent does little more than write.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")

_task: Callable[[str], Any] | None = None


def _start(task: Callable[[str], Any]) -> None:
    global _task  # one task per worker process, set once when it starts
    _task = task


def _run(path: str) -> Any:
    assert _task is not None, "worker started without a task"
    return _task(path)


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
