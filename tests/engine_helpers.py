"""Module-level task functions for engine tests (a worker started by forkserver or spawn
imports them by name, so they cannot be local to a test)."""

import os
import signal
import threading

LOCK = threading.Lock()


def double_or_die(task):
    """Kills its own worker process on the task "die", the way the OOM killer would."""
    if task == "die":
        os.kill(os.getpid(), signal.SIGKILL)
    return task * 2


def lock_is_free(task, timeout: float = 5.0) -> bool:
    """A worker forked while another thread of the parent held LOCK inherits it held: it
    could never take it (a deadlocked model runtime looks exactly like this)."""
    if not LOCK.acquire(timeout=timeout):
        return False
    LOCK.release()
    return True


def pid_and_task(task):
    return os.getpid(), task


def started_at(task):
    """When a worker began the task (a clock shared by all processes), to check dispatch order."""
    import time

    return task, time.monotonic_ns()
