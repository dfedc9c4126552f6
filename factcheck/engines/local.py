"""Local engines: in-process (`--jobs 1`, easiest to debug) and a process pool (`--jobs N`)."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
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


class ProcessEngine:
    def __init__(self, jobs: int):
        self.jobs = jobs
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self):
        self.pool = ProcessPoolExecutor(max_workers=self.jobs)
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
