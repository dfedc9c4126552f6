"""Engines run the same per-story work (`factcheck.batch.process_story`) in different places:
in this process, on local processes (`--jobs N`), or on a Dask cluster (`--engine dask`).

Every engine is a context manager with `map_ordered(fn, tasks, *args)`: it keeps a bounded number
of tasks in flight (so a long input never sits in memory as pending work) and yields results in
task order, whatever order they finish in.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from ..gc_pause import run_and_freeze, unfreeze

ENGINES = ("local", "dask")


class EngineUnavailable(RuntimeError):
    """The engine asked for cannot run here (its optional extra is missing, its scheduler cannot
    be reached): the user's setting, not a bug, so the CLI says so and exits 2."""
# Read by the BLAS library when numpy is first imported.
BLAS_THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")


def default_to_one_blas_thread() -> None:
    """numpy's BLAS otherwise starts a thread per core that spins while it waits: on our matrices
    (at most a few hundred claims a side per block) that costs more CPU than it saves time (the
    1,997-line benchmark pair: 11.6 -> 6.5 s CPU, 14 -> 7 s wall, the same report; numpy's import
    alone 0.12 -> 0.07 s CPU). A value the user set wins; workers always use one (local.py)."""
    for variable in BLAS_THREAD_VARIABLES:
        os.environ.setdefault(variable, "1")


@dataclass(frozen=True)
class TaskFailure:
    """A task whose worker died under it, twice: reported instead of its result."""

    task: object
    reason: str


class InProcessEngine:
    """`--jobs 1` and single-story runs: here, without importing the process pool's modules."""

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        unfreeze()

    def map_ordered(self, fn: Callable, tasks: Iterable, *args) -> Iterator:
        for task in tasks:
            yield run_and_freeze(fn, task, *args)


def worker_count(batch, stories: int) -> int:
    """`stories` caps the workers: starting processes for a two-story run would only cost time."""
    from ..batch import default_jobs

    return max(1, min(batch.jobs or default_jobs(), max(stories, 1)))


def get_engine(batch, stories: int, load_data=None, affinity=None):
    """`load_data` runs once in each worker process as it starts (not in-process: lazy loading is
    cheaper when one process does everything). `affinity(task)` names the data a task needs beyond
    that: local workers get the tasks whose data they have already loaded."""
    jobs = worker_count(batch, stories)
    if batch.engine == "local" and jobs == 1:
        return InProcessEngine()
    if batch.engine == "local":
        from .local import ProcessEngine

        return ProcessEngine(jobs, load_data, affinity)
    if batch.engine == "dask":
        from .dask_engine import DaskEngine

        return DaskEngine(batch.scheduler, batch.jobs, load_data)
    raise ValueError(f"unknown engine {batch.engine!r} (expected one of {', '.join(ENGINES)})")
