"""End the `factcheck` program without Python's finalisation.

When a program ends, Python first runs its `atexit` handlers and flushes standard output and
error, then takes down every module and frees every object one by one: after a seed compare
~7 ms of its ~0.27 s of CPU (issue 16), after a batch the whole heap. Nothing of that reaches
the user: reports are written through `with` blocks (closed before the command returns), the
cache files are saved by `atexit` handlers, and the operating system frees the memory at once.
So the program runs the handlers and flushes the streams itself, then ends with its exit status.
Where either might not hold, it ends the usual way: another thread still running (Python would
wait for it first), or a stream that fails to flush (Python reports that, and exits 120).
"""

from __future__ import annotations

import atexit
import os
import sys
import threading


def exit_status(code) -> int | None:
    """The status Python ends with for `sys.exit(code)`, where it is a number; None where Python
    would first print `code` (a message) to standard error."""
    if code is None:
        return 0
    return code if isinstance(code, int) else None


def end_program(status: int) -> None:
    """Run the `atexit` handlers, flush standard output and error and end the process with
    `status`; returns (having run the handlers, which do not run twice) only where the usual
    ending is needed."""
    if threading.active_count() > 1:
        return
    atexit._run_exitfuncs()  # what Python runs at exit, in the same order; it clears them
    try:
        for stream in dict.fromkeys((sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__)):
            if stream is not None and not stream.closed:
                stream.flush()
    except (OSError, ValueError):
        return
    os._exit(status)
