"""Dask engine (optional extra `news-factcheck[dask]`): the same per-story work on a Dask cluster.

`--scheduler tcp://host:8786` connects to a running cluster; without it a LocalCluster of
`--jobs` worker processes is started for the run and closed afterwards. Tasks carry the
documents themselves, so workers need the factcheck package but not the input files.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from .. import DISTRIBUTION
from . import EngineUnavailable
from .local import IN_FLIGHT_PER_WORKER, ordered_window, start_worker


class DaskEngine:
    def __init__(self, scheduler: str | None = None, jobs: int | None = None, load_data: Callable[[], None] | None = None):
        self.scheduler = scheduler
        self.jobs = jobs
        self.load_data = load_data
        self.client = None
        self.cluster = None

    def __enter__(self):
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise EngineUnavailable(f"the Dask engine needs the optional extra: pip install '{DISTRIBUTION}[dask]'") from None
        if self.scheduler:
            try:
                self.client = Client(self.scheduler)
            except (OSError, ValueError) as err:  # unreachable, timed out, or not an address
                raise EngineUnavailable(f"cannot connect to the Dask scheduler {self.scheduler}: {err}") from None
        else:
            from ..batch import default_jobs

            workers = self.jobs or default_jobs()
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                        host="127.0.0.1", dashboard_address=None)
            self.client = Client(self.cluster)
        # Once per worker process, not per task: the data stays loaded in the worker between tasks.
        self.client.run(start_worker, self.load_data)
        return self

    def __exit__(self, *exc) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def map_ordered(self, fn: Callable, tasks: Iterable, *args) -> Iterator:
        workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        # pure=False: two stories with equal content are still two tasks (Dask would otherwise
        # deduplicate them by hashing the arguments, which is also slow for large documents).
        return ordered_window(lambda task: self.client.submit(fn, task, *args, pure=False), tasks,
                              workers * IN_FLIGHT_PER_WORKER)
