"""Local engines: in-process (`--jobs 1`, easiest to debug) and a process pool (`--jobs N`)."""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # a run in one process never needs the pool's imports (~15 ms)
    from concurrent.futures import Future, ProcessPoolExecutor

# Tasks in flight per worker: enough that no worker waits for the parent to read the next story,
# few enough that pending stories (and finished ones waiting for a slow earlier one) stay small.
IN_FLIGHT_PER_WORKER = 4


class InProcessEngine:
    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        return None

    def map_ordered(self, fn: Callable, tasks: Iterable, *args) -> Iterator:
        for task in tasks:
            yield fn(task, *args)


# One BLAS thread per worker: the workers already fill the cores, more threads only contend.
BLAS_THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")


def start_worker(load_data: Callable[[], None] | None = None) -> None:
    """Runs once in each worker process before its first task."""
    for variable in BLAS_THREAD_VARIABLES:
        os.environ[variable] = "1"  # read by the BLAS library when numpy is first imported
    if "numpy" in sys.modules:  # inherited already loaded (fork): limit it now, where possible
        try:
            from threadpoolctl import threadpool_limits
        except ImportError:
            pass
        else:
            threadpool_limits(1)
    if load_data is not None:
        load_data()


class ProcessEngine:
    def __init__(self, jobs: int, load_data: Callable[[], None] | None = None):
        self.jobs = jobs
        self.load_data = load_data
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self):
        from concurrent.futures import ProcessPoolExecutor

        self.pool = ProcessPoolExecutor(max_workers=self.jobs, initializer=start_worker, initargs=(self.load_data,))
        return self

    def __exit__(self, *exc) -> None:
        # On an error, pending stories are cancelled instead of being computed for nothing.
        self.pool.shutdown(wait=True, cancel_futures=exc[0] is not None)

    def map_ordered(self, fn: Callable, tasks: Iterable, *args) -> Iterator:
        return ordered_window(lambda task: self.pool.submit(fn, task, *args), tasks, self.jobs * IN_FLIGHT_PER_WORKER)


def ordered_window(submit: Callable[[object], Future], tasks: Iterable, window: int) -> Iterator:
    """Submit up to `window` tasks ahead, yield results in submission order (the reorder buffer
    is the deque: finished futures wait there until every earlier one has been yielded)."""
    pending: deque = deque()
    for task in tasks:
        pending.append(submit(task))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()
