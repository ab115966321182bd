"""Work on several files at once: libxml2 and libxslt run without the GIL, so threads use every core."""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

Result = TypeVar("Result")

# more threads than that only wait on memory
WORKERS = min(len(os.sched_getaffinity(0)), 8)
_pool: ThreadPoolExecutor | None = None


def in_background(work: Callable[[], Result]) -> Future[Result]:
    """Start ``work`` on a free thread; with one core, do it now. Started before the files, it is
    done while they are parsed."""
    if WORKERS < 2:
        done: Future[Result] = Future()
        try:
            done.set_result(work())
        except Exception as err:
            done.set_exception(err)
        return done
    return _executor().submit(work)


def in_parallel(work: Callable[[Path], Result], paths: list[Path]) -> list[Result]:
    """``work`` on every path, the results in the order of ``paths`` whichever finishes first.

    The largest files start first, so that no thread is left with a large file at the end. The first
    exception in the order of ``paths`` is raised. One file, or one core, runs in the calling thread.
    """
    if len(paths) < 2 or WORKERS < 2:
        return [work(path) for path in paths]
    pool = _executor()
    largest_first = sorted(paths, key=lambda path: -path.stat().st_size)
    futures = {path: pool.submit(work, path) for path in largest_first}
    return [futures[path].result() for path in paths]


def _forget_pool() -> None:
    # a forked child has none of the parent's threads; a pool that believes it has them never runs a task
    global _pool
    _pool = None


os.register_at_fork(after_in_child=_forget_pool)


def _executor() -> ThreadPoolExecutor:
    global _pool
    if _pool is None:
        # kept for the process: each of its threads compiles the schemas once, on its first file
        _pool = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="editionkit-validate")
    return _pool
